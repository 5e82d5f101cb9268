"""What a product's name holds besides the product: a work's title, a pair of sides or a maker's model.

A query the slots read can keep words that look like a second product but describe the one: a title said as a work
('Steal Like an Artist by Austin Kleon'), a pair of sides or settings ('dash cam, front and rear', 'indoor and outdoor
camera') and a maker's model named after it ('drone, DJI mini'). Titles are taken out before the query is checked for
stray verbs or pointers, and all three before it is checked for a second product; the harm checks still read the whole
sentence. With them, what a product phrase never holds: words the slots left unread (a time, an order's id, a
person acting) and a thing named only by what someone did with it ('the one I sent back').
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


# Words a product phrase does not hold: a person acting or owning ("the one I sent back", "when it's 399"), a time
# or a shop's name left after the slots ("from Chagee at 3pm"), a date (2月30号); the slots did not read them.
UNACCOUNTED = re.compile(
    r"\b(?:i'?ll|it'?s|(?:when|whenever|once|if|until|unless) (?:it|they|the price|its|the)|until|unless|whose"
    r"|that (?:goes|matches|was|were|i|you|we|he|she|they))\b"
    r"|^(?:from|at|by|to|for|with|on|in)\b|\b(?:at|by|before|around) (?:\d|noon|midday|midnight|lunch)"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b(?:today|tomorrow|tonight|o'?clock)\b"
    r"|\bord_\w+|\b(?:buy|bulk|watch|return|reschedule)-\w+-|\banymore\b|\d+\s*月|\d+\s*[号日](?=$|\s|[前后之送到的晚早上下中,，])|[今明后]天|[上下]午|晚上|早上|点钟|(?:寄|送|发)(?:去|到|给|往)", re.IGNORECASE)
# A thing named only by what someone did with it: "the one I sent back", "the ones you showed me", "她上次用的那个".
POINTER = re.compile(r"(?<!\blike )(?<!\bas )\b(?:the|that|those|this|these) (?:one|ones|thing|things|kind|type|model|stuff)\s+(?:that\s+|which\s+)?"
                     r"(?:i|you|we|he|she|they|my \w+|[a-z]+ (?:had|got|bought|used|sent|returned|showed|liked))\b"
                     r"|(?:我|你|他|她|我们)(?:上次|之前|以前|刚才|那天)(?:买|用|退|寄|发|推荐)(?:过|了)?的(?:那个|那款|那种|那些)",
                     re.IGNORECASE)
