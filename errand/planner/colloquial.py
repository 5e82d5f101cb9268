"""Colloquial English around a request, said plainly: Singaporean and Malaysian English ('alamak', 'lah', 'can … or
not', 'below 40 can already', 'spoil', 'tapau'), a request buried after a story ('…, but anyway I'll need a new garden
hose'), keyboard typos in the words around the product ('offcie', 'undr', 'resked'), 'help me buy', 'buy one new one'
and 'forgot my umbrella, buy one'. Product words are left as they were; ``structured.plain`` calls ``plain``.
"""

from __future__ import annotations

import re

from . import dropped as dp

# ---- Singaporean and Malaysian English ----------------------------------------------------------------

_SG_OPEN = re.compile(r"^\s*(?:alamak|aiyo+|aiyah|aiya|walao(?:\s+eh)?|wah\s+lau(?:\s+eh)?|wah|eh|oi|oei|(?:boss|bro|uncle"
                      r"|auntie|aunty)(?=\s*,|\s+can\b))\b[\s,!.]*",
                      re.IGNORECASE)
_SG_PARTICLE = re.compile(r"\s+(?:lah|leh|lor|liao|sia|meh|hor)\b(?=\s*(?:[,.!?;]|$))", re.IGNORECASE)
_SG_CAN = re.compile(r"(?<=\d)\s+(?:also\s+)?can(?:\s+(?:already|liao|one))?(?=\s*(?:[,.!?;]|$))", re.IGNORECASE)
_SG_CAN_ASK = re.compile(r"(?:^|(?<=[,;]\s)|(?<=\banyway\s)|(?<=\bso\s))\s*(?:can|could)\s+(?:you\s+)?(?:help\s+(?:me|us)\s+)?"
                         r"(?=(?:buy|get|order|tapau|move|change|reschedule|shift|deliver)\b)", re.IGNORECASE)
_SG_OR_NOT = re.compile(r"\s+(?:or\s+not|anot)\b\s*\??(?=\s|[,.!;]|$)", re.IGNORECASE)
# 'buy one new one can?': 'can?' or 'can or not?' said last asks only whether it is all right.
_SG_CAN_LAST = re.compile(r"[,\s]+can(?:\s+(?:or\s+not|anot)\s*\??|\s*\?)\s*$|[,\s]+confirm(?:\s+plus)?\s+chop\b", re.IGNORECASE)
_SG_SPOIL = re.compile(r"(?<=[a-z] )(?:spoil|spoilt|spoiled|rosak)(?:\s+(?:already|liao|le|again))?"
                       r"(?=\s*(?:[,.!;]|$|\s+(?:so|and|then|already|again)\b))", re.IGNORECASE)
_SG_TAPAU = re.compile(r"\b(?:tapau|dabao|da bao|ta pau)\b", re.IGNORECASE)
_HELP_ME = re.compile(r"(?:(?<=^)|(?<=[,;]\s)|(?<=\bplease\s)|(?<=\bso\s))help\s+(?:me|us)\s+(?=(?:buy|get|order)\b)",
                      re.IGNORECASE)
_ONE_NEW_ONE = re.compile(r"\b(?P<v>buy|get|order)\s+(?P<me>(?:me|us)\s+)?one\s+new\s+one\b", re.IGNORECASE)
# 'forgot my umbrella, buy one', 'my kettle broke, get one': 'one' is the thing named before.
_LOST_ONE = re.compile(r"^(?:i\s+)?(?:(?:forgot|lost|left|misplaced|dropped)\s+(?:my|our|the)\s+(?P<what>[a-z][a-z -]{1,30}?)"
                       r"|(?:my|our)\s+(?P<broken>[a-z][a-z -]{1,30}?)\s+(?:broke|is broken|died|is dead))"
                       r"(?:\s+(?:at home|at the office|somewhere|again|already|today|yesterday|this morning))?\s*,\s*"
                       r"(?:please\s+)?(?P<verb>buy|get|order)\s+(?:me\s+)?(?:one|a new one|another(?: one)?)\b", re.IGNORECASE)
