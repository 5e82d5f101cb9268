"""The last check before the offline planner acts: it acts only when the sentence asks for one errand, about
one product, with amounts and referents it could read. Anything the slots did not account for becomes a
question naming what is unclear, because a wrong purchase costs the shopper more than one more turn.

It runs on the planned action and the sentence together: the planner reads slots, the gate looks at what
the slots left behind (the product phrase, the other clauses) for what no slot explains.
"""

from __future__ import annotations

import re

from errand.domain.intents import (
    BulkOrderIntent,
    BuyAction,
    Clarification,
    Plan,
    PriceWatchIntent,
)

from . import bounds as bd
from . import counts as ct
from . import described as ds
from . import gift_said as gs
from . import harm_anywhere as ha
from . import harm_told as ht
from . import held_for_pickup as hp
from . import joined_items as ji
from . import left_unknown as lu
from . import leftover_harm as lh
from . import phrases as ph
from . import request_checks as rc
from . import screen as sc
from . import second_item as si
from . import segment as sg
from . import two_errands as te
from . import uncarried as cu
from . import vague as vg
from . import wrapped as wa
from .context import PlanRequest
from .scope import about_the_world, refusal

# Money leaving the shopper other than by paying for an errand: sending, lending, topping up, paying bills.
_MONEY_MOVEMENT = re.compile(
    r"\b(?:send|transfer|wire|give|lend|pay|top ?up|recharge|deposit|withdraw)\b[^.?!]{0,25}?"
    r"(?:\d+\s*(?:yuan|rmb|cny|元|块|bucks|kuai|dollars?)|[¥￥$]\s*\d+|\bmoney\b|\bcash\b)"
    r"|\bpay (?:(?:my|the|his|her|their|a) )?(?:\w+ )?(?:bills?|rent|fees?|fines?|debts?|tax(?:es)?)\b"
    r"|\btop ?up\b"
    r"|转账|转给|转\d+|打钱|汇款|充值|借钱", re.IGNORECASE)
# Investments bought as if goods; a book, a guide or a course about them is a purchase.
_INVESTING = re.compile(
    r"\b(?:buy|sell|trade|invest in|get)\s+(?:some\s+|\d+\s+)?(?:\w+\s+)?(?:stocks|shares|bonds)\b|\bshares (?:of|in)\b"
    r"|\b(?-i:[A-Z][\w&.-]*) stock\b|\bstocks? (?:in|of) \w"
    r"|\b(?:stock|share|forex|crypto) (?:trading|options|market)\b|\b(?:mutual|index|hedge) funds?\b"
    r"|\b(?:bitcoin|crypto|forex)\b|理财|股票|基金", re.IGNORECASE)
_PUBLICATION = re.compile(r"\b(?:books?|guides?|magazines?|courses?|dictionar(?:y|ies)|handbooks?|textbooks?|novels?)\b"
                          r"|书|杂志|课程|教程|入门", re.IGNORECASE)
# A way to pay that is not the shopper's own approved one.
_OTHER_PAYMENT = re.compile(
    r"\b(?:with|using|on|from) (?:(?:my|his|her|their|someone(?: else)?'s|[\w']+'s) ){0,2}(?:credit |debit |bank )?"
    r"(?:card|account|alipay|wechat pay|paypal)\b|别人的卡|他的卡|她的卡", re.IGNORECASE)
# Goods no errand buys, read from the product words themselves.
_RESTRICTED_PRODUCT = re.compile(
    r"\b(?:counterfeit(?![- ](?:(?:money|notes?|bills?|cash) )?(?:detect\w*|check\w*|test\w*|pens?|scanners?))|fake(?! (?:plants?|flowers?|grass|trees?|succulents?|ivy|greenery|foliage|vines?|snow|cobwebs?|blood|eyelashes|lashes|nails|tattoos?)\b)|replica|knock-?off|forged|(?<!'s )(?<!is )(?<!gets )(?<!got )(?<!was )(?<!been )stolen|pirated|(?:aaa|mirror|top) (?:quality|grade) (?:copy|copies|replicas?))\b|(?<![\d:])1[:：]1(?![\d:])(?!\s*(?:scale|ratio|square|model"
    r"|figure))|一比一|1比1|A货|超A|原单|莆田(?:鞋|货|版)|假的|假货|高仿|仿冒|盗版", re.IGNORECASE)
