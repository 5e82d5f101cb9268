"""A delivery moved by naming an order the shopper does not have: an order number that is none of theirs ('reschedule
order 12345 to 1500h tomorrow', '改期訂單A123到25/11') or a product none of their recent orders holds ('move the TV order
to Thursday', 'my sofa delivery', '電視嗰單改去25/11').

A drinks run named by its shop or its drink ('my Luckin order') is an errand of the shopper's own that the recent
orders do not list, and is left to the reschedule reader. The reschedule reader fills in the order when a recent one holds what is named; when it found none, the delivery
named is not one of the shopper's, and moving the latest undelivered one instead would move the wrong parcel.
"""

from __future__ import annotations

import re

from . import drinks as dr
from . import phrases as ph
from .context import OrderSummary

QUESTION = "I can't find that order among your recent orders; which order is it? (Its id starts with “ord_”.)"

# An order number as the shopper writes it, other than the planner's own 'ord_…' ids.
_NUMBERED = re.compile(r"(?:\border|订单|訂單|单号|單號)\s*(?:#|no\.?\s*|number\s*|号|號|:|：)?\s*(?=[A-Za-z]{0,3}-?\d)"
                       r"[A-Za-z0-9][\w-]{2,}|#\s*\d{3,}", re.IGNORECASE)
_EN_NAMED = re.compile(r"\b(?:the|my|our)\s+(?P<named>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:order|delivery|parcel|package"
                       r"|shipment)\b", re.IGNORECASE)
# 'the order for the TV': the product after the order, up to where the new time begins.
_EN_NAMED_AFTER = re.compile(r"\b(?:order|delivery|parcel|package|shipment)\s+(?:for|of|with)\s+(?:the|my|a|an)\s+"
                             r"(?P<named>[\w'-]+(?:\s+[\w'-]+)?)(?=\s+(?:to|till|until|on|for|from|back)\b|\s*[,.]|$)",
                             re.IGNORECASE)
_ZH_NAMED = re.compile(r"(?:^|[，,。\s]|把|将|將)(?:我的|我嘅|我)?(?P<named>[\u4e00-\u9fffA-Za-z]{1,6}?)(?:的|嘅)?"
                       r"(?:那单|那單|嗰单|嗰單|订单|訂單|快递|快遞|包裹)")
# Words that say which delivery by its time, place in a list or shop, not by what it holds.
_NOT_GOODS = frozenset((
    "tomorrow's", "today's", "yesterday's", "tonight's", "next", "latest", "last", "recent", "new", "first",
    "second", "third", "big", "small", "other", "usual", "online", "pending", "current", "upcoming", "weekly",
    "monthly", "morning", "afternoon", "evening", "whole", "entire", "earlier", "previous", "one", "this", "that",
    "same", "express", "standard", "next-day", "scheduled", "late", "delayed", "jd", "taobao", "tmall", "amazon",
    "meituan", "pinduoduo", "sf", "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's",
    "sunday's", "week's", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "tomorrow", "tonight", "rest", "of", "remaining", "ups", "dhl", "fedex", "ems", "courier", "whole", "entire"))
_ZH_NOT_GOODS = re.compile(r"[天周週星期号號日月早午晚次改期最近刚剛新这這那个個一二两兩三上下昨今明后後前我你他她它们們的嘅]")


def unheld(text: str, orders: list[OrderSummary]) -> bool:
    """``text`` names an order by number or by product that none of the shopper's recent ``orders`` holds."""
    if _NUMBERED.search(text):
        return True
    names = [m.group("named") for m in (*_EN_NAMED.finditer(text), *_EN_NAMED_AFTER.finditer(text))
             if any(word.casefold() not in _NOT_GOODS and not re.search(r"\d", word) for word in m.group("named").split())]
    names += [m.group("named") for m in _ZH_NAMED.finditer(text) if not _ZH_NOT_GOODS.search(m.group("named"))]
    # a drinks run ('my Luckin order', 'the coffee order') is an errand of its own, not one of the recent orders
    return any(not (ph.chain(name) or dr.DRINK.search(name) or ph.match_orders(name, orders)) for name in names)
