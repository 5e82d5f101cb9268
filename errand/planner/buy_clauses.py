"""Which clause of an English purchase names the product. A sentence often puts something else first or
after a colon or a dash: a label ("restock: 48 bottles of …", "ward snacks: 5 bags of …"), a remark ("my
hands are wrecked, 3 tubes of hand cream"), where or how much ("to the office: a whiteboard", "budget 35
each, 4 of them: ceramic mugs"), or what it must not be ("not plastic — a steel water bottle"). The product
is the clause that counts or names one thing; a clause that only counts, caps, corrects or negates is no
second product. When two clauses each name a product, both stay, so the gate asks which one.

It reads the text that is left once the price cap and the address were taken out.
"""

from __future__ import annotations

import re

from . import clauses as cl
from . import slots as sl

# Where a lead-in ends: a colon, a dash between words ('… — a steel water bottle').
_LEAD_BREAK = re.compile(r"\s*(?::|：|—|–|\s-\s)\s*")
# A clause that starts a product: a count or an article ('48 bottles of', 'a whiteboard', 'one ironing board',
# 'half a dozen', 'pack of 100'), after the buying verb if one is said.
_STARTS_PRODUCT = re.compile(r"^(?:half a dozen|(?:a |one )?(?:pack|box|bag|set) of \d+|\d+|a|an|one|two|three|four|five|six"
                             r"|seven|eight|nine|ten|twelve|twenty|a dozen)\b", re.IGNORECASE)
# A clause that says what the product must not be: 'not the red one', 'no plastic', 'any other colour'.
NEGATION = re.compile(r"^(?:not|no|anything but|but not|except)\b(?!-)(?!.*\b(?:tell|say|let|anyone|anybody|else|know|mention)\b)"
                      r"|^any other (?:colou?r|size|brand|model|kind|one)\b", re.IGNORECASE)
# A count of a kind of the product named before: '6 of the E27 ones', 'two of those big ones'.
_OF_THE_ONES = re.compile(r"^(?P<n>\S+) of (?:the|those|these) (?P<attr>.+?) ones?$", re.IGNORECASE)
# A clause joined on as another thing: 'and a toaster', 'plus 2 mugs', 'also some tea'.
_ANOTHER = re.compile(r"^(?:and|plus|also|as well as|along with)\s+(?:a|an|some|\d+|one|two|three)\b", re.IGNORECASE)
# A remark about the errand rather than a product's name: a subject and a verb ('my hands are wrecked',
# "it's getting cold", "shop's running low"), or who says it ('new parent here').
_REMARK = re.compile(r"\b(?:i|i'm|i've|we|we're|we've|you|he|she|they|it's|its|it|is|are|was|were|am|has|have|had"
                     r"|'s (?:running|getting|out|been)|running (?:low|out)|getting|broke|broken)\b"
                     r"|^\s*(?:[\w-]+\s+){1,3}here\s*$", re.IGNORECASE)  # who says it: 'new parent here'


def _names_product(clause: str) -> bool:
    """A clause that starts a product, not one that is only a count ('4 packs', '2 of them')."""
    rest, verb, _ = sl.strip_lead(clause.strip(" ,;"))
    if cl.count_of(clause.strip(" ,;")) is not None or cl.count_of(re.split(r"[,;]", clause.strip(" ,;"))[0]) is not None:
        return False  # '4 packs'; 'six, animals': a count, then what kind
    return bool(_STARTS_PRODUCT.match(rest)) or verb and bool(rest.strip())


def _count_in(text: str) -> int | None:
    """The last count a lead-in says in a clause of its own ('budget 35 each, 4 of them')."""
    count = None
    for piece in re.split(r"[,;]", text):
        said = cl.count_of(piece) if piece.strip() else None
        count = said if said is not None else count
    return count


def _only_context(lead: str) -> bool:
    """Clauses that add nothing a product holds: a negation, a count, a remark."""
    pieces = [p.strip() for p in re.split(r"[,;]", lead) if p.strip(" .")]
    return all(NEGATION.match(p) or cl.count_of(p) is not None or _REMARK.search(p) for p in pieces)


def lead_off(rest: str) -> tuple[str, int | None]:
    """``rest`` from the clause that names the product on, past a lead-in before a colon or a dash, and a
    count the lead-in said ('4 of them: ceramic mugs' → ('ceramic mugs', 4)). ``rest`` as it was when no
    lead-in is found, when more than one clause names something, or when what follows the product could
    name another."""
    parts = _LEAD_BREAK.split(rest)
    if len(parts) < 2:
        return rest, None
    naming = [i for i, p in enumerate(parts) if _names_product(p)]
    if not naming:  # 'budget 35 each, 4 of them: ceramic mugs': the one clause that is not context
        naming = [i for i, p in enumerate(parts) if p.strip(" ,;.") and not _only_context(p)]
        naming = naming if naming and naming[0] > 0 else []
    if len(naming) != 1 or any(_ANOTHER.match(p.strip(" ,")) for p in parts):
        return rest, None
    others = " , ".join(p for i, p in enumerate(parts) if i != naming[0])
    pointed = _OF_THE_ONES.match(parts[naming[0]].strip(" ,;."))
    if pointed and len(parts) == 2 and naming[0] == 1:  # 'spare bulbs — 6 of the E27 ones': 6 E27 spare bulbs
        return f"{pointed.group('n')} {pointed.group('attr')} {parts[0].strip(' ,;')}", None
    if naming[0] == 0 and not _only_context(others):
        return rest, None  # 'a kettle - stainless': what follows the product may describe it; read as before
    return parts[naming[0]], _count_in(others)


def remark_first(pieces: list[str]) -> list[str]:
    """The product's clauses without a remark said before it ('my hands are wrecked from the washing, 3 tubes
    of hand cream' → the second): only when the remark names nothing and a later clause starts a product."""
    if len(pieces) > 1 and _REMARK.search(pieces[0]) and not _STARTS_PRODUCT.match(pieces[0].strip()) \
            and sl.inner_request(pieces[0]) is None:  # 'I need a walking stick, a sturdy one' names it first
        later = [i for i, p in enumerate(pieces[1:], 1) if _names_product(p) and not re.search(r"\bones?\W*$", p)]
        if len(later) == 1:
            return pieces[later[0]:]
    return pieces


def past_remark(rest: str) -> str:
    """``rest`` without a remark said in clauses before the product ('my hands are wrecked from the washing,
    3 tubes of hand cream please' → '3 tubes of hand cream please')."""
    pieces = re.split(r"(?:[,;]|\bso\b)\s*", rest)
    kept = remark_first(pieces)
    return ", ".join(kept) if len(kept) < len(pieces) else rest
