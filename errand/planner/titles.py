"""A work's title that holds a drug's or a weapon's name, read as a title only where the sentence says it is one:
after 'the novel', 'the book', 'the album' or 'the film' ('the novel Cocaine Nights'), before such a word ('Cocaine
Nights, the Ballard novel', 'Pistol Whipped DVD'), or before its author ('Cocaine Nights by J. G. Ballard').

A title is two or more capitalised words; a deadline ('by Friday') is no author, and a book merely about a drug ('a
book on how to cook crystal meth') names no title, so it is still read for what it says.
"""

from __future__ import annotations

import re

WORK = (r"(?:novels?|books?|paperbacks?|hardbacks?|hardcovers?|audiobooks?|e-?books?|kindle editions?|albums?|films?|movies?"
         r"|dvds?|blu-?rays?|vinyls?|lps?|cds?|memoirs?|comics?|graphic novels?|box ?sets?|soundtracks?|posters?)")
# Two to six capitalised words, small words between them allowed ('Fear and Loathing in Las Vegas').
TITLE = r"(?-i:[A-Z][\w'’-]*(?:\s+(?:(?:of|the|a|an|and|in|on|at|to|for|with)\s+)?[A-Z][\w'’-]*){1,5})"
# A day said short is no author, but a name that starts like one is ('Sun Tzu').
_NOT_AN_AUTHOR = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tue|wed|thu|fri|sat|sun)\b(?! (?-i:[A-Z]))"
                  r"|january|february"
                  r"|march|april|may|june|july|august|september|october|november|december|today|tomorrow|tonight|noon"
                  r"|midnight|next|the|end|eod|eow|christmas|easter)\b")
AUTHOR = rf"(?-i:(?!(?i:{_NOT_AN_AUTHOR}))(?:[A-Z][.,]\s*){{0,3}}[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
TITLED = re.compile(
    rf"\b(?:the |a |an )?{WORK}(?: (?:called|titled|named))?:? (?P<after>{TITLE})"
    rf"|(?P<before>{TITLE}),? (?:(?:the|a|an) )?(?:(?-i:[A-Z][\w.'’-]*) )?{WORK}\b"
    rf"|(?P<authored>{TITLE}) by {AUTHOR}", re.IGNORECASE)

# A title between Chinese title marks; one that teaches making or using something stays as said (《冰毒制作教程》).
ZH_TITLE = re.compile(r"《[^《》]{1,30}》")
HOW_TO = re.compile(r"制作|制造|自制|配方|合成|提炼|提纯|教程|方法|怎么|如何|手册|指南|秘籍|大全|步骤|做法|攻略|使用|购买|渠道")
# Said as a book: '买本《…》', '一本《…》', '《…》这本书', '《…》教材'; four characters at least, not a bare product name.
_ZH_BOOK = re.compile(r"(?<=[买買本部套])《(?P<before>[^《》]{4,30})》|《(?P<after>[^《》]{4,30})》(?=[这這那]?[本部套]?(?:书|書|教材|小说|小說"
                      r"|绘本|繪本|漫画|漫畫|电影|電影|纪录片|紀錄片))")


def untitled(text: str) -> str:
    """``text`` with the titles of works it names taken out (each kept as the word 'title')."""
    def cut(match: re.Match[str]) -> str:
        title = match.group("after") or match.group("before") or match.group("authored")
        whole = match.group(0)
        return whole.replace(title, " title ")
    def cut_zh(match: re.Match[str]) -> str:
        return match.group(0) if HOW_TO.search(match.group(0)) else "《书名》"
    return _ZH_BOOK.sub(cut_zh, TITLED.sub(cut, text))
