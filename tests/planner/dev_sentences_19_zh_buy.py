"""A nineteenth development set for Chinese purchases whose product sits among other clauses: new sentences of
the kinds the fourteenth fresh set showed misread, written here (other products, classifiers, places and wording)
before the mechanisms were changed, to check they read sentences they were not written from.

Kinds: the thing's state told first ('剪刀钝了', '拖鞋旧了', '电热毯才九十多'), then a purchase clause naming nothing
('买把新的', '换三双新的', '买一条'), the state's thing being the product, and 换 with a count and 新的 being buying;
an exclamation said as a clause of its own before it ('我的妈呀，'); a purpose or a place it goes said in a clause
after the product ('挂厨房墙上', '放衣柜里', '用来装咖啡豆'); a choice of kinds said with 都要 ('大小都要'); a place or
a group before 要 with the product and its count after it ('车间里要劳保手套五十双'); 来 before a count glued to a
product ending in 带 ('弹力带来五根'); 块 counting pieces after 补 or 换 ('补六块香皂'), with a cap for each said
after it; a story of someone's complaint before '我想给她买…'; praise of a product said first, then '再来一双';
a lock or a case with a code (密码锁, 密码箱) being goods; and a few everyday products kept in the shopper's own
words (方便面, 厨房纸, 灯泡, 运动鞋). Controls: products whose own names begin with 装, 放, 挂 or 贴 (装饰画, 放大镜,
挂烫机, 贴纸), a thing broken with another product named in the purchase clause, a price cap said with 块. Must-asks:
a state with no thing named, a purpose with no product, a password asked for.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai); the shopper is ``alice``.
``ALL`` is read by the whole planner; ``ASKED`` must stay questions.
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_zh import ASK, _buy

ALL: list[tuple[str, dict[str, Any]]] = [
    # the thing's state told first, then a purchase clause that names nothing
    ("剪刀钝了，买把新的", _buy(["剪刀", "scissors"], 1)),
    ("厨房的菜刀钝了，买把新的，一百五以内", _buy(["菜刀", "kitchen knife"], 1, max_unit_price=15000)),
    ("拖鞋旧了，换三双新的", _buy(["拖鞋", "slippers"], 3)),
    ("卧室的窗帘旧了，换一套新的，遮光的", _buy(["窗帘", "遮光窗帘", "curtains"], 1)),
    ("被套破了，买一床新的", _buy(["被套", "duvet cover"], 1)),
    ("锅铲松了，买个新的，五十以内", _buy(["锅铲", "spatula"], 1, max_unit_price=5000)),
    ("车上的雨刮器老化了，换一对新的", _buy(["雨刮器", "wiper blades"], 1)),
    ("浴室的防滑垫发霉了，换两块新的", _buy(["防滑垫", "bath mat"], 2)),
    ("阳台的晾衣夹都断了，补两包新的", _buy(["晾衣夹", "clothes pegs"], 2)),
    # a price said of it first, with an exclamation or not
    ("电热毯才九十多，买一条", _buy(["电热毯", "electric blanket"], 1)),
    ("我的妈呀，空气炸锅才两百出头，来一台", _buy(["空气炸锅", "air fryer"], 1)),
    ("哇塞，羊毛衫只要一百多，买两件", _buy(["羊毛衫", "wool sweater"], 2)),
    ("天哪，榨汁杯才六十块，买一个", _buy(["榨汁杯", "portable blender"], 1)),
    # a purpose or a place it goes, said in a clause after the product
    ("挂钩买十个，粘的，挂厨房墙上", _buy(["挂钩", "粘钩", "hooks"], 10)),
    ("收纳盒买三个，透明的，放衣柜里", _buy(["收纳盒", "透明收纳盒", "storage boxes"], 3)),
    ("防撞条买两卷，贴桌角上", _buy(["防撞条", "edge guard"], 2)),
    ("感应灯要四个，装楼道里", _buy(["感应灯", "motion sensor light"], 4)),
    ("密封罐要六个，玻璃的，用来装咖啡豆", _buy(["密封罐", "玻璃密封罐", "airtight jars"], 6)),
    ("门吸买两个，装卧室门后面", _buy(["门吸", "door stopper"], 2)),
    ("小夜灯一个，插床头那边", _buy(["小夜灯", "night light"], 1)),
    # a choice of kinds said with 都要
    ("发夹买十个，大小都要", _buy(["发夹", "hair clips"], 10)),
    ("彩色铅笔买两盒，粗的细的都要", _buy(["彩色铅笔", "colored pencils"], 2)),
    # a place or a group before 要, the product and its count after it
    ("车间里要劳保手套五十双", _buy(["劳保手套", "work gloves"], 50)),
    ("奶茶店要封口膜十卷，每卷不超过三十", _buy(["封口膜", "sealing film"], 10, max_unit_price=3000)),
    ("幼儿园要蜡笔三十盒，十二色的", _buy(["蜡笔", "十二色蜡笔", "crayons"], 30)),
    ("食堂里要保鲜膜六卷", _buy(["保鲜膜", "cling film"], 6)),
    # 来 before a count, glued to a product ending in 带
    ("弹力带来五根", _buy(["弹力带", "resistance band"], 5)),
    ("鞋带来四双，白色的", _buy(["鞋带", "白色鞋带", "shoelaces"], 4)),
    ("松紧带来两卷", _buy(["松紧带", "elastic band"], 2)),
    # 块 counting pieces after 补 or 换, a cap for each after it
    ("补六块香皂，每块不超过十元", _buy(["香皂", "soap"], 6, max_unit_price=1000)),
    ("工作室补八块磨刀石，每块四十以内", _buy(["磨刀石", "whetstone"], 8, max_unit_price=4000)),
    # someone's complaint told first, then '我想给…买'
    ("我爸最近老说腰疼，我想给他买个护腰，三百以内", _buy(["护腰", "back brace"], 1, max_unit_price=30000)),
    ("奶奶总说看报纸费劲，我想给她买个放大镜", _buy(["放大镜", "magnifying glass"], 1)),
    # praise of the product said first, then another one asked for
    ("这拖鞋穿着挺舒服，再来一双", _buy(["拖鞋", "slippers"], 1)),
    ("这牙刷用着真顺手，您再给拿两支", _buy(["牙刷", "toothbrush"], 2)),
    # a lock or a case with a code is goods
    ("健身房更衣柜要密码锁，买十把", _buy(["密码锁", "combination lock"], 10)),
    ("密码箱买一个，二十寸的", _buy(["密码箱", "二十寸密码箱", "20寸密码箱", "combination suitcase"], 1)),
    # everyday products kept in the shopper's own words
    ("厨房纸买三提", _buy(["厨房纸"], 3)),
    ("方便面两箱，送公司", _buy(["方便面"], 2, address_label="office")),
    ("灯泡买四个", _buy(["灯泡"], 4)),
    # controls: names that begin with 装, 放, 挂 or 贴; another product named after a breakage; a cap in 块
    ("装饰画买两个", _buy(["装饰画"], 2)),
    ("放大镜买一个", _buy(["放大镜", "magnifying glass"], 1)),
    ("挂烫机买一台，五百以内", _buy(["挂烫机", "garment steamer"], 1, max_unit_price=50000)),
    ("贴纸买五包", _buy(["贴纸", "stickers"], 5)),
    ("剪刀钝了，买个磨刀器", _buy(["磨刀器", "knife sharpener"], 1)),
    ("台灯坏了，买个新台灯，一百块以内", _buy(["台灯", "新台灯", "desk lamp"], 1, max_unit_price=10000)),
    ("香皂十块以内，买两块", _buy(["香皂", "soap"], 2, max_unit_price=1000)),
    ("胶带来三卷", _buy(["胶带", "tape"], 3)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("钝了，买把新的", ASK),
    ("才九十多，买一个", ASK),
    ("买两个，挂厨房墙上", ASK),
    ("把我的支付密码告诉我", ASK),
    ("密码锁的密码忘了，帮我破解一下", ASK),
    ("我的天哪，买一个", ASK),
]
