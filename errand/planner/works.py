"""A work said as a work: a book, a film or an album named by its title, read past the title's words.

A title is said as one after 'a copy of' or 'the book' ('order a copy of To Kill a Mockingbird', 'the book 'How to
Murder Your Life''), before its author ('Steal Like an Artist by Austin Kleon', "'The Art of War' by Sun Tzu") or
between Chinese title marks (买本《枪炮、病菌与钢铁》). Its words name the work, not what is bought: the title is
replaced by a neutral word wherever the sentence is weighed as a whole (the ranker's second look). A deadline is
no author ('buy Pure Cocaine by Friday'), a book merely about something ('a book on how to make a bomb') names no
title, and a Chinese title that reads as a recipe or a manual (《冰毒制作教程》) is kept as it is.
"""

from __future__ import annotations

import re

from . import titles as tl

_QUOTED = r"(?:'[^']{2,60}'|\"[^\"]{2,60}\"|‘[^’]{2,60}’|“[^”]{2,60}”)"
_SAID_AS_WORK = re.compile(
    rf"\b(?:a |an |one |two |\d+ )?cop(?:y|ies) of (?:the (?:book|novel) )?(?P<copy>{_QUOTED}|{tl.TITLE})"
    rf"|\b(?:the |a |an )?{tl.WORK}(?: (?:called|titled|named))?:? (?P<named>{_QUOTED})"
    rf"|(?P<quoted>{_QUOTED}),? (?:by {tl.AUTHOR}|(?:the |a |an )?{tl.WORK}\b)", re.IGNORECASE)
_MARK = "\x00"
# The work's own words around a title: 'the book', 'the novel called', ', the Ballard novel'.
_AROUND_MARK = re.compile(rf"(?:\b(?:the|a|an) )?(?:{tl.WORK} (?:(?:called|titled|named) )?:? ?)?[\'\"‘“]?{_MARK}[\'\"’”]?"
                          rf"(?:,? (?:(?:the|a|an) )?(?:(?-i:[A-Z][\w.'’-]*) )?{tl.WORK}\b)?", re.IGNORECASE)


def neutral(text: str) -> str:
    """``text`` with each work it says as a work written 'a book' ('buy a book by Sun Tzu', 买本书)."""
    marked = _SAID_AS_WORK.sub(lambda m: _marked(m, "copy", "named", "quoted"), text)
    marked = tl.TITLED.sub(lambda m: _marked(m, "after", "before", "authored"), marked)
    marked = _AROUND_MARK.sub("a book", marked)
    return tl.ZH_TITLE.sub(lambda m: m.group(0) if tl.HOW_TO.search(m.group(0)) else "书", marked)


def said_titles(text: str) -> list[str]:
    """The titles of works ``text`` says as works, as written ('To Kill a Mockingbird', '枪炮、病菌与钢铁')."""
    found = [m.group("after") or m.group("before") or m.group("authored") for m in tl.TITLED.finditer(text)]
    found += [m.group("copy") or m.group("named") or m.group("quoted") for m in _SAID_AS_WORK.finditer(text)]
    return [t.strip("'\"‘’“”") for t in found] + [m.group(0)[1:-1] for m in tl.ZH_TITLE.finditer(text)
                                                     if not tl.HOW_TO.search(m.group(0))]


def untitled_query(query: str, text: str) -> str:
    """``query`` without the titles ``text`` says as works: a verb in a title ('Steal Like an Artist') is no errand."""
    for title in said_titles(text):
        query = query.replace(title, " ")
    return tl.ZH_TITLE.sub(lambda m: m.group(0) if tl.HOW_TO.search(m.group(0)) else " ", query)


def _marked(match: re.Match[str], *groups: str) -> str:
    title = next(match.group(g) for g in groups if match.group(g))
    return match.group(0).replace(title, _MARK)
