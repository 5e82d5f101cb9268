"""A nineteenth development set, for Chinese returns, questions about placed orders and errands, and Chinese price
watches: new sentences of the kinds the fourteenth fresh set showed misread, written here before the mechanisms were
changed, to check they read sentences they were not written from.

Kinds:

- a return's reason told as a story: bought twice (拍重了, 下重了, 买了两遍), not wanted in regional words (不要咯,
  不整了, 不用要了 for 甭要了, 用唔着), a move for work or study (调回老家, 派到外地, 搬去别的城市, 带不走), one already
  bought or given by someone else (媳妇已经买了一个, 我妈早就给我买了一双), a feature the listing claimed and the goods
  lack (写有定时功能，根本没有); English 'doh' / 'dun' for don't, a part that has gone, a device that won't come on;
- a question in Chinese: whether a watch still runs, said as one-or-the-other ('还盯着没，还是停了'); why an errand
  bought what it did ('为啥买的是大包装'); when an order comes, said 几号, 啥时候, 多会儿 (Beijing), 哪天, 几时 with
  送来, 送过来, 能到; an English delivery question after a dialect opener with 'da' for 'the';
- a Chinese watch that buys said '到…就给我买' (bare 到 before the price), a product said first and then '<price>以下买
  一台' (a watch: the buy waits for the price), a watch whose product is a brand and model said after the shop's plan
  ('想添台投影仪，极米H6，…'), and a calming remark said first ('不着急', '别急哈', '慢慢来').

Controls keep their reading: a reason of damage beside a story (leaks, and someone also bought one), a person who
bought the order itself (老婆买的), a wrong colour against what the wife chose, '调到最大' (a setting, no move), a
question followed by a new request, a buy whose cap is said before the product ('三百以内买个暖风机') or after it
with 以内, a watch told not to buy.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle, ord_b2
Nanfu AA batteries, ord_h3 Sony headphones and a Bear glass kettle, ord_s4 Li-Ning running shoes). ``READ`` and
``CONTROLS`` are read by the whole planner, field by field; ``ASKED`` must stay questions.
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_zh import _watch


def _returned(order: str, reason: str) -> dict[str, Any]:
    return {"kind": "return", "order_id": order, "reason": reason}


def _asked(topic: str, order: str | None = None, errand: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "question", "topic": topic}
    if order:
        expected["order_id"] = order
    if errand:
        expected["errand_id"] = errand
    return expected


def _bought(query: list[str], quantity: int, **more: Any) -> dict[str, Any]:
    return {"kind": "buy", "query": query, "quantity": quantity, **more}


READ: list[tuple[str, dict[str, Any]]] = [
    # bought twice
    ("电池那单拍重了，退了吧", _returned("ord_b2", "changed_mind")),
    ("ord_b2买了两遍，退掉", _returned("ord_b2", "changed_mind")),
    ("李宁鞋那单订重了，退掉", _returned("ord_s4", "changed_mind")),
    ("ord_k1重复下单了，退一个", _returned("ord_k1", "changed_mind")),
    # not wanted, in regional words
    ("南孚电池不要咯，退了", _returned("ord_b2", "changed_mind")),
    ("电池不整了，给我退了", _returned("ord_b2", "changed_mind")),
    ("李宁鞋甭要了，退了吧", _returned("ord_s4", "changed_mind")),
    ("ord_k1退咗佢，用唔着", _returned("ord_k1", "changed_mind")),
    ("美的水壶别要了，退掉", _returned("ord_k1", "changed_mind")),
    # a move
    ("美的水壶退掉，单位要把我派到外地去了", _returned("ord_k1", "changed_mind")),
    ("ord_h3退了，下个月调回老家工作，拿不走", _returned("ord_h3", "changed_mind")),
    ("ord_b2退了，搬去别的城市，带不走这么多", _returned("ord_b2", "changed_mind")),
    ("李宁鞋退了吧，人要调去深圳上班了", _returned("ord_s4", "changed_mind")),
    # someone else already got one
    ("ord_k1退了吧，我媳妇已经买了一个", _returned("ord_k1", "changed_mind")),
    ("ord_s4退货，我妈早就给我买了一双", _returned("ord_s4", "changed_mind")),
    ("索尼耳机退掉，男朋友也送了一副", _returned("ord_h3", "changed_mind")),
    ("ord_b2退了，同事刚帮我买了一大盒", _returned("ord_b2", "changed_mind")),
    # a feature the listing claimed, not there
    ("美的壶详情页写有定时功能，根本没有，退货", _returned("ord_k1", "not_as_described")),
    ("ord_s4退了，说是带气垫，其实压根没有", _returned("ord_s4", "not_as_described")),
    ("ord_h3退货，宣传有降噪，收到的根本没这功能", _returned("ord_h3", "not_as_described")),
    # English: 'doh', 'dun'; a part gone; won't come on
    ("send back the Li-Ning shoes, I doh want them no more", _returned("ord_s4", "changed_mind")),
    ("return ord_b2, we dun need them again", _returned("ord_b2", "changed_mind")),
    ("the Bear kettle's button has gone, won't come on — return it", _returned("ord_h3", "damaged")),
    ("return ord_k1 la, the thermostat just died and it won't fire up", _returned("ord_k1", "damaged")),
    # whether a watch still runs; why an errand bought that; when an order comes
    ("watch-alice-1a2b3c4d 还盯着没，还是已经停了", _asked("status", errand="watch-alice-1a2b3c4d")),
    ("watch-alice-2b3c4d5e 现在还在看价吗，还是结束了", _asked("status", errand="watch-alice-2b3c4d5e")),
    ("buy-alice-3c4d5e6f 为啥买的是大包装", _asked("other", errand="buy-alice-3c4d5e6f")),
    ("buy-alice-4d5e6f7a 为什么买的是那家店的", _asked("other", errand="buy-alice-4d5e6f7a")),
    ("李宁鞋大概几号能送来", _asked("where", "ord_s4")),
    ("南孚电池啥时候能送来", _asked("where", "ord_b2")),
    ("美的水壶多会儿能到", _asked("where", "ord_k1")),
    ("耳机哪天能送过来", _asked("where", "ord_h3")),
    ("李宁那双鞋几时送得来", _asked("where", "ord_s4")),
    ("brah when da Li-Ning shoes coming?", _asked("where", "ord_s4")),
    ("bra where da batteries at?", _asked("where", "ord_b2")),
    # a Chinese watch that buys at the price; a product first, then '<price>以下买一台'
    (
        "劳驾帮我盯着大疆Mini 4 Pro，到四千就给我买一台",
        _watch(["大疆Mini 4 Pro", "DJI Mini 4 Pro", "Mini 4 Pro"], 400000, buy_when_met=True, quantity=1),
    ),
    (
        "盯着小米手环9，到两百就给我拍一个",
        _watch(["小米手环9", "Xiaomi Band 9"], 20000, buy_when_met=True, quantity=1),
    ),
    ("佳能R50，四千五以下买一台", _watch(["佳能R50", "Canon R50"], 450000, buy_when_met=True, quantity=1)),
    ("科沃斯X2，两千八以下买两台", _watch(["科沃斯X2", "Ecovacs X2"], 280000, buy_when_met=True, quantity=2)),
    # the product a brand and model, after the shop's plan
    (
        "想给工作室添台投影仪，极米H6，三千五以下就买一台",
        _watch(["极米H6", "XGIMI H6"], 350000, buy_when_met=True, quantity=1),
    ),
    (
        "办公室想换台打印机，兄弟DCP7195，一千以下就买一台",
        _watch(["兄弟DCP7195", "Brother DCP7195"], 100000, buy_when_met=True, quantity=1),
    ),
    # a calming remark said first
    (
        "不着急，任天堂Switch 2帮我盯着，价钱到两千言语一声",
        _watch(["任天堂Switch 2", "Switch 2", "Nintendo Switch 2"], 200000, buy_when_met=False),
    ),
    (
        "别急哈，大疆Pocket 3帮我瞅着，到两千五告诉我",
        _watch(["大疆Pocket 3", "DJI Pocket 3", "Pocket 3"], 250000, buy_when_met=False),
    ),
    (
        "慢慢来，华为Watch 5帮我盯着，降到两千提醒我",
        _watch(["华为Watch 5", "Huawei Watch 5"], 200000, buy_when_met=False),
    ),
]

CONTROLS: list[tuple[str, dict[str, Any]]] = [
    ("ord_k1退货，水壶漏水，老婆又买了一个", _returned("ord_k1", "damaged")),
    ("耳机那单是我老婆买的，退了", _returned("ord_h3", "other")),
    ("ord_s4退了，老婆买的是黑色，发来的是白色", _returned("ord_s4", "wrong_item")),
    ("ord_k1退了，壶太重了", _returned("ord_k1", "other")),
    ("ord_k1退了，音量调到最大还是听不清", _returned("ord_k1", "other")),
    ("李宁鞋退了，同网上描述不一样", _returned("ord_s4", "not_as_described")),
    ("三百以内买个暖风机", _bought(["暖风机", "heater", "fan heater"], 1, max_unit_price=30000)),
    ("一百以下买个台灯", _bought(["台灯", "desk lamp"], 1, max_unit_price=10000)),
    ("护手霜两支，五十以下", _bought(["护手霜", "hand cream"], 2, max_unit_price=5000)),
    ("暖风机一台，三百以内", _bought(["暖风机", "heater", "fan heater"], 1, max_unit_price=30000)),
    ("盯着戴森V12，到三千告诉我，别买", _watch(["戴森V12", "Dyson V12"], 300000, buy_when_met=False)),
    ("sis when my Midea kettle coming", _asked("where", "ord_k1")),
    (
        "双11前帮我盯着小米手环9，到两百告诉我",
        _watch(["小米手环9", "Xiaomi Band 9"], 20000, buy_when_met=False),
    ),
    ("帮我盯着猫砂，十公斤装的，降到一百提醒我", _watch(["猫砂", "cat litter"], 10000, buy_when_met=False)),
    (
        "别急着买，先盯着九阳豆浆机，降到三百提醒我",
        _watch(["九阳豆浆机", "Joyoung soymilk maker"], 30000, buy_when_met=False),
    ),
]

# A question followed by a request, and a return with two errands in it: asked back.
ASKED: list[tuple[str, dict[str, Any]]] = [
    ("buy-alice-3c4d5e6f 为啥买的是三件装？买单件的", {"kind": "clarify"}),
    ("ord_b2买重了，退掉，再买一盒七号的", {"kind": "clarify"}),
]
