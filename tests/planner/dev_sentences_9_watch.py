"""A ninth development set for the offline planner, on price watches and drinks orders only: new sentences of
each kind the fifth fresh set showed misread, written here (other products, chains and wording) before the
mechanisms were built, to check that they generalise rather than fit the misses.

Kinds: a watch verb after a colon ("new one please: watch X"); who wants the product said before it ("the
studio wants a ring light when …"); a terse watch with an emoji and "≤ N"; a pack size said as "a 10kg sack
of X"; a bracketed remark after the product (（带拖地的那种）); Shanghainese watch verbs (盯牢, 看牢); sets
counted with 套; "half an hour" (半小时) as the interval; 盯下 and 自动下单; a standing buy said as 帮我拍;
drinks orders counted as "x12" or "×8" before the drink; a count after "at 6 - "; 到家 as home; a count
corrected in the sentence ("十五杯... 不对，二十五杯", "no wait, thirty"); の between a chain and its drink; and a terse order ending in a bare hour ("… home. 5").

In the held-out format (``bench.eval.judging.planner_mismatches``); same clock as ``dev_sentences.py``
(Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

ASK: dict[str, Any] = {"kind": "clarify"}
SUN = "2026-11-22T"
TODAY = "2026-11-21T"
TZ = "+08:00"


def _watch(query: str | list[str], target: int, **more: Any) -> dict[str, Any]:
    return {"kind": "price_watch", "query": query, "target_price": target, **more}


def _bulk(item: str | list[str], quantity: int, **more: Any) -> dict[str, Any]:
    return {"kind": "bulk_order", "item": item, "quantity": quantity, **more}


WATCHES: list[tuple[str, dict[str, Any]]] = [
    ("re: price alert — another please: watch the sony wh-1000xm5 for 2 weeks, target 1800",
     _watch(["sony wh-1000xm5", "Sony WH-1000XM5"], 180000, days=14)),
    ("the studio wants a ring light when it's below 250 - get 3 when it does",
     _watch("ring light", 25000, buy_when_met=True, quantity=3)),
    ("🔔 nintendo switch 2 ≤ 2100, daily", _watch(["nintendo switch 2", "Nintendo Switch 2"], 210000)),
    ("watch a 10kg sack of Royal Canin kitten food, if under 400 buy one",
     _watch(["Royal Canin kitten food", "10kg Royal Canin kitten food", "Royal Canin kitten food 10kg"], 40000,
            buy_when_met=True)),
    ("扫地机器人（带拖地的那种）降到一千五以下就买", _watch(["扫地机器人", "带拖地扫地机器人"], 150000, buy_when_met=True)),
    ("侬帮我盯牢小米手环，两百块以下讲一声", _watch(["小米手环", "Xiaomi band", "Xiaomi Mi Band"], 20000, buy_when_met=False)),
    ("阿拉看牢九阳豆浆机，三百以下告诉我", _watch("九阳豆浆机", 30000, buy_when_met=False)),
    ("年会要用的红酒杯，降到五十以下买十套", _watch("红酒杯", 5000, buy_when_met=True, quantity=10)),
    ("蓝牙音箱低于两百提醒我，半小时看一次", _watch(["蓝牙音箱", "bluetooth speaker"], 20000, interval_hours=0.5)),
    ("keep an eye on the ipad mini, tell me under 3000, check every half hour",
     _watch(["ipad mini", "iPad mini"], 300000, interval_hours=0.5)),
    ("盯住 索尼耳机,一千以下自动下单", _watch(["索尼耳机", "Sony headphones"], 100000, buy_when_met=True)),
    ("办公室要的碎纸机，跌到三百以下帮我拍两台", _watch("碎纸机", 30000, buy_when_met=True, quantity=2)),
]

DRINKS: list[tuple[str, dict[str, Any]]] = [
    ("🍵x12 matcha latte luckin office 4pm",
     _bulk(["matcha latte", "matcha lattes"], 12, chain="Luckin", address_label="office",
           deliver_by=f"{TODAY}16:00:00{TZ}")),
    ("☕×8 美式 瑞幸 公司 三点", _bulk(["美式", "americano"], 8, chain="Luckin", address_label="office")),
    ("shift ends at 6 - 14 bubble teas from chagee to the office by then",
     _bulk(["bubble teas", "bubble tea"], 14, address_label="office")),
    ("加班夜，喜茶多肉葡萄十六杯，少冰，晚上九点到家",
     _bulk("多肉葡萄", 16, address_label="home", deliver_by=f"{TODAY}21:00:00{TZ}")),
    ("十五杯... 不对，二十五杯柠檬茶，蜜雪冰城，明天下午三点公司",
     _bulk(["柠檬茶", "lemon tea"], 25, address_label="office", deliver_by=f"{SUN}15:00:00{TZ}")),
    ("喜茶の芝芝莓莓 八杯 公司 下午三时", _bulk("芝芝莓莓", 8, address_label="office")),
    ("book club at mine. 12 taro milk teas. chagee. home. 5",
     _bulk(["taro milk teas", "taro milk tea"], 12, address_label="home", deliver_by=f"{TODAY}17:00:00{TZ}")),
    ("18 lemon teas, mixue, office, 3", _bulk(["lemon teas", "lemon tea"], 18, deliver_by=f"{TODAY}15:00:00{TZ}")),
    ("twenty lattes... no wait, thirty lattes from luckin to the office by 10am",
     _bulk("lattes", 30, chain="Luckin")),
]

WATCH_AND_DRINKS = WATCHES + DRINKS
