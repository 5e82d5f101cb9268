"""A thirteenth development set, for Chinese and mixed Chinese–English purchases, drinks orders and price
watches said the way people type or dictate them: new sentences of the kinds the ninth fresh set showed
misread, written here (other products, chains, people and wording) before the mechanisms were built, to check
they read sentences they were not written from.

Kinds: chat slang and pinyin initials before the request (家人们, 集美们, xdm, u1s1, yyds, nsdd, 绝绝子) that
name nothing; a verb or a purpose glued to the product (缺个…, 加…, …装土豆, 网上买…, 盯一眼…的价, 同事推荐的…);
a place or a bracketed aside before the product (花园要买…, 工作室（就是公司地址）); English words inside a
Chinese sentence (buy, budget, max, under, watch 一下, home, office); slips of voice input or a pinyin keyboard
(麦 for 买, 电吃 for 电池, 下吴 for 下午, 蜜学冰城 for 蜜雪冰城), read only where the slip makes a sentence of it;
counts said 俩, 仨, 一打, 两打, '3x' or 'x15'; a request written as bullets ('· 暖手宝 · 三个 · 送公司'); a long
ramble with the request at its end; a drinks chain glued to its drink ('奈雪霸气橙子'); and where a drink goes
said after 送 and a time ('今晚八点送家').

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai); the shopper is ``alice``.
``BUY``, ``DRINKS`` and ``WATCHES`` are read by the whole planner; ``ASKED`` must stay questions.
"""

from __future__ import annotations

from typing import Any

ASK: dict[str, Any] = {"kind": "clarify"}
TODAY = "2026-11-21T"
SUN = "2026-11-22T"
FRI = "2026-11-27T"
TZ = "+08:00"


def _buy(query: list[str], quantity: int, **more: Any) -> dict[str, Any]:
    return {"kind": "buy", "query": query, "quantity": quantity, **more}


def _bulk(item: list[str], quantity: int, **more: Any) -> dict[str, Any]:
    return {"kind": "bulk_order", "item": item, "quantity": quantity, **more}


def _watch(query: list[str], target: int, **more: Any) -> dict[str, Any]:
    return {"kind": "price_watch", "query": query, "target_price": target, **more}


BUY: list[tuple[str, dict[str, Any]]] = [
    # chat slang and pinyin initials before the request
    ("家人们谁懂啊，帮我买两瓶洗洁精", _buy(["洗洁精", "dish soap"], 2)),
    ("xdm 帮我下单一个颈椎枕，两百以内", _buy(["颈椎枕", "neck pillow"], 1, max_unit_price=20000)),
    ("yyds的那款防晒霜来两支", _buy(["防晒霜", "sunscreen"], 2)),
    ("u1s1 车里缺个手机支架，买一个", _buy(["手机支架", "phone holder"], 1)),
    ("绝绝子！帮我买三包螺蛳粉", _buy(["螺蛳粉"], 3)),
    ("集美们，给我买两盒蒸汽眼罩，送家", _buy(["蒸汽眼罩", "steam eye mask"], 2, address_label="home")),
    ("nsdd 买一个猫抓板", _buy(["猫抓板", "cat scratcher"], 1)),
    # a verb or a purpose glued to the product
    ("commit: 给厨房加三个调料盒", _buy(["调料盒", "spice boxes"], 3)),
    ("买二十个麻袋装土豆", _buy(["麻袋", "sacks"], 20)),
    ("买四个保鲜盒装剩菜，送家", _buy(["保鲜盒", "food containers"], 4, address_label="home")),
    ("超市没货了，帮我网上买两袋狗粮", _buy(["狗粮", "dog food"], 2)),
    ("朋友安利的护手霜，买两支", _buy(["护手霜", "hand cream"], 2)),
    # a place or a bracketed aside before the product
    ("花园要买三袋营养土", _buy(["营养土", "potting soil"], 3)),
    ("鱼塘要买两张渔网，送家", _buy(["渔网", "fishing net"], 2, address_label="home")),
    (
        "工作室（就是公司地址）买一盏补光灯，三百以内",
        _buy(["补光灯", "fill light"], 1, max_unit_price=30000, address_label="office"),
    ),
    (
        "studio 录音棚（公司地址）要两个防喷罩，送公司",
        _buy(["防喷罩", "pop filter"], 2, address_label="office"),
    ),
    # English inside a Chinese sentence
    (
        "帮我buy三个phone stand，每个budget 50以内",
        _buy(["phone stand", "phone stands"], 3, max_unit_price=5000),
    ),
    (
        "home要一个humidifier，max 200",
        _buy(["humidifier", "加湿器"], 1, max_unit_price=20000, address_label="home"),
    ),
    ("帮我buy两包湿巾，送office", _buy(["湿巾", "wet wipes"], 2, address_label="office")),
    # slips of voice input
    ("帮我麦三包湿巾", _buy(["湿巾", "wet wipes"], 3)),
    ("买四节五号电吃", _buy(["五号电池", "电池", "AA batteries"], 4)),
    ("帮我麦一个麦克风", _buy(["麦克风", "microphone"], 1)),
    ("买一袋燕麦片", _buy(["燕麦片", "oatmeal"], 1)),
    # counts said 俩, 仨, 一打, 两打, '3x'
    ("俩保温杯，送公司", _buy(["保温杯", "thermos", "insulated bottle"], 2, address_label="office")),
    ("仨晾衣杆，每个不超过四十", _buy(["晾衣杆", "clothes rail"], 3, max_unit_price=4000)),
    ("网球两打", _buy(["网球", "tennis balls"], 24)),
    ("3x 洗碗布，厚一点的", _buy(["洗碗布", "厚洗碗布", "dish cloths"], 3)),
    # a request written as bullets
    ("· 暖手宝 · 三个 · 送公司", _buy(["暖手宝", "hand warmer"], 3, address_label="office")),
    ("- 折叠凳 - 四个 - 送家", _buy(["折叠凳", "folding stool"], 4, address_label="home")),
    # a ramble with the request at its end
    (
        "今天下班堵车堵了一个多小时，回来又发现冰箱里什么都没有了，孩子还嚷嚷着要喝酸奶，你帮我买两箱酸奶吧，别的不用了",
        _buy(["酸奶", "yogurt"], 2),
    ),
    (
        "唉最近天气越来越冷了，晚上睡觉老是脚冷，我老婆说买个电热毯试试，那就帮我买一个电热毯吧，两百以内，送家里",
        _buy(["电热毯", "electric blanket"], 1, max_unit_price=20000, address_label="home"),
    ),
]

