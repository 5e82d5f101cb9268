"""The checks that need the shopper's request as well as the sentence: an order among the shopper's own, a date
and a time that exist, a deadline still ahead, medicine in household amounts, a destination among the saved
addresses. Each answers with the question naming the fact that is missing or impossible, or None.
"""

from __future__ import annotations

import re
from datetime import date

from errand.domain.intents import (
    BulkOrderIntent,
    BuyAction,
    Clarification,
    Plan,
    RescheduleIntent,
    ReturnIntent,
)

from . import household_amounts as ha
from . import named_place as npl
from . import other_currencies as oc
from . import placed_said as ps
from . import street_drugs as sd
from . import workplace as wp
from .context import PlanRequest


def _ask(question: str, *missing: str) -> Plan:
    return Plan(action=Clarification(question=question, missing=list(missing)))


# An order id as the shopper writes it: "ord_b2", "ord_x55到哪了" (the id stops at the first non-ASCII letter).
_ORDER_ID = re.compile(r"(?<![A-Za-z0-9_])ord_[A-Za-z0-9]+", re.IGNORECASE)  # 订单ord_y8 too
def unknown_order(text: str, request: PlanRequest) -> Plan | None:
    """A question when the sentence names an order that is none of the shopper's recent ones."""
    known = {o.order_id.lower() for o in request.context.recent_orders}
    for match in _ORDER_ID.finditer(text):
        if known and match.group(0).lower() not in known:
            return _ask(f"I can't find {match.group(0)} among your recent orders; which order is it?", "order_id")
    if ps.someone_elses(text, request.context.shopper_id,  # 'watch-bob-1a2b3c4d 还活着不', '把bob的那单改到周五'
                        [i.title for o in request.context.recent_orders for i in o.items]):
        return _ask("I can only look at your own orders and errands. Which of yours do you mean?", "order_id")
    return None


# A month and a day said together, to catch a date that does not exist (Feb 30th, 11月31号).
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?P<mname>" + "|".join(f"{m[:3]}(?:{m[3:]})?" for m in _MONTHS) + r")"
_MONTH_DAY = re.compile(
    rf"\b{_MONTH}\.?\s+(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.replace('mname', 'mname2')}\b"
    r"|(?P<zm>\d{1,2})\s*月\s*(?P<zd>\d{1,2})\s*[号日]|\b(?P<nm>\d{1,2})/(?P<nd>\d{1,2})\b(?!/)", re.IGNORECASE)
# Said for today: a deadline read onto another day, or already past, is not what was asked.
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b|今天|今早|今晚|今日|今个", re.IGNORECASE)
_PARTS = ((re.compile(r"(?<!' )(?<!'s )\bmorning\b|上午|早上|早晨|今早|明早", re.IGNORECASE), range(5, 12)),
          (re.compile(r"\bafternoon\b|下午", re.IGNORECASE), range(12, 19)),
          (re.compile(r"\b(?:evening|tonight)\b|晚上|今晚|明晚|傍晚", re.IGNORECASE), range(16, 24)))
_DAY_ONLY = re.compile(r"\bthe (?P<day>\d{1,2})(?:st|nd|rd|th)\b|(?<![月\d])(?P<zday>\d{1,2})[号日](?=$|\s|[前后之送到的晚早上下中,，])")
# Medicine, bought in the amounts a household keeps: a few packs, not hundreds of tablets.
_MEDICINE = re.compile(
    r"\b(?:pills?|capsules?|caplets?|paracetamol|acetaminophen|tylenol|panadol|ibuprofen|advil|aspirin"
    r"|naproxen|painkillers?|pain relievers?|melatonin|antihistamines?|loratadine|cetirizine|cough syrup|cold medicine"
    r"|sleeping aids?|laxatives?|insulin|medicine|medication)\b|药|胶囊|布洛芬|对乙酰氨基酚|扑热息痛|阿司匹林|褪黑素",
    re.IGNORECASE)
_DOSES = re.compile(r"(\d+)\s*(?:tablets?|pills?|capsules?|caplets?|doses?|片|粒)", re.IGNORECASE)
_MEDICINE_PACKS = 5
_MEDICINE_UNITS = 100
_CLOCK = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2})(?:\s*(?P<ampm>[ap]\.?m)\b)?|\s*(?P<ampm2>[ap]\.?m)\b)", re.IGNORECASE)
# A new destination said with a change of time: moving a delivery cannot move where it goes.
_NEW_DESTINATION = re.compile(
    r"\binstead of (?:my |the )?(?:home|office|work|house|flat|place)\b|\bto (?:my |the )?(?:office|home|work|house"
    r"|flat|place|\w+'s)\b(?! (?:is|was))|(?:送到|改送到?|送去|寄到)(?:我)?(?:家|公司|办公室|单位)|而不是(?:家|公司|办公室)",
    re.IGNORECASE)
