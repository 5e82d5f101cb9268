"""How times, dates and amounts are written, in English and Chinese, said the way the time and money readers
read them (``times``, ``lexicon``, ``slots``):

- a date with a slash, day first or month first ('25/11', '11/25', '30/11/2026'), read when one of its numbers
  can only be a day (above 12) or both are the same; a date whose day and month could be swapped ('3/12') is
  asked about, as a careful assistant would, and one that no calendar holds ('31/11') is left for the date
  checks to ask about;
- a 24-hour clock written the military way ('1400h', '1600 hrs', '0900H') or with a colon in a Chinese sentence
  ('晚上7:30' → '晚上7点30分'), and a clock with a dot and am/pm ('2.30pm'); one no day has ('2500h') is asked about;
- money written with a currency code or sign, separators and cents ('RMB 1,299.00', '￥600.00', '560.00元'),
  said as '¥1299', '600元';
- a cap said as a limit not to pass ('no pass 300', "don't go over 450", 'must not exceed 200') → 'no more than'.

Each is rewritten only where its shape is unambiguous; product words and counts are left as they were. Pure
functions over text: ``plain`` rewrites, ``question`` says what to ask about a form it left as written.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from . import clock_written as cw

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

# What follows a fraction or a ratio that is a size: '3/8 inch', '1/12 scale', '1/2 cup', '3/4寸'.
_UNIT_AFTER = (r"\s*(?:-?\s*(?:inch(?:es)?|\"|”|''|scale|cups?|tsp|tbsp|teaspoons?|tablespoons?|mm|cm|m\b|kg|g\b|lbs?"
               r"|oz|miles?|gauge|speed|sizes?|pack|sleeve|zip|length|thread|v\b|volts?|w\b|watts?|ah\b|hz|fps"
               r"|stainless|steel|split|ratio|odds|vision)|寸|英寸|码|尺|杯|伏|不锈钢)")
# A date written with a slash: day and month (either order), a year after them optionally. Not inside a longer
# run of numbers and slashes ('2026/11/25' is read with its year elsewhere), not a ratio or a size, not '24/7'.
_SLASH_DATE = re.compile(r"(?<![\d/.,:])(?<!size )(?<!size)(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?"
                         rf"(?![\d/]|[.,]\d)(?!{_UNIT_AFTER})", re.IGNORECASE)
# Where an ambiguous a/b stands for a day: after a word that leads to a date, or before a time or part of the day.
_DATE_BEFORE = re.compile(r"(?:\b(?:on|to|for|by|until|till|before|after|from|date|due|move|reschedule|come|deliver\w*"
                          r"|meeting|offsite|party)|[:：]|改到|改期|改成|改为|到|于|在|日期)\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"^\s*$|^\s*[:：]|^\s*,?\s*(?:(?:in the )?(?:morning|afternoon|evening|night|noon)|am\b|pm\b|at\b|by\b"
                         r"|\d{1,2}\s*(?:[ap]\.?m|:|h\b|点)|上午|下午|晚上|中午|早上|傍晚|送|前|之前)", re.IGNORECASE)

# A date with a dot, day or month first, before a time or a part of the day: 'to 27.11 evening', '11.27 at 3pm'.
_DOT_DATE = re.compile(r"(?<![\d.,])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.?(?![\d.,])(?=\s*,?\s*(?:(?:in the )?(?:morning|afternoon"
                       r"|evening|night)\b|at \d|[ap]m\b))", re.IGNORECASE)
# A cap said as kept within: '价格控制在1500以内', '总价控制在600' ('不超过').
_KEPT_WITHIN = re.compile(r"(?P<total>总价)?(?:价格|价钱|预算)?控制在")

# A military clock: '1400h', '1600 hrs', '0930H', '2359hours'; 'hours' only after a word that leads to a time.
_MILITARY = re.compile(r"(?<![\d.,:/])(?P<h>\d{2})(?P<m>\d{2})\s?(?:h|hrs?|hours)(?![A-Za-z])", re.IGNORECASE)
_TIME_BEFORE = re.compile(r"(?:\b(?:at|by|before|until|till|to|for|around|from|after|today|tomorrow|tonight"
                          r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|@|今天|明天|后天|[，,])\s*$"
                          r"|^\s*$", re.IGNORECASE)
# A clock with a dot and am/pm, or a dot or an h between hour and minutes before 'h': '2.30pm', '14.30h', '14h30'.
_DOT_CLOCK = re.compile(r"(?<![\d.,])(?P<h>\d{1,2})\.(?P<m>[0-5]\d)\s*(?=[ap]\.?m\b)|(?<![\d.,])(?P<h2>\d{1,2})[.h]"
                        r"(?P<m2>[0-5]\d)(?:h|hrs)?(?![\d.,A-Za-z])", re.IGNORECASE)
# A clock with a colon inside a Chinese sentence: '下午3:30', '15:00送'.
_ZH_COLON = re.compile(r"(?<![\d:])(?P<h>\d{1,2})[:：](?P<m>\d{2})(?![\d:])")

# A clock with no suffix after a word that leads to a deadline: 'by 1530', 'before 0900', 'at 0930' (with its
# leading nought only: 'at 1200' may be a price); not money, a count or a drop ('drops by 1500').
_BARE_CLOCK = re.compile(r"(?<!drop )(?<!drops )(?<!fall )(?<!falls )(?<!down )\b(?P<lead>by|before|until|till|at(?= 0))"
                         r"\s+(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?![\d.,]|\s*(?:yuan|rmb|cny|元|块|each|%"
                         r"|(?!(?:tomorrow|today|tonight|on|sharp|please|pls)\b)[a-z]))",
                         re.IGNORECASE)
# An hour written '16h' after a word that leads to a time: 'at 16h', 'by 9h' ('within 24h' is a span).
_HOUR_H = re.compile(r"\b(?P<lead>at|by|before|until|till|around)\s+(?P<h>[01]?\d|2[0-3])h\b", re.IGNORECASE)
# A date with a dash between day and month's name: '26-Nov', 'Nov-26', '26-Nov-2026'.
_MONTH_SHORT = "(?:" + "|".join(f"{m[:3]}(?:{m[3:]})?" for m in _MONTHS) + "|sept)"
_DASH_DATE = re.compile(rf"\b(?P<d>\d{{1,2}})-(?P<mon>{_MONTH_SHORT})\b|\b(?P<mon2>{_MONTH_SHORT})-(?P<d2>\d{{1,2}})\b",
                        re.IGNORECASE)
# A date written month.day in a Chinese sentence, where a date is said: '改到11.28下午', '11.26下午三点送'.
_ZH_DOT_DATE = re.compile(r"(?<![\d.\-])(?P<m>1[0-2]|0?[1-9])[.\-](?P<d>[0-3]?\d)(?![\d.\-])(?=\s*(?:上午|下午|晚上|中午|早上|傍晚"
                          r"|凌晨|\d{1,2}\s*[点:：]|[一二三四五六七八九十两]{1,3}点|送|前|之前))")
# The financial numerals of a Chinese form, for amounts: '捌佰元', '贰仟伍佰圆'; a run of two or more, or one
# before 元, so a surname (陆, 伍) or 收拾 stays.
_FINANCIAL = dict(zip("零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬", "零一二二三三四五六六七八九十百千万", strict=True))
_FINANCIAL_RUN = re.compile(r"[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬]{2,}(?:[圆圓元])?|[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬][圆圓元]")
# Thousands said 'grand' after a cap word: 'under a grand', 'two grand max' ('a grand piano' stays).
_GRAND = re.compile(r"(?P<lead>\b(?:under|below|than|max|most|budget|within|up to|over|around|about|spend|for|pay|cost)\s+"
                    r"|^\s*|[,;:]\s*)(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?)\s+grand\b"
                    r"(?!\s+(?:piano|prix|canyon|slam|total|scheme|tour|opening|finale?|hotel|theft))", re.IGNORECASE)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10}

# A date written year first with slashes or dots: '2026/11/27', '2026.11.27' (as '2026-11-27').
_YEAR_FIRST = re.compile(r"(?<![\d/.])(?P<y>20\d\d)[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?![\d/.])")
# Minutes after a dot, after a word that leads to a deadline: 'by 14.45' ('drops by 14.45' is money).
_BY_DOT = re.compile(r"(?<!drop )(?<!drops )(?<!fall )(?<!falls )(?<!down )\b(?P<lead>by|before|until|till)\s+"
                     r"(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d.,]|\s*(?:yuan|rmb|cny|元|块|each|%))", re.IGNORECASE)
# A clock said roughly: 'by 4ish', '3pm-ish', 'noonish' (the clock, without the 'ish').
_ISH = re.compile(r"(?:(?<=\d)|(?<=[ap]m)|(?<=noon))\s*-?ish\b", re.IGNORECASE)
# Ten thousands written 万, or w after a word of price: '1.2万', '预算1.5w' ('65w充电器' is watts).
_WAN = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)万(?!亿)|(?P<lead>预算|价格|不超过|别超过|低于|少于|目标价|降到|跌到)\s*"
                  r"(?P<w>\d+(?:\.\d+)?)[wW](?![a-zA-Z])|(?P<w2>\d+(?:\.\d+)?)[wW](?=\s*(?:以内|以下|之内|左右|封顶))")
# 'a hundred fifty', 'a thousand two hundred': 'a' said for 'one' before more of the number.
_A_HUNDRED = re.compile(r"\ba (hundred|thousand)\b(?=\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten"
                        r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
                        r"|forty|fifty|sixty|seventy|eighty|ninety)\b)", re.IGNORECASE)
# A budget given as a range: its top is the cap ('budget 500-700', '预算800-1000', 'between 100 and 200').
_RANGE = re.compile(r"(?P<lead>\b(?:budget(?: of| is)?|price range(?: of| is)?)\s*:?\s*|预算\s*[:：]?\s*|(?P<between>\bbetween\s+))"
                    r"(?P<cur>[¥￥])?(?P<low>\d[\d,]*)\s*(?:-|–|~|～|到|至|\bto\b|(?(between)\band\b|(?!)))\s*[¥￥]?"
                    r"(?P<high>\d[\d,]*)(?![\d.])", re.IGNORECASE)

_CODE = r"(?:RMB|CNY|rmb|Rmb|cny|人民币)"
# Money written with a currency before it: 'RMB 1,299.00', '￥600.00', '¥ 45', 'CNY560'.
_MONEY_BEFORE = re.compile(rf"(?:{_CODE}\s*[¥￥]?|[¥￥])\s*(?P<n>\d{{1,3}}(?:[, ]\d{{3}})+|\d+)(?:\.(?P<c>\d{{1,2}}))?(?![\d,])")
# Money with a currency after it: '1,299.00元', '560.00 yuan', '400.00 RMB'.
_MONEY_AFTER = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<c>\d{1,2}))?\s*(?P<u>元|块|yuan\b|RMB\b|rmb\b"
                          r"|CNY\b|cny\b)")
# A cap said as a limit not to pass, before an amount: 'no pass 300', "don't go over 450", 'must not exceed 200'.
_NOT_PASS = re.compile(r"\b(?:(?:e|it|make (?:e|it)|make sure (?:it|e))\s+)?(?:no|not|don'?t|do not|does not|doesn'?t"
                       r"|shouldn'?t|should not|must not|mustn'?t|never|no go|not to|can'?t|cannot)\s+(?:pass|exceed|cross"
                       r"|go (?:over|above|past|beyond)|be (?:over|above|more than))(?=\s*(?:[¥￥]|rmb|cny)?\s*(?:\d"
                       r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy"
                       r"|eighty|ninety|a hundred)\b))", re.IGNORECASE)


def _slash_date(match: re.Match[str], text: str) -> str:
    day_month = _day_month(match)
    if day_month is None:
        return match.group(0)
    day, month = day_month
    year = match.group("y")
    if year is not None:
        full = int(year) + (2000 if len(year) == 2 else 0)
        return f"{full}-{month:02d}-{day:02d}"
    if _CJK.search(text):
        after = text[match.end():match.end() + 1]
        return f"{month}月{day}日" + (" " if after and after.isascii() and after.isalnum() else "")
    return f"{_MONTHS[month - 1]} {_ordinal(day)}"  # 'November 25th': its number is no clock ('25 pm')


def _ordinal(day: int) -> str:
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd', 31: 'st'}.get(day, 'th')}"


def _day_month(match: re.Match[str]) -> tuple[int, int] | None:
    """The day and month a slash date stands for, when only one reading is a real date; None otherwise."""
    a, b = int(match.group("a")), int(match.group("b"))
    if f"{a}/{b}" in ("24/7", "24/365"):
        return None
    readings = {(d, m) for d, m in ((a, b), (b, a)) if 1 <= m <= 12 and 1 <= d <= 31 and _exists(m, d)}
    if len(readings) != 1 or a > 12 and b > 12:
        return None
    return readings.pop()


def _exists(month: int, day: int) -> bool:
    try:
        date(2028, month, day)  # a leap year holds every real date
    except ValueError:
        return False
    return True


def _as_date(match: re.Match[str], text: str) -> bool:
    """A slash between two small numbers stands for a date where a date is said: 'to 3/12', '5/12 at 3pm'."""
    return bool(_DATE_BEFORE.search(text[: match.start()]) or _DATE_AFTER.match(text[match.end():])
                or match.group("y"))


def _dot_date(match: re.Match[str]) -> str:
    day_month = _day_month(match)
    return f"{_MONTHS[day_month[1] - 1]} {_ordinal(day_month[0])}" if day_month else match.group(0)


def _military(match: re.Match[str], text: str) -> str:
    hour, minute = int(match.group("h")), int(match.group("m"))
    if hour > 23 or minute > 59:
        return match.group(0)  # '2500h': asked about by ``question``
    return cw.written(hour, minute, text)  # '0300h' → '3:00am', never an afternoon


def _dot_clock(match: re.Match[str]) -> str:
    hour, minute = int(match.group("h") or match.group("h2")), int(match.group("m") or match.group("m2"))
    if match.group("h2") and "h" not in match.group(0).lower():
        return match.group(0)  # '14.30' alone may be a price
    return cw.english(hour, minute) if hour <= 23 and minute <= 59 else match.group(0)  # '05h30' → '5:30am'


def _money(match: re.Match[str], after: str = "") -> str:
    whole = match.group("n").replace(",", "").replace(" ", "")
    cents = (match.group("c") or "").ljust(2, "0")
    amount = whole + (f".{cents}" if cents.strip("0") else "")
    unit = match.groupdict().get("u")
    if unit in ("元", "块"):
        return f"{amount}{unit}"
    return f"¥{amount}{after}"


def _range(match: re.Match[str]) -> str:
    low, high = int(match.group("low").replace(",", "")), int(match.group("high").replace(",", ""))
    if not 0 < low < high:
        return match.group(0)
    lead = "under " if match.group("between") else match.group("lead")
    return f"{lead}{match.group('cur') or ''}{high}"


def plain(text: str) -> str:
    """``text`` with its dates, clocks and amounts written as the readers read them; the rest as it was."""
    text = cw.dial(text)  # 'by 03:00' → 'by 3:00am': never an afternoon
    if "/" in text:
        text = _SLASH_DATE.sub(lambda m: _slash_date(m, text) if _day_month(m) and _as_date(m, text)
                               else m.group(0), text)
    if not _CJK.search(text):
        text = _DOT_DATE.sub(_dot_date, text)
    text = _KEPT_WITHIN.sub(lambda m: "总价不超过" if m.group("total") else "不超过", text)
    text = _MILITARY.sub(lambda m: _military(m, text) if _TIME_BEFORE.search(text[: m.start()]) or not re.match(
        r"\s?hours", m.group(0)[4:], re.IGNORECASE) else m.group(0), text)
    text = _YEAR_FIRST.sub(lambda m: f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}", text)
    text = _ISH.sub("", _BY_DOT.sub(lambda m: f"{m.group('lead')} " + (cw.english(int(m.group("h")), int(m.group("m")))
                                    if m.group("h").startswith("0") else f"{m.group('h')}:{m.group('m')}"), text))
    text = _A_HUNDRED.sub(r"one \1", text)
    text = _RANGE.sub(_range, text)
    text = _WAN.sub(lambda m: (m.group("lead") or "") + str(round(float(m.group("n") or m.group("w") or m.group("w2"))
                                                                      * 10000)), text)
    text = _BARE_CLOCK.sub(lambda m: f"{m.group('lead')} {cw.english(int(m.group('h')), int(m.group('m')))}", text)
    text = _HOUR_H.sub(lambda m: f"{m.group('lead')} {cw.english(int(m.group('h')), 0)}", text)
    text = _DASH_DATE.sub(lambda m: f"{m.group('d') or m.group('d2')} {m.group('mon') or m.group('mon2')}", text)
    text = _DOT_CLOCK.sub(_dot_clock, text)
    text = _GRAND.sub(lambda m: m.group("lead") + str(int(float(_SMALL.get(m.group("n").lower(), 0) or m.group("n")) * 1000)),
                      text)
    if _CJK.search(text):
        text = _ZH_DOT_DATE.sub(lambda m: f"{int(m.group('m'))}月{int(m.group('d'))}日", text)
        text = _FINANCIAL_RUN.sub(lambda m: "".join(_FINANCIAL.get(c, c) for c in m.group(0)).replace("圆", "元")
                                  .replace("圓", "元"), text)
        text = _ZH_COLON.sub(lambda m: f"{int(m.group('h'))}点" + (f"{int(m.group('m'))}分" if int(m.group("m")) else "")
                             if int(m.group("h")) <= 24 and int(m.group("m")) <= 59 else m.group(0), text)
    text = _MONEY_BEFORE.sub(_money, text)
    text = _MONEY_AFTER.sub(lambda m: _money(m) if "," in m.group("n") or m.group("c") or m.group("u") not in (
        "元", "块") else m.group(0), text)
    text = re.sub(r"\b(max|min|approx)\.(?=\s*[¥￥]?\d)", r"\1", text, flags=re.IGNORECASE)  # 'max. 200'
    return cw.plain(_NOT_PASS.sub("no more than", text))


def question(text: str) -> tuple[str, str] | None:
    """What to ask about a date or a clock written in a form ``plain`` left as it was: a military clock no day has
    ('2500h'), a date whose day and month could be swapped ('move it to 3/12'). None when there is nothing."""
    for match in _MILITARY.finditer(text):
        hour, minute = int(match.group("h")), int(match.group("m"))
        if (hour > 23 or minute > 59) and _TIME_BEFORE.search(text[: match.start()]):
            return "That time does not exist; what time do you mean?", "time"
    for match in _SLASH_DATE.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        if a != b and 1 <= a <= 12 and 1 <= b <= 12 and _as_date(match, text) and f"{a}/{b}" != "24/7":
            later, sooner = sorted((f"{_MONTHS[b - 1]} {a}", f"{_MONTHS[a - 1]} {b}"))
            return (f"Do you mean {later} or {sooner}? Please write the month as a word.", "date")
    return None


# A day and its month, as ``plain`` and the readers write them: 'November 20', '20 Nov', 'nov 20th', '11月20日'.
_MONTH_WORD = "(?P<name>" + "|".join(m[:3] + m[3:].join("()") + "?" for m in _MONTHS) + r")\.?"
_MONTH_DAY = re.compile(rf"\b{_MONTH_WORD}\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
                        rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD.replace('name', 'name2')}\b"
                        r"|(?<![\d年])(?P<zm>\d{1,2})月(?P<zd>\d{1,2})[日号]", re.IGNORECASE)
# How far back a date said without its year is taken for one already gone rather than for next year's.
_LAPSE_DAYS = 62


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = (r"(?P<wd>\b(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?"
            r"|sun(?:day)?)\b\.?|(?:周|星期|礼拜)[一二三四五六日天])")
# A weekday said right beside a date, before or after it: 'Wednesday 26/11', '25 November (Fri)', '周三11月27日'.
_BESIDE_BEFORE = re.compile(_WEEKDAY + r"[\s,]*(?:the\s+)?$", re.IGNORECASE)
_BESIDE_AFTER = re.compile(r"^[\s,]*[(（]?\s*" + _WEEKDAY + r"(?![a-z])", re.IGNORECASE)


def _weekday(word: str) -> int:
    """0 for Monday … 6 for Sunday: 'Wed', 'thurs', '周三', '礼拜天'."""
    word = word.lower().rstrip(".")
    if word[-1] in "一二三四五六日天":
        return "一二三四五六日".index(word[-1].replace("天", "日"))
    return next(i for i, name in enumerate(_WEEKDAY_NAMES) if name[:3] == word[:3])


def day_question(text: str, today: date) -> tuple[str, str] | None:
    """What to ask about the day a delivery is wanted: one already gone ('move it to 20/11' on 21 November) or a
    weekday that is not the date's ('Wednesday 26/11', a Thursday). None when the day is clear."""
    if lapsed(text, today):
        return "That day has already gone; which day should it come?", "date"
    for match in _MONTH_DAY.finditer(text):
        beside = _BESIDE_BEFORE.search(text[max(0, match.start() - 14):match.start()]) or _BESIDE_AFTER.search(
            text[match.end():match.end() + 12])
        month, day = _month_and_day(match)
        if beside is None or not _exists(month, day):
            continue
        said = date(today.year, month, day)
        if said < today - timedelta(days=_LAPSE_DAYS):
            said = date(today.year + 1, month, day) if _exists(month, day) and (month, day) != (2, 29) else said
        if _weekday(beside.group("wd")) != said.weekday():
            weekday = _WEEKDAY_NAMES[said.weekday()].title()
            return f"{_MONTHS[month - 1]} {day} is a {weekday}; which day do you mean?", "date"
    return None


