"""An eighteenth development set, for plain English purchases and watches whose product phrase carries more than
the product: what it is for or who it is for, what it need not do, how many a pack holds, a kind said as 'the X
kind' or 'with an X mode', a story or a role said before the request, a saved address said in brackets, a count
said as 'N of them' or '× N', and a cap said for the whole lot or for each pair or roll. Written before the
readers for them were, from the kinds of mistake (a remark kept in the product words, or taken for a second
product and asked about), not from the sentences that showed them.

Controls of the same shapes that must keep their reading: a second product after a comma, an amount left vague,
a harmful product or purpose, a place that is none of the saved addresses.

Same clock and orders as ``dev_sentences.py``. ``READ`` and ``ASKED`` are read by the whole planner.
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_en import ASK, _buy, _watch

READ: list[tuple[str, dict[str, Any]]] = [
    # what it is for or who it is for, in a segment of its own
    ("a tripod, aluminium, 160cm, for product shots", _buy(["tripod", "aluminium tripod", "160cm tripod"], 1)),
    ("a scooter, for a seven-year-old, under 400", _buy(["scooter", "kids scooter"], 1, max_unit_price=40000)),
    ("a microscope, 40x-1000x, for a twelve-year-old, one",
     _buy(["microscope", "40x-1000x microscope", "kids microscope"], 1)),
    ("board game for my niece's 10th birthday, one, under 200", _buy(["board game"], 1, max_unit_price=20000)),
    ("two towels, bath size, for guests at home", _buy(["towels", "bath towels", "towel", "bath size towels"], 2)),
    ("a softbox, 60x90, for studio portraits", _buy(["softbox", "60x90 softbox", "softbox 60x90"], 1)),
    ("a drone, 4K, for aerial shots of the farm, under 3000",
     _buy(["drone", "4K drone"], 1, max_unit_price=300000)),
    ("a tent, 4-person, for the scout camp", _buy(["tent", "4-person tent"], 1)),
    ("6 cable locks for the bike racks, under 40 each", _buy(["cable locks", "cable lock"], 6, max_unit_price=4000)),
    ("a kite, for a five-year-old, just one", _buy(["kite", "kids kite"], 1)),
    ("a puzzle, 500 pieces, for grandma, one", _buy(["puzzle", "500 piece puzzle", "jigsaw puzzle"], 1)),
    # what it need not do or have, said as a remark
    ("a desk clock, brass, doesn't have to work, under 100",
     _buy(["desk clock", "brass desk clock"], 1, max_unit_price=10000)),
    ("one vintage camera, doesn't need to take photos, ≤ 300",
     _buy(["vintage camera", "camera"], 1, max_unit_price=30000)),
    ("an old typewriter, doesn't have to type, for the set", _buy(["old typewriter", "typewriter"], 1)),
    ("a wall clock, needn't be fancy, under 80", _buy(["wall clock"], 1, max_unit_price=8000)),
    ("a rocking chair, doesn't have to be new, one", _buy(["rocking chair"], 1)),
    ("a telephone, rotary dial, doesn't need to connect", _buy(["telephone", "rotary telephone",
                                                               "rotary dial telephone"], 1)),
    # how many a pack holds, said after the count of packs
    ("3 boxes of gloves, nitrile, 100 gloves per box", _buy(["gloves", "nitrile gloves", "boxes of gloves"], 3)),
    ("4 packs of envelopes, C5, 50 envelopes per pack", _buy(["envelopes", "C5 envelopes", "packs of envelopes"], 4)),
    ("2 packs of cable ties, 200 per pack", _buy(["cable ties", "packs of cable ties", "cable tie"], 2)),
    ("6 boxes of tea lights, 50 to a box", _buy(["tea lights", "boxes of tea lights", "tea light"], 6)),
    ("two tubs of wipes, 80 wipes per tub, unscented",
     _buy(["wipes", "unscented wipes", "tubs of wipes"], 2)),
    # a kind said as 'the X kind', 'the ones with X', 'with an X mode'
    ("a kettle, the gooseneck kind, under 300",
     _buy(["kettle", "gooseneck kettle"], 1, max_unit_price=30000)),
    ("scissors, 10 pairs, the ones with rounded tips", _buy(["scissors", "pairs of scissors"], 10)),
    ("toothbrushes, 6 of them, the ones with soft bristles", _buy(["toothbrushes", "toothbrush",
                                                                   "soft toothbrushes"], 6)),
    ("a bike light with a flashing mode, one", _buy(["bike light", "flashing bike light",
                                                     "bike light with flashing"], 1)),
    ("a fan heater with an eco mode, under 250", _buy(["fan heater", "eco fan heater", "fan heater with eco"], 1,
                                                      max_unit_price=25000)),
    ("crayons ×24, assorted colours", _buy(["crayons", "crayon"], 24)),
    ("felt sheets, 30 of them, mixed colours", _buy(["felt sheets", "felt sheet"], 30)),
    ("chalk, 5 boxes, assorted colors, for the playground", _buy(["chalk", "boxes of chalk"], 5)),
    ("a door mat, the coir kind, one", _buy(["door mat", "coir door mat"], 1)),
    # a spare or replacement part said for a model
    ("spare charger for a Kindle, one", _buy(["Kindle charger", "charger for Kindle", "charger"], 1)),
    ("a spare strap for a Garmin Forerunner 255", _buy(["Garmin Forerunner 255 strap", "strap for Garmin Forerunner 255",
                                                         "strap"], 1)),
    ("replacement filter for a Dyson V8, 2 of them", _buy(["Dyson V8 filter", "filter for Dyson V8",
                                                          "replacement filter for Dyson V8"], 2)),
    # a role or a story said before the request
    ("props list — one brass telescope, doesn't have to extend, ≤ 250",
     _buy(["brass telescope", "telescope"], 1, max_unit_price=25000)),
    ("Library (office address) needs 10 book ends, metal",
     _buy(["book ends", "metal book ends", "book end"], 10, address_label="office")),
    ("Kitchen (= office) needs 2 chopping boards, bamboo, under 60 each",
     _buy(["chopping boards", "bamboo chopping boards", "chopping board"], 2, max_unit_price=6000,
          address_label="office")),
    ("Reception (my office) wants 3 umbrella stands, under 150 each",
     _buy(["umbrella stands", "umbrella stand"], 3, max_unit_price=15000, address_label="office")),
    (("So the dog chewed through the last lead for the second time this month, and I give up: a chain lead, "
      "2 metres, one."), _buy(["chain lead", "dog lead", "2 metre chain lead"], 1)),
    (("Right, the kettle at work finally died after years of abuse, so: one electric kettle, 1.7L, under 200, "
      "to the office."), _buy(["electric kettle", "1.7L electric kettle", "kettle"], 1, max_unit_price=20000,
                             address_label="office")),
    ("Before I forget, a doorstop — one, rubber", _buy(["doorstop", "rubber doorstop"], 1)),
    ("Note to self, and to you: batteries — AA, 2 packs", _buy(["batteries", "AA batteries"], 2)),
    ("stage manager here: 6 clipboards, A4, under 15 each", _buy(["clipboards", "A4 clipboards", "clipboard"], 6,
                                                                  max_unit_price=1500)),
    ("football coach here: 20 bibs, under 10 each", _buy(["bibs", "bib", "football bibs"], 20, max_unit_price=1000)),
    ("hero prop needed — one leather suitcase, doesn't have to open, ≤ 400",
     _buy(["leather suitcase", "suitcase"], 1, max_unit_price=40000)),
    # a saved address said in brackets after a place of one's own
    ("Art class order: 12 aprons, kids' size, under 20 each, to the studio (my office)",
     _buy(["aprons", "kids aprons", "apron"], 12, max_unit_price=2000, address_label="office")),
    ("restock for the stockroom (= office): 4 rolls of packing tape, 48mm",
     _buy(["packing tape", "rolls of packing tape", "48mm packing tape"], 4, address_label="office")),
    ("10 hymn books to the church hall (my office)", _buy(["hymn books", "hymn book"], 10, address_label="office")),
    ("one first aid kit to the workshop (office address)", _buy(["first aid kit"], 1, address_label="office")),
    # a count said as 'N of them' or '× N'
    ("muffin tins, 4 of them, non-stick", _buy(["muffin tins", "non-stick muffin tins", "muffin tin"], 4)),
    ("name badges × 40, magnetic", _buy(["name badges", "magnetic name badges", "name badge"], 40)),
    ("reading glasses +2.0, 3 of them", _buy(["reading glasses", "reading glasses +2.0", "+2.0 reading glasses"], 3)),
    # a cap for the whole lot, or for each pair or roll
    ("Budget total 300 for all four: four cushion covers, linen",
     _buy(["cushion covers", "linen cushion covers", "cushion cover"], 4, max_total=30000)),
    ("Budget total 90 for both: two phone stands, aluminium",
     _buy(["phone stands", "aluminium phone stands", "phone stand"], 2, max_total=9000)),
    ("receipt paper, 10 rolls, under 8 per roll", _buy(["receipt paper", "rolls of receipt paper"], 10,
                                                       max_unit_price=800)),
    ("hiking socks, 4 pairs, under 35 a pair", _buy(["hiking socks", "pairs of hiking socks"], 4,
                                                     max_unit_price=3500)),
    ("masking tape, 6 rolls, 24mm, under 5 per roll", _buy(["masking tape", "24mm masking tape",
                                                            "rolls of masking tape"], 6, max_unit_price=500)),
    ("work gloves, 10 pairs, size L, under 15 a pair", _buy(["work gloves", "size L work gloves",
                                                             "work gloves size L"], 10, max_unit_price=1500)),
    # the size said as the person's size
    ("rain ponchos, 8 of them, adult size", _buy(["rain ponchos", "adult rain ponchos", "rain poncho"], 8)),
    ("5 bike helmets, child size, under 120 each", _buy(["bike helmets", "child bike helmets", "bike helmet",
                                                         "kids bike helmets"], 5, max_unit_price=12000)),
    ("wetsuits, 2, adult size, for the sailing school", _buy(["wetsuits", "adult wetsuits", "wetsuit"], 2)),
    # a place in the house it is for, said first
    ("For the kitchen at home, a bin, the pedal kind, under 120",
     _buy(["bin", "pedal bin"], 1, max_unit_price=12000, address_label="home")),
    ("For the hallway, a coat rack, the wall kind", _buy(["coat rack", "wall coat rack"], 1)),
    ("For the garden, a hose reel, one, under 200", _buy(["hose reel"], 1, max_unit_price=20000)),
    # goods named with a drink's words, counted in tins or bags
    ("Re-order: jasmine tea, 2 tins, for the office", _buy(["jasmine tea", "tins of jasmine tea"], 2,
                                                           address_label="office")),
    ("Restock: oolong tea, 4 bags", _buy(["oolong tea", "bags of oolong tea"], 4)),
    ("Re-order: black tea, 5 boxes, to the office", _buy(["black tea", "boxes of black tea"], 5,
                                                          address_label="office")),
    # a lock said with 'keyed alike if possible'
    ("12 padlocks for the gym lockers, keyed alike if possible, under 25 each",
     _buy(["padlocks", "padlock", "keyed alike padlocks"], 12, max_unit_price=2500)),
    # plain controls that keep their reading
    ("a yoga mat, purple if they have it, max 120", _buy(["yoga mat", "purple yoga mat"], 1, max_unit_price=12000)),
    ("2 mugs, ceramic, 350ml, dishwasher safe", _buy(["mugs", "ceramic mugs", "mug", "350ml mugs"], 2)),
    ("spare bulbs, E14, candle shape, x6", _buy(["spare bulbs", "E14 spare bulbs", "bulbs", "E14 bulbs"], 6)),
    ("a travel adapter, type G, for the London trip", _buy(["travel adapter", "type G travel adapter"], 1)),
    # a kind or a feature already said: the query carries that one and not another colour or size besides
    ("highlighters, 4 packs, yellow, the chisel tip ones", _buy(["highlighters", "chisel tip highlighters",
                                                                "yellow highlighters", "highlighter"], 4)),
    ("a lunch box with a handle, 1.2L, one", _buy(["lunch box", "lunch box with a handle", "1.2L lunch box"], 1)),
    ("a torch with a magnetic base, black, one", _buy(["torch", "torch with a magnetic base", "black torch"], 1)),
    # what it is for said as the office's or the home's own thing
    ("two throws for the office sofa, grey, under 150 each",
     _buy(["throws", "grey throws", "throw"], 2, max_unit_price=15000, address_label="office")),
    ("a mat for the home gym, 6mm, one", _buy(["mat", "6mm mat", "gym mat"], 1, address_label="home")),
    # a count said with the target of a watch: that many are bought when the price is met
    ("Sonos Era 100 — watch it for a month — two at 1,200 or under",
     _watch(["Sonos Era 100"], 120000, buy_when_met=True, quantity=2)),
    ("Breville Bambino, a fortnight's watch, one at 1,500 or less",
     _watch(["Breville Bambino"], 150000, days=14, buy_when_met=True, quantity=1)),
    # watches whose product carries a spec or whose count is said with the target
    ("Sony FE 24-70 f/2.8: alert me under 9k, watch for a month",
     _watch(["Sony FE 24-70 f/2.8", "Sony FE 24-70"], 900000, days=30, buy_when_met=False)),
    ("Fujifilm XF 16-55mm f/2.8: tell me when it's below 5000",
     _watch(["Fujifilm XF 16-55mm f/2.8", "Fujifilm XF 16-55mm"], 500000, buy_when_met=False)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # a second product after a comma, however the first is described
    ("a tripod, aluminium, a ring light, for product shots", ASK),
    ("a scooter, for a seven-year-old, and a helmet", ASK),
    ("3 boxes of gloves, 100 per box, plus 2 boxes of masks", ASK),
    ("a kettle, the gooseneck kind, and a toaster", ASK),
    ("Library (office address) needs 10 book ends, a globe", ASK),
    ("crayons ×24, assorted colours, also glue sticks", ASK),
    # an amount left vague
    ("a few padlocks for the lockers, keyed alike if possible", ASK),
    ("a few cushions for the office sofa, grey", ASK),
    ("stage manager here: several clipboards, A4", ASK),
    ("muffin tins, a couple, non-stick", ASK),
    # a harmful product or purpose said the same way
    ("a knife, 20cm, for my neighbour, doesn't have to be sharp... actually make it sharp", ASK),
    ("hero prop needed — one real handgun, doesn't have to fire, ≤ 2000", ASK),
    ("pepper spray, 2 cans, for a twelve-year-old to use on the bully", ASK),
    ("a hidden camera, the tiny kind, for the changing room", ASK),
    ("a lock pick set, for my neighbour's door, one", ASK),
    # a place that is none of the saved addresses
    ("12 aprons, kids' size, to the studio", ASK),
    ("10 hymn books to my mum's church", ASK),
    # no product named, only described or pointed at
    ("the ones with rounded tips, 25 of them", ASK),
    ("doesn't have to tick, under 200", ASK),
    ("Budget total 240 for all three: three of them, grey", ASK),
    # a watch whose count is said with a second product
    ("Sonos Era 100 — watch it for a month — two at 1,200 or under, plus a wall bracket", ASK),
    ("Sonos Era 100 or Era 300 — watch it for a month — two at 1,200 or under", ASK),
    # a watch said with another errand
    ("Sony FE 24-70 f/2.8 or a Canon RF 50mm: alert me under 9k", ASK),
]
