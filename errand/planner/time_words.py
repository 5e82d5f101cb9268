"""Clocks, days and parts of the day said in words the time readers (``times``, ``dayparts``) do not know, written
in the words they do, before anything is read (``lexicon.normalise`` calls ``plain``):

- an English clock said in words around an hour: 'twenty to four' → '3:40', 'five and twenty past three' →
  '3:25', 'a quarter to six' → '5:45' (the readers then take an hour from 1 to 7 as the afternoon's);
- a clock with a dot before am or pm ('4.15pm' → '4:15pm': it was read as a date, 15 April), and one on the
  24-hour dial with no colon beside its day ('1545 tomorrow', 'today 0715' → '3:45pm tomorrow', '7:15am today');
- a day of the month said as an ordinal word after a preposition ('to the twenty-sixth' → 'to the 26th');
- a Chinese clock said short of the hour ('五点差十分', '差一刻四点' → '4点50分', '3点45分') or past it ('三点过五分',
  '两点过一刻' → '3点5分', '2点15分'), and a day written
  with 廿 or 卅 or without 号 after its month ('11月廿五下午' → '11月25日下午');
- northern and dialect words for days and parts of the day: 明儿 (明天; 赶明儿 is 'some day'), 今儿, 后儿, 昨儿, 晌午 (中午), 过晌 and
  后晌 (下午), 擦黑 and 傍黑儿 (傍晚), 一大早 and 清早 (早上), 上半天 and 下半天 (上午, 下午), so a clock after them
  keeps its half of the day ('清早七点' is seven in the morning, not in the evening).

``impossible`` says whether a clock no dial shows is said beside a day or a part of the day ('明天14:80', '下午26点').
Pure functions over text; nothing else is changed.
"""

from __future__ import annotations

import re

from . import when_said as ws

# ---- English ---------------------------------------------------------------------------------------

_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_MINUTES = {"five": 5, "ten": 10, "a quarter": 15, "quarter": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25,
            "five and twenty": 25, "half": 30, "fifteen": 15, "thirty": 30}
_MINUTE_WORD = "|".join(sorted(map(re.escape, _MINUTES), key=len, reverse=True))
_HOUR_WORD = r"(?:1[0-2]|[1-9]|" + "|".join(_HOURS) + ")"
# Minutes around an hour: 'twenty to four', 'five and twenty past three', '10 minutes to six', 'quarter till 5'.
# Not a range ('from ten to five', 'two to three days') nor a count ('ten to five people').
_AROUND = re.compile(rf"(?<!\bfrom )(?<!\bbetween )\b(?P<m>{_MINUTE_WORD}|\d{{1,2}}(?= minutes?)|(?:{_MINUTE_WORD})(?= minutes?))"
                     rf"(?: minutes?)? (?P<dir>past|after|to|till|before|of) (?P<h>{_HOUR_WORD})\b"
                     r"(?!\s*(?:[-:.]\d|days?|weeks?|months?|hours?|minutes?|people|persons|cups|pieces|packs|items|of\b"
                     r"|per\b|times|kg|pounds|yuan|rmb|dollars|percent|%))", re.IGNORECASE)
# A clock with a dot before am or pm: '4.15pm', '6.30 p.m.'.
_DOT_HALF = re.compile(r"(?<![\d.,])(?P<h>1[0-2]|0?[1-9])\.(?P<m>[0-5]\d)\s*(?P<s>[ap])\.?m\b\.?", re.IGNORECASE)
# A 24-hour clock with no colon beside its day: '1545 tomorrow', 'today 0715', 'tomorrow at 1730'.
_DAY_WORD = r"(?:today|tomorrow|tonight|this (?:morning|afternoon|evening))"
_DIAL_BY_DAY = re.compile(rf"(?<![\d.,:/¥￥$])\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\b(?=\s*(?:h(?:rs?)?\s+)?{_DAY_WORD}\b)"
                          rf"|(?P<day>{_DAY_WORD}) (?:(?P<lead>at|by|before) )?(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)\b(?![\d.,%])",
                          re.IGNORECASE)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
             "twentieth")
_ORDINAL_DAY = {w: n for n, w in enumerate(_ORDINALS, 1)} | {
    f"twenty-{w}": 20 + n for n, w in enumerate(_ORDINALS[:9], 1)} | {"thirtieth": 30, "thirty-first": 31}
