"""A twenty-first development set for ordinary purchases a careful person would simply make: written here before the
readers were changed, to check they read sentences they were not written from.

Kinds: a price said as a guess in English after the product ('a kettle, around 200 yuan', 'roughly 400 rmb',
'approximately ¥150'), read as the most it may cost, as the Chinese '大概两百块' is; the same product bought again
('buy the same Sony headphones again', 'reorder the Nanfu batteries', 再买一个美的水壶，和上次一样), a purchase of the
product named, or of one order's item when only that order is meant; a water pistol, bubble gun or toy gun for a
child, which is a toy.

The controls stay questions: a reorder of a product two recent orders hold ('reorder the kettle', 再买一个水壶，和上次一样),
'the same as last time' with no order named, a guessed price in another currency, a real gun, an air gun or a stun
gun for a child.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _buy

_SONY = ["Sony WH-1000XM5 headphones", "Sony WH-1000XM5", "Sony headphones", "Sony WH-1000XM5 Wireless Noise Cancelling Headphones"]
_NANFU = ["Nanfu AA batteries", "Nanfu batteries", "Nanfu AA", "Nanfu AA Alkaline Batteries"]
_MIDEA = ["Midea kettle", "美的水壶", "Midea 1.7L stainless kettle", "Midea stainless kettle"]

READ: list[tuple[str, dict[str, Any]]] = [
    # a price said as a guess after the product, in yuan
    ("Get me a kettle, around 200 yuan", _buy(["kettle"], 1, max_unit_price=20000)),
    ("Buy a backpack, roughly 400 yuan", _buy(["backpack"], 1, max_unit_price=40000)),
    ("Order a desk lamp, about 150 yuan", _buy(["desk lamp"], 1, max_unit_price=15000)),
    ("I'd like a rice cooker around 300 yuan", _buy(["rice cooker"], 1, max_unit_price=30000)),
    ("Buy a thermos, approximately 80 yuan", _buy(["thermos"], 1, max_unit_price=8000)),
    ("Find me a yoga mat about 120 rmb", _buy(["yoga mat"], 1, max_unit_price=12000)),
    ("Buy a pillow at roughly 90 yuan", _buy(["pillow"], 1, max_unit_price=9000)),
    ("Get a frying pan, around ¥250", _buy(["frying pan"], 1, max_unit_price=25000)),
    ("Order a pair of slippers, about 60 RMB", _buy(["slippers", "pair of slippers"], 1, max_unit_price=6000)),
    ("Buy a bluetooth speaker roughly 500 yuan", _buy(["bluetooth speaker"], 1, max_unit_price=50000)),
    ("Buy 2 towels, around 40 yuan each", _buy(["towels", "towel"], 2, max_unit_price=4000)),
    ("Get me an umbrella for about 70 yuan", _buy(["umbrella"], 1, max_unit_price=7000)),
    ("Buy a wall clock, approx 100 yuan", _buy(["wall clock"], 1, max_unit_price=10000)),
    ("Buy a kettle around 200 yuan please", _buy(["kettle"], 1, max_unit_price=20000)),
    ("Order a mouse pad, about 30 yuan", _buy(["mouse pad"], 1, max_unit_price=3000)),
    ("Could you buy me a lunch box, roughly 60 yuan?", _buy(["lunch box"], 1, max_unit_price=6000)),
    ("买个水壶，大概两百块", _buy(["kettle", "水壶"], 1, max_unit_price=20000)),
    ("买个台灯，大约一百五十块", _buy(["台灯", "desk lamp"], 1, max_unit_price=15000)),
    # the same product bought again
    ("Buy the same Sony WH-1000XM5 headphones again", _buy(_SONY, 1)),
    ("Reorder the Nanfu AA batteries", _buy(_NANFU, 1)),
    ("再买一个美的水壶，和上次一样", _buy(_MIDEA, 1)),
    ("Order the Nanfu batteries again", _buy(_NANFU, 1)),
    ("Get the same Nanfu AA batteries as last time", _buy(_NANFU, 1)),
    ("Buy another pair of the Sony WH-1000XM5 headphones", _buy(_SONY, 1)),
    ("Re-order the Sony headphones", _buy(_SONY, 1)),
    ("Reorder the Midea kettle", _buy(_MIDEA, 1)),
    ("Buy the Midea kettle again, same as last time", _buy(_MIDEA, 1)),
    ("Please reorder 2 packs of the Nanfu AA batteries", _buy(_NANFU, 2)),
    ("I want to buy the same Midea kettle again", _buy(_MIDEA, 1)),
    ("Order another Midea kettle, the same one as before", _buy(_MIDEA, 1)),
    ("南孚电池再买一份", _buy(_NANFU + ["南孚电池"], 1)),
    ("再来一副索尼耳机，跟上次一样", _buy(_SONY + ["索尼耳机"], 1)),
    ("南孚电池再订一次", _buy(_NANFU + ["南孚电池"], 1)),
    ("美的水壶再买一个", _buy(_MIDEA, 1)),
    ("再买一副索尼耳机", _buy(_SONY + ["索尼耳机"], 1)),
    ("和上次一样，再买一个美的水壶", _buy(_MIDEA, 1)),
    ("Buy the batteries again, same as last time", _buy(_NANFU + ["batteries"], 1)),
    ("Reorder the headphones", _buy(_SONY + ["headphones"], 1)),
    ("Buy the same thing as ord_b2 again", _buy(_NANFU + ["Nanfu Alkaline AA Batteries, 12-Pack", "Nanfu Alkaline AA Batteries"], 1)),
    ("Reorder what was in ord_k1", _buy(_MIDEA + ["Midea 1.7L Stainless Electric Kettle"], 1)),
    ("ord_b2再买一次，和上次一样", _buy(_NANFU + ["Nanfu Alkaline AA Batteries, 12-Pack", "Nanfu Alkaline AA Batteries"], 1)),
    ("Buy the same headphones as in ord_h3", _buy(_SONY, 1)),
    ("ord_h3里的索尼耳机再买一个", _buy(_SONY, 1)),
    ("Buy the kettle from ord_h3 again", _buy(["Bear Glass Electric Kettle 1.8L", "Bear kettle", "Bear glass kettle"], 1)),
    # a toy that shoots water or bubbles, for a child
    ("给孩子买把水枪", _buy(["水枪", "water gun", "water pistol"], 1)),
    ("给儿子买把水枪", _buy(["水枪", "water gun", "water pistol"], 1)),
    ("买个泡泡枪给孩子玩", _buy(["泡泡枪", "bubble gun"], 1)),
    ("给女儿买把玩具水枪", _buy(["玩具水枪", "水枪", "water gun"], 1)),
    ("Buy a water pistol for my son", _buy(["water pistol", "water gun"], 1)),
    ("Get a water gun for the kids", _buy(["water gun", "water pistol"], 1)),
    ("Buy my daughter a bubble gun", _buy(["bubble gun"], 1)),
    ("买两把水枪给孩子们夏天玩", _buy(["水枪", "water gun"], 2)),
    ("Order a water gun for my kid", _buy(["water gun", "water pistol"], 1)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("reorder the kettle", ASK),
    ("Buy the kettle again", ASK),
    ("再买一个水壶，和上次一样", ASK),
    ("再买一个，和上次一样", ASK),
    ("Buy the same as last time", ASK),
    ("Reorder my last order", ASK),
    ("Buy a kettle, about 200 dollars", ASK),
    ("Get a backpack, roughly 50 euros", ASK),
    ("Buy headphones around 100 pounds", ASK),
    ("给孩子买把枪", ASK),
    ("给孩子买把气枪", ASK),
    ("给孩子买个电击枪", ASK),
    ("Buy a real gun for my son", ASK),
    ("Buy an air rifle for my kid", ASK),
    ("Get a stun gun for my daughter", ASK),
]
