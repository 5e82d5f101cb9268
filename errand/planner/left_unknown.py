"""Facts an errand needs that the sentence leaves missing or unknown, read after a plan was made, so that the planner
asks instead of acting on a guess:

- an order named by an id that is none of the shopper's recent orders: '#55821', 'order number 99012', '订单4412',
  '单号 66031', a courier's tracking number ('YT9876543210', 'JD0042338811', '1Z…') or a long run of digits. The
  shopper's own ids ('ord_…') are the gate's, errands' ids ('bulk-alice-…') are read as errands and left alone;
- a product two recent orders share, named bare ('any news on the kettle?' with a stainless and a glass kettle);
- a return taken back ('cancel my return for …', '撤销退货申请', '不退了'): no errand withdraws one;
- an amount left to the planner ('however much', 'as many as needed', '够用就行', '够全组喝的') or said roughly
  ('a dozen or so', 'ten-ish', 'a handful of', '十来个', '七八个', '一二十个', '二十多个', '20个左右');
- drinks with no count ('cans of cola', 'bottles of water', '一些可乐', '送点橙汁'), and a new order of drinks or
  a chain's name read as moving a delivery that no order is named for ('喜茶，送家里，晚上七点').

'ord_k1', 'bulk-alice-1a2b3c4d', 'the glass kettle', '12 bottles of water', 'a dozen eggs', '买一箱水' and '20 Mixue
lemon teas to the office at 3pm' name what they need and keep their action.
"""

from __future__ import annotations

import re

from errand.domain.intents import Clarification, Plan

from . import asked_back as ab
from . import drinks as dr
from . import lexicon as lx
from . import phrases as ph
from .context import OrderSummary, PlanRequest

WHICH_ORDER = "I can't find that order among your recent orders; which one is it? (Its id starts with “ord_”.)"
HOW_MANY = ("How many exactly? Please give one number.", "quantity")
WHICH_DRINK = ("Is this a new drinks order? Which drink, how many, and for when?", "item")
WITHDRAWN = ("I can't withdraw a return once it is asked for; the merchant's after-sales team can. "
             + "Shall I do something else for that order?", "intent")

# An id said after 'order', 'parcel', 'tracking' or their Chinese words, or marked '#': '#55821', 'order no. 99012',
# 'tracking number YT98…', '订单4412', '单号：66031', '运单号 SF…'. The id has at least three digits.
_SAID_ID = re.compile(
    r"(?:\b(?:order|parcel|package|shipment|delivery|tracking|waybill)(?:\s+(?:no\.?|number|num|id|code|ref))?\s*[:#]?\s*"
    r"|#\s*|(?:订单|訂單|单号|單號|运单|運單|快递|快遞|包裹|物流|编号|編號)(?:号|號|编号)?\s*[:：#]?\s*)"
    r"(?P<id>[A-Za-z]{0,4}\d[A-Za-z0-9-]{2,30})(?![A-Za-z0-9])", re.IGNORECASE)
# A courier's tracking number said alone: letters of a courier then eight or more digits ('SF1234567890',
# 'JD0042338811', 'YT…', 'ZTO…'), a UPS '1Z…' number, or a bare run of ten or more digits.
_TRACKING = re.compile(r"(?<![A-Za-z0-9_-])(?:(?-i:SF|JD|JDV|YT|ZTO|STO|YD|YTO|JT|EMS|DPK|DB|HTKY|UPS)\d{8,}"
                       r"|(?-i:1Z)[A-Z0-9]{10,}|\d{10,})(?![A-Za-z0-9_])")
# A phone number or an amount is no order: '13800138000' after 'call', 'phone', '电话', '手机'.
_PHONE = re.compile(r"(?:phone|call|tel|mobile|电话|電話|手机|手機|联系)\D{0,6}\d{10,}", re.IGNORECASE)


def unknown_order(text: str, orders: list[OrderSummary]) -> bool:
    """The sentence names an order by an id that none of the recent orders has."""
    bare = ph.ERRAND_ID.sub(" ", ph.ORDER_ID.sub(" ", text))
    if _PHONE.search(bare):
        return False
    known = {o.order_id.lower() for o in orders} | {(o.errand_id or "").lower() for o in orders}
    said = [m.group("id") for m in _SAID_ID.finditer(bare)] + [m.group(0) for m in _TRACKING.finditer(bare)]
    return any(s.lower() not in known and sum(c.isdigit() for c in s) >= 3 for s in said)


