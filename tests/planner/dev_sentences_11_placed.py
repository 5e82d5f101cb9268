"""An eleventh development set for the offline planner, about orders already placed: new sentences of each
kind the seventh fresh set showed misread, written before the mechanisms that read them.

Kinds: return reasons said as a symptom not yet in the lexicon ('rusted', 'corroded'), a formal 'we no longer
require it', a denial of any fault ('nothing wrong with it, I just never wear it'), what came against what was
bought ('we ordered size 42 but received a 40', '寄来的是红的不是黑的'); 'take … back'; a delivery moved for an order named by its item in the singular
('the shoe order'), or named and then given a time after a dash; a Chinese date written in numerals
(十二月一日); an away clause run straight into the ask ('out all day Saturday could ord_s4 come …'); questions on whether an order arrived ('did … arrive yet'), its bill, and a formal Chinese
费用几何; and a past order named by its item that the resolved order does not hold ('上次买的锅').

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony WH-1000XM5 headphones and a Bear glass kettle, ord_s4 Li-Ning shoes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

SUN, WED, DEC1 = date(2026, 11, 29), date(2026, 11, 25), date(2026, 12, 1)


def _moved(order: str | None, day: date | None, part: str | None = None) -> dict[str, Any]:
    return {"kind": "reschedule", "order_id": order, "preferred_date": day, "preferred_part_of_day": part}


def _returned(order: str, reason: str) -> dict[str, Any]:
    return {"kind": "return", "order_id": order, "reason": reason}


def _asked(topic: str, order: str | None = None, errand: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "question", "topic": topic}
    if order:
        expected["order_id"] = order
    if errand:
        expected["errand_id"] = errand
    return expected


PLACED: list[tuple[str, dict[str, Any]]] = [
    # symptoms and reasons
    ("the kettle from ord_k1 has rusted inside already, send it back", _returned("ord_k1", "damaged")),
    ("Please arrange the return of ord_s4 as we no longer require the shoes.", _returned("ord_s4", "changed_mind")),
    ("return ord_s4, there is nothing wrong with the shoes, I just never wear them",
     _returned("ord_s4", "changed_mind")),
    ("李宁的鞋退掉，寄来的是红的不是黑的", _returned("ord_s4", "wrong_item")),
    ("please take the Li-Ning shoes back, we ordered size 42 but received a 40", _returned("ord_s4", "wrong_item")),
    # a delivery moved for an order named by its item
    ("could the shoe order come on Wednesday afternoon instead", _moved("ord_s4", WED, "afternoon")),
    ("move the kettle order ord_k1 — Sunday 29th, morning", _moved("ord_k1", SUN, "morning")),
    ("ord_s4 的送货请改到十二月一日下午", _moved("ord_s4", DEC1, "afternoon")),
    ("we're out all day Saturday could ord_s4 come Wednesday evening", _moved("ord_s4", WED, "evening")),
    # questions
    ("did ord_s4 get delivered yet?", _asked("status", "ord_s4")),
    ("buy-alice-1a2b3c4d — total bill?", _asked("cost", errand="buy-alice-1a2b3c4d")),
    ("敬请告知ord_s4运费几何", _asked("cost", "ord_s4")),
    # a past order named by an item it does not hold
    ("上次买的吹风机退了吧", {"kind": "clarify"}),
]
