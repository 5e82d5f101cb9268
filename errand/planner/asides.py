"""What an English product phrase's segments say besides the product: who or what it is for ('for outdoor
portraits', 'for a ten-year-old', "for my nephew's 8th birthday"), what it need not do ("doesn't have to tick",
"needn't be fancy"), how many a pack holds ('100 mailers per pack', '50 to a box'), a mix of colours ('assorted
colours'), a count of parts or people said as one hyphenated word ('5-in-1', '4-person'), and a part or kind said
as 'the ones with rounded tips'. None names a second product and none is part of the product's name: the query
leaves them out and the check for a second product does not count them. A part of the product's own phrase is
plain too: 'with a red light mode' is a feature ('with red light'), 'adult size' the person's size ('adult'), a
'spare' battery for a named camera a battery for it.

The harm and scope checks read the whole sentence, not the query, so leaving an aside out of the query hides
nothing from them.
"""

from __future__ import annotations

import re

# Who or what it is for, in plain lower-case words (an age, a birthday, a room, a use): not a model it fits ('for
# iPhone 16', 'for a Canon R6'), which has a capital letter or a bare number.
_FOR = re.compile(r"^for\s+(?!(?:me|us|him|them|you)\b)(?:(?:a|an|the|my|our|his|her|their|this|next|some)\s+)*"
                  r"(?:[a-z][a-z'-]*|\d{1,2}(?:st|nd|rd|th)|(?-i:[A-Z][a-z]+(?='s\b))'s)"
                  r"(?:\s+(?:(?:a|an|the|my|our|of|at|in|on|and)\s+)*(?:[a-z][a-z'-]*|\d{1,2}(?:st|nd|rd|th)))*$",
                  re.IGNORECASE)
# What it need not do or be: "doesn't have to tick", "doesn't need to connect", "needn't be fancy", "no need to
# work", "doesn't matter if it's used".
_NEED_NOT = re.compile(r"^(?:it\s+|they\s+)?(?:doesn'?t|does not|don'?t|do not|needn'?t|need not|won'?t)\s+(?:have|need)?\s*"
                       r"(?:to\s+)?(?:be\s+)?[a-z][a-z -]{1,30}$|^no need (?:for it )?to [a-z][a-z -]{1,30}$",
                       re.IGNORECASE)
# How many one pack holds: '100 mailers per pack', '200 per pack', '50 to a box', '80 wipes per tub', '12 in a box'.
_PER_PACK = re.compile(r"^\d{1,5}\s+(?:[a-z-]+\s+)?(?:per|to a|in a|in each|a|each)\s+(?:pack|packet|box|roll|tub|bag|pad|case"
                       r"|carton|tin|jar|tube|bottle|sheet|set|reel|bundle|sleeve|pouch)$", re.IGNORECASE)
# A mix of colours or a colour left open: 'assorted colours', 'mixed colors', 'any colour', 'various colours'.
_MIXED = re.compile(r"^(?:in\s+)?(?:assorted|mixed|random|various|varied|multi|multiple|any|all|different)\s+"
                    r"(?:colou?rs?|shades|designs|patterns|prints)$", re.IGNORECASE)
# A count of parts or people said as one hyphenated word: '5-in-1', '4-person', '3-seater', '2-door'.
_HYPHENED = re.compile(r"^\d{1,2}(?:-[a-z]+)+(?:-\d{1,2})?$", re.IGNORECASE)
# The kind picked by a part it has: 'the ones with rounded tips', 'the one with a lid'.
_ONES_WITH = re.compile(r"^(?:the\s+)?ones?\s+with\s+(?:a\s+|an\s+|the\s+)?[a-z][a-z -]{1,30}$", re.IGNORECASE)


# A schedule or a scale said alone: 'AM/PM', 'morning and evening', '1:16', '1/10 scale'.
_SCHEDULE = re.compile(r"^(?:am\s*/\s*pm|am and pm|morning and (?:evening|night)|1\s*[:/]\s*\d{1,3}(?:\s+scale)?)$", re.IGNORECASE)


def aside(piece: str) -> bool:
    """A segment that says something of the product no query carries: who or what it is for, what it need not do,
    how many a pack holds, a mix of colours, or the kind picked by a part ('the ones with rounded tips')."""
    said = " ".join(piece.strip(" .!?").split())
    return bool(said) and any(form.match(said) for form in (_FOR, _NEED_NOT, _PER_PACK, _MIXED, _ONES_WITH,
                                                                 _SCHEDULE))


# Where in the house or what it is for, said before the product: 'For the garden, a hose reel'.
_FOR_FIRST = re.compile(r"^for\s+(?:the|my|our)\s+[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}$", re.IGNORECASE)


def aside_first(piece: str) -> bool:
    """A segment said before the product that only says where or what it is for: 'For the kitchen at home'."""
    return bool(_FOR_FIRST.match(" ".join(piece.strip(" .!?").split())))


def names_none(piece: str) -> bool:
    """A segment said first that can only be said of a product named elsewhere: what it need not do, how many a
    pack holds, 'the ones with rounded tips' ('for …' may hold the product: 'for the dog a collar')."""
    said = " ".join(piece.strip(" .!?").split())
    return bool(said) and any(form.match(said) for form in (_NEED_NOT, _PER_PACK, _MIXED, _ONES_WITH, _SCHEDULE))


def attribute_word(piece: str) -> bool:
    """A count of parts or people said as one hyphenated word ('5-in-1', '4-person'): what the product is like."""
    return bool(_HYPHENED.match(piece.strip(" .!?")))