# Where it goes, when it is not one of the saved addresses: "to my mum's flat", "寄去我外婆家", "送到我新家".
_PLACE = r"(?:place|flat|house|home|apartment|apt|office|address|dorm|room|work|shop|door|building|school|hotel)"
_ELSEWHERE = re.compile(
    rf"\b(?:to|at|for) (?:my |our |the )?(?:(?!my\b|our\b|the\b)[a-z]+'s?'? |(?:new|other|second|old|holiday|summer"
    rf"|parents'?|friends?'?|family|weekend) ){_PLACE}\b"
    r"|\b(?:send|ship|deliver|mail|post|courier|bring|take)\b[^.?!]{0,40}\bto (?:my|our|his|her|their) (?:[a-z]+'s?'?(?=$|[\s,.;!?])"
    r"(?!\s+(?:home|office|place|flat|house|apartment|address|desk|door))|(?:mum|mom|mother|dad|father|parents|cousin"
    r"|aunt|auntie|uncle|grand\w+|friend|sister|brother|boss|neighbou?r|colleague|girlfriend|boyfriend|son|daughter"
    r"|niece|nephew|in-laws?)\b(?!\s+(?:at|in) (?:the |my )?(?:home|office)))"
    r"|(?:(?:送|寄|发|快递|运)(?:到|去|往|给|至|(?=[^\s货到去往给，,。]{1,4}的))|(?<![来回出进上下过])(?:去|到))(?:我)?(?P<whose>[\u4e00-\u9fffA-Za-z]{0,5}?)(?:的)?(?P<head>家|那里|那儿|那|公司|办公室"
    r"|单位|宿舍|学校|门店|店|仓库|工厂|医院|酒店|工地|分公司|住处|处)"
    # a place named with a qualifier no saved address has: "to the Hangzhou office", "to the warehouse"
    r"|\bto (?:the|our|my) (?:(?:main|usual|same|regular|normal|own) )?(?P<dest>(?:[\w-]+ ){0,2}?)(?P<place>office|home|house|warehouse|store|shop|factory"
    r"|site|branch|gym|school|campus|hospital|studio|hotel|lab|clinic|apartment|flat|dorm|building|depot|venue)\b",
    re.IGNORECASE)
# Words for the shopper's own home or workplace, said with "the", "my" or "our": "to the flat", "to my apartment".
_HOME_WORDS = {"home", "house", "work", "flat", "apartment"}
_OWN = {"", "我", "我们", "咱", "咱们", "自己", "我自己", "我的", "我们的"}
_OWN_PLACES = {"家", "公司", "办公室", "单位"}


def _impossible_date(text: str) -> bool:
    for match in _MONTH_DAY.finditer(text):
        name = (match.group("mname") or match.group("mname2") or "").lower()
        if name:
            month = next(i + 1 for i, m in enumerate(_MONTHS) if m.startswith(name[:3]))
            day = int(match.group("d1") or match.group("d2"))
        elif match.group("zm"):
            month, day = int(match.group("zm")), int(match.group("zd"))
        else:
            month, day = int(match.group("nm")), int(match.group("nd"))
            if month > 12 and day > 12 or re.search(r"\bsize\s*$", text[: match.start()], re.IGNORECASE):
                continue  # 'needles size 90/14': a size, not a day of a month
            if month > 12 and day <= 12:
                month, day = day, month  # 30/11 as well as 11/30
        try:
            date(2024, month, day)  # a leap year: 29 February exists in some year
        except ValueError:
            return True
    return False


def _impossible_time(text: str) -> bool:
    """'25:00', '10:75', '13pm': a clock time no day has."""
    for match in _CLOCK.finditer(text):
        hour, minute, half = int(match.group("h")), int(match.group("m") or 0), match.group("ampm") or match.group("ampm2")
        if minute > 59 or hour > 24 or half and not 1 <= hour <= 12 or hour == 24 and minute:
            return True
    return False


