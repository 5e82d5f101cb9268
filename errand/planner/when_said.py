"""Days, clocks and parts of the day said in words the time readers (``times``, ``dayparts``, ``days_ahead``) did
not know, written in the words they do before anything is read (``time_words.plain`` calls ``plain``):

- a day said as a span from today: 'overmorrow' (the day after tomorrow, in Dutch- and German-flavoured English);
  Spanglish 'mañana', 'pasado mañana', 'por la tarde', 'esta noche' (tomorrow, the day after, the afternoon, tonight);
  外后天, 大后日 and 外后日 (three days on, as 大后天; 外后天 was read as 后天 inside it);
- a part of the day said by a northern word or by a meal: 头晌 and 早半天 (上午), 晚半天 (傍晚), 早饭后 (上午),
  午饭后 and 吃完午饭 (下午), 晚饭后, 晚饭过后 and 吃完晚饭 (晚上);
- an English clock said as its hour and minutes in words: 'four-fifteen', 'five forty-five', 'three-thirty' →
  '4:15', '5:45', '3:30' (it was read as the hour alone); spaced only after a word that leads to a time ('at five
  forty-five'), so 'three fifteen-packs' stays a count;
- an hour written '18h' right after a day ('Tuesday 18h', 'tomorrow 9h' → 'Tuesday 18:00'); 'within 24h' and
  'for 48h' are spans and stay;
- a date written year first, with slashes, dashes or dots ('2026/11/27', '2026-11-25') → 'November 27th' in
  English (it was read, but the reader of what is asked did not know it for a day); a Chinese sentence keeps its
  dates as they are written, for its own readers;
- a day before a short month's name ('28 Nov', '1 Dec') → 'November 28th' (in a drinks order '28 Nov' was read as
  a second count of something called 'Nov').

A word that names no real day or hour ('2026/13/40', 'seven-seventy') is left as it was, for the readers of
impossible times to ask about. Pure functions over text.
"""

from __future__ import annotations

import re
from datetime import date

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}

# ---- English ---------------------------------------------------------------------------------------

# 'overmorrow': the day after tomorrow.
_OVERMORROW = re.compile(r"\b(?:the\s+)?over-?morrow\b", re.IGNORECASE)
# Spanglish days and parts of the day: 'pasado mañana', 'mañana' (tomorrow; 'la mañana' is the morning), 'por la
# tarde', 'esta noche'.
_SPANISH = (
    (re.compile(r"\bpasado\s+ma[ñn]ana\b", re.IGNORECASE), "the day after tomorrow"),
    (re.compile(r"\b(?:por|en)\s+la\s+ma[ñn]ana\b", re.IGNORECASE), "in the morning"),
    (re.compile(r"\b(?:por|en)\s+la\s+tarde\b", re.IGNORECASE), "in the afternoon"),
    (re.compile(r"\b(?:por|en)\s+la\s+noche\b", re.IGNORECASE), "in the evening"),
    (re.compile(r"\besta\s+noche\b", re.IGNORECASE), "tonight"),
    (re.compile(r"(?<!\bla )\bma[ñn]ana\b", re.IGNORECASE), "tomorrow"),
)
_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_MINUTE_WORDS = {"oh five": 5, "o five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25,
                 "thirty": 30, "thirty-five": 35, "thirty five": 35, "forty": 40, "forty-five": 45, "forty five": 45,
                 "fifty": 50, "fifty-five": 55, "fifty five": 55}
_MINUTE = "|".join(sorted(map(re.escape, _MINUTE_WORDS), key=len, reverse=True))
_HOUR = "|".join(_HOURS)
# An hour and its minutes in words: 'four-fifteen' anywhere; 'five forty-five' after a word that leads to a time.
# Nothing counted after it ('three fifteen-packs', 'four-twenty grams').
_AFTER = r"(?!-|\s*(?:[a-z]+-)?(?:packs?|rolls?|boxes|bags|pieces|cups|grams?|g|kg|ml|yuan|rmb|people|days?|weeks?|each|apiece|a piece|%)\b)"
_WORD_CLOCK = re.compile(
    rf"\b(?P<h>{_HOUR})-(?P<m>{_MINUTE.replace(' ', '[- ]')})\b{_AFTER}"
    rf"|\b(?P<lead>at|by|before|until|till|around)\s+(?P<h2>{_HOUR})\s+(?P<m2>{_MINUTE})\b{_AFTER}",
    re.IGNORECASE)