def _month_and_day(match: re.Match[str]) -> tuple[int, int]:
    name = (match.group("name") or match.group("name2") or "")[:3].lower()
    month = int(match.group("zm")) if match.group("zm") else next(
        i + 1 for i, m in enumerate(_MONTHS) if m.lower().startswith(name))
    return month, int(match.group("d") or match.group("d2") or match.group("zd"))


def lapsed(text: str, today: date) -> bool:
    """A date said with its month and no year that was this year, a few weeks ago at most ('move it to 20/11' on
    21 November): a slip for a day to come, or a day already gone, never the same day next year."""
    for match in _MONTH_DAY.finditer(text):
        month, day = _month_and_day(match)
        if not _exists(month, day) or text[match.end():match.end() + 6].strip(" ,").isdigit():
            continue  # no such day (asked elsewhere), or a year follows ('November 20, 2027')
        try:
            said = date(today.year, month, day)
        except ValueError:
            continue
        if today - timedelta(days=_LAPSE_DAYS) <= said < today:
            return True
    return False


# A deadline said as a span from now: 'within the hour', 'in 90 minutes', 'in half an hour', '半小时内', '两个小时内'.
_SPAN = re.compile(r"\b(?:in|within)\s+(?:the\s+next\s+)?(?P<n>an?|one|two|three|half an?|an? half|\d{1,3})\s*"
                   r"(?P<unit>hours?|hrs?|h|minutes?|mins?)\b|\bwithin the hour\b(?P<hour>)"
                   r"|(?P<zh>半|[一两二三四五六]|\d{1,3})\s*(?:个)?(?P<zunit>小时|钟头|分钟)(?:之内|以内|内)")
