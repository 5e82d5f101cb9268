"""A medicine a household keeps, counted by its tablets rather than its packs: 'buy 16 paracetamol tablets',
'buy paracetamol, 16 tablets', 'paracetamol 500mg, 32 tablets' mean one pack that holds that many, not sixteen
packs or a second product. The sentence is written as that pack ('buy a pack of paracetamol 16 tablets') before it
is read; the amount a household uses is still checked on the tablets (a hundred or more is asked about).

Only over-the-counter medicines are read so, only when no pack, box or bottle is said beside them and the count is
under a hundred; any other count of a medicine stays as the shopper said it.
"""

from __future__ import annotations

import re

_OVER_THE_COUNTER = (r"(?:paracetamol|acetaminophen|tylenol|panadol|calpol|ibuprofen|advil|nurofen|aspirin|naproxen"
                     r"|loratadine|claritin|cetirizine|zyrtec|antihistamines?|melatonin|multivitamins?|vitamin [a-e]\d{0,2}"
                     r"|painkillers?|pain relievers?)")
_UNIT = r"(?:tablets?|capsules?|caplets?|pills?|softgels?|tabs)"
_STRENGTH = r"(?:\s+\d+(?:\.\d+)?\s?(?:mg|mcg|µg|iu))?"
_BY_THE_TABLET = re.compile(
    rf"\b(?P<n1>\d{{1,2}})\s+(?P<med1>{_OVER_THE_COUNTER}{_STRENGTH})\s+(?P<u1>{_UNIT})\b"
    rf"|\b(?P<med2>{_OVER_THE_COUNTER}{_STRENGTH})(?:\s+{_UNIT})?\s*[,x×]?\s*(?P<n2>\d{{1,2}})\s+(?P<u2>{_UNIT})\b",
    re.IGNORECASE)
_PACKED = re.compile(r"\b(?:packs?|packets?|box(?:es)?|bottles?|blisters?|strips?|tubs?|each|per)\b|\bx\s?\d", re.IGNORECASE)


def as_pack(text: str) -> str:
    """``text`` with a medicine counted by its tablets written as one pack of them; else ``text`` itself."""
    match = _BY_THE_TABLET.search(text)
    if match is None or _PACKED.search(text[:match.start()] + " " + text[match.end():]):
        return text
    number, medicine, unit = ((match.group("n1"), match.group("med1"), match.group("u1")) if match.group("n1")
                              else (match.group("n2"), match.group("med2"), match.group("u2")))
    return f"{text[:match.start()]}a pack of {medicine} {number} {unit}{text[match.end():]}"