# A feature said as a mode: 'with a red light mode' → 'with red light'; the person's size: 'adult size' → 'adult'.
_MODE = re.compile(r"\bwith\s+(?:(?:a|an|the)\s+)?(?P<what>[a-z][a-z -]{0,25}?)\s+(?:mode|setting|function|feature)\b", re.IGNORECASE)
_PERSON_SIZE = re.compile(r"\b(?P<who>adults?|child(?:ren'?s)?|kids'?|youth|toddler|baby|men'?s|women'?s|ladies'?|boys'?"
                          r"|girls'?)\s+size\b(?:\s+(?:x*[sml]|xx?l|small|medium|large)\b)?(?!\s*\d)", re.IGNORECASE)
# A spare or replacement part for a named model: 'spare battery for Canon R6' → 'battery for Canon R6'.
_SPARE_FOR = re.compile(r"^(?:spare|replacement)\s+(?=[a-z][\w -]{1,30}\s+for\s+(?-i:[A-Z]))", re.IGNORECASE)
# A mix of colours left in the words: 'livestock marker crayons assorted colours'.
_MIXED_IN = re.compile(r"\s+(?:in\s+)?(?:assorted|mixed|random|various)\s+colou?rs?\b", re.IGNORECASE)


def person_size(piece: str) -> str | None:
    """The person a size is said for, when a segment says only that: "kids' size" → "kids'", 'adult size' → 'adult'."""
    said = " ".join(re.sub(r"^(?:in\s+)?(?:the\s+|an?\s+)?", "", piece.strip(" .!?"), flags=re.IGNORECASE).split())
    whole = _PERSON_SIZE.fullmatch(said)
    return whole.group("who") if whole else None


def plain_phrase(query: str) -> str:
    """``query`` with a feature said as a mode, a person's size, a spare part and a mix of colours said plainly."""
    query = _MIXED_IN.sub("", _SPARE_FOR.sub("", _MODE.sub(r"with \g<what>", query)))
    return " ".join(_PERSON_SIZE.sub(r"\g<who>", query).split())


# A count said last before 'the ones with …': '10 pairs, the ones with rounded tips' keeps the count a segment of its
# own ('10 pairs, with rounded tips'); after the product's name the part joins it ('a hoover, the one with the blower').
_COUNT_LAST = re.compile(r"(?:^|[,;—–]\s*)(?:\d+|a dozen|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))"
                         r"(?:\s+[a-z]+)?(?:\s+of (?:them|those|these))?\s*$", re.IGNORECASE)


def one_with(match: re.Match[str]) -> str:
    """What ', the one(s) with' becomes: ', with' after a count said alone, ' with' after the product's name."""
    return ", with" if _COUNT_LAST.search(match.string[: match.start()]) else " with"


# A count of a shop's packs: 'green tea, 3 tins', 'oolong tea, 4 bags', 'black tea, 5 boxes'. Drinks for a group come in
# cups; tea or coffee counted in tins, bags or boxes is goods from a shop, whatever a drink's name it carries.
_PACKS_COUNTED = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)\s+"
                            r"(?:tins|bags|boxes|packs|packets|jars|cartons|sachets|pouches|caddies|canisters|tubs|bricks"
                            r"|tin|bag|box|pack|packet|jar|carton|caddy|canister|tub)\b(?!\s+of\s+(?:ice|cups?)\b)", re.IGNORECASE)


def counted_in_packs(text: str) -> bool:
    """A count of tins, bags or boxes: goods, even when the product is named as a drink is ('green tea, 3 tins')."""
    return bool(_PACKS_COUNTED.search(text))


# A wish said with 'if': 'keyed alike if possible', 'blue if they have it'. It waits for no price.
_IF_WISH = re.compile(r"\bif (?:possible|available|you can|they have (?:it|one|them|any)(?: in stock)?|there is one|any)\b",
                      re.IGNORECASE)


def unconditional(text: str) -> str:
    """``text`` without the wishes said with 'if' ('if possible'), which are no condition on the price."""
    return _IF_WISH.sub(" ", text)


def featured(product: str, named: str) -> bool:
    """The product phrase already carries what picks its kind: a feature said 'with X' ('a lunch box with a handle'),
    or a kind another clause added to ``named`` ('the chisel tip ones'). The query then carries no other colour or
    size besides: one attribute picks the listing, several narrow it past what a shop writes."""
    return bool(re.search(r"\bwith\b", product, re.IGNORECASE)) or len(product.split()) > len(named.split())


# What it is for said as the office's or the home's own thing: 'for the office sofa', 'for the home gym'. The place
# is where it goes; the thing is what it is for, no product word ('cushions for the office sofa' are cushions).
_PLACES_THING = re.compile(r"\bfor\s+(?:the|my|our)\s+(?P<label>office|home)\s+(?P<thing>(?!(?:please|pls|today|tomorrow|tonight"
                           r"|asap|and|by|before|on|at|in|this|next|address|addr|to|or|is|as|too|also|thanks|then|delivery"
                           r"|deliver|one|two|three|four|five|six|seven|eight|nine|ten|twelve|some|any|the|our|my|new)\b)[a-z]{3,}(?:\s+(?:room|area|corner|kitchen))?)\b", re.IGNORECASE)


def place_apart(rest: str) -> str:
    """'cushions for the office sofa' → 'cushions for the sofa , to the office': where it goes said apart."""
    return _PLACES_THING.sub(r"for the \g<thing> , to the \g<label>", rest)
