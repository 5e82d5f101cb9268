"""What to ask about a time, a date or an amount the readers took but no errand should act on, read from the planned
action and the text the planner read (clocks and dates already written out by ``formats``):

- a clock no day has, said in words ('27 o'clock', '0 o'clock', '14 o'clock pm', 'half past 26'), where the
  clock readers found nothing and the deadline would have been dropped;
- a date in a year already gone ('30/11/2025', '11/28/19', '28.11.2024'), and 29 February in a year without one;
- a move to a clock on the 24-hour dial with no day ('move ord_k1 to 0900h'), or to a part of today nearly over or a clock already
  past ('this morning' at 10:00, '21/11 0930h');
- a drinks deadline in the small hours (a night delivery), or one already past today that the time reader moved
  to tomorrow because no day was said and the clock was no morning's ('by 0845h', 'by 8 o'clock' at 10:00;
  'by 9am' is tomorrow's);
- a cap of nothing or less than anything costs ('RMB 0.00', 'max 0.3 yuan', '五毛钱', '一块钱'), or one no household
  errand has (fifty thousand yuan or more: 'RMB 80,000.00 each', '预算八万'), or one in another dollar after a yuan
  word ('五百蚊台幣').

``question`` returns what to ask and the missing field, or None.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from errand.domain.intents import BulkOrderIntent, BuyAction, Plan, PriceWatchIntent, RescheduleIntent

from . import clashing_times as ct
from . import formats as fm
from . import time_words as tw
from . import times as tm
from . import zh_buy_around as zm
from . import zh_buy_said as zb
from .lexicon import zh_number

# An hour said "o'clock", with am or pm after it or not: '27 o'clock', '14 o'clock pm', '0 o'clock'.
_OCLOCK = re.compile(r"\b(?P<h>\d{1,3})\s*o'?clock\b(?:\s*(?P<half>[ap])\.?m\b)?", re.IGNORECASE)
# Minutes said around an hour: 'half past 26', 'quarter to 25', '10 past 30'.
_PAST_TO = re.compile(r"\b(?:half|(?:a )?quarter|ten|twenty|five|twenty-five|\d{1,2}(?: minutes)?) (?:past|to) (?P<h>\d{1,3})\b",
                      re.IGNORECASE)
# An hour said in Chinese before 点 and where it goes: '二十五点送', '30点前'.
_ZH_HOUR = re.compile(r"(?P<h>[\d一二两三四五六七八九十]{1,4})\s*[点點](?=\s*(?:[前送到之半]|\d|[一二三四五]十|钟))")
# The same hour said last, after a day, a part of the day or the word for the change: '改到后日的32点'.
_ZH_HOUR_LAST = re.compile(r"(?:[天日晚早午到在的])\s*(?P<h>\d{2}|[二三四五六七八九]十[一二三四五六七八九]?)\s*[点點]"
                           r"(?=\s*(?:$|[，。！？,.!?；;]|[送到]))")
# A date with its month's name and its year: 'Nov 25, 2025', '25 November 2025', '2025年11月25日'.
_NAMED_YEAR = re.compile(r"\b(?P<mn>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?"
                         r"\s+(?P<y>(?:19|20)\d\d)\b|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn2>jan|feb|mar|apr|may"
                         r"|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?P<y2>(?:19|20)\d\d)\b"
                         r"|(?P<y3>(?:19|20)\d\d)\s*年\s*(?P<m3>\d{1,2})\s*月\s*(?P<d3>\d{1,2})", re.IGNORECASE)
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A night said in words: 'at midnight', '半夜', '凌晨'.
_NIGHT_SAID = re.compile(r"\bmidnight\b|\bmiddle of the night\b|凌晨|半夜|深夜|午夜", re.IGNORECASE)
# A date with its year, as the shopper writes it: '2025-11-25', '2025/11/25', '28.11.2024', '25/11/2025', '12/25/13'.
_WITH_YEAR = re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d./])"
                        r"|(?<![\d.])(?P<d2>\d{1,2})[./](?P<m2>\d{1,2})[./](?P<y2>(?:19|20)\d\d|\d\d)(?![\d.])")
# 29 February, as the readers write it: 'February 29th', 'Feb 29', '29 Feb', '2月29日'.
_FEB_29 = re.compile(r"\bfeb(?:ruary)?\.?\s+(?:the\s+)?29(?:th)?\b|\b29(?:th)?\s+(?:of\s+)?feb(?:ruary)?\b|(?<!\d)0?2月29[日号]",
                     re.IGNORECASE)
# A cap said in jiao with no yuan: '五毛钱', '八角钱', '5毛以内' (less than one yuan; 三角架 and 八角 are goods).
_JIAO_ONLY = re.compile(r"(?<![块元\d一二两三四五六七八九十百千万])(?:[一二两三四五六七八九]|\d)\s*(?:毛|角)(?:钱|以内|以下|之内)")
# One yuan or less written as money: '¥0.50', '0.3 yuan', '一块钱', '1元', '预算一块' ('买一块' is one piece).
_SMALL_MONEY = re.compile(r"[¥￥]\s?0*[01](?:\.\d+)?(?![\d.])|(?<![\d.])[01](?:\.\d+)?\s*(?:yuan|rmb|元)"
                          r"|(?<![\d一二两三四五六七八九十百千万])[一1]\s*(?:块钱|元)|预算\s*[一1]\s*块", re.IGNORECASE)
# A cap written as nothing: '¥0', '¥0.00', '0 yuan'.
_ZERO = re.compile(r"[¥￥]\s?0(?:\.0+)?(?![\d.])|(?<![\d.])0(?:\.0+)?\s*(?:yuan|rmb|元|块)", re.IGNORECASE)
# Another dollar said after a yuan word: '五百蚊台幣' (read '五百块台币'), '三百块港币'.
_OTHER_DOLLAR = re.compile(r"(?:块|元|蚊|文)\s*(?:新?台[币幣]|港[币幣纸紙元]|美[金元])")
# A day to come said in words the day reader does not take: '明日', '次日', '翌日'.
_NEXT_DAY = re.compile(r"明日|次日|翌日|隔天|第二天")
# A morning clock said as one ('by 10am', 'at 9 in the morning', '上午九点'): the next such morning is meant when
# today's is gone. A clock on the 24-hour dial ('0930h') or an hour alone ('by 8 o'clock') is today's, or unclear.
_MORNING_SAID = re.compile(r"\d\s*a\.?m\b|\bmorning\b|早上|上午|早晨", re.IGNORECASE)
# A clock written on the 24-hour dial: '0800h', '2300 hrs', '07h30', '09:30', '18:00'.
_DIAL = re.compile(r"(?<![\d:.])(?:\d{4}\s?(?:h|hrs?|hours)\b|\d{1,2}h\d\d\b|(?:0\d|1[3-9]|2[0-3])[:.][0-5]\d(?![\d.]))",
                   re.IGNORECASE)
_LEAST = 100  # fen: a cap of one yuan or less buys nothing a shop sells
_MOST = 5_000_000  # fen: fifty thousand yuan, more than any household errand
_MOST_ITEMS = 300  # a count above this no household orders at once ('buy 500 kettles')
# A number past any household's reckoning, which the readers would shorten to its digits ('budget 10 million yuan',
# 'buy 1e9 pens', '预算三亿', '预算一个亿', '预算五百万'); a price when money is said with it, otherwise a count.
_HUGE = re.compile(r"(?:\b\d[\d,.]*|\b(?:a|one|two|three|five|ten|a few|a hundred|hundreds of))\s?(?:million|billion|trillion|mn|bn"
                   r"|gazillion|zillion)\b(?!\s+(?:years?|people|views|downloads|copies|subscribers|steps|miles|fans))|\b\d+(?:\.\d+)?e[+]?\d+\b|(?<![a-z])[\d一二两三四五六七八九十百千万]+个?亿"
                   r"|[一二两三四五六七八九十几]*[百千]万(?!像素|次|字|步|公里|人|粉|年)", re.IGNORECASE)
_MONEY_SAID = re.compile(r"yuan|rmb|kuai|bucks|dollars?|budget|under|max|spend|cost|price|元|块|钱|预算|以内|以下", re.IGNORECASE)
# When a part of the day ends, and how near that end it is too late to move a delivery into it.
_PART_ENDS = {"morning": time(12), "afternoon": time(18), "evening": time(22)}
_TOO_LATE = timedelta(hours=3)
_NIGHT_ENDS = 6  # no courier delivers before 06:00


def question(text: str, plan: Plan, now: datetime, said: str) -> tuple[str, str] | None:
    """What to ask about the action's time, date or amount, ``now`` in the shopper's timezone, ``said`` the
    shopper's own words (a year is read there: the readers drop it); None if nothing."""
    action = plan.action
    if action.kind in ("clarify", "question", "return"):
        return None
    if impossible_clock(text):
        return "That time does not exist; what time do you mean?", "time"
    if (clashing := ct.clash(text, action.kind)) is not None:
        return clashing  # '8pm in the morning', '明早晚上九点', '礼拜八'
    dated = isinstance(action, RescheduleIntent | BulkOrderIntent)
    if dated and (gone := _year_gone(said, now.date())) is not None:
        return gone
    if dated and (leap := _no_leap_day(text, said, now.date())) is not None:
        return leap
    if isinstance(action, RescheduleIntent):
        return _move_question(text, said, action, now)
    if isinstance(action, BulkOrderIntent) and _NIGHT_SAID.search(text):
        return "Drinks are delivered from morning to evening, not at night; by when should they arrive?", "deliver_by"
    if isinstance(action, BulkOrderIntent) and action.deliver_by is not None:
        when = action.deliver_by.astimezone(now.tzinfo)
        if when.hour < _NIGHT_ENDS:
            return "Drinks are delivered from morning to evening, not at night; by when should they arrive?", "deliver_by"
        if when.date() > now.date() and tm.day_offset(text, now.date()) is None and fm.within(text, now) is None \
                and not _NEXT_DAY.search(text) and not _MORNING_SAID.search(said):
            return "That time has already passed today; by when should it arrive?", "deliver_by"
    return _amount_question(text, action)


