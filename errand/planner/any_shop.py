"""A drinks order that leaves the shop open: 'any shop is fine', "doesn't matter which chain", 随便哪家都行, 哪家都可以,
隨便哪間都得. No chain is chosen, so none is read from the words that say so: 都可以 ('any will do') is no CoCo (都可),
and the clause names no drink.

Pure functions over text.
"""

from __future__ import annotations

import re

# Chinese: '随便哪家都行', '哪家都可以', '随便哪间都得', '不限店', '店随便'; English: 'any shop is fine', 'any chain will do',
# 'whichever shop', "doesn't matter which store", 'no particular chain'.
_OPEN = re.compile(
    r"(?:随便|任何|不管|无论)?(?:哪|那)(?:一)?(?:家|间|个店|个牌子)(?:店)?(?:的)?(?:都|也)(?:行|可以|可|得|成|好|ok|没问题|没关系)(?:的)?"
    r"|随便(?:哪|一)(?:家|间)(?:店)?|(?:店|店铺|牌子|品牌|哪家店)(?:都)?随便|不限(?:店|品牌|牌子)"
    r"|\b(?:any|whichever|whatever)(?: old)? (?:shop|store|chain|place|brand|tea shop|cafe|café)\b"
    r"(?: (?:is|will|would|'s)(?: be)? (?:fine|do|ok(?:ay)?|good|closest|nearest|near(?:est)? (?:you|the office|me)))?"
    r"|\b(?:doesn'?t|does not|don'?t|do not) (?:matter|mind|care) (?:which|what) (?:shop|store|chain|place|brand)\b"
    r"|\bno (?:particular|preferred|specific) (?:shop|store|chain|brand)\b",
    re.IGNORECASE)


def left_open(text: str) -> bool:
    """The sentence leaves the shop to the errand: no chain is chosen."""
    return bool(_OPEN.search(text))


def without(text: str) -> str:
    """``text`` without the words that leave the shop open, and its clause's mark: '随便哪家都行，奶茶三十杯' → '奶茶三十杯'."""
    said = _OPEN.sub(" ", text)
    said = re.sub(r"^[\s,，;；:：—–-]+|(?<=[，,])[\s,，]+", "", said)
    return " ".join(said.split()) if said.strip() else text
