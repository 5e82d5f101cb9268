"""An eleventh development set for the offline planner, on price watches and drinks orders only: new sentences
of each kind the seventh fresh set showed misread, written here (other products, chains and wording) before the
mechanisms were built, to check that they generalise rather than fit the misses.

Kinds: fields joined by slashes ("watch / kettle / 150 / 2 weeks", "bulk / latte / 30 / office"); a trigger
said "tell me at ≤N"; "dips under" and "snag it"/"nab one" as a standing buy; a watch said condition first
("once the X falls below N, let me know"); a product named with where it is for (店里这边的, 公司那边的) or with a
word that is no weapon (扫描枪); how often said as "N天看一次"; formal Chinese (一旦不逾, 即购入, 为盼); drinks
counts in Roman numerals ("XV lattes", "XII cups of"); who the drinks are for after the drink ("for the
team"); 购 before the chain; and "tonight 9" as an evening hour.

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
    ("watch / electric kettle / 150 / 2 weeks", _watch(15000, query="electric kettle", days=14)),
    ("Dyson V12 vacuum, check every 4 hours, tell me at ≤3500", _watch(350000, query="Dyson V12 vacuum",
                                                                        interval_hours=4.0)),
    ("keep tabs on the Nintendo Switch OLED and if it dips under 2000, nab one",
     _watch(200000, query="Nintendo Switch OLED", buy_when_met=True)),
    ("once the Bose QC Ultra falls below 2500 let me know", _watch(250000, query="Bose QC Ultra",
                                                                   buy_when_met=False)),
    ("if the iPad Air drops under 4k ping me, 45 days", _watch(400000, query="iPad Air", days=45)),
    ("店里这边的收银机，低于八百告诉我", _watch(80000, query=["收银机", "cash register"])),
    ("仓库要的扫描枪，降到一百五就买三个", _watch(15000, query=["扫描枪", "barcode scanner"], buy_when_met=True,
                                                quantity=3)),
    ("关注一下电动牙刷，两百以内就买，两天看一次", _watch(20000, query=["电动牙刷"], buy_when_met=True,
                                                     interval_hours=48.0)),
    ("兹请留意空气炸锅价格，一旦不逾四百元，即购入一台，为盼", _watch(40000, query=["空气炸锅"], buy_when_met=True)),
    ("why did my kettle watch not tell me when it dropped under 100?", {"kind": "question"}),
]

DRINKS: list[tuple[str, dict[str, Any]]] = [
    ("bulk / oat latte / 30 / luckin / home / 2pm", _bulk("oat latte", 30, chain="Luckin", address_label="home",
                                                         deliver_by=TODAY + "14:00:00" + TZ)),
    ("Get XV iced americanos from Luckin to the office by 11am", _bulk(["iced americanos", "americanos"], 15,
                                                                       chain="Luckin")),
    ("XII cups of taro milk tea, office, 4pm", _bulk("taro milk tea", 12, address_label="office")),
    ("HeyTea grape cheese tea for the team, 18 cups, home, 5pm", _bulk(["grape cheese tea", "cheese tea"], 18,
                                                                        chain="HeyTea", address_label="home")),
    ("25 lemon teas to the office, tonight 9", _bulk("lemon teas", 25, deliver_by=TODAY + "21:00:00" + TZ)),
    ("劳烦于今日下午三时前，购喜茶多肉葡萄十五杯，送至办公室", _bulk(["多肉葡萄"], 15, chain="HeyTea",
                                                           address_label="office")),
    ("order XL milk teas for the office, 3pm", ASK),
]

WATCH_AND_DRINKS = WATCHES + DRINKS
