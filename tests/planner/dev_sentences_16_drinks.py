"""A sixteenth development set for drinks orders written tersely, in English: new sentences of the kinds the eleventh
fresh set showed misread, written here before the mechanisms were changed, to check they read sentences they were
not written from.

Kinds: a drink, its count alone in a clause, the place and a deadline written with a 24-hour clock ('…, 14, office,
before 11:30 today'), whose minutes are no count; a date written with a dot, month first or day first, before a
clock ('11.27 3pm', '28.11 4pm'). With them, controls that must keep their reading: the same list with a clock said
'3pm', a date written with a slash, a price with a decimal point, and a date with a dot that could be either day
or month ('12.11'), which is not read as a date.

Same clock as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai). ``READ`` and ``ASKED`` are read by the
whole planner.
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, T, _bulk, _buy

READ: list[tuple[str, dict[str, Any]]] = [
    # the count alone in a clause, a 24-hour clock in the deadline
    ("Luckin coconut latte, 18, office, before 14:30 today",
     _bulk(["coconut latte", "coconut lattes"], 18, T + "14:30:00", chain="Luckin", address_label="office")),
    ("Mixue lemon tea, 25, office, by 16:45",
     _bulk(["lemon tea", "lemon teas"], 25, T + "16:45:00", chain="Mixue", address_label="office")),
    ("HeyTea grape cheese tea, 12, office, before 15:15",
     _bulk(["grape cheese tea", "grape cheese teas"], 12, T + "15:15:00", chain="HeyTea", address_label="office")),
    ("Chagee jasmine milk tea, 20, large, office, by 17:30 today",
     _bulk(["jasmine milk tea", "jasmine milk teas"], 20, T + "17:30:00", chain="Chagee", address_label="office",
           options={"size": "large"})),
    # a date written with a dot before a clock
    ("Chagee jasmine milk tea x 12, office, 11.27 3pm",
     _bulk(["jasmine milk tea", "jasmine milk teas"], 12, "2026-11-27T15:00:00", chain="Chagee", address_label="office")),
    ("Luckin americano x 15, large, office, 11.28 10am",
     _bulk(["americano", "americanos"], 15, "2026-11-28T10:00:00", chain="Luckin", address_label="office",
           options={"size": "large"})),
    ("Mixue lemon tea x 30, office, 28.11 4pm",
     _bulk(["lemon tea", "lemon teas"], 30, "2026-11-28T16:00:00", chain="Mixue", address_label="office")),
    ("HeyTea mango smoothie x 10, office, 11.30 at 2pm",
     _bulk(["mango smoothie", "mango smoothies"], 10, "2026-11-30T14:00:00", chain="HeyTea", address_label="office")),
    # controls: a clock said 'pm', a date with a slash, a decimal price
    ("Luckin coconut latte, 18, office, by 3pm",
     _bulk(["coconut latte", "coconut lattes"], 18, T + "15:00:00", chain="Luckin", address_label="office")),
    ("Chagee jasmine milk tea x 12, office, 27/11 3pm",
     _bulk(["jasmine milk tea", "jasmine milk teas"], 12, "2026-11-27T15:00:00", chain="Chagee", address_label="office")),
    ("buy a rice cooker under 299.50", _buy(["rice cooker"], 1, max_unit_price=29950)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # a date with a dot that could be either the day or the month, a clock no day has
    ("Luckin americano x 15, office, 12.11 3pm", ASK),
    ("Mixue lemon tea, 20, office, before 25:30", ASK),
]
