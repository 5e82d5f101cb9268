"""Times said in other words. Parts of the day: dialect and literary Chinese (夜里, 下晡, 午前, 午后, 黄昏, 清早)
and English phrases that name a time of day without its usual word ('first thing', 'at dusk', 'before noon'), among
them a meal or the working day ('before work', 'after breakfast', 'after lunch', 'after supper', 'before bed').
Formal Chinese dates: 初三 after a month, a month in digits with a day in numerals (11月二十九日), a day in
numerals with 日 alone (二十七日). A reason given before 'so' or 所以, whose day is not the one asked for.

Pure functions over text; ``times`` asks here first, so 'before noon' is a morning and not noon.
"""

from __future__ import annotations

import re

from .lexicon import zh_number

# Chinese words for a part of the day beyond 上午/下午/晚上: Hokkien 下晡 (afternoon), Japanese-flavoured and
# literary 午前/午后, northern 前晌/后晌/上半晌/下半晌, 清早/一早/早晨, 黄昏/夜里/夜间/晚间/天黑.
_ZH: dict[str, str] = {
    "午前": "morning", "清早": "morning", "一早": "morning", "早晨": "morning", "上昼": "morning", "前晌": "morning",
    "上半晌": "morning", "头午": "morning",
    "下晡": "afternoon", "午后": "afternoon", "午间": "afternoon", "后晌": "afternoon", "下半晌": "afternoon", "下半日": "afternoon",
    "黄昏": "evening", "夜里": "evening", "夜间": "evening", "晚间": "evening", "天黑": "evening", "入夜": "evening",
    "夜晚": "evening",
}
_EN = [
    (re.compile(r"\b(?:first thing|forenoon|before (?:noon|midday|lunch(?:time)?)|(?:at )?(?:dawn|daybreak|sunrise)"
                r"|crack of dawn|early doors|early in the day|before (?:i (?:go to|leave for|start) )?work"
                r"|after (?:my )?breakfast|before the school run)\b", re.IGNORECASE), "morning"),
    (re.compile(r"\bafter school\b|\bmid-?afternoon\b|\bafter (?:my )?lunch\b", re.IGNORECASE), "afternoon"),
    (re.compile(r"\b(?:at |by |around )?(?:dusk|sundown|sunset|nightfall|twilight)\b|\bend of the (?:working |work )?day\b"
                r"|\b(?:after|over) (?:my )?(?:dinner|supper)\b|\bbefore bed(?:time)?\b", re.IGNORECASE), "evening"),
]


def part_said(text: str) -> str | None:
    """The part of the day ``text`` names in one of these words, or None."""
    for word, part in _ZH.items():
        if word in text:
            return part
    return next((part for pattern, part in _EN if pattern.search(text)), None)


# '十二月初三' (the third), '11月二十九日', '二十七日下午'; '七日内', '十日后' (within, after so many days) are spans.
_FIRST_DAYS = re.compile(r"(?<=月)初(?P<d>[一二三四五六七八九十])(?:日|号)?")
_DIGIT_MONTH = re.compile(r"(?P<m>\d{1,2})月(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=[号日])")
_BARE_DAY = re.compile(r"(?<![第几一二三四五六七八九十月\d])(?P<d>[一二三]?十[一二三四五六七八九]?)日"
                       r"(?!内|以内|之内|后|之后|以后|起|左右|元)")


def formal_dates(text: str) -> str:
    """``text`` with formal Chinese dates in digits: '十二月初三' → '十二月3日', '11月二十九日' → '11月29日'."""
    text = _FIRST_DAYS.sub(lambda m: f"{zh_number(m.group('d'))}日", text)
    text = _DIGIT_MONTH.sub(lambda m: f"{m.group('m')}月{zh_number(m.group('d'))}", text)
    return _BARE_DAY.sub(lambda m: f"{zh_number(m.group('d'))}日", text)


# A reason, then 'so' and the ask: 'match day tomorrow so deliver it on Monday', '明天出差，所以改到周五'.
_SO = re.compile(r"^(?P<why>.+?)[,，]?\s*(?:\bso\b(?! (?:that|as|(?:i|we) (?:can|could|will|'ll))\b)|所以|因此)\s*"
                 r"(?P<ask>\S.*)$", re.IGNORECASE)


def after_reason(text: str) -> tuple[str, str] | None:
    """The reason and what follows 'so' or 所以, or None when the sentence has no such turn."""
    found = _SO.match(text)
    return (found.group("why"), found.group("ask")) if found else None
