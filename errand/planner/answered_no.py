"""A product asked about, answered no, then the one meant: 'Pillowcases? no, just a duvet cover, one', 'a desk lamp?
nah, a floor lamp'. ``meant`` returns the one meant, or None when the answer keeps both, takes everything back or
names nothing, or the question was about an order. It imports nothing of the planner, so the readers of a second
product read it too; whether what was asked about names harm is the caller's to ask (``dropped.must_hear``).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_ANSWERED = re.compile(
    r"^\s*(?P<asked>[A-Za-z][\w' -]{1,40}?)\s*\?\s*(?:no|nah|nope|naw)\b\s*(?:[,.!—–:]|\s-)?\s*"
    r"(?:(?:just|only|actually|rather|instead)\s+)?(?P<meant>[A-Za-z0-9].*)$",
    _I,
)
# An answer that keeps both, takes everything back or asks for more.
_NOT_ANSWER = re.compile(
    r"\b(?:and|plus|as\s+well|too|also|both|either|or|not|no|don'?t|never|never\s+mind|forget|cancel|stop|skip)\b",
    _I,
)
_ABOUT_ORDER = re.compile(r"\b(?:ord_\w+|return|refund|watch|track|move|deliver(?:y|ed)?)\b", _I)


def meant(text: str) -> tuple[str, str] | None:
    """(what was asked about, the one meant), or None when ``text`` is no such answer."""
    said = _ANSWERED.match(text)
    if said is None:
        return None
    asked, kept = said.group("asked"), said.group("meant")
    if _NOT_ANSWER.search(kept) or not re.search(r"[A-Za-z]{3}", kept) or _ABOUT_ORDER.search(asked):
        return None
    return asked, kept
