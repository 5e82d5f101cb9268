"""A question about a placed order told by its cue word rather than by a question's opening.

Shoppers ask after an order with a noun of where it is ('the whereabouts of ord_k1', 'an ETA on the Bear kettle',
'the current location of', 'an arrival estimate for') and no 'where' or 'when' at the start: "I'm after an ETA on
…", "need an ETA for …", "Kindly advise the current location of …". In Chinese, whether it already happened is
asked with 是不是已经 / 是否已经 before the step (签收, 送到, 发货): '电池那单是不是已经签收了'.

The cue says the topic as well: a place or an arrival is ``where``; whether a step already happened is ``status``.
A question is read only when the sentence names an order (an id, an order word or an item of a recent order).
"""

from __future__ import annotations

import re
from typing import Literal

from . import phrases as ph
from .context import OrderSummary

Topic = Literal["where", "status", "cost", "other"]

# Nouns of where an order is or when it comes: 'whereabouts', 'ETA', 'current location', 'arrival estimate'.
_WHERE_NOUN = re.compile(
    r"\b(?:whereabouts|eta|e\.t\.a\.?|(?:current |present |exact )?location|arrival (?:estimate|date|time|window)"
    r"|estimated (?:time of )?(?:arrival|delivery)|delivery (?:estimate|eta|window)|expected (?:arrival|delivery)"
    r"|tracking (?:info(?:rmation)?|update|details))\b", re.IGNORECASE)
# Whether a step already happened, asked in Chinese: '是不是已经签收了', '是否已送达', '是不是已经发货了'.
_ALREADY = re.compile(r"(?:是不是|是否|是不)(?:已经|已)?(?:签收|送到|送达|到了|到|发货|发出|寄出|收到|派送|出库|揽收)")
# Words of a new purchase or a watch: a sentence holding them asks for something new, not after an order.
_NEW = re.compile(r"\b(?:buy|purchase|order (?:a|an|some|\d+|another)|cheaper|price|drops?|below|under)\b|买|降价|便宜",
                  re.IGNORECASE)
_ORDER_WORD = re.compile(r"\b(?:order|parcel|package|delivery|shipment)s?\b|订单|快递|包裹|那单|这单", re.IGNORECASE)


# What something already bought came to, said without 'cost' or 'how much': 'what did the lattes come to', 'what did it
# all add up to', 'what did ord_b2 amount to altogether', 'what was the damage all told'.
_CAME_TO = re.compile(r"\bwhat (?:did|does|do|has|have|was|were|is|'s)\b[^?.!]{0,50}?\b(?:come to|came to|add(?:ed)? up to"
                      r"|amount(?:ed)? to|total(?:led)?(?: up)?(?: to)?)\b|\bwhat (?:was|is|'s) the damage\b", re.IGNORECASE)
# A chat opener before a yes-or-no question, or a yes-or-no tail: 'yo did …', 'ok so has …', 'bro is … here yet', '… or nah'.
_OPENER = re.compile(r"^(?:(?:yo|oi|ok(?:ay)?|so|bro|dude|mate|fam|ngl|lol|um+|uh+|right|hey)\b[,!]?\s+)+"
                     r"(?=(?:did|has|have|is|are|was|were)\b)", re.IGNORECASE)
_WHETHER = re.compile(r"^(?:did|has|have|is|are|was|were)\b[^?]{0,60}?\b(?:yet|or (?:nah|not|no|what))\b", re.IGNORECASE)
# Whether it came, said with a verb of arriving ('did the batteries turn up yet', 'has ord_b2 shown up', 'did it land'):
# whether, not where or when.
_CAME = re.compile(r"^(?:did|has|have|is|are)\b[^?]{0,60}?\b(?:land(?:ed)?|turn(?:ed)? up|show(?:n|ed)? up|get here|got here"
                   r"|reach(?:ed)?|arrive[d]?|here)\b(?![^?]{0,30}\b(?:where|when|what (?:day|time)|eta)\b)", re.IGNORECASE)


def unopened(text: str) -> str:
    """``text`` without a chat opener before a yes-or-no question ('yo did …' → 'did …')."""
    return _OPENER.sub("", text)


def _names_order(text: str, orders: list[OrderSummary]) -> bool:
    return bool(ph.ORDER_ID.search(text) or ph.ERRAND_ID.search(text) or _ORDER_WORD.search(text)
                or ph.match_orders(text, orders))


def asks_after(text: str, orders: list[OrderSummary]) -> bool:
    """'I'm after an ETA on the Bear kettle', 'Kindly advise the current location of ord_b2', '电池那单是不是已经签收了':
    a question about a named order told by its cue word."""
    if _NEW.search(ph.ORDER_ID.sub(" ", ph.ERRAND_ID.sub(" ", text))):
        return False
    asked = bool(_WHERE_NOUN.search(text) or _ALREADY.search(text) or _WHETHER.search(unopened(text)))
    return asked and _names_order(text, orders)


def topic(text: str, read: Topic) -> Topic:
    """The topic the cue words say, over the one read from the question's opening: what it came to is ``cost``;
    whether it already happened or came is ``status``; its whereabouts, location or ETA ``where``."""
    if read in ("cost", "other"):
        return read
    if _CAME_TO.search(text):
        return "cost"
    if read == "where" and _CAME.search(unopened(text)):
        return "status"
    if _ALREADY.search(text):
        return "status"
    if _WHERE_NOUN.search(text):
        return "where"
    return read
