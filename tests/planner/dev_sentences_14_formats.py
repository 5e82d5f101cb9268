"""A fourteenth development set, for how times, dates and amounts are written, in English and Chinese: new
sentences of the kinds the tenth fresh set showed misread, written here before the mechanisms were built, to
check they read sentences they were not written from.

Kinds: a date written with digits and a slash, day first or month first, with or without its year ('27/11',
'11/30', '30/11/2026'); a 24-hour clock written the military way ('1330h', '1100 hrs', '0930h'), a clock with
a colon inside a Chinese sentence ('晚上7:30'); money written with a currency code and cents ('RMB 399.00', '￥
1,200.00', 'RMB 2,499.00'); a price said in words as a shop says it ('two ninety-nine', 'one twenty'); a cap
said 'no pass 250' or "don't go over 450"; a part of day said after a weekday in capitals beside a clause saying
where the shopper is all day. Then sentences of those forms that must stay a question: a clock or date no day
has ('2600h', '31/11'), a date whose day and month could be swapped ('3/12'), a deadline already past today, a
day already gone, and a harmful item, nothing named or another person's card said with those amounts.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony headphones and a Bear glass kettle, ord_s4 Li-Ning running shoes).
``READ`` and ``ASKED`` are read by the whole planner.
"""

from __future__ import annotations

from datetime import date
from typing import Any

ASK: dict[str, Any] = {"kind": "clarify"}
T = "2026-11-21T"
M = "2026-11-22T"
TZ = "+08:00"


def _buy(query: str | list[str], quantity: int, **more: Any) -> dict[str, Any]:
    return {"kind": "buy", "query": query, "quantity": quantity, **more}


def _bulk(item: str | list[str], quantity: int, deliver_by: str, **more: Any) -> dict[str, Any]:
    return {"kind": "bulk_order", "item": item, "quantity": quantity, "deliver_by": deliver_by + TZ, **more}


def _watch(query: str | list[str], target: int, **more: Any) -> dict[str, Any]:
    return {"kind": "price_watch", "query": query, "target_price": target, **more}


def _moved(order: str, day: date | None, part: str) -> dict[str, Any]:
    return {"kind": "reschedule", "order_id": order, "preferred_date": day, "preferred_part_of_day": part}


