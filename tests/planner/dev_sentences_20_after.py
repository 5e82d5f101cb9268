"""A twentieth development set, for fields and kinds said in words the readers did not know after the order, the
watch or the return was understood: written here before the readers were changed, to check they read sentences
they were not written from.

Kinds: days said as a span from today ('overmorrow', 大后天 and 外后天 as three days on, 大后日), parts of the day
said by a meal or a northern word (头晌, 早半天, 午饭后, 晚饭过后, 吃完晚饭), clocks said as an hour and its
minutes in words ('four-fifteen', 'five forty-five') or an hour written '18h' after a day, dates written year
first with slashes or dashes ('2026/11/27') and a day before a short month ('28 Nov') in a drinks order; watch
verbs the watch reader did not take off the product (瞄着, 'keep an eye out'); return reasons told as a story (given
ones as presents, rust found, 勿 for 不 in Wu speech, the listing's figure set against what came, another brand
sent); questions asked after an order in other words (what it ran me, 退款是多少, 怎么挑了个…, 礼拜几到, 啥辰光到).

The controls keep their reading or stay questions: 后天 is still two days on, 'three fifteen-packs' is no clock,
'keep an eye on' still watches, a stainless kettle is no rust, 'what did I order' is no cost.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_formats import ASK, TZ, _buy, _watch

SUN, MON, TUE, WED, THU, FRI, SAT = (date(2026, 11, d) for d in range(22, 29))


def _bulk(item: str | list[str], quantity: int, deliver_by: str, **more: Any) -> dict[str, Any]:
    return {"kind": "bulk_order", "item": item, "quantity": quantity, "deliver_by": deliver_by + TZ, **more}


def _moved(order: str, day: date | None, part: str | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"kind": "reschedule", "order_id": order, "preferred_date": day}
    if part:
        found["preferred_part_of_day"] = part
    return found


def _ret(order: str, reason: str) -> dict[str, Any]:
    return {"kind": "return", "order_id": order, "reason": reason}


def _asked(topic: str, **more: Any) -> dict[str, Any]:
    return {"kind": "question", "topic": topic, **more}


READ: list[tuple[str, dict[str, Any]]] = [
    # a day said as a span from today
    ("can the Nanfu batteries come overmorrow instead, afternoon", _moved("ord_b2", MON, "afternoon")),
    ("move the Midea kettle delivery to overmorrow evening", _moved("ord_k1", MON, "evening")),
    ("美的壶那单改到外后天", _moved("ord_k1", TUE)),
    ("南孚电池改到外后天下午送", _moved("ord_b2", TUE, "afternoon")),
    ("Sony耳机那单改到大后天上午", _moved("ord_h3", TUE, "morning")),
    ("南孚电池改到后天上午", _moved("ord_b2", MON, "morning")),  # control: 后天 is two days on
    # a part of the day said by a meal or a northern word
    ("把玻璃壶改到周二头晌送", _moved("ord_h3", TUE, "morning")),
    ("南孚电池改到周五晚饭后", _moved("ord_b2", FRI, "evening")),
    ("美的壶挪到周三吃完晚饭再送", _moved("ord_k1", WED, "evening")),
    ("南孚电池那单改到周四午饭后", _moved("ord_b2", THU, "afternoon")),
    ("索尼耳机改到下周一早半天送", _moved("ord_h3", MON, "morning")),
    # a date written year first
    ("Midea kettle: 2026/11/27, morning if possible", _moved("ord_k1", FRI, "morning")),
    ("move the batteries to 2026-11-25, evening please", _moved("ord_b2", WED, "evening")),
    # a clock said as an hour and its minutes in words, or an hour with 'h'
    ("order 20 Mixue lemon teas to the office by four-fifteen tomorrow",
     _bulk(["lemon teas", "lemon tea"], 20, "2026-11-22T16:15:00", chain="Mixue", address_label="office")),
    ("12 HeyTea grape teas to the office, tomorrow at five forty-five",
     _bulk(["grape teas", "grape tea"], 12, "2026-11-22T17:45:00", chain="HeyTea", address_label="office")),
    ("order 20 Mixue lemon teas to the office, Tuesday 18h",
     _bulk(["lemon teas", "lemon tea"], 20, "2026-11-24T18:00:00", chain="Mixue", address_label="office")),
    ("order 20 Mixue lemon teas to the office, Tuesday at 4pm",
     _bulk(["lemon teas", "lemon tea"], 20, "2026-11-24T16:00:00", chain="Mixue", address_label="office")),
    # Spanglish days and the chain after 'de'; a telegram's STOP
    ("porfa 10 lemon teas de Mixue para la casa mañana 3pm",
     _bulk(["lemon teas", "lemon tea"], 10, "2026-11-22T15:00:00", chain="Mixue")),
    ("porfa, 12 taro milk teas de CoCo pa la oficina, 4pm hoy",
     _bulk(["taro milk teas", "taro milk tea"], 12, "2026-11-21T16:00:00", chain="CoCo", address_label="office")),
    ("las baterías Nanfu, pasado mañana por la mañana porfa", _moved("ord_b2", MON, "morning")),
    ("SWIM CLUB STOP 20 COCO TARO MILK TEAS STOP HOME STOP 4PM SUNDAY STOP",
     _bulk(["taro milk teas", "taro milk tea"], 20, "2026-11-22T16:00:00", chain="CoCo", address_label="home")),
    ("10 dulce de leche lattes from Luckin to the office at 3pm",
     _bulk(["dulce de leche lattes", "dulce de leche latte"], 10, "2026-11-21T15:00:00", chain="Luckin",
           address_label="office")),  # control: 'de' inside the drink stays
    # a day before a short month in a drinks order
    ("order 30 HeyTea grape teas to the office, 28 Nov at 3pm",
     _bulk(["grape teas", "grape tea"], 30, "2026-11-28T15:00:00", chain="HeyTea", address_label="office")),
    # a watch verb the product kept
    ("帮我瞄着戴森吹风机HD15，跌到两千喊我", _watch(["戴森吹风机HD15", "戴森吹风机 HD15", "戴森HD15", "Dyson hair dryer HD15"], 200000)),
    ("瞄着小米手环9，一百五以下告诉我", _watch(["小米手环9", "小米手环 9"], 15000)),
    ("Dyson V15, keep an eye out for 2 weeks, tell me if it's under 3k", _watch(["Dyson V15"], 300000, days=14)),
    ("Kindle Paperwhite, keep tabs on it for a month, under 800", _watch(["Kindle Paperwhite"], 80000, days=30)),
    ("keep an eye out for the Dyson V15, under 3000", _watch(["Dyson V15"], 300000)),
    ("be on the lookout for a Kindle Scribe, under 2000 tell me", _watch(["Kindle Scribe"], 200000)),
    ("yinz keep an eye on the Weber Spirit grill n'at, tell me when it's 2,500", _watch(["Weber Spirit grill"], 250000)),
    ("Prithee, track yon Kindle Scribe and tell me should it drop to 2,000", _watch(["Kindle Scribe"], 200000)),
    ("瞄住那款索尼相机ZV-1，三千以下告诉我", _watch(["索尼相机ZV-1", "Sony ZV-1"], 300000)),
    # return reasons told as a story; a part that will not stay as it should is no item kept
    ("the Midea kettle won't stay shut, send it back", _ret("ord_k1", "damaged")),
    ("the Nanfu batteries won't stay charged, return them", _ret("ord_b2", "damaged")),
    ("return ord_b2, we were given two packs as presents already", _ret("ord_b2", "changed_mind")),
    ("send back the Midea kettle, got three of them as gifts", _ret("ord_k1", "changed_mind")),
    ("美的壶退货，里面全是锈", _ret("ord_k1", "damaged")),
    ("南孚电池退了，一打开全是锈迹", _ret("ord_b2", "damaged")),
    ("美的水壶退脱，烧勿开", _ret("ord_k1", "damaged")),
    ("美的壶退掉，页面写一点八升，实际只装一升", _ret("ord_k1", "not_as_described")),
    ("南孚电池退了，包装上写十二节，到手只有十节", _ret("ord_b2", "not_as_described")),
    ("南孚那单寄来的是别家牌子的，退回去", _ret("ord_b2", "wrong_item")),
    ("美的壶那单发来的是苏泊尔牌，退", _ret("ord_k1", "wrong_item")),
    ("退了美的壶，不锈钢的，不想要了", _ret("ord_k1", "changed_mind")),  # control: stainless is no rust
    # questions in other words
    ("what did the batteries run me?", _asked("cost", order_id="ord_b2")),
    ("what did the Midea kettle set me back?", _asked("cost", order_id="ord_k1")),
    ("return-alice-1234abcd 退款是多少", _asked("cost", errand_id="return-alice-1234abcd")),
    ("buy-alice-1234abcd 怎么选了个贵的", _asked("other", errand_id="buy-alice-1234abcd")),
    ("美的壶大概周几能到", _asked("where", order_id="ord_k1")),
    ("南孚电池大概礼拜几到", _asked("where", order_id="ord_b2")),
    ("南孚电池啥辰光到", _asked("where", order_id="ord_b2")),
    ("美的壶那单签收了没有，我在公司", _asked("status", order_id="ord_k1")),
    ("南孚电池那单什么时候到", _asked("where", order_id="ord_b2")),  # control
    ("what did I order last time from Nanfu, the batteries, where are they?", _asked("where", order_id="ord_b2")),
    # controls: counts and watches as they were
    ("buy three fifteen-packs of AA batteries", _buy(["fifteen-packs of AA batteries", "AA batteries"], 3)),
    ("keep an eye on the Sony A7C II, under 9000", _watch(["Sony A7C II"], 900000)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("the Midea kettle: 2026/13/40, morning", ASK),
    ("move the batteries to overmorrow at 27 o'clock", ASK),
    ("南孚电池改到外后天二十七点", ASK),
    ("20 Mixue lemon teas to the office, Tuesday 17h, and a Dyson V15 too", ASK),
    ("watch the Kindle Scribe and buy a Dyson V15 now", ASK),
    ("move the batteries to 2026/02/30, morning", ASK),
    ("move the batteries to 28 Nov at 27:00", ASK),
]
