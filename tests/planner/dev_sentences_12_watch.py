"""A twelfth development set for the offline planner, on price watches and drinks orders only: new sentences of
each kind the eighth fresh set showed misread, written here (other products, chains and wording) before the
mechanisms were built, to check that they generalise rather than fit the misses.

Kinds: punctuation said as words inside a watch ("comma", "full stop", "period"); letters stretched for
emphasis ("watchhh", "plsss", "pleaseee"); non-native word order ("when less of N you buy one", "the X
Philips"); a Chinese pack word (整箱, 整盒, 整件) with 进/入/拿 as the verb of buying a count; classical Chinese
(观望, 至N则告之); a refusal to buy ("唔好幫我買", "别帮我买", "don't buy it"); how often first and a buy after
("每天看一次…以下买一个"); 入 as buy; drinks said non-natively ("I want from HeyTea the X, twenty, to the
office at 2 o'clock"); a bare hour after the place ("office 3"); a "re:" subject line before the order; and
屋里 / 屋头 as home.

In the held-out format (``bench.eval.judging.planner_mismatches``); same clock as ``dev_sentences.py``
(Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

ASK: dict[str, Any] = {"kind": "clarify"}
TODAY = "2026-11-21T"
FRI = "2026-11-27T"
TZ = "+08:00"


def _watch(query: list[str], target: int, **more: Any) -> dict[str, Any]:
    return {"kind": "price_watch", "query": query, "target_price": target, **more}


def _bulk(item: str | list[str], quantity: int, **more: Any) -> dict[str, Any]:
    return {"kind": "bulk_order", "item": item, "quantity": quantity, **more}


WATCHES: list[tuple[str, dict[str, Any]]] = [
    # punctuation said as words
    ("watch the price of a standing desk comma alert me below two thousand yuan full stop",
     _watch(["standing desk"], 200000, buy_when_met=False)),
    ("keep an eye on the Kindle Scribe period tell me when it is under 2500 period",
     _watch(["Kindle Scribe"], 250000, buy_when_met=False)),
    ("track the rice cooker comma if it goes below 300 comma buy one full stop",
     _watch(["rice cooker"], 30000, buy_when_met=True, quantity=1)),
    # stretched letters
    ("watchhh the Switch OLED plzzz, ping me under 1800", _watch(["Switch OLED"], 180000, buy_when_met=False)),
    ("pleaseee keep an eyeee on the Dyson Airwrap, tell me when below 3000",
     _watch(["Dyson Airwrap"], 300000, buy_when_met=False)),
    ("trackkk the Kindle Paperwhite plsss, alert me under 800",
     _watch(["Kindle Paperwhite"], 80000, buy_when_met=False)),
    # non-native order
    ("For me please you watch the price of the vacuum Xiaomi, when less of 900 you buy one",
     _watch(["Xiaomi vacuum", "vacuum Xiaomi"], 90000, buy_when_met=True, quantity=1)),
    ("You watch for me the kettle Bear, when less of 150 you tell me",
     _watch(["Bear kettle", "kettle Bear"], 15000, buy_when_met=False)),
    ("Please you look the price of the toaster, when it is less of 200 you buy two",
     _watch(["toaster"], 20000, buy_when_met=True, quantity=2)),
    # pack words and 进/入/拿 with a count
    ("小卖部：农夫山泉整箱低于三十就进二十箱",
     _watch(["农夫山泉"], 3000, buy_when_met=True, quantity=20)),
    ("王老吉整箱跌到五十以下就进五箱", _watch(["王老吉"], 5000, buy_when_met=True, quantity=5)),
    ("卫生纸整提低于二十五就进八提", _watch(["卫生纸", "toilet paper"], 2500, buy_when_met=True, quantity=8)),
    ("红牛整箱降到一百以内拿三箱", _watch(["红牛", "Red Bull"], 10000, buy_when_met=True, quantity=3)),
    # classical
    ("吾欲观望大疆Mini 4 Pro之价，至五千则告之",
     _watch(["大疆Mini 4 Pro", "DJI Mini 4 Pro", "Mini 4 Pro"], 500000, buy_when_met=False)),
    ("余欲观望佳能R50之价，至四千五则告之",
     _watch(["佳能R50", "Canon R50", "R50"], 450000, buy_when_met=False)),
    ("请观望小米平板之价，至一千五百则购之",
     _watch(["小米平板", "Xiaomi Pad", "Xiaomi tablet"], 150000, buy_when_met=True)),
    # a refusal to buy
    ("盯兩個禮拜AirPods Pro嘅價，跌到一千五就話我知，唔好幫我買",
     _watch(["AirPods Pro"], 150000, days=14, buy_when_met=False)),
    ("帮我盯着戴森吹风机，降到两千就告诉我，别帮我买",
     _watch(["戴森吹风机", "Dyson hair dryer"], 200000, buy_when_met=False)),
    ("watch the Sony A7C price, under 9000 tell me, but don't buy it",
     _watch(["Sony A7C"], 900000, buy_when_met=False)),
    ("keep an eye on the LEGO Titanic, ping me below 4000, do not buy it for me",
     _watch(["LEGO Titanic"], 400000, buy_when_met=False)),
    # how often first, then a buy
    ("每天看一次颈椎枕的价，一百以下买一个",
     _watch(["颈椎枕"], 10000, interval_hours=24.0, buy_when_met=True, quantity=1)),
    ("每两天看一次空气净化器的价，八百以下买一台",
     _watch(["空气净化器", "air purifier"], 80000, interval_hours=48.0, days=30, buy_when_met=True,
                                              quantity=1)),
    ("每隔三天查一次剃须刀的价格，两百以内入一个",
     _watch(["剃须刀", "shaver"], 20000, interval_hours=72.0, days=30, buy_when_met=True, quantity=1)),
    ("每天看一次猫砂的价格，五十以下买两袋",
     _watch(["猫砂", "cat litter"], 5000, interval_hours=24.0, buy_when_met=True, quantity=2)),
    # 入 as buy
    ("蹲降价：JBL Flip 6，五百以内入一个", _watch(["JBL Flip 6"], 50000, buy_when_met=True, quantity=1)),
    ("蹲个降价，索尼WH-1000XM5，一千八以内入一副",
     _watch(["索尼WH-1000XM5", "Sony WH-1000XM5", "WH-1000XM5"], 180000, buy_when_met=True, quantity=1)),
    ("Kindle降到五百以内就入一台", _watch(["Kindle"], 50000, buy_when_met=True, quantity=1)),
    # near controls that keep their answer
    ("buy a Philips air fryer under 500", {"kind": "buy"}),
    ("买两箱农夫山泉", {"kind": "buy"}),
]

DRINKS: list[tuple[str, dict[str, Any]]] = [
    # non-native order
    ("For the team of my office I want from Luckin the coconut latte, fifteen, to the office at 3 o'clock",
     _bulk(["coconut latte", "coconut lattes"], 15, chain="Luckin", address_label="office",
           deliver_by=TODAY + "15:00:00" + TZ)),
    ("For my students I want from Mixue the lemon tea, thirty, to the home at 4 o'clock",
     _bulk(["lemon tea", "lemon teas"], 30, chain="Mixue", address_label="home",
           deliver_by=TODAY + "16:00:00" + TZ)),
    ("For the staff I want from Chagee the jasmine milk tea, twelve, to the office at 11 o'clock",
     _bulk(["jasmine milk tea", "jasmine milk teas"], 12, chain="Chagee", address_label="office",
           deliver_by=TODAY + "11:00:00" + TZ)),
    # a bare hour after the place
    ("24 coconut lattes luckin office 4", _bulk(["coconut lattes", "coconut latte"], 24, chain="Luckin",
                                                address_label="office", deliver_by=TODAY + "16:00:00" + TZ)),
    ("18 grape cheese teas heytea home 5", _bulk(["grape cheese teas", "grape cheese tea"], 18, chain="HeyTea",
                                                  address_label="home", deliver_by=TODAY + "17:00:00" + TZ)),
    ("40 lemon teas mixue less ice office 2", _bulk(["lemon teas", "lemon tea"], 40, chain="Mixue",
                                                    address_label="office", deliver_by=TODAY + "14:00:00" + TZ)),
    # a "re:" subject line
    ("re: 周五例会 — 瑞幸生椰拿铁十五杯，少糖，周五下午两点到公司",
     _bulk(["生椰拿铁", "coconut latte"], 15, chain="Luckin", address_label="office",
           deliver_by=FRI + "14:00:00" + TZ)),
    ("re: Friday party — 20 grape cheese teas from HeyTea, office, Friday 4pm",
     _bulk(["grape cheese teas", "grape cheese tea"], 20, chain="HeyTea", address_label="office",
           deliver_by=FRI + "16:00:00" + TZ)),
    ("Re: 周五聚餐 — 蜜雪冰城柠檬水三十杯，周五下午五点送公司",
     _bulk(["柠檬水", "lemon tea"], 30, chain="Mixue", address_label="office",
           deliver_by=FRI + "17:00:00" + TZ)),
    # 屋里 / 屋头 as home
    ("喜茶多肉葡萄十二杯，下午四点前送屋里", _bulk(["多肉葡萄"], 12, chain="HeyTea", address_label="home",
                                              deliver_by=TODAY + "16:00:00" + TZ)),
    ("瑞幸生椰拿铁二十杯，今晚八点前送屋头", _bulk(["生椰拿铁"], 20, chain="Luckin", address_label="home",
                                               deliver_by=TODAY + "20:00:00" + TZ)),
    ("霸王茶姬伯牙绝弦十杯，送到屋里，晚上七点", _bulk(["伯牙绝弦"], 10, chain="Chagee", address_label="home",
                                                 deliver_by=TODAY + "19:00:00" + TZ)),
    # near controls
    ("24 coconut lattes from luckin to the office at 4pm", _bulk(["coconut lattes", "coconut latte"], 24,
                                                                  chain="Luckin", address_label="office")),
]

WATCH_AND_DRINKS = WATCHES + DRINKS
