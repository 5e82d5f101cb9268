"""English purchases said with the verb split around its words, a product asked about and answered no, or a product
praised before it is counted, said plainly before the readers see them:

- a phrasal verb of buying split around whom it is for or what it gets: 'pick me up a …', 'pick us up 3 …' (get me),
  'pick a desk fan up for me' (get me a desk fan), 'order me in a …' (order me), 'get us in some …' (get us);
- a product asked about, answered no, then the one meant: 'Pillowcases? no, just a duvet cover, one', 'a desk lamp?
  nah, a floor lamp' (the one meant alone, when what was asked about names nothing the checks must hear and the
  answer names something);
- a measure said as a field after a product already counted: 'one rice cooker, 10 cup' (one 10-cup rice cooker),
  '6 padlocks, 4 digit' (6 4-digit padlocks), so it is no count;
- a product praised, then counted without its name: 'the bamboo socks are fire, get me 4, size M' (get me 4 bamboo
  socks, size M), with the praise of a child's chat or plain English ('giving', 'fire', 'goated', 'great').
"""

from __future__ import annotations

import re

from . import answered_no as an
from . import dropped as dp

_I = re.IGNORECASE
_GOODS = r"(?=(?:a|an|one|some|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+pair|a\s+couple)\b)"

_PHRASAL = (
    (re.compile(rf"\bpick\s+(?P<who>me|us)\s+up\s+{_GOODS}", _I), r"get \g<who> "),
    (
        re.compile(
            r"\bpick\s+(?P<what>(?:a|an|one|some|\d{1,3})\s+[\w-]+(?:\s+[\w-]+){0,2}?)\s+up\s+for\s+(?P<who>me|us)\b",
            _I,
        ),
        r"get \g<who> \g<what>",
    ),
    (re.compile(rf"\b(?P<verb>order|get)\s+(?P<who>me|us)\s+in\s+{_GOODS}", _I), r"\g<verb> \g<who> "),
)
_PRAISE = (
    r"(?:giving|fire|goated|bussin|elite|slaps|slap|peak|a\s+vibe|the\s+vibe|great|amazing|brilliant|ace|class"
    r"|mint|lush|banging|the\s+best)"
)
# 'the bamboo socks are fire, get me 4, size M'.
_PRAISED = re.compile(
    rf"^\s*(?:the|those|these|them|that|this)\s+(?P<what>[\w-]+(?:\s+[\w-]+){{0,3}}?)\s+(?:is|are|'s|'re)\s+"
    rf"(?:so\s+|lowkey\s+|honestly\s+|actually\s+)?{_PRAISE}\s*[,.!—–:]\s*(?P<verb>(?:please\s+)?(?:get|buy|order"
    r"|grab|cop)\s+(?:me\s+|us\s+)?)(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s*(?=[,.;!]|$)",
    _I,
)

# 'one rice cooker for the house, 10 cup', '6 padlocks, 4 digit': a measure said as a field after a product already
# counted, by a closed class of units that count no packs (cups, quarts, digits, slices, ports, sockets; tiers and
# burners are read by the readers of a product's fields).
_CAPACITY = re.compile(
    r"^(?P<lead>\s*(?:(?:please\s+)?(?:buy|get|order|need)\s+(?:me\s+|us\s+)?)?(?:one|a|an|\d{1,3}|two|three|four|five"
    r"|six|seven|eight|nine|ten|twelve)\s+)"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?P<mid>\s+(?:for|to)\s+[^,;]{1,25})?\s*,\s*"
    r"(?P<n>\d{1,2})[\s-]*(?P<unit>cups?|quarts?|qt|digits?|slices?|ports?|sockets?|gang)\s*(?=[,;.]|$)",
    _I,
)


def answered(text: str) -> str:
    """'Pillowcases? no, just a duvet cover, one' → 'a duvet cover, one'; other text as it was."""
    said = an.meant(text)
    return text if said is None or dp.must_hear(said[0]) else said[1]


def _praised(text: str) -> str:
    said = _PRAISED.match(text)
    if said is None or re.search(r"\b(?:and|or|plus)\b", said.group("what"), _I):
        return (
            text  # 'the mugs and the plates are fire, get me 4': which is counted is for the readers to ask
        )
    return f"{said.group('verb')}{said.group('n')} {said.group('what')}{text[said.end() :]}"


def plain(text: str) -> str:
    """English ``text`` with these phrasings said plainly; other text as it was."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    for pattern, said in _PHRASAL:
        text = pattern.sub(said, text)
    capacity = _CAPACITY.match(text)
    if capacity is not None:  # 'one rice cooker, 10 cup' → 'one 10-cup rice cooker'
        unit = re.sub(r"s$", "", capacity.group("unit").lower())
        text = (
            f"{capacity.group('lead')}{capacity.group('n')}-{unit} {capacity.group('what')}{capacity.group('mid') or ''}"
            f"{text[capacity.end() :]}"
        )
    return _praised(answered(text))
