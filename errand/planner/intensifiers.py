"""An intensifier of a variety of English said before a word of praise: 'a wicked good snow shovel' (New England),
'a proper good kettle', 'hella nice headphones', 'a mighty fine rake', 'a dead good torch'. The praise is no part of
the product's name; the intensifier and the praise are taken off together, so neither is left in the query. 'a wicked witch costume', 'proper shoes' and 'a dead bolt' keep their words: only a word of praise after the
intensifier marks it as one, and the two go together when a word follows them.
"""

from __future__ import annotations

import re

_INTENSIFIED = re.compile(
    r"\b(?:wicked|hella|proper|mighty|dead|pure|well|right|awful|awfully|mad|bare|wicked-ass|super-duper|mega|dead-on)\s+"
    r"(?:good|nice|great|fine|decent|solid|sturdy|lovely|grand|brilliant|cool|awesome|sound|handy)\s+(?=[a-z])",
    re.IGNORECASE)


def plain(text: str) -> str:
    """``text`` without an intensifier said before a word of praise."""
    return _INTENSIFIED.sub("", text)
