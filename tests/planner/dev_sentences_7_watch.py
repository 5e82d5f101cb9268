"""A seventh development set for the offline planner, on price watches and drinks orders only: new sentences
of each kind the third fresh set showed misread, written here (other products, chains and people) before the
mechanisms were built, to check that they generalise rather than fit the misses.

Kinds: a watch framed by a negated buy ("not buying yet", "don't order it", "暂时别买", "唔好买住"); targets
written as "@ N", "< N", "目标价 N", a bare amount in a "price alert:" frame, Chinese numerals said digit by
digit (二九九九) or as 四千五; intervals said as "every N hrs", "每N个钟", "一天看三次"; a brand and model
kept whole as the product (小米14); standing buys said with 入, 拍下, 进 and a count; drinks orders with a
time said in words ("four fifteen"), the budget first, options (no ice, 三分糖) next to the drink, a
negated chain ("not Mixue, Chagee", "唔要蜜雪，要喜茶"), dozens (三打), 屋企 for home, counts said with 个,
and a mixed-language order ("帮我order 25杯milk tea"); and negated buys that name nothing to watch, which
must stay questions.

In the held-out format (``bench.eval.judging.planner_mismatches``): every dict names ``kind``; product words
are compared loosely and a list gives the acceptable names. Same clock as ``dev_sentences.py`` (Saturday
2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

ASK: dict[str, Any] = {"kind": "clarify"}


def _watch(query: str | list[str], target: int, **more: Any) -> dict[str, Any]:
    return {"kind": "price_watch", "query": query, "target_price": target, **more}


def _bulk(item: str | list[str], quantity: int, **more: Any) -> dict[str, Any]:
    return {"kind": "bulk_order", "item": item, "quantity": quantity, **more}


WATCHES: list[tuple[str, dict[str, Any]]] = [
    # a negated buy next to a watch: a watch that does not buy
    ("not buying yet - just keep an eye on the Sony WH-1000XM5 and ping me below 1800",
     _watch("Sony WH-1000XM5", 180000, buy_when_met=False)),
    ("for my dad: let us know when a rowing machine is under 2500, don't order it",
     _watch("rowing machine", 250000, buy_when_met=False)),
    ("暂时别买，帮我盯着戴森吸尘器，三千以下告诉我",
     _watch(["戴森吸尘器", "Dyson vacuum cleaner", "Dyson vacuum"], 300000, buy_when_met=False)),
    ("AirPods Pro 跌到1499以下话我知，唔好买住", _watch("AirPods Pro", 149900, buy_when_met=False)),
    # targets written as '@ N', '< N', a bare amount in a frame, 目标价
    ("monitor the DJI Mini 4 Pro every 6 hrs, ping @ 4299",
     _watch("DJI Mini 4 Pro", 429900, interval_hours=6.0)),
    ("kinda want a kindle paperwhite, lmk if its < 900", _watch(["kindle paperwhite"], 90000)),
    ("price alert: Sony A7 IV, 12999, two weeks", _watch("Sony A7 IV", 1299900, days=14)),
    ("Apple Watch Ultra目标价四千五，看两个星期", _watch("Apple Watch Ultra", 450000, days=14)),
    ("幫我追蹤Dyson V15的價格一個月，目標3999", _watch("Dyson V15", 399900, days=30)),
    # Chinese numerals, digit by digit or with units; a brand and model kept whole
    ("华为Mate 70降到四千九百九十九告诉我", _watch(["华为Mate 70", "Huawei Mate 70"], 499900)),
    ("小米14降到二九九九提醒我", _watch(["小米14", "Xiaomi 14"], 299900)),
    # intervals: hours said as 钟, times a day
    ("任天堂Switch每三个钟睇一次价，1500通知我",
     _watch(["任天堂Switch", "Nintendo Switch"], 150000, interval_hours=3.0)),
    ("电动牙刷199以下就买两支，一天看三次",
     _watch(["电动牙刷", "electric toothbrush"], 19900, buy_when_met=True, quantity=2, interval_hours=8.0)),
    # standing buys said with 入, 拍下, 进
    ("PS5低过3000就入，三部", _watch("PS5", 300000, buy_when_met=True, quantity=3)),
    ("iPhone 16跌破五千就直接拍下", _watch("iPhone 16", 500000, buy_when_met=True)),
    ("仓库的矿泉水，一箱低过二十就进十箱",
     _watch(["矿泉水", "mineral water"], 2000, buy_when_met=True, quantity=10)),
]

DRINKS: list[tuple[str, dict[str, Any]]] = [
    ("errand get 30 iced americanos from Luckin to the office by four fifteen",
     _bulk(["iced americanos", "americanos"], 30, chain="Luckin", deliver_by="2026-11-21T16:15:00+08:00")),
    ("max 600 total, 25 mango pomelo sagos, HeyTea, office, 3pm tomorrow",
     _bulk(["mango pomelo sagos", "mango pomelo sago"], 25, max_total=60000, chain="HeyTea",
           deliver_by="2026-11-22T15:00:00+08:00")),
    ("CoCo taro milk tea ×12, no ice, office, by 5pm",
     _bulk("taro milk tea", 12, options={"ice": "none"}, deliver_by="2026-11-21T17:00:00+08:00")),
    ("30 jasmine milk teas — not Mixue, Chagee — office, 4pm", _bulk("jasmine milk teas", 30, chain="Chagee")),
    ("唔要蜜雪，要喜茶，二十杯芝芝莓莓，四点送公司", _bulk(["芝芝莓莓"], 20, chain="HeyTea")),
    ("三打柠檬茶，少冰，蜜雪冰城，下午五点送到公司",
     _bulk(["柠檬茶", "lemon tea"], 36, chain="Mixue", options={"ice": "less"},
           deliver_by="2026-11-21T17:00:00+08:00")),
    ("oat latte, 18 cups, under 500 total, office, by 2", _bulk("oat latte", 18, max_total=50000)),
    ("帮我order 25杯milk tea，下午三点前送到公司", _bulk(["milk tea", "奶茶"], 25)),
    ("茶百道杨枝甘露二十杯，三分糖，下午四点送到屋企",
     _bulk(["杨枝甘露"], 20, options={"sugar": "light"}, address_label="home")),
    ("妈妈生日，喜茶奶茶二十个，星期天下午两点送屋企",
     _bulk(["奶茶", "milk tea"], 20, address_label="home", deliver_by="2026-11-22T14:00:00+08:00")),
    ("brown sugar boba milk tea, 22 cups, office, by 3", _bulk("brown sugar boba milk tea", 22)),
    ("唔要喜茶，要蜜雪，三十杯柠檬茶，下午三点送公司", _bulk(["柠檬茶", "lemon tea"], 30, chain="Mixue")),
    ("部门20个人都要喝，那就喜茶多肉葡萄二十杯，五点前送公司", _bulk(["多肉葡萄"], 20, chain="HeyTea")),
]

# Negated buys that name nothing to watch, and a watch with no price: still questions.
STILL_ASKED: list[tuple[str, dict[str, Any]]] = [
    ("don't buy the AirPods", ASK),
    ("先别买", ASK),
    ("not yet, hold off on the blender", ASK),
    ("盯着戴森吹风机", ASK),
]

WATCH_AND_DRINKS: list[tuple[str, dict[str, Any]]] = WATCHES + DRINKS + STILL_ASKED
