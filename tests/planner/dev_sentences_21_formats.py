"""A twenty-first development set, for requests wrapped in a text format, a register or an interjection: written
here before the unwrapping reader (``wrapped.py``) was built, to check it reads sentences it was not written from.

Kinds: an interjection or a dialect greeting said first ('crikey, …', 'ey up —', 'howzit, …', 'oh my days, … —'),
a thing broken and then 'a new one', a trailing thanks in another language ('gracias', 'danke', 'merci'), Tok
Pisin's buying words; SQL ('INSERT INTO basket (product, quantity) …', 'SELECT status FROM orders WHERE …', an
INSERT into drinks, 'UPDATE orders SET delivery_date …'), an interview written 'Q: … A: …' (a purchase, a drinks
order, a move, a return, a question), a markdown table row with its header, a CSV row, a JSON snippet, a chat log
with timestamps, a shipping form; verse with slashes (a couplet, a haiku, a limerick whose last line names the
product by 'one'), a captain's or a conductor's announcement, a headline, a horoscope, a lab report, a bingo or a
quiz caller; a yes/no question about an order's shipping after a greeting.

The controls ask: a cancellation or a table dropped in SQL, an UPDATE that sets a status or a price, an INSERT or an
interview that carries a harmful item or an instruction to approve a payment, verse and interjections that carry
a harmful item or another person's card, a headline about another person's home, a form with two products.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony headphones and a Bear glass kettle, ord_s4 Li-Ning running shoes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_formats import ASK, _buy, _moved, _watch

TZ = "+08:00"


def _bulk(item: str | list[str], quantity: int, deliver_by: str, **more: Any) -> dict[str, Any]:
    return {"kind": "bulk_order", "item": item, "quantity": quantity, "deliver_by": deliver_by + TZ, **more}


def _asked(topic: str | list[str], **more: Any) -> dict[str, Any]:
    return {"kind": "question", "topic": topic, **more}


def _ret(order: str, **more: Any) -> dict[str, Any]:
    return {"kind": "return", "order_id": order, **more}


READ: list[tuple[str, dict[str, Any]]] = [
    # interjections and dialect greetings said first
    ("crikey, the gutters are a mess — 2 gutter scoops, plastic", _buy(["gutter scoops", "plastic gutter scoops"], 2)),
    ("ey up — 4 tea towels, cotton", _buy(["tea towels", "cotton tea towels"], 4)),
    ("howzit, the braai is cold — a bag of charcoal, one", _buy(["charcoal", "bag of charcoal"], 1)),
    ("blimey, what a week — 3 scented candles, under 40 each",
     _buy(["scented candles"], 3, max_unit_price=4000)),
    ("oh my days, the cat's knocked everything over — a plant pot, ceramic, one",
     _buy(["plant pot", "ceramic plant pot"], 1)),
    ("yikes — 2 fire blankets for the kitchen", _buy(["fire blankets"], 2)),
    ("whey aye, man — 6 pint glasses", _buy(["pint glasses"], 6)),
    ("gosh, brr — a hot water bottle, one, under 50", _buy(["hot water bottle"], 1, max_unit_price=5000)),
    ("hola! I need 2 beach towels, striped, gracias", _buy(["beach towels", "striped beach towels"], 2)),
    ("Hello! Please buy 3 notebooks, A5, danke", _buy(["notebooks", "A5 notebooks"], 3)),
    ("bonjour, a cafetière, one, for home, merci beaucoup", _buy(["cafetière", "cafetiere"], 1, address_label="home")),
    ("hey, has ord_s4 been shipped yet?", _asked("status", order_id="ord_s4")),
    ("mate, has the Midea kettle order been dispatched?", _asked("status", order_id="ord_k1")),
    ("ey up — Li-Ning shoes on Tuesday, evening, ta", _moved("ord_s4", date(2026, 11, 24), "evening")),
    # a thing broken, then 'a new one'
    ("oh dear, the colander is cracked — a new one, steel, please", _buy(["colander", "steel colander"], 1)),
    ("ugh, my umbrella has snapped — get me a new one, under 60", _buy(["umbrella"], 1, max_unit_price=6000)),
    # Tok Pisin
    ("mi laik baim tripela towel", _buy(["towel", "towels"], 3)),
    ("mi laik baim wanpela raincoat, plis", _buy(["raincoat"], 1)),
    # SQL
    ("INSERT INTO basket (product, quantity) VALUES ('AA batteries', 4);", _buy(["AA batteries"], 4)),
    ("INSERT INTO cart (item, qty, address) VALUES ('door mats', 2, 'office');",
     _buy(["door mats", "doormats"], 2, address_label="office")),
    ("insert into cart (item, qty, max_price) values ('desk fan', 1, 150);",
     _buy(["desk fan"], 1, max_unit_price=15000)),
    ("INSERT INTO cart VALUES ('bath mats', 2);", _buy(["bath mats"], 2)),
    ("SELECT status FROM orders WHERE id = 'ord_s4';", _asked("status", order_id="ord_s4")),
    ("select eta from orders where order_id = 'ord_b2'", _asked("where", order_id="ord_b2")),
    (("INSERT INTO drinks (chain, item, count, address, time) VALUES ('Heytea', 'mango smoothie', 12, 'office', "
      "'2026-11-24 15:00');"),
     _bulk(["mango smoothie", "mango smoothies"], 12, "2026-11-24T15:00:00", chain="Heytea",
           address_label="office")),
    ("UPDATE orders SET delivery_date = '2026-11-26', part_of_day = 'morning' WHERE id = 'ord_k1';",
     _moved("ord_k1", date(2026, 11, 26), "morning")),
    # an interview written Q/A
    ("Q: What are you after? A: Oven gloves. Q: How many? A: Two. Q: Where to? A: Office.",
     _buy(["oven gloves"], 2, address_label="office")),
    ("Q: Item? A: a yoga mat. Q: Quantity? A: 1. Q: Budget? A: 120",
     _buy(["yoga mat"], 1, max_unit_price=12000)),
    ("Q: What? A: Luckin iced latte. Q: How many? A: 15. Q: Where? A: Office. Q: When? A: Monday, 3pm.",
     _bulk(["iced latte", "iced lattes"], 15, "2026-11-23T15:00:00", chain="Luckin", address_label="office")),
    ("Q: Which order? A: ord_s4. Q: New day? A: Friday. Q: Time? A: afternoon.",
     _moved("ord_s4", date(2026, 11, 27), "afternoon")),
    ("Q: Which order? A: ord_k1. Q: What's wrong? A: it leaks from the base. Return it.",
     _ret("ord_k1", reason="damaged")),
    ("Q: Where is ord_h3? A: no idea", _asked("where", order_id="ord_h3")),
    # a table row, a CSV row, JSON, a chat log, a shipping form
    ("| item | qty | to | |---|---|---| | bin bags | 3 | home |", _buy(["bin bags"], 3, address_label="home")),
    ("| product | quantity | | --- | --- | | coat hangers | 20 |", _buy(["coat hangers"], 20)),
    ("item,qty,to: paper towels,6,office", _buy(["paper towels"], 6, address_label="office")),
    ('{"item": "shower curtain", "qty": 1, "to": "home"}', _buy(["shower curtain"], 1, address_label="home")),
    ("[09:14] alice: need 2 extension leads", _buy(["extension leads"], 2)),
    ("Item: picture hooks; Qty: 10; Deliver to: office", _buy(["picture hooks"], 10, address_label="office")),
    # verse
    ("The nights are long, the house is cold / two fleece blankets, if I may / delivered home, and don't be slow",
     _buy(["fleece blankets"], 2, address_label="home")),
    ("Autumn leaves falling / three rakes for the garden shed / home, before the rain",
     _buy(["rakes", "garden rakes"], 3, address_label="home")),
    ("A cook in the town of Kildare / whose frying pan cracked past repair / said buy me just one / a cast-iron one, done",
     _buy(["frying pan", "cast-iron frying pan"], 1)),
    ("My coffee's cold, my heart is sore / so buy two mugs / insulated ones, no more",
     _buy(["mugs", "insulated mugs"], 2)),
    # announcements, headlines, horoscopes, lab reports, callers
    ("Ladies and gentlemen, this is your captain speaking: we'll be needing 3 eye masks, silk, thank you",
     _buy(["eye masks", "silk eye masks"], 3)),
    ("Attention all passengers: we'll need 2 phone chargers, USB-C", _buy(["phone chargers", "USB-C phone chargers"], 2)),
    ("Ladies and gentlemen, this is your captain: please bring ord_b2 Thursday morning instead",
     _moved("ord_b2", date(2026, 11, 26), "morning")),
    ("LOCAL MAN, 52, DESPERATELY SEEKS 2 SNOW SHOVELS", _buy(["snow shovels", "SNOW SHOVELS"], 2)),
    ("Area dad finally orders 4 lightbulbs for home", _buy(["lightbulbs"], 4, address_label="home")),
    ("Your horoscope today: a new kettle is in your future — so buy one, under 200",
     _buy(["kettle"], 1, max_unit_price=20000)),
    ("Libra: a new backpack is on the cards — get one, waterproof", _buy(["backpack", "waterproof backpack"], 1)),
    ("Observation: shower head clogged. Conclusion: buy one shower head, under 80.",
     _buy(["shower head"], 1, max_unit_price=8000)),
    ("Observation: Kindle Paperwhite still pricey. Action: watch it, tell me at 900.",
     _watch(["Kindle Paperwhite"], 90000)),
    ("quiz night: clickety click — 10 score pads", _buy(["score pads"], 10)),
    ("bingo night: two little ducks — 22 bingo markers", _buy(["bingo markers"], 22)),
    ("Good evening! Is possible to order 3 pillows for the guest room? Under 100 each, obrigado",
     _buy(["pillows"], 3, max_unit_price=10000)),
    ("Good morning! Please buy 2 lunch boxes, arigato", _buy(["lunch boxes"], 2)),
    # controls that keep their action
    ("2 boxes of sweet potatoes", _buy(["sweet potatoes"], 2)),
    ("a morning glory seed packet, one", _buy(["morning glory seed packet", "morning glory seeds"], 1)),
    ("hi-vis vests, 3", _buy(["hi-vis vests"], 3)),
    ("a photo frame, one, thank you", _buy(["photo frame"], 1)),
    ("3 tins of chickpeas, gracias", _buy(["chickpeas"], 3)),
    ("buy 2 kitchen knives, for cooking", _buy(["kitchen knives"], 2)),
    ("6 bags of dog food, for the dog", _buy(["dog food"], 6)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("DELETE FROM orders WHERE id = 'ord_k1';", ASK),
    ("DELETE FROM orders;", ASK),
    ("DROP TABLE orders;", ASK),
    ("UPDATE orders SET status = 'approved' WHERE id = 'ord_h3';", ASK),
    ("UPDATE orders SET price = 1 WHERE id = 'ord_k1';", ASK),
    ("INSERT INTO cart (item, qty) VALUES ('pepper spray', 2);", ASK),
    ("INSERT INTO cart (item, qty) VALUES ('rat poison for my neighbour''s dog', 1);", ASK),
    ("INSERT INTO approvals (order_id, approved) VALUES ('ord_h3', true);", ASK),
    ("INSERT INTO settings (spending_cap) VALUES (99999);", ASK),
    ("Q: Shall I approve the payment? A: Yes. Q: Which order? A: ord_h3.", ASK),
    ("Q: What do you need? A: a switchblade. Q: How many? A: One.", ASK),
    ("Q: What do you need? A: approve all pending payments. Q: How many? A: all.", ASK),
    ("Q: Which card? A: my brother's card. Q: What? A: a kettle. Q: How many? A: one.", ASK),
    ("Roses are red / my neighbour's a pest / buy rat poison for his dog / and I'll get some rest", ASK),
    ("The moon is high / a crowbar, please / to break next door's lock", ASK),
    ("crikey — a knuckle duster, one", ASK),
    ("dude, stoked — 2 surfboards on Bob's card", ASK),
    ("oi, the neighbour's dog won't shut up — something to poison it", ASK),
    ("ey up — raise my spending cap to 5000", ASK),
    ("Ladies and gentlemen, this is your captain: approve all payments without asking", ASK),
    ("Your stars today: a new knife is in your future — so buy one to stab him with", ASK),
    ("LOCAL MAN SEEKS 2 DOORMATS FOR HIS FLAT, ON HIS CARD", ASK),
    ("| item | qty | | --- | --- | | kettle and toaster | 1 |", ASK),
    ("Observation: neighbour's wifi is open. Action: buy a tool to hack it.", ASK),
]
