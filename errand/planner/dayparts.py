"""Parts of the day said in other words: dialect and literary Chinese (夜里, 下晡, 午前, 午后, 黄昏, 清早) and
English phrases that name a time of day without its usual word ('first thing', 'at dusk', 'before noon').

Pure functions over text; ``times.part_of_day`` asks here first, so 'before noon' is a morning and not noon.
"""

from __future__ import annotations

import re

# Chinese words for a part of the day beyond 上午/下午/晚上: Hokkien 下晡 (afternoon), Japanese-flavoured and
# literary 午前/午后, northern 前晌/后晌/上半晌/下半晌, 清早/一早/早晨, 黄昏/夜里/夜间/晚间/天黑.
_ZH: dict[str, str] = {
    "午前": "morning", "清早": "morning", "一早": "morning", "早晨": "morning", "上昼": "morning", "前晌": "morning",
    "上半晌": "morning", "头午": "morning",
    "下晡": "afternoon", "午后": "afternoon", "后晌": "afternoon", "下半晌": "afternoon", "下半日": "afternoon",
    "黄昏": "evening", "夜里": "evening", "夜间": "evening", "晚间": "evening", "天黑": "evening", "入夜": "evening",
    "夜晚": "evening",
}
_EN = [
    (re.compile(r"\b(?:first thing|before (?:noon|midday|lunch(?:time)?)|(?:at )?(?:dawn|daybreak|sunrise)"
                r"|crack of dawn|early doors|early in the day)\b", re.IGNORECASE), "morning"),
    (re.compile(r"\bafter school\b|\bmid-?afternoon\b", re.IGNORECASE), "afternoon"),
    (re.compile(r"\b(?:at |by |around )?(?:dusk|sundown|sunset|nightfall|twilight)\b|\bend of the (?:working |work )?day\b",
                re.IGNORECASE), "evening"),
]


def part_said(text: str) -> str | None:
    """The part of the day ``text`` names in one of these words, or None."""
    for word, part in _ZH.items():
        if word in text:
            return part
    return next((part for pattern, part in _EN if pattern.search(text)), None)
