"""An eighth development set for the offline planner, about orders already placed: new sentences of each kind
the fourth fresh set showed misread, written before the mechanisms that read them.

Kinds: an errand id glued to Chinese text (no word boundary between ASCII and CJK); terse shorthand ("ret",
"resched", "eta", weekday abbreviations, "am"/"eve"); formal letters with a sign-off ("… Regards"); a
negated or busy day next to the wanted one ("sunday no good, monday ok", "周日别送"); 下下周 and 月底; a
"<day> or not" question; Chinese cost words (扣了, 一共); "this isn't X, you sent Y" as the wrong item;
tripping the fuse as damage; "listed as new but …" as a return; "the other item can stay"; "… yet?" as a
question about an order rather than a new return.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony WH-1000XM5 headphones and a Bear glass kettle, ord_s4 Li-Ning shoes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

SUN, MON, TUE, WED, THU, FRI, MON30 = (date(2026, 11, d) for d in (22, 23, 24, 25, 26, 27, 30))
DEC2 = date(2026, 12, 2)
SONY, BEAR = "prd-00011", "prd-00014"


def _q(topic: str, errand: str | None = None, order: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "question", "topic": topic}
    if errand:
        expected["errand_id"] = errand
    if order:
        expected["order_id"] = order
    return expected


def _r(day: date, part: str | None = None, order: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "reschedule", "preferred_date": day}
    if part:
        expected["preferred_part_of_day"] = part
    if order:
        expected["order_id"] = order
    return expected


def _ret(order: str, reason: str | None = None, product: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "return", "order_id": order}
    if reason:
        expected["reason"] = reason
    if product:
        expected["product_id"] = product
    return expected


PLACED: list[tuple[str, dict[str, Any]]] = [
    # ids glued to Chinese text
    ("bulk-alice-aa11bb22到哪了", _q("where", "bulk-alice-aa11bb22")),
    ("buy-alice-0f0f0f0f啥时候到", _q("where", "buy-alice-0f0f0f0f")),
    ("buy-alice-1234abcd一共扣了我多少", _q("cost", "buy-alice-1234abcd")),
    ("return-alice-12ab34cd退款好了没有", _q("status", "return-alice-12ab34cd")),
    ("watch-alice-5e5e5e5e还在帮我盯价格吗", _q("status", "watch-alice-5e5e5e5e")),
    ("查一下buy-alice-77aa88bb的状态", _q("status", "buy-alice-77aa88bb")),
    # shorthand
    ("ord_s4 eta pls", _q("where", order="ord_s4")),
    ("ret ord_k1 pls, dont want it", _ret("ord_k1", "changed_mind")),
    ("ret ord_s4 too small", _ret("ord_s4", "wrong_item")),
    ("resched ord_b2 to thurs pm", _r(THU, "afternoon", "ord_b2")),
    ("resched to mon eve", _r(MON, "evening")),
    ("tues afternoon works for the delivery", _r(TUE, "afternoon")),
    ("can send ord_k1 thurs morning or not", _r(THU, "morning", "ord_k1")),
    # formal letters
    ("Kindly advise the delivery status of ord_k1. Best regards, Alice", _q("status", order="ord_k1")),
    ("Could you confirm the total charged for errand bulk-alice-9a9a9a9a? Thanks", _q("cost", "bulk-alice-9a9a9a9a")),
    ("Dear team, we would like to return ord_k1 as it is no longer required. Regards", _ret("ord_k1", "changed_mind")),
    ("Hello, I wish to return ord_s4; the shoes do not suit me. Kind regards", _ret("ord_s4", "changed_mind")),
    # a day refused next to the wanted one
    ("sunday no good for the parcel, monday ok", _r(MON)),
    ("tied up all sunday, tuesday evening pls", _r(TUE, "evening")),
    ("周日别送了，周二上午送", _r(TUE, "morning")),
    ("明天不方便，后天下午送吧", _r(MON, "afternoon")),
    ("tomorrow's a no go, the day after is fine", _r(MON)),
    # 下下周 and 月底
    ("下下周三再送", _r(DEC2)),
    ("ord_k1月底送就行", _r(MON30, order="ord_k1")),
    # what is wrong with it
    ("ord_s4 — this isn't Li-Ning, you sent Anta. return please", _ret("ord_s4", "wrong_item")),
    ("ord_k1 keeps tripping the breaker, return it", _ret("ord_k1", "damaged")),
    ("the Bear kettle was listed as brand new but arrived with the seal broken", _ret("ord_h3", None, BEAR)),
    ("ord_h3: send back the Sony headphones, the kettle can stay", _ret("ord_h3", None, SONY)),
    # asked about, not a new return
    ("ord_b2 — refund processed yet? just checking", _q("status", order="ord_b2")),
]