_SPAN_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "half a": 0.5, "half an": 0.5, "a half": 0.5,
                "an half": 0.5, "半": 0.5, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


def within(text: str, now: datetime) -> datetime | None:
    """The deadline a span from now names ('within the hour' → now + 1 h, '半小时内' → now + 30 min); None if none."""
    match = _SPAN.search(text)
    if match is None:
        return None
    if match.group("hour") is not None:
        return now + timedelta(hours=1)
    raw = (match.group("n") or match.group("zh")).lower()
    number = _SPAN_NUMBER.get(raw) or (float(raw) if raw.isdigit() else 0)
    unit = match.group("unit") or match.group("zunit")
    minutes = number * (60 if unit.lower().startswith("h") or unit in ("小时", "钟头") else 1)
    return now + timedelta(minutes=minutes) if 0 < minutes <= 24 * 60 else None


# A watch said to run until a date or the end of the month or year: 'until 31/12' (written 'December 31st' by
# ``plain``), 'till Dec 15', '到12月31日', 'until the end of the year', '到年底'.
_UNTIL = re.compile(r"\b(?:until|till|til|thru|through)\s+(?:the\s+)?(?P<date>" + _MONTH_DAY.pattern.replace("(?P<", "(?P<u_")
                    + r")|(?:(?:盯|看|关注|监控)?到|截止(?:到|日期[:：]?)?)\s*(?:(?P<zyear>20\d\d)年)?(?P<zdate>\d{1,2}月\d{1,2}[日号])"
                    r"|\b(?:until|till|to|through)\s+(?:the\s+)?end of (?:the |this )?(?P<end>month|year)\b|(?:到|盯到)(?P<zend>月底|年底)",
                    re.IGNORECASE)


