"""An opener from another language said before a request about a placed order: 'yalla, did the stainless kettle
ship?', 'che, the Bear kettle, 1 December, late afternoon', 'ela, where are my running shoes?', 'yalla habibi, has
ord_b2 shipped yet?'.

One or two words before the first comma or '!' that English's lexicon (lemminflect's) does not hold are a greeting,
an address word or a particle when what follows names one of the shopper's orders (its id, an errand's id, a product
an order holds, or 'my order'/'my parcel'); the readers of placed orders then read what follows. A word a check must
hear (a system word, a role) is never taken off, nor a word written with a capital (a brand or a place).
"""

from __future__ import annotations

import re

import lemminflect  # type: ignore[import-untyped]

from . import ordered as od
from . import phrases as ph
from .context import OrderSummary

_OPENER = re.compile(r"^\s*((?:[a-zà-öø-ÿ'’]+\s+)?[a-zà-öø-ÿ'’]+)\s*[,!]\s+(?=\S)")
_HEARD = re.compile(r"^(?:sudo|admin|root|system|sys|dev|override|jailbreak|ignore|forget|urgent|boss|ceo|police|"
                    r"support|agent|bot|assistant|ai)$", re.IGNORECASE)
_ORDER_WORD = re.compile(r"\b(?:my|the|our)\s+(?:order|parcel|package|delivery|shipment)s?\b", re.IGNORECASE)


def plain(text: str, orders: list[OrderSummary]) -> str:
    """``text`` without an opener no English word when the rest names one of the shopper's orders."""
    found = _OPENER.match(text)
    if found is None or not all(_foreign(word) for word in found.group(1).split()):
        return text
    rest = text[found.end():]
    if ph.ORDER_ID.search(rest) or ph.ERRAND_ID.search(rest) or _ORDER_WORD.search(rest) or od.named_items(rest, orders):
        return rest
    return text


def _foreign(word: str) -> bool:
    low = word.lower().strip("'’")
    return len(low) >= 2 and not _HEARD.match(low) and (not lemminflect.getAllLemmas(low) or low in {"hi", "hey", "yo"})
