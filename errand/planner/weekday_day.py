"""A weekday said beside a day of the month with no month ('Saturday the 23rd', 'Sat 23rd', '23号星期六',
'星期天23号'): the day is the next one with that number, from today, and a weekday that is not its weekday leaves
the shopper's day unclear, so it is asked about ('reschedule ord_b2 to Saturday the 23rd' on Saturday 21
November 2026, when the 23rd is a Monday). A month beside it is read with the date (formats.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_DAY = r"(?P<{}>mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
_ZH_DAY = r"(?:星期|周|週|礼拜|禮拜)(?P<{}>[一二三四五六日天])"
_MONTHS = (r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august"
           r"|september|october|november|december")
_WEEKDAY_DATE = re.compile(
    rf"\b{_EN_DAY.format('w1')},? (?:the )?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)\b(?!,? (?:of )?(?:{_MONTHS})\b|\s*/)"
    rf"|\bthe (?P<d2>\d{{1,2}})(?:st|nd|rd|th)\b(?!,? (?:of )?(?:{_MONTHS})\b),? (?:a |on |this |next )?{_EN_DAY.format('w2')}"
    rf"|(?<![月/.\d])(?P<d3>\d{{1,2}})[号號日](?:的)?[，,\s(（]*{_ZH_DAY.format('w3')}"
    rf"|{_ZH_DAY.format('w4')}[，,\s]*(?<![月/.\d])(?P<d4>\d{{1,2}})[号號日]",
    re.IGNORECASE)


def _weekday(word: str) -> int:
    if word in "一二三四五六日天":
        return "一二三四五六日".index(word.replace("天", "日"))
    return next(i for i, name in enumerate(_NAMES) if name[:3] == word[:3].lower())


def _next_day_numbered(day: int, today: date) -> date | None:
    """The first day from today whose day of the month is ``day`` (within the next two months)."""
    for ahead in range(62):
        candidate = today + timedelta(days=ahead)
        if candidate.day == day:
            return candidate
    return None


def question(text: str, today: date) -> tuple[str, str] | None:
    """What to ask when a weekday and a day of the month without its month disagree; else None."""
    for match in _WEEKDAY_DATE.finditer(text):
        number = next(match.group(f"d{n}") for n in range(1, 5) if match.group(f"d{n}"))
        word = next(match.group(f"w{n}") for n in range(1, 5) if match.group(f"w{n}"))
        said = _next_day_numbered(int(number), today)
        if said is None:
            continue  # no such day (asked elsewhere)
        if _weekday(word) != said.weekday():
            weekday = _NAMES[said.weekday()].title()
            return f"{said:%B} {said.day} is a {weekday}; which day do you mean?", "date"
    return None
