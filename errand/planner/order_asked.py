"""A question about one of the shopper's own orders said in a variety's or a chat's words, which the question
reader's starts ('where', 'when', 在哪) do not hold:

- which day it comes, the ask inside the sentence: 'yalla, which day does the glass kettle arrive?', 'what date
  will ord_b2 get here', 'the batteries, what day they reach?';
- whether it has gone out, asked 'or not' after the product: 'the Bear kettle, it is sent already or not?', 'ord_k1
  shipped or not yet?', 'already send out or not, the batteries?';
- how many days still: 美的那个不锈钢壶还要几天才到家, 南孚电池还得几天到, 索尼耳机几号能到;
- what it cost, the items together: ord_h3两样东西加起来付了多少, 南孚电池那单花了几块钱, 'ord_h3 both things together,
  how much I paid?'.

The order is named by its id or by the words of exactly one recent order's item. Two orders holding the product
('which day does the kettle arrive?') is asked back, unless the question reader already takes the sentence ('how
much did I pay for the kettle' is asked of both); an order of another person ('my sister's kettle') is asked back
too. A purchase, a return or a watch in the same sentence is left to their readers.
"""

from __future__ import annotations

import re
from typing import Literal

from errand.domain.intents import ErrandQuestion, Plan

from . import dropped as dp
from . import ordered as od
from . import others_records as orr
from . import phrases as ph
from . import placed as pl
from . import shopping as sh
from .context import PlanRequest
from .people_words import KIN_EN, KIN_ZH, NOT_NAMED

Topic = Literal["where", "status", "cost", "other"]

_ARRIVE = (r"(?:arrive|arriving|come|coming|get (?:here|to me|delivered)|reach|reaching|land|turn up|show up|be (?:here|delivered)"
           r"|deliver(?:ed)?|drop)")
# Which day it comes, the ask anywhere in the sentence: 'which day does … arrive', 'what date will ord_b2 get here'.
_EN_WHEN = re.compile(rf"\b(?:which|what)\s+(?:day|date)\b[^?.!]{{0,50}}?\b{_ARRIVE}\b|\b{_ARRIVE}\s+(?:on\s+)?(?:which|what)"
                      r"\s+(?:day|date)\b", re.IGNORECASE)
# Whether it went out, 'or not': 'it is sent already or not?', 'shipped or not yet', 'already send out or not'.
_EN_SENT = re.compile(r"\b(?:sent|send|shipped|ship|dispatched|posted|delivered|arrived|reached|come|came)(?: out| off)?"
                      r"(?: already| yet)?\s*(?:or not|or no|or not yet|not yet|yet or not|already or not)\b", re.IGNORECASE)
# How many days still, the day it comes: '还要几天才到家', '还得几天到', '几号能到', '多会儿到'.
_ZH_WHEN = re.compile(r"(?:还要|还得|还需要?|要|得)?几天(?:能|才|就|可以|会)?(?:到|送到|送来|寄到|到家|到手)"
                      r"|几号(?:能|才|就|可以|会)?(?:到|送到|送来|到家|到手)|多会儿(?:能|才)?到|还要几天")
# What it cost: '付了多少', '花了几块钱', '加起来多少', '一共付了', 'how much I paid'.
_ZH_COST = re.compile(r"(?:付|花|给|掏)了?(?:多少|几多|几块|几个钱|几百)|加起来(?:一共)?(?:多少|几多)|(?:一共|总共)(?:付|花)了?")
_EN_COST = re.compile(r"\bhow much (?:I|we|did I|did we)? ?(?:paid|pay|spent|spend)\b|\b(?:together|altogether|in total|all told)"
                      r"[^?]{0,20}\bhow much\b", re.IGNORECASE)
# Another person's thing: "my sister's glass kettle", "Tom's batteries", 'her headphones', 我妈的美的水壶, 同事的耳机.
_WHOSE = re.compile(rf"\b(?:(?:my|our)\s+{KIN_EN}(?:'s|’s|s'|s’)|(?!{NOT_NAMED}\b)[a-z]+(?:'s|’s)|his|her|their)\s+(?=[a-z])"
                    rf"|{KIN_ZH}的|(?:他|她|别人|人家|朋友|同事|邻居|室友)们?的", re.IGNORECASE)
# Another errand beside it: a purchase, a return, a watch.
_OTHER_ERRAND = re.compile(r"\b(?:buy|purchase|order (?:a|an|some|\d+|another)|watch|track the price|price drops?|drops? to"
                           r"|falls? to|under|below)\b|买|订购|盯|提醒我|降到|跌到|以下|以内", re.IGNORECASE)


def _topic(text: str) -> Topic | None:
    if _ZH_COST.search(text) or _EN_COST.search(text):
        return "cost"
    if _EN_WHEN.search(text) or _ZH_WHEN.search(text):
        return "where"
    if _EN_SENT.search(text):
        return "status"
    return None


def question(text: str, request: PlanRequest) -> Plan | None:
    """The question about one recent order, a question back when the order is not one of the shopper's or two
    orders hold the product, or None when the sentence is not such a question."""
    topic = _topic(text)
    if topic is None or _OTHER_ERRAND.search(text) or pl.RETURN.search(text) or dp.must_hear(text):
        return None  # harm, another shopper's records or an instruction beside the question: the other readers ask
    orders = request.context.recent_orders
    titles = [item.title for order in orders for item in order.items]
    brands = {word.lower() for title in titles for word in re.findall(r"[A-Za-z]{2,}", title)}
    whose = [m for m in _WHOSE.finditer(text) if m.group(0).split("'")[0].split("’")[0].strip().lower() not in brands]
    if whose or orr.asked_of_another(text, titles):
        return sh.ask("I can only answer about your own orders. Which of yours do you mean?", "order_id")
    named = ph.ORDER_ID.findall(text)
    if named:
        if len(set(named)) != 1 or named[0] not in {o.order_id for o in orders}:
            return None  # an id the shopper's recent orders do not hold: left to the question reader
        order_id = named[0]
    else:
        held = sorted({o.order_id for o, _ in od.named_items(text, orders)})
        if not held:
            return None
        if len(held) > 1 and pl.is_question(text, request):
            return None  # 'how much did I pay for the kettle': the question reader asks it of both orders
        if len(held) > 1:
            return sh.ask("Which order do you mean? " + ", ".join(held) + ".", "order_id")
        order_id = held[0]
    return Plan(action=ErrandQuestion(shopper_id=request.context.shopper_id, order_id=order_id, topic=topic,
                                      sentence=text))
