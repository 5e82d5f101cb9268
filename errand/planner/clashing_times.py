"""A time or a day that contradicts itself or cannot exist, said for a delivery: a clock and a part of the day
that exclude each other ('8pm in the morning', '4am in the afternoon', '10pm tomorrow morning', '6pm at noon',
'15:00 in the morning', '明早晚上九点', '明天下午早上十点', '晚上七点早上', '上午十五点', '下午十五点'), and a day of the week past
the seventh (礼拜八, 星期九, 周八, 这周的第八天, 'the eighth day of the week'), a half hour past 24 o'clock (二十四点半),
and, for a delivery, midnight said as 零点, when no courier delivers.

Either reading of such a time is a guess, and a delivery moved or promised on a guess reaches the shopper when
they are not there, so the planner asks which one they mean. Two times offered as a choice ('9am or in the
evening', '早上或者晚上都行', '早上九点到晚上八点') are no contradiction: a word of choice, a range or a list between
the two keeps them apart.
"""

from __future__ import annotations

import re

from .lexicon import zh_number

# A part of the day said in English, with the hours (on a 24-hour clock) it holds.
_PART_HOURS = {"morning": range(12), "afternoon": range(12, 19), "evening": range(16, 24), "tonight": range(16, 24),
               "night": [*range(18, 24), *range(6)], "noon": range(11, 14), "midday": range(11, 14)}
_EN_PART = re.compile(
    r"(?:\bin the|\bthis|\btomorrow|\btmrw|\btmr|\btoday|\bnext|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\bat|,)\s+"
    r"(?P<part>morning|afternoon|evening|night|noon|midday)\b|\b(?P<alone>tonight|noon|midday)\b", re.IGNORECASE)
_EN_CLOCK = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?:(?P<half>[ap])\.?m\b\.?)?", re.IGNORECASE)
# Words that set two times apart as a choice, a range or a correction: no contradiction across them.
_APART = re.compile(r"\b(?:or|not|instead|than|from|to|until|till|between|rather|but|either|except|unless|and)\b"
                    r"|[.;!?。；！？、]|或|还是|還是|不是|不要|而不是|要么|要麼|到|至|和|跟|都", re.IGNORECASE)
_WINDOW = 30

_ZH_MORNING = r"(?:早上|早晨|上午|清晨|明早|今早|一早|大早)"
_ZH_LATER = r"(?:下午|晚上|傍晚|夜里|夜裡|今晚|明晚|夜间|夜間|午后|午後)"
_ZH_CLOCK_CHARS = r"[零〇一二两兩三四五六七八九十\d点點钟鐘半刻分时時:：\s]{0,8}"
# Two parts of the day that exclude each other, with only a clock between them: '明早晚上九点', '晚上七点早上'.
_ZH_CLASH = re.compile(rf"(?:{_ZH_MORNING}{_ZH_CLOCK_CHARS}{_ZH_LATER}|{_ZH_LATER}{_ZH_CLOCK_CHARS}{_ZH_MORNING})"
                       r"(?![都或也均皆、])")
# A morning clock past noon: '上午十五点', '早上21:00'.
_ZH_MORNING_HOUR = re.compile(rf"{_ZH_MORNING}\s*(?P<h>\d{{1,2}}|[一二两兩三四五六七八九十]{{1,3}})\s*[点點:：时時]")
# An afternoon or evening clock said on the 24-hour dial with 点: '下午十五点', '晚上十三点', '下午15点' (a 12-hour word
# and a 24-hour hour: 3pm or a slip for another hour?); '下午15:30' is read as the 24-hour clock it is.
_ZH_LATER_HOUR = re.compile(rf"{_ZH_LATER}\s*(?P<h>1[3-9]|2[0-4]|十[三四五六七八九]|二十[一二三四]?)\s*[点點时時](?!\s*\d)")
# A day of the week past the seventh: '礼拜八', '星期九', '周八', '这周的第八天', 'the eighth day of the week'.
_NO_WEEKDAY = re.compile(
    r"(?<![每一两兩二三四五六七八九十几幾个個])(?:星期|礼拜|禮拜|周|週)(?:[八九十]|[89]|1\d)"
    r"(?![\d点點杯个個次件瓶盒份包袋箱天小时時百十千万萬折元块塊号號年月日])"
    r"|(?:周|週|星期|礼拜|禮拜)的?第[八九十]天"
    r"|\b(?:eighth|ninth|tenth|8th|9th|10th) day of the week\b|\bday (?:8|9|10|eight|nine|ten) of the week\b",
    re.IGNORECASE)

# Half an hour or some minutes past 24 o'clock, which no clock shows: '二十四点半', '24点10分'.
_PAST_24 = re.compile(r"(?<![\d一二三四五六七八九十])(?:二十四|24)\s*[点點](?:半|\s*(?:[一二三四五六七八九十]+|\d+)\s*分)")
# Midnight said as 零点 ('改到零点', '零点送到'); 零点五 is a number, not a clock.
_MIDNIGHT = re.compile(r"(?<![\d一二三四五六七八九十])(?:零|〇|0)\s*[点點](?![一二三四五六七八九\d])")


def _near(text: str, start: int, end: int) -> tuple[str, str]:
    """The words just before and after a clock, each cut at the first word that sets two times apart."""
    before = _APART.split(text[max(0, start - _WINDOW):start])[-1]
    after = _APART.split(text[end:end + _WINDOW])[0]
    return before, after


def _clock_clashes(text: str) -> bool:
    """An English clock whose hour the part of the day said beside it does not hold."""
    for clock in _EN_CLOCK.finditer(text):
        hour, half = int(clock.group("h")), (clock.group("half") or "").lower()
        if not half and (clock.group("m") is None or hour < 13 or hour > 23):
            continue  # a bare number, or a 24-hour clock that any part of the day may hold
        if half and not 1 <= hour <= 12:
            continue  # '13pm' is read as a clock no day has, elsewhere
        hour24 = hour % 12 + (12 if half == "p" else 0) if half else hour
        for side in _near(text, clock.start(), clock.end()):
            for part in _EN_PART.finditer(side):
                name = (part.group("part") or part.group("alone")).lower()
                if hour24 not in _PART_HOURS[name]:
                    return True
    return False


def clash(text: str, kind: str = "") -> tuple[str, str] | None:
    """(question, missing fact) when a time or a day said cannot be: parts of the day that exclude each other, a
    weekday past the seventh or a half hour past 24 o'clock; or, for a delivery (``kind`` reschedule or
    bulk_order), midnight said as 零点; else None."""
    if _NO_WEEKDAY.search(text):
        return "A week has seven days; which day do you mean?", "preferred_date"
    if _PAST_24.search(text):
        return "That time does not exist; what time do you mean?", "time"
    if kind in ("reschedule", "bulk_order") and _MIDNIGHT.search(text):
        return "Couriers deliver from morning to evening; which part of the day should it come?", "preferred_part_of_day"
    morning_hours = (zh_number(m.group("h")) if not m.group("h").isdigit() else int(m.group("h"))
                     for m in _ZH_MORNING_HOUR.finditer(text))
    if _clock_clashes(text) or _ZH_CLASH.search(text) or any((h or 0) >= 13 for h in morning_hours) \
            or _ZH_LATER_HOUR.search(text):
        return "That time contradicts itself (a clock and a part of the day that don't match); what time do you mean?", \
            "time"
    return None
