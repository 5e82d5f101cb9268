"""A twenty-fourth development set, for return reasons read by their meaning (a part of the goods and a failure of it:
左边那只没声音, 'the left cup crackles', 充不进电, 壶嘴歪了; a kind ordered against a kind received: 下单五号，收到七号,
'ordered AA, got AAA'; a matter of taste, still a return with its reason unjudged; a move or a life change as a
changed mind), why-questions about an errand ('why was bulk-… split', "why'd buy-… pick the dearer one"), a question
or a reschedule behind an opener from another language ('yalla,', 'che,', 'ela,', 会议纪要：), goods for making a drink
bought as goods ('2 coffee pots for Turkish coffee', 'a milk frother for lattes'), and a regional intensifier or verb
kept out of the query ('wicked good', 'lagbe', 'dorkar').

The controls stay questions: a reason about a product two orders hold with no order named.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_formats import ASK

K1, B2, H3, S4 = "ord_k1", "ord_b2", "ord_h3", "ord_s4"
SONY = "prd-00011"
TUE, WED, THU, FRI = (date(2026, 11, d) for d in (24, 25, 26, 27))
DEC1, DEC2 = date(2026, 12, 1), date(2026, 12, 2)


def _ret(order: str, reason: str | None = None, product: str | None = "any") -> dict[str, Any]:
    found: dict[str, Any] = {"kind": "return", "order_id": order}
    if reason is not None:
        found["reason"] = reason
    if product != "any":
        found["product_id"] = product
    return found


def _asked(topic: str, order: str | None = None, errand: str | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"kind": "question", "topic": topic}
    if order is not None:
        found["order_id"] = order
    if errand is not None:
        found["errand_id"] = errand
    return found


def _buy(query: str | list[str], quantity: int = 1, cap: int | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"kind": "buy", "query": query, "quantity": quantity}
    if cap is not None:
        found["max_unit_price"] = cap
    return found


def _moved(order: str | None, day: date, part: str | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"kind": "reschedule", "preferred_date": day}
    if order is not None:
        found["order_id"] = order
    if part is not None:
        found["preferred_part_of_day"] = part
    return found


READ: list[tuple[str, dict[str, Any]]] = [
    # a part of the goods and a failure of it: damaged
    ("索尼耳机右边那只完全没声音，退了", _ret(H3, "damaged", SONY)),
    ("索尼耳机一边不响了，退货", _ret(H3, "damaged", SONY)),
    ("索尼耳机左耳一点声都没，退", _ret(H3, "damaged", SONY)),
    ("索尼耳机怎么都充不进电，退货", _ret(H3, "damaged", SONY)),
    ("索尼耳机充电充不上，给我退了", _ret(H3, "damaged", SONY)),
    ("索尼耳機充唔入電，退貨", _ret(H3, "damaged", SONY)),
    ("索尼耳机开不了机，退", _ret(H3, "damaged", SONY)),
    ("美的水壶的壶嘴是歪的，退货", _ret(K1, "damaged")),
    ("美的水壶盖子合不上，退了", _ret(K1, "damaged")),
    ("美的水壶把手松了，退货", _ret(K1, "damaged")),
    ("美的水壶底座裂了一道缝，退", _ret(K1, "damaged")),
    ("美的水壶收到时壶身是瘪的，退货", _ret(K1, "damaged")),
    ("李宁跑鞋鞋底开胶了，ord_s4退货", _ret(S4, "damaged")),
    ("李宁跑鞋鞋带断了一根，退", _ret(S4, "damaged")),
    ("ord_k1退货，原因：指示灯不亮", _ret(K1, "damaged")),
    ("ord_k1 退货 原因：按键按不下去", _ret(K1, "damaged")),
    ("return the Sony headphones, the left cup is dead silent", _ret(H3, "damaged", SONY)),
    ("the Sony headphones won't charge, return them", _ret(H3, "damaged", SONY)),
    ("return the Sony headphones — right ear crackles", _ret(H3, "damaged", SONY)),
    ("Sony headphones: one side has no sound at all, send them back", _ret(H3, "damaged", SONY)),
    ("return the Midea kettle, the spout is bent", _ret(K1, "damaged")),
    ("the Midea kettle's lid won't close, return it", _ret(K1, "damaged")),
    ("return ord_k1 — the handle is loose", _ret(K1, "damaged")),
    ("return the running shoes, the sole is peeling off", _ret(S4, "damaged")),
    ("ord_s4 back please, a lace snapped on day one", _ret(S4, "damaged")),
    ("return ord_k1, the switch doesn't light up", _ret(K1, "damaged")),
    ("the Midea kettle arrived with a dented body, return", _ret(K1, "damaged")),
    ("Sony headphones won't power on, return", _ret(H3, "damaged", SONY)),
    # a kind ordered against a kind received: wrong item
    ("下单的是七号电池，收到一盒五号，退了", _ret(B2, "wrong_item")),
    ("订的五号电池，寄来的是七号的，退货", _ret(B2, "wrong_item")),
    ("南孚电池我下单五号，到手是七号，退", _ret(B2, "wrong_item")),
    ("买的42码跑鞋，发来43码，ord_s4退了", _ret(S4, "wrong_item")),
    ("ordered AA Nanfu batteries, a box of AAA came, return", _ret(B2, "wrong_item")),
    ("I ordered AA, received AAA — return ord_b2", _ret(B2, "wrong_item")),
    ("return ord_s4: ordered size 42, received 44", _ret(S4, "wrong_item")),
    ("the Nanfu batteries: I bought double A, a pack of triple A arrived, send back", _ret(B2, "wrong_item")),
    ("ordered the stainless Midea kettle, a glass one showed up, return it", _ret(K1, "wrong_item")),
    # a matter of taste: still a return, the reason unjudged
    ("return the Sony headphones, the bass is too heavy for my liking", _ret(H3, product=SONY)),
    ("return the Midea kettle, not a fan of the colour", _ret(K1)),
    ("send back the running shoes, the style isn't really me", _ret(S4)),
    ("return the Sony headphones — they sound a bit dull to my ears", _ret(H3, product=SONY)),
    ("索尼耳机音色不太合我口味，退了", _ret(H3, product=SONY)),
    ("美的水壶颜色我不太喜欢，退货", _ret(K1)),
    ("李宁跑鞋款式不合我心意，ord_s4退", _ret(S4)),
    # a move or a life change: changed mind
    ("return ord_k1, I'm moving abroad next week", _ret(K1, "changed_mind")),
    ("return the whole of ord_h3, we're relocating to Norway", _ret(H3, "changed_mind")),
    ("ord_s4 back please, I'm emigrating", _ret(S4, "changed_mind")),
    ("return the Midea kettle, I'm moving in with my parents who already have one", _ret(K1, "changed_mind")),
    ("ord_k1退了吧，我要搬去国外了", _ret(K1, "changed_mind")),
    ("ord_h3整单退，我们要搬家到外地", _ret(H3, "changed_mind")),
    # why-questions about an errand
    ("why was bulk-alice-1a2b3c4d split into two orders?", _asked("other", errand="bulk-alice-1a2b3c4d")),
    ("why'd buy-alice-9f8e7d6c go for the more expensive pack?", _asked("other", errand="buy-alice-9f8e7d6c")),
    ("how come buy-alice-1234abcd chose a different shop?", _asked("other", errand="buy-alice-1234abcd")),
    ("why did bulk-alice-5e6f7a8b use two stores?", _asked("other", errand="bulk-alice-5e6f7a8b")),
    ("ERR-3001 [Question] Why did buy-alice-aa11bb22 pick the dearer option?",
     _asked("other", errand="buy-alice-aa11bb22")),
    ("buy-alice-2b3c4d5e为什么拆成两单？", _asked("other", errand="buy-alice-2b3c4d5e")),
    ("bulk-alice-3c4d5e6f为啥分了两家店", _asked("other", errand="bulk-alice-3c4d5e6f")),
    # a question behind an opener from another language or a document's label
    ("yalla, has the Midea kettle shipped?", _asked("status", K1)),
    ("ela, did the Nanfu batteries ship?", _asked("status", B2)),
    ("che, where are my running shoes?", _asked("where", S4)),
    ("ayuh, did the glass kettle ship?", _asked("status", H3)),
    ("yalla habibi, has ord_b2 shipped yet?", _asked("status", B2)),
    ("会议纪要：请查明ord_k1为何还没发货", _asked("other", K1)),
    ("备忘录：请查一下ord_b2为什么延迟", _asked("other", B2)),
    ("工作记录：查明ord_s4为何迟迟未到", _asked("other", S4)),
    # a reschedule in a terse form behind an opener
    ("che, the Midea kettle, 2 December, late afternoon", _moved(K1, DEC2, "afternoon")),
    ("che, the Nanfu batteries, Friday, early morning", _moved(B2, FRI, "morning")),
    ("yalla, the running shoes, Thursday, evening", _moved(S4, THU, "evening")),
    ("ela, the Sony headphones, 1 December, afternoon", _moved(H3, DEC1, "afternoon")),
    # goods for making a drink are goods
    ("yalla, 2 coffee pots for Turkish coffee, khalas", _buy(["coffee pots", "coffee pot", "coffee pots for turkish coffee"], 2)),
    ("buy me one milk frother for lattes", _buy(["milk frother"], 1)),
    ("ela, one cezve for the coffee please", _buy(["cezve"], 1)),
    ("get 2 teapots for oolong tea", _buy(["teapots", "teapot"], 2)),
    ("habibi, one dallah for Arabic coffee, khalas", _buy(["dallah", "dallah for arabic coffee"], 1)),
    ("buy 3 tea infusers for green tea", _buy(["tea infusers", "tea infuser"], 3)),
    ("one French press for the coffee, ta", _buy(["French press", "french press"], 1)),
    ("order a moka pot for espresso", _buy(["moka pot"], 1)),
    ("买两个煮咖啡的摩卡壶", _buy(["摩卡壶", "煮咖啡的摩卡壶"], 2)),
    ("买一个泡茶用的茶壶", _buy(["茶壶", "泡茶用的茶壶"], 1)),
    ("two cocktail shakers for mojitos", _buy(["cocktail shakers", "cocktail shaker"], 2)),
    ("buy one kettle for tea, under 200", _buy(["kettle"], 1, 20000)),
    # a regional intensifier or verb kept out of the query
    ("ayuh, a wicked good ice scraper, just the one", _buy(["ice scraper"], 1)),
    ("wicked good mittens, one pair", _buy(["mittens"], 1)),
    ("ayuh, two wicked good flashlights", _buy(["flashlights", "flashlight"], 2)),
    ("bhaiya, one pressure cooker lagbe, 5 litre", _buy(["pressure cooker", "5 litre pressure cooker", "pressure cooker 5 litre"], 1)),
    ("bhaiya, two umbrellas lagbe", _buy(["umbrellas", "umbrella"], 2)),
    ("apu, one steam iron dorkar, under 300", _buy(["steam iron"], 1, 30000)),
    ("dada, a thermos lagbe, under 150", _buy(["thermos"], 1, 15000)),
    ("bhaiya, 3 notebooks lagbe", _buy(["notebooks", "notebook"], 3)),
    ("ayuh, wicked good wool socks, 3 pairs", _buy(["wool socks"], 3)),
    # controls already read, kept
    ("return the Sony headphones, they broke", _ret(H3, "damaged", SONY)),
    ("ord_k1退货，收到就是坏的", _ret(K1, "damaged")),
    ("return ord_b2, I changed my mind", _ret(B2, "changed_mind")),
    ("where is ord_h3?", _asked("where", H3)),
    ("has ord_k1 shipped?", _asked("status", K1)),
    ("buy 2 packs of coffee beans", _buy(["coffee beans"], 2)),
    ("buy a snow shovel", _buy(["snow shovel"], 1)),
    ("buy one rice cooker, 3 litre", _buy(["rice cooker", "3 litre rice cooker"], 1)),
    ("move ord_k1 to Tuesday afternoon", _moved(K1, TUE, "afternoon")),
    ("ord_b2改到周三上午送", _moved(B2, WED, "morning")),
    ("why did buy-alice-12345678 pick a different seller?", _asked("other", errand="buy-alice-12345678")),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("the kettle's spout is bent, return it", ASK),
    ("水壶把手松了，退了", ASK),
    ("che, the kettle, 2 December, late afternoon", ASK),
    ("return it, the sound is flat", ASK),
]