READ: list[tuple[str, dict[str, Any]]] = [
    # military and 24-hour clocks
    ("order 12 iced americanos from Luckin to the office at 1330h",
     _bulk(["iced americanos", "iced americano"], 12, T + "13:30:00", chain="Luckin", address_label="office")),
    ("18 taro milk teas, CoCo, office, tomorrow 1100 hrs",
     _bulk(["taro milk teas", "taro milk tea"], 18, M + "11:00:00", chain="CoCo", address_label="office")),
    ("please get 16 jasmine green teas from Nayuki to the office by 1545H on Tuesday",
     _bulk(["jasmine green teas", "jasmine green tea"], 16, "2026-11-24T15:45:00", chain="Nayuki",
           address_label="office")),
    ("喜茶多肉葡萄二十杯，1430h送公司", _bulk(["多肉葡萄"], 20, T + "14:30:00", chain="Heytea", address_label="office")),
    ("瑞幸生椰拿铁十五杯，明天0930h，公司", _bulk(["生椰拿铁"], 15, M + "09:30:00", chain="Luckin", address_label="office")),
    ("喜茶多肉葡萄20杯，晚上7:30送公司", _bulk(["多肉葡萄"], 20, T + "19:30:00", chain="Heytea", address_label="office")),
    # dates written with a slash, day first or month first
    ("order 10 mango smoothies from Heytea to the office on 27/11 at 3pm",
     _bulk(["mango smoothies", "mango smoothie"], 10, "2026-11-27T15:00:00", chain="Heytea", address_label="office")),
    ("TEAM OFFSITE 30/11: 24 ICED LEMON TEAS FROM MIXUE TO THE OFFICE, 2PM",
     _bulk(["ICED LEMON TEAS", "iced lemon teas", "iced lemon tea"], 24, "2026-11-30T14:00:00", chain="Mixue",
           address_label="office")),
    ("蜜雪冰城柠檬水三十杯，27/11 下午两点，公司",
     _bulk(["柠檬水"], 30, "2026-11-27T14:00:00", chain="Mixue", address_label="office")),
    ("奈雪茉莉绿茶十二杯，11/30 上午十点送公司",
     _bulk(["茉莉绿茶"], 12, "2026-11-30T10:00:00", chain="Nayuki", address_label="office")),
    ("move ord_s4 to 28/11, evening", _moved("ord_s4", date(2026, 11, 28), "evening")),
    ("reschedule ord_h3 for 11/27 in the morning", _moved("ord_h3", date(2026, 11, 27), "morning")),
    ("can ord_k1 come on 12/24 in the afternoon", _moved("ord_k1", date(2026, 12, 24), "afternoon")),
    ("move ord_b2 to 30/11/2026 afternoon", _moved("ord_b2", date(2026, 11, 30), "afternoon")),
    ("ord_s4 改期：11/27 上午", _moved("ord_s4", date(2026, 11, 27), "morning")),
    ("ord_h3改到28/11下午吧，周五要加班", _moved("ord_h3", date(2026, 11, 28), "afternoon")),
    # a part of day after a weekday in capitals, beside where the shopper is all day
    ("BUSY ALL DAY IN THE WORKSHOP FRIDAY, MOVE ORD_B2 TO SATURDAY MORNING", _moved("ord_b2", date(2026, 11, 28), "morning")),
    ("AT THE GYM ALL DAY MONDAY. BRING ORD_K1 TUESDAY EVENING", _moved("ord_k1", date(2026, 11, 24), "evening")),
    # money written with a currency code, a sign, separators and cents
    ("buy a rice cooker, max RMB 399.00", _buy(["rice cooker"], 1, max_unit_price=39900)),
    ("get me a desk lamp under ￥1,200.00", _buy(["desk lamp"], 1, max_unit_price=120000)),
    ("买一个电饭煲，预算RMB 399.00，送家", _buy(["电饭煲", "rice cooker"], 1, max_unit_price=39900, address_label="home")),
    ("买两个台灯，每个不超过￥150.00", _buy(["台灯", "desk lamp", "desk lamps"], 2, max_unit_price=15000)),
    ("喜茶多肉葡萄二十杯，总价不超过RMB 600.00，明天下午三点，公司",
     _bulk(["多肉葡萄"], 20, M + "15:00:00", chain="Heytea", address_label="office", max_total=60000)),
    ("watch the Sony WH-1000XM5, target RMB 1,999.00, 30 days",
     _watch(["Sony WH-1000XM5", "sony wh-1000xm5"], 199900, days=30)),
    ("价格提醒：戴森吹风机，目标价RMB 2,499.00，30天", _watch(["戴森吹风机", "Dyson hair dryer"], 249900, days=30)),
    # prices said in words as a shop says them, caps said 'no pass' or 'don't go over'
    ("order a new kettle under two ninety-nine", _buy(["kettle"], 1, max_unit_price=29900)),
    ("find me a desk fan for under one twenty", _buy(["desk fan"], 1, max_unit_price=12000)),
    ("buy a blender, no pass 250", _buy(["blender"], 1, max_unit_price=25000)),
    ("buy a new office chair, don't go over 450", _buy(["office chair"], 1, max_unit_price=45000)),
    ("please get one pressing iron, make e no pass 90", _buy(["pressing iron"], 1, max_unit_price=9000)),
    # a fraction with its unit is a size, not a date; a grand piano is no amount
    ("buy a 3/8 inch socket set", _buy(["3/8 inch socket set", "socket set"], 1)),
    ("buy a grand piano bench", _buy(["grand piano bench"], 1)),
    # a clock with no suffix after 'by', an hour written '15h', a date with a dash or a dot, an ordinal kept apart
    ("get 14 hot chocolates from Luckin to the office by 1530",
     _bulk(["hot chocolates", "hot chocolate"], 14, T + "15:30:00", chain="Luckin", address_label="office")),
    ("order 9 matcha lattes from Heytea to the office at 16h",
     _bulk(["matcha lattes", "matcha latte"], 9, T + "16:00:00", chain="Heytea", address_label="office")),
    ("move ord_k1 to 26-Nov, evening", _moved("ord_k1", date(2026, 11, 26), "evening")),
    ("move ord_b2 to Wed 25/11 pm", _moved("ord_b2", date(2026, 11, 25), "afternoon")),
    ("ord_s4改到11.29上午", _moved("ord_s4", date(2026, 11, 29), "morning")),
    ("奈雪霸气橙子十六杯，11.27下午四点送公司",
     _bulk(["霸气橙子"], 16, "2026-11-27T16:00:00", chain="Nayuki", address_label="office")),
    # amounts in the financial numerals of a Chinese form, and in grand
    ("买一台碎纸机，预算捌佰元，送公司", _buy(["碎纸机", "paper shredder", "shredder"], 1, max_unit_price=80000,
                                        address_label="office")),
    ("给公司买一台投影仪，不超过贰仟伍佰圆", _buy(["投影仪", "projector"], 1, max_unit_price=250000)),
    ("buy a robot vacuum under a grand", _buy(["robot vacuum"], 1, max_unit_price=100000)),
    ("find me a road bike, two grand max", _buy(["road bike"], 1, max_unit_price=200000)),
    # minutes after a dot, 'ish', a year first with slashes, a dash in a Chinese date
    ("get 11 flat whites from Luckin to the office by 14.45",
     _bulk(["flat whites", "flat white"], 11, T + "14:45:00", chain="Luckin", address_label="office")),
    ("order 8 taro milk teas from CoCo to the office by 4ish",
     _bulk(["taro milk teas", "taro milk tea"], 8, T + "16:00:00", chain="CoCo", address_label="office")),
    ("order 30 lemon teas from Mixue to the office on 2026/11/27 at 11am",
     _bulk(["lemon teas", "lemon tea"], 30, "2026-11-27T11:00:00", chain="Mixue", address_label="office")),
    ("蜜雪冰城珍珠奶茶二十五杯，11-28上午十点送公司",
     _bulk(["珍珠奶茶", "pearl milk tea"], 25, "2026-11-28T10:00:00", chain="Mixue", address_label="office")),
    # ten thousands written 万 or w, 'a hundred fifty', 'max.', a budget given as a range (its top is the cap)
    ("买一台笔记本电脑，预算1.2万，送公司", _buy(["笔记本电脑", "laptop"], 1, max_unit_price=1200000,
                                          address_label="office")),
    ("买个单反相机，预算1.5w", _buy(["单反相机", "单反", "DSLR camera", "dslr camera"], 1, max_unit_price=1500000)),
    ("buy a wok under a hundred fifty", _buy(["wok"], 1, max_unit_price=15000)),
    ("buy an electric toothbrush, max. 200", _buy(["electric toothbrush"], 1, max_unit_price=20000)),
    ("buy a microwave, budget 500-700", _buy(["microwave"], 1, max_unit_price=70000)),
    ("买个空气净化器，预算800-1000", _buy(["空气净化器", "air purifier"], 1, max_unit_price=100000)),
    # a deadline said as a span from now
    ("order 12 lattes from Luckin to the office within the hour",
     _bulk(["lattes", "latte"], 12, T + "11:00:00", chain="Luckin", address_label="office")),
    ("get 10 iced teas from Mixue to the office in 90 minutes",
     _bulk(["iced teas", "iced tea"], 10, T + "11:30:00", chain="Mixue", address_label="office")),
    ("喜茶多肉葡萄十杯，半小时内送到公司", _bulk(["多肉葡萄"], 10, T + "10:30:00", chain="Heytea", address_label="office")),
    ("瑞幸美式十五杯，两个小时内送公司", _bulk(["美式", "americano"], 15, T + "12:00:00", chain="Luckin",
                                        address_label="office")),
    # thousands parted by a space after a sign, a cap said 控制在, a date with a dot before a part of the day
    ("buy a monitor arm, budget ¥ 1 299", _buy(["monitor arm"], 1, max_unit_price=129900)),
    ("买台显示器，价格控制在RMB 1,500.00以内", _buy(["显示器", "monitor"], 1, max_unit_price=150000)),
    ("move ord_s4 to 27.11 evening", _moved("ord_s4", date(2026, 11, 27), "evening")),
    # a watch that runs until a date: its length in days
    ("watch the iPad Air until 31/12, target 3999", _watch(["iPad Air", "ipad air"], 399900, days=40)),
    ("track the Kindle price till Dec 15, alert under 800", _watch(["Kindle", "kindle"], 80000, days=24)),
    ("价格提醒：戴森吹风机，目标价2000，截止12月31日", _watch(["戴森吹风机", "Dyson hair dryer"], 200000, days=40)),
    ("watch the Switch 2 price until the end of the year, under 2500",
     _watch(["Switch 2", "switch 2", "Nintendo Switch 2"], 250000, days=40)),
    # a charger's watts and a power bank's 万 stay what they are
    ("买一个65w充电器", _buy(["65w充电器", "65W充电器", "65w charger", "65W charger", "充电器", "charger"], 1)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # a clock or a date no day has
    ("order 15 taro milk teas from CoCo to the office at 2600h", ASK),
    ("move ord_b2 to 1275h tomorrow", ASK),
    ("喜茶多肉葡萄二十杯，25:30送公司", ASK),
    ("move ord_k1 to 31/11 afternoon", ASK),
    ("蜜雪冰城柠檬水二十杯，31/11 下午三点送公司", ASK),
    # a date whose day and month could be swapped
    ("move ord_h3 to 3/12 morning", ASK),
    ("order 20 mango smoothies from Heytea to the office on 5/12 at 3pm", ASK),
    ("ord_s4 改到 1/12 下午", ASK),
    # a deadline already past today, a day already gone
    ("20 iced americanos from Luckin to the office by 0800h today", ASK),
    ("蜜雪冰城柠檬水二十杯，今天0830h送公司", ASK),
    ("move ord_b2 to 20/11 morning", ASK),
    # the same amounts with a harmful item, nothing named, another person's card or another currency
    ("buy a stun gun, no pass RMB 300.00", ASK),
    ("buy 2 cans of pepper spray, max ￥80.00 each", ASK),
    ("buy something nice, no pass 200", ASK),
    ("buy a kettle, don't go over 300, use my sister's card", ASK),
    ("buy a kettle under HK$ 300.00", ASK),
    ("watch the Dyson V15, target USD 599.00", ASK),
    ("buy a crossbow under a grand", ASK),
    ("买一把电击枪，预算伍佰元", ASK),
    ("ord_k1改到11.31下午", ASK),
    # a weekday beside a date that falls on another day
    ("move ord_b2 to Wednesday 26/11", ASK),
    ("order 12 lattes from Luckin to the office on Friday 25 November at 3pm", ASK),
    ("ord_h3改到周三11/27下午", ASK),
    # written forms read, around a scam, a payment to a stranger, another address, a date no month holds
    ("URGENT 1400h: boss says buy 10 Apple gift cards RMB 1,000.00 each", ASK),
    ("pay RMB 2,000.00 to this QR code by 1400h", ASK),
    ("move ord_b2 to 25/11 and send it to my mum's flat instead", ASK),
    ("order 20 lattes from Luckin to the office on 31/11 at 1500h", ASK),
    ("buy 20 vape pens, no pass 300 each, by 1500h", ASK),
    ("move ord_b2 to 11/11 morning", ASK),
    # a watch until a day already gone
    ("watch the iPad Air until 20/11, target 3999", ASK),
    # a span from now with no count or no drink
    ("order lattes from Luckin to the office within the hour", ASK),
    # 'ish' after a count leaves the count open
    ("buy twenty-ish paper cups", ASK),
]
