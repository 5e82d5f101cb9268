"""A tenth development set, for purchases: new sentences of the kinds the sixth fresh set showed misread,
written here before the mechanisms were built, to check they read sentences they were not written from.

Kinds: 'each' or 'each bag' said next to a cap, left out of the product; a link, a SKU or a prd- code pasted
beside a product named in words (the words are the product); 'a half dozen'; a weight said before 'of'
('3 kg of pork belly'); 卖 said for 买 after 给我/帮我 before a count (a slip; selling stays asked); and Chinese
lead-ins of asking ('求', '学生党求买'), a place that ran short ('仓库缺胶带，买十卷'), and '整个' as the verb 整
with the count 个.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai). ``BUY`` is read by the
purchase reader itself; ``ASKED`` through the whole planner.
"""

from __future__ import annotations

from typing import Any

ASK: dict[str, Any] = {"kind": "clarify"}

BUY: list[tuple[str, dict[str, Any]]] = [
    # 'each' beside a cap
    ("Order 4 tins of furniture polish for the cleaners, each under 30 yuan",
     {"query": ["furniture polish"], "quantity": 4, "max_unit_price": 3000}),
    ("get three jars of peanut butter, each jar max 25", {"query": ["peanut butter"], "quantity": 3, "max_unit_price": 2500}),
    ("2 tubes of hand cream 75ml each", {"query": ["hand cream", "hand cream 75ml", "75ml hand cream"], "quantity": 2}),
    # a link or a code pasted beside the product's name
    ("get 3 of these mouse pads https://store.example.com/item/prd-00071",
     {"query": ["mouse pads", "mouse pad"], "quantity": 3}),
    ("prd-00061 保温饭盒，买两个", {"query": ["保温饭盒", "insulated lunch box"], "quantity": 2}),
    ("链接 https://m.example.cn/p/SKU5521 拖鞋买三双", {"query": ["拖鞋", "slippers"], "quantity": 3}),
    # 'a half dozen', a weight before 'of'
    ("order a half dozen dish cloths", {"query": ["dish cloths"], "quantity": 6}),
    ("3 kg of pork belly for the canteen", {"query": ["pork belly"]}),
    # 卖 for 买 after 给我/帮我 and before a count
    ("给我卖两袋面粉", {"query": ["面粉", "flour"], "quantity": 2}),
    ("帮我卖三斤苹果", {"query": ["苹果", "apples"], "quantity": 3}),
    ("帮俺卖个暖手宝，一百以内", {"query": ["暖手宝", "hand warmer"], "quantity": 1, "max_unit_price": 10000}),
    # Chinese lead-ins of asking, a place that ran short, 整个
    ("求帮买一个充电宝，150以下", {"query": ["充电宝", "power bank"], "quantity": 1, "max_unit_price": 15000}),
    ("打工人求买一个颈枕", {"query": ["颈枕", "neck pillow"], "quantity": 1}),
    ("仓库缺胶带，买十卷", {"query": ["胶带", "tape"], "quantity": 10}),
    ("整个电热水壶嘛，两百以内", {"query": ["电热水壶", "electric kettle", "kettle"], "quantity": 1,
                              "max_unit_price": 20000}),
]

# Still misread, kept to measure later: the count said in a clause after the product ('…, buy two under 80'),
# and a code before a product parted by dashes, which is not routed to a purchase.
OPEN: list[tuple[str, dict[str, Any]]] = [
    ("prd-00090 steel water bottle, buy two under 80",
     {"query": ["steel water bottle"], "quantity": 2, "max_unit_price": 8000}),
    ("SKU 3310 - the wool blanket - two please", {"query": ["wool blanket"], "quantity": 2}),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("帮我卖掉这台旧电脑", ASK),
    ("给我把二手自行车卖了", ASK),
    ("帮我卖两个旧手机", ASK),
    ("https://shop.example.com/p/prd-00033", ASK),
]
