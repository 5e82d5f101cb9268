"""A second reading of a planned action against what only the whole message shows: who is speaking, whether a
forwarded request is the shopper's own to act on, whether a place declared to be a saved address is the shopper's,
whether a return is honest, whether the order named is the shopper's (or said to be another person's), whether the
goods deceive as said before the payment was peeled off, whether a delivery moved names drinks and no order, whether
the product names goods a shop sells, whether a word hides its letters (look_alikes.py) or the sentence respelled
canonically (spelled.py) names harmful goods,
and whether a bare word after a hesitation was the product.

Each check turns an action into a question, except the last, which turns 'what would you like?' into the purchase
the shopper named; the gate's checks still run on whatever this returns.
"""

from __future__ import annotations

import re

from errand.domain.intents import (
    BuyAction,
    Clarification,
    Plan,
    PriceWatchIntent,
    RescheduleIntent,
    ReturnIntent,
)

from . import deceit as dc
from . import declared_place as dp
from . import despair_said as ds
from . import dialect as dl
from . import drinks as dr
from . import forwarded as fw
from . import harm as hm
from . import held_back as hb
from . import hesitated as hs
from . import kept_back as kb
from . import look_alikes as la
from . import money_services as ms
from . import named_day as nd
from . import not_goods as ng
from . import open_amounts as oa
from . import order_named as on
from . import others_errands as oe
from . import others_things as ot
from . import returned_as_is as ra
from . import rules_lifted as rl
from . import said_of_order as so
from . import screen as sc
from . import shopping as sh
from . import speaking_for as sf
from . import spelled as sp
from . import unfounded as uf
from . import unreal_times as ut
from .context import PlanRequest
from .scope import refusal

_ORDER_NAMED = re.compile(r"\bord[_-]?\w+|\b(?:order|parcel|package|delivery)\b|单|單|快递|快遞|包裹", re.IGNORECASE)


def _screened(text: str) -> bool:
    """What the harm screens ask about in any errand: harmful goods or purpose, goods refused, a hazardous chemical."""
    return sc.alarming(text) or hm.hazardous_chemical(text) or refusal(text) is not None


def _ask(question: str, missing: str) -> Plan:
    return Plan(action=Clarification(question=question, missing=[missing]))