# Verbs a product's name does not hold: a clause the slots did not read (often an instruction to the planner).
_STRAY_VERB = re.compile(
    r"\b(?:ignore|forget|disregard|pretend|override|bypass|transfer(?![ -](?:paper|tape|film|vinyl))|pay|sell"
    r"|cancel|delete|kill|hurt|steal|hack|refund|approve|sign|lend|borrow|return|send back|instead|then)\b", re.IGNORECASE)
# Pointers to something the sentence does not name.
_REFERENT = re.compile(
    r"\b(?:same|again|usual|as before|last time|one more|another one|more of|those|these|that one|this one)\b"
    r"|^(?:one|ones|more|some|another|the (?:cheapest|best|other) ones?|(?:cheapest|best) ones?)$"
    r"|^(?:the )?(?:\w+(?:er|est)|better|best|other) ones?$"  # 'the cheaper one': compared to what?
    r"|^(?:(?:a|an|the|some)\s+)?(?:[\w-]+\s+){1,2}ones?$"  # 'a big one': one of what?
    r"|^(?:of )?(?:each|all|both|everything|either|any|the lot|whatever|them all)$", re.IGNORECASE)
# A number left open: "a few", "2 or 3", "2-3", "lots of".
_UNCLEAR_AMOUNT = re.compile(
    r"\b(?:a few|few|several|a lot of|lots of|loads of|plenty of|a bunch of(?= \w+s\b)(?! flowers| bananas| grapes)"
    r"|a couple(?! of)|some more|a number of|enough|many)\b"
    r"|(?<!\bat )(?<!\bby )\b\d+\s*(?:-|–|~|or|to)\s*\d+\s+(?!yuan|rmb|元|块|bucks|days?|weeks?|pm|am|o'?clock)[a-z]"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten) or (?:two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE)
# Two products in one phrase.
# 'Plus' with its capital names a model ('Nike Air Max Plus', 'iPhone 16 Plus'), not a second thing.
_TWO_THINGS = re.compile(r"\s(?:and|&|(?-i:plus)|as well as|along with|with some|or)\s|,\s*\w", re.IGNORECASE)
# A second thing joined to a drinks order: "10 lattes for the office and a cake from the bakery".
_ANOTHER_THING = re.compile(r"\b(?:and|plus|with) (?:also )?(?:a|an|some|\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
                            r"\s+(?!half\b|bit\b|few (?:minutes|hours)|hour|minute|quarter|receipt|invoice|fapiao)[a-z]",
                            re.IGNORECASE)
# A count of people read as the drink: "bubble tea for 15 people" orders fifteen cups of what?
_PEOPLE = re.compile(r"(?:people|persons?|guys|colleagues|staff|team(?:mates)?|everyone|folks|heads|pax|attendees"
                     r"|guests|人|位|个人|同事)", re.IGNORECASE)
# The verbs that start each kind of errand, to find a sentence asking for two.
_CLAUSE_LEAD = r"^\s*(?:(?:please|pls|also|and|then|can you|could you|i want to|i'd like to|i need to)\s+)*"
_ERRAND_VERBS = {
    "buy": re.compile(_CLAUSE_LEAD + r"(?:buy|order|purchase|get|grab)\s+(?!it\b|them\b|one\b|if\b|when\b|once\b|at\b|under\b"
                      r"|below\b|for me\b|me one\b|rid\b|back\b|delivered\b|here\b|there\b|ready\b|to\b|from\b|status\b"
                      r"|id\b|number\b|ord_|\d+\s+(?:\w+\s+)?(?:if|when|once)\b"
                      r"|(?:me\s+|us\s+)?(?:a|one)\s+(?:pair|set)\s*$)(?:me\s+|us\s+)?(?:a|an|some|the|\d+|two|three|[a-z][a-z-]{2,})\b"
                      r"|(?:^|[，,\s]|再|顺便|然后)(?:帮我|给我)?(?:买|下单)(?!的|错|[多重贵]了|重复|时|明明|选|那会|当时)", re.IGNORECASE),
    "reschedule": re.compile(_CLAUSE_LEAD + r"(?:reschedule|postpone|(?:move|push|delay|shift|change)\s+(?:back\s+)?"
                             r"(?:ord_\w+|(?:my|the|our)\s+(?:[\w-]+\s+){0,2}(?:delivery|order|parcel|package)))\b"
                             r"|(?:把)?(?:ord_\w+|订单|快递|包裹|配送)(?:的)?(?:送货)?(?:时间)?(?:改到|改期|推迟|延后)"
                             r"|改(?:一下|下)?[^，。！？]{0,12}(?:送货|配送|送达|派送|收货)(?:的)?(?:时间|日期)"
                             r"|(?:送货|配送|派送|快递|送达)(?:时间|日期)?(?:改到|改成|改为|改期|推迟|延后)", re.IGNORECASE),
    "watch": re.compile(_CLAUSE_LEAD + r"(?:watch|track|monitor|keep (?:an )?eye on) (?:the )?(?:price|\w+)", re.IGNORECASE),
    "return": re.compile(_CLAUSE_LEAD + r"(?:return|refund|send (?:it |them |\w+ )?back)\b|退货|退款|退了|退掉|退回",
                         re.IGNORECASE),
}


