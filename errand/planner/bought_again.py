"""The same product bought again: 'buy the same Sony headphones again', 'reorder the Nanfu batteries', 'order another
Midea kettle, the same one as before', 再买一个美的水壶，和上次一样, 南孚电池再买一份, 'reorder what was in ord_k1'.

A reorder is a purchase of the product it names, read once the words of buying again are taken off. When it names
no product but one recent order ('the same thing as ord_b2 again'), it buys that order's item, by its title. It asks
when the product it names is in two recent orders' items ('reorder the kettle': the Midea or the Bear?), when it names
neither a product nor an order ('buy the same as last time', 'reorder my last order'), or when an order named holds
several items. A return, a question, a price watch or a drinks order is left to its own readers.
"""

from __future__ import annotations

import re

from . import phrases as ph
from .context import OrderSummary

_I = re.IGNORECASE
_EN_CUE = re.compile(r"\bre-?order\b|\bagain\b|\b(?:the )?same (?:one |thing |product |item )?as (?:last time|before)\b"
                     r"|\bthe same\b", _I)
_ZH_CUE = re.compile(r"再(?:买|来|订|要|下)|[和跟同]上次一样|照上次|回购|复购")
# What is left to its own readers: a return, a question, a price watch, a drinks order, a negation.
_LEFT = re.compile(r"\b(?:return|refund|send (?:it )?back|where|when|did|has|have|status|watch|alert|drops?|falls?|don'?t"
                   r"|never|not|cancel|stop|drinks?|coffees?|teas?|lattes?|cups?)\b|\?|？|退|哪|什么时候|吗|没|别|不|盯|提醒|杯|取消",
                   _I)
_EN_STRIP = [
    (re.compile(r"\bre-?order\b", _I), "buy"),
    (re.compile(r"\s*,?\s*(?:just\s+)?(?:the\s+)?same (?:one |thing |product |item )?as (?:last time|before|in)\b", _I), " "),
    (re.compile(r"\bthe same (?:one|thing|product|item)\b", _I), "the"),
    (re.compile(r"\bthe same\b", _I), "the"),
    (re.compile(r"\banother (?=pair of|pack of|box of|set of|one of)", _I), "a "),
    (re.compile(r"\banother\b", _I), "a"),
    (re.compile(r"\s*\bagain\b", _I), ""),
    (re.compile(r"\s*,?\s*\bas (?:last time|before)\b", _I), ""),
    (re.compile(r"\bwhat was in\b", _I), ""),
]
_ZH_STRIP = [
    (re.compile(r"[，,]?\s*[和跟同]上次一样[的]?"), ""),
    (re.compile(r"照上次"), ""),
    (re.compile(r"再(?=[买来订要下])"), ""),
    (re.compile(r"回购|复购"), "买"),
]
_NOTHING_LEFT = re.compile(r"^(?:buy|get|order|purchase|i want to|i'd like to|please|the|a|an|my|last|previous|order|orders"
                           r"|thing|one|it|that|stuff|same|一个|一份|一单|一次|买|来|订|要|下|一|个|份|单|次|的|吧|老样子"
                           r"|上次|那个|这个|\s|[,.!，。！])*$", _I)


def _stripped(text: str) -> str:
    for pattern, word in (_ZH_STRIP if re.search(r"[\u4e00-\u9fff]", text) else _EN_STRIP):
        text = pattern.sub(word, text)
    text = re.sub(r"^(.+?)([买来订要下])(一份|一次|一单)?$", r"\2\1", text.strip(" ，,。"))  # '南孚电池再买一份'
    return " ".join(text.split()).strip(" ,，")


def read(text: str, orders: list[OrderSummary]) -> str | tuple[str, str]:
    """The reorder written as a plain purchase, or (question, missing) when it does not say which product; any
    other sentence comes back as said."""
    if not (_EN_CUE.search(text) or _ZH_CUE.search(text)) or _LEFT.search(text):
        return text
    if not re.search(r"\b(?:buy|get|order|purchase|re-?order)\b|[买来订要下购]", text, _I):
        return text
    plain = _stripped(text)
    ids = set(ph.ORDER_ID.findall(text))
    named = [o for o in orders if o.order_id in ids]
    if named:
        items = [item for order in named for item in order.items]
        if len(items) != 1:  # 'the same headphones as in ord_h3': the item the words name, when only one is
            rest = re.sub(r"\s*\b(?:as\s+)?(?:in|from|of)\s*$|里的?|中的?", "", ph.ORDER_ID.sub("", plain), flags=_I)
            picked = {product for _, product in ph.match_orders(rest, named)} if not _NOTHING_LEFT.match(rest) else set()
            if len(picked) != 1:
                return ("Which item of that order should I buy again?", "query")
            items = [item for item in items if item.product_id in picked]
        title = items[0].title.split(",")[0].strip()
        if not _only_the_item(plain, items[0].title):
            return text  # a place, a person or a second wish said beside it: read as said
        verb = "买" if re.search(r"[\u4e00-\u9fff]", text) else "Buy"
        return f"{verb} {title}" if verb == "Buy" else f"买{title}"
    rest = ph.ORDER_ID.sub("", plain)
    if _NOTHING_LEFT.match(rest):
        return ("Which product should I buy again? Please name it or the order it was in.", "query")
    products = {product for _, product in ph.match_orders(rest, orders)}
    if len(products) > 1:
        titles = sorted({item.title for order in orders for item in order.items if item.product_id in products})
        return (f"Which one do you mean: {' or '.join(titles)}?", "query")
    return plain if products else text


def _only_the_item(plain: str, title: str) -> bool:
    """Nothing but the order, the item's own words and a verb of buying is said."""
    words = {w.lower() for w in re.findall(r"[A-Za-z0-9.-]+", title)}
    rest = ph.translate(ph.ORDER_ID.sub(" ", plain))
    rest = " ".join(w for w in re.findall(r"[A-Za-z0-9.'-]+|[^\sA-Za-z0-9.'-]+", rest) if w.lower().strip(".") not in words)
    rest = re.sub(r"\b(?:as|in|from|of|same|again|what|was|items?|packs?|pair|set|box)\b|[里中的]", " ", rest, flags=_I)
    return bool(_NOTHING_LEFT.match(rest.strip()))