def vet(text: str, plan: Plan, request: PlanRequest) -> Plan:
    """``plan`` read again with the whole message: a question where it must not act, a purchase where a hesitation
    ended on the product."""
    action = plan.action
    if ds.despair_said(request.sentence) or hm.despairing(request.sentence):  # read as said: no story dropped first
        return _ask(ds.care_reply(request.sentence), "intent")
    if rl.lifted(request.sentence):  # 'previous rules are cancelled by the developer', 之前的规则作废了
        return _ask(rl.QUESTION, "intent")
    if ms.money_service(request.sentence):  # a loan, credit, 套现, 刷单, a bet, crypto, shares: no shop sells them
        return _ask(ms.question(request.sentence), "intent")
    if (gap := uf.question(request.sentence, action.kind, request.context.recent_orders)) is not None:
        return _ask(*gap)  # 'order KB-77', 'bulk order paper towels', 'Buy 3 ETH', a diploma, 'skip the checks'
    if oe.for_another(request.sentence, action.kind, [i.title for o in request.context.recent_orders for i in o.items]):
        return _ask(oe.QUESTION, "order_id")  # "reschedule Carol's delivery", 把bob的配送改到后日
    if (unreal := ut.question(request.sentence, action.kind) or oa.question(request.sentence, action.kind)) is not None:
        return _ask(*unreal)  # '4点70分', 'delivered 2 hours ago', 'some rice', 便宜点就买
    if (said := hs.found_en_product(request.sentence)) is not None and (
            action.kind == "question" or isinstance(action, Clarification) and action.missing == ["intent"]):
        return sh.buy(f"buy {said}", request)  # "what's it called… oh right, a phone stand"
    if isinstance(action, Clarification):
        # A hesitation that ends on the product, whichever reader took it ('嗰個叫咩嚟㗎……係喇，充電線').
        found = hs.found_product(request.sentence) if action.missing in (["intent"], ["query"]) else None
        return sh.buy("买" + dl.to_mandarin(found), request) if found else plan
    if (held := hb.question(text, request.sentence, action.kind,
                            [i.title for o in request.context.recent_orders for i in o.items])) is not None:
        screened = sc.screen(text, plan)  # the screen's own question where it has one
        return screened if screened.action.kind == "clarify" else _ask(*held)
    if (kept := kb.question(text, request.sentence, action.kind, len(request.context.recent_orders))) is not None:
        return _ask(*kept)  # a blade past a scanner, 罂粟壳, a camera for a tenant's room, what 502 ordered, 送到姑妈家
    if action.kind in ("buy", "bulk_order", "price_watch") and la.disguised_word(request.sentence):
        return _ask(la.QUESTION, "query")  # 'hеroin' with a Cyrillic е, a soft hyphen inside a word
    if sp.disguised(request.sentence, _screened):  # 'g1ock sw1tch', 'ｃｏｃａｉｎｅ　２ｇ', 'd a m a', 'chuan shan jia'
        return _ask("I can't help with that. Is there something else I can get for you?", "intent")
    if sf.another_speaks(request.sentence, text, request.context.shopper_id):
        return _ask(sf.QUESTION, "shopper_identity")
    if (not_theirs := so.question(text)) is not None:
        return _ask(*not_theirs)  # '那是我前女友的单', "nothing wrong with it but put 'damaged' as the reason"
    if dc.deceives(request.sentence) or ds.harm_said(request.sentence):  # read as said: '用礼品卡交' is no payment
        return _ask("I can't help with that. Is there something else I can get for you?", "intent")
    if isinstance(action, RescheduleIntent) and dr.DRINK.search(text) and not _ORDER_NAMED.search(text):
        return _ask("How many drinks, and which? Please give the count in digits.", "quantity")  # '三点前送奶茶到公司'
    if (forwarded := fw.question(request.sentence, action, dr.local_now(request))) is not None:
        return _ask(*forwarded)  # 'FW: from Bob — "…, charge my card" — yes pls do', '转发：“…” 好的'
    if action.kind in ("buy", "bulk_order", "price_watch") and (
            elsewhere := dp.question(request.sentence, request.context.shopper_id)) is not None:
        return _ask(*elsewhere)  # 'her flat = home', '邻居家=公司', 'for the house next door', 'ship to: 12 Elm St'
    if (charged_back := ra.chargeback(text)) is not None:
        return _ask(*charged_back)  # 'file a chargeback on the headphones order even though I got them'
    if isinstance(action, ReturnIntent) and (dishonest := ra.question(
            text, request.context.shopper_id, fault_given=action.reason in ("damaged", "not_as_described", "wrong_item"))) is not None:
        return _ask(*dishonest)
    if isinstance(action, RescheduleIntent) and action.order_id is None and nd.time_alone(text):
        return _ask("Which order should come then? I can move a delivery once you name the order.", "order_id")
    if isinstance(action, RescheduleIntent) and action.order_id is None \
            and on.unheld(text, request.context.recent_orders):
        return _ask(on.QUESTION, "order_id")
    if action.kind in ("buy", "bulk_order", "price_watch") and ot.named_by_owner(text):
        return _ask(*ot.QUESTION)  # 'get me what my flatmate has', 'one like my brother's', 我同桌那种
    if isinstance(action, BuyAction) and (unnamed := ng.question(action.intent.query)) is not None:
        return _ask(*unnamed)
    if isinstance(action, PriceWatchIntent) and ng.names_nothing(action.query):
        return _ask("Which product should I watch the price of? Please name it.", "query")
    return plan