def unclear_amount(text: str) -> bool:
    """'a few', '2 or 3 packs', '2-3 kettles', '几包': the shopper left the number open."""
    return bool(_UNCLEAR_AMOUNT.search(text) or ph.CJK.search(text) and sg.unclear_count(text))


def points_elsewhere(text: str) -> bool:
    """'the same as last time', 'a few of those': the product is only pointed at, not named."""
    return bool(_REFERENT.search(text))


def _ask(question: str, *missing: str) -> Plan:
    return Plan(action=Clarification(question=question, missing=list(missing)))


def _errand_kinds(text: str) -> set[str]:
    """The kinds of errand a sentence's clauses start, one clause at a time."""
    clauses = re.split(r"\band\b|[,;.!?，；。！？]|\bthen\b|然后|并且|另外|顺便", text, flags=re.IGNORECASE)
    kinds = set()
    for clause in clauses:
        for kind, verb in _ERRAND_VERBS.items():
            if verb.search(clause):
                kinds.add(kind)
                break
    return kinds


def check(text: str, plan: Plan, request: PlanRequest | None = None) -> Plan:
    """``plan`` when the sentence is fully accounted for; otherwise a question naming what is unclear.

    With the ``request``, the facts each kind of errand needs are checked after its slots were read: an order
    among the shopper's own, a deadline still ahead, a destination among the saved addresses."""
    said = gs.plain(wa.plain(request.sentence)) if request else ""  # a wrapper read as its request; a gift as none
    plan = ji.check(text, si.check(text, sc.screen(text, plan), said), said)
    action = plan.action
    if action.kind == "clarify":
        return plan
    if request is not None and (typed := ha.question(request.sentence)) is not None:  # whatever a reader dropped
        return _ask(*typed)
    if request is not None and lh.left_harm(request.sentence, action):  # harm's shape in words no field accounts for
        return _ask(ha.QUESTION, "intent")
    if request is not None and (told := ht.question(request.sentence)) is not None:  # harm told, a demand relayed
        return _ask(*told)
    if hp.held(text):  # 'can the courier hold ord_h3 at the depot?', 'ord_k1放驿站，我自己去取'
        return _ask(hp.QUESTION, "address_label")
    if request is not None and (unknown := rc.unknown_order(text, request)) is not None:
        return unknown
    if request is not None and (missing := lu.question(text, plan, request)) is not None:
        return missing  # 'order #55821', 'the kettle' of two, a return withdrawn, '十来个', 'cans of cola'
    if te.two_at_once(text, action, _errand_kinds(text), _ERRAND_VERBS):
        return _ask("That is two errands at once; which should I do first?", "intent")
    if te.another_paid(text):  # 'what did the headphones run her?'
        return _ask("I can only look at your own orders. Which of yours do you mean?", "order_id")
    if action.kind == "question":
        return _ask(*vg.WORLD) if about_the_world(text) else plan
    if (left_open := vg.left_open(text, action.kind)) is not None:
        return _ask(*left_open)
    if action.kind in ("buy", "bulk_order", "price_watch") and cu.foreign_amount(text):
        return _ask("I can only carry amounts in yuan; what is that in yuan?",
                    "target_price" if action.kind == "price_watch" else "max_unit_price")
    if isinstance(action, PriceWatchIntent) and cu.longer_than_a_year(text):
        return _ask("A watch can run for up to a year; how long should I watch it?", "days")
    if request is not None:
        missing = rc.missing_fact(text, plan, request)
        if missing is not None:
            return missing
    if _MONEY_MOVEMENT.search(text) or _INVESTING.search(text) and not _PUBLICATION.search(text):
        return _ask("I only buy, return, watch and deliver goods; moving money is something you do yourself. "
                    "What would you like me to get?", "intent")
    if _OTHER_PAYMENT.search(text):
        return _ask("Errands are paid only with your own approved payment method; should I go ahead with that?",
                    "payment")
    refused = refusal(text)
    if refused is not None:
        return _ask(*refused)
    if isinstance(action, BuyAction | BulkOrderIntent) and (short := bd.shortfall(
            text, action.intent.query if isinstance(action, BuyAction) else action.item,
            request.context.address_labels if request is not None else None)) is not None:
        return _ask(*short)
    if action.kind in ("buy", "bulk_order") and ct.unorderable(text):
        return _ask("How many exactly? I order whole items, more than zero.", "quantity")
    if action.kind in ("buy", "bulk_order") and ct.one_count_for_several(text):
        return _ask("One product at a time, please: which one first, and how many?", "query")
    if isinstance(action, BuyAction | PriceWatchIntent):
        query = action.intent.query if isinstance(action, BuyAction) else action.query
        return _check_product(text, query, plan, watch=isinstance(action, PriceWatchIntent))
    if isinstance(action, BulkOrderIntent):
        if _TWO_THINGS.search(action.item) or re.search(r"\d|和|还有", action.item) or _ANOTHER_THING.search(text):
            return _ask("Which drink should I order? One errand orders one drink; I can do the other next.", "item")
        if _UNCLEAR_AMOUNT.search(text) or ph.CJK.search(text) and sg.unclear_count(text):
            return _ask("How many exactly?", "quantity")
        if _PEOPLE.fullmatch(action.item.strip()):
            return _ask(f"How many cups, and of which drink? I read “{action.item}” as the drink.", "item")
    return plan


