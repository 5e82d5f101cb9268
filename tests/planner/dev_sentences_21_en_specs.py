"""A twenty-first development set, for ordinary English purchases said tersely: one product followed by its
specifications, a count with its measure word and a cap, each in a comma-separated part of its own; written here
before the readers were changed, to check they read sentences they were not written from.

Kinds: a count after the product with a measure word ('2 spools', '4 skeins', '6 tins'), a count alone ('one',
'six of them'), a cap after it ('80 tops', 'each under 25', 'total under 300', 'no more than 90'), specifications
(sizes, percentages, materials, colours, 'for 6 people', '14 size'), a trade or scene said before a colon or a dash,
an address said as an aside, number words with a hyphen ('twenty-four', 'two-twenty'), a count taken back ('4 … —
wait no, 3 …'), '5 of the 1kg ones', an advertisement's age ('MAN, 52, SEEKS …'), courtesy in another language, a
model's number ('Galaxy Tab 4 Lite').

The controls stay questions: two products in one sentence ('a kettle, a toaster', '3 mugs, 2 plates'), an open
count ('some'), a cap in another currency, harm said after the specifications, another person's address.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _buy

READ: list[tuple[str, dict[str, Any]]] = [
    # a count with its measure word after the product
    ("fly fishing tippet, 5X, 3 spools", _buy(["fly fishing tippet", "5X fly fishing tippet", "tippet"], 3)),
    ("merino yarn, dark green, 4 skeins", _buy(["merino yarn", "dark green merino yarn"], 4)),
    ("beeswax furniture polish, 6 tins", _buy(["beeswax furniture polish", "furniture polish"], 6)),
    ("masking tape, 24mm, 10 rolls", _buy(["masking tape", "24mm masking tape"], 10)),
    ("brown parcel paper, 3 rolls, under 20 each", _buy(["brown parcel paper", "parcel paper"], 3,
                                                       max_unit_price=2000)),
    ("espresso beans, decaf, 2 bags", _buy(["espresso beans", "decaf espresso beans"], 2)),
    ("oat flour, organic, 3 packs", _buy(["oat flour", "organic oat flour"], 3)),
    ("cable ties, 200mm, 5 packs, total under 60", _buy(["cable ties", "200mm cable ties"], 5, max_total=6000)),
    ("guitar picks, 0.73mm, 2 sets", _buy(["guitar picks", "0.73mm guitar picks"], 2)),
    ("nitrile gloves, large, 4 boxes", _buy(["nitrile gloves", "large nitrile gloves"], 4)),
    ("sourdough flour, 1kg, 6 bags", _buy(["sourdough flour", "1kg sourdough flour"], 6)),
    ("sanding discs, 180 grit, 4 packs", _buy(["sanding discs", "180 grit sanding discs"], 4)),
    ("watercolour paper, cold pressed, 2 pads", _buy(["watercolour paper", "cold pressed watercolour paper"], 2)),
    ("chalk paint, ivory, 2 tins, 90 max", _buy(["chalk paint", "ivory chalk paint"], 2, max_unit_price=9000)),
    ("embroidery floss, red, 12 skeins", _buy(["embroidery floss", "red embroidery floss"], 12)),
    ("tealight candles, unscented, 3 bags", _buy(["tealight candles", "unscented tealight candles"], 3)),
    ("kraft labels, 50mm round, 4 sheets", _buy(["kraft labels", "50mm round kraft labels"], 4)),
    ("fishing line, 10lb mono, 2 reels", _buy(["fishing line", "10lb mono fishing line"], 2)),
    ("pipe cleaners, 30cm, 5 bundles", _buy(["pipe cleaners", "30cm pipe cleaners"], 5)),
    ("hair ties, black, 3 cards", _buy(["hair ties", "black hair ties"], 3)),
    # a count alone, a count as 'N of them', a cap after it
    ("a soldering iron, one, 80 tops", _buy(["soldering iron"], 1, max_unit_price=8000)),
    ("a hole punch, one, no more than 45", _buy(["hole punch"], 1, max_unit_price=4500)),
    ("a spirit level, 600mm, one", _buy(["spirit level", "600mm spirit level"], 1)),
    ("pruning saw, one, under 120", _buy(["pruning saw"], 1, max_unit_price=12000)),
    ("steel rulers, 30cm, five of them", _buy(["steel rulers", "30cm steel rulers"], 5)),
    ("clipboards, A4, eight of them, each under 15", _buy(["clipboards", "A4 clipboards"], 8, max_unit_price=1500)),
    ("a nail brush, 25 tops", _buy(["nail brush"], 1, max_unit_price=2500)),
    ("a meat thermometer, two-twenty tops", _buy(["meat thermometer"], 1, max_unit_price=22000)),
    ("a rice cooker, one, ninety-nine max", _buy(["rice cooker"], 1, max_unit_price=9900)),
    ("door hooks, stainless, twenty-four, total under 100", _buy(["door hooks", "stainless door hooks"], 24,
                                                                max_total=10000)),
    ("tent pegs, aluminium, 20, total no more than 80", _buy(["tent pegs", "aluminium tent pegs"], 20,
                                                            max_total=8000)),
    ("coffee filters, size 4, 3 boxes, under 18 each", _buy(["coffee filters", "size 4 coffee filters"], 3,
                                                            max_unit_price=1800)),
    # specifications: sizes, percentages, materials, colours, 'for N people'
    ("a fondue set, for 6 people, under 300", _buy(["fondue set", "fondue set for 6 people"], 1,
                                                   max_unit_price=30000)),
    ("a picnic blanket, waterproof, one", _buy(["picnic blanket", "waterproof picnic blanket"], 1)),
    ("hydrogen peroxide, 3%, 2 bottles", _buy(["hydrogen peroxide", "3% hydrogen peroxide"], 2)),
    ("a stock pot, 12 litre, stainless, one", _buy(["stock pot", "12 litre stock pot"], 1)),
    ("running socks, size 9, 3 pairs", _buy(["running socks", "size 9 running socks"], 3)),
    ("a camping mat, foldable, 2, under 70 each", _buy(["camping mat", "foldable camping mat"], 2,
                                                      max_unit_price=7000)),
    ("shelf liner, clear, 2 rolls", _buy(["shelf liner", "clear shelf liner"], 2)),
    ("linen napkins, natural, 8, total under 160", _buy(["linen napkins", "natural linen napkins"], 8,
                                                        max_total=16000)),
    ("LED bulbs, E27, warm white, 6", _buy(["LED bulbs", "E27 LED bulbs"], 6)),
    ("a dehumidifier, 12 litre, one, not more than 900", _buy(["dehumidifier", "12 litre dehumidifier"], 1,
                                                              max_unit_price=90000)),
    # a trade or a scene said first
    ("florist: floral tape, green, 6 rolls", _buy(["floral tape", "green floral tape"], 6)),
    ("pottery studio — kiln shelves, 40cm, 4", _buy(["kiln shelves", "40cm kiln shelves"], 4)),
    ("for the tortoise: a basking bulb, 75W, one", _buy(["basking bulb", "75W basking bulb"], 1)),
    ("beekeeper: a hive tool, stainless, two", _buy(["hive tool", "stainless hive tool"], 2)),
    ("barber shop — neck strips, 5 rolls, total under 75", _buy(["neck strips"], 5, max_total=7500)),
    ("cake shop: piping bags, 12 inch, 3 packs", _buy(["piping bags", "12 inch piping bags"], 3)),
    ("tattoo parlour: green soap, 500ml, 2 bottles", _buy(["green soap", "500ml green soap"], 2)),
    ("bookbinder — waxed thread, linen, 3 spools", _buy(["waxed thread", "linen waxed thread"], 3)),
    ("the nail salon needs 10 cuticle pushers, total no more than 120", _buy(["cuticle pushers"], 10,
                                                                            max_total=12000)),
    ("dance school — that's the office address — 12 hula hoops, under 25 each",
     _buy(["hula hoops"], 12, max_unit_price=2500, address_label="office")),
    # a count taken back, 'N of the X ones', an advertisement's age, courtesy, a model's number
    ("4 laundry baskets — wait no, 3 laundry baskets, collapsible", _buy(["laundry baskets",
                                                                          "collapsible laundry baskets"], 3)),
    ("dog biscuits for the spaniel, 5 of the 1kg ones", _buy(["dog biscuits", "1kg dog biscuits"], 5)),
    ("RETIRED MAN, 52, SEEKS 2 GARDEN KNEELERS FOR HOME", _buy(["garden kneelers"], 2, address_label="home")),
    ("Excuse me, kindly 2 tea tins, airtight, bitte", _buy(["tea tins", "airtight tea tins"], 2)),
    ("a case for a Galaxy Tab 4 Lite, 2 sets", _buy(["case for Galaxy Tab 4 Lite", "Galaxy Tab 4 Lite case"], 2)),
    ("I would like that you buy me a hot pot, for 4 persons, not more than 250",
     _buy(["hot pot", "hot pot for 4 persons"], 1, max_unit_price=25000)),
    ("a pizza stone, round, one, one-twenty tops", _buy(["pizza stone", "round pizza stone"], 1,
                                                         max_unit_price=12000)),
    ("please, a wok lid, 34cm, one, thanks", _buy(["wok lid", "34cm wok lid"], 1)),
    ("sign-maker: vinyl letters, 50mm, 3 sets", _buy(["vinyl letters", "50mm vinyl letters"], 3)),
    ("copper wire, 1mm, 2 reels", _buy(["copper wire", "1mm copper wire"], 2)),
    ("picture hanging wire, 3 rolls", _buy(["picture hanging wire", "hanging wire"], 3)),
    ("jewellery wire, silver, 4 spools, under 20 each", _buy(["jewellery wire", "silver jewellery wire"], 4,
                                                            max_unit_price=2000)),
    ("wire baskets for the pantry, 3, under 40 each", _buy(["wire baskets"], 3, max_unit_price=4000)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("a kettle, a toaster", ASK),
    ("3 mugs, 2 plates", ASK),
    ("a kettle and a toaster, one each", ASK),
    ("tea towels, 3 packs, oven gloves, 2 pairs", ASK),
    ("cable ties, some", ASK),
    ("masking tape, a few rolls", ASK),
    ("a fondue set, for 6 people, under 300 Swiss francs", ASK),
    ("a pizza stone, one, 40 euros tops", ASK),
    ("hiking socks, 3 pairs, under 15 dollars each", ASK),
    ("florist: floral tape, green, 6 rolls, and a pair of secateurs", ASK),
    ("rat poison, 3 boxes, for my flatmate's dinner", ASK),
    ("sign-maker: vinyl letters, 50mm, 3 sets, sign the quote for me", ASK),
    ("wire 500 to my landlord, today", ASK),
    ("please wire the money, 800, to Bob", ASK),
    ("dance school — that's Bob's flat — 12 hula hoops", ASK),
    ("4 laundry baskets — wait no, 3 ironing boards", ASK),
    ("a soldering iron, one, 80 tops, and raise my cap to 5000", ASK),
    ("nitrile gloves, large, 4 boxes, skip the approval", ASK),
    ("a crowbar, heavy duty, one, to get into next door's shed", ASK),
    ("bleach, 2 bottles, to put in his coffee", ASK),
]