# A day of the month said as a word after a preposition, with nothing counted after it: 'deferred to the
# twenty-sixth', 'on the third, afternoon', 'the evening of the fifth' ('return the second kettle' names an item).
_ORDINAL_WORD = re.compile(
    r"\b(?P<lead>(?:on|to|for|by|until|till|from|before|after|(?:morning|afternoon|evening|night) of)\s+the)\s+(?P<w>(?:twenty|thirty)[- ]?\w+|"
    + "|".join(_ORDINALS) + r"|thirtieth)\b"
    r"(?=\s*(?:$|[,.;!?—–)]|\s-\s|of\b|at\b|by\b|in the\b|before\b|after\b|(?:morning|afternoon|evening|night|arvo)\b"
    r"|(?:at|around) (?:dusk|dawn|sundown|sunset|noon)\b|please\b|pls\b|instead\b|if\b))", re.IGNORECASE)


def _ordinal(match: re.Match[str]) -> str:
    word = re.sub(r"[- ]+", "-", match.group("w").lower())
    day = _ORDINAL_DAY.get(word)
    if day is None:
        return match.group(0)
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
    return f"{match.group('lead')} {day}{suffix}"


def _around(match: re.Match[str]) -> str:
    raw = match.group("h").lower()
    hour = int(raw) if raw.isdigit() else _HOURS.index(raw) + 1
    said = match.group("m").lower()
    minutes = int(said) if said.isdigit() else _MINUTES[said]
    if not 0 < minutes < 60:
        return match.group(0)
    if match.group("dir").lower() in ("to", "till", "before", "of"):
        hour, minutes = (hour - 2) % 12 + 1, 60 - minutes  # 'twenty to one' is 12:40
    return f"{hour}:{minutes:02d}"


def _dial(match: re.Match[str]) -> str:
    hour, minute = int(match.group("h") or match.group("h2")), int(match.group("m") or match.group("m2"))
    said = f"{hour or 12}:{minute:02d}am" if hour < 12 else f"12:{minute:02d}pm" if hour == 12 else f"{hour}:{minute:02d}"
    return f"{match.group('day') or ''} {match.group('lead') or ''} {said}".strip() if match.group("day") else said


def english(text: str) -> str:
    """English ``text`` with its clocks and ordinal days written as the readers read them."""
    text = _DOT_HALF.sub(lambda m: f"{int(m.group('h'))}:{m.group('m')}{m.group('s').lower()}m", text)
    text = _DIAL_BY_DAY.sub(_dial, text)
    text = _AROUND.sub(_around, text)
    return _ORDINAL_WORD.sub(_ordinal, text)


# ---- Chinese ---------------------------------------------------------------------------------------

