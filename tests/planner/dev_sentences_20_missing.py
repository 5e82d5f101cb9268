"""A twentieth development set, for a fact the errand needs that the sentence leaves missing or unknown: written here
before the readers were changed, to check they ask instead of acting.

Kinds: an order named by an id that is none of the shopper's recent orders ('order #55821', '订单4412', a courier's
tracking number 'YT9876543210', 'JD0042338811', '1Z…'); drinks for a place with no count or a vague one ('cartons
of juice', '一些矿泉水', '够全组喝的'), or a chain with a place and a time but no drink; an amount left to the
planner ('够用就行', 'however much', 'as many as needed') or said roughly ('十来个', '七八个', 'a dozen or so',
'ten-ish', '5 or 6', 'a handful'); a cap in a currency other than the yuan; a return taken back ('cancel my
return', '撤销退货'); a product two recent orders share, named bare ('the kettle').

The controls keep their reading: orders named by their own ids, errands by theirs, counted drinks and goods, a
dozen, a cap in yuan, a return with its fault, the glass kettle named whole.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _buy

_Q: dict[str, Any] = {"kind": "question"}

READ: list[tuple[str, dict[str, Any]]] = [
    # orders and errands named by their own ids
    ("where is ord_k1 now?", _Q),
    ("has ord_b2 shipped yet?", _Q),
    ("ord_h3 现在到哪儿了", _Q),
    ("did the headphones ship?", _Q),
    ("what about the glass kettle?", _Q),
    ("has my kettle shipped?", _Q),
    ("move my Heytea order to 4pm tomorrow", {"kind": "reschedule"}),
    ("bulk-alice-1a2b3c4d, how much did that come to?", _Q),
    ("return the stainless kettle, the lid is cracked", {"kind": "return", "order_id": "ord_k1"}),
    ("return the glass kettle, it drips from the spout", {"kind": "return", "order_id": "ord_h3"}),
    # counted goods and drinks
    ("buy 24 bottles of sparkling water", _buy(["sparkling water"], 24)),
    ("buy 6 cans of cola", _buy(["cola"], 6)),
    ("买一箱矿泉水", _buy(["矿泉水", "mineral water"], 1)),
    ("buy a dozen free-range eggs", _buy(["free-range eggs", "eggs"], 12)),
    ("买二十个衣架", _buy(["衣架"], 20)),
    ("buy 12 coat hangers", _buy(["coat hangers"], 12)),
    # a cap in yuan
    ("a reading lamp, budget 300 yuan", _buy(["reading lamp"], 1, max_unit_price=30000)),
    ("买个台灯，预算300块", _buy(["台灯", "desk lamp"], 1, max_unit_price=30000)),
    ("a desk fan under 200 RMB", _buy(["desk fan"], 1, max_unit_price=20000)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # an order id that names none of the recent orders
    ("where's order #55821?", ASK),
    ("has order number 99012 shipped yet?", ASK),
    ("any news on the parcel with tracking number YT9876543210?", ASK),
    ("what's the status of JD0042338811?", ASK),
    ("is 1Z999AA10123456784 out for delivery?", ASK),
    ("订单号 66031 到哪了", ASK),
    ("订单4412什么时候到", ASK),
    ("快递单号 SF9988776655 怎么还没到", ASK),
    ("move order #7781 to Monday", ASK),
    ("把订单5567改到下周一送", ASK),
    # drinks with no count, or a chain with no drink
    ("Order cartons of juice for the team", ASK),
    ("Send packs of soda to the office on Tuesday", ASK),
    ("Bring cans of sparkling water to the office Monday morning", ASK),
    ("下周一送一些矿泉水到公司", ASK),
    ("周日送点橙汁到家", ASK),
    ("买够全组喝的咖啡送公司", ASK),
    ("喜茶，送家里，晚上七点", ASK),
    ("Luckin, to the office, 2pm", ASK),
    # an amount left open or said roughly
    ("买卫生纸，够用就行", ASK),
    ("Get some rice, however much you think", ASK),
    ("buy AA batteries, as many as needed", ASK),
    ("买牙膏，够用为止", ASK),
    ("买十来个衣架", ASK),
    ("挂钩买七八个", ASK),
    ("买一二十个文件夹", ASK),
    ("get a dozen or so hangers", ASK),
    ("order ten-ish storage boxes", ASK),
    ("buy 5 or 6 tea towels", ASK),
    ("buy a handful of clothes pegs", ASK),
    ("order 2 or 3 phone cases", ASK),
    # a cap in another currency
    ("a desk chair, budget 900 reais", ASK),
    ("a floor lamp under 600 rand", ASK),
    ("buy a toaster under 9000 forint", ASK),
    ("买个电风扇，一千泰铢以内", ASK),
    ("买双拖鞋，五百比索以内", ASK),
    # a return taken back
    ("cancel my return for the headphones, I'm keeping them", ASK),
    ("take back my return request for the batteries, they work after all", ASK),
    ("撤销耳机的退货申请，不退了", ASK),
    # a product two recent orders share, named bare
    ("any update on the kettle?", ASK),
    ("水壶呢？", ASK),
    ("what about my kettle?", ASK),
]