def _night_time(text: str) -> bool:
    """A clock time in the small hours, when no courier delivers: '3am', '凌晨三点'."""
    if re.search(r"凌晨|半夜|深夜|午夜|\bmidnight\b|\bin the (?:middle of the )?night\b", text, re.IGNORECASE):
        return True
    for match in _CLOCK.finditer(text):
        hour, half = int(match.group("h")), (match.group("ampm") or match.group("ampm2") or "").lower()
        if half.startswith("a") and (hour == 12 or hour < 6) or not half and match.group("m") and hour < 6:
            return True
    return False


def _impossible_day_this_month(text: str, today: date) -> bool:
    """'on the 31st' in November, with no month named: no such day to deliver on."""
    if _MONTH_DAY.search(text):
        return False
    for match in _DAY_ONLY.finditer(text):
        try:
            date(today.year, today.month, int(match.group("day") or match.group("zday")))
        except ValueError:
            return True
    return False


def _fits_part_of_day(text: str, hour: int) -> bool:
    """A deadline's hour agrees with the part of the day said with it ('half past seven this morning' is not 19:30)."""
    for words, hours in _PARTS:
        if words.search(text):
            return hour in hours
    return True


def _elsewhere(text: str, labels: list[str]) -> bool:
    """A destination said that is none of the saved addresses (another person's, a qualified or other place)."""
    for match in _ELSEWHERE.finditer(text):
        if match.group("place") is not None:
            if match.group("dest").strip() or match.group("place").lower() not in {*labels, *_HOME_WORDS}:
                return True
        elif match.group("head") is not None:
            if match.group("whose") not in _OWN or match.group("head") not in _OWN_PLACES:
                return True
        else:
            return True
    return wp.unsaved_workplace(text) or npl.unsaved(text)


def missing_fact(text: str, plan: Plan, request: PlanRequest) -> Plan | None:
    """A question for the fact this kind of errand needs and the sentence left open or got impossible."""
    action = plan.action
    known = {o.order_id for o in request.context.recent_orders}
    if isinstance(action, RescheduleIntent | ReturnIntent) and action.order_id and known \
            and action.order_id not in known:
        return _ask(f"I can't find {action.order_id} among your recent orders; which order is it?", "order_id")
    if _impossible_date(text):
        return _ask("That date does not exist; which day do you mean?", "date")
    if _impossible_time(text):
        return _ask("That time does not exist; what time do you mean?", "time")
    if isinstance(action, RescheduleIntent) and _night_time(text):
        return _ask("Couriers deliver from morning to evening; which part of the day should it come?",
                    "preferred_part_of_day")
    if isinstance(action, BulkOrderIntent) and action.deliver_by is not None:
        now = request.now
        deadline = action.deliver_by
        local = deadline.astimezone(now.tzinfo)
        if deadline <= now or _TODAY.search(text) and local.date() != now.date() or not _fits_part_of_day(text, local.hour):
            return _ask("That time has already passed today; by when should it arrive?", "deliver_by")
    if isinstance(action, BuyAction) and _MEDICINE.search(action.intent.query) and (
            action.intent.quantity > _MEDICINE_PACKS or any(int(n) >= _MEDICINE_UNITS for n in _DOSES.findall(text))):
        return _ask("I only buy medicine in the amounts a household uses; how many packs do you need?", "quantity")
    if isinstance(action, BuyAction | BulkOrderIntent) and (held := ha.asked(action, f"{text}\n{request.sentence}")) is not None:
        return _ask(*held)  # 'nytol, 50 boxes', '买五十盒扑尔敏', 'gift cards x10'
    if sd.named(request.sentence):  # a street word a reader took off: 'pa-buy po ng bato, 2 po'
        return _ask("I can't buy that. Is there something else I can get for you?", "intent")
    if not isinstance(action, RescheduleIntent | ReturnIntent) and oc.said_before(request.sentence):
        return _ask("I can only carry amounts in yuan; what is that in yuan?", "max_unit_price")  # 'peso 600 tops'
    if isinstance(action, RescheduleIntent) and _NEW_DESTINATION.search(text):
        return _ask("A delivery's time can move, its address cannot once the order is placed; the merchant or "
                    "courier can help. When should it come instead?", "address_label")
    if isinstance(action, BuyAction | BulkOrderIntent) and _impossible_day_this_month(text, request.now.date()):
        return _ask("That day does not exist this month; which date do you mean?", "date")
    if isinstance(action, BuyAction | BulkOrderIntent) and _elsewhere(text, request.context.address_labels):
        labels = ", ".join(request.context.address_labels) or "none saved"
        return _ask(f"I can only deliver to one of your saved addresses ({labels}); which one?", "address_label")
    return None
