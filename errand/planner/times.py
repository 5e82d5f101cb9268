"""Time expressions the offline planner reads for every intent: days (today, tomorrow, 后天, 大后天, weekdays
in English and Chinese, dates like "Nov 27" or 11月27号), parts of day, clock times ("half past two",
"3 o'clock", 两点三刻, 十点半), the day and part of day a delivery is wanted, a drinks order's deadline and a
watch's length. Cantonese and Taiwanese forms arrive here already written as Mandarin (``dialect``).

Pure functions over text; every reader returns ``None`` when it does not find what it looks for.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from . import dayparts as dp
from .lexicon import EN_NUMBER, EN_NUMBERS, ZH_NUMBER, en_number, zh_number

# ---- dates and times ---------------------------------------------------------------------------------

_EN_HOURS = {w: n for w, n in EN_NUMBERS.items() if isinstance(n, int) and 1 <= n <= 12 and " " not in w
             and w not in ("a", "an")}
EN_TIME = re.compile(
    r"\b(?:(?:at|by|before|around|for|after|from)\s+|(?=\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b|o'?clock\b))|(?=\d{1,2}:\d{2}\b))(?P<hour>\d{1,2}|" + "|".join(_EN_HOURS) + r")"
    r"(?::(?P<minute>\d{2}))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?|o'?clock)?(?:\s+(?P<part>in the (?:morning|afternoon|evening)|tonight|sharp))?\b",
    re.IGNORECASE,
)
EN_NOON = re.compile(r"(?<!after )\b(?:noon|midday|lunchtime)\b|\b(?:at|by|before|for)\s+lunch\b", re.IGNORECASE)
# 'half past two', 'quarter to five', 'twenty past three': minutes said around an hour.
EN_PAST_TO = re.compile(r"\b(?P<minutes>half|(?:a )?quarter|ten|twenty|five|twenty-five|\d{1,2}(?: minutes)?) (?P<dir>past|to)"
                        r" (?P<hour>\d{1,2}|" + "|".join(_EN_HOURS) + r")\b", re.IGNORECASE)
ZH_TIME = re.compile(rf"(?P<part>上午|早上|中午|下午|晚上|傍晚)?(?P<hour>{ZH_NUMBER}|\d{{1,2}})\s*[点點时]"
                     rf"(?:(?P<half>半)|(?P<quarter>[一三])刻|(?P<minute>{ZH_NUMBER})分?(?=$|[^\d一二三四五六七八九十杯个]))?")
PARTS_OF_DAY = {"morning": time(9), "afternoon": time(15), "evening": time(19), "tonight": time(19)}
_ZH_PARTS = {"上午": "morning", "早上": "morning", "中午": "afternoon", "下午": "afternoon", "傍晚": "evening",
             "晚上": "evening", "上半天": "morning", "下半天": "afternoon"}  # 上半天 / 下半天: the first / second half
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


# Weekdays said short: 'fri am', 'Tues', 'Weds evening'; 'sat' and 'sun' only before a part of the day or
# after on/this/next ('sun am', 'on sat'), since 'sat on it' and 'sun cream' are not days.
_PART_AFTER = r"(?=\.?\s*(?:am|pm|morning|afternoon|evening|eve|night|arvo)\b)"
_SHORT_DAYS = [r"mon(?=\.?\s)(?!\.?\s*(?:to|-)\b)", r"tues?", r"weds?", r"thu(?:rs?)?", r"fri",
               rf"(?<=on |is |xt )sat|sat{_PART_AFTER}", rf"(?<=on |is |xt )sun|sun{_PART_AFTER}"]
# 'the day after' alone, once 'tomorrow' is refused: 'tomorrow no good, day after ok'.
_DAY_AFTER = re.compile(r"\bday after\b(?!\s+(?:tomorrow|tmrw?|that|the|my|his|her|our|your|next|\w+day|christmas))")
# The end of this month: '本月底', '月底', 'end of the month', 'month end' (its last day).
_MONTH_END = re.compile(r"本?月底|月末|\b(?:the )?end of (?:the |this )?month\b|\bmonth[- ]end\b")


def day_offset(text: str, today: date) -> date | None:
    """The day a sentence names: today/tomorrow/the day after/a weekday, in English or Chinese."""
    lower = text.lower()
    if re.search(r"大后天", lower):
        return today + timedelta(days=3)
    if re.search(r"day after tomorrow|后天", lower) or _DAY_AFTER.search(lower):
        return today + timedelta(days=2)
    if re.search(r"\b(?:tomorrow|tmrw?|tomoz|2moro|2morrow|(?<=the )morrow)\b|明天|明早|明晚", lower):
        return today + timedelta(days=1)
    if re.search(r"\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b|今天|今晚", lower):
        return today
    dated = _dated(lower, today)
    if dated is not None:
        return dated
    if _MONTH_END.search(lower):
        return date(today.year + today.month // 12, today.month % 12 + 1, 1) - timedelta(days=1)
    for index, name in enumerate(_WEEKDAYS):
        if re.search(rf"\b(?:on |next |this )?(?:{name}|{_SHORT_DAYS[index]})\b", lower):
            ahead = (index - today.weekday()) % 7 or 7
            return today + timedelta(days=ahead)
    zh_week = re.search(r"(下下)?(?:下)?(?:周|星期)([一二三四五六日天])", text)
    if zh_week:
        index = "一二三四五六日".find(zh_week.group(2).replace("天", "日"))
        ahead = (index - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead + (7 if zh_week.group(1) else 0))  # 下下周一: a week after 下周一
    return None


_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_DATED = re.compile(
    r"(?:(?P<zm>\d{1,2})月)?(?P<zd>\d{1,2})[号日]"
    # the day before its month: '2 December', '27 Nov', '30th November' ('may' is left out: '2 may be late')
    r"|\b(?P<day4>\d{1,2})(?:st|nd|rd|th)?\s+(?!may\b)(?P<month4>"
    + "|".join(m[:3] + m[3:].join("()") + "?" for m in _MONTHS) + r")\b\.?"
    r"|\b(?:(?P<month>" + "|".join(m[:3] + m[3:].join("()") + "?" for m in _MONTHS) + r")\.?\s+)?(?:the\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(?P<month2>[a-z]+))?"
    r"|\b(?P<month3>" + "|".join(m[:3] + m[3:].join("()") + "?" for m in _MONTHS) + r")\.?\s+(?P<day3>\d{1,2})\b")


_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
             "nineteenth", "twentieth"]
_ORDINAL_DAYS = {word: n for n, word in enumerate(_ORDINALS, 1)} | {
    f"twenty[- ]?{word}": 20 + n for n, word in enumerate(_ORDINALS[:9], 1)} | {
    "thirtieth": 30, "thirty[- ]?first": 31}
_MONTH_WORD = "(?:" + "|".join(m[:3] + m[3:].join("()") + "?" for m in _MONTHS) + r")\.?"
# A day said as an ordinal word next to a month: 'december first', 'the second of december', 'nov twenty-first'.
_ORDINAL_DATE = re.compile(
    rf"\b(?P<before>{_MONTH_WORD}\s+(?:the\s+)?)(?P<a>{'|'.join(sorted(_ORDINAL_DAYS, key=len, reverse=True))})\b"
    rf"|\b(?P<b>{'|'.join(sorted(_ORDINAL_DAYS, key=len, reverse=True))})(?P<after>\s+of\s+{_MONTH_WORD})", re.IGNORECASE)


def _ordinal_day(match: re.Match[str]) -> str:
    word = (match.group("a") or match.group("b")).lower()
    day = next(n for pattern, n in _ORDINAL_DAYS.items() if re.fullmatch(pattern, word))
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
    return f"{match.group('before') or ''}{day}{suffix}{match.group('after') or ''}"


# A date in Chinese numerals: '十一月二十七日' (November 27), '十二月一号', '二十七号'.
# A bare day needs 号: '七日内' (within seven days) is no date.
_ZH_NUMERAL_DATE = re.compile(r"(?:(?P<m>十[一二]?|[一二三四五六七八九])月)(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=[号日])"
                              r"|(?<![第几一二三四五六七八九十])(?P<d2>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=号)")


def _zh_numeral_day(match: re.Match[str]) -> str:
    month = f"{zh_number(match.group('m'))}月" if match.group("m") else ""
    return f"{month}{zh_number(match.group('d') or match.group('d2'))}"


def with_day_numbers(lower: str) -> str:
    """'december first' → 'december 1st', 'the second of december' → 'the 2nd of december', '十一月二十七日' →
    '11月27日'."""
    return _ZH_NUMERAL_DATE.sub(_zh_numeral_day, _ORDINAL_DATE.sub(_ordinal_day, dp.formal_dates(lower)))


def _dated(lower: str, today: date) -> date | None:
    """'the 25th', 'November 27', '27th of November', 'december first', '11月27号': that date, this month or
    the next one (this year or the next) when it has passed."""
    match = _DATED.search(with_day_numbers(lower))
    if not match:
        return None
    day = int(match.group("zd") or match.group("day") or match.group("day3") or match.group("day4"))
    name = (match.group("month") or match.group("month2") or match.group("month3") or match.group("month4") or "")[:3]
    month = int(match.group("zm")) if match.group("zm") else next(
        (i + 1 for i, m in enumerate(_MONTHS) if name and m.startswith(name)), None)
    if month is None and not _exists(today.year, today.month, day):
        return None  # 'the 31st' in November: no such day this month, so not a date to guess at
    for ahead in range(13):
        year, wanted = today.year + (today.month - 1 + ahead) // 12, (today.month - 1 + ahead) % 12 + 1
        if month is not None and wanted != month:
            continue
        try:
            found = date(year, wanted, day)
        except ValueError:
            continue
        if found >= today:
            return found
    return None


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def part_of_day(text: str) -> str | None:
    lower = text.lower()
    if (said := dp.part_said(text)) is not None:
        return said  # '夜里', '下晡', 'first thing', 'before noon'
    for zh, part in _ZH_PARTS.items():
        if zh in text:
            return part
    if "明早" in text:
        return "morning"
    if "明晚" in text or "今晚" in text:
        return "evening"
    if re.search(r"\bafter (?:work|dinner|office hours|hours|dark)\b|下班后|下班以后", lower):
        return "evening"
    if re.search(r"\bafter lunch\b|午饭后|午饭以后|吃完午饭", lower):
        return "afternoon"
    match = re.search(r"\b(morning|afternoon|evening|tonight|night|noon|midday|lunchtime|arvo|avo|eve)\b", lower)
    if match:
        word = {"arvo": "afternoon", "avo": "afternoon", "eve": "evening"}.get(match.group(1), match.group(1))
        return "evening" if word in ("tonight", "night") else "afternoon" if word in ("noon", "midday", "lunchtime") \
            else word
    at = clock_time(text) if re.search(r"\d|[点點]|o'?clock|\b(?:at|by|around|after)\b", lower) else None
    if at is not None:
        return "morning" if at.hour < 12 else "afternoon" if at.hour < 17 else "evening"
    alone = re.search(r"(?<![\d:])\s*\b([ap])\.?m\b\.?", lower)  # 'tomorrow am'
    if alone:
        return "morning" if alone.group(1) == "a" else "afternoon"
    return None


# A clause that says when the shopper is away names the time to avoid, not the one wanted.
_AWAY = re.compile(
    r"[^,.;，。；—]*(?:not (?:be )?(?:at )?home|nobody'?s (?:home|in|around|there)|no ?one'?s (?:home|in|around|there)|won'?t be (?:in|home|there|around|at home)|can'?t be (?:home|there|in)"
    r"|will not be|i'?m out|i'?ll be out|i'?m away|i'?ll be away|not (?:in|there|around)\b(?! the \w+)|out all day|busy"
    r"|can'?t come|cannot come|can'?t make it|won'?t work|at work all day"
    r"|不在家|不在|没人|没空|不得闲|没时间"
    # a day refused or a shopper too busy: 'tomorrow no good', "sunday's a no go", 'swamped tmrw', '明天别送'
    r"|no good|not good|(?:a )?no[- ]go\b|doesn'?t suit|swamped|snowed under|tied up|slammed|flat out"
    # the clause ends where an ask begins: "won't be home tomorrow can ord_b2 come sunday" (no comma between)
    r"|别送|不要送|不用送|不方便|不行)(?:(?!\s(?:can|could|pls|please) (?:(?:it|you|they|the|my)\b|ord_))[^,.;，。；—])*"
    # 'not friday', 'but not in the morning', 'rather than the evening', '不要早上', '别明天了'
    r"|\b(?:rather than|instead of|not)\s+(?:on\s+|in\s+|the\s+)*(?:today|tonight|tomorrow|this \w+|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night)\b|而不是\S{1,4}"
    r"|(?:不要|别|不是)(?:今天|明天|后天|今晚|早上|上午|中午|下午|晚上|周[一二三四五六日天])", re.IGNORECASE)


# A clause that asks for the delivery: its time is the one wanted when the sentence names more than one.
_ASKING = re.compile(
    r"\b(?:deliver\w*|come|arrive|bring|send|drop (?:it|them) off|make it|move|push (?:it|them|the|my|ord_\w+)|switch|change"
    r"|reschedule|postpone"
    r"|rather|prefer|instead|would work|works|suits?|is (?:fine|better|good|ok(?:ay)?))\b|送|改到|改成|改为|改去|换到|都行|都得"
    r"|都可以", re.IGNORECASE)


# A space between two Chinese characters: '明天上午送吧 今天没人在家'.
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def wanted_slot(text: str, today: date) -> tuple[date | None, str | None]:
    """The day and part of day a shopper wants a delivery moved to.

    When clauses name different times, the one asking for the delivery wins ("I'm on the school run Monday
    morning, can it come Monday afternoon" → Monday afternoon; "away until Thursday, deliver on Friday"
    → Friday); what it leaves out comes from the rest of the sentence.
    """
    text = _CJK_GAP.sub("，", text)  # '明天上午送吧 今天没人在家': a space between Chinese clauses is a comma
    if (turn := dp.after_reason(text)) is not None:  # 'match day tomorrow so deliver it on Monday': not tomorrow
        text = turn[1] if day_offset(turn[1], today) else f"{turn[0]}, {turn[1]}"
    day, part = _wanted_slot(text, today)
    split = re.split(r"[,;!?，。；！？—–]|\s-\s|\.(?=\s|$)|\b(?:but|so)\b|所以|因此", text, flags=re.IGNORECASE)
    # 'bring it not on Monday but on Thursday': the day refused in an asking clause is no day wanted
    clauses = [_AWAY.sub(" , ", c) if _ASKING.search(c) else c for c in split if c.strip()]
    asking = [c for c in clauses if _ASKING.search(c) and not _AWAY.fullmatch(c.strip())
              and (day_offset(c, today) is not None or part_of_day(c) is not None)]
    if len(clauses) > 1 and asking:
        chosen = asking[-1]
        day = day_offset(chosen, today) or day
        part = part_of_day(chosen) or part
    return day, part


# A day already gone: 'last Friday', 'yesterday', '上个礼拜五' (read as 上个周五), '上星期一', '昨天', '上个月十五号',
# 'the 3rd of last month'.
_PAST_DAY = re.compile(r"\b(?:last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)|yesterday)\b"
                       r"|上个?(?:周|星期|礼拜)[一二三四五六日天]?|昨天|前天|昨晚|上个?月[\d一二三四五六七八九十]{1,3}[号日]"
                       r"|\b(?:the )?\d{1,2}(?:st|nd|rd|th)? of last month\b|\blast month'?s? \d{1,2}(?:st|nd|rd|th)?\b", re.IGNORECASE)


def wanted_text(text: str) -> str:
    """``text`` without the clauses that say when the shopper is away or what they do not want."""
    return _AWAY.sub(" , ", _CJK_GAP.sub("，", text))


def past_day(text: str) -> bool:
    """The sentence names a day already past ('last Friday', '上个周五') and no day to come ('missed it
    yesterday, bring it tomorrow' names one)."""
    return bool(_PAST_DAY.search(text)) and day_offset(_PAST_DAY.sub(" ", text), date(2000, 1, 3)) is None


def without_times(text: str) -> str:
    """``text`` (lower-cased) with its dates and clock times taken out, so their numbers are not read as counts."""
    text = text.lower()
    for pattern in (_DATED, ZH_TIME, EN_TIME, EN_PAST_TO):
        text = pattern.sub(" ", text)
    return text


def impossible_date(text: str) -> bool:
    """'2月30号', 'February 30th', '4月31号': a date said with its month that no year holds."""
    match = _DATED.search(with_day_numbers(text.lower()))
    if not match:
        return False
    day = int(match.group("zd") or match.group("day") or match.group("day3") or match.group("day4"))
    name = (match.group("month") or match.group("month2") or match.group("month3") or match.group("month4") or "")[:3]
    month = int(match.group("zm")) if match.group("zm") else next(
        (i + 1 for i, m in enumerate(_MONTHS) if name and m.startswith(name)), None)
    if month is None:
        return False
    return not 1 <= month <= 12 or not _exists(2028, month, day)  # 2028: a leap year holds every real date


def _wanted_slot(text: str, today: date) -> tuple[date | None, str | None]:
    """Clauses that say when they are away ("I'm not home today", "rather than Monday") are left out; a day
    said only there still carries over to a part of day said elsewhere ("I can't be home tomorrow morning,
    deliver it in the afternoon" → tomorrow afternoon)."""
    away = " ".join(m.group(0) for m in _AWAY.finditer(text))
    wanted = _AWAY.sub(" , ", text)
    day, part = day_offset(wanted, today), part_of_day(wanted)
    if day is None and part is not None and away:
        day = day_offset(away, today)
    back = re.search(r"\b(?:till|until|before|after)\s+(.+)", away, re.IGNORECASE)
    if day is None and back:
        day = day_offset(back.group(1), today)  # "I'm away till Monday": Monday is the first day wanted
    if day is None and part is None and not away.strip():
        return None, None
    return day, part


def clock_time(text: str) -> time | None:
    """'at three' → 15:00 (an hour from 1 to 7 without am/pm is read as afternoon), '3:30pm', '下午三点半'."""
    zh = ZH_TIME.search(text)
    if zh:
        hour = zh_number(zh.group("hour"))
        if hour is None or hour > 24:
            return None
        part = zh.group("part")
        if part in ("下午", "晚上", "傍晚") and hour < 12 or part is None and 1 <= hour <= 7:
            hour += 12
        if part == "中午" and hour < 11:
            hour += 12
        minute = 0
        if zh.group("half"):
            minute = 30
        elif zh.group("quarter"):
            minute = 45 if zh.group("quarter") == "三" else 15
        elif zh.group("minute"):
            minute = zh_number(zh.group("minute")) or 0
        return time(hour % 24, minute) if minute < 60 else None
    if "中午" in text:
        return time(12)
    if EN_NOON.search(text):
        return time(12)
    past_to = EN_PAST_TO.search(text)
    if past_to:
        return _past_to(past_to)
    match = EN_TIME.search(text)
    if not match:
        return None
    raw = match.group("hour").lower()
    hour = int(raw) if raw.isdigit() else _EN_HOURS[raw]
    minute = int(match.group("minute") or 0)
    ampm = (match.group("ampm") or "").lower().replace(".", "")
    part = (match.group("part") or "").lower()
    if hour > 23 or minute > 59:
        return None
    if ampm == "pm" or "afternoon" in part or "evening" in part or "tonight" in part:
        hour = hour + 12 if hour < 12 else hour
    elif ampm == "am" or "morning" in part:
        hour = 0 if hour == 12 else hour
    elif 1 <= hour <= 7:
        hour += 12
    return time(hour, minute)


def _past_to(match: re.Match[str]) -> time | None:
    """'half past two' → 14:30, 'quarter to five' → 16:45 (hours from 1 to 7 read as afternoon)."""
    raw = match.group("hour").lower()
    hour = int(raw) if raw.isdigit() else _EN_HOURS[raw]
    said = match.group("minutes").lower().replace(" minutes", "").replace("a ", "")
    minutes = {"half": 30, "quarter": 15}.get(said) or en_number(said)
    if minutes is None or not 0 < minutes < 60 or hour > 12:
        return None
    if 1 <= hour <= 7:
        hour += 12
    if match.group("dir").lower() == "to":
        hour, minutes = hour - 1, 60 - minutes
    return time(hour % 24, minutes)


def deadline(text: str, now: datetime) -> datetime | None:
    """When something must arrive, in the shopper's timezone (``now``'s); None when no time is named.

    A time of day already past today is read as tomorrow; a day without a time takes the part of day
    ("tomorrow evening" → 19:00) or noon.
    """
    day = day_offset(text, now.date())
    at = clock_time(text)
    if at is None:
        part = part_of_day(text)
        if part is None:
            return None
        at = PARTS_OF_DAY[part]
    when = datetime.combine(day or now.date(), at, tzinfo=now.tzinfo)
    if day is None and when <= now:
        when += timedelta(days=1)
    return when


DAYS = re.compile(
    rf"(?:\b(?:in|within|for|over)(?: the next| the coming)?\s+|(?:^|(?<=[,;] )))(?P<n>{EN_NUMBER})\s+(?P<unit>days?|weeks?|months?)\b"
    r"|(?P<zh>\d+|[一二两三四五六七八九十]+)\s*个?\s*(?P<zhunit>天|周|星期|礼拜|个月)(?:内|之内)?",
    re.IGNORECASE,
)


def watch_days(text: str) -> int | None:
    match = DAYS.search(text)
    if not match:
        if re.search(r"\bfortnight\b", text, re.IGNORECASE):
            return 14
        if re.search(r"\b(?:this|a|next) month\b|一个月", text, re.IGNORECASE):
            return 30
        if re.search(r"\b(?:this|a|next) week\b|一周|一星期", text, re.IGNORECASE):
            return 7
        return None
    if match.group("n"):
        n, unit = en_number(match.group("n")), match.group("unit").lower()
    else:
        n, unit = zh_number(match.group("zh")), {"天": "day", "周": "week", "星期": "week", "礼拜": "week", "个月": "month"}[match.group("zhunit")]
    if n is None:
        return None
    return n * (7 if unit.startswith("week") else 30 if unit.startswith("month") else 1)