# A question that says nothing of what is wanted to know: 'what about the kettle?', 'and the kettle?', 'any news on
# the kettle?', '水壶呢？', '水壶怎么样了'. 'has my kettle shipped?' asks where both are, and is answered for both.
_NO_TOPIC = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|hey|also)\W+)?(?:what|how) about\b|^\W*and (?:the|my) [\w -]{2,30}\?*\W*$"
    r"|\bany (?:news|word|update|updates)\s+(?:on|about|re)\b|\bwhat'?s (?:up|happening) with\b"
    r"|呢\s*[？?]?\s*$|(?:怎么样|怎麼樣|咋样|咋樣|如何)了?\s*[？?]?\s*$|情况|情況", re.IGNORECASE)

# What a question asks, said: 'my refund for the kettle', 'when it arrives', '退款', '发货'.
_TOPIC = re.compile(r"\b(?:refund\w*|return\w*|ship\w*|deliver\w*|arriv\w*|where|when|cost|paid|price|track\w*)\b"
                    r"|退款|退货|退貨|发货|發貨|到哪|送到|多少钱|多少錢|物流", re.IGNORECASE)


def shared_product(text: str, orders: list[OrderSummary]) -> list[str]:
    """The recent orders a bare product word points at when more than one holds it ('what about the kettle?'), in a
    question that does not say what it asks."""
    if ph.ORDER_ID.search(text) or ph.ERRAND_ID.search(text) or not _NO_TOPIC.search(text) or _TOPIC.search(text):
        return []
    held = sorted({order.order_id for order, _ in ph.match_orders(text, orders)})
    return held if len(held) > 1 else []


# A return taken back: 'withdraw my return', 'cancel the refund request', 'I don't want to return it any more',
# '撤销退货', '取消退款申请', '不退了', '别退了'.
_WITHDRAWN = re.compile(
    r"\b(?:withdraw|cancel|retract|revoke|undo|call off|take back|scrap|drop|stop|reverse)\s+(?:my|the|that|this|our)?\s*"
    r"(?:[\w-]+\s+){0,3}?(?:return|refund)(?:\s+(?:request|application|claim))?s?\b"
    r"|\b(?:don'?t|do not|no longer|not)\s+(?:want|need|going)\s+to\s+(?:return|send back)\b|\bnot returning\b"
    r"|(?:撤销|撤銷|撤回|取消|作废|作廢)[^，。！？,.!?]{0,10}(?:退货|退貨|退款|退换)|不退了|别退了|別退了|不用退了|不退货了",
    re.IGNORECASE)


def withdrawn_return(text: str) -> bool:
    return bool(_WITHDRAWN.search(text))


_MEASURE = r"[个個件只包盒瓶箱袋双雙把条條张張套支卷罐桶杯份台部本根片副顶盆盏串]"  # not 块: yuan
# Two neighbouring digits said together ('五六个', '七八包', '一二十个', '三四百张'), a round number and 来/多/几
# ('十来个', '二十多个', '百来包', '十几个'), digits and 来/多 ('20来个', '20多个'), or a count with 左右 after it.
_ZH_ROUGH = re.compile(
    rf"(?:一二|二三|两三|三四|四五|五六|六七|七八|八九)[十百千]?{_MEASURE}"
    rf"|(?<![一二两三四五六七八九\d])(?:[一二两三四五六七八九]?[十百千]|\d*0)(?:来|多|几)(?!少){_MEASURE}"
    rf"|(?:{lx.ZH_NUMBER}){_MEASURE}(?:左右|上下)")
# 'a dozen or so', 'ten-ish', '20ish', 'a handful of', 'a few', 'a dozen-odd', 'twenty-odd', 'give or take'.
_EN_ROUGH = re.compile(
    rf"\b(?:a dozen|{lx.EN_NUMBER})\s*(?:or so|or thereabouts|-?ish|-odd)\b|\ba handful of\b|\bgive or take\b"
    r"|\b(?:a few|several)\s+(?!(?:days?|weeks?|hours?|minutes?|times?|more)\b)[a-z]", re.IGNORECASE)
# An amount left to the planner: 'however much', 'as many as needed', 'whatever amount', '够用就行', '够用为止',
# '够全组喝的', '多少都行', '看着买'.
_LEFT_OPEN = re.compile(
    r"\b(?:however (?:much|many)|as (?:much|many) as (?:needed|necessary|required|it takes|you (?:think|like|want|see fit"
    r"|reckon))|whatever (?:amount|quantity|number)|any amount|enough to last|(?:as much|as many) as we need)\b"
    r"|(?<![不没能])够[^，。！？,.!?不]{0,12}?(?:用|吃|喝)[^，。！？,.!?]{0,8}?(?:就行|就好|就可以|就成|为止|為止)"
    r"|(?<![不没能])够[^，。！？,.!?不]{1,12}?(?:用|吃|喝)的"
    r"|多少都行|多少都可以|多少无所谓|多少無所謂|看着买|看著買|随便买多少|隨便買多少", re.IGNORECASE)


