"""What a correction typed as it goes drops about the item it keeps: 'a phone case plus a fake Rolex... no, just the
Rolex', '2 mouse pads plus a GPS tracker for my wife's car... actually just the tracker', 'socks plus a hidden camera
for the Airbnb... no, just the camera'. The reader of corrections (``phrased``) keeps only the kept item's last words;
the words the item was first said with (a fake, a purpose, whose car) are its words still, so they must pass the same
checks as any words a reader drops (``dropped.must_hear``), and a fake stays a fake. When they do not, the correction
is not applied and the sentence is read as it was said.

An item dropped whole ('a kettle and a fake Rolex... no, just the kettle') takes its words with it; nothing is asked.
"""

from __future__ import annotations

import re

from . import dropped as dp

# '<first> … no, just <kept>', 'actually just <kept>', 'scratch that, only <kept>'.
_CORRECTED = re.compile(r"^(?P<first>.+?)\s*(?:\.{2,}|…|,|—|–|\s-)\s*(?:(?:no|nah|nope|wait|actually|sorry|scratch that)"
                        r"[\s,.!]*){1,3}(?:just|only)\s+(?P<kept>.+)$", re.IGNORECASE)
# Where one item of the first list ends and the next begins.
_ITEMS = re.compile(r"\s(?:plus|and|&|as well as|along with|with)\s|[,;+]", re.IGNORECASE)
# A fake named as such: the gate refuses it when said, so it may not be corrected away.
_FAKE = re.compile(r"\b(?:fake|replica|knock-?offs?|counterfeit|copies|copy|dupes?|bootleg|imitation|pirated|stolen|1:1)\b",
                   re.IGNORECASE)
_FILLER = re.compile(r"\b(?:the|one|ones|please|pls|thx|thanks)\b", re.IGNORECASE)


def hides_harm(text: str) -> bool:
    """A correction keeps an item whose first mention holds a fake, harm or anything the screen asks about."""
    match = _CORRECTED.match(text.strip())
    if match is None:
        return False
    kept = re.findall(r"[a-z]{3,}", _FILLER.sub(" ", match.group("kept").lower()))
    if not kept:
        return False
    head = kept[0]
    for item in _ITEMS.split(match.group("first")):
        if re.search(rf"\b{re.escape(head)}", item, re.IGNORECASE) and (_FAKE.search(item) or dp.must_hear(f"buy {item.strip()}")):
            return True
    return False


# The kept item said short, by its last word with 'the': 'the gun', 'the tracker, 1'.
_SAID_SHORT = re.compile(r"^\s*the\s+(?P<name>[a-z][\w-]*)(?P<rest>\s*(?:,.*)?)$", re.IGNORECASE)
_ITEM_LEAD = re.compile(r"^\s*(?:(?:please|pls)\s+)?(?:(?:buy|get|order|grab)(?: me| us)?\s+)?(?:(?:\d{1,3}|a|an|one|two|three|some"
                        r"|the)\s+)?", re.IGNORECASE)


def in_full(first: str, kept: str) -> str:
    """The kept item as it was first named, when it is said short by the word its first mention ends on: 'hot glue
    gun plus sticks... actually just the gun, 1' keeps 'hot glue gun, 1', not a 'gun'. Otherwise ``kept`` as said
    (also when two items end on that word)."""
    short = _SAID_SHORT.match(kept)
    if short is None:
        return kept
    named = [_ITEM_LEAD.sub("", item.strip()) for item in _ITEMS.split(first)]
    ending = [n for n in named if len(n.split()) in (2, 3, 4) and n.lower().endswith(" " + short.group("name").lower())]
    return ending[0] + short.group("rest") if len(ending) == 1 else kept  # two items end so: which one is not known
