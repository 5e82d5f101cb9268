"""The offline rule planner: a shopper's sentence (English or simple Chinese) to one planned action.

It serves when no model is configured, so everything runs with no network. It reads quantities in digits
or words, caps in yuan, dates and times, stores and drink options, order references. Whenever a fact an
errand needs is missing or the sentence could mean two things it answers with a ``Clarification``.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal, cast

from pydantic import ValidationError

from errand.domain.intents import (
    BulkOrderIntent,
    BuyAction,
    Clarification,
    DrinkOptions,
    ErrandQuestion,
    PartOfDay,
    Plan,
    PriceWatchIntent,
    RescheduleIntent,
    ReturnIntent,
    ReturnReason,
)
from errand.domain.models import BuyIntent
from errand.domain.sentence import SentenceNotUnderstood, parse_buy_sentence

from . import lexicon as lx
from . import phrases as ph
from .context import PlanRequest


def _ask(question: str, *missing: str) -> Plan:
    return Plan(action=Clarification(question=question, missing=list(missing)))


_GREETING = re.compile(r"^(?:hi|hello|hey|thanks|thank you|ok|okay|good (?:morning|evening)|你好|谢谢|嗨)[!.。！ ]*$",
                       re.IGNORECASE)
_QUESTION_START = re.compile(
    r"^(?:where(?:'s| is| are)?|when(?:'s| is| will| does)?|what(?:'s| is)?|how much|how's|how is|has|have|did|is|are"
    r"|any news|status|track (?:my|the) (?:order|package|parcel|delivery)|why)\b", re.IGNORECASE)
_ERRAND_WORDS = re.compile(r"\b(?:order|errand|parcel|package|delivery|shipment|purchase|quote|it|my|tea|them)\b"
                           r"|订单|快递|包裹|奶茶|我的", re.IGNORECASE)
_ZH_QUESTION = re.compile(r"在哪|到哪|什么时候到|到了吗|到了没|怎么样了|进度|状态|花了多少|多少钱[？?]?$")
_RETURN = re.compile(
    r"\b(?:return|refund|send (?:it|this|them) back|broken|damaged|defective|faulty|doesn'?t work|does not work"
    r"|stopped working|cracked|wrong (?:item|size|colou?r|product))\b|退货|退款|退掉|退了|坏了|破了|发错|不能用",
    re.IGNORECASE)
_RESCHEDULE = re.compile(
    r"\b(?:reschedule|change (?:the |my )?delivery|move (?:the |my )?delivery|push (?:back )?(?:the |my )?delivery"
    r"|deliver (?:it|them|my order) (?:on|tomorrow|instead|later|next)|(?:won'?t|can'?t|will not) be (?:at )?home"
    r"|delivery (?:to|for) (?:tomorrow|next|on))\b|改到|改成|改期|换个时间|推迟|延后|改天送|晚点送",
    re.IGNORECASE)
_WATCH = re.compile(
    r"\b(?:watch|track the price|tell me when|let me know when|notify me when|alert me when|price drops?"
    r"|drops? (?:below|under|to)|goes? (?:down|below|under) |falls? (?:below|under|to)|gets? cheaper)"
    r"|降到|降价|跌到|降至|盯着|关注.*价格", re.IGNORECASE)
_DRINK = re.compile(
    r"\b(?:(?:bubble|milk|boba|fruit|brown sugar|lemon|iced|green|black|oolong) ?tea|teas|coffees?|lattes?|americanos?"
    r"|cappuccinos?|smoothies?|frappuccinos?|lemonades?|cups? of)\b|奶茶|咖啡|拿铁|美式|果茶|柠檬茶|[0-9一二两三四五六七八九十百]+杯",
    re.IGNORECASE)
_BUY_VERB = re.compile(r"^\s*(?:please\s+|pls\s+)?(?:(?:can|could|would) you\s+(?:please\s+)?)?(?:buy|get|order|purchase|"
                       r"pick up|grab|i need|i want|i'd like|i would like)\b", re.IGNORECASE)
_ZH_BUY = re.compile(r"^(?:请|麻烦)?(?:帮我|给我|替我)?(?:买|购买|下单|订|来)|^我(?:要|想)买")
_VAGUE = re.compile(r"^(?:something|anything|stuff|things?|a gift|some(?:thing)? nice|it|this|that|these|those|them"
                    r"|one|some|more|the usual)(?:\s+(?:nice|good|cheap|for me|of these|of them))?$", re.IGNORECASE)
_ZH_MEASURE = r"(?:包|盒|瓶|个|件|台|副|对|袋|箱|杯|支|节|只|双|套|份|罐|桶|条|根|本|张|把)"
_ZH_VAGUE = {"东西", "点东西", "什么", "这个", "那个", "一些"}


def plan_offline(request: PlanRequest) -> Plan:
    """Plan one message without a model. Never raises for a shopper's text: unclear means a question."""
    text = " ".join(request.sentence.split()).strip()
    if not text:
        return _ask("What would you like me to do? For example: “two packs of AA batteries under ¥40”.")
    if len(text) > 300:
        return _ask("That is a lot at once; please ask for one errand in one short sentence.")
    if _GREETING.match(text):
        return _ask("Hello! What can I get for you? I can buy things, order drinks for the office, return an "
                    "order, watch a price or move a delivery.")
    shopper = request.context.shopper_id
    try:
        if _is_question(text):
            return _question(text, shopper)
        if _RETURN.search(text):
            return _return(text, request)
        if _RESCHEDULE.search(text):
            return _reschedule(text, request)
        if _WATCH.search(text):
            return _watch(text, request)
        if _DRINK.search(text) and not re.search(r"\b(?:boxes|packs?|bags?|tins?|bottles?) of\b", text, re.IGNORECASE):
            return _bulk(text, request)
        if _BUY_VERB.search(text) or _ZH_BUY.search(text) or re.match(rf"^\s*{lx.EN_NUMBER}\b", text, re.IGNORECASE) \
                or re.match(rf"^{lx.ZH_NUMBER}{_ZH_MEASURE}", text):
            return _buy(text, request)
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][-1]) if exc.errors() else "detail"
        return _ask(f"I could not use the {field} you gave; could you say it again?", field)
    return _ask("I'm not sure what you'd like me to do. I can buy something, order drinks, return an order, "
                "watch a price or reschedule a delivery.", "intent")


