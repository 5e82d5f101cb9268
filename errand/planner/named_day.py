"""A delivery moved said as an order and a day, with no verb: 'batteries on 27 November, morning, cheers', 'the
stainless kettle, Thursday morning if poss', 'ord_b2 on 1 December, evening', 南孚电池，周三上午; or a transcript that asks only which
order and when, read as its answers ('Q: Which order? A: ord_k1. Q: Day? A: Friday.').

The sentence names one recent order (its id, or words of the title of exactly one order's item) and a day or a part of
the day, and nothing else but greetings and politeness. A product two orders share ('the kettle, Thursday'), a product
no recent order holds ('a toaster, Thursday'), a count, a clock, or any other word is not read here. A day already
gone is then asked about by the reschedule reader, as any other.
"""

from __future__ import annotations

import re
from datetime import date

from . import phrases as ph
from . import placed_said as ps
from . import times as tm
from .context import OrderSummary

# Days and parts of the day, in English and Chinese: 'thursday', 'the 25th', 'in the afternoon', 'after lunch', 周三上午.
_TIMES = re.compile(
    r"\b(?:(?:this|next|last|on|the|in|at|by)\s+)*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight"
    r"|morning|afternoon|evening|night|arvo|noon|midday|(?:after|before) (?:lunch|supper|dinner|tea|breakfast)"
    r"|first thing(?: in the morning)?|forenoon|crack of dawn|mid-?afternoon|end of the day"
    r"|the day after tomorrow|overmorrow)\b"
    # a weekday said short beside a date or a part of the day ('Sat 28th', 'thurs am') and a date with its year
    r"|\b(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?(?=\s*(?:\d|the\b|in\b|at\b|am\b|pm\b|morning|afternoon|evening|night|arvo|$|[,;—–-]))"
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{4}年\d{1,2}月\d{1,2}[日号]"
    r"|(?:上|下|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|大后天|后天|明天|今天|今晚|明早|明晚|上午|下午|晚上|早上|中午|傍晚|午饭后|晚饭后"
    r"|一大早|一早|清早|午后",
    re.IGNORECASE)
# Greetings, politeness and the words of an order itself: 'alright mate', 'ow bist', 'if poss', 'ta', 'cheers', 谢谢.
_FILLER = re.compile(
    r"\b(?:hi|hiya|hey|hello|yo|alright|mate|ow bist|ar kid|hon|dude|bro|please|pls|plz|thanks|thank you|thx|ta|cheers"
    r"|if (?:poss|possible|you can|that'?s ok(?:ay)?)|ok|okay|then|instead|on|in|the|at|for|by|to|my|delivery|order|one"
    r"|parcel|package)\b"
    r"|谢谢|麻烦|辛苦|请|吧|了|哈|呀|啊|呢|那单|这单|订单|那个|这个|的",
    re.IGNORECASE)
_CLOCK = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.|:\d\d|h\b|o'?clock)|[点點]|[零一二两三四五六七八九十]+\s*时", re.IGNORECASE)
# Title words in Chinese the translation does not hold, and a brand with 的 in it (美的, Midea) kept whole.
_ALIASES = (("水壶", " kettle "), ("壶", " kettle "), ("不锈钢", " stainless "), ("玻璃", " glass "), ("五号", " aa "))
_BRANDS = (("美的", " midea "),)


# A transcript of questions and answers about the delivery: 'Q: Which order? A: ord_k1. Q: Day? A: Friday.'
_QA = re.compile(r"\s*Q\s*[:：]\s*(?P<q>[^?？]{1,40}[?？])\s*A\s*[:：]\s*(?P<a>.*?)\s*(?=Q\s*[:：]|$)", re.IGNORECASE)
_ASKED = re.compile(r"^(?:(?:which|what|new|the|a|and|delivery|for|on)\s+)*(?:order|day|date|time|when|slot|part of (?:the )?day"
                    r"|delivery)(?:\s+(?:of day|instead|then|now|please))*\s*[?？]$", re.IGNORECASE)


def answers(text: str) -> str:
    """A transcript asking only which order and when, as its answers ('ord_k1, Friday, afternoon'); else ``text``."""
    pairs = list(_QA.finditer(text))
    if not pairs or "".join(m.group(0) for m in pairs).strip() != text.strip() \
            or not all(_ASKED.match(m.group("q").strip()) for m in pairs):
        return text
    return ", ".join(m.group("a").strip(" .。") for m in pairs)


