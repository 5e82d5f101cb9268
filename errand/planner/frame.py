"""The words around a request that say nothing about it: a greeting or a letter's salutation before it
("Morning!", "Dear Errand,", "Hi there :)"), a thank-you or a sign-off after it ("Thanks a ton", "cheers",
"Regards."), a mail's "re:" before its subject, and a list's lead-in ("next on my list:", "item 4 -", "shopping list item:"). They are taken off whole clauses at the ends
of the sentence, so the slots read only the request; a clause with a number, a price or a product word in
it stays. English written in a structured or unusual form (a commit message, bullets, Singlish, …) is first said
plainly by ``structured``.
"""

from __future__ import annotations

import re

from . import structured as sd

# A greeting or salutation that opens the message, with what punctuates it.
_OPENING = re.compile(
    r"^\s*(?:(?:good\s+)?(?:morning|afternoon|evening|day)|hi|hello|hey|hiya|yo|greetings|dear\s+[\w .'-]{1,30}?"
    r"|hi there|hello there|hey there|howdy|thanks in advance|thank you in advance|thanks|thx in advance"
    r"|(?:hi|hello|hey|morning) (?:team|all|everyone|folks|guys|y'all)"
    r"|(?:as )?per our (?:discussion|conversation|call|chat|meeting)|as discussed|further to our (?:call|chat|discussion))"
    r"\s*(?:[!,.:;)(—-]*[!,.:;)(—]|-+(?![A-Za-z])|:\)|\s-\s)\s*", re.IGNORECASE)  # not 'hi-vis vests'
# A thank-you or a sign-off that closes it.
_CLOSING = re.compile(
    r"(?:^|[,.!?;—]|\s-\s|:\)|\s)\s*(?:(?:(?:please|pls) and (?:thanks|thank you)|thanks|thank you|thank u|many thanks|thanks so much|thanks a (?:ton|lot|bunch|million)"
    r"|thank you (?:so much|kindly|very much|dear)|much appreciated|appreciated|cheers|regards|kind regards"
    r"|best wishes|that'?s all|that is all|lol|haha|:\)|:-\))(?:\s+(?:love|mate|hun|dear|pal))?[\s!.:),]*)+$",
    re.IGNORECASE)
# A letter's sign-off with the sender's name after a finished sentence: '. Kind regards, Facilities', '. Thanks, Jo'.
_SIGNED = re.compile(r"(?<=[.!,])\s*(?i:kind regards|best regards|warm regards|regards|best|thanks|many thanks|thank you|cheers"
                     r"|br)\s*,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\s*[.!]?\s*$")
# A list's lead-in before a colon or a dash: it names the list, not the product.
_LIST_LEAD = re.compile(
    r"^\s*(?:(?:next|then|also)(?: up| one| item| on (?:my|the) list)?|(?:my |the |shopping |grocery )?list(?: says| item)?"
    r"|(?:shopping |grocery )?item(?: (?:no\.? ?)?\d+)?|note|reminder|to ?do|ordering for (?:the |my |our )?\w+"
    r"|for (?:the |my |our )?(?:team|office|house|family|kids))\s*(?::|\s-\s|—|\))\s*"
    r"|^\s*(?:购物)?(?:清单)?(?:上的)?(?:第[一二三四五六七八九十\d]+(?:项|个|条)|下一(?:个|项|样)|接下来|还有|然后)\s*[：:]\s*",
    re.IGNORECASE)


# 'ta' as a thank-you only alone after the request's punctuation ('… tea bags? ta').
_TA = re.compile(r"(?<=[,.!?;])\s*ta(?:\s+(?:love|mate|hun|pal))?\s*[!.]*$", re.IGNORECASE)


# A place said and taken back before the right one: 'send hotel no, send home' → 'send home'.
_PLACE_TAKEN_BACK = re.compile(r"\b(?:send|deliver)(?: it| them)?(?: to)?(?: the)? \w+\s*,?\s*(?:no|nope|sorry|i mean)\s*[,!]\s*"
                               r"(?=(?:send|deliver)\b)", re.IGNORECASE)

# A mail's subject line before the request: 're: 周五团建 — …', 'Re: Friday party - …'. The subject stays as a clause
# of its own (it may name the day), the 're:' and the dash go.
_SUBJECT = re.compile(r"^\s*(?:re|fwd?|fw|aw)\s*[:：]\s*(?P<subject>[^—–\n:：]{1,30}?)\s*(?:—+|–+|\s-\s)\s*", re.IGNORECASE)


def _subject_as_clause(match: re.Match[str]) -> str:
    return match.group("subject") + ("，" if re.search(r"[\u4e00-\u9fff]", match.group("subject")) else ", ")


def peel(text: str) -> str:
    """``text`` without the greeting, thank-you or list lead-in around its request; the text as it was
    when nothing would be left."""
    text = sd.plain(text)  # "git commit -m '…'", '• socks • 3 pairs', 'can buy … or not': English said plainly
    rest = _SUBJECT.sub(_subject_as_clause, _PLACE_TAKEN_BACK.sub("", text), count=1)
    for _ in range(3):
        before = rest
        rest = _OPENING.sub("", rest, count=1)
        rest = _LIST_LEAD.sub("", rest, count=1)
        rest = _CLOSING.sub("", _TA.sub("", _SIGNED.sub("", rest))).strip()
        if rest == before:
            break
    return rest if re.search(r"\w", rest) else text