# 'the Switch so ex', 'the Dyson is too pricey': a remark on the price is no part of the product.
_DEAR = re.compile(r"(?<!nothing)(?<!\bnot)(?:\s+(?:is|are|'s|'re))?\s+(?:so|very|damn|quite|too|super|really)\s+(?:ex|exp|expensive|pricey|costly"
                   r"|dear)\b", re.IGNORECASE)
# The order named first, then what to do with it: 'the batteries order, please push to mon evening'.
_ORDER_FIRST = re.compile(r"^(?P<topic>(?:the|my)\s+[\w' -]{1,30}?\s+(?:order|delivery|parcel|package)|ord_\w+)\s*[,:—-]\s*"
                          r"(?:please\s+|can\s+)?(?P<verb>push|move|shift|reschedule|change|postpone|delay)"
                          r"(?:\s+(?:it|that|the delivery|delivery))?\s+(?=(?:to|till|until)\b)", re.IGNORECASE)
_HOUSE = re.compile(r"\b(?P<p>to|for|at)\s+(?:the\s+|my\s+|our\s+)?house\b", re.IGNORECASE)

# ---- a request buried after a story ------------------------------------------------------------------

# Where the request starts after the story: ', so please get …', 'but anyway I'll need …', '… anyway could you get …'.
_REQUEST_AFTER = re.compile(r"(?:^|[,;.!—–]\s*|\s)(?:(?:and\s+|but\s+)?so|(?:but\s+|and\s+)?anyway|long story short|point is"
                            r"|bottom line)\s*,?\s+(?=(?:could|can|would|will)\s+you\b|please\b|i'?ll need\b|i need\b"
                            r"|i'?d like\b|we need\b|(?:let|tell|notify|ping|alert)\s+me\b|keep an eye\b|watch\b|(?:(?:get|buy|order|grab)\s+(?:me\s+|us\s+)?)?(?:\d|a\b|an\b|one|two|three"
                            r"|four|five|six|some|the\b))", re.IGNORECASE)
# A story that names another person's wish, money or an instruction stays whole, so the checks read it.
# (A bare 'his' or 'them' is no one's money or place: "took the wok, which was his" keeps nothing; "her card", "for
# him", 'asked her to' do.)
_STORY_KEEP = re.compile(r"\b(?:(?:his|her|their)\s+(?:own\s+)?(?:card|account|wallet|money|address|flat|house|home|place|office"
                         r"|room|dorm|name|behalf|phone|number|details|password|code|order|parcel|birthday|wish)|for\s+(?:him|her|them)"
                         r"|(?:him|her|them)\s+to|wants?|wanted|asked|asks|told|tells|says|said|card|account|pay|paid"
                         r"|charge (?:it|them|to)|boss|manager|ignore|instructions?|approve|approval|system|admin|prompt|override|bypass"
                         r"|confirm|skip|password|code|otp|verify|cap|limit|settings?|gift|anymore|hopeless|kill|die|dying|hurt|suicid\w*"
                         r"|overdose|(?:can'?t|cannot) (?:go on|take it|deal|cope))\b|[$¥@]|\d", re.IGNORECASE)
# A reason or an apology after the request: '… because money's tight', 'thanks and sorry for the essay'.
_AFTER_STORY = re.compile(r"\s*,?\s*(?:(?:because|cos|cause|since)\s+[a-z' ]{3,40}"
                          r"|(?:thanks|thank you|ta)?(?:\s+and)?\s*sorry\s+(?:for|about)\s+(?:the|this|my)\s+(?:essay|novel"
                          r"|rant|ramble|long message|wall of text|long story))\s*[.!]*\s*$", re.IGNORECASE)