def impossible_clock(text: str) -> bool:
    """'27 o'clock', '24 o'clock', '0 o'clock', '14 o'clock pm', 'half past 26', '二十五点': an hour no dial shows."""
    if any((zh_number(m.group("h")) or 0) > 24 for regex in (_ZH_HOUR, _ZH_HOUR_LAST) for m in regex.finditer(text)) \
            or tw.impossible(text):
        return True  # '明天下午25点', '明天14:80' (time_words)
    for match in _OCLOCK.finditer(text):
        hour = int(match.group("h"))
        if not 1 <= hour <= 23 or match.group("half") and hour > 12:
            return True
    return any(int(m.group("h")) > 12 for m in _PAST_TO.finditer(text))


def _year_gone(text: str, today: date) -> tuple[str, str] | None:
    for match in _WITH_YEAR.finditer(text):
        year = int(match.group("y") or match.group("y2"))
        year += 2000 if year < 100 else 0
        month, day = int(match.group("m") or match.group("m2")), int(match.group("d") or match.group("d2"))
        if match.group("y") is None and month > 12 >= day:
            month, day = day, month  # '11/28/19': month first
        if year < today.year or year == today.year and (month, day) < (today.month, today.day):
            return f"That date is in {year}, already gone; which day do you mean?", "date"
    for named in _NAMED_YEAR.finditer(text):
        year = int(named.group("y") or named.group("y2") or named.group("y3"))
        name = (named.group("mn") or named.group("mn2") or "").lower()
        month = _MONTH_NAMES.index(name) + 1 if name else int(named.group("m3"))
        day = int(named.group("d") or named.group("d2") or named.group("d3"))
        if year < today.year or year == today.year and (month, day) < (today.month, today.day):
            return f"That date is in {year}, already gone; which day do you mean?", "date"
    return None


