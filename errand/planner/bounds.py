"""What a purchase must say and does not, read from the sentence and the product phrase: a unit of weight or
volume with no number before it ("猫砂 买 公斤", "buy kilos of rice"), a count no household buys ("一万箱矿泉水",
"20000 rolls"), a product phrase that names nothing (the usual, 老样子, a dialect's particles only), and a
place to deliver to that is none of the saved addresses ("send it to the allotment").
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import noted_place as np

# A unit of weight or volume standing alone, no number before it: "猫砂 买 公斤", "洗衣液 来 升", "buy kilos of rice".
_BARE_UNIT = re.compile(
    r"(?:^|[\s买要来订])(?:公斤|千克|斤|升|毫升|克|吨)(?=$|[\s，,。！!？?])"
    r"|\b(?:buy|get|order)\s+(?:some\s+)?(?:kilos|kgs|litres|liters|grams|pounds|lbs)\s+of\b", re.IGNORECASE)
# A count with what it counts: "一万箱", "五千个", "20000 rolls", "8,000 bags".
_ZH_COUNT = re.compile(r"(?P<n>[\d一二两三四五六七八九十百千万]+)\s*(?:个|箱|瓶|袋|包|盒|件|桶|卷|份|罐|提|台|只|双|条|张|支|套|本|把)")
_EN_COUNT = re.compile(r"(?<![¥￥$£€])\b(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?!yuan|rmb|元|块|ml|mah|mg|g|kg|gb|tb|mb|w|v|mm|cm|m|kcal|pcs?\b"
                       r"|sheets?|pieces?|tablets?|count|ct|calories?|words?|pages?|threads?|x\b|total|each|max|budget|dollars?|bucks|quid|kuai"
                       r"|tops|or less|or under|per|a (?:cup|head|piece))[a-z]", re.IGNORECASE)
_HOUSEHOLD_MAX = 1000
# A price said before a number: "under 1500 please", "budget 3000 for the desk", "以内" after it.
_PRICE_BEFORE = re.compile(r"(?:under|below|less than|max|maximum|budget|within|around|about|up to|at most|over|than|cap"
                           r"|target|for|at|price|costs?|drops? to|hits?|reaches)\s*$|[¥￥$£€]\s*$", re.IGNORECASE)
# A product phrase naming nothing: "the usual", "老样子", "照旧", "老规矩", or only a dialect's pronouns and particles.
_NOTHING_NAMED = re.compile(
    r"^(?:(?:the|my|our) )?usual(?: stuff| one| order)?$|^(?:老样子|照旧|老规矩|老一套|还是老样子|跟上次一样|和上次一样|同上)$"
    r"|^(?:侬|阿拉|伊|我|你|他|她|伐|呀|啊|嘛|吧|哦|咯|啦|呢|哇|嘞|噻|撒|嘎|一下|点|些|\s)+$"
    # a size and nothing sized: 'XL的', 'size M', '42码', '大号的', 'EU 42'
    r"|^(?:(?:size|eu|uk|us)\s*)?(?:x{0,3}[sl]|m|xxs|\d{2}(?:\.5)?\s*(?:码|号|碼|號)?|[大中小加]号|大码|小码|均码|加大|特大)"
    r"(?:码|号|碼|號)?\s*(?:的|嘅|size)?$", re.IGNORECASE)
# A place after a verb of sending that no saved address names: "send 3 bags to the allotment", "deliver to the chapel".
_SENT_TO = re.compile(
    r"\b(?:send|deliver|ship|bring|take|post|drop)\b[^.?!]{0,50}?\bto (?:the|my|our) (?P<place>[a-z]+(?: [a-z]+)?)"
    r"(?=$|\s*[,.;!?]|\s+(?:by|before|on|at|tomorrow|today|tonight|this|next)\b)", re.IGNORECASE)
_OWN_PLACES = {"home", "house", "work", "flat", "apartment", "office", "door", "front door", "address", "usual address",
               "usual place", "same address", "place", "desk"}


def _count(raw: str) -> int | None:
    raw = raw.replace(",", "")
    return int(raw) if raw.isdigit() else lx.zh_number(raw)


def too_many(text: str) -> bool:
    """A count of goods no household buys at once: a thousand or more."""
    for pattern in (_ZH_COUNT, _EN_COUNT):
        for match in pattern.finditer(text):
            if _PRICE_BEFORE.search(text[max(0, match.start() - 14):match.start()]):
                continue
            count = _count(match.group("n"))
            if count is not None and count >= _HOUSEHOLD_MAX and not 1900 <= count <= 2100:  # a year, a model
                return True
    return False


def bare_unit(text: str) -> bool:
    """A unit of weight or volume said with no number."""
    return bool(_BARE_UNIT.search(text))


def names_nothing(query: str) -> bool:
    """The product phrase names no product: the usual, only pronouns and particles, or only a size."""
    return bool(_NOTHING_NAMED.search(query.strip()))


def unsaved_place(text: str, labels: list[str]) -> bool:
    """A place the goods are sent to that is none of the saved addresses."""
    if np.someone_elses(text):  # "to my mum's church"
        return True
    for match in _SENT_TO.finditer(text):
        place = match.group("place").lower()
        if place not in _OWN_PLACES and place not in {label.lower() for label in labels}:
            return True
    return False


def shortfall(text: str, product: str, labels: list[str] | None) -> tuple[str, str] | None:
    """(question, missing fact) for what a purchase left out or got beyond bounds; else None."""
    if names_nothing(product):
        return ("Which product do you mean? Please name it.", "query")
    if bare_unit(text):
        return ("How much exactly? Please give the number with the unit.", "quantity")
    if too_many(text):
        return ("That is more than a household buys at once; how many do you need?", "quantity")
    if labels is not None and unsaved_place(text, labels):
        return (f"I can only deliver to one of your saved addresses ({', '.join(labels) or 'none saved'}); which one?",
                "address_label")
    return None
