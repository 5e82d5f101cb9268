"""A purchase said after a story or a remark of the shopper's own: 'Before I forget, and I always forget, slippers —
two pairs, size 39', 'So the dog chewed through the last lead, and I give up: a chain lead, 2 metres, one', 'For the
hallway, a coat rack, the wall kind'. The clauses said first hold a subject and a verb (a remark about the errand) or
say only where the goods are for; the product is what follows, named with an article or a count ('a doorstop') or
said as a list of segments that describe and count it ('slippers — two pairs, size 39').

It is read only when everything after the remark is one product so said: a remark before two products, or before
words the readers cannot place, stays as it was for the gate to ask about. The harm and scope checks read the whole
sentence, remark included.
"""

from __future__ import annotations

import re

from . import asides as asd
from . import buy_clauses as bc
from . import lexicon as lx
from . import parts as pc

# Where a remark said first ends: a comma, a colon, a dash between words.
_BREAK = re.compile(r"\s*(?:[,:;]|\s[-–—]\s|[—–])\s*")
# A product named with an article or a count: 'a doorstop', 'one electric kettle', '4 rolls of tape'.
_NAMED = re.compile(rf"^(?:a|an|one|\d+|{lx.EN_NUMBER})\s+[a-z]", re.IGNORECASE)


# A clause that asks for something or says where it goes is no remark: 'I need a walking stick', 'home please'.
_ASKS = re.compile(r"\b(?:need|want|like|buy|get|order|grab|send|deliver|ship|bring|home|office|work|address|please|pls)\b",
                   re.IGNORECASE)


# How a remark starts: a word that opens a story, or its subject ('So the cat …', 'Before I forget', 'I give up'), not a
# product ('blackout curtains so I can sleep').
_OPENS = re.compile(r"^(?:so|and|but|well|right|ok|okay|anyway|before|after|since|because|as|now|honestly|i|i'm|i've|we|we're"
                    r"|we've|my|our|it|it's|he|she|they|you)\b", re.IGNORECASE)


def _remark(piece: str) -> bool:
    said = piece.strip(" .!?")
    return bool(said) and not _ASKS.search(said) and (bool(bc._REMARK.search(said) and _OPENS.match(said))
                                                       or asd.aside_first(said))


# A story ended by a colon, its last clause a remark: '…, water everywhere, and I've finally given in: a water bottle'.
_STORY_END = re.compile(r"(?P<last>[^,;:]+):\s+(?=\S)")


def past_told(text: str) -> str:
    """``text`` from the product on, past the remarks said before it; ``text`` as it was when no remark is said
    first or what follows is not one product named or listed."""
    for end in _STORY_END.finditer(text):
        if _remark(end.group("last")) and _one_product(text[end.end():]):
            return text[end.end():]
    position, told = 0, False
    for found in _BREAK.finditer(text):
        if not _remark(text[position:found.start()]):
            break
        position, told = found.end(), True
    rest = text[position:]
    if not told or not rest.strip():
        return text
    return rest if _one_product(rest) else text


def _one_product(rest: str) -> bool:
    """What follows a remark names one product with an article or a count, or lists one with what describes it."""
    first = _BREAK.split(rest.strip(), maxsplit=1)[0]
    return bool(_NAMED.match(first) and not bc._REMARK.search(first) or pc.listed(rest))