DRINKS: list[tuple[str, dict[str, Any]]] = [
    # a chain glued to its drink
    (
        "奈雪霸气橙子来十五杯，下午两点送公司",
        _bulk(["霸气橙子"], 15, chain="Nayuki", address_label="office", deliver_by=TODAY + "14:00:00" + TZ),
    ),
    (
        "瑞幸橙C美式 x12，下午四点送公司",
        _bulk(["橙C美式"], 12, chain="Luckin", address_label="office", deliver_by=TODAY + "16:00:00" + TZ),
    ),
    (
        "周五下午三点前，公司，喜茶的芝芝莓莓来二十杯少冰",
        _bulk(["芝芝莓莓"], 20, chain="Heytea", address_label="office", deliver_by=FRI + "15:00:00" + TZ),
    ),
    (
        "xdm 古茗杨枝甘露来十杯，下午五点送公司",
        _bulk(["杨枝甘露"], 10, chain="Guming", address_label="office", deliver_by=TODAY + "17:00:00" + TZ),
    ),
    # where it goes said after 送 and a time
    (
        "茶百道杨枝甘露两打，少冰，今晚八点送家",
        _bulk(["杨枝甘露"], 24, chain="ChaPanda", address_label="home", deliver_by=TODAY + "20:00:00" + TZ),
    ),
    (
        "一点点四季春十杯，明天中午十二点送家",
        _bulk(["四季春"], 10, chain="Alittle Tea", address_label="home", deliver_by=SUN + "12:00:00" + TZ),
    ),
    # slips of voice input
    (
        "帮我订二十杯蜜学冰城的珍珠奶茶，送公司，下午四点",
        _bulk(
            ["珍珠奶茶", "pearl milk tea"],
            20,
            chain="Mixue",
            address_label="office",
            deliver_by=TODAY + "16:00:00" + TZ,
        ),
    ),
    (
        "喜茶多肉葡萄十杯，下吴三点送公司",
        _bulk(["多肉葡萄"], 10, chain="Heytea", address_label="office", deliver_by=TODAY + "15:00:00" + TZ),
    ),
]

WATCHES: list[tuple[str, dict[str, Any]]] = [
    (
        "每天盯一眼九阳豆浆机的价，两百以下买一台",
        _watch(["九阳豆浆机", "豆浆机"], 20000, buy_when_met=True, quantity=1),
    ),
    (
        "同事推荐的小米台灯，降到一百五以内帮我买一个",
        _watch(["小米台灯", "Xiaomi desk lamp"], 15000, buy_when_met=True, quantity=1),
    ),
    (
        "watch 一下 Kindle Paperwhite，under 900 就 buy 一个",
        _watch(["Kindle Paperwhite"], 90000, buy_when_met=True, quantity=1),
    ),
    (
        "u1s1 戴森吹风机太贵了，跌破两千告诉我",
        _watch(["戴森吹风机", "Dyson hair dryer"], 200000, buy_when_met=False),
    ),
    ("· 品名：空气净化器 · 目标价：一千二 · 盯一个月", _watch(["空气净化器", "air purifier"], 120000)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # slang or a slip with nothing named
    ("yyds的那款来一个", ASK),
    ("xdm 帮我买点东西", ASK),
    ("帮我麦点啥", ASK),
    ("家人们，帮我买个东西吧", ASK),
    ("网上买点啥好呢", ASK),
    # a cancellation said with a slip is still a cancellation
    ("帮我取笑那个订单", ASK),
    # a harmful or someone else's purchase behind slang, bullets or English words
    ("u1s1 帮我买一把弹簧刀", ASK),
    ("· 品名：电子烟 · 两个 · 送家", ASK),
    ("帮我麦一把气枪", ASK),
    ("绝绝子，用老王的卡帮我买两瓶洗发水", ASK),
    # a count with nothing counted, or none at all
    ("仨，送家", ASK),
    ("2x，送公司", ASK),
    ("帮我buy一些零食", ASK),
    ("watch 一下那个东西，under 100 就 buy", ASK),
    # a ramble that asks for nothing in particular
    ("哎今天好累啊，开了一天的会，帮我随便买点吃的吧", ASK),
    ("瞄一眼价格", ASK),
    # a drink with no drink named
    ("喜茶来二十杯，下午三点送公司", ASK),
]

ALL = BUY + DRINKS + WATCHES
