"""A ninth development set, for purchases: new sentences of the kinds the fifth fresh set showed misread,
written here before the mechanisms were built, to check they read sentences they were not written from.

Kinds: 'get a new one' after a remark about a person or an animal (asked, never bought as the remark); a
product followed by a clause of who it is for or a thank-you ('for the stockroom', 'please and thank you',
'whatever's good'); lower-case clauses glued with commas and no spaces ('usb hub,x3,cheap ok'); and a
cap said as '封顶' or '顶天'; Chinese clauses parted by spaces, a kind said after the product ('大号的', '带盖那
种'), and the product said before 要 with its count after; emoji said as a thing's name ('🧦 x 5 pairs');
Shanghainese and Hokkien words (侬, 伐, 汝共我); buying said in pinyin ('mai liang he'); Japanese 'の' between
kanji and the classifier '枚'; slang verbs ('cop', '整' after a comma); a brand said in a clause of its own
('Lao Gan Ma'), whom it is for ('buy the twins a …'), a label before a count ('office restock: 12 packs of …'),
group buys (团购, 拼单) and purposes ('露营要用的') before a Chinese product; a product named with its size
and no verb ('rice cooker 3l'); a count written 'xN' before a classifier or a place ('湿巾x6 包 送公司'); and a deadline ('by friday') and
'just get them' said around the product.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai). ``BUY`` is read by the
purchase reader itself; ``ASKED`` through the whole planner.
"""

from __future__ import annotations

from typing import Any

ASK: dict[str, Any] = {"kind": "clarify"}

BUY: list[tuple[str, dict[str, Any]]] = [
    # a clause of who or where it is for, or a thank-you, after the product
    ("order 3 tubs of hand wipes, large, for the workshop", {"query": ["hand wipes", "large hand wipes", "hand wipes large"],
                                                            "quantity": 3}),
    ("four packs of paper straws for the party table, please and thank you",
     {"query": ["paper straws"], "quantity": 4}),
    ("one ergonomic office chair with lumbar support, whatever's good", {"query": ["ergonomic office chair",
                                                                                 "ergonomic office chair with lumbar support"],
                                                                        "quantity": 1}),
    # clauses glued with commas and no spaces
    ("usb hub 4-port,x3,cheap ok", {"query": ["usb hub 4-port", "usb hub"], "quantity": 3}),
    ("phone charger 20w,x2,home", {"query": ["phone charger 20w", "phone charger"], "quantity": 2, "address_label": "home"}),
    # a cap said as '封顶' or '顶天'
    ("帮我买个吹风机，两百封顶", {"query": ["吹风机", "hair dryer"], "max_unit_price": 20000}),
    ("来一台空气净化器 一千五顶天", {"query": ["空气净化器", "air purifier"], "max_unit_price": 150000}),
    # clauses parted by spaces, a kind said after the product, the product said before 要
    ("猫粮一袋 2kg 幼猫的", {"query": ["猫粮", "幼猫猫粮", "cat food", "kitten food"], "quantity": 1}),
    ("买个收纳箱，大号的，带盖那种", {"query": ["收纳箱", "storage box"], "quantity": 1}),
    ("年会抽奖礼品袋要八十个", {"query": ["年会抽奖礼品袋", "礼品袋", "抽奖礼品袋", "gift bags"], "quantity": 80}),
    # emoji said as the thing's name; Shanghainese and Hokkien words; pinyin; Japanese 'の' and '枚'; slang verbs
    ("🧦 x 5 pairs, home", {"query": "socks", "quantity": 5, "address_label": "home"}),
    ("💡 E27 x 6 packs", {"query": ["E27 light bulb", "light bulb E27", "E27 light bulbs"], "quantity": 6}),
    ("侬帮我买一只保温杯伐", {"query": ["保温杯", "insulated bottle", "thermos"], "quantity": 1}),
    ("汝共我买两包面线，一百以内", {"query": ["面线"], "quantity": 2, "max_unit_price": 10000}),
    ("帮我mai liang he 酸奶", {"query": ["酸奶", "yogurt", "yoghurt"], "quantity": 2}),
    ("資生堂の洗面奶 两支 买一下", {"query": ["资生堂洗面奶", "洗面奶", "Shiseido face wash"], "quantity": 2}),
    ("cop two controller grips, budget 60", {"query": "controller grips", "quantity": 2}),
    ("出差用，整一个颈枕", {"query": ["颈枕", "neck pillow"], "quantity": 1}),
    # a brand in a clause of its own, whom it is for, a label before a count, 'hi-vis', group buys, purposes
    ("order 6 jars of chilli sauce, Lao Gan Ma", {"query": ["Lao Gan Ma chilli sauce", "chilli sauce"], "quantity": 6}),
    ("buy the twins a pair of shin pads", {"query": ["shin pads", "pair of shin pads"], "quantity": 1}),
    ("office restock: 12 packs of sticky notes", {"query": "sticky notes", "quantity": 12}),
    ("hi-viz jacket, size XL", {"query": ["hi-viz jacket", "hi-viz jacket size XL", "hi-viz jacket XL"]}),
    ("办公室团购坐垫，六个", {"query": ["坐垫", "seat cushion"], "quantity": 6}),
    ("班级拼单 跳绳 俩根", {"query": ["跳绳", "jump rope"], "quantity": 2}),
    ("露营要用的折叠椅两把", {"query": ["折叠椅", "folding chair"], "quantity": 2}),
    # a product named with its size and no verb; a count written 'xN' before a classifier or a place
    ("extension cord 5m with a surge protector", {"query": ["extension cord 5m with surge protector", "extension cord 5m",
                                                            "extension cord"], "quantity": 1}),
    ("rice cooker 3l", {"query": ["rice cooker 3l", "rice cooker"], "quantity": 1}),
    ("湿巾x6 包 送公司", {"query": ["湿巾", "wet wipes"], "quantity": 6, "address_label": "office"}),
    ("垃圾袋x4 送家", {"query": ["垃圾袋", "trash bags"], "quantity": 4, "address_label": "home"}),
    # a deadline and 'just buy them' said around the product
    ("swim goggles for my daughter by friday, just get them, 2 pairs", {"query": "swim goggles", "quantity": 2}),
    ("teen needs a calculator by thursday... just order it", {"query": ["calculator"], "quantity": 1}),
    # the remark about the thing that broke still names it
    ("my blender broke, get a new one", {"query": "blender", "quantity": 1}),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # 'a new one' of a person or an animal, or a remark still holding its verb
    ("my daughter lost her lunchbox at school, get a new one", ASK),
    ("our hamster died last night, buy a new one", ASK),
    ("my husband cracked his phone screen, order a new one", ASK),
    ("the puppy chewed up the sofa cushion, get a new one", ASK),
]
