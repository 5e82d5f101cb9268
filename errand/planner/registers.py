"""The words of a dialect, a register or a medium around an English request, said plainly: Jamaican Patois ('mi waan',
'fi di', 'nuh more than'), American Southern ("y'all mind fetchin' me", 'two of them jars', 'outta'), New Zealand and
Australian tags ('sweet as', 'cheers bro'), an over-formal letter ('I should be most grateful if you would procure',
'the cost not to exceed'), a speaker's fillers ('um', 'uh', ', like,'), text-speak ('gt me', 'bought 2 many'),
counts said as words of old ('a score of', 'a gross of') and a count glued to its verb ('buy4').

Each is rewritten the way the readers read the plain request; product words are left as they were. Nothing here
reads a slot: a frame around nothing named still leaves nothing named, so the readers ask as before.
"""

from __future__ import annotations

import re

from . import noted_place as np

# A speaker's fillers, with the commas around them: 'um, so, uh, could you order, like, a scale? under, um, 120'
# (not after a dash or dots, where 'er' starts a correction: 'a dozen rolls — er, two dozen').
_FILLER = re.compile(r"(?:,\s*)?(?<![\w'-])(?<![—–.…]\s)(?:u+m+|u+h+|e+r+m+|er|hmm+|ah+m*)(?![\w'-])(?:\s*,)?", re.IGNORECASE)
_LIKE = re.compile(r"(?:^|,)\s*like\s*,", re.IGNORECASE)
_SO_FIRST = re.compile(r"^\s*(?:so|well|right|okay so|ok so)\s*(?:,\s*|\s+(?=(?:could|can|would|will|please|buy|get|order)\b))",
                       re.IGNORECASE)

