"""A tenth development set for the offline planner, on price watches and drinks orders only: new sentences of
each kind the sixth fresh set showed misread, written here (other products, chains and wording) before the
mechanisms were built, to check that they generalise rather than fit the misses.

Kinds: a catalogue code (prd-NNNNN) as what is watched; a shop's own code ("SKU 7731 -") before the product;
a trailing Singapore particle (lor, leh); "during N weeks" and 半个月 as the span; "purchase two" as a standing
buy; "price monitoring" as a watch; "wen" for when and "gets to N" as the trigger; "every N hours" said as
每隔N个钟头 with 提我; drinks orders with their punctuation spoken as words (comma, 逗号, 句号); sugar said as
少甜, 不要糖 or 走糖; a count written "x N" after the drink and before "to the office"; a clock said before its day ("by 2pm tomorrow") after a
morning that is an event ("the team's morning huddle"); a chain or the office spelt as heard
("starbuks", "ofice"); and a terse order "drink N office time".

In the held-out format (``bench.eval.judging.planner_mismatches``); same clock as ``dev_sentences.py``
(Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

ASK: dict[str, Any] = {"kind": "clarify"}
TODAY = "2026-11-21T"
TZ = "+08:00"


def _watch(target: int, **more: Any) -> dict[str, Any]:
    return {"kind": "price_watch", "target_price": target, **more}


def _bulk(item: str | list[str], quantity: int, **more: Any) -> dict[str, Any]:
    return {"kind": "bulk_order", "item": item, "quantity": quantity, **more}


WATCHES: list[tuple[str, dict[str, Any]]] = [
    ("keep an eye on prd-00042 for me, tell me at 180", _watch(18000, product_id="prd-00042", buy_when_met=False)),
    ("prd-00017 跌到60告诉我", _watch(6000, product_id="prd-00017", buy_when_met=False)),
    ("watch the Xiaomi robot vacuum lor, 1200 or below then buy",
     _watch(120000, query=["Xiaomi robot vacuum"], buy_when_met=True)),
    ("Kindly keep track of the price of the Dyson hair dryer during two weeks, and when it reaches 2500, notify me.",
     _watch(250000, query="Dyson hair dryer", days=14, buy_when_met=False)),
    ("半个月内，戴森吹风机降到两千五提醒我", _watch(250000, query=["戴森吹风机", "Dyson hair dryer"], days=15)),
    ("SKU 7731 - the Brita water filter jug - watch it, buy at 129",
     _watch(12900, query=["Brita water filter jug"], buy_when_met=True)),
    ("Could you track the price of a Nikon lens; should it drop to 3000 yuan, kindly purchase three.",
     _watch(300000, query="Nikon lens", buy_when_met=True, quantity=3)),
    ("Please set up price monitoring on the Kindle Paperwhite for two weeks, target ¥899.",
     _watch(89900, query="Kindle Paperwhite", days=14)),
    ("tell me wen the ipad air gets to 3500", _watch(350000, query="ipad air", buy_when_met=False)),
    ("每隔两个钟头看一次iPad的价格，到三千提我", _watch(300000, query="iPad", interval_hours=2.0)),
    ("每隔三个小时查一下Kindle的价格，降到六百提我", _watch(60000, query="Kindle", interval_hours=3.0)),
]

DRINKS: list[tuple[str, dict[str, Any]]] = [
    ("order twenty cups of chagee jasmine milk tea comma half sugar comma home comma by five p m",
     _bulk("jasmine milk tea", 20, options={"sugar": "half"}, address_label="home",
           deliver_by=f"{TODAY}17:00:00{TZ}")),
    ("喜茶多肉葡萄十八杯逗号少冰逗号三点送公司句号", _bulk("多肉葡萄", 18, options={"ice": "less"}, address_label="office")),
    ("帮我订25杯喜茶芝芝莓莓，少甜，下午三点送公司", _bulk("芝芝莓莓", 25, options={"sugar": "less"}, address_label="office")),
    ("瑞幸生椰拿铁三十杯，不要糖，下午四点送家里", _bulk("生椰拿铁", 30, options={"sugar": "none"}, address_label="home")),
    ("要二十杯茶百道杨枝甘露，走糖，六点前送公司", _bulk("杨枝甘露", 20, options={"sugar": "none"}, address_label="office")),
    ("Chagee jasmine milk tea x 30 to the office by 4pm", _bulk("jasmine milk tea", 30, address_label="office",
                                                                deliver_by=f"{TODAY}16:00:00{TZ}")),
    ("starbuks caramel latte 12 cups to the ofice by 5pm", _bulk("caramel latte", 12, chain="Starbucks",
                                                               address_label="office")),
    ("the team's morning huddle: 20 oat lattes from Luckin to the office by 2pm tomorrow",
     _bulk(["oat lattes", "oat latte"], 20, chain="Luckin", address_label="office", deliver_by="2026-11-22T14:00:00+08:00")),
    ("luckin coconut latte 16 office 3pm", _bulk("coconut latte", 16, address_label="office",
                                                 deliver_by=f"{TODAY}15:00:00{TZ}")),
]

WATCH_AND_DRINKS = WATCHES + DRINKS
