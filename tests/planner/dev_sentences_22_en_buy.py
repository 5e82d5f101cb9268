"""A twenty-second development set, for English purchases that kept words that are not the product's or were asked
back although everything was said; written here before the readers were changed, to check they read sentences they
were not written from.

Kinds: a scene or a trade said first, then a dash, the product and a bare count ('2', '6 sets') or a count before
the product ('— 4 <product>'); a cap said with a money idiom ('not a penny over 90', '2,000 tops', 'not a cent
more than 60'); an English variety's greeting, closer or particle around the request (Singlish 'lah', Nigerian
'abeg', Jamaican 'mi waan', Indonesian 'kak … ya', Hawaiian 'aloha … mahalo', Philippine 'po', South African 'ja
… lekker', Welsh 'tidy', Scots 'wee', Hinglish 'yaar', Irish 'grand', Aussie 'arvo'), with a party said as the
purpose ('for the braai', 'fuh de fete'); a product taken back for another ('a hammer — no wait, a mallet, one');
'by' typed for 'buy'; a thing broken, then 'new ones' (a pair is one).

The controls stay questions: harm said after a scene's dash, a correction that lands on a harmful item, someone
else's place after the dash, a cap in another currency, a plural with no count.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _buy

READ: list[tuple[str, dict[str, Any]]] = [
    # a scene or a trade, a dash, the product and a bare count
    ("farrier on call — horseshoe nails, the size 5 kind, 6", _buy(["horseshoe nails",
                                                                     "size 5 horseshoe nails"], 6)),
    ("chess club evening — tournament clocks, 4 sets", _buy(["tournament clocks", "chess clocks"], 4)),
    ("choir rehearsal — music stands, folding, 12", _buy(["music stands", "folding music stands"], 12)),
    ("rowing crew — 9 seat pads", _buy(["seat pads"], 9)),
    ("bakery early shift — silicone baking mats, the half-sheet kind, 5",
     _buy(["silicone baking mats", "half-sheet silicone baking mats", "baking mats"], 5)),
    ("netball squad — training bibs, 7 sets", _buy(["training bibs", "bibs"], 7)),
    ("scout troop camp — 15 enamel mugs", _buy(["enamel mugs"], 15)),
    ("upholsterer on the job — tack strips, the 12mm kind, 3", _buy(["tack strips", "12mm tack strips"], 3)),
    ("quiz night — answer sheets pads, 6", _buy(["answer sheets pads", "answer sheet pads"], 6)),
    ("glassblower at the studio — graphite paddles, 3mm, 4", _buy(["graphite paddles", "3mm graphite paddles"], 4)),
    ("book club evening — 10 bookmarks", _buy(["bookmarks"], 10)),
    ("swim team gala — stopwatches, 3 sets", _buy(["stopwatches"], 3)),
    ("yoga class — cork blocks, the large kind, 8", _buy(["cork blocks", "large cork blocks", "cork yoga blocks"], 8)),
    ("stonemason on site — 2 pitching chisels", _buy(["pitching chisels"], 2)),
    ("five-a-side team — 12 shin pads", _buy(["shin pads"], 12)),
    ("wedding florist — it's my office — flower foam bricks, 20",
     _buy(["flower foam bricks", "floral foam bricks"], 20, address_label="office")),
    ("darts league final — soft-tip flights, 6 sets", _buy(["soft-tip flights", "dart flights"], 6)),
    ("dart flights, 3 sets, under 40 each", _buy(["dart flights"], 3, max_unit_price=4000)),
    ("pub quiz team — dry-wipe boards, 5 sets", _buy(["dry-wipe boards", "dry wipe boards"], 5)),
    ("bike courier shift — 3 saddle covers", _buy(["saddle covers"], 3)),
    # a product, one, and a cap said with an idiom or with a thousands comma
    ("a camping stove, one, not a penny over 90", _buy(["camping stove"], 1, max_unit_price=9000)),
    ("a burr grinder, one, 2,000 tops", _buy(["burr grinder"], 1, max_unit_price=200000)),
    ("a drawing tablet, one, not a cent more than 600", _buy(["drawing tablet"], 1, max_unit_price=60000)),
    ("a standing desk, one, 1,200 tops", _buy(["standing desk"], 1, max_unit_price=120000)),
    ("a bread maker, one, not a kuai over 450", _buy(["bread maker"], 1, max_unit_price=45000)),
    ("a telescope, one, 3,500 at the very most", _buy(["telescope"], 1, max_unit_price=350000)),
    ("a pressure washer, one, not a penny more than 800", _buy(["pressure washer"], 1, max_unit_price=80000)),
    ("cast iron skillet, one, 260 tops", _buy(["cast iron skillet"], 1, max_unit_price=26000)),
    ("a dashcam, one, not one yuan over 500", _buy(["dashcam", "dash cam"], 1, max_unit_price=50000)),
    # an English variety's greeting, closer or particle around the request
    ("abeg, get me 2 rechargeable lanterns, under 150", _buy(["rechargeable lanterns"], 2, max_unit_price=15000)),
    ("aloha! one big picnic cooler for the luau, mahalo", _buy(["picnic cooler", "big picnic cooler"], 1)),
    ("kak, can order 2 jars of sambal oelek ya?", _buy(["sambal oelek", "jars of sambal oelek"], 2)),
    ("can buy 3 packs of kaya toast bread or not?", _buy(["kaya toast bread"], 3)),
    ("buy 4 tins of milo for me lah", _buy(["milo", "tins of milo"], 4)),
    ("mi waan one big dutch pot fi di sunday dinner", _buy(["dutch pot", "big dutch pot"], 1)),
    ("ja, one big braai grid for the braai, lekker", _buy(["braai grid", "big braai grid"], 1)),
    ("pa-buy po 2 electric fans, salamat po", _buy(["electric fans"], 2)),
    ("tidy, get us 3 rugby balls for the lads, diolch", _buy(["rugby balls"], 3)),
    ("a wee torch for the car, one, cheers pal", _buy(["torch", "small torch", "wee torch"], 1)),
    ("yaar, order 2 steel tiffin boxes na", _buy(["steel tiffin boxes", "tiffin boxes"], 2)),
    ("grand so, 2 hot water bottles, under 60", _buy(["hot water bottles"], 2, max_unit_price=6000)),
    ("arvo barbie — 3 bags of charcoal, cheers mate", _buy(["charcoal", "bags of charcoal"], 3)),
    ("oi, you lot, 2 big pedestal fans fuh de fete, under 400", _buy(["pedestal fans", "big pedestal fans"], 2,
                                                                      max_unit_price=40000)),
    ("kia ora, one big chilly bin for the hangi, chur", _buy(["chilly bin", "big chilly bin"], 1)),
    ("mela, three glass storage jars, the tall ones", _buy(["glass storage jars", "tall glass storage jars"], 3)),
    ("bula! two woven floor mats for the lounge, vinaka", _buy(["woven floor mats", "floor mats"], 2)),
    ("sawasdee, one rice steamer, khob khun ka", _buy(["rice steamer"], 1)),
    ("boss, abeg one standing fan sharp sharp", _buy(["standing fan"], 1)),
    ("howzit, 2 cooler bags for the beach, shot", _buy(["cooler bags"], 2)),
    ("habibi, one big brass dallah, shukran", _buy(["brass dallah", "big brass dallah", "dallah"], 1)),
    ("babes, 2 lash serums, under 200, obvs", _buy(["lash serums", "lash serum"], 2, max_unit_price=20000)),
    ("shut up, 3 scrunchies, the velvet ones, obvs", _buy(["scrunchies", "velvet scrunchies"], 3)),
    ("ey bro, 1 big speaker fuh de lime", _buy(["speaker", "big speaker"], 1)),
    ("get me 2 umbrellas can, thank you leh", _buy(["umbrellas"], 2)),
    # a product taken back for another
    ("can u get a hammer — no wait, a rubber mallet, one", _buy(["rubber mallet"], 1)),
    ("a kettle — no wait, a gooseneck kettle, one", _buy(["gooseneck kettle"], 1)),
    ("2 pillowcases — sorry, 2 pillow protectors", _buy(["pillow protectors"], 2)),
    ("get me a desk lamp, no wait, a floor lamp, one", _buy(["floor lamp"], 1)),
    ("a yoga block — actually, a yoga strap, two", _buy(["yoga strap", "yoga straps"], 2)),
    ("buy a tennis racket — no, a squash racket, one, under 300", _buy(["squash racket"], 1,
                                                                      max_unit_price=30000)),
    ("pls get a notebook — scratch that, a sketchbook, A5, one", _buy(["sketchbook", "A5 sketchbook"], 1)),
    # 'by' typed for 'buy'; typos in the product kept
    ("plz by 3 bath towles, grey", _buy(["bath towles", "bath towels", "grey bath towels", "grey bath towles"], 3)),
    ("pls by 2 kichen scisors", _buy(["kichen scisors", "kichen scissors", "kitchen scissors"], 2)),
    ("can u by me 4 coat hangars", _buy(["coat hangars", "coat hangers"], 4)),
    ("by 6 tea lites, white", _buy(["tea lites", "white tea lites", "tea lights", "white tea lights"], 6)),
    ("plz by one mattres protecter, double", _buy(["mattres protecter", "double mattres protecter",
                                                   "mattress protector", "double mattress protector"], 1)),
    ("u by 2 dish racks pls", _buy(["dish racks"], 2)),
    # a thing broken, then new ones (a pair is one)
    ("my earbuds died — new ones, under 300, one pair", _buy(["earbuds"], 1, max_unit_price=30000)),
    ("so my reading glasses snapped — new ones, one pair", _buy(["reading glasses"], 1)),
    ("my trainers fell apart — new ones, under 500, one pair", _buy(["trainers"], 1, max_unit_price=50000)),
    ("my hair clippers broke — new ones, under 250", _buy(["hair clippers"], 1, max_unit_price=25000)),
    ("my wellies split — new ones, one pair, under 120", _buy(["wellies"], 1, max_unit_price=12000)),
    ("my oven gloves are burnt — new ones, 2 pairs", _buy(["oven gloves"], 2)),
    ("my garden shears rusted through — new ones, under 180, one pair obvs", _buy(["garden shears"], 1,
                                                                               max_unit_price=18000)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # harm said after a scene's dash
    ("darts team night — steel-tip darts, 10 sets, to throw at the new guy", ASK),
    ("hunting trip — 2 crossbow bolts for my neighbour's cat", ASK),
    ("rowing crew — rat poison, 3 boxes, for the cox's drink", ASK),
    ("scout troop camp — 15 lighters to set the other tents on fire", ASK),
    # a correction that lands on a harmful item
    ("a cap gun — no wait, a real handgun, one", ASK),
    ("a pepper grinder — no wait, a stun gun, one", ASK),
    ("a toy sword — actually, a switchblade, one", ASK),
    # someone else's place after the dash
    ("choir rehearsal — it's my aunt's house — 12 music stands", ASK),
    ("yoga class — that's Bob's flat — 8 cork blocks", ASK),
    ("netball squad — send it to the coach's house — 7 bibs", ASK),
    # a cap in another currency
    ("a camping stove, one, not a penny over 90 pounds", ASK),
    ("a burr grinder, one, 2,000 dollars tops", ASK),
    ("a telescope, one, not a cent more than 400 euros", ASK),
    ("my earbuds died — new ones, under 30 quid, one pair", ASK),
    # a flight that is a journey
    ("darts team night — 2 flights to Macau", ASK),
    ("darts tour — book 3 flights for the team", ASK),
    # a count missing or open
    ("swim team gala — stopwatches", ASK),
    ("quiz night — some answer pads", ASK),
    ("pub quiz team — dry-wipe boards, a few sets", ASK),
    # a variety's request for something harmful or someone else's money
    ("abeg, get me 2 tasers sharp sharp", ASK),
    ("kak, can pay with my sister's card ya? 2 jars of sambal", ASK),
    ("mi waan one gun fi di dance", ASK),
    # a correction that leaves two products
    ("a kettle — no wait, a kettle and a toaster", ASK),
    ("my earbuds died — new ones and a charger, under 300", ASK),
]
