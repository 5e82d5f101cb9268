"""A return read from a sentence about an order already placed: which order (named by id, as the last one, or
by an item only one recent order holds), which item of it, and why it goes back. It asks instead when a purchase
is said with it, the refund is to go elsewhere, or the order or item cannot be told.
"""

from __future__ import annotations

import re

from errand.domain.intents import Plan, ReturnIntent

from . import ordered as od
from . import phrases as ph
from . import placed_said as ps
from . import reasons as rs
from . import shopping as sh
from . import unlike as un
from .context import PlanRequest

_ask = sh.ask


# A purchase in the same sentence as a return: 'buy AA batteries and also return the headphones', 'return the
# kettle and order a new one'. 'order arrived broken' is no purchase.
_PURCHASE_TOO = re.compile(r"(?:^|\b(?:and|also|then|plus)\s+)(?:(?:buy|purchase)\s+(?!it\b|them\b|back\b|ord_)\w"
                           r"|(?:order|get)\s+(?:me\s+|us\s+)?(?:a|an|some|\d+|one|two|three|another|new)\b)",
                           re.IGNORECASE)


# The product said with 'the last order': '上次买的锅' (the pot bought last time), 'the blender from my last order'.
_WITH_LAST = re.compile(r"(?:上次|刚|最近)买的(?:那个|那|这个)?(?P<zh>[^，,。；;！!？?\s退了吧的]{1,6})"
                        r"|\b(?:the|my) (?P<en>[a-z]+(?: [a-z]+)?) (?:from|in|of) (?:my |the )?(?:last|latest|most recent"
                        r"|previous) (?:order|purchase)\b", re.IGNORECASE)
# Words that name no product: '上次买的东西', 'the stuff from my last order'.
_NO_PRODUCT = re.compile(r"^(?:东西|货|那单|那个|这单|items?|stuff|things?|everything|rest|whole thing|lot)$", re.IGNORECASE)


def _named_with_last(text: str) -> str | None:
    """The product a sentence names with its last order, or None."""
    found = _WITH_LAST.search(text)
    if found is None:
        return None
    named = (found.group("zh") or found.group("en") or "").strip()
    return None if not named or _NO_PRODUCT.match(named) else named


def return_of(text: str, request: PlanRequest) -> Plan:
    if ps.refund_elsewhere(text):  # '钱退到我老公的卡上', "refund it to my friend's paypal"
        return _ask("A refund goes back the way the order was paid; shall I return it that way?", "payment")
    if _PURCHASE_TOO.search(text):
        return _ask("That is two errands at once; which should I do first?", "intent")
    lower = text.lower()
    order_id, product_id = None, None
    explicit = ph.ORDER_ID.search(text)
    orders = request.context.recent_orders
    if explicit:
        order_id = explicit.group(0)
        known = next((o for o in orders if o.order_id == order_id), None)
        if known is None and orders:
            return _ask(f"I can't find {order_id} among your recent orders; which order is it?", "order_id")
        if known is not None and len(known.items) > 1 and not od.WHOLE.search(text):
            said: list[str | None] = [i.product_id for i in known.items if i.product_id.lower() in lower]  # 'prd-00014 from ord_h3'
            items = said or [p for _, p in od.named_items(text, [known])]
            product_id = items[0] if len(items) == 1 else None
    elif re.search(r"\b(?:last|latest|most recent|previous) (?:order|purchase)\b|上一单|最近的订单|刚买的|上次买的",
                   lower) and orders:
        named = _named_with_last(text)
        if named and not od.named_items(named, orders[:1]):
            return _ask(f"Your last order ({orders[0].order_id}) holds no {named}; which order is it?", "order_id")
        order_id = orders[0].order_id
    else:
        hits = od.named_items(text, orders)
        if len({o.order_id for o, _ in hits}) == 1:
            whole = len(hits) > 1 or od.WHOLE.search(text) or len(hits[0][0].items) == 1
            order_id, product_id = hits[0][0].order_id, None if whole else hits[0][1]
        elif hits:
            return _ask("Which order do you mean? " + ", ".join(sorted({o.order_id for o, _ in hits})) + ".",
                        "order_id")
    if order_id is None:
        return _ask("Which order is it? Please give the order id (it starts with “ord_”).", "order_id")
    why = rs.reason(lower)
    held = [i.title for o in orders if o.order_id == order_id for i in o.items if product_id in (None, i.product_id)]
    if why == "other" and held and un.other_than_ordered(text, held):
        why = "wrong_item"  # 'the box had XM4s inside' for a WH-1000XM5, 'they sent triple A' for AA
    return Plan(action=ReturnIntent(shopper_id=request.context.shopper_id, order_id=order_id, product_id=product_id,
                                    reason=why, description=text[:1000], sentence=text))