_DAY = r"(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)"
# An hour written '18h' right after a day: 'Tuesday 18h', 'tomorrow 9h'.
_DAY_HOUR = re.compile(rf"\b(?P<day>{_DAY})\.?,?\s+(?P<h>[01]?\d|2[0-3])h\b(?![\d:])", re.IGNORECASE)
# A date written year first: '2026/11/27', '2026-11-25', '2026.11.26'.
_YEAR_FIRST = re.compile(r"(?<![\d/.-])(?P<y>20\d\d)(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d/.-])")
_SHORT_MONTHS = {m[:3].lower(): i for i, m in enumerate(_MONTHS, 1)} | {"sept": 9}
# A day before a short month's name: '28 Nov', '1 Dec', '30 Nov.' (not '28 November', which is read already).
_DAY_MONTH = re.compile(r"(?<![\d.,/-])\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
                        r"\b\.?(?!\s*\d{3,4}\b)", re.IGNORECASE)


def _named(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}{_SUFFIX.get(day.day, 'th')}"


def _word_clock(match: re.Match[str]) -> str:
    hour = _HOURS.index((match.group("h") or match.group("h2")).lower()) + 1
    said = re.sub(r"[- ]+", " ", (match.group("m") or match.group("m2")).lower())
    minutes = _MINUTE_WORDS.get(said) or _MINUTE_WORDS.get(said.replace(" ", "-"))
    if minutes is None:
        return match.group(0)
    lead = f"{match.group('lead')} " if match.group("lead") else ""
    return f"{lead}{hour}:{minutes:02d}"


def _year_first(match: re.Match[str]) -> str:
    try:
        return _named(date(int(match.group("y")), int(match.group("m")), int(match.group("d"))))
    except ValueError:
        return match.group(0)  # '2026/13/40': no such day, left to be asked about


def _day_month(match: re.Match[str]) -> str:
    day, month = int(match.group("d")), _SHORT_MONTHS[match.group("mon").lower()[:3]]
    if not 1 <= day <= 31:
        return match.group(0)
    return f"{_MONTHS[month - 1]} {day}{_SUFFIX.get(day, 'th')}"


def dates(text: str) -> str:
    """``text`` with its year-first and short-month dates written as the readers read them ('28 Nov' →
    'November 28th'), so no reader of counts takes the day for a count."""
    return _DAY_MONTH.sub(_day_month, _YEAR_FIRST.sub(_year_first, text))


def english(text: str) -> str:
    """English ``text`` with 'overmorrow', word clocks, '18h' after a day and year-first or short-month dates
    written as the readers read them."""
    text = _OVERMORROW.sub("the day after tomorrow", text)
    for pattern, words in _SPANISH:
        text = pattern.sub(words, text)
    text = _WORD_CLOCK.sub(_word_clock, text)
    text = _DAY_HOUR.sub(lambda m: f"{m.group('day')} {int(m.group('h'))}:00", text)
    return dates(text)


# ---- Chinese ---------------------------------------------------------------------------------------

# Days and parts of the day in other words, and the word the readers know ('大后天' is three days on).
_ZH_WORDS = (
    (re.compile(r"外后天|外后日|大后日"), "大后天"),
    (re.compile(r"头晌午?|早半天|早半晌|(?:吃(?:完|过|了)?)?早饭(?:以后|之后|过后|后)"), "上午"),
    (re.compile(r"(?:吃(?:完|过|了)?)?(?:午饭|中饭|中午饭)(?:以后|之后|过后|后)|吃(?:完|过)(?:午饭|中饭)"), "下午"),
    (re.compile(r"晚半天"), "傍晚"),
    (re.compile(r"(?:吃(?:完|过|了)?)?(?:晚饭|晚餐|夜饭)(?:以后|之后|过后|后)|吃(?:完|过)(?:晚饭|夜饭)"), "晚上"),
)


def chinese(text: str) -> str:
    """Chinese ``text`` with 外后天 and the parts of the day said by a meal or a northern word as the readers read them."""
    for pattern, word in _ZH_WORDS:
        text = pattern.sub(word, text)
    return text


def plain(text: str) -> str:
    """``text`` with the days, clocks and parts of the day said in these words written as the readers read them."""
    return chinese(text) if _CJK.search(text) else english(text)
