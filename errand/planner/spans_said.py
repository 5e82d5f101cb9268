"""How long a price watch runs and how often it looks, said in words the watch reader (``watch``, ``times.watch_days``,
``notation.interval_hours``, ``lexicon.check_interval``) does not know, written in the words it does:

- how long (``spans``, read inside a watch only): 'a month and a half' → '45 days', 'over a period of forty days' →
  'over forty days', 'two and a half weeks' → '17 days', 一个半月 → 45天, 俩月 and 看两月 → 两个月, 仨礼拜 → 三个礼拜,
  半年 → 180天;
- how often (``often``, read in every sentence, since it also says the sentence is a watch): 'every other day' →
  'every 48 hours', 'twice weekly' → 'every 84 hours', 'three times a day check' → 'check every 8 hours' (a check said
  after how often it is done); 一天看三回 → 一天看三次, 隔天看一次 → 每2天看一次, 早晚各看一次 → 每天看两次,
  每周看一次 → 每7天看一次.

Pure functions over text; nothing else is changed.
"""

from __future__ import annotations

import re

# ---- how long --------------------------------------------------------------------------------------

_EN_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1}
# 'a month and a half', 'one and a half months', '1.5 months', 'two and a half weeks', 'a week and a half'.
_AND_A_HALF = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|\d)\s+(?P<unit>months?|weeks?)\s+and\s+a\s+half\b"
                         r"|\b(?P<n2>an?|one|two|three|four|five|six|\d)\s+and\s+a\s+half\s+(?P<unit2>months?|weeks?)\b"
                         r"|\b(?P<n3>\d)\.5\s+(?P<unit3>months?|weeks?)\b", re.IGNORECASE)
# 'for a period of', 'over a span of', 'for the duration of': words around a length, not part of it.
_PERIOD_OF = re.compile(r"\b(?P<lead>for|over|during|within)\s+(?:a|the)\s+(?:period|span|stretch|spell|window|duration|term|time)"
                        r"\s+of\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty"
                        r"|ninety|a\b|an\b))", re.IGNORECASE)
# A length in Chinese: '一个半月', '两个半月', '俩月', '盯两月', '仨礼拜', '半年', '盯一年'.
_ZH_HALF_MONTHS = re.compile(r"(?P<n>[一两二三四五六]|\d)\s*个半月")
_ZH_PAIR = re.compile(r"[俩仨](?=\s*个?\s*(?:月|礼拜|星期|周|天))")
_ZH_BARE_MONTHS = re.compile(r"(?<=[盯看蹲关注监控追踪跟])\s*(?P<n>[两三四五六]|\d)月(?![份号日\d])")
_ZH_YEAR = re.compile(r"(?<=[盯看蹲注控踪跟])\s*(?P<half>半)年|(?<=[盯看蹲注控踪跟])\s*一年")
_ZH_DIGIT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


def _and_a_half(match: re.Match[str]) -> str:
    said = (match.group("n") or match.group("n2") or match.group("n3")).lower()
    unit = (match.group("unit") or match.group("unit2") or match.group("unit3")).lower()
    n = int(said) if said.isdigit() else _EN_SMALL[said]
    return f"{n * 30 + 15 if unit.startswith('month') else n * 7 + 3} days"


def spans(text: str) -> str:
    """A watch's ``text`` with how long it runs said as the watch reader reads a length."""
    text = _PERIOD_OF.sub(lambda m: f"{m.group('lead')} ", text)
    text = _AND_A_HALF.sub(_and_a_half, text)
    text = _ZH_HALF_MONTHS.sub(lambda m: f"{_ZH_DIGIT.get(m.group('n'), 0) * 30 + 15 if not m.group('n').isdigit() else int(m.group('n')) * 30 + 15}天", text)
    text = _ZH_PAIR.sub(lambda m: "两" if m.group(0) == "俩" else "三", text)
    text = _ZH_BARE_MONTHS.sub(lambda m: f"{m.group('n')}个月", text)
    return _ZH_YEAR.sub(lambda m: "180天" if m.group("half") else "365天", text)


