"""A third development set for the offline planner: for each kind of sentence a held-out set showed it
misreading, two or three new sentences of that kind, written here before the mechanism was changed, so the
change is checked on sentences it was not written from.

Kinds: a comma clause that describes the one product (a preference, "the glass one", a count, where it
goes) rather than naming a second; a purpose or a remark around the product ("for my trip", "my son's
birthday is …"); amounts in words ("under two hundred yuan"); Chinese caps without a unit ("预算150",
"不超过五百"), words the glossary does not know kept whole, units written out, a count anywhere in the
phrase, purposes ("运动用的", "给小孩"); watches framed around the product ("when X is below …", "X ever
costs less than …"), a price said as "I'd pay N" or "at N or lower"; returns that name a fault without the
word "broken"; reschedules said as "after work", "I'd rather get it …", "till Monday", "the 25th", "11月27号";
questions about the courier, an eta, tracking; and vague or pointing Chinese requests that must be asked.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from datetime import date
from typing import Any

M = "2026-11-22T"  # tomorrow
TODAY, SUN, MON, TUE, WED, FRI = (date(2026, 11, d) for d in (21, 22, 23, 24, 25, 27))
ASK: dict[str, Any] = {"kind": "clarify"}

BUY: list[tuple[str, dict[str, Any]]] = [
    # a comma clause describing the same product
    ("buy a desk fan, white if possible, max 150", {"query": "white desk fan", "quantity": 1, "max_unit_price": 15000}),
    ("order a frying pan, the non-stick kind", {"query": "non-stick frying pan", "quantity": 1}),
    ("get a thermos, Zojirushi ideally", {"query": "Zojirushi thermos", "quantity": 1}),
    ("buy AA batteries, 3 packs", {"query": "AA batteries", "quantity": 3}),
    ("buy coasters, 6 of them", {"query": "coasters", "quantity": 6}),
    ("I'm out of printer paper, order four", {"query": "printer paper", "quantity": 4}),
    ("buy a whiteboard for the office, deliver it there", {"query": "whiteboard", "address_label": "office"}),
    ("buy a toaster, spend no more than 200 in total", {"query": "toaster", "quantity": 1, "max_total": 20000}),
    ("buy 3 mugs, 90 yuan for all of them", {"query": "mugs", "quantity": 3, "max_total": 9000}),
    ("could you buy a phone stand, ¥40 tops", {"query": "phone stand", "quantity": 1, "max_unit_price": 4000}),
    # a purpose or a remark around the product
    ("buy a neck pillow for my flight next month", {"query": "neck pillow", "quantity": 1}),
    ("get some crayons for my daughter, under 50", {"query": "crayons", "quantity": 1, "max_unit_price": 5000}),
    ("Could you get me a football? The match is on Sunday.", {"query": "football", "quantity": 1}),
    ("please buy a puzzle we can do together, below 100", {"query": "puzzle", "max_unit_price": 10000}),
    ("order a 2kg bag of cat litter", {"query": "2kg cat litter", "quantity": 1}),
    # amounts in words
    ("buy a desk lamp for under one hundred yuan", {"query": "desk lamp", "max_unit_price": 10000}),
    ("buy a backpack, no more than three hundred yuan", {"query": "backpack", "max_unit_price": 30000}),
    ("buy a gift card for 100 yuan", {"query": "gift card", "quantity": 1, "max_unit_price": 10000}),
    # Chinese
    ("帮我买一个台灯，预算200", {"query": "desk lamp", "quantity": 1, "max_unit_price": 20000}),
    ("买一个电水壶，总价不超过三百", {"query": "electric kettle", "quantity": 1, "max_total": 30000}),
    ("我要一个键盘，别超过两百", {"query": "keyboard", "quantity": 1, "max_unit_price": 20000}),
    ("想买个蓝牙耳机", {"query": "蓝牙耳机", "quantity": 1}),
    ("帮我买一把折叠伞", {"query": "折叠伞", "quantity": 1}),
    ("买一个保温杯，500毫升的", {"query": "500ml insulated bottle", "quantity": 1}),
    ("给公司买三箱矿泉水", {"query": "mineral water", "quantity": 3, "address_label": "office"}),
    ("买两个枕头，午睡用的", {"query": "pillow", "quantity": 2}),
    ("买一个台灯给孩子写作业", {"query": "desk lamp", "quantity": 1}),
    ("买三个苹果", {"query": "apples", "quantity": 3}),
    ("买一个苹果手机壳", {"query": "Apple phone case", "quantity": 1}),
]

WATCH: list[tuple[str, dict[str, Any]]] = [
    ("I'd like to hear when a Philips shaver is below 300 yuan", {"query": "Philips shaver", "target_price": 30000}),
    ("tell me if the Dyson hair dryer ever costs less than 2000", {"query": "Dyson hair dryer", "target_price": 200000}),
    ("When desk chairs go under 500 I want to know", {"query": "desk chairs", "target_price": 50000}),
    ("keep an eye on monitor prices for two weeks, I'd pay 900", {"query": "monitor", "target_price": 90000, "days": 14}),
    ("track the Nintendo Switch and tell me once it's at 1800 or lower", {"query": "Nintendo Switch", "target_price": 180000}),
    ("let me know when air fryers are cheaper than three hundred yuan", {"query": "air fryers", "target_price": 30000}),
    ("watch yoga mats, below 80, 20 days", {"query": "yoga mats", "target_price": 8000, "days": 20}),
    ("小米手环要是便宜到200以下提醒我", {"query": "Xiaomi band", "target_price": 20000}),
    ("帮我留意咖啡豆的价格，80元以下告诉我", {"query": "coffee beans", "target_price": 8000}),
    ("降噪耳机降到一千二的时候告诉我", {"query": "noise cancelling headphones", "target_price": 120000}),
    ("显示器降到800以下跟我说一声", {"query": "monitor", "target_price": 80000}),
]

RETURNS: list[tuple[str, dict[str, Any]]] = [
    ("the Midea kettle doesn't boil anymore, I want my money back", {"order_id": "ord_k1", "reason": "damaged"}),
    ("refund ord_b2 please, most of them were already dead", {"order_id": "ord_b2", "reason": "damaged"}),
    ("the Sony headphones aren't what the listing said, return them", {"order_id": "ord_h3", "reason": "not_as_described"}),
    ("the running shoes were the wrong colour, I wanted black", {"order_id": "ord_s4", "reason": "wrong_item"}),
    ("那个美的水壶漏水了，退", {"order_id": "ord_k1", "reason": "damaged"}),
]

RESCHEDULE: list[tuple[str, dict[str, Any]]] = [
    ("please bring it after work on Friday", {"preferred_date": FRI, "preferred_part_of_day": "evening"}),
    ("nobody's home this morning, deliver in the afternoon", {"preferred_part_of_day": "afternoon"}),
    ("I'd rather get my parcel Monday morning", {"preferred_date": MON, "preferred_part_of_day": "morning"}),
    ("delay the delivery to the 26th please", {"preferred_date": date(2026, 11, 26)}),
    ("I'm away till Wednesday, hold the parcel until then", {"preferred_date": WED}),
    ("订单ord_k1改为11月28号送", {"order_id": "ord_k1", "preferred_date": date(2026, 11, 28)}),
]

QUESTIONS: list[tuple[str, dict[str, Any]]] = [
    ("where's the courier with my parcel", {"topic": "where"}),
    ("eta on my order?", {"topic": "where"}),
    ("tracking for ord_k1 please", {"order_id": "ord_k1", "topic": "where"}),
    ("奶茶什么时候能送到", {"topic": "where"}),
]

OTHER: list[tuple[str, dict[str, Any]]] = [
    ("buy the bigger one", ASK),
    ("买点喝的东西", ASK),
    ("还是买上回那个", ASK),
    ("买点好看的", ASK),
    ("买个贵一点的", ASK),
    ("thirty cups please", ASK),
    ("buy three thousand tissues", ASK),
    ("I need a different delivery day", ASK),
]

KIND_OF_DEV_3 = {"buy": BUY, "price_watch": WATCH, "return": RETURNS, "reschedule": RESCHEDULE,
                 "question": QUESTIONS, "clarify": OTHER}
