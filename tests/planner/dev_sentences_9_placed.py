"""A ninth development set for the offline planner, about orders already placed: new sentences of each kind
the fifth fresh set showed misread, written before the mechanisms that read them.

Kinds: a delivery moved for an order named by its item ("the batteries order", 耳机那单), and asked back when
the item fits two orders (two kettles); a Chinese 'when' question after an order id (啥时候, 几点, 几时);
emoji with no words; a purchase and a return joined in one sentence; Shanghainese 退脱 and pinyin tuihuo;
katakana product words; "send them all back"; a listing that lied; a day said before its month ("27
November"); 上半天 and 下半天.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony WH-1000XM5 headphones and a Bear glass kettle, ord_s4 Li-Ning shoes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

SUN, MON, TUE, WED, THU, FRI, MON30 = (date(2026, 11, d) for d in (22, 23, 24, 25, 26, 27, 30))
ASK: dict[str, Any] = {"kind": "clarify"}


def _moved(order: str | None, day: date | None, part: str | None = None) -> dict[str, Any]:
    return {"kind": "reschedule", "order_id": order, "preferred_date": day, "preferred_part_of_day": part}


def _returned(order: str, reason: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "return", "order_id": order}
    if reason:
        expected["reason"] = reason
    return expected


PLACED: list[tuple[str, dict[str, Any]]] = [
    # a delivery moved for the order its item names
    ("the headphones order, can it come on wednesday instead", _moved("ord_h3", WED)),
    ("move the batteries delivery to friday afternoon", _moved("ord_b2", FRI, "afternoon")),
    ("电池那个订单改到周四上午送", _moved("ord_b2", THU, "morning")),
    ("耳机改到后天送", _moved("ord_h3", MON)),
    ("the Midea kettle one, deliver friday evening instead", _moved("ord_k1", FRI, "evening")),
    ("move it to tuesday please", _moved(None, TUE)),
    # an item two orders hold: which order?
    ("the kettle, push it to thursday", ASK),
    ("水壶那单改到周五", ASK),
    ("can the kettle come on sunday instead", ASK),
    # a Chinese 'when' after an order id
    ("ord_b2 啥时候到", {"kind": "question", "order_id": "ord_b2", "topic": "where"}),
    ("ord_h3 几点能送到", {"kind": "question", "order_id": "ord_h3", "topic": "where"}),
    ("ord_k1 几时到呀", {"kind": "question", "order_id": "ord_k1", "topic": "where"}),
    # emoji with no words
    ("😅😅?", ASK),
    ("📦❓", ASK),
    # a purchase and a return in one sentence
    ("order a phone case and also return the kettle", ASK),
    ("return the headphones and buy a new pair of earbuds", ASK),
    ("get me some AA batteries and also refund ord_h3", ASK),
    # dialect and pinyin return words, katakana product words
    ("把那个电池退脱", _returned("ord_b2")),
    ("电池 退 不要了", _returned("ord_b2", "changed_mind")),
    ("tuihuo ord_b2 please", _returned("ord_b2")),
    ("ヘッドホン坏了，退货", _returned("ord_h3", "damaged")),
    ("电池退货，买错了，本来想买七号的", _returned("ord_b2")),
    # sent back whole; a listing that lied
    ("the parcel had someone else's things in it, refund ord_b2", _returned("ord_b2", "wrong_item")),
    ("ord_k1 里面是别人的东西，退货", _returned("ord_k1", "wrong_item")),
    ("ord_b2 came half empty, send them all back", _returned("ord_b2")),
    ("the Sony headphones aren't wireless at all, the listing lied. refund", _returned("ord_h3", "not_as_described")),
    # a day before its month; half-day words
    ("please move ord_b2 to 27 November, morning", _moved("ord_b2", FRI, "morning")),
    ("reschedule ord_k1 for 30 Nov", _moved("ord_k1", MON30)),
    ("ord_h3 礼拜四上半天送", _moved("ord_h3", THU, "morning")),
    ("ord_k1 改到周五下半天", _moved("ord_k1", FRI, "afternoon")),
]
