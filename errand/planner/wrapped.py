"""A request wrapped in a text format, a register or an interjection, unwrapped so the readers see what it asks:

- SQL: 'INSERT INTO cart (item, qty) VALUES (…)' is a purchase, an INSERT into drinks an office order, 'SELECT status
  FROM orders WHERE id = …' a question about that order, 'UPDATE orders SET …' with a day a move; 'DELETE FROM
  orders' is a cancellation (which the planner asks about), and any other statement is left as typed;
- a transcript or an interview ('Q: What do you need? A: … Q: How many? A: …'): the answers read by their questions;
- a markdown table row ('| item | qty |' over '| mugs | 2 |'): the cells read by their headers;
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

from . import dropped as dp
from . import phrases as ph
from .people_words import KIN_EN

_I = re.IGNORECASE
_VERB = re.compile(r"\b(?:buy|get|order|grab|need|needs|want|wants|fetch|pick up|send|bring|return|move|watch|cancel"
                   r"|approve|pay|refund|please|seeks?|after)\b", _I)
_NUMBERED = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen)\b", _I)
_COUNTED = re.compile(r"\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a pair"
                      r"|a dozen|some)\b", _I)

# ---- SQL -------------------------------------------------------------------------------------------------------

_INSERT = re.compile(r"^\s*insert\s+into\s+(?P<table>[\w.]+)\s*(?:\((?P<cols>[^)]*)\))?\s*values\s*\((?P<vals>.*)\)"
                     r"\s*;?\s*$", _I)
_SELECT = re.compile(r"^\s*select\s+(?P<what>[\w\s,*]+?)\s+from\s+(?P<table>[\w.]+)\s+where\s+(?P<where>.+?)\s*;?\s*$", _I)
_DELETE = re.compile(r"^\s*(?:delete\s+from|drop\s+table|truncate(?:\s+table)?)\s+(?P<table>[\w.]+)"
                     r"(?:\s+where\s+(?P<where>.+?))?\s*;?\s*$", _I)
_UPDATE = re.compile(r"^\s*update\s+(?P<table>[\w.]+)\s+set\s+(?P<sets>.+?)\s+where\s+(?P<where>.+?)\s*;?\s*$", _I)
_VALUE = re.compile(r"\s*(?:'(?P<q>(?:[^']|'')*)'|\"(?P<dq>[^\"]*)\"|(?P<bare>[^,]+?))\s*(?:,|$)")
_PAIR = re.compile(r"(?P<col>\w+)\s*(?:=|like)\s*(?:'(?P<q>[^']*)'|\"(?P<dq>[^\"]*)\"|(?P<bare>[\w.:-]+))", _I)
_ORDERS = re.compile(r"^(?:\w+\.)?(?:orders?|shipments?|deliveries|purchases)$", _I)
_CART = re.compile(r"^(?:\w+\.)?(?:cart|basket|orders?|purchases?|shopping(?:_list)?|buy|items|wants)$", _I)
_DRINKS = re.compile(r"^(?:\w+\.)?(?:drinks?|drink_orders?|bulk(?:_orders?)?|office_drinks|teas?|coffees?)$", _I)
# What a column (or a header, or an interviewer's question) asks for.
_ROLES = (
    ("order", re.compile(r"^(?:id|order_?id|order|ord)$|which order|order (?:id|number)|what order", _I)),
    ("count", re.compile(r"^(?:qty|quantity|count|n|num|number|cups|pcs|units)$|how many|quantity|\bqty\b", _I)),
    ("cap", re.compile(r"^(?:max_?price|cap|budget|price|max|limit|under)$|budget|max(?:imum)? price|spend|how much", _I)),
    ("address", re.compile(r"^(?:address|to|deliver_?to|destination|label|ship_?to|where|place)$|\bwhere\b|address"
                           r"|destination", _I)),
    ("time", re.compile(r"^(?:time|deliver_?by|when|at|date|delivery_?date|slot|day|part_of_day|part|window)$"
                        r"|\bwhen\b|\btime\b|\bday\b|\bdate\b", _I)),
    ("chain", re.compile(r"^(?:chain|shop|store|brand|vendor)$|which (?:shop|chain|store|brand)|from where", _I)),
    ("reason", re.compile(r"^(?:reason|why)$|\bwhy\b|reason|what(?:'s| is) wrong|what happened", _I)),
    ("item", re.compile(r"^(?:item|product|name|query|what|goods|sku|description|drink)$|\bwhat\b|\bneed\b|\bitem\b"
                        r"|\bproduct\b|which (?:one|drink|model)|\bwant\b", _I)),
)
_LABEL = re.compile(r"^(?:the\s+)?(?P<label>home|office|house|work)\.?$", _I)


def _role(name: str) -> str | None:
    return next((role for role, pattern in _ROLES if pattern.search(name.strip())), None)


def _guess(value: str) -> str:
    """The role of a value given with no column: a count, a label, an order id, a time, a chain, else the item."""
    if re.fullmatch(r"\d{1,3}", value):
        return "count"
    if _LABEL.match(value):
        return "address"
    if re.fullmatch(r"ord_\w+", value, _I):
        return "order"
    if re.search(r"\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\b(?:morning|afternoon|evening|tomorrow|today|mon|tue|wed|thu|fri"
                 r"|sat|sun)\w*\b", value, _I):
        return "time"
    if ph.chain(value) is not None and len(value.split()) <= 2:
        return "chain"
    return "item"


def _said(fields: dict[str, list[str]], drinks: bool) -> str | None:
    """A request said plainly from its fields; None when no item, no order or nothing to do with one is given."""
    one = {role: ", ".join(values) for role, values in fields.items()}
    place = _LABEL.match(one.get("address", ""))
    to = ""
    if "address" in one:
        label = place.group("label").lower() if place else one["address"]
        to = " to home" if label in ("home", "house") else f" to the {label}" if place else f" to {label}"
    if "item" in one:
        item, count = one["item"].rstrip(". "), one.get("count", "").rstrip(". ")
        if drinks or "chain" in one:
            chain = f" from {one['chain']}" if "chain" in one else ""
            when = f", {one['time']}" if "time" in one else ""
            return f"order {count} {item}{chain}{to}{when}"
        cap = f", under {one['cap']}" if "cap" in one else ""
        bare = re.sub(r"^(?:an?|one)\s+", "", item, flags=_I)
        return f"buy {count or 1} {bare}{cap}{to}"
    if "order" in one and "time" in one:
        return f"move {one['order']} to {one['time']}{to}"  # an address answered stays heard: a redirect asks
    if "order" in one and "reason" in one:
        return f"return {one['order']}, {one['reason']}{to}"
    return None


def _values(raw: str) -> list[str]:
    return [(m.group("q") or m.group("dq") or m.group("bare") or "").replace("''", "'").strip()
            for m in _VALUE.finditer(raw) if m.group(0).strip()]


def _sql(text: str) -> str | None:
    if (insert := _INSERT.match(text)) is not None:
        table, values = insert.group("table"), _values(insert.group("vals"))
        columns = [c.strip() for c in (insert.group("cols") or "").split(",") if c.strip()]
        if columns and len(columns) != len(values):
            return None
        fields: dict[str, list[str]] = {}
        for i, value in enumerate(values):
            role = _role(columns[i]) if columns else _guess(value)
            fields.setdefault(role or "item", []).append(value)
        if _DRINKS.match(table):
            return _said(fields, drinks=True)
        return _said(fields, drinks=False) if _CART.match(table) else None
    if (select := _SELECT.match(text)) is not None and _ORDERS.match(select.group("table")):
        pairs = {m.group("col").lower(): m.group("q") or m.group("dq") or m.group("bare") for m in
                 _PAIR.finditer(select.group("where"))}
        order = next((v for k, v in pairs.items() if _role(k) == "order"), None)
        if order is None:
            return None
        return f"where is {order}?" if re.search(r"eta|deliver|arriv|date", select.group("what"), _I) \
            else f"has {order} shipped yet?"
    if (delete := _DELETE.match(text)) is not None:
        where = {m.group("col").lower(): m.group("q") or m.group("dq") or m.group("bare") for m in
                 _PAIR.finditer(delete.group("where") or "")}
        order = next((v for k, v in where.items() if _role(k) == "order"), None)
        return f"cancel {order or 'all my orders'}" if _ORDERS.match(delete.group("table")) else None
    if (update := _UPDATE.match(text)) is not None and _ORDERS.match(update.group("table")):
        sets = {m.group("col").lower(): m.group("q") or m.group("dq") or m.group("bare") for m in
                _PAIR.finditer(update.group("sets"))}
        where = {m.group("col").lower(): m.group("q") or m.group("dq") or m.group("bare") for m in
                 _PAIR.finditer(update.group("where"))}
        order = next((v for k, v in where.items() if _role(k) == "order"), None)
        if order is None or not sets or any(_role(k) != "time" for k in sets):
            return None  # a status, a price or an address set by a statement is left as typed, and asked about
        return f"move {order} to {', '.join(sets.values())}"
    return None


# ---- a transcript, a table row ---------------------------------------------------------------------------------

_QA = re.compile(r"(?<!\w)(?:Q|Question)\s*[:.]\s*(?P<q>.+?)\s*(?<!\w)(?:A|Answer)\s*[:.]\s*(?P<a>.+?)"
                 r"(?=\s*(?<!\w)(?:Q|Question)\s*[:.]|$)")
_NON_ANSWER = re.compile(r"^(?:you tell me|no idea|dunno|i don'?t know|not sure|\?+|idk|who knows)\W*$", _I)
_BARE_VERB = re.compile(r"^(?:please\s+)?(?:return|send (?:it|them) back|refund|move|buy|get|order)(?:\s+(?:it|them|that|this))?"
                        r"(?:\s+back)?(?:,?\s*please)?[.!]*\s*$", _I)
_AFTER = re.compile(r"(?<=[.!])\s+(?P<verb>(?:please\s+)?(?:return|send (?:it|them) back|refund|move|buy|get|order)"
                    r"\b.*)$", _I)


def _transcript(text: str) -> str | None:
    pairs = list(_QA.finditer(text))
    if not pairs or not text.lstrip().startswith(("Q", "q")):
        return None
    if any(dp.must_hear(p.group("q")) for p in pairs):
        return None  # 'Q: Shall I approve the payment? A: yes' stays as said
    fields: dict[str, list[str]] = {}
    asked: list[str] = []
    trailing = ""
    for p in pairs:
        answer = p.group("a").strip()
        if (after := _AFTER.search(answer)) is not None:
            trailing, answer = after.group("verb"), answer[: after.start()].strip()
        answer = answer.rstrip(". ")
        if _NON_ANSWER.match(answer):
            asked.append(p.group("q"))
            continue
        fields.setdefault(_role(p.group("q")) or "item", []).append(answer)
    if asked and not fields:
        return " ".join(asked)  # 'Q: Has ord_b2 shipped yet? A: you tell me': the question is the shopper's
    # what the closing line adds beyond its verb ('… Please refund it to my friend's card') stays heard
    rest = "" if not trailing or _BARE_VERB.match(trailing) else f". {trailing}"
    if trailing and re.match(r"(?:please\s+)?(?:return|send|refund)", trailing, _I) and "order" in fields:
        return (f"return {', '.join(fields['order'])}, "
                + ", ".join(fields.get("reason", []) + fields.get("item", [])) + rest)
    said = _said(fields, drinks=False)
    if said is None or "item" in fields and "time" in fields and "order" not in fields:
        return ", ".join(v for values in fields.values() for v in values) + (f". {trailing}" if trailing else "")
    return said + rest if said is not None else None


_SEPARATOR = re.compile(r"\|\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|")


def _table(text: str) -> str | None:
    if not re.match(r"^\s*\|.*\|\s*$", text) or text.count("|") < 3:
        return None
    separator = _SEPARATOR.search(text)
    if separator is None:
        cells = [c.strip() for c in text.strip().strip("|").split("|") if c.strip()]
        return ", ".join(cells)
    head = [c.strip() for c in text[: separator.start()].strip().strip("|").split("|")]
    body = [c.strip() for c in text[separator.end():].strip().strip("|").split("|")]
    if len(head) != len(body):
        return None
    fields: dict[str, list[str]] = {}
    for name, value in zip(head, body, strict=True):
        if value:
            fields.setdefault(_role(name) or "item", []).append(value)
    return _said(fields, drinks=False)


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


def plain(text: str) -> str:
    """``text`` with its wrapper taken off; as it was when it has none."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    for unwrap in (_sql, _transcript, _table):
        if (said := unwrap(text)) is not None and re.search(r"[A-Za-z]{2}", said):
            return " ".join(said.split())
    rest = _verse(text) if text.count(" / ") >= 2 else text
    rest = _POSSIBLE.sub(lambda m: f"please {m.group('verb')}", _leads(_pidgin(rest)))
    rest = _THANKS_END.sub("", rest) if re.search(r"\w", _THANKS_END.sub("", rest)) else rest
    return text if rest == text else " ".join(rest.split()) or text