def _check_product(text: str, query: str, plan: Plan, *, watch: bool) -> Plan:
    zh = bool(ph.CJK.search(text))
    if _RESTRICTED_PRODUCT.search(query) or _RESTRICTED_PRODUCT.search(text):
        return _ask("I can't buy counterfeit or fake goods. Is there something else I can get for you?", "query")
    if _STRAY_VERB.search(named := ds.untitled(query, text)):  # 'Steal Like an Artist by Austin Kleon': a book
        return _ask("I did not understand all of that; which product should I "
                    f"{'watch' if watch else 'buy'}, in one short sentence?", "query")
    if _REFERENT.search(query) or ds.UNACCOUNTED.search(named) or _NEED_ONLY.search(text) or _GENERIC_GOODS.match(query.strip()) \
            or ds.POINTER.search(text):
        return _ask("Which product do you mean? Please name it.", "query")
    if _TWO_THINGS.search(f" {ds.one_product(query, text)} ") or zh and sg.names_two(ds.plain_text(text)):
        return _ask("One product at a time, please: which one first?", "query")
    if not watch and (_UNCLEAR_AMOUNT.search(text) or zh and sg.unclear_count(text)):
        return _ask("How many exactly?", "quantity")
    return plan


# A product phrase that names no product, only "something", "stuff", "food".
_GENERIC_GOODS = re.compile(
    r"^(?:some|any)(?:thing|one)\b|^stuff\b|"  # "something to get me through night shifts": a need, no product
    r"^(?:some|any|nice|good|random|cheap|useful|fun|little|small|tasty|few|\s)*(?:things?|stuff|something|anything"
    r"|items?|goods|products?|food|snacks|presents?|gifts?|drinks|beverages|refreshments|groceries|supplies|essentials)(?:\s+(?:nice|good|for \w+(?: \w+)?|to eat|to drink))*$"
    r"|^(?:点|些|一些|啲|嘅|好|好吃的?|好喝的?|好玩的?|有用的?|随便)*(?:东西|嘢|嘢食|野|吃的|喝的|用的|食物|吃|喝|零食|礼物)$",
    re.IGNORECASE)
# A need with no product: "something to get me through night shifts", "I need anything for a sore throat".
_NEED_ONLY = re.compile(r"^(?:(?:please|pls|can you|could you|would you|i(?:'d| would)? (?:need|want|like)|buy|get|order|find"
                        r"|grab)\s+)*(?:me\s+|us\s+)?(?:some|any)(?:thing|one)\b(?!\s+(?:like|called|named|such as))",
                        re.IGNORECASE)