def _is_question(text: str) -> bool:
    if _ZH_QUESTION.search(text) and not _WATCH.search(text):
        return True
    if not _QUESTION_START.search(text):
        return bool(text.endswith("?") and (ph.ERRAND_ID.search(text) or ph.ORDER_ID.search(text)))
    return bool(_ERRAND_WORDS.search(text) or ph.ERRAND_ID.search(text) or ph.ORDER_ID.search(text))


def _question(text: str, shopper: str) -> Plan:
    lower = text.lower()
    topic: Literal["where", "status", "cost", "other"]
    if re.search(r"how much|cost|price|spend|spent|charged|pay|花了|多少钱", lower):
        topic = "cost"
    elif re.search(r"\bwhere\b|\bwhen\b|arriv|coming|track|any news|在哪|到哪|什么时候|到了", lower):
        topic = "where"
    else:
        topic = "status"
    errand = ph.ERRAND_ID.search(text)
    order = ph.ORDER_ID.search(text)
    return Plan(action=ErrandQuestion(shopper_id=shopper, errand_id=errand.group(0) if errand else None,
                                      order_id=order.group(0) if order else None, topic=topic, sentence=text))


def _return(text: str, request: PlanRequest) -> Plan:
    lower = text.lower()
    order_id, product_id = None, None
    explicit = ph.ORDER_ID.search(text)
    orders = request.context.recent_orders
    if explicit:
        order_id = explicit.group(0)
        known = next((o for o in orders if o.order_id == order_id), None)
        if known is not None and len(known.items) > 1:
            items = [p for _, p in ph.match_orders(text, [known])]
            product_id = items[0] if len(items) == 1 else None
    elif re.search(r"\b(?:last|latest|most recent) order\b|上一单|最近的订单|刚买的", lower) and orders:
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
    reasons = [(r"broken|damaged|defective|faulty|doesn'?t work|does not work|stopped working|cracked|dead|坏|破|不能用",
                "damaged"), (r"wrong|发错|不是我买的", "wrong_item"),
               (r"not as described|different from|fake|与描述不符|和描述不一样|假货", "not_as_described"),
               (r"changed my mind|don'?t (?:need|want)|no longer need|不想要|不要了|不需要", "changed_mind")]
    reason = cast(ReturnReason, next((r for pattern, r in reasons if re.search(pattern, lower)), "other"))
    return Plan(action=ReturnIntent(shopper_id=request.context.shopper_id, order_id=order_id, product_id=product_id,
                                    reason=reason, description=text[:1000], sentence=text))


