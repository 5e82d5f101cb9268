"""A seventh development set for the offline planner, about orders already placed: new sentences (new people,
new phrasings) of each kind the third fresh set showed misread, written before the mechanisms that read them.

Kinds: a return's reason said only as a symptom (a noise, a part snapped or come apart, a device that will
not switch off, a dent, a leak, a part missing, an item opened and used before, a capacity that differs from
the listing, one the shopper already has), in English, Chinese and Cantonese; which item is meant (an
attribute word that tells two kettles apart, a model code said short, "keep the other", "both" for the whole
order, Cantonese 水煲 and 退钱); a new delivery time said with slang ("arvo"), a date in words ("november
thirtieth"), "any time <day> is fine", a day or part said with "not", Cantonese 改去 and 全日, and a day
already past (asked about); questions framed as someone else's ("dad asks: …"), Cantonese 喺边 / 去咗边,
a question followed by a remark about a time, and has-it-been-delivered worded as 送到了没有.

In the held-out format (``bench.eval.judging.planner_mismatches``): every dict names ``kind``. Same clock and
orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea stainless kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony WH-1000XM5 headphones and a Bear glass kettle, ord_s4 Li-Ning
running shoes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

SUN, MON, TUE, WED, THU, FRI = (date(2026, 11, d) for d in (22, 23, 24, 25, 26, 27))
ASK: dict[str, Any] = {"kind": "clarify"}
SONY, BEAR = "prd-00011", "prd-00014"


def _ret(order: str, reason: str | None = None, product: str | None = None, **more: Any) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "return", "order_id": order, **more}
    if reason:
        expected["reason"] = reason
    if product:
        expected["product_id"] = product
    return expected


RETURNS: list[tuple[str, dict[str, Any]]] = [
    # reasons said as symptoms
    ("the Midea kettle makes a loud rattling noise when it boils, return it", _ret("ord_k1", "damaged")),
    ("Sony headphones crackle in the left ear, refund please", _ret("ord_h3", "damaged", SONY)),
    ("the Li-Ning shoes: the sole came apart on day one, return", _ret("ord_s4", "damaged")),
    ("ord_k1 return, the lid hinge had snapped off inside the box", _ret("ord_k1", "damaged")),
    ("the Midea kettle never turns itself off, send it back", _ret("ord_k1", "damaged")),
    ("索尼耳机有电流声，退货", _ret("ord_h3", "damaged", SONY)),
    ("南孚电池盒子压扁了，退", _ret("ord_b2", "damaged")),
    ("李宁跑鞋鞋底开胶了，退货", _ret("ord_s4", "damaged")),
    ("ord_k1 the power cord is missing from the box, return", _ret("ord_k1", "not_as_described")),
    ("the Bear kettle says 1.8 litres but it holds barely a litre, return", _ret("ord_h3", "not_as_described", BEAR)),
    ("美的水壶标的1.7升，实际才1升多，退", _ret("ord_k1", "not_as_described")),
    ("the Sony headphones were clearly used before, scuffs and someone's earwax, return",
     _ret("ord_h3", None, SONY)),
    ("return ord_b2, I already have plenty of batteries at home", _ret("ord_b2", "changed_mind")),
    ("my daughter already bought me the same Bear kettle, return this one", _ret("ord_h3", "changed_mind", BEAR)),
    ("跑鞋买重复了，退掉", _ret("ord_s4", "changed_mind")),
    ("my Li-Ning shoes came in another size than I ordered, return ord_s4", _ret("ord_s4", "wrong_item")),
    ("the Midea kettle doesn't match the listing photos at all, return", _ret("ord_k1", "not_as_described")),
    ("ord_k1: water pours out the seam when I fill it, return", _ret("ord_k1", "damaged")),
    # which order and which item
    ("return the stainless kettle, I've got one already", _ret("ord_k1", "changed_mind")),
    ("退那个不锈钢水壶，用不上", _ret("ord_k1", "changed_mind")),
    ("ord_h3 return everything, the headphones and the kettle both", _ret("ord_h3", product_id=None)),
    ("send ord_s4 back, the size is wrong", _ret("ord_s4", "wrong_item")),
    ("only return the Bear kettle from ord_h3, I'm keeping the headphones", _ret("ord_h3", None, BEAR)),
    ("耳机留着，只退小熊水壶", _ret("ord_h3", None, BEAR)),
    ("keep the kettle, return the Sony headphones", _ret("ord_h3", None, SONY)),
    ("the XM5 cans buzz constantly, return them", _ret("ord_h3", "damaged", SONY)),
    ("ord_b2嘅电池漏液，退钱", _ret("ord_b2", "damaged")),
    ("美的水煲有裂痕，我要退钱", _ret("ord_k1", "damaged")),
    # still asked: two kettles, no order named
    ("the kettle hums when it's off, return it", ASK),
    ("水煲有杂音，退货", ASK),
]

RESCHEDULES: list[tuple[str, dict[str, Any]]] = [
    ("can't do sunday, make it monday arvo", {"kind": "reschedule", "preferred_date": MON,
                                             "preferred_part_of_day": "afternoon"}),
    ("push the delivery to november thirtieth, evening",
     {"kind": "reschedule", "preferred_date": date(2026, 11, 30), "preferred_part_of_day": "evening"}),
    ("move it to the second of december", {"kind": "reschedule", "preferred_date": date(2026, 12, 2)}),
    ("I'm at work all Tuesday, so any time Wednesday is ok", {"kind": "reschedule", "preferred_date": WED,
                                                              "preferred_part_of_day": None}),
    ("tomorrow, but not in the evening — morning please",
     {"kind": "reschedule", "preferred_date": SUN, "preferred_part_of_day": "morning"}),
    ("ord_k1: monday evening is good, not sunday",
     {"kind": "reschedule", "order_id": "ord_k1", "preferred_date": MON, "preferred_part_of_day": "evening"}),
    ("friday afternoon suits me, not the morning",
     {"kind": "reschedule", "preferred_date": FRI, "preferred_part_of_day": "afternoon"}),
    ("後日唔得閒，改去礼拜五朝早", {"kind": "reschedule", "preferred_date": FRI, "preferred_part_of_day": "morning"}),
    ("周一全天都行", {"kind": "reschedule", "preferred_date": MON, "preferred_part_of_day": None}),
    ("改去听日晏昼", {"kind": "reschedule", "preferred_date": SUN, "preferred_part_of_day": "afternoon"}),
    ("nobody home on monday, tuesday arvo instead",
     {"kind": "reschedule", "preferred_date": TUE, "preferred_part_of_day": "afternoon"}),
    ("any time on Thursday works for me", {"kind": "reschedule", "preferred_date": THU}),
    ("ord_b2 can wait till Tuesday", {"kind": "reschedule", "order_id": "ord_b2", "preferred_date": TUE}),
    ("后天下午送吧 明天家里没人", {"kind": "reschedule", "preferred_date": MON, "preferred_part_of_day": "afternoon"}),
    ("monday not tuesday", {"kind": "reschedule", "preferred_date": MON}),
    ("明天，不要早上，晚上", {"kind": "reschedule", "preferred_date": SUN, "preferred_part_of_day": "evening"}),
    ("上周三送", ASK),
    ("deliver it last Tuesday", ASK),
    ("ord_b2改到上个星期一", ASK),
]

QUESTIONS: list[tuple[str, dict[str, Any]]] = [
    ("my mum wants to know: has her blender arrived?", {"kind": "question", "topic": "status"}),
    ("dad asks, did the batteries get delivered yet", {"kind": "question", "topic": "status"}),
    ("ord_s4而家喺边", {"kind": "question", "order_id": "ord_s4", "topic": "where"}),
    ("ord_b2去咗边", {"kind": "question", "order_id": "ord_b2", "topic": "where"}),
    ("我的快递到哪里了？明天要出门", {"kind": "question", "topic": "where"}),
    ("where is my order? I'll be out tomorrow afternoon", {"kind": "question", "topic": "where"}),
    ("ord_s4 送到了吗", {"kind": "question", "order_id": "ord_s4", "topic": "status"}),
    ("did ord_k1 get delivered?", {"kind": "question", "order_id": "ord_k1", "topic": "status"}),
    ("any news on watch-alice-77aa88bb?", {"kind": "question", "errand_id": "watch-alice-77aa88bb", "topic": "status"}),
    ("any news about my refund for the kettle?", {"kind": "question", "topic": "status"}),
    ("which city is my parcel in now?", {"kind": "question", "topic": "where"}),
    ("which courier is carrying ord_b2", {"kind": "question", "order_id": "ord_b2"}),
    ("which one is cheaper, the kettle or the headphones?", ASK),
]

PLACED: list[tuple[str, dict[str, Any]]] = RETURNS + RESCHEDULES + QUESTIONS
