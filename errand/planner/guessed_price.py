"""A price said as a guess after an English purchase's product: 'a kettle, around 200 yuan', 'roughly 400 rmb',
'approximately ¥150', 'at about 90 yuan each'. It is read as the most the product may cost, as the Chinese
'大概两百块' is, by writing it the way the slots read a cap ('for around ¥200'). Only amounts in yuan are written so:
a guess in dollars, euros or pounds is left as said, and the currency readers ask about it. A sentence about a price
watch, a time ('around 2pm') or a quantity is left as said.
"""

from __future__ import annotations

import re

_GUESS = r"(?:around|about|roughly|approximately|approx\.?|circa|some|~)"
_AMOUNT = r"(?:[¥￥]\s*(?P<a>\d[\d,]*)|(?P<b>\d[\d,]*)\s*(?:yuan|rmb|cny|kuai|元|块)\b)"
_SAID = re.compile(rf"(?:\s*,\s*|\s+)(?:(?:at|for|priced at|costing)\s+)?{_GUESS}\s*{_AMOUNT}(?P<each>\s+each)?",
                   re.IGNORECASE)
# A price watch, a second amount or a cap word already said: the sentence is left to the readers that know them.
_LEFT = re.compile(r"\b(?:watch|alert|notify|tell me|let me know|drops?|falls?|below|under|max|budget|up to|at most|no more"
                   r"|not more|less than|cap|dollars?|usd|euros?|eur|pounds?|gbp|bucks|quid)\b|[$€£]|[\u4e00-\u9fff]",
                   re.IGNORECASE)


def plain(text: str) -> str:
    """'Get me a kettle, around 200 yuan' -> 'Get me a kettle for around ¥200'; anything else as said."""
    found = list(_SAID.finditer(text))
    if len(found) != 1 or _LEFT.search(text) or not re.search(r"[a-z]", text[: found[0].start()], re.IGNORECASE):
        return text
    match = found[0]
    amount = (match.group("a") or match.group("b")).replace(",", "")
    return f"{text[: match.start()]} for around ¥{amount}{match.group('each') or ''}{text[match.end():]}"
