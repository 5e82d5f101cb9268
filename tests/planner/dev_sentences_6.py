"""A sixth set of sentences for the offline planner, written after the mechanisms of the fifth set's round were
built and measured once, untuned, to see whether they generalise: other people and phrasings than the fifth
set's (a shopper writing like a formal letter, a Hong Kong parent, a Taiwanese student, an office manager,
someone reading off a list), across every kind.

In the held-out format (``bench.eval.judging.planner_mismatches``): every dict names ``kind``; words are
compared loosely and a list gives the acceptable names. Same clock and orders as ``dev_sentences.py``
(Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle, ord_b2 Nanfu AA batteries, ord_h3 Sony
headphones and a Bear kettle, ord_s4 Li-Ning running shoes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

SUN, MON, TUE, WED, THU, FRI = (date(2026, 11, d) for d in (22, 23, 24, 25, 26, 27))
ASK: dict[str, Any] = {"kind": "clarify"}

LATE: list[tuple[str, dict[str, Any]]] = [
    # buy
    ("Hiya! Could I trouble you for 2 packs of green tea bags? ta",
     {"kind": "buy", "query": "green tea bags", "quantity": 2}),
    ("grandma needs a new cushion for her chair, under 80 yuan",
     {"kind": "buy", "query": "cushion", "max_unit_price": 8000}),
    ("dog shampoo x3, home", {"kind": "buy", "query": "dog shampoo", "quantity": 3, "address_label": "home"}),
    ("Greetings. I wish to purchase one set of kitchen knives. Kind regards",
     {"kind": "buy", "query": ["kitchen knives", "kitchen knife set"], "quantity": 1}),
    ("buy 6pcs AA batteries", {"kind": "buy", "query": "AA batteries", "quantity": 6}),
    ("唔该帮我买两樽洗发水", {"kind": "buy", "query": ["shampoo", "洗发水"], "quantity": 2}),
    ("幫我買一個電熱水壺，三百塊以內",
     {"kind": "buy", "query": ["electric kettle", "电热水壶", "kettle"], "max_unit_price": 30000}),
    ("the office is out of printer ink, 4 cartridges please, deliver to office",
     {"kind": "buy", "query": ["printer ink", "printer ink cartridges"], "quantity": 4, "address_label": "office"}),
    ("宿舍要一个小风扇，五十块以内", {"kind": "buy", "query": ["小风扇", "fan", "small fan"], "max_unit_price": 5000}),
    ("Plz by me 2 phone chargers", {"kind": "buy", "query": "phone chargers", "quantity": 2}),
    # drinks
    ("we'd like 24 grape cheese teas from HeyTea at 3pm, office",
     {"kind": "bulk_order", "item": ["grape cheese teas", "grape cheese tea"], "quantity": 24, "chain": "HeyTea",
      "deliver_by": "2026-11-21T15:00:00+08:00"}),
    ("禮拜二中午十二點，二十杯奶茶送公司",
     {"kind": "bulk_order", "item": ["milk tea", "奶茶"], "quantity": 20, "deliver_by": "2026-11-24T12:00:00+08:00"}),
    ("蜜雪冰城柠檬茶三十杯，下午四点前送到公司",
     {"kind": "bulk_order", "item": ["lemon tea", "柠檬茶"], "quantity": 30, "chain": "Mixue",
      "deliver_by": "2026-11-21T16:00:00+08:00"}),
    # watches
    ("snag the Sony A7C when it hits 9000", {"kind": "price_watch", "query": "Sony A7C", "target_price": 900000}),
    ("let me know when the Dyson Airwrap is 2800 or lower",
     {"kind": "price_watch", "query": "Dyson Airwrap", "target_price": 280000}),
    ("Switch 2 跌到两千就同我买", {"kind": "price_watch", "query": "Switch 2", "target_price": 200000,
                                   "buy_when_met": True}),
    ("keep an eye on the Kindle, below 600 tell me, three weeks",
     {"kind": "price_watch", "query": "Kindle", "target_price": 60000, "days": 21}),
    # returns
    ("the Nanfu batteries leak, send them back", {"kind": "return", "order_id": "ord_b2", "reason": "damaged"}),
    ("我买错了鞋子的尺码，想退", {"kind": "return", "order_id": "ord_s4"}),
    ("ord_k1 - got a white one instead of the steel one, return please",
     {"kind": "return", "order_id": "ord_k1", "reason": "wrong_item"}),
    # reschedules
    ("busy all Monday, bring it Tuesday morning instead",
     {"kind": "reschedule", "preferred_date": TUE, "preferred_part_of_day": "morning"}),
    ("後日夜晚先送", {"kind": "reschedule", "preferred_date": MON, "preferred_part_of_day": "evening"}),
    ("can my parcel come on Dec 1 in the afternoon",
     {"kind": "reschedule", "preferred_date": date(2026, 12, 1), "preferred_part_of_day": "afternoon"}),
    # questions
    ("whre is my headphones parcel", {"kind": "question", "topic": "where"}),
    ("ord_b2 到咗未", {"kind": "question", "order_id": "ord_b2"}),
    ("how much did ord_k1 cost me in total", {"kind": "question", "order_id": "ord_k1", "topic": "cost"}),
    # must ask
    ("order 30 from Tiger Sugar by 5", ASK),
    ("6月31号送过来", ASK),
    ("buy it again", ASK),
    ("买点东西给我妈", ASK),
]
