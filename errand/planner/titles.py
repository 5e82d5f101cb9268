"""A work's title that holds a drug's or a weapon's name, read as a title only where the sentence says it is one:
after 'the novel', 'the book', 'the album' or 'the film' ('the novel Cocaine Nights'), before such a word ('Cocaine
Nights, the Ballard novel', 'Pistol Whipped DVD'), or before its author ('Cocaine Nights by J. G. Ballard').

A title is two or more capitalised words; a deadline ('by Friday') is no author, and a book merely about a drug ('a
book on how to cook crystal meth') names no title, so it is still read for what it says.
"""

from __future__ import annotations

import re

_WORK = (r"(?:novels?|books?|paperbacks?|hardbacks?|hardcovers?|audiobooks?|e-?books?|kindle editions?|albums?|films?|movies?"
         r"|dvds?|blu-?rays?|vinyls?|lps?|cds?|memoirs?|comics?|graphic novels?|box ?sets?|soundtracks?|posters?)")
# Two to six capitalised words, small words between them allowed ('Fear and Loathing in Las Vegas').
_TITLE = r"(?-i:[A-Z][\w'’-]*(?:\s+(?:(?:of|the|a|an|and|in|on|at|to|for|with)\s+)?[A-Z][\w'’-]*){1,5})"
_NOT_AN_AUTHOR = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|january|february"
                  r"|march|april|may|june|july|august|september|october|november|december|today|tomorrow|tonight|noon"
                  r"|midnight|next|the|end|eod|eow|christmas|easter)\b")
_AUTHOR = rf"(?-i:(?!(?i:{_NOT_AN_AUTHOR}))(?:[A-Z][.,]\s*){{0,3}}[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
_TITLED = re.compile(
    rf"\b(?:the |a |an )?{_WORK}(?: (?:called|titled|named))?:? (?P<after>{_TITLE})"
    rf"|(?P<before>{_TITLE}),? (?:(?:the|a|an) )?(?:(?-i:[A-Z][\w.'’-]*) )?{_WORK}\b"
    rf"|(?P<authored>{_TITLE}) by {_AUTHOR}", re.IGNORECASE)


def untitled(text: str) -> str:
    """``text`` with the titles of works it names taken out (each kept as the word 'title')."""
    def cut(match: re.Match[str]) -> str:
        title = match.group("after") or match.group("before") or match.group("authored")
        whole = match.group(0)
        return whole.replace(title, " title ")
    return _TITLED.sub(cut, text)