def _no_leap_day(text: str, said: str, today: date) -> tuple[str, str] | None:
    if not _FEB_29.search(text):
        return None
    year_said = next((int(m.group("y") or 0) for m in _WITH_YEAR.finditer(said) if m.group("y")), 0)
    year = year_said or (today.year if (today.month, today.day) <= (2, 29) else today.year + 1)
    if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return None
    return f"There is no 29 February in {year}; which day do you mean?", "date"


def _move_question(text: str, said: str, action: RescheduleIntent, now: datetime) -> tuple[str, str] | None:
    said_at = tm.clock_time(text) if re.search(r"\d\s*(?::|am\b|pm\b|点)", text, re.IGNORECASE) else None
    if action.preferred_date is None and said_at is not None and _DIAL.search(said):
        return "Which day should it come? I can move it to a part of a day.", "preferred_date"
    if action.preferred_date != now.date():
        return None
    part = action.preferred_part_of_day
    ends = _PART_ENDS.get(part or "")
    late = ends is not None and datetime.combine(now.date(), ends, tzinfo=now.tzinfo) - now < _TOO_LATE
    if late or said_at is not None and datetime.combine(now.date(), said_at, tzinfo=now.tzinfo) <= now:
        return f"Today's {part or 'slot'} is nearly over; which day and part of the day should it come?", "preferred_date"
    return None


def _amount_question(text: str, action: object) -> tuple[str, str] | None:
    caps: list[int | None] = []
    if isinstance(action, BuyAction):
        caps = [action.intent.max_unit_price]
    elif isinstance(action, BulkOrderIntent):
        caps = [action.max_total]
    elif isinstance(action, PriceWatchIntent):
        caps = [action.target_price]
    field = "target_price" if isinstance(action, PriceWatchIntent) else "max_unit_price"
    if _OTHER_DOLLAR.search(text):
        return "I can only carry amounts in yuan; what is that in yuan?", field
    if _HUGE.search(text):
        return ("That is far more than a household errand spends; how much at most, in yuan?", field) \
            if _MONEY_SAID.search(text) else ("That is more than a household orders at once; how many do you need?", "quantity")
    quantity = action.intent.quantity if isinstance(action, BuyAction) else getattr(action, "quantity", 0)
    total = action.intent.max_total if isinstance(action, BuyAction) else None
    if quantity > _MOST_ITEMS and not zm.many_within_total(text, quantity, total):
        return "That is more than a household orders at once; how many do you need?", "quantity"
    if zm.total_without_count(text, quantity, total) or zm.count_left_open(text):
        return "How many should I buy?", "quantity"
    cheap = isinstance(action, BuyAction) and zb.cheap_each(text, quantity, action.intent.max_unit_price)
    if not cheap and (_ZERO.search(text) or _JIAO_ONLY.search(text) or _SMALL_MONEY.search(text) and any(
            c is not None and c <= _LEAST for c in caps)):
        return "That amount buys nothing a shop sells; how much at most, in yuan?", field
    if any(c is not None and c >= _MOST for c in caps):
        return "That is far more than a household errand spends; how much at most, in yuan?", field
    return None