# ---- how often -------------------------------------------------------------------------------------

_TIMES = {"once": 1, "twice": 2, "thrice": 3, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "1": 1,
          "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "8": 8, "12": 12}
# How often, in English: 'every other day', 'on alternate days', 'twice weekly', 'three times a week', 'twice a day',
# 'once every two days', 'every couple of days', 'morning and evening'.
_EVERY_OTHER = re.compile(r"\b(?:once\s+)?every\s+(?:other|second|2nd)\s+day\b|\bon\s+alternate\s+days\b"
                          r"|\b(?:once\s+)?every\s+(?:two|2|couple of)\s+days\b", re.IGNORECASE)
_PER = re.compile(r"\b(?P<n>once|twice|thrice|one|two|three|four|five|six|[1-68]|12)(?:\s+times?)?\s+(?:a|per|each)\s+(?P<unit>day|week)\b"
                  r"|\b(?P<n2>once|twice|thrice)\s+(?P<unit2>daily|weekly)\b", re.IGNORECASE)
# A check said after how often it is done: 'twice a day check', 'every 8 hours check'.
_CHECK_AFTER = re.compile(r"\b(?P<often>every \d+ hours)\s+(?:check|look)(?:ing|s)?\b", re.IGNORECASE)
# How often, in Chinese: '一天看三回', '每天查两遍', '隔天看一次', '每隔一天查一次', '早晚各看一次', '每周看一次'.
_ZH_TIMES = re.compile(r"(?P<day>一天|每天|每日|一日)\s*(?P<verb>[看查盯刷瞅]|检查)?\s*(?P<n>[一两二三四五六]|\d)\s*(?:回|趟|遍)")
_ZH_OTHER_DAY = re.compile(r"(?:每隔|隔)一?天\s*(?P<verb>[看查盯刷瞅])?\s*一?\s*(?:次|回|遍|下)")
_ZH_MORNING_EVENING = re.compile(r"早晚各?\s*(?P<verb>[看查盯刷瞅])?\s*一?\s*(?:次|回|遍|下)")
_ZH_WEEKLY = re.compile(r"(?:每|一)个?(?:周|礼拜|星期)\s*(?P<verb>[看查盯刷瞅])?\s*一\s*(?:次|回|遍|下)")
# Words that say the sentence is about looking at a price, so an English frequency in it is how often to look.
_LOOKING = re.compile(r"\b(?:check|look|watch|track|monitor|ping|alert|notify|tell|let me know|keep (?:an )?eye|keep tabs)\b",
                      re.IGNORECASE)


def _hours(hours: float) -> str:
    return f"every {int(hours) if hours == int(hours) else round(hours, 1)} hours"


def _per(match: re.Match[str]) -> str:
    n = _TIMES.get((match.group("n") or match.group("n2")).lower())
    unit = (match.group("unit") or ("day" if (match.group("unit2") or "").lower() == "daily" else "week")).lower()
    return _hours((24 if unit == "day" else 168) / n) if n else match.group(0)


def often(text: str) -> str:
    """``text`` with how often a watch looks said as the watch reader reads it; other sentences as they were."""
    if re.search(r"[\u4e00-\u9fff]", text):
        text = _ZH_TIMES.sub(lambda m: f"{m.group('day')}{m.group('verb') or '看'}{m.group('n')}次", text)
        text = _ZH_OTHER_DAY.sub(lambda m: f"每2天{m.group('verb') or '看'}一次", text)
        text = _ZH_MORNING_EVENING.sub(lambda m: f"每天{m.group('verb') or '看'}两次", text)
        return _ZH_WEEKLY.sub(lambda m: f"每7天{m.group('verb') or '看'}一次", text)
    if not _LOOKING.search(text):
        return text
    text = _EVERY_OTHER.sub("every 48 hours", text)
    text = _PER.sub(_per, text)
    return _CHECK_AFTER.sub(lambda m: f"check {m.group('often')}", text)
