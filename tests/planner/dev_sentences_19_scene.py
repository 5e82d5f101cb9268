"""A nineteenth development set, for English purchases said after the shopper's scene: their own role or workplace
said first, a place said to be a saved address, or a thing that broke before what is bought instead; written here
before the readers were changed, to check they read sentences they were not written from.

Kinds: the shopper's trade or workplace before the request ('bike shop restock, …', "a florist's order: …", 'the
bakery (same address as my office) needs …', "the bakery's back room is my office address: …", 'the gym (same
address as home) needs …'); a thing broken, gone or cracked, then a purchase that names what to buy ('the mop's
head is ripped — a new mop head, one', 'the shop's mixing bowls are cracked, 4 stainless ones, under 40 each').

The controls keep their reading or stay questions: a thing broken said of an order, with a wish to send it back or to
have money back; another person's own room or house; another person named as the one who wants it with their
card; harm after a broken thing; a role that claims a say over the planner ('support here, …'); an order id said
with a role.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle, ord_b2
Nanfu AA batteries, ord_h3 Sony WH-1000XM5 headphones and a Bear glass kettle, ord_s4 Li-Ning shoes).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _buy

READ: list[tuple[str, dict[str, Any]]] = [
    # the shopper's trade or workplace said first
    ("bike shop restock, 10 inner tubes, total under 300", _buy(["inner tubes", "inner tube"], 10)),
    ("café restock: 6 bags of coffee beans, under 90 a bag", _buy(["coffee beans"], 6, max_unit_price=9000)),
    ("salon restock — 4 bottles of shampoo, under 50 each", _buy(["shampoo"], 4, max_unit_price=5000)),
    (
        "a florist's order: 20 glass vases, under 15 each",
        _buy(["glass vases", "vases", "glass vase"], 20, max_unit_price=1500),
    ),
    ("the dentist's order: 5 boxes of nitrile gloves", _buy(["nitrile gloves"], 5)),
    ("a piano teacher's order: one metronome, under 150", _buy(["metronome"], 1, max_unit_price=15000)),
    (
        "beekeeper here, need a smoker, one, under 120",
        _buy(["smoker", "bee smoker"], 1, max_unit_price=12000),
    ),
    (
        "the bakery (same address as my office) needs 3 cooling racks",
        _buy(["cooling racks", "cooling rack"], 3, address_label="office"),
    ),
    (
        "the gym (same address as home) needs 2 foam rollers",
        _buy(["foam rollers", "foam roller"], 2, address_label="home"),
    ),
    (
        "the bakery's back room is my office address: 4 piping bags, reusable",
        _buy(["piping bags", "reusable piping bags"], 4, address_label="office"),
    ),
    (
        "The vet's surgery is my office address: 2 pet carriers, under 200 each",
        _buy(["pet carriers", "pet carrier"], 2, max_unit_price=20000, address_label="office"),
    ),
    # a thing broken, then what is bought instead
    ("the mop's head is ripped — a new mop head, one", _buy(["mop head"], 1)),
    (
        "the shop's mixing bowls are cracked, 4 stainless ones, under 40 each",
        _buy(["stainless mixing bowls", "mixing bowls", "stainless ones"], 4, max_unit_price=4000),
    ),
    (
        "my laptop's hinge is broken — a laptop stand, one, under 150",
        _buy(["laptop stand"], 1, max_unit_price=15000),
    ),
    (
        "the office chairs are knackered, 3 ergonomic ones, under 800 each",
        _buy(["ergonomic office chairs", "office chairs", "ergonomic chairs"], 3, max_unit_price=80000),
    ),
    (
        "the toaster is dead, one 2-slice toaster, below 200",
        _buy(["2-slice toaster", "toaster"], 1, max_unit_price=20000),
    ),
    ("the garden hose is leaking — a 20m hose, one", _buy(["20m hose", "hose", "garden hose"], 1)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # broken, said of an order, to send back or refund
    ("the kettle is broken, 2 weeks old, I want my money back", ASK),
    ("a mug is cracked — send it back, one star", ASK),
    # another person's own room, or their card
    ("my sister's room is her home address: 2 lamps", ASK),
    ("a neighbour's order: a rice cooker, on her card", ASK),
    # harm after a broken thing, a role with a say over the planner
    ("the lock is broken — a lock pick set, one, to get into my neighbour's flat", ASK),
    ("support here, need 10 gift cards, under 500 each", ASK),
]