# Words of a dialect said as the plain words the readers know, each where it cannot be a product's word.
_SAID = (
    # Jamaican Patois: 'mi waan', 'fi di yard' (home), 'nuh more than'
    (re.compile(r"^\s*mi\s+(?:waan(?:t|a)?|wah|want)\b", re.IGNORECASE), "I want"),
    (re.compile(r"^\s*mi\s+(?:need|a\s+need)\b", re.IGNORECASE), "I need"),
    (re.compile(r"\bfi\s+(?:di\s+|mi\s+)?yaad\b|\bfi\s+(?:di\s+|mi\s+)?yard\b", re.IGNORECASE), "for home"),
    (re.compile(r"\bfi\s+di\b", re.IGNORECASE), "for the"),
    (re.compile(r"\bfi\s+(?=(?:buy|get|order|have|go)\b)", re.IGNORECASE), "to "),
    (re.compile(r"\bfi\s+mi\b", re.IGNORECASE), "for me"),
    (re.compile(r"\bnuh\s+(?=more than|over|pass|more dan)", re.IGNORECASE), "no "),
    (re.compile(r"\bmore\s+dan\b", re.IGNORECASE), "more than"),
    # American Southern: a dropped g, "y'all", 'reckon you could', 'mind fetching me', 'outta', "'em"
    (re.compile(r"(?<=[a-z]{2})in'(?=\s|$|[,.!?;])", re.IGNORECASE), "ing"),
    (re.compile(r"^\s*y'?all\s*,\s*", re.IGNORECASE), ""),
    (re.compile(r"\b(?:y'?all|you)\s+reckon\s+(?:y'?all\s+|you\s+)?(could|can|would)\b", re.IGNORECASE), r"\1 you"),
    (re.compile(r"^\s*(?:(?:would|do|could)\s+)?(?:y'?all|you)\s+mind\s+(?:fetch|grabb?|gett?|buy|order|pick)ing"
                r"(?:\s+up)?\s+(?=me\b|us\b)", re.IGNORECASE), "could you get "),
    (re.compile(r"\b(?<=could |would )y'?all\s+(?:fetch|grab|get|pick up)\b", re.IGNORECASE), "you get"),
    (re.compile(r"\by'?all\b", re.IGNORECASE), "you"),
    (re.compile(r"\boutta\b", re.IGNORECASE), "out of"),
    (re.compile(r"\bthem\s+there\s+(?=[a-z])", re.IGNORECASE), "the "),
    (re.compile(r"(?<![\w'])'em\b", re.IGNORECASE), "them"),
    # 'them' as 'those' before a product: 'two of them mason jars', 'them batteries were dead'
    (re.compile(r"(?:(?<=^)|(?<=\bof )|(?<=, ))them\s+(?=(?!(?:for|to|back|up|out|off|in|on|at|all|both|please|pls|and|or"
                r"|with|by|from|now|today|tomorrow|instead|too|as|is|are|were|was|will|would|ones?)\b)[A-Za-z][\w-]*\s+[A-Za-z])",
                re.IGNORECASE), "the "),
    # an over-formal letter: 'I should be most grateful if you would procure, on my behalf, …', 'the cost not to exceed'
    (re.compile(r"^\s*(?:i|we)\s+(?:should|would)\s+be\s+(?:most\s+|very\s+|much\s+|extremely\s+|so\s+)?(?:grateful|obliged"
                r"|thankful|pleased)\s+if\s+you\s+(?:would|could|might|were to)\s+(?:kindly\s+|please\s+)?", re.IGNORECASE),
     "please "),
    (re.compile(r"^\s*(?:would|could)\s+you\s+be\s+so\s+kind\s+as\s+to\s+", re.IGNORECASE), "please "),
    (re.compile(r"\b(?:i|we)\s*(?:'d|would)?\s+(?:like|want|need)\s+you\s+to\s+(?=(?:buy|get|order|purchase|procure|grab)\b)"
                r"|\b(?:i|we)'d\s+like\s+you\s+to\s+(?=(?:buy|get|order|purchase|procure|grab)\b)", re.IGNORECASE), "please "),
    (re.compile(r"\bprocure\b", re.IGNORECASE), "buy"),
    (re.compile(r"^\s*(?:i|we)\s+(?:shall\s+|will\s+|do\s+)?(?:require|am in need of|are in need of)\b", re.IGNORECASE), "I need"),
    (re.compile(r"\bthe\s+total\s+(?:cost\s+|price\s+|amount\s+)?(?:is\s+|being\s+|should\s+be\s+)?(?:not\s+to\s+exceed|no\s+more"
                r"\s+than|not\s+more\s+than|at\s+most)\b", re.IGNORECASE), "total max"),
    (re.compile(r"\bthe\s+(?:cost|price|amount|expense)\s+(?:is\s+|being\s+|should\s+be\s+)?(?=(?:not\s+to\s+exceed|not\s+exceeding"
                r"|no\s+more\s+than|not\s+more\s+than|under|below|at\s+most|max)\b)", re.IGNORECASE), ""),
    (re.compile(r"\bnot\s+(?:to\s+exceed|exceeding)\b", re.IGNORECASE), "no more than"),
    (re.compile(r"\b(?:it|they|this|that|each)\s+(?:ought\s+not\s+to|should\s+not|shouldn'?t|must\s+not|mustn'?t|is\s+not\s+to"
                r"|are\s+not\s+to|need\s+not)\s+cost\s+(?:more\s+than|over|above)\b", re.IGNORECASE), "no more than"),
    (re.compile(r"\b(under|below|max|than|within) a (?=hundred|thousand)", re.IGNORECASE), r"\1 one "),
    (re.compile(r"\ba\s+single\s+(?=(?!ones?\b)[a-z])", re.IGNORECASE), "one "),
    # 'a single one will suffice', 'one is enough': a count of one said as a remark of its own
    (re.compile(r"[;,]\s*(?:a\s+single\s+one|just\s+one|only\s+one|one)\s+(?:(?:is|will\s+be|would\s+be)\s+(?:enough|sufficient"
                r"|plenty|fine)|(?:will|would|should)\s+(?:suffice|do))\s*(?=[;,.!]|$)", re.IGNORECASE), ""),
    # South African and Indian English: 'ja,' first, 'now now' (soon), 'kindly arrange', '… and revert'
    (re.compile(r"^\s*(?:ja|yebo|haibo)\s*,\s*", re.IGNORECASE), ""),
    (re.compile(r"\s*,?\s*\b(?:now now|just now)\b", re.IGNORECASE), ""),
    (re.compile(r"^\s*kindly\s+arrange(?:\s+for)?\b", re.IGNORECASE), "please get"),
    (re.compile(r"\s*,?\s*\band\s+(?:revert(?:\s+back)?|do\s+the\s+needful)\s*[.!]*\s*$", re.IGNORECASE), ""),
    (re.compile(r"^\s*(?:let me|lemme)\s+(?=(?:get|grab|have)\s+(?:\d|a\b|an\b|one|two|three|some))", re.IGNORECASE), "please "),
    # text-speak: 'gt me', 'bought 2 many'
    (re.compile(r"(?:(?<=^)|(?<=\bpls )|(?<=\bplz )|(?<=\bcan u )|(?<=\bcan you ))gt(?=\s+(?:me|us|\d|a|an|one|two|three)\b)",
                re.IGNORECASE), "get"),
    (re.compile(r"(?<![\w.])2\s+(many|much)\b", re.IGNORECASE), r"too \1"),
    (re.compile(r"\bprice\s+off\s+(?=(?:the|my|this|that|a|an)\s)", re.IGNORECASE), "price of "),  # 'the price off the X'
    (re.compile(r"\b(bought|ordered|got|it'?s|its|they'?re|is|are|was|were|way|just|bit|far)\s+2\s+(small|big|large|tight|loose|short"
                r"|long|heavy|weak|loud|slow|expensive|late)\b", re.IGNORECASE), r"\1 too \2"),
    (re.compile(r"(?:(?<=, )|(?<=^))2\s+(small|big|large|tight|loose|short|long)(?=\s*(?:[,.;!?]|$))", re.IGNORECASE), r"too \1"),
    # counts said as words of old, and a count glued to its verb
    (re.compile(r"\bhalf\s+a\s+score\s+(?:of\s+)?(?=[a-z])", re.IGNORECASE), "10 "),
    (re.compile(r"\b(?:a|one)\s+score\s+(?:of\s+)?(?=[a-z])", re.IGNORECASE), "20 "),
    (re.compile(r"\b(?:a|one)\s+gross\s+(?:of\s+)?(?=[a-z])", re.IGNORECASE), "144 "),
    (re.compile(r"\ba\s+baker'?s\s+dozen\s+(?:of\s+)?(?=[a-z])", re.IGNORECASE), "13 "),
    (re.compile(r"(?<![\w-])(buy|get|order|grab)(\d{1,3})(?=\s+[a-z])", re.IGNORECASE), r"\1 \2"),
)
# Tags of New Zealand, Australian, Irish and South African English said in a clause of their own: 'chilly bin, one,
# sweet as', '…, grand so', '…, lekker'.
_TAG = re.compile(r"\s*,\s*(?:sweet as|cheers|chur|no worries|all good|good as gold|grand so|that'?d be grand|grand|ta|lekker|shot)(?:\s+(?:bro|mate|cuz|bru|eh))?\s*"
                  r"(?=,|$|[.!])", re.IGNORECASE)


