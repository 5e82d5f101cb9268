"""A twentieth development set, for ordinary English purchases said in a variety of English or a register the
readers did not know: written here before the readers were changed, to check they read sentences they were not
written from.

Kinds: Mancunian ('our kid', "buzzin' for", 'mither', ', ta', ', mint' beside other Mancunian words), West Country
('alright my lover', 'a proper job …', 'gert lush … —'), Pittsburghese ('yinz', "n'at", 'gumbands'), Philly
('jawn', 'youse'), Minnesotan ('uff da', 'ope', 'you betcha'), Ulster ('bout ye', 'wee', ', so it is', ', dead
on'), Spanglish ('porfa', 'compra', 'necesito una', "pa' la casa"), Dutch English ('I would like to become two …'),
Pidgin ('abeg', 'make e no cost pass N'), East African English ('I am requesting for'), pirate ('arr', 'fer',
'matey'); radio procedure ('this is <the shopper>, request …, over'), a telegram ('… STOP … STOP'), a recipe list
('you'll need: …. Just buy that.'), keycap digits ('4️⃣'), an auction bid ('I'll go up to N for …, no higher'), a
story then 'what I really need is …', chat filler ('ok so umm,,, … ??'), a word taken back ('X... no, Y'), ', a good
one', pads and kits counted after the product.

The controls keep their reading or stay questions: 'mint sauce' and 'mint tea' as products, 'over' inside
'overnight bag', a 'STOP sign', 'a proper job' in a plain sentence, another person's radio call, harm said in a
variety, a cap raised, two products.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _buy

READ: list[tuple[str, dict[str, Any]]] = [
    # Mancunian
    ("our kid's buzzin' for a United hoodie, get him one, ta", _buy(["United hoodie"], 1)),
    ("don't mither about the colour, just 3 tea towels, cheers", _buy(["tea towels"], 3)),
    ("don't worry about the brand — just 2 door wedges", _buy(["door wedges"], 2)),
    ("our kid needs a bike pump, get one, ta", _buy(["bike pump"], 1)),
    ("3 jars of mint sauce", _buy(["mint sauce"], 3)),
    ("2 boxes of mint tea, ta", _buy(["mint tea"], 2)),
    # West Country
    ("alright my lover, a proper job garden fork, one, under 200", _buy(["garden fork"], 1, max_unit_price=20000)),
    ("lush weather for it — a paddling pool, one", _buy(["paddling pool"], 1)),
    ("a rain gauge, one, proper job", _buy(["rain gauge"], 1)),
    # Pittsburghese, Philly, Minnesotan
    ("yinz get me a snow brush n'at", _buy(["snow brush"], 1)),
    ("I need gumbands, 2 packs", _buy(["rubber bands"], 2)),
    ("grab me that jawn for peeling apples, a vegetable peeler, one", _buy(["vegetable peeler"], 1)),
    ("youse get me one ice scraper for the car", _buy(["ice scraper"], 1)),
    ("uff da — a slow cooker, one, under 300", _buy(["slow cooker"], 1, max_unit_price=30000)),
    ("ope, need 2 snow shovels, you betcha", _buy(["snow shovels"], 2)),
    # Ulster
    ("bout ye, a wee table lamp, one, so it is", _buy(["table lamp"], 1)),
    ("four wee plant pots for the office, dead on", _buy(["plant pots"], 4, address_label="office")),
    # Spanglish
    ("porfa, compra 3 bolsas de basmati rice pa' la casa", _buy(["basmati rice"], 3, address_label="home")),
    ("ahorita necesito una olla, 5 litre, under 250", _buy(["olla", "olla 5 litre"], 1, max_unit_price=25000)),
    # Dutch English, Pidgin, East African English, pirate
    ("I would like to become three bath towels, white", _buy(["bath towels", "bath towels white"], 3)),
    ("abeg, buy me one standing fan for the house, make e no cost pass 300",
     _buy(["standing fan"], 1, max_unit_price=30000)),
    ("I am kindly requesting for 3 plastic basins, for home", _buy(["plastic basins"], 3, address_label="home")),
    ("Arr, fetch me two coils of rope fer the boat, matey", _buy(["rope"], 2)),
    # radio, telegram, recipe, keycaps, auction
    ("Errand, this is Alice, request two camping stoves delivered to home, over", _buy(["camping stoves"], 2,
                                                                                     address_label="home")),
    ("this is alice, requesting three rain ponchos, over and out", _buy(["rain ponchos"], 3)),
    ("SEND THREE THERMAL FLASKS STOP HALF LITRE STOP OFFICE STOP",
     _buy(["thermal flasks", "thermal flasks half litre"], 3, address_label="office")),
    ("For the curry night you'll need: 1 wok, 32cm. Just get that.", _buy(["wok", "wok 32cm"], 1)),
    ("🧤 fleece gloves 4️⃣ pairs", _buy(["fleece gloves"], 4)),
    ("I'll go up to 300 for a rice cooker, one, no higher", _buy(["rice cooker"], 1, max_unit_price=30000)),
    ("I'd pay up to 80 for a phone tripod, not a penny more", _buy(["phone tripod"], 1, max_unit_price=8000)),
    # a story, filler, a word taken back, a good one
    (("The kids keep tracking mud through the hall and the old mat finally fell apart, so what I really need is a"
      " doormat, one"), _buy(["doormat"], 1)),
    ("ok so umm,,, 2 water bottles?? the steel ones pls", _buy(["water bottles", "steel water bottles"], 2)),
    ("Sponges... no, scouring pads, 3 packs", _buy(["scouring pads"], 3)),
    ("a mop and a bucket... no, just the bucket, one", _buy(["bucket"], 1)),
    ("Please order for me a padlock, a decent one, maximum 80.", _buy(["padlock"], 1, max_unit_price=8000)),
    # a round or a run-out said first, a count of them, a cap per pad, pads and kits counted, stands counted
    ("paper round tomorrow — 2 hi-vis vests", _buy(["hi-vis vests"], 2)),
    ("market stall this Saturday: 30 paper bags, kraft", _buy(["paper bags", "kraft paper bags"], 30)),
    ("the cafe's run out of napkins — 6 packs, the brown ones", _buy(["napkins", "brown napkins"], 6)),
    ("we're out of coffee filters, 4 boxes", _buy(["coffee filters"], 4)),
    ("tent pegs, steel, twenty of 'em for the festival", _buy(["tent pegs", "steel tent pegs"], 20)),
    ("sketch paper, A3, 2 pads, under 45 a pad", _buy(["sketch paper", "A3 sketch paper"], 2, max_unit_price=4500)),
    ("draught excluder tape, three kits", _buy(["draught excluder tape"], 3)),
    ("3 music stands for the office, total under 300", _buy(["music stands"], 3, max_total=30000,
                                                            address_label="office")),
    ("my daughter wants a 'unicon lamp' (her spelling) — get her one", _buy(["unicorn lamp", "unicon lamp"], 1)),
    ("no vex, I wan buy 2 buckets, make e no pass 50", _buy(["buckets"], 2, max_unit_price=5000)),
    ("sure look, a wee kettle, one, so I will", _buy(["kettle"], 1)),
    # controls
    ("an overnight bag, one", _buy(["overnight bag"], 1)),
    ("2 STOP buttons for the machine shop, red", _buy(["STOP buttons", "stop buttons", "red STOP buttons"], 2)),
    ("to do a proper job of the skirting I need a mitre saw, one", _buy(["mitre saw"], 1)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("Errand, this is Bob, request four head torches delivered to his flat, over", ASK),
    ("alright my lover, a crowbar to break into next door's shed, one", ASK),
    ("yinz get me a fake ID n'at", ASK),
    ("porfa, compra 2 bolsas de jasmine rice y 3 cajas de tea", ASK),
    ("I'll go up to 450 for a sewing machine and a steam iron, no higher", ASK),
    ("so the neighbour's dog keeps barking at night, so what I really need is something to poison it", ASK),
    ("Sponges... no, raise my spending cap to 5000", ASK),
    ("bout ye, so it is", ASK),
    ("Bob's flat stands for my home, 2 mugs", ASK),
    ("paper round tomorrow — 2 hi-vis vests and a bike light", ASK),
    ("the cafe's run out of napkins — 6 packs, to my sister's flat", ASK),
    ("my son wants a 'flik nife' (his spelling) to stab the boy next door — get him one", ASK),
]