def _title_words(order: OrderSummary) -> list[set[str]]:
    return [{w for w in ph._words(item.title) if not w.isdigit()} for item in order.items]


# The shopper's own parcel named with no product: 'my parcel', 'my package', 'my stuff', 我的包裹, 我的快递.
_OWN_PARCEL = re.compile(r"^\s*(?:(?:hi|hey|hello|yo|ok|okay)[,!]?\s+)?(?:my|our)\s+(?:parcel|package|delivery|order|stuff|things"
                         r"|shipment)\b|^\s*(?:我|俺|咱)(?:的|们的)?(?:包裹|快递|快件|东西|货)", re.IGNORECASE)


def own_parcel(text: str) -> bool:
    """A sentence made only of the shopper's own parcel and a day: 'my parcel, Sunday week after lunch', 我的包裹，周五一早."""
    text = answers(text)
    found = _OWN_PARCEL.search(text)
    if found is None or _CLOCK.search(tm.without_times(text)) or not (tm.day_offset(text, date(2000, 1, 3)) is not None
                                                                       or ps.written_date(text) is not None):
        return False
    rest = _FILLER.sub(" ", _TIMES.sub(" ", tm.without_times(tm.with_day_numbers(text[found.end():].lower()))))
    return not re.search(r"[\w\u4e00-\u9fff]", rest)


# Anything that names an order, a parcel or a move: 'my delivery', 'ord_k1', 'deliver', 'move', 送, 改.
_NAMES_OR_MOVES = re.compile(r"\bord[_-]?\w+|\b(?:order|parcel|package|delivery|deliver|shipment|stuff|it|them|move|resched\w*"
                             r"|push|bring|send|come|arrive|drop)\b|单|包裹|快递|快件|东西|货|送|到|改|推|挪|寄|拿", re.IGNORECASE)


def time_alone(text: str) -> bool:
    """A sentence that is only a day or a part of the day ('tomorrow afternoon', 'Friday, first thing', 周五一早): it
    names no order and asks for no move, so it could answer anything."""
    if _NAMES_OR_MOVES.search(text) or not (tm.day_offset(text, date(2000, 1, 3)) is not None
                                             or ps.written_date(text) is not None or tm.part_of_day(text) is not None):
        return False
    rest = _FILLER.sub(" ", _TIMES.sub(" ", tm.without_times(tm.with_day_numbers(text.lower()))))
    return not re.search(r"[\w\u4e00-\u9fff]", rest)


def order_of(text: str, orders: list[OrderSummary]) -> str | None:
    """The one recent order a sentence made only of that order and a day names, or None."""
    text = answers(text)
    if _CLOCK.search(tm.without_times(text)) or not (tm.day_offset(text, date(2000, 1, 3)) is not None
                                                     or ps.written_date(text) is not None
                                                     or tm.part_of_day(text) is not None):
        return None
    rest = _TIMES.sub(" ", tm.without_times(tm.with_day_numbers(text.lower())))
    for zh, en in _BRANDS:
        rest = rest.replace(zh, en)
    rest = _FILLER.sub(" ", rest)
    ids = {o.order_id for o in orders}
    named = [m.group(0) for m in ph.ORDER_ID.finditer(rest)]
    if named:
        rest = ph.ORDER_ID.sub(" ", rest)
        if len(set(named)) != 1 or named[0] not in ids or re.search(r"[\w\u4e00-\u9fff]", rest):
            return None
        return named[0]
    for zh, en in _ALIASES:
        rest = rest.replace(zh, en)
    rest = ph.translate(rest)
    if re.search(r"[\u4e00-\u9fff\d]", rest):
        return None  # a word no title holds, or a count
    words = {w.rstrip("s") for w in re.findall(r"[a-z]+", rest.lower()) if len(w) > 1}
    if not words or len(re.sub(r"[\s,.;:!?，。；：！？—–-]+", "", rest)) == 0:
        return None
    held = {o.order_id for o in orders for title in _title_words(o)
            if all(any(ph._close(w, t) for t in title) for w in words)}
    return held.pop() if len(held) == 1 else None
