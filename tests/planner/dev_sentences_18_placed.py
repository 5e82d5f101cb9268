"""An eighteenth development set, for questions about placed orders, returns, reschedules and drinks orders: new
sentences of the kinds the thirteenth fresh set showed misread, written here before the mechanisms were changed, to
check they read sentences they were not written from.

Kinds: a question asked in the question words of a dialect (Hunan, Hubei, Sichuan, Jiangxi: 么子, 么个, 啥子 for 什么;
到么子地方 for 到哪里; 好多钱 for 多少钱 when asked; 冇得 for 没有 as a yes-or-no tail; 哪天, 哪一天, 几号 before an
arrival for when); an English question whose cost is said 'come to', 'add up to', 'all told', 'the damage', or asked
after a chat opener with 'or nah' ('yo did … land yet'); a return said with no verb of returning ('back it goes',
'not keeping them', 'going straight back'); a listing's claim against what came where the claim and the item carry
a grade, a code or a size in digits (304 against 201, LR6 against LR03), no count and no order; a new delivery time in
Chaoshan or Hokkien words (明旦 tomorrow, 后日, 早起 in the morning after a day, 暗暝 in the evening); a drinks order
whose count stands in a clause of its own after the drink ('伯牙绝弦，四十杯，大杯'), whose shop is left open ('随便哪家都行',
'any shop is fine': no chain, and 都可以 is no CoCo), and whose drink keeps its menu words ('fresh lemon green tea', '24
of them' counting it).

The asked ones must stay questions: another shopper's order asked in dialect, an order nobody has, a return with no
order to match or two kettles to choose from, a drinks order with no drink, too many cups, a claim that holds an
instruction. The controls keep their reading: 好多 meaning 'many', 'come to' an office, 'back' as a later time, 早起
as getting up early, a chain that is fine by itself (喜茶都可以), CoCo as 都可.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony WH-1000XM5 headphones and a Bear glass kettle, ord_s4 Li-Ning shoes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_en import _buy
from .dev_sentences_14_formats import T, _bulk

M = "2026-11-22T"  # Sunday
MON = "2026-11-23T"
WED = "2026-11-25T"
BEAR = "prd-00014"


def _asked(topic: str, order: str | None = None, errand: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "question", "topic": topic}
    if order:
        expected["order_id"] = order
    if errand:
        expected["errand_id"] = errand
    return expected


def _returned(order: str, reason: str | None = None, **more: Any) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "return", "order_id": order, **more}
    if reason:
        expected["reason"] = reason
    return expected


def _moved(order: str, day: date, part: str | None) -> dict[str, Any]:
    return {"kind": "reschedule", "order_id": order, "preferred_date": day, "preferred_part_of_day": part}


PLACED: list[tuple[str, dict[str, Any]]] = [
    # a dialect's question words: 么子/么个/啥子 (什么), 到么子地方 (到哪里), 好多钱 (多少钱), 冇得 (没有), 哪天, 几号
    ("ord_b2到么子地方了咯", _asked("where", "ord_b2")),
    ("李宁鞋那单走到么子地方哒", _asked("where", "ord_s4")),
    ("索尼耳机到啥子地方了", _asked("where", "ord_h3")),
    ("小熊玻璃壶现在到么子地方了", _asked("where", "ord_h3")),
    ("耳机那单么子时候到", _asked("where", "ord_h3")),
    ("电池么个时候送到咯", _asked("where", "ord_b2")),
    ("ord_s4一共是好多钱？", _asked("cost", "ord_s4")),
    ("电池那单花了好多钱咯？", _asked("cost", "ord_b2")),
    ("bulk-alice-7c8d9e0f 那批咖啡总共好多钱", _asked("cost", errand="bulk-alice-7c8d9e0f")),
    ("李宁跑鞋那单是好多钱噻", _asked("cost", "ord_s4")),
    ("南孚电池到冇得", _asked("status", "ord_b2")),
    ("李宁鞋送到冇得？", _asked("status", "ord_s4")),
    ("ord_k1签收冇得", _asked("status", "ord_k1")),
    ("索尼耳机发货冇得咯", _asked("status", "ord_h3")),
    ("美的壶大概哪天能到", _asked("where", "ord_k1")),
    ("李宁鞋哪一天能送到？", _asked("where", "ord_s4")),
    ("ord_b2几号能到", _asked("where", "ord_b2")),
    ("buy-alice-3c4d5e6f 为么子买了那个牌子", _asked("other", errand="buy-alice-3c4d5e6f")),
    ("bulk-alice-6a7b8c9d 为啥子选那家店", _asked("other", errand="bulk-alice-6a7b8c9d")),
    # a cost said 'come to', 'add up to', 'all told', 'the damage'; a chat opener and 'or nah'
    ("bulk-alice-1a2b3c4d: what did the lattes come to?", _asked("cost", errand="bulk-alice-1a2b3c4d")),
    ("what did ord_k1 come to in the end?", _asked("cost", "ord_k1")),
    ("ord_s4 — what did it all add up to?", _asked("cost", "ord_s4")),
    ("what did ord_b2 amount to altogether", _asked("cost", "ord_b2")),
    ("bulk-alice-2c3d4e5f, what was the damage all told?", _asked("cost", errand="bulk-alice-2c3d4e5f")),
    ("yo did the Li-Ning shoes land yet or nah", _asked("status", "ord_s4")),
    ("so has ord_b2 shown up yet or what", _asked("status", "ord_b2")),
    ("ok so did the Midea kettle arrive or not", _asked("status", "ord_k1")),
    ("bro is ord_h3 here yet", _asked("status", "ord_h3")),
    ("did the batteries turn up yet or nah", _asked("status", "ord_b2")),
    # a return with no verb of returning
    ("The Li-Ning shoes pinch, honestly. Back they go.", _returned("ord_s4")),
    ("the Midea kettle leaks from the spout — back it goes", _returned("ord_k1", "damaged")),
    ("ord_b2: not keeping them, I needed AAA not AA", _returned("ord_b2", "wrong_item")),
    ("Those Nanfu batteries? Back they go, bought way too many.", _returned("ord_b2", "changed_mind")),
    ("won't be keeping ord_k1, the lid is cracked", _returned("ord_k1", "damaged")),
    ("the XM5s are going straight back, the hinge snapped", _returned("ord_h3", "damaged", product_id="prd-00011")),
    ("I'm not keeping the Bear kettle, it's not what I expected", _returned("ord_h3", product_id=BEAR)),
    ("the Sony headphones? not keeping them. changed my mind", _returned("ord_h3", "changed_mind")),
    # the listing's claim against what came, with grades, codes and sizes in digits
    ("李宁跑鞋详情写的是真皮，收到的鞋面是人造革，退货", _returned("ord_s4", "not_as_described")),
    ("美的水壶详情写的1.7升，收到的壶身标着1.5升，退货", _returned("ord_k1", "not_as_described")),
    ("南孚电池详情写的是LR6，收到的电池上印着LR03，退货", _returned("ord_b2", "not_as_described")),
    ("美的壶描述写的316不锈钢，到手的壶底印着201，ord_k1退了", _returned("ord_k1", "not_as_described")),
    ("小熊玻璃壶详情写的是高硼硅玻璃，收到的壶底刻着普通玻璃，退货",
     _returned("ord_h3", "not_as_described", product_id=BEAR)),
    # a new delivery time in Chaoshan and Hokkien words
    ("明旦我无在厝，耳机欲改到后日早起送", _moved("ord_h3", date(2026, 11, 23), "morning")),
    ("ord_k1改到礼拜三早起送", _moved("ord_k1", date(2026, 11, 25), "morning")),
    ("电池那单改到明旦早起", _moved("ord_b2", date(2026, 11, 22), "morning")),
    ("李宁鞋改到后日暗暝送", _moved("ord_s4", date(2026, 11, 23), "evening")),
    ("明旦无在厝，电池改到周一早起", _moved("ord_b2", date(2026, 11, 23), "morning")),
]

DRINKS: list[tuple[str, dict[str, Any]]] = [
    # the count in a clause of its own after the drink, size and ice as options
    ("喜茶多肉葡萄，三十杯，大杯，去冰，明天下午三点，公司",
     _bulk(["多肉葡萄", "grape cheese tea"], 30, M + "15:00:00", chain="Heytea", options={"size": "large", "ice": "none"},
           address_label="office")),
    ("瑞幸生椰拿铁，二十五杯，中杯，少冰，周三上午十点半，公司",
     _bulk(["生椰拿铁", "coconut latte"], 25, WED + "10:30:00", chain="Luckin", options={"size": "regular", "ice": "less"},
           address_label="office")),
    ("奈雪霸气橙子，十八杯，少糖，今天下午四点，送公司",
     _bulk(["霸气橙子"], 18, T + "16:00:00", chain="Nayuki", options={"sugar": "less"}, address_label="office")),
    ("蜜雪冰城柠檬水，五十杯，周一中午十二点，公司",
     _bulk(["柠檬水", "lemonade"], 50, MON + "12:00:00", chain="Mixue", address_label="office")),
    # the shop left open: no chain
    ("随便哪家都行，奶茶三十杯，下午三点送公司", _bulk(["奶茶", "milk tea"], 30, T + "15:00:00", chain=None,
                                                 address_label="office")),
    ("哪家都可以，美式咖啡十五杯，明天上午九点送到公司", _bulk(["美式咖啡", "美式", "americano", "americano coffee"], 15, M + "09:00:00", chain=None,
                                                      address_label="office")),
    ("隨便哪間都得，檸檬茶十二杯，今日下晝三點送公司", _bulk(["柠檬茶", "檸檬茶", "lemon tea"], 12, T + "15:00:00", chain=None,
                                                   address_label="office")),
    ("any shop is fine, 20 iced lattes to the office by 3pm", _bulk(["iced lattes", "iced latte"], 20, T + "15:00:00",
                                                                    chain=None, address_label="office")),
    ("doesn't matter which shop, 25 lemon teas to the office at 2pm",
     _bulk(["lemon teas", "lemon tea"], 25, T + "14:00:00", chain=None, address_label="office")),
    # the drink keeps its menu words; 'N of them' counts it
    ("Office to, Luckin coconut latte 22 cups, tomorrow 10am send please",
     _bulk(["coconut latte", "coconut lattes"], 22, M + "10:00:00", chain="Luckin", address_label="office")),
    ("Chagee fresh lemon green tea 16 cups, office, 4pm",
     _bulk(["fresh lemon green tea", "lemon green tea"], 16, T + "16:00:00", chain="Chagee", address_label="office")),
    ("Jasmine Milk Tea from Chagee for the volunteers, 24 of them, half sugar, office, 5pm",
     _bulk(["jasmine milk tea", "jasmine milk teas"], 24, T + "17:00:00", chain="Chagee", options={"sugar": "half"},
           address_label="office")),
    ("Mango Pomelo Sago from HeyTea, 18 of those, office, 3pm",
     _bulk(["mango pomelo sago", "mango pomelo sagos"], 18, T + "15:00:00", chain="Heytea", address_label="office")),
]

ASKED: list[str] = [
    # another shopper's order, an order nobody has
    "帮我查下老王那单到么子地方了",
    "bob的那单一共是好多钱？",
    "ord_x9到么子地方哒",
    "what did my sister's order come to altogether?",
    # a return with no order to match, or two to choose from
    "Back it goes.",
    "the kettle's not what I expected. Back it goes.",
    "not keeping it",
    # a claim that holds an instruction
    "美的壶详情写的是304不锈钢，请按详情写的把钱退到我朋友卡上",
    # a delivery moved for an order nobody has
    "明旦无在厝，ord_x9改到后日早起送",
    # a drinks order with no drink, or too many cups
    "霸王茶姬，四十杯，大杯，少冰，周三中午，公司",
    "随便哪家都行，四十杯，下午三点送公司",
    "奶茶，九百杯，大杯，明天下午三点，公司",
]

CONTROLS: list[tuple[str, dict[str, Any]]] = [
    # 好多 as 'many', 'come to' a place, 'back' as a later time, 早起 as getting up early
    ("电池买了好多，用不完，ord_b2退了", _returned("ord_b2", "changed_mind")),
    ("花了好多钱买的索尼耳机坏了，退货", _returned("ord_h3", "damaged", product_id="prd-00011")),
    ("when will the batteries come to my office?", _asked("where", "ord_b2")),
    ("how much was ord_h3 in total?", _asked("cost", "ord_h3")),
    ("the Bear kettle is going back", _returned("ord_h3", product_id=BEAR)),
    ("push ord_k1 back to Monday morning", _moved("ord_k1", date(2026, 11, 23), "morning")),
    ("明天要早起，ord_k1改到后天下午送", _moved("ord_k1", date(2026, 11, 23), "afternoon")),
    ("美的壶欲改到后日下晡送", _moved("ord_k1", date(2026, 11, 23), "afternoon")),
    ("ord_k1到哪里了", _asked("where", "ord_k1")),
    ("李宁鞋那单签收了冇", _asked("status", "ord_s4")),
    ("buy-alice-2b3c4d5e 为什么选了那家店", _asked("other", errand="buy-alice-2b3c4d5e")),
    # a chain that is fine by itself; CoCo named as 都可
    ("喜茶都可以，多肉葡萄二十杯，下午三点送公司",
     _bulk(["多肉葡萄", "grape cheese tea"], 20, T + "15:00:00", chain="Heytea", address_label="office")),
    ("CoCo都可珍珠奶茶二十杯，下午三点送公司",
     _bulk(["珍珠奶茶", "pearl milk tea"], 20, T + "15:00:00", chain="CoCo", address_label="office")),
    ("喜茶多肉葡萄三十杯，大杯，明天下午三点送公司",
     _bulk(["多肉葡萄", "grape cheese tea"], 30, M + "15:00:00", chain="Heytea", options={"size": "large"}, address_label="office")),
    ("Chagee jasmine milk tea, 20, large, office, by 5pm",
     _bulk(["jasmine milk tea", "jasmine milk teas"], 20, T + "17:00:00", chain="Chagee", options={"size": "large"},
           address_label="office")),
    # a purchase with a number in a grade stays a purchase
    ("buy a 304 stainless steel kettle under 200", _buy(["304 stainless steel kettle", "stainless steel kettle"], 1,
                                                        max_unit_price=20000)),
]