# A cap said as a condition set off inside a purchase, between its verb and the product: 'buy, if it's under 500, a
# foot massager' is a purchase capped at 500 (a purchase that waits for the price, 'buy X once it's under 500', is not
# set off this way and stays a watch).
_CAP_SET_OFF = re.compile(r"\b(?P<verb>buy|get|order|purchase)\s*,\s*(?:(?:but\s+)?only\s+)?if\s+(?:it'?s|it\s+is|they'?re"
                          r"|they\s+are|the\s+price\s+is)\s+(?P<cap>(?:under|below|less\s+than|no\s+more\s+than|at\s+most)\s+"
                          r"[¥￥]?\d[\d,.]*(?:\s*(?:yuan|rmb|kuai|元|块))?)\s*,\s*(?=(?:a|an|one|two|three|some|\d+)\s)",
                          re.IGNORECASE)


# What a purchase is for, said before the request's own frame: "For Mum's birthday I'd like you to buy …" is said as
# "I'd like you to buy …, for Mum's birthday", where the readers of beneficiaries and occasions find it.
_FOR_FIRST = re.compile(r"^\s*(?P<purpose>for\s+[^,.;:!?]{2,40}?)\s*,?\s+(?=(?:(?:i'?d|i\s+would|we'?d|we\s+would)\s+like"
                        r"\s+(?:you\s+)?to|(?:please|could\s+you|can\s+you|would\s+you)\s+(?:please\s+)?)\s*,?\s*(?:buy|get|order)\b)",
                        re.IGNORECASE)


