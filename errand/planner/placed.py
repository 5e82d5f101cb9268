"""The offline planner's reading of sentences about orders already placed: a return (which order, which item,
why), a new delivery time, a question about an errand or an order.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal, cast

from errand.domain.intents import (
    ErrandQuestion,
    PartOfDay,
    Plan,
    RescheduleIntent,
    ReturnIntent,
    ReturnReason,
)

from . import drinks as dr
from . import lexicon as lx
from . import phrases as ph
from . import shopping as sh
from . import slots as sl
from . import times as tm
from . import watch as wt
from .context import PlanRequest

_ask = sh.ask


def counts_something(text: str) -> bool:
    return bool(re.search(rf"\b{lx.EN_NUMBER}\b|{lx.ZH_NUMBER}[杯打个]|[x×]\s?\d+", text, re.IGNORECASE))


_QUESTION_START = re.compile(
    r"^(?:where(?:'s| is| are)?|when(?:'s| is| will| does)?|what(?:'s| is)?|how much|how's|how is|how long|has|have"
    r"|did|is|are|was|were|any (?:news|updates?)|status|update on|track (?:my|the) (?:order|package|parcel|delivery)|why"
    r"|track (?=ord[_-]|(?:buy|bulk|return|watch|reschedule)-)"
    r"|(?:any )?eta|tracking (?:for|of|on|number|info)|tracking$)\b",
    re.IGNORECASE)
_ERRAND_WORDS = re.compile(r"\b(?:order|errand|parcel|package|delivery|shipment|purchase|quote|it|my|tea|them"
                           r"|courier|driver|rider|price watch|price alert"
                           r"|(?:the|my) (?:return|refund))\b|订单|快递|包裹|奶茶|咖啡|我的", re.IGNORECASE)
# "Is it possible to …", "would you mind …": a request worded as a question, not a question about an errand.
_REQUEST_FRAME = re.compile(r"^(?:is it possible|would it be possible|is there (?:any )?way|would you mind|do you mind)\b",
                            re.IGNORECASE)
# "Excuse me, could you tell me when …", "please check where …": a frame around a question about an errand.
_ASKING_FRAME = re.compile(
    r"^(?:(?:excuse me|sorry|hi|hello|hey)[,!]?\s*)?(?:please\s+)?(?:(?:could|can|would) you (?:please )?)?"
    r"(?:tell me|let me know|check|find out|look up|see)\s+(?=(?:where|when|what|how|whether|if|which)\b)", re.IGNORECASE)
# Asking after something already under way; said of a watch too ("降价提醒有消息吗"), so a watch word does
# not make it a new watch.
ZH_STATUS = re.compile(r"(?:有没有|有)(?:什么)?(?:消息|进展|动静|结果)|触发了吗|怎么样了")
_ZH_QUESTION = re.compile(r"(?:了吗|了没有?|没有?到)[？?]?$|什么情况|啥情况|还在.{0,6}吗|运费|物流|查一下(?:快递|包裹|订单)|到账|在哪|到哪|去了?哪|哪里了?[？?]?$|什么时候.{0,4}到|到了吗|到了没|怎么样了|进度|状态|花了多少|多少钱[？?]?$|发货了|发了吗|多久|还要多长时间"
                          r"|送到了吗|退款到了")
RETURN = re.compile(
    r"\b(?:return|refund|send (?:it|this|them|(?:the|my) [\w -]+?) back|send back|money back|broken|damaged"
    r"|defective|faulty|(?:doesn'?t|does not|don'?t|do not|isn'?t|not) work(?:ing)?|stopped working|cracked"
    r"|wrong (?:item|size|colou?r|product|model|one|version)|(?:came|arrived) (?:with|broken|damaged|cracked|dented))\b"
    r"|退货|退一下|[，,]\s*退$|退款|退掉|退了|想退|要退|能退|可以退|退吗|坏了|破了|发错|不能用|退回|(?:整单|全部|都)退|退[吧啦]?$",
    re.IGNORECASE)
# A change of a delivery's time: a marker of change, or a delivery verb with a time and no new order in it.
_RESCHEDULE = re.compile(
    r"\b(?:reschedule|re-schedule|change (?:the |my )?deliver(?:y|ies)|move (?:the |my )?deliver(?:y|ies)"
    r"|push (?:back )?(?:the |my )?deliver(?:y|ies)|delay (?:the |my )?deliver(?:y|ies)|move it|push it"
    r"|(?:deliver|bring|send|drop off) (?:it|them|my (?:order|parcel|package)|ord_\w+)\b"
    r"|(?:won'?t|can'?t|will not) be (?:at )?home|instead|rather than|not home|be out|be away"
    r"|(?:can|could) (?:it|they|my (?:parcel|package|order|delivery)|the (?:parcel|package|order|delivery)|ord_\w+)"
    r" (?:come|arrive|be delivered|get here|be)"
    r"|delivery (?:to|for) (?:tomorrow|next|on)|(?:change|move) (?:the )?delivery time|later delivery"
    r"|(?:move|push|postpone|delay|shift|reschedule|change) (?:ord_\w+|it|them|(?:my|the) (?:order|parcel|package|delivery))"
    r"|postpone|(?:another|other|different) (?:day|time)|(?:rather|prefer to) (?:get|have|receive) (?:it|them"
    r"|(?:my|the) (?:order|parcel|package|delivery))|hold (?:the |my )?(?:delivery|parcel|package|order)"
    r"|make it (?=(?:on |next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
    r"|today|tonight|the \d)))\b"
    r"|改到|改成|改期|改个?时间|换个?时间|推迟|延后|改天|晚点送|再送|不在家|能不能.{0,8}送|送.{0,3}可以吗|能.{0,12}送吗",
    re.IGNORECASE)
_DELIVERY_VERB = re.compile(r"\b(?:deliver(?:ed|y)?|come|arrive|bring|send|drop off)\b|送|到", re.IGNORECASE)


def is_reschedule(text: str, drink_order: bool) -> bool:
    if drink_order or RETURN.search(text) and not re.search(r"\bdeliver", text, re.IGNORECASE):
        return False
    if re.search(r"\b(?:reschedule|instead|rather than|(?:different|another|new|other|later|earlier) delivery"
                 r" (?:time|day|date|slot))\b|改到|改成|改为|改期|推迟|延后", text, re.IGNORECASE):
        return True
    if re.search(r"\b(?:buy|order|purchase|get me|get (?:a|an|some|\d+)|watch|track)\b(?! ord_)|买|订(?!单)", text,
                 re.IGNORECASE) \
            and not re.search(r"\b(?:my|the|this|that|your) order\b|订单", text, re.IGNORECASE):
        return False
    rest, verb, want = sl.strip_lead(text)
    if (verb or want) and re.match(rf"{lx.EN_NUMBER}\s+\w", rest, re.IGNORECASE) and not ph.ORDER_ID.search(text):
        return False  # "need 2 HDMI cables …, send them to the office": a purchase and where it goes
    if _RESCHEDULE.search(text):
        return True
    # "please deliver Tuesday evening": a delivery verb and a time, with nothing new to buy in it.
    timed = tm.day_offset(text, date(2000, 1, 3)) is not None or tm.part_of_day(text) is not None
    asking = bool(_QUESTION_START.search(text)) and not _REQUEST_FRAME.search(text)
    return timed and bool(_DELIVERY_VERB.search(text)) and not asking \
        and not counts_something(tm.without_times(text))


def is_question(text: str, request: PlanRequest) -> bool:
    if _REQUEST_FRAME.search(text):
        return False
    if _ZH_QUESTION.search(text) and not wt.WATCH.search(text) or ZH_STATUS.search(text):
        return True
    ids = bool(ph.ERRAND_ID.search(text) or ph.ORDER_ID.search(text))
    unframed = _ASKING_FRAME.sub("", text)
    if not re.search(r"\d|cheaper|drops?|below|under|goes|price|sale|discount", unframed, re.IGNORECASE):
        if unframed != text and re.match(r"(?:whether|if)\b", unframed, re.IGNORECASE) \
                and re.search(r"\b(?:has|have|had|is|are|was|were|did|came|went|got)\b", unframed, re.IGNORECASE) \
                and _ERRAND_WORDS.search(unframed):
            return True  # 'could you check whether my refund has gone through': asked, not a new errand
        text = unframed  # 'tell me when it drops below ¥100' stays a watch
    if not _QUESTION_START.search(text):
        return (text.endswith("?") or bool(re.search(r"\bstatus\b", text, re.IGNORECASE))) and ids
    return bool(_ERRAND_WORDS.search(text)) or ids or bool(ph.match_orders(text, request.context.recent_orders))


def question(text: str, shopper: str) -> Plan:
    lower = text.lower()
    topic: Literal["where", "status", "cost", "other"]
    if re.search(r"how much|cost|price(?! (?:watch|alert|drop))|spend|spent|charged|pay|\btotal\b|\bfees?\b|花了|多少钱|运费", lower):
        topic = "cost"
    elif re.search(r"\bwhere\b|\bwhen\b|\beta\b|arriv|coming|track|any news|on (?:its|the) way|how long|在哪|到哪|哪里|什么时候"
                   r"|到了|多久|多长时间|物流", lower):
        topic = "where"
    else:
        topic = "status"
    errand = ph.ERRAND_ID.search(text)
    order = ph.ORDER_ID.search(text)
    return Plan(action=ErrandQuestion(shopper_id=shopper, errand_id=errand.group(0) if errand else None,
                                      order_id=order.group(0) if order else None, topic=topic, sentence=text))


_REASONS: list[tuple[str, ReturnReason]] = [
    ((r"wrong|发错|发成|寄成|不是我买的|\b(?:got|received|sent(?: me)?|delivered)\s+(?:an? |the )?\S+\s+(?:instead of|not|rather than)\b"
     r"|\binstead of\b|too (?:small|big|large|tight|loose|short|long)|doesn'?t fit|does not fit|don'?t fit"
     r"|太小|太大|不合适|不合身|尺码不对|码不对|颜色不对"), "wrong_item"),
    ((r"not as described|not what (?:was|i) (?:advertised|ordered|expected)|(?:isn'?t|aren'?t|not) what the (?:listing|ad|page|photos?) (?:said|says|showed)|different from|fake|counterfeit|knock-?off"
     r"|not as pictured|nothing like|doesn'?t look like|looks different|与描述不符|和描述不一样|假货|假的|不一样"
     r"|\b(?:listing|description|ad|advert|photos?|pictures?|page|box) (?:said|says|showed|shows|claimed|claims|promised)\b"
     r"|描述不符|说是.{0,12}(?:其实|结果|但是?|却)|写的.{0,12}(?:只有|其实|结果|但是?|却)"), "not_as_described"),
    ((r"broken|damaged|defective|faulty|(?:doesn'?t|does not|don'?t|do not|isn'?t|not) work|stopped working|cracked"
     r"|dead|leak|crack|no (?:sound|power|signal)|stopped \w+ing|won'?t (?:work|switch on)|没电|没声音|不工作|scratch|shatter|torn|ripped|smash|burn|won'?t (?:turn on|charge|start)|坏|破|不能用|漏|碎|划痕"
     r"|裂|不亮|没反应|充不进|没声|无声|不灵|失灵"
     # a part that no longer does its job: 'don't charge anymore', 'doesn't heat up', 'left ear is silent'
     r"|(?:doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|isn'?t|aren'?t) (?:\w+ing|charge|heat|boil|close|open"
     r"|turn|start|switch|light|connect|pair|play|hold|stay|spin|cool|print|lock)\b|\bsilent\b|\bempty\b|\bdent"),
     "damaged"),
    ((r"changed my mind|don'?t (?:need|want)|no longer (?:need|want)|not needed|by (?:mistake|accident)|accidentally"
      r"|(?:bought|ordered) too many|didn'?t mean to|不想要|不要了|不需要|用不上|买多了|多买了|买错|不小心"), "changed_mind"),
]


def return_of(text: str, request: PlanRequest) -> Plan:
    lower = text.lower()
    order_id, product_id = None, None
    explicit = ph.ORDER_ID.search(text)
    orders = request.context.recent_orders
    if explicit:
        order_id = explicit.group(0)
        known = next((o for o in orders if o.order_id == order_id), None)
        if known is None and orders:
            return _ask(f"I can't find {order_id} among your recent orders; which order is it?", "order_id")
        if known is not None and len(known.items) > 1:
            items = [p for _, p in ph.match_orders(text, [known])]
            product_id = items[0] if len(items) == 1 else None
    elif re.search(r"\b(?:last|latest|most recent|previous) (?:order|purchase)\b|上一单|最近的订单|刚买的|上次买的",
                   lower) and orders:
        order_id = orders[0].order_id
    else:
        hits = ph.match_orders(text, orders)
        if len({o.order_id for o, _ in hits}) == 1:
            order_id, product_id = hits[0][0].order_id, hits[0][1] if len(hits[0][0].items) > 1 else None
        elif hits:
            return _ask("Which order do you mean? " + ", ".join(sorted({o.order_id for o, _ in hits})) + ".",
                        "order_id")
    if order_id is None:
        return _ask("Which order is it? Please give the order id (it starts with “ord_”).", "order_id")
    # "Wrong" and "too small" say more than "broken" when both are said: the first listed that matches wins.
    reason: ReturnReason = next((r for pattern, r in _REASONS if re.search(pattern, lower)), "other")
    return Plan(action=ReturnIntent(shopper_id=request.context.shopper_id, order_id=order_id, product_id=product_id,
                                    reason=reason, description=text[:1000], sentence=text))


def reschedule(text: str, request: PlanRequest) -> Plan:
    day, part = tm.wanted_slot(text, dr.local_now(request).date())
    if day is None and part is None:
        return _ask("When would you like it delivered instead (a day, and morning, afternoon or evening)?",
                    "preferred_date")
    order = ph.ORDER_ID.search(text)
    return Plan(action=RescheduleIntent(shopper_id=request.context.shopper_id, order_id=order.group(0) if order
                                        else None, preferred_date=day,
                                        preferred_part_of_day=cast(PartOfDay | None, part), sentence=text))
