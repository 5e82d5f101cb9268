"""A request wrapped in a text format, a register or an interjection, unwrapped so the readers see what it asks:

- SQL, a transcript ('Q: … A: …') and a markdown table row: read by ``statements``;
- verse with slashes ('… / two mugs, please / for home'): the lines joined, the lines before the request dropped;
- an interjection or a dialect greeting said first ('dude, stoked — …', 'ow bist, …'), a captain's announcement,
  a headline ('LOCAL MAN, 40, SEEKS …'), a horoscope, a lab report's labels, a trailing thanks in another language,
  and Tok Pisin's buying words ('mi laik baim tupela …');
- 'one' said for a thing named before ('the moka pot is broken — a new one', 'a new umbrella is in your future — so
  buy one', "whose rolling pin snapped / so buy just one / a marble one"): the thing itself.

Nothing the safety checks must hear is dropped (``dropped.must_hear``): a lead, a line or a question that would be
asked about keeps the text as it was, and every unwrapped request is read by the same screens as any other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import doc_frames as dfr
from . import dropped as dp
from . import statements as st
from . import typed_commands as tc
from .people_words import KIN_EN

_I = re.IGNORECASE
_VERB = re.compile(r"\b(?:buy|get|order|grab|need|needs|want|wants|fetch|pick up|send|bring|return|move|watch|cancel"
                   r"|approve|pay|refund|please|seeks?|after)\b", _I)
_NUMBERED = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen)\b", _I)
_COUNTED = re.compile(r"\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a pair"
                      r"|a dozen|some)\b", _I)



# ---- 'one' for a thing named before ----------------------------------------------------------------------------

# Whom or what 'a new one' may never stand for: a person, a pet, a living thing.
_ALIVE = (r"(?:goldfish|fish|cat|kitten|dog|puppy|hamster|rabbit|bunny|bird|budgie|parrot|pet|guinea pig|tortoise|turtle"
          r"|snake|lizard|horse|pony|chicken|hen|plant|tree|baby|child|boy|girl|man|woman|person|people)")
_THING = r"(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
# The thing named: broken ('the moka pot is broken', 'whose rolling pin snapped') or foretold ('a new umbrella is in
# your future').
_BROKEN = re.compile(rf"\b(?:the|my|our|his|her|their|whose)\s+(?!(?:{KIN_EN}|{_ALIVE})\b){_THING}"
                     r"(?:'s|\s+is|\s+was|\s+has|\s+just)?\s+(?:broken|broke|snapped|cracked|dead|died|bust|busted|kaput"
                     r"|knackered|gone|worn out|split|shattered|packed up|given up|conked out|fell apart|finally broke)\b"
                     r"(?!\s+(?:his|her|their|my|our|your|its|the|a|an|it|them)\b)", _I)
_FORETOLD = re.compile(rf"^\s*(?:an?\s+)?(?:new\s+)?{_THING}\s+(?:is|are)\s+(?:in your future|in the cards|on the cards"
                       r"|coming your way|written in the stars|in your stars|awaiting you)\s*", _I)
_ONE = re.compile(r"\b(?P<verb>buy|get|order|grab|fetch)\s+(?:me\s+|us\s+|her\s+|him\s+|them\s+)?(?:just\s+)?"
                  r"(?:a\s+new\s+|another\s+)?one\b(?:\s*,\s*(?:an?\s+)?(?P<adj>[a-z][\w-]*)\s+one\b)?"
                  r"|\ban?\s+(?P<new>new|replacement|fresh|spare)\s+one\b", _I)


def _one_named(text: str) -> str:
    thing = _FORETOLD.match(text) or _BROKEN.search(text)
    if thing is None or not (one := _ONE.search(text, thing.end())):
        return text
    name = thing.group("thing")
    if one.group("new"):
        said = f"a new {name}"
    else:
        said = f"{one.group('verb')} one {(one.group('adj') + ' ') if one.group('adj') else ''}{name}"
    if _FORETOLD.match(text):  # the foretelling is only the wrapper: the request is what follows
        return said + text[one.end():]
    return text[: one.start()] + said + text[one.end():]


# ---- verse -----------------------------------------------------------------------------------------------------

# A verse's line said for its rhyme or metre: 'if I may', "and don't be slow", 'no more'.
_FILLER = re.compile(r"^(?:and\s+|so\s+)?(?:(?:do not|don'?t) be (?:slow|late|long)|if (?:I|you|we) (?:may|please|can)"
                     r"|I pray(?: thee)?|no more|and that is that|the end|done|thank you|ta|cheers|my dear|my friend)\W*$", _I)
_DONE = re.compile(r"\s*,?\s*\b(?:done|I pray(?: thee)?|and that is that|the end)\s*[.!]*\s*$", _I)


def _verse(text: str) -> str:
    lines = [line.strip() for line in re.split(r"\s+/\s+", text) if line.strip()]
    if len(lines) < 3 or any(":" in line or len(line.split()) < 2 for line in lines) \
            or sum(len(line.split()) >= 3 for line in lines) < 2:
        return text  # 'get / AA batteries / 8 / office', 'item: mug / qty: 2': fields, not verse
    joined = _one_named(", ".join(lines))
    lines = [line.strip() for line in joined.split(", ") if line.strip()]
    first = next((i for i, line in enumerate(lines) if _VERB.search(line) or _NUMBERED.search(line)), 0)
    dropped = " ".join(lines[:first])
    if dp.must_hear(dropped):
        return text
    kept = [line for line in lines[first:] if not _FILLER.match(line)]
    return _DONE.sub("", ", ".join(kept or lines[first:]))


# ---- leads: interjections, announcements, headlines, horoscopes, lab reports -----------------------------------

_INTERJECTION = (
    r"bor|ow bist|oi|oy|hiya|howdy|g'day|gday|cor|blimey|crikey|gosh|golly|jeez|yikes|whoa|wow|oof|och|ach|eh|mate"
    r"|bro|bruv|fam|ey up|ay up|ayup|eyup|wotcha|hey|heya|hi|hello|ahoy|yo|ugh|oops|boom|bingo|hurrah|hooray|lordy"
    r"|dude|stoked|gnarly|oh my (?:days|god|gosh|word)|omg|mamma mia|mama mia|madonna mia|oh my|oh boy|oh dear|oh man|good grief|yeehaw"
    r"|howzit|sawubona|jambo|aloha|kia ora|bonjour|hola|ciao|salut|namaste|shalom|sheesh|dang|darn|heck|oy vey"
    r"|ay caramba|sacre bleu|mon dieu|madre mia|dios mio|ach so|jings|crivens|oh aye|hark|alas|huzzah|zut alors"
    r"|wahey|whey aye|howay|alreet|now then|good (?:morning|afternoon|evening)|morning|evening|cheerio|cheers"
)
_HAILED = re.compile(rf"^\s*(?:(?:{_INTERJECTION})(?:\s*(?:—|–|:|,|!+|\.)|\s+-)\s*)+", _I)
_SCENE = re.compile(r"^(?P<scene>[^—–?\d]{1,80}?)\s*(?:—|–|\s-\s)\s*(?=\S)")
# An event said as a heading, then a call or a scene before a dash: 'bingo night: legs eleven — …'.
_HEADING = re.compile(r"^\s*(?:[a-z]+\s+){0,2}(?:night|party|day|evening|morning|club|meet(?:ing)?)\s*:\s*", _I)
_CAPTAIN = re.compile(r"^\s*(?:(?:ladies and gentlemen|folks|boys and girls|attention(?:,)? (?:all )?passengers)\s*,?\s*)?"
                      r"(?:this is (?:your )?(?:captain|pilot|first officer|purser|conductor|driver)(?: speaking)?)?"
                      r"\s*[:,—–]\s*", _I)
_BE_NEEDING = re.compile(r"\b(?:we'll|we will|we're going to|we are going to|i'll|i will) (?:be needing|need)\b", _I)
_THANKS_END = re.compile(r"\s*[,;.!]?\s*(?:(?:please\s+)?and\s+)?(?:thank you(?: very much)?(?: for flying with us)?|obrigad[oa]|gracias"
                         r"|merci(?: beaucoup)?|danke(?: sch(?:ö|oe)n)?|grazie(?: mille)?|arigat[oō](?: gozaimasu)?"
                         r"|spasibo|asante(?: sana)?|dzi[eę]kuj[eę]|dank je(?: wel)?|bedankt|takk|tack|kiitos"
                         r"|xie ?xie|terima kasih|salamat|shukran|toda|efharisto|kamsahamnida|dhanyavaad|mahalo|tenkyu"
                         r"|tenk yu)\s*[.!]*\s*$", _I)
_HEADLINE = re.compile(r"^\s*(?:local|area|city|town|village)\s+(?:man|woman|mum|mom|dad|resident|shopper|family|couple"
                       r"|student|pensioner|gran|granny|grandad|teacher|chef|baker)\s*(?:,\s*\d{1,3}\s*,)?\s*"
                       r"(?:urgently |desperately |finally |still |now )?(?:seeks|wants|needs|demands|orders|requests"
                       r"|hunts for|searches for|desires)\s+", _I)
_STARS = re.compile(r"^\s*(?:your stars(?: today| for today| this week)?|your horoscope(?: today| for today)?"
                    r"|today's horoscope|the stars say|the cards say|(?:aries|taurus|gemini|cancer|leo|virgo|libra|scorpio"
                    r"|sagittarius|capricorn|aquarius|pisces)(?: today)?)\s*[:,—–]\s*", _I)
_LAB = re.compile(r"(?:^|(?<=[.!;]))\s*(?:observations?|hypothesis|method|findings?|results?|conclusions?|action"
                  r"|recommendations?|next steps?|analysis|aim)\s*:\s*", _I)
_SHIPPED = re.compile(r"(?:^|(?<=[,!—–:]))\s*(?P<q>(?:has|have|did|is|was|are|were)\s+(?:the\s+|my\s+|our\s+|that\s+|this\s+)?"
                      r"[\w' -]{0,40}?\b(?:order|parcel|package|delivery|ord_\w+|it|they|them)\s+(?:been\s+|got\s+)?"
                      r"(?:sent(?: out| off)?|shipped|dispatched|posted|gone out|left|sent yet|out for delivery)\b[^?]*\?)"
                      r"\s*$", _I)
_MOVE_SHAPE = re.compile(r"^(?P<what>[A-Za-z][\w' -]{1,40}?)\s+(?:on|for|to)\s+(?P<when>(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
                         r"\s+[A-Za-z]+|[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                         r"|tomorrow)\s*,?\s*(?:in the\s+)?(?P<part>morning|afternoon|evening|night)\b", _I)
# 'Is possible to buy …', 'is it possible to order …': a request, not a question about an order.
_POSSIBLE = re.compile(r"^\s*(?:is\s+)?(?:it\s+)?possible\s+to\s+(?P<verb>buy|order|get)\b", _I)
_PIDGIN = (
    (re.compile(r"\bmi\s+laik\s+(?:baim|baem)\b", _I), "I want to buy"),
    (re.compile(r"\bmi\s+laik\s+kisim\b", _I), "I want to get"),
    (re.compile(r"\b(?:baim|baem)\b", _I), "buy"),
    (re.compile(r"\blong\s+haus\b", _I), "for the house"),
    (re.compile(r"\bplis\b", _I), "please"),
)
_PELA = {"wanpela": "one", "tupela": "two", "tripela": "three", "fopela": "four", "faivpela": "five",
         "sikspela": "six", "sevenpela": "seven", "etpela": "eight", "nainpela": "nine", "tenpela": "ten"}


def _pidgin(text: str) -> str:
    if not re.search(r"\b(?:baim|baem|kisim|\w+pela)\b", text, _I):
        return text
    for pattern, said in _PIDGIN:
        text = pattern.sub(said, text)
    return re.sub(r"\b(" + "|".join(_PELA) + r")\b", lambda m: _PELA[m.group(1).lower()], text, flags=_I)


# What an observation says of its subject: 'Dyson V15 too dear', 'shower head clogged', 'kettle is leaking'.
_STATE = re.compile(r"\s+(?:is|are|was|were|has|have|keeps|still|too|very|so|now|got|clogged|broken|rusted|dead|cracked"
                    r"|leaking|leaks|worn|pricey|dear|expensive|overpriced)\b", _I)


def _lab(text: str) -> str:
    """A lab report: what it concludes to do, with 'it' said as the subject observed; every section when the
    conclusion buys or watches nothing ('Result: it keeps boiling. Return.')."""
    observed, *done = [part.strip(" .") for part in _LAB.split(text) if part.strip(" .")]
    action = ". ".join(done)
    if not done or not re.search(r"\b(?:buy|get|order|grab|watch|track|monitor)\b", action, _I):
        return _LAB.sub(" ", text).strip()
    subject = observed[: state.start()] if (state := _STATE.search(observed)) else ""
    if re.search(r"\b(?:it|them)\b", action, _I):
        if not subject.strip() or len(subject.split()) > 5:
            return _LAB.sub(" ", text).strip()
        action = re.sub(r"\b(?:it|them)\b", subject.strip(), action, count=1, flags=_I)
    return _dropped(observed, action, text)


def _bought(tail: str) -> bool:
    """What follows a scene is a purchase counted on its own ('3 shelf brackets', 'surf wax, 6 bars'), pointing at
    nothing the scene named ('wrong, return them' needs the scene that says what was wrong)."""
    return bool(_NUMBERED.search(tail) or re.match(r"\s*an?\s", tail, _I)) and not re.search(
        r"\b(?:it|them|this|that|these|those|return|refund|back|move|cancel|same|instead)\b", tail, _I)


def _dropped(lead: str, rest: str, text: str) -> str:
    """``rest`` when ``lead`` holds nothing the screens must hear and ``rest`` still has words; else ``text``."""
    return rest if re.search(r"[A-Za-z]{2}", rest) and not dp.must_hear(lead) else text


def _leads(text: str) -> str:
    hailed = False
    if (captain := _CAPTAIN.match(text)) is not None and captain.group(0).strip(" :,—–"):
        text = _dropped(captain.group(0), text[captain.end():], text)
        text = _BE_NEEDING.sub("we need", text)
    if (stars := _STARS.match(text)) is not None:
        text = _dropped(stars.group(0), text[stars.end():], text)
    if (headline := _HEADLINE.match(text)) is not None:
        text = "I need " + text[headline.end():]
    if len(_LAB.findall(text)) >= 2 and _LAB.match(text):
        text = _lab(text)
    if (hail := _HAILED.match(text)) is not None and hail.end() < len(text):
        before = text
        text = _dropped(hail.group(0), text[hail.end():], text)
        hailed = text != before
    if (heading := _HEADING.match(text)) is not None and (scene := _SCENE.match(text[heading.end():])) is not None \
            and not _VERB.search(scene.group("scene")) and _bought(text[heading.end() + scene.end():]):
        text = _dropped(heading.group(0) + scene.group(0), text[heading.end() + scene.end():], text)
    if hailed or stars is not None:
        text = _one_named(text)
    if hailed and (scene := _SCENE.match(text)) is not None and not _VERB.search(scene.group("scene")) \
            and len(scene.group("scene").split()) <= 8 and _bought(text[scene.end():]):
        text = _dropped(scene.group("scene"), text[scene.end():], text)
    if hailed and (shape := _MOVE_SHAPE.match(text)) is not None and not _COUNTED.search(shape.group("what")):
        text = "move the " + text  # 'ow bist — Nanfu batteries on 1 December, afternoon': a delivery moved
    if (shipped := _SHIPPED.search(text)) is not None and shipped.start("q") > 0:
        lead = text[: shipped.start("q")]
        if len(lead.split()) <= 5 and not re.search(r"\d", lead):
            text = _dropped(lead, shipped.group("q"), text)  # a yes/no question about shipping, asked after a hail
    return text


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """``text`` with its wrapper taken off; as it was when it has none (a pure function of the text, read once
    for the several readers that ask for it)."""
    text = dfr.plain(tc.plain(text))  # an invite, a ticket, a memo, a letter, a notice: the request its format or frame holds
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    for unwrap in (st.sql, st.transcript, st.table):
        if (said := unwrap(text)) is not None and re.search(r"[A-Za-z]{2}", said):
            return " ".join(said.split())
    rest = _verse(text) if text.count(" / ") >= 2 else text
    rest = _POSSIBLE.sub(lambda m: f"please {m.group('verb')}", _leads(_pidgin(rest)))
    rest = _THANKS_END.sub("", rest) if re.search(r"\w", _THANKS_END.sub("", rest)) else rest
    return text if rest == text else " ".join(rest.split()) or text