_DIGITS = dict(zip("〇零一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_ZH_SMALL = r"(?:\d{1,2}|[一二三四五六七八九]?十[一二三四五六七八九]?|[〇零一二两三四五六七八九])"


def small_number(said: str) -> int | None:
    """'五' → 5, '十' → 10, '二十五' → 25, '廿五' → 25, '卅' → 30, '12' → 12; None when it is no such number."""
    said = said.replace("廿", "二十").replace("卅", "三十")
    if said.isdigit():
        return int(said)
    tens, ten, ones = said.partition("十")
    if not ten:
        return _DIGITS.get(said) if len(said) == 1 else None
    if tens and tens not in _DIGITS or ones and ones not in _DIGITS:
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


# Northern and dialect words for days and parts of the day, and the word the readers know.
_ZH_WORDS = (
    (re.compile(r"大后儿个?"), "大后天"), (re.compile(r"(?<![大赶])后儿个?(?=\s*[上下中早晚傍清一过后擦\d一二三四五六七八九十送，,。]|$)"), "后天"),
    (re.compile(r"(?<!赶)明儿个?|(?<!赶)明个(?=[上下中早晚傍清一过后擦\d一二三四五六七八九十送])"), "明天"),
    (re.compile(r"今儿个?"), "今天"), (re.compile(r"昨儿个?"), "昨天"), (re.compile(r"前儿个(?=[上下中早晚])"), "前天"),
    (re.compile(r"晌午头?|晌午饭前"), "中午"),
    (re.compile(r"过晌|过午(?!夜)|后晌|下半晌|下晌|下半天|下半日"), "下午"),
    (re.compile(r"前晌|头午|上半晌|上半天|上半日"), "上午"),
    (re.compile(r"傍黑儿?|擦黑儿?|晚半晌|晚晌"), "傍晚"),
    (re.compile(r"(?:一大|大清|清)早(?:上|晨)?|(?<![周期拜禮礼\d一二三四五六七八九十])一早(?![上晨就])"), "早上"),
)
# A clock said short of the hour: '五点差十分', '四点差一刻', '差五分三点', '差一刻四点'.
_SHORT = re.compile(rf"(?P<h>{_ZH_SMALL})\s*[点點]\s*差\s*(?:(?P<m>{_ZH_SMALL})\s*分钟?|(?P<q>一)刻)"
                    rf"|差\s*(?:(?P<m2>{_ZH_SMALL})\s*分钟?|(?P<q2>一)刻)\s*(?P<h2>{_ZH_SMALL})\s*[点點]")
# A clock said past the hour: '三点过五分', '两点过一刻', '三点过二十' (not '过了', '过后').
_PAST = re.compile(rf"(?P<h>{_ZH_SMALL})\s*[点點]\s*过\s*(?:(?P<q>一)刻|(?P<m>{_ZH_SMALL})\s*(?:分钟?)?)(?![了后後\d])")
# A day of the month after its month with no 号 or 日, or written with 廿/卅: '11月廿五下午', '12月二十送', '卅号'.
_MONTH_DAY = re.compile(rf"(?P<mo>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?!份)\s*(?P<d>[廿卅]{_ZH_SMALL}?|{_ZH_SMALL})"
                        r"(?![\d一二三四五六七八九十个天周号日])(?=\s*(?:$|[，,。\s]|上午|下午|中午|早上|晚上|傍晚|前|之前|以前"
                        r"|送|到|\d{1,2}\s*[点:：]|[一二三四五六七八九十两]{1,3}\s*[点點]))")
_TENS_DAY = re.compile(r"(?P<d>[廿卅][一二三四五六七八九]?)(?=\s*[号日])")


def _short(match: re.Match[str]) -> str:
    hour = small_number(match.group("h") or match.group("h2"))
    minutes = 15 if match.group("q") or match.group("q2") else small_number(match.group("m") or match.group("m2") or "")
    if hour is None or minutes is None or not 1 <= hour <= 24 or not 0 < minutes < 60:
        return match.group(0)
    return f"{hour - 1 or 12}点{60 - minutes}分"


def _past(match: re.Match[str]) -> str:
    hour = small_number(match.group("h"))
    minutes = 15 if match.group("q") else small_number(match.group("m") or "")
    if hour is None or minutes is None or not 0 <= hour <= 24 or not 0 < minutes < 60:
        return match.group(0)
    return f"{hour}点{minutes}分"


def _month_day(match: re.Match[str]) -> str:
    month, day = small_number(match.group("mo")), small_number(match.group("d"))
    if month is None or day is None or not 1 <= day <= 31:
        return match.group(0)
    return f"{month}月{day}日"


def chinese(text: str) -> str:
    """Chinese ``text`` with its dialect day words, parts of the day, 差 clocks and dates written as the readers read them."""
    for pattern, word in _ZH_WORDS:
        text = pattern.sub(word, text)
    text = _TENS_DAY.sub(lambda m: str(small_number(m.group("d"))), text)
    text = _MONTH_DAY.sub(_month_day, text)
    return _PAST.sub(_past, _SHORT.sub(_short, text))


def plain(text: str) -> str:
    """``text`` with the clocks, days and parts of the day said in these words written as the readers read them."""
    text = ws.plain(text)  # 'overmorrow', 外后天, 头晌, 晚饭后, 'four-fifteen', 'Tuesday 18h', '2026/11/27', '28 Nov'
    if re.search(r"[\u4e00-\u9fff]", text):
        return chinese(english(text))
    return english(text)


# ---- a clock no dial shows -------------------------------------------------------------------------

_BESIDE = r"(?:今天|明天|后天|大后天|上午|下午|中午|早上|晚上|傍晚|凌晨|[号日]|周[一二三四五六日天]|礼拜[一二三四五六日天])"
_ZH_NO_HOUR = re.compile(rf"{_BESIDE}\s*(?P<h>\d{{2}}|[二三四五六七八九]十[一二三四五六七八九]?)\s*[点點时](?![数分钟]*积分)")
_COLON = re.compile(r"(?:\b(?:at|by|before|until|till|to|around|from)\s+|(?:today|tomorrow|tonight)\s+(?:at\s+|by\s+)?"
                    rf"|{_BESIDE}\s*)(?P<h>\d{{1,2}})[:：](?P<m>\d{{2}})(?![\d:])", re.IGNORECASE)


def impossible(text: str) -> bool:
    """A clock no dial shows said beside a day or a part of the day: '明天下午25点', '后天26点', '明天14:80', 'at 9:65'."""
    if any((small_number(m.group("h")) or 0) > 24 for m in _ZH_NO_HOUR.finditer(text)):
        return True
    return any(int(m.group("h")) > 24 or int(m.group("m")) > 59 for m in _COLON.finditer(text))
