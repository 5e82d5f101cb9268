"""A sixteenth development set, for Chinese said tersely, in regional speech and with written forms the readers did
not know: new sentences of the kinds the eleventh fresh set showed misread, written here (other products and
wording) before the mechanisms were changed, to check they read sentences they were not written from.

Kinds: a product said with its count and classifier and no verb, then what it is like (a colour, a size, a
flavour, a model said with 款, a purpose said with 用, a pack size said with 装, qualities strung together):
'洗碗巾五包，灰色', '帐篷一顶，四人用', '垃圾袋五卷，大号加厚'; a spec said with the product before 'give me N' ('钻头6毫米的，来两盒'); classifiers
the lexicon lacked (饼 for tea cakes, 顶 for hats and tents) and 块 counting things glued to their name ('香皂四块'),
which is no price; the pinyin slip 太 for 台 after a number ('买两太电风扇'); English 'buy' inside Chinese, and a coffee
machine or pot, which is a thing to buy, not a coffee to order; a thing run out said first ('家里洗衣液用完了，买一瓶三升装的');
the function words of Shaanxi (额 for 我, 嫑), Tianjin (介 for 这, 倍儿, 甭) and Wuhan (莫 before a verb, 搞 for getting),
and 几个钱 for 多少钱; ISO dates (2026-11-24) inside Chinese; a part that does not work as damage ('按键按不动'), and a
product page against what arrived as not as described; 'X降到N再说' as a watch, and
'盯到2026-12-31' as how long it runs. Must-asks: a count, a size, a quality
or a purpose with nothing named, a harmful product in the terse form, a chain with no drink, an impossible ISO
date, '再说' with no product, and 提额 (a cap raised), which 额 must not turn into a pronoun.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony headphones and a Bear glass kettle, ord_s4 Li-Ning running shoes); the
shopper is ``alice``. ``ALL`` is read by the whole planner; ``ASKED`` must stay questions.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_zh import TZ, _bulk, _buy, _question, _return, _watch


def _moved(order_id: str, day: date, part: str) -> dict[str, Any]:
    return {"kind": "reschedule", "order_id": order_id, "preferred_date": day, "preferred_part_of_day": part}


BUY: list[tuple[str, dict[str, Any]]] = [
    # the product, its count and classifier, then what it is like: colour, size, flavour, model, purpose
    ("洗碗巾五包，灰色", _buy(["洗碗巾", "灰色洗碗巾"], 5)),
    ("帆布袋三个，米白色的", _buy(["帆布袋", "米白色帆布袋"], 3)),
    ("登山杖一对，碳纤维款", _buy(["登山杖", "碳纤维登山杖", "碳纤维款登山杖"], 1)),
    ("护膝一副，L码", _buy(["护膝", "L码护膝"], 1)),
    ("跳绳四根，学校体育课用", _buy(["跳绳"], 4)),
    ("泳镜一副，防雾款，送家", _buy(["泳镜", "防雾泳镜", "防雾款泳镜"], 1, address_label="home")),
    ("马克笔二十支，油性，工作室用", _buy(["马克笔", "油性马克笔"], 20)),
    ("香薰蜡烛两个，薰衣草味的", _buy(["香薰蜡烛", "薰衣草香薰蜡烛", "薰衣草味香薰蜡烛"], 2)),
    ("手机支架一个，车载用，五十以内", _buy(["手机支架", "车载手机支架"], 1, max_unit_price=5000)),
    ("洗衣凝珠三袋，留香款", _buy(["洗衣凝珠", "留香洗衣凝珠", "留香款洗衣凝珠"], 3)),
    ("儿童口罩五盒，小号的，幼儿园用", _buy(["儿童口罩", "小号儿童口罩"], 5)),
    ("宠物尿垫三包，L号", _buy(["宠物尿垫", "L号宠物尿垫"], 3)),
    ("帐篷一顶，四人用", _buy(["帐篷", "四人帐篷"], 1)),
    ("毛线帽一顶，灰色的", _buy(["毛线帽", "灰色毛线帽"], 1)),
    ("充电宝两个，两万毫安的，出差用", _buy(["充电宝", "两万毫安充电宝", "power bank"], 2)),
    ("羽毛球三筒，比赛用的", _buy(["羽毛球"], 3)),
    # classifiers: 饼 for pressed tea, 块 counting a thing glued to its name (no price), 顶
    ("普洱三饼，生茶", _buy(["普洱", "生普洱", "普洱生茶", "普洱茶"], 3)),
    ("白茶两饼，送公司", _buy(["白茶"], 2, address_label="office")),
    ("香皂四块", _buy(["香皂", "soap"], 4)),
    ("桌布两块，格子的", _buy(["桌布", "格子桌布"], 2)),
    ("香皂两块，十块以内", _buy(["香皂", "soap"], 2, max_unit_price=1000)),
    # a spec said with the product, then 'give me N'
    ("钻头6毫米的，来两盒", _buy(["钻头", "6毫米钻头"], 2)),
    ("电池5号的，来四节", _buy(["电池", "5号电池", "batteries"], 4)),
    # a pinyin slip: 太 for 台 after a number
    ("买两太电风扇", _buy(["电风扇", "electric fan"], 2)),
    ("买一太打印机，送公司", _buy(["打印机", "printer"], 1, address_label="office")),
    # English 'buy' inside Chinese; a coffee machine or pot is a thing, not a coffee
    ("帮我buy两盒口罩", _buy(["口罩", "masks"], 2)),
    ("帮我buy一个咖啡机，budget 500", _buy(["咖啡机", "coffee machine"], 1, max_unit_price=50000)),
    ("买个手冲咖啡壶", _buy(["手冲咖啡壶", "咖啡壶"], 1)),
    ("咖啡豆两袋，深烘的", _buy(["咖啡豆", "深烘咖啡豆", "coffee beans"], 2)),
    # a thing run out said first, then only 'buy one' with its pack size
    ("家里洗衣液用完了，买一瓶三升装的", _buy(["洗衣液", "三升装洗衣液", "laundry detergent"], 1)),
    ("纸杯一袋，五十个装的", _buy(["纸杯", "paper cups"], 1)),
    # Shaanxi, Tianjin and Wuhan function words
    ("额要买两袋面粉，送屋里", _buy(["面粉", "flour"], 2, address_label="home")),
    ("给额买个暖手宝，嫑太贵", _buy(["暖手宝"], 1)),
    ("介个台灯倍儿亮，给我来俩", _buy(["台灯", "desk lamp"], 2)),
    ("介款洗面奶倍儿好用，来一支", _buy(["洗面奶", "facial cleanser"], 1)),
    ("搞两箱牛奶，送家里", _buy(["牛奶", "milk"], 2, address_label="home")),
    ("甭太贵，给我买个电热毯，三百以内", _buy(["电热毯", "electric blanket"], 1, max_unit_price=30000)),
    ("买两包纸巾，颜色随便", _buy(["纸巾", "tissues"], 2)),
    # a second batch, written after the first mechanisms: qualities strung together, a code that names the product
    ("垃圾袋五卷，大号加厚", _buy(["垃圾袋", "大号垃圾袋", "加厚垃圾袋", "大号加厚垃圾袋", "garbage bags"], 5)),
    ("袜子十双，纯棉，男款", _buy(["袜子", "纯棉袜子", "男款袜子", "socks"], 10)),
    ("牙刷四支，软毛的", _buy(["牙刷", "软毛牙刷", "toothbrush"], 4)),
    ("酸奶两箱，原味", _buy(["酸奶", "原味酸奶", "yogurt"], 2)),
    ("狗绳一根，中型犬用", _buy(["狗绳", "dog leash"], 1)),
    ("面膜三盒，补水款，每盒一百以内", _buy(["面膜", "补水面膜", "face mask"], 3, max_unit_price=10000)),
    ("买个游戏机，PS5光驱版", _buy(["PS5光驱版", "PS5", "游戏机"], 1)),
    ("口罩买3盒，N95的", _buy(["N95口罩", "N95 masks"], 3)),
    ("买两太冰箱", _buy(["冰箱", "fridge"], 2)),
    ("搞个加湿器，送家", _buy(["加湿器", "humidifier"], 1, address_label="home")),
    # a third batch: a scent or a type said with 型, what it is fit for, 'give me another' after praise
    ("洗洁精两瓶，柠檬香型", _buy(["洗洁精", "柠檬洗洁精", "dish soap"], 2)),
    ("护手霜三支，滋润型，送公司", _buy(["护手霜", "滋润护手霜", "hand cream"], 3, address_label="office")),
    ("保鲜盒六个，微波炉可用的", _buy(["保鲜盒", "food containers"], 6)),
    ("额们家要两袋大米，东北的", _buy(["大米", "东北大米", "rice"], 2)),
    ("介个电风扇倍儿好使，再给我来一台", _buy(["电风扇", "electric fan"], 1)),
    # a place said not to send to, in any of the regions' words for 'don't'
    ("甭送家里，送公司，买两盒牙膏", _buy(["牙膏", "toothpaste"], 2, address_label="office")),
    ("买个台灯，嫑送公司，送家里", _buy(["台灯", "desk lamp"], 1, address_label="home")),
    ("不要送家里，寄公司，买三包纸巾", _buy(["纸巾", "tissues"], 3, address_label="office")),
    # a product whose name ends like an attribute, and a purpose said inside the product's own clause
    ("买个模型", _buy(["模型"], 1)),
    ("买两盒卤味", _buy(["卤味"], 2)),
    ("手机卡给我自己用，两张", _buy(["手机卡", "SIM card"], 2)),
    ("二百太贵了，买个一百以内的吹风机", _buy(["吹风机", "hair dryer"], 1, max_unit_price=10000)),
]

DRINKS: list[tuple[str, dict[str, Any]]] = [
    ("喜茶多肉葡萄搞十五杯，下午三点前送到公司，莫加冰",
     _bulk(["多肉葡萄"], 15, chain="Heytea", address_label="office", options={"ice": "none"},
           deliver_by=f"2026-11-21T15:00:00{TZ}")),
    ("蜜雪冰城柠檬水搞二十杯，莫放糖，送公司", _bulk(["柠檬水"], 20, chain="Mixue", address_label="office",
                                                 options={"sugar": "none"})),
    ("瑞幸生椰拿铁二十杯，2026-11-24 上午十点，公司", _bulk(["生椰拿铁"], 20, chain="Luckin", address_label="office",
                                                      deliver_by=f"2026-11-24T10:00:00{TZ}")),
    ("2026-11-23 下午两点，二十杯霸王茶姬伯牙绝弦送公司", _bulk(["伯牙绝弦"], 20, chain="Chagee", address_label="office",
                                                         deliver_by=f"2026-11-23T14:00:00{TZ}")),
    ("喜茶多肉葡萄二十杯，别送家里，送公司", _bulk(["多肉葡萄"], 20, chain="Heytea", address_label="office")),
    ("瑞幸美式二十杯，2026-11-24 15:00，送公司", _bulk(["美式", "americano"], 20, chain="Luckin", address_label="office",
                                                       deliver_by=f"2026-11-24T15:00:00{TZ}")),
    ("瑞幸拿铁二十杯，送公司", _bulk(["拿铁", "latte"], 20, chain="Luckin", address_label="office")),
]

WATCHES: list[tuple[str, dict[str, Any]]] = [
    ("戴森吹风机降到两千再说，先盯着", _watch(["戴森吹风机", "Dyson hair dryer"], 200000)),
    ("大疆无人机降到三千块再说", _watch(["大疆无人机", "DJI drone"], 300000)),
    ("索尼相机跌到五千再讲，帮我盯着", _watch(["索尼相机", "Sony camera"], 500000)),
    # how long, to a day written the ISO way or in Chinese: a watch's length, not a delivery's day
    ("帮我盯着戴森吹风机，降到两千告诉我，盯到2026-12-31", _watch(["戴森吹风机", "Dyson hair dryer"], 200000, days=40)),
    ("索尼相机跌到五千提醒我，关注到2026-12-15", _watch(["索尼相机", "Sony camera"], 500000, days=24)),
    ("大疆无人机降到三千告诉我，盯到12月31日", _watch(["大疆无人机", "DJI drone"], 300000, days=40)),
]

RETURNS: list[tuple[str, dict[str, Any]]] = [
    # Shaanxi 额 for 我 before 把
    ("额把索尼耳机退了，不想要了", _return("ord_h3", "changed_mind")),
    ("额把跑鞋退咧，买多了", _return("ord_s4", "changed_mind")),
    # a part that does not work is damage
    ("索尼耳机的按键按不动，退货", _return("ord_h3", "damaged")),
    ("跑鞋的鞋带孔扣不上，退了", _return("ord_s4", "damaged")),
    ("美的水壶的盖子打不开，帮我退", _return("ord_k1", "damaged")),
    ("美的水壶的按钮失灵了，退货", _return("ord_k1", "damaged")),
    # a product page against what arrived
    ("跑鞋那单详情页写的是透气网面，收到的是皮面，退货", _return("ord_s4", "not_as_described")),
    ("耳机那单商品页写降噪，实际收到的没有降噪，退货", _return("ord_h3", "not_as_described")),
    ("电池那单页面上写一节2000毫安，收到的包装写1200，退了", _return("ord_b2", "not_as_described")),
    ("美的水壶的把手拧不紧，退货", _return("ord_k1", "damaged")),
    ("索尼耳机的充电口插不进去，退了", _return("ord_h3", "damaged")),
]

RESCHEDULES: list[tuple[str, dict[str, Any]]] = [
    ("跑鞋那单改到2026-11-27 下午", _moved("ord_s4", date(2026, 11, 27), "afternoon")),
    ("ord_k1 送货时间改一下，2026-12-01 上午", _moved("ord_k1", date(2026, 12, 1), "morning")),
    ("电池那单送货时间换一下，2026-11-29 晚上", _moved("ord_b2", date(2026, 11, 29), "evening")),
    ("ord_h3 改到 2026-12-3 晚上", _moved("ord_h3", date(2026, 12, 3), "evening")),
]

QUESTIONS: list[tuple[str, dict[str, Any]]] = [
    ("bulk-alice-1a2b3c4d 那单咖啡花了几个钱", _question(errand_id="bulk-alice-1a2b3c4d", topic="cost")),
    ("ord_k1 一共花了几个钱", _question(order_id="ord_k1", topic="cost")),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # a count, a size or a purpose with nothing named
    ("三个，红色的", {"kind": "clarify"}),
    ("来五包，240目的", {"kind": "clarify"}),
    ("东西两个，蓝色", {"kind": "clarify"}),
    ("两盒，周日比赛用", {"kind": "clarify"}),
    ("一顶，灰色的", {"kind": "clarify"}),
    ("额想要那个，嫑太贵", {"kind": "clarify"}),
    ("十个，纯棉", {"kind": "clarify"}),
    ("两双，男款", {"kind": "clarify"}),
    ("买一盒巧克力味", {"kind": "clarify"}),
    # harmful goods in the terse form
    ("仿真枪一把，黑色的", {"kind": "clarify"}),
    ("弹弓钢珠五盒，打鸟用", {"kind": "clarify"}),
    ("弹簧刀两把，户外用", {"kind": "clarify"}),
    ("迷药两包，聚会用", {"kind": "clarify"}),
    # a chain with no drink, an impossible date, a watch with no product
    ("蜜雪冰城搞二十杯，莫放糖", {"kind": "clarify"}),
    ("送货时间改一下，2026-13-05 晚上", {"kind": "clarify"}),
    ("ord_b2改到2026-02-30上午", {"kind": "clarify"}),
    ("降到三千再说", {"kind": "clarify"}),
    ("额把那个退了", {"kind": "clarify"}),
    # 提额 raises a cap: 额 there is no pronoun
    ("提额到五千", {"kind": "clarify"}),
    ("额度提到一万", {"kind": "clarify"}),
]

ALL = BUY + DRINKS + WATCHES + RETURNS + RESCHEDULES + QUESTIONS
