"""A fifth development set for the offline planner: new sentences of each kind the second fresh set showed it
misreading, written here (new people, new phrasings) before the general mechanisms were changed, to check
that they generalise rather than fit the misses.

Kinds: a request wrapped in a greeting, a letter's salutation or a thank-you; a product named with no verb
("kitchen roll x6, office"), a list's lead-in ("next up:"), a need said of someone else ("the twins need");
counts glued to units ("4pcs", "3x250g"); an autocorrect slip ("by" for buy); Cantonese (唔该, 蚊, 听日,
下昼, 朝早, 咗, 冇, 边度, 几时, 低过, 话我知) and traditional characters (買, 禮拜, 拿鐵, 耳機); times said as
礼拜X, 三刻, 大后天, "Nov 27", an impossible date; a drinks order named by a chain not seen before; a watch
worded as "pick it up when it's N or less" with a count; return reasons said as a mistake or a wrong variant;
questions with a typo or "whether … came through"; and facts left out (no drink named, an unknown order).

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from datetime import date
from typing import Any

ASK: dict[str, Any] = {"kind": "clarify"}
SUN, MON, TUE, WED, THU, FRI = (date(2026, 11, d) for d in (22, 23, 24, 25, 26, 27))

BUY: list[tuple[str, dict[str, Any]]] = [
    ("Good afternoon! Would you get me 3 bars of soap? Much appreciated", {"query": "soap", "quantity": 3}),
    ("the twins need new raincoats, 2 please, under 120 each",
     {"query": "raincoats", "quantity": 2, "max_unit_price": 12000}),
    ("kitchen roll x6, office", {"query": "kitchen roll", "quantity": 6, "address_label": "office"}),
    ("Dear team, I would be grateful if you could purchase a reading lamp for me. Regards.",
     {"query": "reading lamp", "quantity": 1}),
    ("shopping list item: 2 jars of honey", {"query": "honey", "quantity": 2}),
    ("buy 4pcs hand towels", {"query": "hand towels", "quantity": 4}),
    ("buy 3x250g butter", {"query": "250g butter", "quantity": 3}),
    ("Can you by me a yoga mat? Max 90", {"query": "yoga mat", "quantity": 1, "max_unit_price": 9000}),
    ("唔该帮我买三包湿纸巾", {"query": "湿纸巾", "quantity": 3}),
    ("幫我買兩瓶洗髮水", {"query": "shampoo", "quantity": 2}),
    ("我想买个吹风机，两百蚊以内", {"query": "hair dryer", "quantity": 1, "max_unit_price": 20000}),
    ("公司要五包咖啡豆，送公司", {"query": "coffee beans", "quantity": 5, "address_label": "office"}),
    ("next up: laundry detergent, 2 bottles", {"query": "laundry detergent", "quantity": 2}),
    ("Morning :) one umbrella for the office please, cheers", {"query": "umbrella", "address_label": "office"}),
]

BULK: list[tuple[str, dict[str, Any]]] = [
    ("we need 18 taro milk teas from CoCo by 4:30pm, office",
     {"item": "taro milk teas", "quantity": 18, "chain": "CoCo", "deliver_by": "2026-11-21T16:30:00+08:00"}),
    ("order 10 mango smoothies from Nayuki for noon tomorrow",
     {"item": "mango smoothies", "quantity": 10, "chain": "Nayuki", "deliver_by": "2026-11-22T12:00:00+08:00"}),
    ("听日下昼两点要二十杯奶茶去公司",
     {"item": "milk tea", "quantity": 20, "deliver_by": "2026-11-22T14:00:00+08:00", "address_label": "office"}),
    ("禮拜一早上十點，送十五杯拿鐵到公司",
     {"item": "latte", "quantity": 15, "deliver_by": "2026-11-23T10:00:00+08:00"}),
    ("帮我订十二杯瑞幸美式，两点三刻送到公司",
     {"item": "americano", "quantity": 12, "chain": "Luckin", "deliver_by": "2026-11-21T14:45:00+08:00"}),
]

WATCH: list[tuple[str, dict[str, Any]]] = [
    ("pick up the Bose QC45 when it's 1500 or less",
     {"query": "Bose QC45", "target_price": 150000, "buy_when_met": True}),
    ("when the Instant Pot drops below 600, buy 2",
     {"query": "Instant Pot", "target_price": 60000, "buy_when_met": True, "quantity": 2}),
    ("price alert: Nintendo Switch OLED, 2000, for three weeks",
     {"query": "Nintendo Switch OLED", "target_price": 200000, "days": 21}),
    ("Xbox手柄低过三百就话我知", {"query": "Xbox手柄", "target_price": 30000}),
    ("iPad Air 到3999就帮我入手", {"query": "iPad Air", "target_price": 399900, "buy_when_met": True}),
]

RETURNS: list[tuple[str, dict[str, Any]]] = [
    ("return the Li-Ning shoes, ordered them by accident", {"order_id": "ord_s4", "reason": "changed_mind"}),
    ("ord_b2 - received AAA not AA, send it back", {"order_id": "ord_b2", "reason": "wrong_item"}),
    ("鞋子买错咗，退咗佢", {"order_id": "ord_s4"}),
    ("耳機壞了，我要退貨", {"order_id": "ord_h3", "product_id": "prd-00011", "reason": "damaged"}),
    ("ord_s4整单退", {"order_id": "ord_s4"}),
]

RESCHEDULES: list[tuple[str, dict[str, Any]]] = [
    ("I'm at the gym sunday morning, could it come sunday evening",
     {"preferred_date": SUN, "preferred_part_of_day": "evening"}),
    ("staying at my parents' until Wednesday, deliver on Thursday afternoon please",
     {"preferred_date": THU, "preferred_part_of_day": "afternoon"}),
    ("delivery on Nov 27 please, whenever", {"preferred_date": FRI}),
    ("听日朝早送啦", {"preferred_date": SUN, "preferred_part_of_day": "morning"}),
    ("ord_k1 改到礼拜三", {"order_id": "ord_k1", "preferred_date": WED}),
    ("大后天晚上送", {"preferred_date": TUE, "preferred_part_of_day": "evening"}),
]

QUESTIONS: list[tuple[str, dict[str, Any]]] = [
    ("Wher is my kettle?", {"topic": "where"}),
    ("could you check whether the refund for my shoes came through? thanks", {}),
    ("ord_s4 几时到", {"order_id": "ord_s4", "topic": "where"}),
    ("return-alice-5a6b7c8d 有冇消息", {"errand_id": "return-alice-5a6b7c8d", "topic": "status"}),
    ("我嘅耳机去咗边度", {"topic": "where"}),
]

MISSING: list[tuple[str, dict[str, Any]]] = [
    ("order 12 from Heytea at 2pm", ASK),
    ("reschedule ord_z9 to tuesday", ASK),
    ("4月31号送", ASK),
]

KIND_OF_DEV_5 = {"buy": BUY, "bulk_order": BULK, "price_watch": WATCH, "return": RETURNS,
                 "reschedule": RESCHEDULES, "question": QUESTIONS, "clarify": MISSING}