def until_as_days(text: str, today: date) -> str:
    """``text`` with a watch's end date said as its length ('until December 31st' on 21 November → 'for 40 days',
    '到12月31日' → '40天'); a date already gone or past a year is left for the other checks to ask about."""
    match = _UNTIL.search(text)
    if match is None:
        return text
    if match.group("end") or match.group("zend"):
        end = match.group("end") or {"月底": "month", "年底": "year"}[match.group("zend")]
        last = date(today.year, 12, 31) if end == "year" else date(
            today.year + today.month // 12, today.month % 12 + 1, 1) - timedelta(days=1)
    else:
        said = _MONTH_DAY.search(match.group("date") or match.group("zdate"))
        if said is None:
            return text
        month, day = _month_and_day(said)
        if not _exists(month, day) or lapsed(said.group(0), today) or int(match.group("zyear") or today.year) != today.year:
            return text  # a day gone, or in another year ('盯到2027年1月5日'), is asked about elsewhere
        last = date(today.year, month, day)
        if last < today:
            last = date(today.year + 1, month, day) if (month, day) != (2, 29) else last
    days = (last - today).days
    if not 0 < days <= 365:
        return text
    span = f"{days}天" if match.group("zdate") or match.group("zend") else f"for {days} days"
    return f"{text[: match.start()]} {span} {text[match.end():]}"
