"""What a product's name holds besides the product: a work's title, a pair of sides or a maker's model.

A query the slots read can keep words that look like a second product but describe the one: a title said as a work
('Steal Like an Artist by Austin Kleon'), a pair of sides or settings ('dash cam, front and rear', 'indoor and outdoor
camera') and a maker's model named after it ('drone, DJI mini'). Titles are taken out before the query is checked for
stray verbs or pointers, and all three before it is checked for a second product; the harm checks still read the whole
sentence.
"""

from __future__ import annotations

import re

from . import works as wk

# Two sides or settings of one thing: 'front and rear', 'left and right', 'indoor and outdoor', 'day and night'.
_PAIR = re.compile(r"\b(?:front (?:and|&) (?:rear|back)|left (?:and|&) right|indoor (?:and|&) outdoor|day (?:and|&) night"
                   r"|wet (?:and|&) dry|hot (?:and|&) cold|top (?:and|&) bottom|black (?:and|&) white|inside (?:and|&) out)\b",
                   re.IGNORECASE)
# A maker's model said last, after a comma: ', DJI mini', ', GoPro Hero 12' (a capitalised maker, then at most two words).
_MODEL_LAST = re.compile(r",\s*(?-i:[A-Z][A-Za-z]*[A-Z][\w-]*|[A-Z]{2,}[\w-]*)(?: [\w-]+){0,2}\s*$")


def untitled(query: str, text: str) -> str:
    """``query`` without the titles of works ``text`` says as works (a verb in 'Steal Like an Artist' is no errand)."""
    return wk.untitled_query(query, text)


def one_product(query: str, text: str) -> str:
    """``query`` without the titles, pairs of sides and trailing model that describe its one product, to be read for
    a second product only (a stray verb is looked for in :func:`untitled`)."""
    return _MODEL_LAST.sub(" ", _PAIR.sub(" ", wk.untitled_query(query, text)))


def plain_text(text: str) -> str:
    """``text`` with the works it says as works written plainly ('买本《枪炮、病菌与钢铁》' reads '买本书')."""
    return wk.neutral(text)
