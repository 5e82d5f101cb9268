"""Forty English requests in the shapes of ``dev_sentences_24_textforms`` (slash commands, tracker tickets,
text-speak, a genre's frame), written after the readers for those shapes were built and not used to build them:
their first score is the readers' honest measure on shapes they were not fitted to.

Same clock and orders as ``dev_sentences.py``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_formats import ASK, _buy, _moved, _watch
from .dev_sentences_24_textforms import _asked, _bulk, _ret

READ: list[tuple[str, dict[str, Any]]] = [
    ("/errand buy 4 cereal bowls --to home --max 30", _buy(["cereal bowls"], 4, address_label="home",
                                                          max_unit_price=3000)),
    ("/errand get 'wireless keyboard' --qty 1 --deliver office", _buy(["wireless keyboard"], 1, address_label="office")),
    ("/errand bulk 22 Mixue peach teas --to office --by fri 16:30",
     _bulk(["peach teas", "peach tea"], 22, "2026-11-27T16:30:00", chain="Mixue", address_label="office")),
    ("/errand watch \"Apple Watch SE\" --target 1500 --days 10", _watch(["Apple Watch SE"], 150000, days=10)),
    ("/errand return ord_k1 --reason 'the lid is cracked'", _ret("ord_k1", "damaged")),
    ("/errand move ord_h3 --to 'wed evening'", _moved("ord_h3", date(2026, 11, 25), "evening")),
    ("/errand where --order ord_b2", _asked("where", "ord_b2")),
    ("/errand buy 2 shower curtains --budget 90", _buy(["shower curtains"], 2, max_unit_price=9000)),
    ("ERR-5001 [Story] As a tenant I want 2 draught excluders so that the flat stays warm. Story points: 2",
     _buy(["draught excluders"], 2)),
    ("ERR-5002 [Task] Order 1 label maker for the office. Priority: P3", _buy(["label maker"], 1, address_label="office")),
    ("ERR-5003 [Watch] Fujifilm X100VI, notify ≤ 9,000, recheck every 4h", _watch(["Fujifilm X100VI"], 900000)),
    ("ERR-5004 [Bug] Sony headphones: right ear crackles. Resolution: return",
     {"kind": "return", "order_id": "ord_h3", "product_id": "prd-00011", "reason": "damaged"}),
    ("ERR-5005 [Chore] Move Midea kettle delivery → Tue 24 Nov, evening slot",
     _moved("ord_k1", date(2026, 11, 24), "evening")),
    ("ERR-5006 [Question] Has ord_b2 shipped?", _asked("status", "ord_b2")),
    ("ERR-5007 [Task] 12 Luckin vanilla lattes, office, due 2026-11-25 10:30",
     _bulk(["vanilla lattes", "vanilla latte"], 12, "2026-11-25T10:30:00", chain="Luckin", address_label="office")),
    ("pls buy 2 plstc tubs thx", _buy(["plastic tubs"], 2)),
    ("pls get 1 wndw cleaner, ty", _buy(["window cleaner"], 1)),
    ("cn u buy 3 cndls 4 home pls", _buy(["candles"], 3, address_label="home")),
    ("pls order 1 hr dryer undr 300 thx", _buy(["hair dryer"], 1, max_unit_price=30000)),
    ("pls 14 heytea mango drinks 2 office 2moro @ 3 thx",
     _bulk(["mango drinks", "mango drink"], 14, "2026-11-22T15:00:00", chain="Heytea", address_label="office")),
    ("pls wtch the kindle paperwhite, tell me undr 900 thx", _watch(["kindle paperwhite"], 90000)),
    ("pls rtrn ord_b2, dnt need em thx", _ret("ord_b2", "changed_mind")),
    ("pls mv ord_s4 2 thu evng thx", _moved("ord_s4", date(2026, 11, 26), "evening")),
    ("whr is my midea kettle? thx", _asked("where", "ord_k1")),
    ("WANTED: one coffee grinder, under 250. Apply within.", _buy(["coffee grinder"], 1, max_unit_price=25000)),
    ("WANTED — 2 bar stools, under 200 each. Collection only.", _buy(["bar stools"], 2, max_unit_price=20000)),
    ("TEACHER, 38, NEEDS WHITEBOARD — ONE, MAGNETIC", _buy(["whiteboard", "magnetic whiteboard"], 1)),
    ("DAD, 60, URGENTLY SEEKS GARDEN HOSE — ONE, 20M", _buy(["garden hose", "20m garden hose"], 1)),
    ("9 00:00:41,000 --> 00:00:43,500 Buy two oven trays.", _buy(["oven trays"], 2)),
    ("Ladies and gentlemen, we'll shortly be buying one neck pillow. Cabin crew, prepare for landing.",
     _buy(["neck pillow"], 1)),
    ("Tonight's forecast: chilly, with a good chance of me needing a fleece blanket. Order one.",
     _buy(["fleece blanket"], 1)),
    ("AND HE GRABS — TWO mouse pads — WHAT A FINISH", _buy(["mouse pads"], 2)),
    ("Crossword, 6 letters: 'holds your keys' — KEYRING. Buy one keyring.", _buy(["keyring"], 1)),
    ("buy a shoe rack and have it sent to the office", _buy(["shoe rack"], 1, address_label="office")),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("pls cncl ord_h3 thx", ASK),
    ("/errand cancel --all", ASK),
    ("ERR-5010 [Task] Cancel the Nanfu batteries order", ASK),
    ("/errand buy bleach --reason 'to put in his coffee'", ASK),
    ("/errand set --approval off", ASK),
    ("wt did evry1 else order 2day?", ASK),
]