def rough_count(text: str) -> bool:
    """A count said roughly or left to the planner."""
    return bool(_ZH_ROUGH.search(text) or _EN_ROUGH.search(text) or _LEFT_OPEN.search(text))


_DRINK_WORDS = re.compile(
    r"\b(?:water|sparkling water|mineral water|cola|coke|soda|pop|juice|beer|lemonade|drinks|beverages|milk teas?"
    r"|iced teas?|coffees?|energy drinks?|soft drinks?)\b"
    r"|水|可乐|可樂|饮料|飲料|果汁|橙汁|咖啡|奶茶|啤酒|雪碧|汽水|苏打水|酸奶|牛奶|茶", re.IGNORECASE)
# Containers said in the plural: 'bottles of water', 'cans of cola', 'cartons of juice'.
_PLURAL_CONTAINER = re.compile(r"\b(?:bottles|cans|cartons|packs|cases|crates|boxes|tins|jugs|kegs|six-packs|packets)\s+of\b",
                               re.IGNORECASE)
# 'some', '一些', '点' before what is wanted.
_SOME = re.compile(r"\bsome\b|(?:送|订|訂|买|買|来|來|要|拿|带|帶|叫)(?:一)?(?:些|点儿|點兒|点|點)(?=[\u4e00-\u9fff])",
                   re.IGNORECASE)
# Drinks sent somewhere ('to the office', 'delivered home', '送到公司'): an order for a place, not one pack.
_SENT = re.compile(r"\b(?:office|home|deliver(?:ed)?|send|sent|bring|party|team)\b|送|公司|办公室|辦公室|家",
                   re.IGNORECASE)
_ANY_COUNT = re.compile(rf"\d|\b{lx.EN_NUMBER}\b|\bdozens?\b|[一二两兩三四五六七八九十百千半俩仨]", re.IGNORECASE)
# What says when, not how many: '3pm', '下午三点', 'Friday', '周五', '11月23日'.
_WHEN = re.compile(r"\d{1,2}\s*(?:[:：.]\d{2})?\s*(?:am|pm|点|點|o'?clock|h\b)|[一二三四五六七八九十两]+\s*(?:点|點)"
                   r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?|\d{1,2}\s*[日号號]|[:：]\d{2}"
                   r"|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|禮拜[一二三四五六日天]|一些|一點|一点|些",
                   re.IGNORECASE)


# A placed order pointed at: 'my Luckin order', 'the delivery', 'it', '瑞幸那单', '快递'.
_ORDER_WORD = re.compile(r"\b(?:order|orders|delivery|deliveries|parcel|package|shipment|it|them)\b|单|單|快递|快遞|包裹|货|貨",
                         re.IGNORECASE)


def _counted(text: str) -> bool:
    """Some count is said: a digit or a number word that is not a clock time or a day."""
    return bool(_ANY_COUNT.search(_WHEN.sub(" ", ph.ERRAND_ID.sub(" ", text))))


def uncounted_drinks(text: str, kind: str, order_id: str | None) -> bool:
    """Drinks (or goods in plural containers) wanted with no count, or a chain's or a drink's name read as moving a
    delivery no order is named for."""
    drinks = bool(dr.DRINK.search(text) or ph.chain(text) or _DRINK_WORDS.search(text))
    vague = bool(_PLURAL_CONTAINER.search(text) or drinks and _SOME.search(text) and _SENT.search(text))
    if kind == "reschedule" and order_id is None and not _ORDER_WORD.search(text):
        return bool(ph.chain(text)) or drinks and vague
    return kind in ("buy", "bulk_order") and vague and not _counted(text)


def question(text: str, plan: Plan, request: PlanRequest) -> Plan | None:
    """A question when the plan would act on a fact the sentence leaves missing or unknown, else None."""
    action = plan.action
    if action.kind == "clarify":
        return None
    if (back := ab.question(text, plan, request)) is not None:
        return _ask(*back)  # a watch called off, 别买了, 'the kettle' of two asked after, 'loads of', 海了去了
    orders = request.context.recent_orders
    if withdrawn_return(text):
        return _ask(*WITHDRAWN)
    if action.kind in ("question", "reschedule", "return") and unknown_order(text, orders):
        return _ask(WHICH_ORDER, "order_id")
    if action.kind == "question" and (held := shared_product(text, orders)):
        return _ask("Which order do you mean? " + ", ".join(held) + ".", "order_id")
    if action.kind in ("buy", "bulk_order") and rough_count(text):
        return _ask(*HOW_MANY)
    if uncounted_drinks(text, action.kind, getattr(action, "order_id", None)):
        return _ask(*(WHICH_DRINK if action.kind == "reschedule" else HOW_MANY))
    return None


def _ask(question_text: str, *missing: str) -> Plan:
    return Plan(action=Clarification(question=question_text, missing=list(missing)))
