"""What came in place of the goods ordered, said beside them: 'the Midea kettle came as a Bear one instead', 'they
sent me Sony ones instead', 'instead we got a Philips', 熊的玻璃壶发来的却是美的的, 美的水壶寄过来的是小熊牌的, 发来一盒七号的.

The goods that came name no order: a return finds its order by the goods ordered, said beside them ('the Midea
kettle' in 'the Midea kettle came as a Bear one instead' is ord_k1, though a Bear kettle is in another order). When
the goods said to have come in place of the ones ordered carry the brand of the order's item the return found (the
first word of its title), the shopper's order holds what they say came, not what they say they ordered ('the Philips
headphones came as Sony ones instead' with Sony headphones ordered): the planner asks which order is meant.
"""

from __future__ import annotations

import re

from errand.domain.intents import Plan

from . import phrases as ph
from .context import PlanRequest

# A day, a time or the goods themselves are no other goods: 'delivered in the morning instead', 'sent it Monday instead'.
_NOT_GOODS = (r"(?!(?:it|them|this|that|on|in|at|by|to|for|from|before|after|early|earlier|later|late|tomorrow|today|tonight"
              r"|next|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
              r"|morning|afternoon|evening|night|noon|midday|day|week|weekend|\d+)\b)")
_WHAT = r"(?:an?\s+|some\s+|the\s+|a pair of\s+|a pack of\s+)?" + _NOT_GOODS + r"(?P<{}>[\w'-]+(?:\s+[\w'-]+){{0,3}}?)"
# 'came as a Bear one instead', 'was delivered as some Sony ones instead', 'they sent me Sony ones instead',
# 'instead we got a Philips', 'instead they shipped a Bear kettle'.
_EN_CAME = re.compile(
    r"\b(?:(?:came|arrived|turned up|showed up|(?:was|were|got) (?:delivered|sent|shipped))\s+as|turned out to be"
    rf"|(?:is|was|are|were) actually)\s+{_WHAT.format('a')}\s+instead\b(?!\s+of)"
    rf"|\b(?:sent|shipped|delivered|gave|got|received)\s+(?:me\s+|us\s+)?{_WHAT.format('b')}\s+instead\b(?!\s+of)"
    rf"|\binstead,?\s+(?:i|we|they|you|the seller)\s+(?:got|received|sent|shipped|delivered)\s+(?:me\s+|us\s+)?"
    rf"{_WHAT.format('c')}(?=\s*(?:[,.;!—–-]|$))",
    re.IGNORECASE)
# '发来的却是美的的', '寄过来的是小熊牌的', '发成了七号', '发来一盒七号的'.
_ZH_CAME = re.compile(
    r"(?:发|寄|送|到|来|收到|拿到)(?:来|过来|到)?(?:了)?的(?:却|竟然|居然|怎么|其实|竟)?是(?P<z>[^，,。；;！!]{1,12}?)"
    r"(?=$|[，,。；;！!]|不是|而不是)"
    r"|(?:发|寄|送)成了?(?P<y>[^，,。；;！!]{1,12}?)(?=$|[，,。；;！!])"
    r"|(?:发|寄|送)(?:来|过来)了?(?:一|两|个|盒|箱|双|副|台|包|板|只)+(?P<x>[^，,。；;！!]{1,10}?)(?=$|[，,。；;！!])")
# What came set against what was chosen when ordering: '收到的是AAA，下单选的是AA', '发的是42码，我当时买的时候挑的44'.
_ZH_CHOSEN = (r"(?:收到|来|到|发来|寄来|送来|发|寄|送)的(?:却|竟然|居然)?是[^，,。；;]{1,12}[，,]\s*(?:我|俺)?(?:当时|明明)?"
              r"(?:下单|买|订|拍)(?:时|的时候)?(?:明明|的)?(?:选|挑|点|拍|要)(?:的|了)")
# Another thing came instead: a wrong item ('came as a Bear one instead', '收到的是AAA，下单选的是AA').
WRONG = _EN_CAME.pattern + "|" + _ZH_CHOSEN


def came(text: str) -> list[str]:
    """The goods said to have come in place of the ones ordered."""
    return [g for m in (*_EN_CAME.finditer(text), *_ZH_CAME.finditer(text)) for g in m.groups() if g]


def without(text: str) -> str:
    """``text`` without the goods that came in place of the ones ordered."""
    for phrase in came(text):
        text = text.replace(phrase, " ", 1)
    return text


def question(text: str, plan: Plan, request: PlanRequest) -> tuple[str, str] | None:
    """Which order, when the goods said to have come instead are the item of the order the return found."""
    action = plan.action
    if action.kind != "return" or getattr(action, "reason", None) != "wrong_item":
        return None
    order_id, product_id = getattr(action, "order_id", None), getattr(action, "product_id", None)
    for phrase in came(text):
        said = set(re.findall(r"[a-z][a-z-]+", ph.translate(phrase).lower()))
        for order in request.context.recent_orders:
            brands = {i.product_id: i.title.split()[0].lower() for i in order.items}
            if order.order_id == order_id and any(brand in said for item, brand in brands.items()
                                                  if product_id in (None, item)):
                return (f"Your order {order_id} holds {phrase.strip()}, the goods you say came instead; which order "
                        "do you mean?"), "order_id"
    return None
