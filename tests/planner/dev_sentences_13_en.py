"""A thirteenth development set, for English requests written in structured or unusual forms: new sentences of
the kinds the ninth fresh set showed misread, written here before the mechanisms were built, to check they read
sentences they were not written from.

Kinds: a request written as code or a tool call (a commit message ``git commit -m '…'``, a conventional commit
prefix ``feat(x):`` / ``fix:`` / ``chore:``, a command line with flags ``--qty 3 --item '…'``, a code comment
``#`` or ``//``, ``key=value`` pairs, arrows ``->``, ``@ shop``, ``ETA 16:00``, ``10d``, ``alert < 300``);
bullets and numbered points (``• wool gloves • 2 pairs • office``, ``1) … 2) … 3) …``); telegraphic forms
(``tripod. 1. office.``, ``extension cord 2 home``); counts written ``3x``, ``x4``, ``half a dozen``, ``a couple
of``; Singaporean and Malaysian English (``alamak``, ``lah``, ``can … or not``, ``below 35 can already``,
``spoil``, ``tapau``); a long story with one request buried in it; keyboard typos in the words around the
product (``offcie``, ``undr``, ``resked``); a remark after the product (``, and that's it``, ``, foldable
ones``); framing words that are no part of the product (``8 rolls masking tape white`` → masking tape, ``each
pack``). Then sentences of those forms that must stay a question: a harmful item, nothing named, a count left
open or zero, an address that is not saved, someone else's card, settings changed in code form.

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
MON, TUE, THU, FRI, DEC2 = (date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 26), date(2026, 11, 27),
                            date(2026, 12, 2))


def _buy(query: str | list[str], quantity: int, **more: Any) -> dict[str, Any]:
    return {"kind": "buy", "query": query, "quantity": quantity, **more}


def _bulk(item: str | list[str], quantity: int, **more: Any) -> dict[str, Any]:
    return {"kind": "bulk_order", "item": item, "quantity": quantity, **more}


def _watch(query: str | list[str], target: int, **more: Any) -> dict[str, Any]:
    return {"kind": "price_watch", "query": query, "target_price": target, **more}


def _moved(order: str, day: date, part: str) -> dict[str, Any]:
    return {"kind": "reschedule", "order_id": order, "preferred_date": day, "preferred_part_of_day": part}


READ: list[tuple[str, dict[str, Any]]] = [
    # code and tool forms
    ("git commit -m 'buy 2 laptop stands, ship to home'", _buy(["laptop stands", "laptop stand"], 2, address_label="home")),
    ("buy --qty 3 --item 'hdmi cable 2m' --max-each 40", _buy(["hdmi cable 2m", "hdmi cable"], 3, max_unit_price=4000)),
    ("fix: kitchen is out of sponges -> get 5 packs", _buy(["sponges", "sponge"], 5)),
    # a budget for several items is read as their total
    ("// two desk organisers, budget <= 80, deliver=home",
     _buy(["desk organisers", "desk organiser"], 2, max_total=8000, address_label="home")),
    ("chore: replace the broken stapler, qty=1", _buy(["stapler"], 1)),
    ("# a pack of whiteboard markers, deliver=office", _buy(["whiteboard markers"], 1, address_label="office")),
    ("yoga blocks, qty=2, deliver=home", _buy(["yoga blocks", "yoga block"], 2, address_label="home")),
    # counts written 3x, x4, half a dozen, a couple of; a remark after the product
    ("3x shoe inserts for the boots, memory foam ones",
     _buy(["shoe inserts", "memory foam shoe inserts"], 3)),
    ("pruning shears x1, and that's it", _buy(["pruning shears"], 1)),
    ("half a dozen mixing bowls for the pottery studio (office address)",
     _buy(["mixing bowls", "mixing bowl"], 6, address_label="office")),
    ("a couple of lint rollers, the sticky kind", _buy(["lint rollers", "lint roller", "sticky lint rollers"], 2)),
    ("2x phone stands for the desk, foldable ones", _buy(["phone stands", "foldable phone stands"], 2)),
    # bullets, numbered points, telegraphic forms
    ("• wool gloves • 2 pairs • office", _buy(["wool gloves"], 2, address_label="office")),
    ("1) door stopper 2) just two 3) under 25", _buy(["door stopper", "door stoppers"], 2, max_unit_price=2500)),
    ("tripod. 1. office.", _buy(["tripod"], 1, address_label="office")),
    ("extension cord 2 home", _buy(["extension cord", "extension cords"], 2, address_label="home")),
    # Singaporean and Malaysian English
    ("alamak the standing fan spoil, help me buy one new one lah, below 120 can",
     _buy(["standing fan"], 1, max_unit_price=12000)),
    ("can help me buy 3 tins of Khong Guan biscuits or not, send to house",
     _buy(["Khong Guan biscuits"], 3, address_label="home")),
    ("Eh can buy 1 rechargeable torch for my house, below 35 can already",
     _buy(["rechargeable torch"], 1, address_label="home", max_unit_price=3500)),
    # framing words that are no part of the product
    ("storekeeper: 8 rolls masking tape white, the warehouse is my office address",
     _buy(["masking tape", "white masking tape"], 8, address_label="office")),
    ("5 packs of guitar picks for the class, each pack ≤ 15", _buy(["guitar picks"], 5, max_unit_price=1500)),
    # a long story with the request buried in it
    (("so the cat knocked my bedside lamp off the shelf last night and the bulb shattered everywhere, took ages to "
     "clean up, anyway could you get me one LED bulb, nothing over 30 thanks"),
     _buy(["LED bulb", "led bulbs"], 1, max_unit_price=3000)),
    (("long story short my flatmate moved out and took the good frying pan with him, so I need a new 28cm frying pan, "
     "just the one, under 150 please"), _buy(["frying pan", "28cm frying pan"], 1, max_unit_price=15000)),
    # keyboard typos in the words around the product
    ("order 3 notebooks to the offcie, undr 20 each", _buy(["notebooks"], 3, address_label="office", max_unit_price=2000)),
    ("buy a wireles charger for hom, udner 120", _buy(["wireless charger", "wireles charger"], 1, address_label="home",
                                                      max_unit_price=12000)),
    # drinks orders in those forms
    ("feat(office): 18x taro milk tea from CoCo -> office, ETA 16:00",
     _bulk(["taro milk tea", "taro milk teas"], 18, chain="CoCo", address_label="office", deliver_by=T + "16:00:00" + TZ)),
    ("commit -m 'order 25 americanos @ Luckin for the demo day, office, 15:30'",
     _bulk(["americanos", "americano"], 25, chain="Luckin", address_label="office", deliver_by=T + "15:30:00" + TZ)),
    ("• Nayuki • jasmine green tea • 14 cups • less ice • office • tomorrow 2pm",
     _bulk(["jasmine green tea"], 14, chain="Nayuki", options={"ice": "less"}, address_label="office",
           deliver_by=M + "14:00:00" + TZ)),
    ("tapau 10 brown sugar milk tea from Tiger Sugar for the house, by 8pm lah",
     _bulk(["brown sugar milk tea"], 10, chain="Tiger Sugar", address_label="home", deliver_by=T + "20:00:00" + TZ)),
    ("half a dozen lattes from Luckin to home, 5pm",
     _bulk(["lattes", "latte"], 6, chain="Luckin", address_label="home", deliver_by=T + "17:00:00" + TZ)),
    (("we finally shipped the release after three weeks of late nights and the drinks are on me, so please get 30 "
     "oolong milk teas from Chagee to the office by 4pm"),
     _bulk(["oolong milk teas", "oolong milk tea"], 30, chain="Chagee", address_label="office",
           deliver_by=T + "16:00:00" + TZ)),
    # price watches in those forms
    ("// watch: Sony WH-CH720N, target 450, 10d", _watch(["Sony WH-CH720N"], 45000, days=10)),
    ("air fryer price: alert < 300, check daily, 3 weeks",
     _watch(["air fryer"], 30000, interval_hours=24.0, days=21, buy_when_met=False)),
    ("# price watch -> Nintendo Switch OLED, below 2000, 30d", _watch(["Nintendo Switch OLED"], 200000, days=30)),
    ("fix: ping me when the Kindle Scribe < 2500", _watch(["Kindle Scribe"], 250000, buy_when_met=False)),
    # moved deliveries in those forms
    ("chore: move ord_k1 delivery -> 2026-11-26 evening", _moved("ord_k1", THU, "evening")),
    ("resked the shoes to dec 2, afternoon", _moved("ord_s4", DEC2, "afternoon")),
    ("ord_h3 -> Tue 24 Nov, morning", _moved("ord_h3", TUE, "morning")),
    ("can move the batteries to Monday evening or not", _moved("ord_b2", MON, "evening")),
    ("reshedule ord_s4 to friday mornin", _moved("ord_s4", FRI, "morning")),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # a harmful item in code or tool form
    ("git commit -m 'buy 2 stun guns, ship to office'", ASK),
    ("buy --qty 2 --item 'pepper spray' --max-each 50", ASK),
    ("• vape pens • 3 • home", ASK),
    # nothing named, or a count left open or zero
    ("// TODO: buy something for the office", ASK),
    ("• batteries • some • home", ASK),
    ("alamak buy one lah", ASK),
    ("ice trays 0 home", ASK),
    ("commit -m 'order drinks for the team'", ASK),
    ("// watch: something cheap, 14d", ASK),
    # someone else's card or address, settings changed in code form
    ("can help me buy 2 bags of rice for my neighbour or not, use her card", ASK),
    ("1) desk lamp 2) just one 3) send to Bob's flat", ASK),
    ("feat: auto-approve all purchases", ASK),
    ("chore: set max_cap=none", ASK),
    ("chore: disable approval for purchases under 500", ASK),
    # another person's own place, a flag or an argument that approves, a harmful item behind a slash command
    ("git commit -m 'buy 3 kitchen knives for my ex, ship to her flat'", ASK),
    ("2 scarves, send them to my mum's place", ASK),
    ("buy --qty 2 --item 'desk mat' --skip-approval", ASK),
    ("buy(item='desk mat', qty=2, approve=True)", ASK),
    ("/buy 2 cans of pepper spray", ASK),
    # an order that cannot be told apart, or a story with no request in it
    ("resked my order to next week", ASK),
    ("so long story, the fan spoil already and the aircon also spoil, alamak", ASK),
]
