"""An order and a product said together that do not fit: an order id named with a product that is none of that
order's items ('send back the batteries from ord_k1', 'ord_b2里的耳机改到周一送'), and a question about the order of
a product no recent order holds ('where is my tablet order?', '我买的投影仪到哪了',
'is my blender shipped yet', '我的投影仪发货了吗'). Either way the shopper means
another order or another product than the one the planner would act on, so it asks which.

Products are matched as the planner matches them when it finds an order by its product (phrases.match_orders):
a product that matches one of the named order's items is that item.
"""

from __future__ import annotations

import re

from errand.domain.intents import Plan

from . import drinks as dr
from . import phrases as ph
from .context import PlanRequest

# Words that name an order or its goods in general, not a product: 'the stuff in ord_h3', '我的快递'.
_GENERIC_EN = {"order", "orders", "item", "items", "stuff", "thing", "things", "goods", "package", "packages",
               "parcel", "parcels", "delivery", "deliveries", "shipment", "purchase", "purchases", "product",
               "products", "box", "boxes", "everything", "all", "whole", "lot", "one", "ones", "last", "latest",
               "recent", "first", "second", "other", "new", "old", "online", "big", "small", "entire", "rest",
               "it", "them", "that", "this", "those", "these", "my", "the", "a", "an", "of", "in", "from", "and",
               "order's", "two", "both", "remaining", "current", "previous", "yesterday's", "today's", "week's",
               "shopping", "amazon", "taobao", "jd", "refund", "return", "money", "stuff's"}
_GENERIC_ZH = re.compile(r"东西|快递|包裹|订单|单子|那单|这单|货物?|宝贝|商品|那个|这个|那些|这些|全部|所有|一单|那件|这件|"
                         r"上一单|最近|上次|之前|刚才|昨天|今天|网购|退款|钱|款|物流|件|个|单|的|了|呢|吗|啊|全|都|也"
                         r"|统统|通通|一起|两|俩|样")  # '两样东西全部', '东西统统': the whole order
_ORDER_WORDS = r"(?:order|delivery|parcel|package|shipment)"
_STATUS_WORDS = (r"(?:arrive|arriving|come|coming|get here|be here|be delivered|ship|shipped|show up|turn up|land|"
                 r"status|at|now|been sent|dispatched|go out|leave)")
# The product a question asks about: 'my tablet order', 'where is my tablet', 'has my blender shipped'.
_ASKED_EN = re.compile(
    rf"\bmy\s+(?P<a>[a-z0-9][\w' -]{{1,40}}?)\s+{_ORDER_WORDS}s?\b"
    rf"|\bwhen (?:will|does|do|is|are)\s+my\s+(?P<b>[a-z0-9][\w' -]{{1,40}}?)\s+(?:arrive|arriving|come|coming|get here"
    rf"|be here|be delivered|ship|shipped|show up|turn up)\b"
    rf"|\b(?:has|have)\s+my\s+(?P<c>[a-z0-9][\w' -]{{1,40}}?)\s+(?:shipped|arrived|been sent|been shipped|been delivered"
    rf"|left|gone out)\b"
    rf"|\b(?:is|are)\s+my\s+(?P<e>[a-z0-9][\w' -]{{1,40}}?)\s+(?:shipped|sent|dispatched|out)\b(?:\s+yet)?"
    rf"|\bwhere(?:'s| is| are)\s+my\s+(?P<d>[a-z0-9][\w' -]{{1,40}}?)\s*(?:\?|$)",
    re.IGNORECASE)
_ASKED_ZH = re.compile(
    r"我(?:买的|订的|下单的|网购的|拍的|定的)(?P<z>[^，,。？?！!的了呢吗]{1,12}?)(?:的)?(?:订单|那单|这单|快递|包裹)?"
    r"(?=到哪|到了没|什么时候|啥时候|几时|发货|发了|还没|在哪|怎么还|物流|到没到)"
    r"|我的(?P<y>[^，,。？?！!的了呢吗]{1,12}?)(?:订单|那单|这单)"
    r"|我的(?P<x>[^，,。？?！!的了呢吗]{1,12}?)(?=(?:已经|还没|有没有)?(?:发货|发出|寄出|发)了?(?:吗|没|么|嘛|没有))")