# The day said in the story, carried to the request when the request names none: 'meeting tomorrow …, so get … for 2pm'.
_DAY = re.compile(r"\b(?:today|tonight|tomorrow|(?:this|next)\s+(?:week|weekend|monday|tuesday|wednesday|thursday|friday"
                  r"|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)

# A request that points back into the story ('watch it', 'get me a new one') keeps the story that names the thing.
_REFERS_BACK = re.compile(r"\b(?:it(?!'s|\s+is)|them|those|these|the same|that one|new one|another one|one of those)\b", re.IGNORECASE)


def _buried(text: str) -> str:
    """'so yesterday the dog chewed my hose …, but anyway I'll need a new 20m garden hose' → the request alone, when
    the story before it is long and names no one else's wish or money, no instruction and nothing harmful."""
    cues = list(_REQUEST_AFTER.finditer(text))
    if not cues:
        return text
    head, tail = text[: cues[-1].start()], text[cues[-1].end():]
    short = re.search(r"anyway|long story short|point is|bottom line", cues[-1].group(0), re.IGNORECASE)
    reason = _AFTER_STORY.search(tail)
    tail = _AFTER_STORY.sub("", tail) if reason is None or not dp.reason_must_stay(reason.group(0)) else tail
    if len(head.split()) < (3 if short else 8) or _STORY_KEEP.search(head) or _REFERS_BACK.search(tail) or dp.must_hear(head):
        return text
    day = _DAY.search(head)
    return f"{tail}, {day.group(0)}" if day and not _DAY.search(tail) else tail


# ---- keyboard typos in the words around the product ---------------------------------------------------

_TYPOS = {"offcie": "office", "ofice": "office", "offce": "office", "offic": "office", "oficce": "office",
          "undr": "under", "udner": "under", "uner": "under", "belwo": "below",
          "wireles": "wireless", "wirless": "wireless", "wireelss": "wireless", "bluetoth": "bluetooth",
          "resked": "reschedule", "reskd": "reschedule", "reschdule": "reschedule", "rescheudle": "reschedule",
          "mornin": "morning", "mroning": "morning", "afternon": "afternoon", "aftrnoon": "afternoon",
          "evenin": "evening", "eveing": "evening", "delivr": "deliver", "dleiver": "deliver", "budegt": "budget",
          "budgte": "budget", "eahc": "each", "pleae": "please"}
_TYPO = re.compile(r"(?<![\w'-])(" + "|".join(sorted(_TYPOS, key=len, reverse=True)) + r")(?![\w'-])", re.IGNORECASE)
# 'for hom', 'to hom': home with its last letter dropped, where a place goes.
_HOM = re.compile(r"\b(?P<p>to|for|at)\s+(?:the\s+)?hom\b", re.IGNORECASE)


def _singapore(text: str) -> str:
    """Singaporean and Malaysian English said plainly: 'alamak', 'lah', 'can … or not', 'below 40 can', 'spoil'."""
    text = _SG_CAN.sub("", _SG_PARTICLE.sub("", _SG_OPEN.sub("", _SG_OPEN.sub("", text))))
    if _SG_CAN_ASK.search(text):
        text = _SG_OR_NOT.sub("", _SG_CAN_ASK.sub("please ", text))
    return _SG_TAPAU.sub("order", _SG_SPOIL.sub("broke", _SG_CAN_LAST.sub("", text)))


def plain(text: str) -> str:
    """``text`` with its colloquial English said plainly (typos mended, a story before the request dropped)."""
    text = _buried(_TYPO.sub(lambda m: _TYPOS[m.group(1).lower()], text))
    text = _singapore(_HOM.sub(r"\g<p> home", text))
    text = _LOST_ONE.sub(lambda m: f"{m.group('verb')} a {m.group('what') or m.group('broken')}", text)
    text = _ORDER_FIRST.sub(r"\g<verb> \g<topic> ", _DEAR.sub("", text))
    return _HOUSE.sub(r"\g<p> home", _ONE_NEW_ONE.sub(r"\g<v> \g<me>a new one", _HELP_ME.sub("", text)))
