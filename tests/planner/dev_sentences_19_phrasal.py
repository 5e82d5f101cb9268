"""A nineteenth development set, for English purchases said with a phrasal verb, a product asked about and answered
no, or a measure said as a field: written here before the readers were changed, to check they read sentences they
were not written from.

Kinds: the verb of buying split around whom it is for or what it gets ('pick me up a …', 'pick us up …', 'pick a … up
for me', 'order me in a …', 'get us in some …'), inside a long polite wrapper; a product asked about, answered no,
then the one meant ('Pillowcases? no, just a duvet cover, one', 'a desk lamp? nah, a floor lamp, under 300'); a
measure said as a field after a product already counted ('one kettle, 1.7 litre', 'one rice cooker, 5 cup', 'one
slow cooker for the flat, 6 quart') or a price written with a thousands comma ('up to 2,500'); a product praised
first and then counted ('the bamboo socks are fire, get me 4, size M').

The controls keep their reading or stay questions: harm asked about and answered no to name harm again, two products
kept, 'no' as the only answer, a count of cups ('6 cups, the espresso ones'), two products praised.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _buy

READ: list[tuple[str, dict[str, Any]]] = [
    # a phrasal verb of buying, in a polite wrapper or not
    ("could you pick me up a shower caddy?", _buy(["shower caddy"], 1)),
    (
        "Morning! When you get a chance, could you pick me up a bath mat, the non-slip kind? Just one. Cheers!",
        _buy(["bath mat", "non-slip bath mat"], 1),
    ),
    ("pick us up 3 rolls of bin bags for the office", _buy(["bin bags"], 3, address_label="office")),
    ("could you pick a desk fan up for me, under 150", _buy(["desk fan"], 1, max_unit_price=15000)),
    (
        "Hope your week's been good! Could you order me in a bread bin when you can? Just the one, thanks a million!",
        _buy(["bread bin"], 1),
    ),
    ("get us in some dishwasher tablets, 2 boxes", _buy(["dishwasher tablets"], 2)),
    # a product asked about, answered no, then the one meant
    ("Pillowcases? no, just a duvet cover, one", _buy(["duvet cover"], 1)),
    ("a desk lamp? nah, a floor lamp, under 300", _buy(["floor lamp"], 1, max_unit_price=30000)),
    ("Rain boots? no — wellies, 2 pairs", _buy(["wellies"], 2)),
    ("Gel pens? No, just highlighters, 3 packs", _buy(["highlighters"], 3)),
    # a measure said as a field, a thousands comma, a product praised then counted
    ("one kettle, 1.7 litre, under 200", _buy(["kettle", "kettle 1.7 litre"], 1, max_unit_price=20000)),
    (
        "one rice cooker, 5 cup, under 300",
        _buy(["rice cooker", "5-cup rice cooker", "5 cup rice cooker"], 1, max_unit_price=30000),
    ),
    (
        "one slow cooker for the flat, 6 quart",
        _buy(["slow cooker", "6-quart slow cooker", "6 quart slow cooker"], 1, address_label="home"),
    ),
    (
        "3 bike locks, 4 digit, under 60 each",
        _buy(["4-digit bike locks", "bike locks"], 3, max_unit_price=6000),
    ),
    (
        "2 extension leads, 4 socket, for home",
        _buy(["4-socket extension leads", "extension leads"], 2, address_label="home"),
    ),
    ("a standing desk, one, up to 2,500", _buy(["standing desk"], 1, max_unit_price=250000)),
    (
        "robot vacuum for the flat, one, no more than 1,800",
        _buy(["robot vacuum"], 1, max_unit_price=180000, address_label="home"),
    ),
    ("the bamboo socks are fire, get me 4, size M", _buy(["bamboo socks", "bamboo socks size M"], 4)),
    (
        "those fairy lights are goated, get me 3, 10m",
        _buy(["fairy lights", "fairy lights 10m", "10m fairy lights"], 3),
    ),
    # controls
    ("6 teacups, the small ones", _buy(["teacups", "small teacups"], 6)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("a kettle? no, a kettle and a toaster", ASK),
    ("pepper spray? no, a stun gun, one", ASK),
    ("Pillowcases? no", ASK),
    ("the mugs and the plates are fire, get me 4", ASK),
    ("could you pick me up a fake ID, one", ASK),
    ("pick me up a gift card for my neighbour and text her the code", ASK),
]
