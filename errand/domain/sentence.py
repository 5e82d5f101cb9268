"""A minimal rule parser for buy sentences, used until (and beside) the planner.

"two packs of AA batteries under ¥40, delivered home" → BuyIntent(quantity=2, query="AA batteries",
max_unit_price=4000, address_label="home"). It refuses rather than guesses: a sentence it cannot read
raises SentenceNotUnderstood with a message that says what was missing.
"""

from __future__ import annotations

import re

from .models import BuyIntent
from .money import parse_major

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "a couple of": 2, "a pair of": 2, "a dozen": 12,
}
_CONTAINERS = r"(?:packs?|packets?|boxes|box|bottles?|bags?|sets?|pieces?|pcs|units?|cans?|cartons?|cups?|of)"
_CURRENCY = r"(?:¥|￥|rmb\s*|cny\s*|yuan\s*)"
_PRICE = re.compile(
    r"\b(?:under|below|less than|no more than|at most|max(?:imum)?|up to|for)\s+"
    rf"(?:{_CURRENCY})?(?P<amount>\d[\d,]*(?:\.\d+)?)\s*(?:yuan|rmb|cny|元|块)?"
    r"(?P<total>\s*\b(?:in total|total|altogether|all in))?(?P<each>\s*\b(?:each|apiece|per \w+))?",
    re.IGNORECASE,
)
_DELIVERY = re.compile(
    r"[,;]?\s*\b(?:(?:delivered|deliver|send|ship(?:ped)?)(?:\s+it)?\s+)?(?:to\s+)?(?:my\s+|the\s+)?"
    r"(?P<label>home|office|work)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^\s*(?:please\s+)?(?:(?:can you|could you)\s+)?(?:buy|get|order|find|purchase)?\s*(?:me\s+)?",
    re.IGNORECASE,
)
_QUANTITY = re.compile(
    r"^\s*(?P<qty>-?\d+|" + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
    + rf")\b\s*(?:x\s+|×\s*)?(?:{_CONTAINERS}\s+)*(?:of\s+)?",
    re.IGNORECASE,
)


class SentenceNotUnderstood(ValueError):
    """The sentence does not say clearly enough what to buy; the message says what is missing."""


def parse_buy_sentence(sentence: str, shopper_id: str) -> BuyIntent:
    text = " ".join(sentence.split())
    if not text:
        raise SentenceNotUnderstood("Say what to buy, e.g. “two packs of AA batteries under ¥40, delivered home”.")
    if len(text) > 300:
        raise SentenceNotUnderstood("That sentence is too long; say what to buy in one short sentence.")
    max_unit: int | None = None
    max_total: int | None = None
    price = _PRICE.search(text)
    if price:
        try:
            amount = parse_major(price.group("amount"))
        except ValueError as exc:
            raise SentenceNotUnderstood(f"I could not read the price “{price.group(0).strip()}”.") from exc
        if amount <= 0:
            raise SentenceNotUnderstood("A price cap must be more than zero.")
        if price.group("total"):
            max_total = amount
        else:
            max_unit = amount
        text = (text[: price.start()] + text[price.end():]).strip()
    address = "home"
    delivery = _DELIVERY.search(text)
    if delivery:
        label = delivery.group("label").lower()
        address = "office" if label == "work" else label
        text = (text[: delivery.start()] + text[delivery.end():]).strip()
    text = _LEAD.sub("", text, count=1)
    quantity = 1
    qty = _QUANTITY.match(text)
    if qty:
        raw = qty.group("qty").lower()
        quantity = int(raw) if raw.lstrip("-").isdigit() else _NUMBER_WORDS[raw]
        text = text[qty.end():]
    if quantity <= 0:
        raise SentenceNotUnderstood(f"The quantity must be at least 1 (got {quantity}).")
    if quantity > 999:
        raise SentenceNotUnderstood(f"{quantity} is more than one errand can buy (at most 999).")
    query = re.sub(r"[,.;!?]+", " ", text)
    query = re.sub(r"\b(?:please|for me|now|asap)\b", " ", query, flags=re.IGNORECASE)
    query = " ".join(query.split())
    if not query or not re.search(r"[A-Za-z\u4e00-\u9fff]", query):
        raise SentenceNotUnderstood("I could not tell what to buy; name the product, e.g. “AA batteries”.")
    return BuyIntent(
        shopper_id=shopper_id, query=query[:200], quantity=quantity, max_unit_price=max_unit,
        max_total=max_total, address_label=address, sentence=sentence.strip()[:300],
    )
