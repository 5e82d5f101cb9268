"""A twenty-second development set, for reschedules said as an order and a day with no verb, questions about an
order in a variety's or a chat's words, and price watches that buy at once: written here before the readers were
changed, to check they read sentences they were not written from.

Kinds: a product or an order id, a dash or a colon, then a short weekday with its date ('Fri 27th'), a span of days
before a part of the day ('in four days, after lunch', 三天后下午), or a date with its year ('to 2026-11-27',
2026年11月27日); which day or date it comes asked inside the sentence ('wallahi, which date does ord_b2 arrive?'),
whether it went out asked 'or not' ('ord_k1 shipped or not yet?'), how many days still (还得几天到, 几号能到手) and what
it cost (一共付了多少, 'how much I paid?'); a watch that buys 'the moment' or 'the minute' it is a price, and 一百以内拍三个
(拍, 入, 抢, 拿: buy) in a watch.

The controls stay questions: an order the shopper does not have, a product no order holds, a date no month has or
a day gone, a product two orders hold ('the kettle'), another person's order, a price in dollars or euros, a new
place said where the day goes, a purchase beside the question.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_formats import ASK, _watch

TUE, WED, THU, FRI, SAT, SUN, MON = (date(2026, 11, d) for d in range(24, 31))
SUN22, MON23 = date(2026, 11, 22), date(2026, 11, 23)
DEC1 = date(2026, 12, 1)


def _moved(order: str, day: date, part: str) -> dict[str, Any]:
    return {"kind": "reschedule", "order_id": order, "preferred_date": day, "preferred_part_of_day": part}


def _asked(topic: str, order: str) -> dict[str, Any]:
    return {"kind": "question", "topic": topic, "order_id": order}


def _buys(query: str | list[str], target: int, quantity: int = 1) -> dict[str, Any]:
    return _watch(query, target, buy_when_met=True, quantity=quantity)


READ: list[tuple[str, dict[str, Any]]] = [
    # an order and a short weekday with its date, after a dash or a colon
    ("Midea kettle — Fri 27th, afternoon", _moved("ord_k1", FRI, "afternoon")),
    ("the batteries — Thurs am", _moved("ord_b2", THU, "morning")),
    ("Nanfu AA — tues evening", _moved("ord_b2", TUE, "evening")),
    ("ord_b2 — Mon 30th in the evening", _moved("ord_b2", MON, "evening")),
    ("the Sony headphones — Sun 29th in the afternoon", _moved("ord_h3", SUN, "afternoon")),
    ("ord_h3: Wed 25th, morning", _moved("ord_h3", WED, "morning")),
    ("the glass kettle — weds 25th, evening", _moved("ord_h3", WED, "evening")),
    ("the Midea one - Sat 28th, in the morning", _moved("ord_k1", SAT, "morning")),
    ("Bear glass kettle — Thu 26th morning, cheers", _moved("ord_h3", THU, "morning")),
    # a span of days before a part of the day
    ("Midea stainless kettle, in two days, morning", _moved("ord_k1", MON23, "morning")),
    ("the Sony headphones, in four days, after lunch", _moved("ord_h3", WED, "afternoon")),
    ("Nanfu batteries, in 3 days, evening", _moved("ord_b2", TUE, "evening")),
    ("ord_k1, in five days, before lunch", _moved("ord_k1", THU, "morning")),
    ("the AA batteries, two days from now, in the afternoon", _moved("ord_b2", MON23, "afternoon")),
    # a date with its year
    ("ord_b2 to 2026-11-27, morning", _moved("ord_b2", FRI, "morning")),
    ("ord_h3 to 2026-11-30, afternoon", _moved("ord_h3", MON, "afternoon")),
    ("the Midea kettle to 2026/11/25, evening", _moved("ord_k1", WED, "evening")),
    ("Nanfu batteries → 2026-11-26 morning", _moved("ord_b2", THU, "morning")),
    ("ord_k1 2026-11-28 afternoon pls", _moved("ord_k1", SAT, "afternoon")),
    ("the headphones to 2026-12-01, after lunch", _moved("ord_h3", DEC1, "afternoon")),
    # the same in Chinese
    ("美的水壶，三天后下午", _moved("ord_k1", TUE, "afternoon")),
    ("南孚电池，两天后上午", _moved("ord_b2", MON23, "morning")),
    ("索尼耳机，五天以后晚上", _moved("ord_h3", THU, "evening")),
    ("ord_k1，2026年11月27日上午", _moved("ord_k1", FRI, "morning")),
    ("ord_b2 改 2026-11-29 下午", _moved("ord_b2", SUN, "afternoon")),
    ("美的不锈钢壶——周五下午", _moved("ord_k1", FRI, "afternoon")),
    ("索尼耳机那单，后天晚上", _moved("ord_h3", MON23, "evening")),
    ("小熊玻璃壶，周四傍晚", _moved("ord_h3", THU, "evening")),
    ("索尼耳机，大后天傍晚", _moved("ord_h3", TUE, "evening")),
    # which day or date it comes, asked inside the sentence
    ("hey, what day does the Midea kettle arrive?", _asked("where", "ord_k1")),
    ("ok so which day will the batteries get here?", _asked("where", "ord_b2")),
    ("wallahi, which date does ord_b2 arrive?", _asked("where", "ord_b2")),
    ("bro what day is the Sony headphones coming?", _asked("where", "ord_h3")),
    ("the headphones, which day they reach?", _asked("where", "ord_h3")),
    ("habibi, what date will the stainless kettle be delivered?", _asked("where", "ord_k1")),
    # whether it went out, 'or not'
    ("the Nanfu batteries, it is sent already or not?", _asked("status", "ord_b2")),
    ("ord_k1 shipped or not yet?", _asked("status", "ord_k1")),
    ("the Sony headphones, already send out or not?", _asked("status", "ord_h3")),
    ("Midea kettle dispatched or not?", _asked("status", "ord_k1")),
    ("ah the batteries, posted already or not?", _asked("status", "ord_b2")),
    ("anh ơi, the glass kettle, it is shipped yet or not?", _asked("status", "ord_h3")),
    # what it cost
    ("ord_h3 both things together, how much I paid?", _asked("cost", "ord_h3")),
    ("the batteries order, altogether how much did I pay?", _asked("cost", "ord_b2")),
    ("the Midea kettle, how much I spent?", _asked("cost", "ord_k1")),
    # how many days still, in Chinese
    ("美的水壶还要几天才能到", _asked("where", "ord_k1")),
    ("南孚电池还得几天到", _asked("where", "ord_b2")),
    ("索尼耳机几号能到手", _asked("where", "ord_h3")),
    ("小熊玻璃壶还要几天送到", _asked("where", "ord_h3")),
    ("ord_k1还要几天到家", _asked("where", "ord_k1")),
    ("ord_b2几号能送到", _asked("where", "ord_b2")),
    ("美的壶多会儿到", _asked("where", "ord_k1")),
    # what it cost, in Chinese
    ("南孚电池那单花了几块钱", _asked("cost", "ord_b2")),
    ("ord_h3一共付了多少", _asked("cost", "ord_h3")),
    ("索尼耳机那单付了多少钱", _asked("cost", "ord_h3")),
    ("ord_k1加起来多少", _asked("cost", "ord_k1")),
    ("美的不锈钢壶花了多少", _asked("cost", "ord_k1")),
    ("小熊壶那单一共付了多少钱", _asked("cost", "ord_h3")),
    ("南孚电池付了几多钱", _asked("cost", "ord_b2")),
    # a watch that buys the moment the price is met
    ("Dyson V12 — buy it the minute it's 2,800", _buys("Dyson V12", 280000)),
    ("Kindle Paperwhite, buy one the second it hits 700", _buys("Kindle Paperwhite", 70000)),
    ("Nintendo Switch 2 — grab one the moment it drops to 2,000", _buys("Nintendo Switch 2", 200000)),
    ("Bose QC Ultra — buy it as soon as it's 1,900", _buys("Bose QC Ultra", 190000)),
    ("the iPad Air, buy it the instant it's 3,600", _buys("iPad Air", 360000)),
    ("Sony A7C2 — buy two the moment it's 9,000", _buys("Sony A7C2", 900000, 2)),
    # a watch whose buy is said 拍, 入, 抢, 拿 after the price
    ("帮我盯着大疆Mini 4 Pro，四千以内拍一台", _buys(["大疆Mini 4 Pro", "DJI Mini 4 Pro"], 400000)),
    ("姐妹们帮我盯着戴森吹风机，两千以下入一台", _buys(["戴森吹风机", "Dyson hair dryer"], 200000)),
    ("帮我盯一下小米手环9，一百五以内抢两个", _buys("小米手环9", 15000, 2)),
    ("盯着任天堂Switch 2，两千以内拍两台", _buys("任天堂Switch 2", 200000, 2)),
    ("帮我盯着三只松鼠坚果礼盒，八十以内拍三盒", _buys("三只松鼠坚果礼盒", 8000, 3)),
    ("宝宝们盯着罗技G502，三百以下入一个", _buys("罗技G502", 30000)),
    ("帮我盯着九阳豆浆机，五百以内买一台", _buys("九阳豆浆机", 50000)),  # control: as it was
    ("盯着科沃斯扫地机，两千以下拿一台", _buys("科沃斯扫地机", 200000)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # an order the shopper does not have, a product no order holds
    ("ord_z9 — Sat 28th in the morning", ASK),
    ("ord_x7, in three days, after lunch", ASK),
    ("a toaster — Fri 27th, afternoon", ASK),
    ("which day does ord_z9 arrive?", ASK),
    # a date no month has, a day gone
    ("ord_k1 to 2026-02-30, evening", ASK),
    ("美的水壶，2026年2月30日上午", ASK),
    ("ord_b2 to 2026-11-19, morning", ASK),
    # a product two orders hold
    ("the kettle — Sat 28th in the morning", ASK),
    ("the kettle, in three days, evening", ASK),
    ("which day does the kettle arrive?", ASK),
    ("the kettle, it is sent already or not?", ASK),
    ("壶还要几天才到", ASK),
    # another person's order
    ("which day does my sister's glass kettle arrive?", ASK),
    ("my neighbour's batteries, sent already or not?", ASK),
    ("我妈的美的水壶还要几天到", ASK),
    # a price in another currency
    ("Dyson V12 — buy it the moment it's $300", ASK),
    ("Kindle Paperwhite, buy one the second it hits €90", ASK),
    ("帮我盯着戴森吹风机，两百美元以内拍一台", ASK),
    # a new place said where the day goes
    ("the Midea kettle — to my gym, Saturday morning", ASK),
    ("ord_k1 — to my cousin's flat, Fri 27th", ASK),
    ("Nanfu batteries, in three days, to the hotel", ASK),
    # a purchase beside the question
    ("the headphones, what day does it arrive? and buy a case too", ASK),
    ("ord_h3一共付了多少？顺便买个耳机包", ASK),
]
