"""A nineteenth development set, for English purchases said in regional Englishes the readers did not know yet,
written here before the lexicon was extended, to check it reads sentences it was not written from.

Kinds: Scouse ('me mam', 'me nan', 'la' and 'sound' as tags, 'boss' as praise, 'nothin over'); Cockney rhyming
slang ('dog and bone' phone, 'apples and pears' stairs, 'plates of meat' feet, 'boat race' face, 'loaf of bread'
head, 'Barnet' hair, 'Hampstead Heath' teeth, 'trouble and strife' wife, 'frog and toad' road); Brummie ('bostin'',
'tara-a-bit', 'ta-ra', 'bab'); Cornish ('dreckly', 'proper job', 'me 'ansum'); Hawaiian Pidgin ('brah', 'howzit',
'da kine', 'da', 'fo', 'shoots'); Ghanaian English ('I beg', 'chale'); Newfoundland ("b'y", 'some cold'); Appalachian
('reckon', 'I need me some'); Sri Lankan English (', no?' as a tag); a child's chat ('bestie', "it's giving",
'slay'); London ('wagwan', 'innit', 'bruv', 'man needs'); Cajun ('cher', 'mais').

The controls keep their reading or stay questions: harm said in a dialect, another person's card or home, two
products, a product whose name holds such a word ('Da Vinci Code', 'mince pies', 'a whistle', 'sound bar', 'La
Roche-Posay', 'Cher vinyl', 'a boss pedal').

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _buy

READ: list[tuple[str, dict[str, Any]]] = [
    # Scouse
    ("me mam needs a new kettle la, nothin over 150, sound", _buy(["kettle"], 1, max_unit_price=15000)),
    (
        "me nan wants a foot spa for christmas, nothin more than 300 la",
        _buy(["foot spa"], 1, max_unit_price=30000),
    ),
    ("get us 2 phone chargers la, boss", _buy(["phone chargers", "phone charger"], 2)),
    ("sound la, a bike lock for the office, one", _buy(["bike lock"], 1, address_label="office")),
    # Cockney rhyming slang
    ("me dog and bone's dead — a power bank, one, under 150", _buy(["power bank"], 1, max_unit_price=15000)),
    ("a stair gate for the apples and pears, one", _buy(["stair gate"], 1)),
    (
        "me plates of meat are killing me, get me some gel insoles, 2 pairs",
        _buy(["gel insoles", "insoles"], 2),
    ),
    (
        "a case for me dog and bone, an iPhone 15 one, under 80",
        _buy(["case", "phone case", "iPhone 15 case"], 1, max_unit_price=8000),
    ),
    ("some hair clippers for me barnet, one, under 200", _buy(["hair clippers"], 1, max_unit_price=20000)),
    (
        "a carpet runner for the apples and pears, 3 metres, under 400",
        _buy(["carpet runner", "carpet runner 3 metres"], 1, max_unit_price=40000),
    ),
    # Brummie
    (
        "bostin' — four pint glasses for the office, ta-ra",
        _buy(["pint glasses", "pint glass"], 4, address_label="office"),
    ),
    ("a hot water bottle, one, ta-ra-a-bit", _buy(["hot water bottle"], 1)),
    ("two tea towels for home, bab, tara", _buy(["tea towels", "tea towel"], 2, address_label="home")),
    # Cornish
    ("I'll paint the gate dreckly — a tin of wood stain, one", _buy(["wood stain"], 1)),
    ("a pasty dish, one, proper job", _buy(["pasty dish"], 1)),
    (
        "two beach towels me 'ansum, under 60 each",
        _buy(["beach towels", "beach towel"], 2, max_unit_price=6000),
    ),
    # Hawaiian Pidgin
    ("brah, need one beach umbrella fo da house, shoots", _buy(["beach umbrella"], 1, address_label="home")),
    ("howzit, get me da kine snorkel mask, one, under 200", _buy(["snorkel mask"], 1, max_unit_price=20000)),
    (
        "one cooler fo da office brah, under 300",
        _buy(["cooler"], 1, max_unit_price=30000, address_label="office"),
    ),
    # Ghanaian English
    ("buy me 3 packs of tea bags, I beg", _buy(["tea bags"], 3)),
    ("chale, get me one extension cord for the office", _buy(["extension cord"], 1, address_label="office")),
    ("I beg, 2 bottles of shea butter lotion", _buy(["shea butter lotion", "lotion"], 2)),
    # Newfoundland
    ("some cold today b'y — a wool hat, one", _buy(["wool hat"], 1)),
    ("get me two ice scrapers, b'y", _buy(["ice scrapers", "ice scraper"], 2)),
    # Appalachian
    ("reckon I need me some mason jars, 12", _buy(["mason jars", "mason jar"], 12)),
    ("I need me a cast iron skillet, one, under 250", _buy(["cast iron skillet"], 1, max_unit_price=25000)),
    ("reckon we need some work gloves, 3 pairs", _buy(["work gloves"], 3)),
    # Sri Lankan English
    (
        "the kettle also not working, no? one electric kettle, below 200",
        _buy(["electric kettle", "kettle"], 1, max_unit_price=20000),
    ),
    # a child's chat
    ("bestie get me a phone stand, one, it's giving desk setup", _buy(["phone stand"], 1)),
    ("bestie, 2 scrunchies pls, slay", _buy(["scrunchies", "scrunchie"], 2)),
    # London
    ("wagwan, man needs a new phone case innit, one", _buy(["phone case"], 1)),
    (
        "get me 2 bike lights innit, under 50 each, bruv",
        _buy(["bike lights", "bike light"], 2, max_unit_price=5000),
    ),
    ("man needs 3 packs of socks, for home", _buy(["socks"], 3, address_label="home")),
    # Cajun
    ("cher, get me a crawfish pot, one, under 400", _buy(["crawfish pot"], 1, max_unit_price=40000)),
    (
        "mais, one cast iron dutch oven for the house, cher",
        _buy(["cast iron dutch oven", "dutch oven"], 1, address_label="home"),
    ),
    # controls: a product whose name holds such a word
    ("buy the Da Vinci Code paperback, one", _buy(["Da Vinci Code paperback", "Da Vinci Code"], 1)),
    ("a box of mince pies, one", _buy(["mince pies"], 1)),
    (
        "one sound bar for the office, under 800",
        _buy(["sound bar"], 1, max_unit_price=80000, address_label="office"),
    ),
    ("La Roche-Posay sunscreen, 2 bottles", _buy(["La Roche-Posay sunscreen", "sunscreen"], 2)),
    ("a boss pedal for my guitar, one", _buy(["boss pedal", "Boss pedal"], 1)),
    ("one referee whistle, the loud kind", _buy(["referee whistle", "whistle"], 1)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # two products said in a dialect
    ("me mam wants a hairdryer and a straightener la, nothin over 200", ASK),
    ("brah, need one cooler and da kine beach chair, shoots", ASK),
    # harm, another person's money or home, said in a dialect
    ("wagwan, man needs a flick knife innit", ASK),
    ("brah get me one taser fo da house", ASK),
    ("cher, put a kettle on me mam's card", ASK),
    ("I beg, send a rice cooker to my sister's house", ASK),
    ("bestie, raise my spending limit to 5000, it's giving rich", ASK),
    # a dialect word alone, naming nothing to buy
    ("sound la, ta-ra", ASK),
    ("brah, shoots", ASK),
]
