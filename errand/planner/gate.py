"""The last check before the offline planner acts: it acts only when the sentence asks for one errand, about
one product, with amounts and referents it could read. Anything the slots did not account for becomes a
question naming what is unclear, because a wrong purchase costs the shopper more than one more turn.

It runs on the planned action and the sentence together: the planner reads slots, the gate looks at what
the slots left behind (the product phrase, the other clauses) for what no slot explains.
"""

from __future__ import annotations

import re

from errand.domain.intents import BulkOrderIntent, BuyAction, Clarification, Plan, PriceWatchIntent

from . import phrases as ph
from . import screen as sc
from . import segment as sg

# Money leaving the shopper other than by paying for an errand: sending, lending, topping up, paying bills.
_MONEY_MOVEMENT = re.compile(
    r"\b(?:send|transfer|wire|give|lend|pay|top ?up|recharge|deposit|withdraw)\b[^.?!]{0,25}?"
    r"(?:\d+\s*(?:yuan|rmb|cny|元|块|bucks|kuai|dollars?)|[¥￥$]\s*\d+|\bmoney\b|\bcash\b)"
    r"|\bpay (?:(?:my|the|his|her|their|a) )?(?:\w+ )?(?:bills?|rent|fees?|fines?|debts?|tax(?:es)?)\b"
    r"|\btop ?up\b|\b(?:stocks?|shares|bonds|funds?|bitcoin|crypto|forex)\b"
    r"|转账|转给|转\d+|打钱|汇款|充值|借钱|理财|股票|基金", re.IGNORECASE)
# A way to pay that is not the shopper's own approved one.
_OTHER_PAYMENT = re.compile(
    r"\b(?:with|using|on|from) (?:(?:my|his|her|their|someone(?: else)?'s|[\w']+'s) ){0,2}(?:credit |debit |bank )?"
    r"(?:card|account|alipay|wechat pay|paypal)\b|别人的卡|他的卡|她的卡", re.IGNORECASE)
# Goods no errand buys, read from the product words themselves.
_RESTRICTED_PRODUCT = re.compile(
    r"\b(?:counterfeit|fake|replica|knock-?off|forged|stolen|pirated)\b|假的|假货|高仿|仿冒|盗版", re.IGNORECASE)
# Verbs a product's name does not hold: a clause the slots did not read (often an instruction to the planner).
_STRAY_VERB = re.compile(
    r"\b(?:ignore|forget|disregard|pretend|override|bypass|transfer|pay|sell|cancel|delete|kill|hurt|steal"
    r"|hack|refund|approve|sign|lend|borrow|return|send back|instead|then)\b", re.IGNORECASE)
# Pointers to something the sentence does not name.
_REFERENT = re.compile(
    r"\b(?:same|again|usual|as before|last time|one more|another one|more of|those|these|that one|this one)\b"
    r"|^(?:one|ones|more|some|another|the (?:cheapest|best|other) ones?|(?:cheapest|best) ones?)$"
    r"|^(?:the )?(?:\w+(?:er|est)|better|best|other) ones?$", re.IGNORECASE)  # 'the cheaper one': compared to what?
# A number left open: "a few", "2 or 3", "2-3", "lots of".
_UNCLEAR_AMOUNT = re.compile(
    r"\b(?:a few|few|several|a lot of|lots of|loads of|plenty of|a bunch of(?= \w+s\b)(?! flowers| bananas| grapes)"
    r"|a couple(?! of)|some more|a number of|enough|many)\b"
    r"|\b\d+\s*(?:-|–|~|or|to)\s*\d+\s+(?!yuan|rmb|元|块|bucks|days?|weeks?|pm|am|o'?clock)[a-z]"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten) or (?:two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE)
# Two products in one phrase.
_TWO_THINGS = re.compile(r"\s(?:and|&|plus|as well as|along with|with some|or)\s|,\s*\w", re.IGNORECASE)
# The verbs that start each kind of errand, to find a sentence asking for two.
_CLAUSE_LEAD = r"^\s*(?:(?:please|pls|also|and|then|can you|could you|i want to|i'd like to|i need to)\s+)*"
_ERRAND_VERBS = {
    "buy": re.compile(_CLAUSE_LEAD + r"(?:buy|order|purchase|get|grab)\s+(?!it\b|them\b|one\b|if\b|when\b|once\b|at\b|under\b"
                      r"|below\b|for me\b|me one\b)(?:me\s+|us\s+)?(?:a|an|some|the|\d+|two|three)\b", re.IGNORECASE),
    "watch": re.compile(_CLAUSE_LEAD + r"(?:watch|track|monitor|keep (?:an )?eye on) (?:the )?(?:price|\w+)", re.IGNORECASE),
    "return": re.compile(_CLAUSE_LEAD + r"(?:return|refund|send (?:it |them |\w+ )?back)\b|退货|退款", re.IGNORECASE),
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
    clauses = re.split(r"\band\b|[,;.!?]|\bthen\b|然后|并且|另外", text, flags=re.IGNORECASE)
    kinds = set()
    for clause in clauses:
        for kind, verb in _ERRAND_VERBS.items():
            if verb.search(clause):
                kinds.add(kind)
                break
    return kinds


def check(text: str, plan: Plan) -> Plan:
    """``plan`` when the sentence is fully accounted for; otherwise a question naming what is unclear."""
    plan = sc.screen(text, plan)
    action = plan.action
    if action.kind in ("clarify", "question"):
        return plan
    if _MONEY_MOVEMENT.search(text):
        return _ask("I only buy, return, watch and deliver goods; moving money is something you do yourself. "
                    "What would you like me to get?", "intent")
    if _OTHER_PAYMENT.search(text):
        return _ask("Errands are paid only with your own approved payment method; should I go ahead with that?",
                    "payment")
    if len(_errand_kinds(text)) > 1:
        return _ask("That is two errands at once; which should I do first?", "intent")
    if isinstance(action, BuyAction | PriceWatchIntent):
        query = action.intent.query if isinstance(action, BuyAction) else action.query
        return _check_product(text, query, plan, watch=isinstance(action, PriceWatchIntent))
    if isinstance(action, BulkOrderIntent):
        if _TWO_THINGS.search(action.item) or re.search(r"\d|和|还有", action.item):
            return _ask("Which drink should I order? One errand orders one drink; I can do the other next.", "item")
        if _UNCLEAR_AMOUNT.search(text) or ph.CJK.search(text) and sg.unclear_count(text):
            return _ask("How many exactly?", "quantity")
    return plan


def _check_product(text: str, query: str, plan: Plan, *, watch: bool) -> Plan:
    zh = bool(ph.CJK.search(text))
    if _RESTRICTED_PRODUCT.search(query) or _RESTRICTED_PRODUCT.search(text):
        return _ask("I can't buy counterfeit or fake goods. Is there something else I can get for you?", "query")
    if _STRAY_VERB.search(query):
        return _ask("I did not understand all of that; which product should I "
                    f"{'watch' if watch else 'buy'}, in one short sentence?", "query")
    if _REFERENT.search(query):
        return _ask("Which product do you mean? Please name it.", "query")
    if _TWO_THINGS.search(f" {query} ") or zh and sg.names_two(text):
        return _ask("One product at a time, please: which one first?", "query")
    if not watch and (_UNCLEAR_AMOUNT.search(text) or zh and sg.unclear_count(text)):
        return _ask("How many exactly?", "quantity")
    return plan
