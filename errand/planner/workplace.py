"""Where goods go when a Chinese sentence sends them to a workplace or a relative's home rather than a saved
address: 送婆家, 送到工作室, 寄去实验室 ("for the lab" in English names a use; "to the studio" the gate reads
itself). Such a place is a saved address only when the sentence says so ("the studio is my office address",
工作室就是公司, 寄店里（公司地址）), so otherwise the destination is asked."""

from __future__ import annotations

import re

# A place sent to in Chinese that no saved address names: "送婆家", "送到工作室", "寄去实验室".
_ZH_PLACE = re.compile(
    r"(?:送|寄|发)(?:到|去|往)?(?:我(?:的|们的?)?)?(?:婆家|娘家|老家|工作室|实验室|摊位|摊子|书店|病房|健身房|仓库|工地|门店|店里|店裡)")
# The shopper saying the place is a saved one: "the studio is my office address", "工作室就是公司", "lab = office".
_SAID_SAVED = re.compile(
    r"\b(?:is|=|means) (?:my |our |the )?(?:office|home)(?: address)?\b|\b(?:office|home) address\b"
    r"|(?:就是|是|即|=)(?:我(?:的|们的?)?)?(?:公司|办公室|单位|家)(?:地址)?"
    # a saved address said in brackets after the place: "寄店里（公司地址）"
    r"|[（(](?:公司|办公室|单位|家)(?:地址)?[）)]", re.IGNORECASE)


def unsaved_workplace(text: str) -> bool:
    """A workplace or a relative's home named as where goods go, not said to be a saved address."""
    return bool(_ZH_PLACE.search(text) and not _SAID_SAVED.search(text))
