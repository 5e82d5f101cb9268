"""Days said as a span from today or from a named day, written as the date they name, so every reader of days
(``times.day_offset``, the checks of dates gone or impossible, the reader of which intent a sentence is) takes them:

- English: 'three days from now', "in two days' time", '4 days hence', 'in a fortnight', 'a week from today',
  'in three weeks', 'a week on Tuesday' and 'Tuesday week' (the Tuesday after the coming one), 'Friday fortnight'
  (two weeks after the coming Friday), 'the 3rd of next month' → 'November 24th', 'December 1st', …;
- Chinese: 三天后, 五天以后, 两个礼拜后, 一个星期之后, 半个月后, 一个月后, 大大后天, 下下周三 (the week after next) →
  '11月24日', '12月5日', ….

A span is read from today; a weekday as the times reader reads it (the next one, never today). A span that is a
watch's length ('tell me in 3 days', '三天内') is left alone: only spans that end in a day are dates. Pure
functions over text; ``plain`` is called with the shopper's today once the sentence is normalised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from . import time_words as tw

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "a": 1, "an": 1, "a couple of": 2, "a few": 3}
_EN_N = r"(?P<n>\d{1,2}|" + "|".join(sorted(map(re.escape, _EN_SMALL), key=len, reverse=True)) + ")"
_UNIT = r"(?P<unit>days?|weeks?|fortnights?)"
# A span that ends in a day: '3 days from now', "in two days' time", 'a week from today', '4 days hence', 'in a
# fortnight' ('for a fortnight' is a length). 'in N days' alone only before a part of the day or a clock ('in 3 days, morning').
_EN_SPAN = re.compile(
    rf"\b(?:in\s+)?{_EN_N}\s+{_UNIT}(?:'|’|'s|’s)?\s+(?:from\s+(?:now|today|tomorrow)|time|hence|today)\b"
    rf"|\bin\s+{_EN_N.replace('<n>', '<n2>')}\s+{_UNIT.replace('<unit>', '<unit2>')}\b"
    r"(?=\s*,?\s*(?:(?:in the\s+)?(?:morning|afternoon|evening|night|arvo)|at\s+\d|by\s+\d|around\s+\d"
    r"|(?:after|before) (?:lunch|breakfast|dinner|supper|tea)|at (?:noon|midday|lunchtime)|[ap]\.?m\b))"
    r"|\bin\s+(?P<fort>a|one)\s+fortnight\b(?:'s time)?"
    r"|\b(?P<same>this day|today) next week\b", re.IGNORECASE)
_WEEKDAY = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A weekday a week on: 'a week on Tuesday', 'a week from Friday', 'Tuesday week', 'a week next Monday'.
_WEEK_ON = re.compile(rf"\ba week (?:on|from|after|next|this)\s+(?:this\s+|next\s+)?{_WEEKDAY}\b"
                      rf"|\b(?:on\s+)?{_WEEKDAY.replace('wd', 'wd2')}\s+week\b(?!\s*(?:days?|end|ly)\b)", re.IGNORECASE)
# A weekday a fortnight on: 'Friday fortnight', 'a fortnight on Friday' (two weeks after the coming one).
_FORTNIGHT_ON = re.compile(rf"\ba fortnight (?:on|from|after|next|this)\s+(?:this\s+|next\s+)?{_WEEKDAY}\b"
                           rf"|\b(?:on\s+)?{_WEEKDAY.replace('wd', 'wd2')}\s+fortnight\b", re.IGNORECASE)
# The week after next in Chinese: 下下周三, 下下个礼拜五 (weeks begin on Monday).
_ZH_WEEK_AFTER_NEXT = re.compile(r"下下个?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])")
_ZH_WEEKDAYS = "一二三四五六日"
# A day of next month: 'the 3rd of next month', 'the 3rd next month', "next month's 3rd".
_NEXT_MONTH = re.compile(r"\b(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?next month\b"
                         r"|\bnext month'?s\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b", re.IGNORECASE)
_ZH_N = r"(?P<n>\d{1,2}|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"
# Chinese: '三天后', '五天以后', '两个礼拜后', '一个星期之后', '半个月后', '一个月后' (not '三天内'), and '大大后天'.
_ZH_SPAN = re.compile(rf"(?:{_ZH_N}|(?P<half>半))\s*(?P<unit>天|日|个?(?:礼拜|星期|周)|个月)\s*(?:以后|之后|后)(?!\s*(?:内|以内))"
                      r"|(?P<fourth>大大后天)")


def _date(day: date, text: str) -> str:
    if re.search(r"[\u4e00-\u9fff]", text):
        return f"{day.month}月{day.day}日"
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    return f"{_MONTHS[day.month - 1]} {day.day}{suffix}"


def _en_span(match: re.Match[str], today: date) -> date | None:
    if match.group("fort"):
        return today + timedelta(days=14)
    if match.group("same"):
        return today + timedelta(days=7)
    said, unit = (match.group("n") or match.group("n2")).lower(), (match.group("unit") or match.group("unit2")).lower()
    n = int(said) if said.isdigit() else _EN_SMALL.get(said)
    if n is None:
        return None
    days = n * (14 if unit.startswith("fortnight") else 7 if unit.startswith("week") else 1)
    start = today + timedelta(days=1) if "from tomorrow" in match.group(0).lower() else today
    return start + timedelta(days=days) if 0 < days <= 92 else None


def _week_on(match: re.Match[str], today: date) -> date:
    index = _WEEKDAYS.index((match.group("wd") or match.group("wd2")).lower())
    return today + timedelta(days=((index - today.weekday()) % 7 or 7) + 7)


def _fortnight_on(match: re.Match[str], today: date) -> date:
    return _week_on(match, today) + timedelta(days=7)


def _week_after_next(match: re.Match[str], today: date) -> date:
    index = _ZH_WEEKDAYS.index(match.group("wd").replace("天", "日"))
    return today - timedelta(days=today.weekday()) + timedelta(days=14 + index)


def _next_month(match: re.Match[str], today: date) -> date | None:
    year, month = today.year + today.month // 12, today.month % 12 + 1
    try:
        return date(year, month, int(match.group("d") or match.group("d2")))
    except ValueError:
        return None  # 'the 31st of next month' in November: no such day, left to be asked about


def _zh_span(match: re.Match[str], today: date) -> date | None:
    if match.group("fourth"):
        return today + timedelta(days=4)
    unit = match.group("unit")
    if match.group("half"):
        return today + timedelta(days=15) if unit == "个月" else None
    n = tw.small_number(match.group("n").replace("两", "二"))
    if n is None or n <= 0:
        return None
    if unit == "个月":
        year, month = today.year + (today.month - 1 + n) // 12, (today.month - 1 + n) % 12 + 1
        try:
            return date(year, month, today.day)
        except ValueError:
            return None
    days = n * (1 if unit in ("天", "日") else 7)
    return today + timedelta(days=days) if 0 < days <= 92 else None


Reader = Callable[[re.Match[str], date], date | None]


def _written(text: str, pattern: re.Pattern[str], reader: Reader, today: date) -> str:
    def one(match: re.Match[str]) -> str:
        said = reader(match, today)
        return _date(said, text) if said is not None else match.group(0)
    return pattern.sub(one, text)


def plain(text: str, today: date) -> str:
    """``text`` with the days it says as a span from today or from a weekday written as their dates."""
    readers: tuple[tuple[re.Pattern[str], Reader], ...] = (
        (_EN_SPAN, _en_span), (_FORTNIGHT_ON, _fortnight_on), (_WEEK_ON, _week_on), (_NEXT_MONTH, _next_month),
        (_ZH_SPAN, _zh_span), (_ZH_WEEK_AFTER_NEXT, _week_after_next))
    for pattern, reader in readers:
        text = _written(text, pattern, reader, today)
    return text