def _reschedule(text: str, request: PlanRequest) -> Plan:
    day = lx.day_offset(text, request.now.date())
    part = cast(PartOfDay | None, lx.part_of_day(text))
    if day is None and part is None:
        return _ask("When would you like it delivered instead (a day, and morning, afternoon or evening)?",
                    "preferred_date")
    order = ph.ORDER_ID.search(text)
    return Plan(action=RescheduleIntent(shopper_id=request.context.shopper_id, order_id=order.group(0) if order
                                        else None, preferred_date=day, preferred_part_of_day=part, sentence=text))


def _strip_number_words(query: str) -> str:
    query = re.sub(rf"^(?:{lx.EN_NUMBER})\s+(?:(?:packs?|boxes|bottles?|pairs?|sets?|units?|of)\s+)*", "", query,
                   flags=re.IGNORECASE)
    return " ".join(re.sub(r"[,.;!?，。！？、]+", " ", query).split())


def _watch(text: str, request: PlanRequest) -> Plan:
    target = None
    zh = ph.CJK.search(text)
    match = lx.ZH_TARGET.search(text) or lx.ZH_CAP.search(text) if zh else None
    if match is None:
        match = re.search(rf"\b(?:below|under|to|at|less than|than|hits?|reaches?)\s+(?:{lx._CUR})?(?P<amount>\d[\d,]*"
                          r"(?:\.\d+)?)\s*(?:yuan|rmb|cny|元|块)?", text, re.IGNORECASE)
    if match:
        target = lx.amount_minor(match.group("amount"))
    days = lx.watch_days(text) or 30
    buy = bool(re.search(r"\bbuy\b|\border it\b|就买|就下单|帮我买|就入手", text, re.IGNORECASE))
    if zh:
        query = re.split(r"\d+\s*(?:天|周|个月)|一周|一个月|一星期|降价|降到|跌到|降至|低于|价格|如果|的话|[，。,\s]", text)[0]
        query = re.sub(r"^(?:请|帮我|给我)?(?:盯着|盯一下|关注|看看|留意)?", "", query)
        query = ph.translate(query)
    else:
        found = re.search(r"\b(?:watch|track)\s+(?:the price of\s+|prices? (?:of|for)\s+)?(?P<q>.+?)(?=\s+(?:and|for|until|if"
                          r"|when|in the next|within|over|below|under|,)\b|[,.]|$)", text, re.IGNORECASE) \
            or re.search(r"\bbuy (?:the |a |an )?(?P<q>.+?)\s+(?:if|when|once)\b", text, re.IGNORECASE) \
            or re.search(r"\bwhen (?:the )?(?P<q>.+?)(?:'s price| price)?\s+(?:drops?|goes?|falls?|gets?|is|hits?|reaches?)\b",
                         text, re.IGNORECASE)
        query = found.group("q") if found else ""
        query = re.sub(r"^(?:the price of|the|a|an|me|it)\s+", "", query, flags=re.IGNORECASE)
    query = _strip_number_words(query)
    if not query or _VAGUE.match(query) or query.lower() in ("price", "prices", "the price"):
        return _ask("Which product should I watch?", "query")
    if target is None:
        return _ask(f"At what price should I {'buy' if buy else 'tell you about'} {query}?", "target_price")
    return Plan(action=PriceWatchIntent(shopper_id=request.context.shopper_id, query=query[:200], target_price=target,
                                        days=min(days, 365), buy_when_met=buy, sentence=text))


