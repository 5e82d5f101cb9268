"""A tenth development set for the offline planner, about orders already placed: new sentences of each kind
the sixth fresh set showed misread, written before the mechanisms that read them.

Kinds: reasons said in a formal letter ('Reason: the unit delivered is a different model from the one
ordered', 'a present I never wanted'), in Singlish ('spoilt already lah'), clipped ('change mind'), and in
Chinese as what came against what was bought ('收到的是白色的，我买的是黑色的', '说是…，到的是…',
'寄来的不是…'); Cantonese '同網上…唔同'; 'give back' as a return word; a product id said with its order;
'not Monday but Thursday' for a new day; questions put as a memo ('re: ord_s4 - … when is it due'), a formal
'I should like to know whether …', an order named by its item with 'has it shipped' or 发货没有, a Cantonese
有冇到, a watch asked after with 怎样了, a refund's 到哪一步, and the cost of a drinks order already placed.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony WH-1000XM5 headphones and a Bear glass kettle, ord_s4 Li-Ning shoes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

MON, THU, FRI = (date(2026, 11, d) for d in (23, 26, 27))


def _moved(order: str | None, day: date | None, part: str | None = None) -> dict[str, Any]:
    return {"kind": "reschedule", "order_id": order, "preferred_date": day, "preferred_part_of_day": part}


def _returned(order: str, reason: str, product: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "return", "order_id": order, "reason": reason}
    if product:
        expected["product_id"] = product
    return expected


def _asked(topic: str, order: str | None = None, errand: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "question", "topic": topic}
    if order:
        expected["order_id"] = order
    if errand:
        expected["errand_id"] = errand
    return expected


PLACED: list[tuple[str, dict[str, Any]]] = [
    # reasons in a formal letter, in Singlish, clipped
    ("I would like to return the Li-Ning shoes; they were a present I never wanted; the box is still sealed.",
     _returned("ord_s4", "changed_mind")),
    ("Kindly process a return for ord_s4. Reason: the pair received is a different size from the one ordered.",
     _returned("ord_s4", "wrong_item")),
    ("the Nanfu batteries all spoilt already, return can", _returned("ord_b2", "damaged")),
    ("ord_s4 return, change mind", _returned("ord_s4", "changed_mind")),
    ("refund ord_k1, unwanted gift", _returned("ord_k1", "changed_mind")),
    # 'give back', and a product id said with its order
    ("I wish to give back the shoes of Li-Ning, the sole is peeling", _returned("ord_s4", "damaged")),
    ("prd-00011 of ord_h3 has no sound on the left, return it", _returned("ord_h3", "damaged", "prd-00011")),
    # what came against what was bought, in Chinese
    ("李宁的鞋收到的是白色的，我买的是黑色的，退了", _returned("ord_s4", "wrong_item")),
    ("美的水壶说是不锈钢的，到的是塑料的，要退", _returned("ord_k1", "not_as_described")),
    ("耳机那单退掉，寄来的不是索尼是杂牌", _returned("ord_h3", "wrong_item")),
    ("退貨 ord_s4，對鞋同網上啲相唔同", _returned("ord_s4", "not_as_described")),
    # a comparison with the past is no broken listing
    ("耳机左边没声音了，跟以前不同，退", _returned("ord_h3", "damaged")),
    # a new day said against the old one
    ("Please bring ord_k1 not on Monday but on Thursday, in the morning.", _moved("ord_k1", THU, "morning")),
    ("deliver ord_s4 not today but friday please", _moved("ord_s4", FRI)),
    # questions in a memo, a formal letter, clipped, and in Chinese and Cantonese
    ("re: ord_s4 - still nothing here, when is it meant to arrive?", _asked("where", "ord_s4")),
    ("I should like to know whether ord_b2 has arrived; the concierge thinks it came yesterday.",
     _asked("status", "ord_b2")),
    ("hows my refund for return-alice-0f1e2d3c coming along", _asked("status", errand="return-alice-0f1e2d3c")),
    ("quick q: the running shoes order, has it shipped", {"kind": "question"}),
    ("盯着的那个watch-alice-4b5c6d7e现在怎样了", _asked("status", errand="watch-alice-4b5c6d7e")),
    ("return-alice-9a8b7c6d 退款走到哪一步了", _asked("status", errand="return-alice-9a8b7c6d")),
    ("李寧波鞋嗰單ord_s4有冇寄到", _asked("status", "ord_s4")),
    ("耳机那单发货没有", {"kind": "question"}),
    ("How much did the 20 lattes for the team come to?", _asked("cost")),
]
