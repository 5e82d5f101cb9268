"""What the clauses around a product say about it: English sentences often name the product once and then
add to it after a comma ("a yoga mat, purple if they have it", "a Bear kettle, the glass one", "hangers,
2 packs", "a stapler, deliver there") or wrap it in a purpose or a remark ("for my trip next week", "we can
play with 4 people", "My son's birthday is on Tuesday."). Such a clause describes the one product, counts
it, or says nothing about it; only a clause that names something else is a second product, for the gate to
ask about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import slots as sl

# A wish that qualifies the product rather than naming one: 'purple if they have it', 'yonex preferably'.
PREFERENCE = re.compile(
    r"\b(?:if (?:possible|available|you can|there is one|they have (?:it|one|them|any)(?: in stock)?)|ideally"
    r"|preferably|preferred|by preference|would be (?:nice|great|good|best)|if any)\b", re.IGNORECASE)
# 'the glass one', 'the 3 litre kind', 'the heavy duty sort', 'an old-style one with a big dial' (what it has
# is left to the listing): the attribute that picks one kind of the product.
_ONE_OF_KIND = re.compile(r"^(?:the |a |an )?(?P<attr>.+?) (?:one|ones|kind|type|model|version|variety|sort)"
                          r"(?: with (?:a |an )?[a-z -]{2,30})?$",
                          re.IGNORECASE)
# A clause about how it comes, read by the address slot: 'deliver there', 'send them to the office'.
_DELIVERY = re.compile(r"^(?:and )?(?:please )?(?:deliver|send|ship|bring|drop (?:it|them) off|have (?:it|them))\b",
                       re.IGNORECASE)
# A clause with a subject or a finite verb is a remark about the errand, not a product's name; so is who says it
# ('broke student here').
_REMARK = re.compile(r"\b(?:i|i'm|i'd|i'll|we|we're|you|he|she|they|it's|my|our|his|her|their|is|are|was|were"
                     r"|will|would|should)\b|^\s*(?:\w+\s+){1,3}here\s*$", re.IGNORECASE)
# A count said on its own: '2 packs', '5 of them', 'a pair', 'a pack of 10 is fine', 'order twenty'.
_COUNT_REST = re.compile(rf"^(?:\d+\s*)?(?:(?:{sl.CONTAINER}|pairs?|cop(?:y|ies)|sticks?|coils?|sachets?|pouches?|sacks?|spools?"
                         r"|skeins?|tubs?|reels?)\s*)?(?:of them|of those)?\s*"
                         r"(?:is fine|will do|would do|is enough|should do|is ok(?:ay)?)?$", re.IGNORECASE)
_VERB = re.compile(r"^(?:(?:please|just|so)\s+)?(?:order|buy|get|grab|make it|i need|we need)\s+", re.IGNORECASE)
# 'for my trip next week', 'for school', 'before the trip': a purpose or an occasion in plain lower-case words. A model or device it fits
# ('for iPhone 16', 'for Galaxy S24') has a capital or a digit and stays, unless the phrase ends on an occasion.
_PURPOSE = re.compile(r"\s+(?:for|before|after|until)\s+(?:(?:my|our|his|her|their|the|a|an|this|next|some)\s+)*(?:[a-zà-ÿ][a-zà-ÿ' -]*"
                      # an occasion named with capitals or a number: 'for the Year 3 open day', 'for the Lake District trip'
                      r"|[\w' -]*?\b(?:day|party|trip|hike|fair|sale|conference|meeting|festival|ceremony|camp|retreat|outing"
                      r"|picnic|dinner|lunch|brunch|concert|show|event|weekend|night|lesson|workshop|tournament|match"
                      r"|race|marathon|reunion|wedding|birthday|holiday|exam|exams|term|season|class|classes|practice|training|session"
                      r"|club|rehearsal|course))$")
# 'a board game we can play with 4 people', 'a kettle that keeps warm': a relative clause after the name.
# 'a kettle like the one I got last time': a comparison with something had before, which names no more.
_RELATIVE = re.compile(r"\s+(?:(?:we|i|you|they|he|she|that|which|who)\s+\w+|(?:like|similar to) (?:the|my|that) one)\b.*$",
                       re.IGNORECASE)


@dataclass
class Described:
    """The product phrase with what its clauses added, and a count said in a clause of its own."""

    product: str
    count: int | None


def count_of(piece: str, head: str = "") -> int | None:
    """The count a clause says on its own ('2 packs', 'five of them', 'a pair', or the product's own noun:
    '2 locks' after 'a bike lock'); None if it says more."""
    # a correction said with it is still a count: '2 tubes actually', 'make it 3', 'no wait, 4'
    piece = re.sub(r"\b(?:actually|instead|after all)\b|^(?:no wait|wait|sorry|oops|make (?:it|that))\b", "", piece.strip(),
                   flags=re.IGNORECASE)
    words = _VERB.sub("", re.sub(r"\b(?:please|thanks|thank you)\b|^(?:just|only|like|about|say|maybe) (?:the )?", "", piece.strip(),
                                 flags=re.IGNORECASE).strip())
    glued = re.fullmatch(r"[x×]\s*(\d{1,3})|(\d{1,3})\s*[x×]", words.strip())  # 'x2' after a comma: 'hdmi cable 2m,x2'
    if glued:
        return int(glued.group(1) or glued.group(2))
    number, rest = sl.en_quantity(words.strip() + " ")
    if number is None:
        return None
    noun = rest.strip(" .").lower()
    if head and noun and noun.rstrip("s") == head.lower().rstrip("s"):
        return number
    return number if _COUNT_REST.match(rest.strip(" .")) else None


def core(phrase: str) -> str:
    """The product's name without a purpose or a relative clause after it."""
    return _RELATIVE.sub("", _PURPOSE.sub("", phrase)).strip()


def describe(first: str, others: list[str]) -> Described:
    """The product named by ``first`` with what the other clauses add. A clause that names something else is
    kept after a comma, so the gate asks which product is meant."""
    product, count, before, after = core(first), None, [], []
    for raw in others:
        piece = raw.strip()
        if not piece:
            continue
        said = count_of(piece, product.split()[-1] if product.split() else "")
        if said is not None:
            count = said
            continue
        if _DELIVERY.match(piece) or _PURPOSE.match(f" {piece}"):
            continue  # how it comes, or who it is for ('for the workshop')
        if PREFERENCE.search(piece):
            attribute = sl.tidy_product(PREFERENCE.sub(" ", piece))
            if attribute and not _REMARK.search(attribute):
                before.append(attribute)
            continue
        if _VERB.match(piece) and re.search(r"\b(?:ones?|it|them|those|these)$", piece):
            continue  # 'get a new one', 'just buy them': the thing named already, no kind of it
        kind = _ONE_OF_KIND.match(sl.tidy_product(piece))
        if kind and not _REMARK.search(kind.group("attr")):
            before.append(kind.group("attr"))
            continue
        if _REMARK.search(piece):
            continue
        after.append(f", {sl.tidy_product(piece)}")
    return Described(" ".join([*before, product, *after]).replace(" ,", ",").strip(), count)
