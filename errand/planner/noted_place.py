"""A place of the shopper's own said with its saved address in brackets after it: 'to the school (my office)', 'to
the studio (office)', 'to the church hall (my office)'. The bracket says which saved address the place is, so the
place is no other destination: the goods go to the saved one. A place that is another person's or one nobody lives
at ("to my mum's flat (home)", 'to the hotel (home)') keeps its words, for the checks of where goods go to ask about.
"""

from __future__ import annotations

import re

from . import declared_place as dp

# 'to the school', 'at the church hall', 'for the studio' said last, right before the bracket.
_PLACE_LAST = re.compile(r"(?:,\s*)?\b(?:to|at)\s+(?:the|our|my)\s+(?P<place>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*$",
                         re.IGNORECASE)


def past_own_place(before: str) -> str:
    """``before`` (the words before a bracketed saved address) without the shopper's own place said last."""
    place = _PLACE_LAST.search(before)
    if place is None or dp._others_en(place.group("place"), ""):
        return before
    return before[: place.start()]


# Goods sent to a place named by another person's possession: "to my mum's church", "at her brother's studio", "to
# Bob's workshop". What the place is matters less than whose it is: it is none of the shopper's saved addresses.
_THEIRS = re.compile(r"\b(?:to|at)\s+(?:my\s+|our\s+|his\s+|her\s+|their\s+)?(?!(?:my|our|it|that|what|there|here|who"
                     r"|one|let|today|tomorrow|tonight)['’]s\b)[a-z]+(?:['’]s|s['’])\s+(?P<place>[a-z][a-z-]+)\b", re.IGNORECASE)
# What is said of a possession that is no place: "to my mum's taste", "to my son's liking".
_NO_PLACE = {"taste", "liking", "size", "specs", "specifications", "standard", "standards", "requirements", "birthday"}


def someone_elses(text: str) -> bool:
    """The goods are sent to another person's place: "10 hymn books to my mum's church"."""
    return any(found.group("place").lower() not in _NO_PLACE for found in _THEIRS.finditer(text))
