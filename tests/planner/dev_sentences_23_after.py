"""A twenty-third development set, for counts said in dozens, scores and grosses (with 'and a half', 半 and a
correction after them), caps said as a ceiling (封顶, 顶天了, 打住, 撑死, 'tops', 'is my ceiling'), drinks orders whose
clock or place is said the short way ('14h15', 'tomorrow, 15.45', 'the flat', 'Monday week', 'Friday fortnight'),
watches whose buy is said 'snap one up', returns told by what was expected against what came, and deliveries moved
by naming the order and a time alone: written here before the readers were changed, to check they read sentences
they were not written from.

Kinds: 'a dozen and a half', 'one and a half dozen', 'two and a half dozen', 'two score', 'two gross', 一打半, 两打半,
三打, a count taken back ('no wait, make it a dozen', 不对，三打); a ceiling after the cap (四百九十九封顶, 一百八十八顶天了,
三百六十打住, '180 is my ceiling', '300 is the limit'); a clock with an h or a dot between hour and minutes after a day,
a saved place said with no preposition ('the flat', 'my place'), a weekday a week or two weeks on; 'snap one up',
'scoop one up', 'grab one for me' once a price is met, 直接拍下; a count short of the one promised (应该是十二节，只有十节;
'meant to be a 12-pack, ten inside'), a colour, a size or a kind wanted and another one come (要的黑色，寄来的白色;
'wanted stainless, got a plastic one'), the same thing given or already at hand ('gifted the same pair', 'found I had
one already'); an order named by its product or as 'my parcel', then a day and a part of the day ('first thing',
'after lunch', 一早, 一大早) and nothing else.

The controls stay questions: a product known only as what another person has ('what Tom has got', 我同桌那种), an
amount said as a heap ('a slew of', 'a raft of', 'a sprinkling of', 数个, 多个, 一两个), a clock the part of the day
before it cannot hold (下午十四点, 晚上十五点), a product two orders hold moved with a time alone ('the kettle, Friday,
first thing').

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_formats import ASK, _watch

TUE, WED, THU, FRI, SAT, SUN, MON = (date(2026, 11, d) for d in range(24, 31))
SUN22, MON23 = date(2026, 11, 22), date(2026, 11, 23)
DEC3, DEC11 = date(2026, 12, 3), date(2026, 12, 11)
K1, B2, H3 = "ord_k1", "ord_b2", "ord_h3"
SONY = "prd-00011"


def _buy(query: str | list[str], quantity: int, cap: int | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"kind": "buy", "query": query, "quantity": quantity}
    if cap is not None:
        found["max_unit_price"] = cap
    return found


def _drinks(quantity: int, address: str, deliver_by: str) -> dict[str, Any]:
    return {"kind": "bulk_order", "quantity": quantity, "address_label": address, "deliver_by": deliver_by}


def _ret(order: str, reason: str, product: str | None = "any") -> dict[str, Any]:
    found: dict[str, Any] = {"kind": "return", "order_id": order, "reason": reason}
    if product != "any":
        found["product_id"] = product
    return found


def _moved(order: str | None, day: date, part: str) -> dict[str, Any]:
    found: dict[str, Any] = {"kind": "reschedule", "preferred_date": day, "preferred_part_of_day": part}
    if order is not None:
        found["order_id"] = order
    return found


def _buys(query: str | list[str], target: int, quantity: int = 1) -> dict[str, Any]:
    return _watch(query, target, buy_when_met=True, quantity=quantity)


READ: list[tuple[str, dict[str, Any]]] = [
    # dozens, scores and grosses, with a half and a correction
    ("buy a dozen and a half wine glasses", _buy("wine glasses", 18)),
    ("one and a half dozen paper cups please", _buy("paper cups", 18)),
    ("get two and a half dozen eggs", _buy("eggs", 30)),
    ("buy two score clothes pegs", _buy("clothes pegs", 40)),
    ("order two gross of rubber bands", _buy("rubber bands", 288)),
    ("buy 6 coat hangers, no wait, make it a dozen", _buy("coat hangers", 12)),
    ("half a dozen mugs — actually, make that a dozen and a half", _buy("mugs", 18)),
    ("鸡蛋来两打半", _buy(["鸡蛋", "eggs"], 30)),
    ("袜子要一打半", _buy(["袜子", "socks"], 18)),
    ("皮筋来三打", _buy(["皮筋"], 36)),
    ("发圈买两打，不对，三打", _buy(["发圈"], 36)),
    ("纸杯来一打，哦不，一打半", _buy(["纸杯", "paper cups"], 18)),
    ("买一打半衣架", _buy(["衣架", "hangers", "clothes hangers"], 18)),
    # a cap said as a ceiling
    ("空气炸锅要一个，四百九十九封顶", _buy(["空气炸锅", "air fryer"], 1, 49900)),
    ("台灯一个，一百八十八顶天了", _buy(["台灯", "desk lamp"], 1, 18800)),
    ("吹风机来一个，撑死两百八十", _buy(["吹风机", "hair dryer"], 1, 28000)),
    ("电热毯来一条，三百六十打住", _buy(["电热毯", "electric blanket"], 1, 36000)),
    ("一把雨伞，最多五十八", _buy(["雨伞", "umbrella"], 1, 5800)),
    ("保温杯来一个，封顶一百二十八", _buy(["保温杯", "thermos", "insulated bottle"], 1, 12800)),
    ("电饭煲一个，顶多三百八十", _buy(["电饭煲", "rice cooker"], 1, 38000)),
    ("a kettle, 180 is my ceiling", _buy("kettle", 1, 18000)),
    ("one toaster, 300 is the limit", _buy("toaster", 1, 30000)),
    ("one desk fan, 250 tops", _buy("desk fan", 1, 25000)),  # control: as it was
    # drinks with a short clock, a saved place said bare, a weekday a week or two on
    ("12 Heytea lemon teas, the house, Monday week, 14h15", _drinks(12, "home", "2026-11-30T14:15:00+08:00")),
    ("20 Luckin lattes to the office, tomorrow, 15.45", _drinks(20, "office", "2026-11-22T15:45:00+08:00")),
    ("16 Chagee milk teas, office, Friday fortnight, 1500hrs", _drinks(16, "office", "2026-12-11T15:00:00+08:00")),
    ("10 Mixue lemonades, my place, Wednesday week, 16h00, less ice",
     _drinks(10, "home", "2026-12-02T16:00:00+08:00")),
    ("25 Nayuki fruit teas, the flat, tomorrow, 10h30, no sugar", _drinks(25, "home", "2026-11-22T10:30:00+08:00")),
    # a watch that buys: snap one up, scoop one up, grab one
    ("Kindle Scribe: when it falls to 2,600, snap one up", _buys("Kindle Scribe", 260000)),
    ("AirPods Pro 2 — if they drop to 1,300, snap two up", _buys("AirPods Pro 2", 130000, 2)),
    ("GoPro Hero 12, once it dips to 2,500, scoop one up", _buys("GoPro Hero 12", 250000)),
    ("Sonos Era 100: when it hits 1,500, snap it up", _buys("Sonos Era 100", 150000)),
    ("戴森吸尘器V8，降到一千五直接拍下", _buys(["戴森吸尘器V8", "Dyson V8"], 150000)),
    ("Kindle Scribe: tell me when it falls to 2,600", _watch("Kindle Scribe", 260000, buy_when_met=False)),
    # a count short of the one promised
    ("the Nanfu batteries were meant to be a 12-pack, only 10 inside, return them", _ret(B2, "not_as_described")),
    ("ord_b2 should be 12 cells, counted 8, send back", _ret(B2, "not_as_described")),
    ("return ord_b2 — supposed to contain 12, I got 10", _ret(B2, "not_as_described")),
    ("南孚电池应该是12节，数了只有10节，退", _ret(B2, "not_as_described")),
    ("电池本该一板十二节，拆开才九节，ord_b2退货", _ret(B2, "not_as_described")),
    # a kind, a colour or a size wanted, another come
    ("Sony headphones, I ordered black, they sent silver, return", _ret(H3, "wrong_item", SONY)),
    ("the Midea kettle: wanted stainless, got a plastic one. return", _ret(K1, "wrong_item")),
    ("要的是黑色，寄来的白色，索尼耳机退了", _ret(H3, "wrong_item", SONY)),
    ("李宁跑鞋要的42码，来的40码，退", _ret("ord_s4", "wrong_item")),
    ("南孚电池买的五号，到的却是七号，退了", _ret(B2, "wrong_item")),
    ("美的水壶要的不锈钢，来的塑料的，退", _ret(K1, "wrong_item")),
    # the same thing given or already at hand
    ("Sony headphones — my brother gifted the same pair, return", _ret(H3, "changed_mind", SONY)),
    ("Nanfu batteries, my mum gave same pack, return ord_b2", _ret(B2, "changed_mind")),
    ("return the Midea kettle, found I had one already", _ret(K1, "changed_mind")),
    ("the running shoes, my sister already bought me a pair, return ord_s4", _ret("ord_s4", "changed_mind")),
    ("美的水壶，我姨已经送了一个，退掉", _ret(K1, "changed_mind")),
    # an order and a time alone
    ("my parcel, Monday week, first thing", _moved(None, MON, "morning")),
    ("my parcel — Thursday after lunch", _moved(None, THU, "afternoon")),
    ("Midea kettle — Wednesday, first thing", _moved(K1, WED, "morning")),
    ("Nanfu batteries, Tuesday, first thing", _moved(B2, TUE, "morning")),
    ("the Sony headphones — Thursday week, after lunch", _moved(H3, DEC3, "afternoon")),
    ("我的包裹，周五一早", _moved(None, FRI, "morning")),
    ("我的快递，下周二下午", _moved(None, TUE, "afternoon")),
    ("美的水壶，周四一大早", _moved(K1, THU, "morning")),
    ("小熊壶，周日午饭后", _moved(H3, SUN22, "afternoon")),
    ("南孚电池，后天一早", _moved(B2, MON23, "morning")),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # a product known only as another person's
    ("buy what Tom has got", ASK),
    ("get me one like my brother's", ASK),
    ("order whatever my flatmate's got", ASK),
    ("给我买个我同桌那种", ASK),
    ("照着我表姐家那个买一个", ASK),
    # an amount said as a heap
    ("buy a slew of pens", ASK),
    ("a raft of notebooks please", ASK),
    ("buy a sprinkling of fairy lights", ASK),
    ("buy multiple sponges", ASK),
    ("买数个衣架", ASK),
    ("插座来多个", ASK),
    ("保温杯来一两个", ASK),
    # a clock the part of the day cannot hold
    ("下午十四点送过来", ASK),
    ("晚上十五点送到家", ASK),
    ("美的水壶改到晚上十三点", ASK),
    # a product two orders hold, a time alone
    ("the kettle, Friday, first thing", ASK),
    ("壶，周五一早", ASK),
    # a ceiling in another currency, a count and its correction both vague
    ("空气炸锅一个，五十美元封顶", ASK),
    ("buy 6 coat hangers, no wait, make it loads", ASK),
]