# What an order has besides its goods: 'the wrong size in ord_k1', 'the shipping on ord_h3', 'ord_h3的运费'.
_NOT_GOODS = re.compile(r"size|colou?r|wrong|shipping|postage|fee|cost|total|price|time|eta|address|status|date|refund"
                        r"|return|whereabouts|tracking|invoice|receipt|payment|box|packaging|label|courier|运费|状态|包裹"
                        r"|地址|价格|发票|物流|单号|快递|时间|金额|钱|訂單|狀態|包裹", re.IGNORECASE)
# A product tied to an order id: 'the tablet from ord_k1', "ord_b2's tablet", 'ord_k1里的平板'.
_TIED_EN = re.compile(
    rf"\b(?:the|my|our|that|those|these)\s+(?P<a>[a-z0-9][\w' -]{{1,40}}?)\s+(?:that (?:came|arrived) )?"
    rf"(?:from|in|of|on|inside|with)\s+(?:order\s+)?{ph.ORDER_ID.pattern}"
    rf"|{ph.ORDER_ID.pattern}(?:'s|’s)\s+(?P<b>[a-z0-9][\w -]{{1,30}}?)(?=\s+(?:to|for|back|please|on|by|in|"
    rf"arrive|ship|shipped|come)\b|[,.?!]|$)",
    re.IGNORECASE)
_TIED_ZH = re.compile(rf"{ph.ORDER_ID.pattern}\s*(?:(?:里面|里|中|当中|内|中间)的?|的)"
                      r"(?![改退换送发到全要已还是能可在只就都先再把给帮请面头有])(?P<z>[^，,。？?！!\s]{2,14}?)(?=我|要|改|退|换|到哪|到了|什么|啥|发|送|呢|吗|，|,|。|？|\?|$)")


def _content(phrase: str) -> bool:
    """The phrase names a product, not an order or goods in general."""
    if ph.CJK.search(phrase):
        return bool(_GENERIC_ZH.sub("", phrase).strip())
    words = [w for w in re.findall(r"[a-z0-9'-]+", phrase.lower()) if w not in _GENERIC_EN]
    return bool(words) and not all(re.fullmatch(r"\d+", w) for w in words)


def _order_ids(request: PlanRequest) -> set[str]:
    return {o.order_id for o in request.context.recent_orders}


def _fits(phrase: str, order_id: str, request: PlanRequest) -> bool | None:
    """Whether a product phrase names an item of that order; None when it names no item of any order."""
    found = ph.match_orders(phrase, request.context.recent_orders)
    if not found:
        return None
    return any(order.order_id == order_id for order, _ in found)


def _tied_phrases(text: str) -> list[tuple[str, bool]]:
    """Products said as part of an order, each with whether it is said as inside it ('from', 'in', 里)."""
    phrases = [(m.group("a") or m.group("b"), bool(m.group("a"))) for m in _TIED_EN.finditer(text)]
    phrases += [(m.group("z"), "的" not in m.group(0)[:m.start("z") - m.start()] or "里" in m.group(0))
                for m in _TIED_ZH.finditer(text)]
    return [(p, inside) for p, inside in phrases if p]


def question(text: str, plan: Plan, request: PlanRequest) -> tuple[str, str] | None:
    """What to ask when the product said is none of the order's items, or no recent order holds it; else None."""
    action = plan.action
    kind = action.kind
    if kind not in ("return", "reschedule", "question"):
        return None
    named = [i for i in ph.ORDER_ID.findall(text) if i in _order_ids(request)]
    if named:
        if len(set(named)) > 1:
            return None
        order_id = named[0]
        for phrase, inside in _tied_phrases(text):
            fits = _fits(phrase, order_id, request)
            if fits is False or fits is None and inside and kind != "question" and _content(phrase) \
                    and not _NOT_GOODS.search(phrase):
                return f"I don't see {phrase.strip()} in {order_id}; which order, or which item, do you mean?", "order_id"
        return None
    if kind != "question" or getattr(action, "order_id", None):
        return None
    for match in (*_ASKED_EN.finditer(text), *_ASKED_ZH.finditer(text)):
        phrase = re.sub(rf"\s+{_ORDER_WORDS}s?$", "", next(g for g in match.groups() if g), flags=re.IGNORECASE)
        if _content(phrase) and not _NOT_GOODS.search(phrase) and not dr.DRINK.search(phrase) \
                and not ph.match_orders(phrase, request.context.recent_orders):
            return f"I don't see a recent order for {phrase.strip()}; which order do you mean?", "order_id"
    return None