# Notes in brackets around a terse request: where it goes said first ('(for the office) one whiteboard'), a word
# describing it said last ('…, 90x60 (magnetic)'), and how soon ('(urgent)', '(asap)'), which no errand reads.
_PLACE_NOTE = re.compile(r"^\s*[(\[]\s*(?:for |to )?(?:the |my |our )?(?P<label>home|office)\s*[)\]]\s*"
                         r"|\s*[(\[]\s*(?:for |to )?(?:the |my |our )?(?P<last>home|office)\s*[)\]]\s*$", re.IGNORECASE)
_SOON_NOTE = re.compile(r"\s*[(\[]\s*(?:very |super )?(?:urgent|asap|important|priority|rush|quick|fast)\s*!*\s*[)\]]", re.IGNORECASE)
_WORD_NOTE = re.compile(r"\s*[(\[]\s*(?P<word>(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|please|pls|thanks|for|to"
                        r"|home|office)\b)[a-z][a-z-]*(?: [a-z][a-z-]*)?)\s*[)\]]\s*$", re.IGNORECASE)


def _notes(text: str) -> str:
    rest, label = _SOON_NOTE.sub("", text), None
    for _ in range(3):  # '[glass] [for home]': notes said one after another
        place = _PLACE_NOTE.search(rest)
        if place is not None:
            label = (place.group("label") or place.group("last")).lower()
            rest = np.past_own_place(rest[:place.start()]) + " " + rest[place.end():]  # 'to the school (my office)'
        rest = _WORD_NOTE.sub(lambda m: ", " + m.group("word"), rest.strip())
    return f"{rest.strip().rstrip(' .!')}, deliver to {label}" if label else rest


# 'on my behalf' said of a purchase alone is the shopper asking for it ('purchase a kettle on my behalf'); said with
# approving, signing or paying it is a step only the shopper takes, and stays for the screen to ask about.
_BEHALF = re.compile(r"(?<=\S)\s*,?\s*on\s+my\s+behalf\b\s*,?", re.IGNORECASE)
_BOUGHT = re.compile(r"\b(?:buy|purchase|order|get)\b", re.IGNORECASE)
_OWN_STEP = re.compile(r"\b(?:approv\w*|sign\w*|confirm\w*|accept\w*|authori[sz]\w*|pay\w*|paid|quotes?|card|account|password"
                       r"|codes?|checkout|charge\w*|spend\w*|cap|limit|transfer\w*|send money|wire)\b", re.IGNORECASE)


def _behalf(text: str) -> str:
    if not _BOUGHT.search(text) or _OWN_STEP.search(text):
        return text
    return _BEHALF.sub(" ", text)


def _cap_set_off(text: str) -> str:
    found = _CAP_SET_OFF.search(text)
    if found is None:
        return text
    return f"{text[:found.start()]}{found.group('verb')} {text[found.end():].rstrip(' .!')}, {found.group('cap')}"


# A date written with a dot before a clock ('11.27 3pm', '28.11 at 4pm'): written with a slash, as the readers of
# dates read it (and ask about it when the day and the month could be swapped). A price's decimal has no clock after it.
_DOTTED_DATE = re.compile(r"(?<![\d.,¥￥$])(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)(?![\d.])(?=\s+(?:at\s+|by\s+|before\s+)?"
                          r"(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}\b|noon\b|midday\b))", re.IGNORECASE)


def dotted_dates(text: str) -> str:
    """``text`` with a date written with a dot before a clock written with a slash ('11.27 3pm' → '11/27 3pm')."""
    return _DOTTED_DATE.sub(lambda m: f"{m.group('a')}/{m.group('b')}", text)


def plain(text: str) -> str:
    """English ``text`` with the words of its dialect, register or medium said plainly; other text as it was."""
    if re.search(r"[\u4e00-\u9fff]", text) or not re.search(r"[A-Za-z]", text):
        return text
    rest = _LIKE.sub(" ", _FILLER.sub(" ", _notes(text)))
    rest = _SO_FIRST.sub("", " ".join(rest.split()))
    for pattern, said in _SAID:
        rest = pattern.sub(said, rest)
    rest = " ".join(_cap_set_off(_behalf(_TAG.sub("", rest))).split()).strip(" ,")
    if (purpose := _FOR_FIRST.match(rest)) is not None:
        rest = f"{rest[purpose.end():].rstrip(' .!')}, {purpose.group('purpose')}"
    return rest if re.search(r"[A-Za-z]{2}", rest) else text
