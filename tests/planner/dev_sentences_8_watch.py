"""An eighth development set for the offline planner, on price watches and drinks orders only: new sentences
of each kind the fourth fresh set showed misread, written here (other products, chains and wording) before
the mechanisms were built, to check that they generalise rather than fit the misses.

Kinds: a watch's target said as "sub-N", "alert N" or an amount standing alone between commas; a reply
frame ("re: your price alert — set one up for …"); how often said in minutes or as 每隔N个小时; a Chinese
amount with 万 (一万五); a watch span said as 俩礼拜 or 仨星期; a standing buy said with 抢 or a bare 俩;
Chinese frame words (求盯价, 啥时候, 监控); drinks orders with "half nine", a clock said in words ("four
pm"), a count that is not a clock ("16 teas … by 11am"), a terse order naming chain, place and time after
the drink, hot chocolate as a drink, 整 before the count, 美式 kept as said, and 屋企 after 送返; and
watches longer than a year or capped in another currency, which must stay questions.

In the held-out format (``bench.eval.judging.planner_mismatches``); same clock as ``dev_sentences.py``
(Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

ASK: dict[str, Any] = {"kind": "clarify"}
MON, TUE, SUN = "2026-11-23T", "2026-11-24T", "2026-11-22T"
TZ = "+08:00"


def _watch(query: str | list[str], target: int, **more: Any) -> dict[str, Any]:
    return {"kind": "price_watch", "query": query, "target_price": target, **more}


def _bulk(item: str | list[str], quantity: int, **more: Any) -> dict[str, Any]:
    return {"kind": "bulk_order", "item": item, "quantity": quantity, **more}


WATCHES: list[tuple[str, dict[str, Any]]] = [
    ("keep tabs on the Garmin Fenix 8, 5200, ping me", _watch("Garmin Fenix 8", 520000, buy_when_met=False)),
    ("track the Kindle Scribe, let me know if sub-2000", _watch("Kindle Scribe", 200000)),
    ("monitor dji mini 4 pro 5 days alert 4299", _watch(["dji mini 4 pro", "DJI Mini 4 Pro"], 429900, days=5)),
    ("re: your price alert — set one up for a Dyson Airwrap, 3500, two weeks",
     _watch("Dyson Airwrap", 350000, days=14)),
    ("watch the iPad Air every forty five minutes, tell me under 4000",
     _watch("iPad Air", 400000, interval_hours=0.75)),
    ("check the Bose QC Ultra every 90 minutes and tell me below 2200",
     _watch("Bose QC Ultra", 220000, interval_hours=1.5)),
    ("每隔两个小时看一下Switch的价格，两千以下告诉我", _watch(["Switch", "Nintendo Switch"], 200000, interval_hours=2.0)),
    ("监控一下大疆Pocket 3，目标价一万五", _watch(["大疆Pocket 3", "DJI Pocket 3", "大疆 Pocket 3"], 1500000)),
    ("帮我瞅着点戴森吹风机，两千以下吱一声，盯俩礼拜", _watch(["戴森吹风机", "Dyson hair dryer"], 200000, days=14)),
    ("扫地机器人降到一千五告诉我，盯仨星期", _watch(["扫地机器人", "robot vacuum"], 150000, days=21)),
    ("戴森吹风机到两千就帮我抢一个", _watch(["戴森吹风机", "Dyson hair dryer"], 200000, buy_when_met=True)),
    ("华为手表降到899就买俩", _watch(["华为手表", "Huawei watch"], 89900, buy_when_met=True, quantity=2)),
    ("求盯价：任天堂Switch，一千八以下就下单", _watch(["任天堂Switch", "Nintendo Switch", "任天堂 Switch"], 180000)),
    ("空气炸锅啥时候降到300以下啊，帮我盯一周", _watch(["空气炸锅", "air fryer"], 30000, days=7)),
    # a watch longer than a year, or a cap in another currency: a question
    ("watch the Steam Deck for two years, tell me under 2500", ASK),
    ("track the Kindle Oasis and tell me when it's under 100 quid", ASK),
]

DRINKS: list[tuple[str, dict[str, Any]]] = [
    ("Could you get 20 taro milk teas from Chagee for Tuesday at half nine, office",
     _bulk("taro milk teas", 20, deliver_by=f"{TUE}09:30:00{TZ}")),
    ("Please order 14 Oolong Milk Teas from Chagee, less ice, to the office by 10am Monday.",
     _bulk("Oolong Milk Teas", 14, deliver_by=f"{MON}10:00:00{TZ}")),
    ("nineteen mango smoothies heytea office four pm",
     _bulk("mango smoothies", 19, chain="Heytea", address_label="office", deliver_by=f"2026-11-21T16:00:00{TZ}")),
    ("18 oolong milk tea chagee home 2pm",
     _bulk("oolong milk tea", 18, address_label="home", deliver_by=f"2026-11-21T14:00:00{TZ}")),
    ("25 hot chocolates for the kids' party tomorrow 3pm, office", _bulk("hot chocolates", 25)),
    ("喜茶多肉葡萄整20杯，少冰，送公司，三点前", _bulk(["多肉葡萄", "grape"], 20, address_label="office")),
    ("帮我订30杯拿铁到公司，明天下午", _bulk(["拿铁", "latte", "lattes"], 30)),
    ("帮忙订二十杯美式到公司，明早十点", _bulk(["美式", "美式咖啡", "americano", "americanos"], 20)),
    ("唔該，幫我喺蜜雪冰城叫20杯檸檬水，送返屋企，聽日下晝兩點", _bulk(["柠檬水", "lemon tea", "檸檬水"], 20, address_label="home")),
]

WATCH_AND_DRINKS = WATCHES + DRINKS