def _bulk(text: str, request: PlanRequest) -> Plan:
    zh = bool(ph.CJK.search(text))
    quantity, item = None, ""
    if zh:
        m = re.search(rf"(?P<n>{lx.ZH_NUMBER})\s*杯(?P<item>[^，。,]+?)(?=，|。|,|从|到|送|要|下午|上午|晚上|中午|明天|今天|$)",
                      text)
        if m:
            quantity = lx.zh_number(m.group("n"))
            item = re.sub(r"(大杯|中杯|少糖|半糖|无糖|微糖|全糖|去冰|少冰|正常冰|热的?|的)", "", m.group("item"))
            item = ph.translate(item)
    else:
        m = re.search(rf"\b(?P<n>{lx.EN_NUMBER})\s+(?:(?:large|regular|medium|hot|iced)\s+)?(?:cups?\s+of\s+|x\s+)?"
                      r"(?P<item>.+?)(?=\s+(?:from|for|to|at|by|with|before|delivered|under|below|,|less|no|half|light"
                      r"|tomorrow|today|tonight|large|hot)\b|[,.]|$)", text, re.IGNORECASE)
        if m:
            quantity = lx.en_number(m.group("n"))
            item = m.group("item")
    item = " ".join(re.sub(r"\b(?:large|regular|medium)\b", "", item, flags=re.IGNORECASE).split())
    if quantity is None:
        return _ask("How many should I order?", "quantity")
    if quantity > 500:
        return _ask(f"{quantity} is more than one order can take (at most 500); how many do you need?", "quantity")
    if not item:
        return _ask("Which drink should I order?", "item")
    label = ph.address_label(text, request.context.address_labels, default="office")
    if label is None or label not in request.context.address_labels:
        return _ask("Where should it go? Your saved addresses are " + ", ".join(request.context.address_labels) + ".",
                    "address_label")
    max_total = None
    cap = lx.ZH_CAP.search(text) if zh else lx.EN_CAP.search(text)
    if cap:
        amount = lx.amount_minor(cap.group("amount"))
        if amount is None:
            return _ask("I could not read the budget; how much at most?", "max_total")
        each = cap.group("each") or re.search(r"(?:一杯|每杯|每个)\s*$", text[max(0, cap.start() - 4): cap.start()])
        max_total = amount * quantity if each else amount
    tz_now = _local_now(request)
    return Plan(action=BulkOrderIntent(
        shopper_id=request.context.shopper_id, item=item[:120], quantity=quantity,
        options=DrinkOptions.model_validate(ph.drink_options(text)), chain=ph.chain(text), address_label=label,
        deliver_by=lx.deadline(text, tz_now), max_total=max_total, sentence=text))


def _local_now(request: PlanRequest) -> datetime:
    from zoneinfo import ZoneInfo

    try:
        return request.now.astimezone(ZoneInfo(request.context.timezone))
    except (KeyError, ValueError):
        return request.now


def _buy(text: str, request: PlanRequest) -> Plan:
    shopper = request.context.shopper_id
    if ph.CJK.search(text):
        intent = _zh_buy(text, request)
        if not isinstance(intent, BuyIntent):
            return intent
    else:
        if re.search(r"\b(?:or|either)\b", text, re.IGNORECASE) and not re.search(r"\bor (?:less|under|below)\b", text):
            return _ask("Which one should I buy? Please name one product.", "query")
        cleaned = _BUY_VERB.sub("", text, count=1)
        cleaned = re.sub(r"\b(?:today|tomorrow|tonight|asap|right now)\b", " ", cleaned,
                         flags=re.IGNORECASE)
        try:
            intent = parse_buy_sentence(cleaned, shopper)
        except SentenceNotUnderstood as exc:
            return _ask(str(exc), "query")
        intent = intent.model_copy(update={"sentence": text[:300]})
    if _VAGUE.match(intent.query) or len(intent.query) < 2:
        return _ask("What exactly should I buy? Please name the product.", "query")
    if intent.address_label not in request.context.address_labels:
        return _ask(f"You have no “{intent.address_label}” address; where should it go?", "address_label")
    return Plan(action=BuyAction(intent=intent))


def _zh_buy(text: str, request: PlanRequest) -> BuyIntent | Plan:
    rest = text
    max_unit = max_total = None
    cap = lx.ZH_CAP.search(rest)
    if cap:
        amount = lx.amount_minor(cap.group("amount"))
        if amount is None:
            return _ask("我没看懂价格上限，请再说一次。", "max_unit_price")
        total = bool(re.search(r"总共|一共|总价|总计", rest[max(0, cap.start() - 4): cap.end()]))
        max_total, max_unit = (amount, None) if total else (None, amount)
        rest = rest[: cap.start()] + rest[cap.end():]
    label = ph.address_label(rest, request.context.address_labels, default="home") or "home"
    rest = re.sub(r"(?:送到|送回|寄到|送去)?(?:家里?|公司|办公室|单位)", "", rest)
    rest = _ZH_BUY.sub("", rest.strip())
    quantity = 1
    qty = re.match(rf"\s*(?P<n>{lx.ZH_NUMBER}){_ZH_MEASURE}", rest)
    if qty:
        quantity = lx.zh_number(qty.group("n")) or 0
        rest = rest[qty.end():]
    if not 1 <= quantity <= 999:
        return _ask("买多少？数量需要在 1 到 999 之间。", "quantity")
    query = ph.translate(re.sub(r"[，。！？、,.!?]+|总共|一共|的|吧|一下", " ", rest))
    if not query or query in _ZH_VAGUE:
        return _ask("要买什么？请说出商品名称。", "query")
    return BuyIntent(shopper_id=request.context.shopper_id, query=query[:200], quantity=quantity,
                     max_unit_price=max_unit, max_total=max_total, address_label=label, sentence=text[:300])
