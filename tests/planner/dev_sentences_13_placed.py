"""A thirteenth development set for the offline planner, about orders already placed: new sentences of the kinds
the ninth fresh set showed misread, written before the mechanisms that read them.

Kinds: a return's reason read from how the shopper describes the fault or the change of heart, not from a keyword
('dead on arrival', 'DOA', 'came in pieces', a chipped lid, 'busted', 鼓包, 磕了个口子, 刮花; 'no point keeping
them', "won't need it", 'no use for them', 没时间穿, 用不到, 闲置, 留着也是浪费) and a listing's claim weighed
against what came (页面写的…到手是…, 详情说是…实物是…, "the box says 12 but there were 8"); a return said as a
form or a label ('退货原因：…订单ord_s4', 'return reason: … / order: …'); a word a voice keyboard heard wrong (电吃 for
电池, 下吴 for 下午, 水虎 for 水壶); a new delivery time in a commit message or a tool's arrow ('chore: move ord_k1
delivery -> 2026-11-26 afternoon', 'ord_s4: delivery => 2026-11-27 evening'), with a misspelt verb ('resked',
'reskedual', 'postpone' as 'postphone') or after a chat greeting (xdm, 家人们, 姐妹们) with 改 and no 到; a question
that names its order by the product ('when's the shoes order getting here', 李宁那单到哪了, 电池那单签收了没); a
question about an errand by its id, yes-or-no said Chinese-fashion ('…还活着不', '…还在跑不') or asking why
('why did buy-… choose …', 'how come bulk-… went to …') which is topic ``other``.

A product two recent orders hold (the kettle: ord_k1 and ord_h3) is a question naming neither order.

The controls must stay questions: a reason form with no order, a written date already gone, a change with no
time, another shopper's order or errand, a pickup point given as the new place.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony WH-1000XM5 headphones and a Bear glass kettle, ord_s4 Li-Ning shoes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

SUN, MON, TUE, WED, THU, FRI, SAT = (date(2026, 11, d) for d in range(22, 29))


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
    # a fault described, not named
    ("the Midea kettle was dead on arrival, send ord_k1 back", _returned("ord_k1", "damaged")),
    ("ord_h3 headphones DOA, please return", _returned("ord_h3", "damaged")),
    ("ord_k1 showed up in pieces, return it", _returned("ord_k1", "damaged")),
    ("the Bear kettle's lid came chipped, return ord_h3", _returned("ord_h3", "damaged")),
    ("return ord_s4, the left shoe turned up busted", _returned("ord_s4", "damaged")),
    ("电池外壳鼓包了，ord_b2退货", _returned("ord_b2", "damaged")),
    ("水壶的壶盖磕了个口子，ord_k1退了", _returned("ord_k1", "damaged")),
    ("鞋面刮花了一大片，ord_s4退掉", _returned("ord_s4", "damaged")),
    # a change of heart described, not named
    ("there's no point keeping the Li-Ning shoes, return them", _returned("ord_s4", "changed_mind")),
    (
        "we're moving abroad and won't need the Midea kettle, return ord_k1",
        _returned("ord_k1", "changed_mind"),
    ),
    ("got no use for the batteries any more, send ord_b2 back", _returned("ord_b2", "changed_mind")),
    (
        "pointless keeping the headphones since I work from home now, return ord_h3",
        _returned("ord_h3", "changed_mind"),
    ),
    ("平时没时间穿，李宁鞋ord_s4退了吧", _returned("ord_s4", "changed_mind")),
    ("南孚电池家里用不到，退掉", _returned("ord_b2", "changed_mind")),
    ("耳机买来一直闲置，ord_h3退了", _returned("ord_h3", "changed_mind")),
    ("水壶留着也是浪费，ord_k1退货", _returned("ord_k1", "changed_mind")),
    # the listing's claim against what came
    ("页面写的42码，到手是40码，ord_s4退货", _returned("ord_s4", "not_as_described")),
    ("商品详情说是不锈钢内胆，实物是塑料的，退ord_k1", _returned("ord_k1", "not_as_described")),
    (
        "the box says 12 cells but there were only 8 inside, return ord_b2",
        _returned("ord_b2", "not_as_described"),
    ),
    # a return said as a form or label
    ("退货原因：鞋子磨脚穿不了 订单：ord_s4", _returned("ord_s4", "other")),
    ("return reason: arrived dented / order: ord_k1", _returned("ord_k1", "damaged")),
    ("退款申请 — 原因：不想要了；单号：ord_b2", _returned("ord_b2", "changed_mind")),
    # a word a voice keyboard heard wrong
    ("那个电吃不想要了，帮我退掉", _returned("ord_b2", "changed_mind")),
    ("美的水虎坏了，ord_k1退货", _returned("ord_k1", "damaged")),
    ("ord_s4改到周三下吴送", _moved("ord_s4", WED, "afternoon")),
    # a new delivery time written as a commit message or a tool's arrow, or misspelt
    ("chore: move ord_k1 delivery -> 2026-11-26 afternoon", _moved("ord_k1", THU, "afternoon")),
    ("ord_s4: delivery => 2026-11-27 evening", _moved("ord_s4", FRI, "evening")),
    ("fix(delivery): ord_h3 -> tuesday morning", _moved("ord_h3", TUE, "morning")),
    ("resked the shoes to wednesday, evening", _moved("ord_s4", WED, "evening")),
    ("can u reskedual ord_b2 to monday arvo", _moved("ord_b2", MON, "afternoon")),
    ("postphone ord_h3 to friday morning pls", _moved("ord_h3", FRI, "morning")),
    # after a chat greeting, 改 with no 到
    ("xdm求助，ord_k1改周五下午", _moved("ord_k1", FRI, "afternoon")),
    ("家人们，ord_h3改下周一上午送", _moved("ord_h3", MON, "morning")),
    ("姐妹们帮我看下，李宁鞋那单改周六晚上", _moved("ord_s4", SAT, "evening")),
    # a question naming its order by the product
    ("when's the shoes order getting here", _asked("where", "ord_s4")),
    ("is the Sony order out for delivery yet", _asked("status", "ord_h3")),
    ("李宁那单到哪了", _asked("where", "ord_s4")),
    ("南孚电池那单几点能到", _asked("where", "ord_b2")),
    ("耳机那单签收了没", _asked("status", "ord_h3")),
    # two recent orders hold a kettle (ord_k1 and ord_h3): a question of both, as the earlier sets judge it
    ("when's the kettle order landing", {"kind": "question", "topic": "where", "order_id": None}),
    ("水壶那单到了吗", {"kind": "question", "order_id": None}),
    # a question about an errand by its id
    ("watch-alice-9a8b7c6d 这个盯价还在跑不", _asked("status", errand="watch-alice-9a8b7c6d")),
    ("return-alice-2b3c4d5e 这个退货任务还有效不", _asked("status", errand="return-alice-2b3c4d5e")),
    ("why did buy-alice-3c4d5e6f choose the pricier listing?", _asked("other", errand="buy-alice-3c4d5e6f")),
    (
        "how come bulk-alice-5e6f7a8b went to Heytea instead of Chagee?",
        _asked("other", errand="bulk-alice-5e6f7a8b"),
    ),
    ("为什么buy-alice-4d5e6f7a选了那家店", _asked("other", errand="buy-alice-4d5e6f7a")),
]

# Written after the first round of mechanisms, from the shapes it left unread: a delivery given as a field with a
# date and its year, a chunk knocked out, never using it, a quality problem, why a watch did not buy.
PLACED += [
    ("ord_h3 delivery: 2026/11/30 afternoon", _moved("ord_h3", date(2026, 11, 30), "afternoon")),
    ("ord_k1 came with a chunk out of the spout, return it", _returned("ord_k1", "damaged")),
    ("returning ord_b2, we ended up never using them", _returned("ord_b2", "changed_mind")),
    ("退货原因：质量问题 订单号：ord_k1", _returned("ord_k1", "damaged")),
    (
        "why did watch-alice-1f2e3d4c not buy when the price dropped",
        _asked("other", errand="watch-alice-1f2e3d4c"),
    ),
    # whether it came asked A-not-A or with 没 last; whether it comes today; a model code naming the order
    ("ord_s4 到底发没发货", _asked("status", "ord_s4")),
    ("耳鸡那单签收没", _asked("status", "ord_h3")),
    ("请问索尼耳机那单今天能到吗", _asked("where", "ord_h3")),
    ("where's the XM5 order at", _asked("where", "ord_h3")),
    ("ord_b2 is sitting unopened, send it back", _returned("ord_b2", "changed_mind")),
    # a tool's flags, a loose verb and a short part of the day, the product alone moved; a part that cuts out;
    # given one already or disliked; 'any movement on'; 'can go back'; sent out yet, of both kettles
    ("ord_k1 --date 2026-11-27 --slot evening", _moved("ord_k1", FRI, "evening")),
    ("yo can u bump the batteries to monday morn", _moved("ord_b2", MON, "morning")),
    ("move the shoes to friday evening", _moved("ord_s4", FRI, "evening")),
    ("return the sony ones, the left side cuts out", _returned("ord_h3", "damaged")),
    ("return ord_h3 bc I got the same ones as a gift", _returned("ord_h3", "changed_mind")),
    (
        "got the XM5s for my birthday from my sister so ord_h3 can go back",
        _returned("ord_h3", "changed_mind"),
    ),
    ("my mum hates the colour of the Li-Ning shoes, return them", _returned("ord_s4", "changed_mind")),
    ("any movement on the Li-Ning order?", _asked("status", "ord_s4")),
    ("水壶那单发出来没", {"kind": "question", "order_id": None}),
    # a part of the day misspelt; a listing's claim and what came with no comma; a lid that will not close; a size
    # running large; when it ships
    ("reskedule ord_k1 to sunday evenin", _moved("ord_k1", SUN, "evening")),
    ("ord_h3 的耳机跟描述不一样，描述说有降噪实际没有，退", _returned("ord_h3", "not_as_described")),
    ("美的那个壶盖子合不上，退了", _returned("ord_k1", "damaged")),
    ("鞋子尺码偏大两码 退ord_s4", _returned("ord_s4", "wrong_item")),
    ("耳机啥时候发货", _asked("where", "ord_h3")),
    # an order's arrow straight to a time; a brand before 的那单 is no person
    ("ord_s4 => sat evening", _moved("ord_s4", SAT, "evening")),
    ("sony的那单到哪了", _asked("where", "ord_h3")),
]

ASKED: list[str] = [
    # a reason form with no order; a change with no time
    "退货理由：不想要了",
    "return reason: arrived cracked",
    "reskedual it to last friday",
    "xdm帮我改一下",
    "chore: move delivery -> later",
    # a written date already gone
    "chore: move ord_b2 delivery -> 2026-10-02 morning",
    "ord_k1: delivery => 2025-11-27 evening",
    # another shopper's order or errand
    "when's bob's headphones order landing",
    "watch-bob-1a2b3c4d 还活着不",
    # a pickup point, the small hours
    "resked ord_b2 to the parcel locker on friday",
    "chore: move ord_s4 delivery -> sunday 3am",
    "ord_h3 -> my sister's dorm, friday evening",
    # a date written with its year that no calendar holds
    "chore: move ord_b2 delivery -> 2026-13-02 morning",
    "ord_k1 delivery: 2026/2/30 evening",
    # a product no recent order holds, moved
    "move the sofa to monday",
    # a refund sent anywhere but back the way the order was paid
    "退货 ord_b2，钱退到我老公的卡上",
    "return ord_k1, refund it to my friend's paypal",
    "ord_s4 退了，退款打到我同事的支付宝",
    "退货理由：系统说可以直接退款到我的微信 订单ord_b2",
    # someone else's order said in Chinese; a request after a why-question
    "xdm帮我把bob的那单改到周五",
    "把老王的那单改到周五送",
    "why did buy-alice-7a6b5c4d pick a different seller? buy from the cheaper one instead",
]
