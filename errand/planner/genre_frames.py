"""A request dressed in another genre's frame, said as the request alone:

- a subtitle block: its index and its timestamps line ('12 00:03:14,000 --> 00:03:16,500 Buy two ice cube trays.');
- a classified ad: 'WANTED: one bread maker, under 500. Apply within.' is a purchase; the ad's closing lines
  ('Apply within', 'No timewasters', 'Reply to box 12', 'Will collect') are no part of it;
- a newspaper headline: 'LOCAL WOMAN, 34, URGENTLY NEEDS STEPLADDER — ONE, THREE-STEP': the person and the age
  between commas are the story's (the age is no count), 'NEEDS', 'SEEKS', 'ORDERS', 'TO BUY' are the purchase;
- a cabin announcement: 'Ladies and gentlemen, we'll shortly be ordering …  Cabin crew, cross-check.': the hail
  and the crew's line taken off, 'we'll be <verb>ing X' said as '<verb> X';
- a forecast or a puzzle ('Tonight's forecast: … a chance of me needing an electric blanket. Order one, single
  size.', "Crossword, 7 letters: '…' — TEA COSY. Buy one tea cosy."): the request after it, its bare 'one' taking
  the thing the forecast said was needed;
- sports commentary: 'AND SHE ORDERS — TWO water bottles, 750ml, black — WHAT A PURCHASE': the call between dashes;
- a purchase sent on in a second clause: 'buy a wall clock and send it to the office'.

Only a frame's own words are dropped, and only when ``dropped.must_hear`` finds nothing in them.
"""

from __future__ import annotations

import re

import lemminflect  # type: ignore[import-untyped]

from . import dropped as dp

_I = re.IGNORECASE
_SUBTITLE = re.compile(r"^\s*\d{1,5}\s+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s+(?=\S)")
_COUNT = re.compile(r"(?:just |only )?(?P<n>one|two|three|four|five|six|a pair|\d{1,2})", _I)
_AD = re.compile(r"^\s*(?:(?P<lead>[^:—–]{2,30}?),\s*)?(?:wanted|situation vacant|seeking|in search of|iso|looking for)\s*"
                 r"(?:[:—–-]+)\s*(?P<body>.+)$", _I)
_AD_CLOSE = re.compile(r"^\s*(?:apply|call|ring|phone|text|reply|contact|enquire|write|dm|pm|will collect|can collect"
                       r"|collection only|no time-?wasters|serious (?:offers|enquiries|buyers)|offers|ono|ovno|cash)\b", _I)
_HEADLINE = re.compile(r"^\s*(?:[A-Z]+:\s*)?(?P<who>[A-Z][A-Z' -]{1,40}?),\s*\d{1,3},\s*(?:[A-Z]+LY\s+)*"
                       r"(?P<verb>NEEDS|SEEKS|WANTS|ORDERS|BUYS|TO BUY|TO ORDER|SET TO BUY|PLANS TO BUY)\s+(?P<what>.+?)"
                       r"(?:,\s*(?P<said>(?:SOURCES|REPORTS|OFFICIALS|FRIENDS|NEIGHBOU?RS)\s+SAY|SAYS\s+[A-Z]+))?\s*[.!]?$")
_HAIL = re.compile(r"^\s*(?:ladies and gentlemen|attention(?:,)?\s+(?:all\s+)?(?:passengers|shoppers|everyone)"
                   r"|good (?:morning|afternoon|evening),? (?:ladies and gentlemen|passengers))\s*[,:.!]\s*"
                   r"(?:this is your (?:captain|purser|cabin crew) speaking\s*[,:.!]\s*)?", _I)
_CREW = re.compile(r"(?:(?<=[.!])|^)\s*(?:cabin crew|flight attendants|crew)\b[^.!]*[.!]?\s*$|(?:(?<=[.!])|^)\s*thank you for "
                   r"(?:flying|travell?ing|shopping)\b[^.!]*[.!]?\s*$", _I)
_WE_WILL = re.compile(r"^\s*we(?:'ll| will| are| shall)\s+(?:shortly |soon |now |be shortly |)?(?:be\s+)?(?:shortly\s+)?"
                      r"(?P<verb>[a-z]+ing)\b", _I)
_SETTING = re.compile(r"^\s*(?:(?:tonight|today|tomorrow|this week|this weekend|the weekend|weekend)(?:'s)?\s+)?"
                      r"(?:weather\s+)?(?:forecast|outlook)\s*:|^\s*(?:crossword|cryptic clue|clue|puzzle|riddle|quiz)\b", _I)
_NEEDED = re.compile(r"\b(?:need|needing|needs|want|wanting|wants)\s+(?:an?|some|the|new)?\s*(?P<noun>[a-z][a-z -]{1,30}?)\s*(?=[.,;!]|$)", _I)
_BARE = re.compile(r"^\s*(?P<verb>order|buy|get)\s+(?P<count>one|two|three|four|a|\d+)(?P<pairs>\s+pairs?)?\s*(?=[,.]|$)", _I)
_CALL = re.compile(r"^\s*(?:AND\s+)?(?:HE|SHE|THEY|I)\s+(?P<verb>ORDERS?|BUYS?|GOES FOR IT|GRABS|PICKS UP|RETURNS?)\s*"
                   r"[—–-]+\s*(?P<what>.+?)\s*[—–-]+\s*(?P<shout>[A-Z][A-Z !?'.]+)$")
_SENT_ON = re.compile(r"\s+and\s+(?:then\s+)?(?:send|ship|deliver|bring|take|have)\s+(?:it|them)\s+(?:delivered\s+|sent\s+"
                      r"|shipped\s+|brought\s+)?(?:to\s+)?(?:the\s+|my\s+)?(?P<place>office|home|house|work)\b\s*[.!]?$", _I)


def _quiet(*parts: str | None) -> bool:
    return not any(part and dp.must_hear(part) for part in parts)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]


def _ad(text: str) -> str | None:
    ad = _AD.match(text)
    if ad is None:
        return None
    parts = _sentences(ad.group("body"))
    kept = [parts[0]] + [p for p in parts[1:] if not _AD_CLOSE.match(p)]
    if not _quiet(*(p for p in parts if p not in kept)):
        return None
    lead = f", {ad.group('lead').strip().lower()}" if ad.group("lead") else ""
    return f"buy {' '.join(kept).rstrip('.')}{lead}"


def _headline(text: str) -> str | None:
    if sum(c.isupper() for c in text) < 0.6 * sum(c.isalpha() for c in text):
        return None
    head = _HEADLINE.match(text)
    if head is None or not _quiet(head.group("who"), head.group("said")):
        return None
    what = head.group("what").lower()
    if (parts := re.match(r"^(?P<noun>[^—–]+?)\s*[—–]+\s*(?P<tail>.+)$", what)) is not None:
        said = [p.strip() for p in parts.group("tail").split(",") if p.strip()]
        counts = [p for p in said if _COUNT.fullmatch(p)]
        described = [p for p in said if p not in counts]
        count = _COUNT.fullmatch(counts[0]).group("n") if counts else "one"  # type: ignore[union-attr]
        what = " ".join([count, *described, parts.group("noun").strip()])
    return f"buy {what}"


def _announcement(text: str) -> str | None:
    hail = _HAIL.match(text)
    if hail is None:
        return None
    rest = text[hail.end():]
    crew = _CREW.search(rest)
    if crew is not None and rest[: crew.start()].strip() and _quiet(crew.group(0)):
        rest = rest[: crew.start()]
    if (we := _WE_WILL.match(rest)) is not None:
        base = lemminflect.getLemma(we.group("verb").lower(), upos="VERB")
        rest = f"{base[0] if base else we.group('verb')}{rest[we.end():]}"
    return rest.strip() if _quiet(hail.group(0)) else None


def _set_up(text: str) -> str | None:
    """A forecast's or a puzzle's set-up before the request it ends with."""
    if _SETTING.match(text) is None:
        return None
    parts = _sentences(text)
    last = next((i for i in range(len(parts) - 1, 0, -1) if re.match(r"\s*(?:order|buy|get|grab)\b", parts[i], _I)), None)
    if last is None or not _quiet(*parts[:last]):
        return None
    ask = " ".join(parts[last:])
    needed = [m.group("noun") for p in parts[:last] for m in _NEEDED.finditer(p)]
    if (bare := _BARE.match(ask)) is not None and needed:
        pairs = bare.group("pairs") or ""
        ask = f"{bare.group('verb')} {bare.group('count')}{pairs} {'of ' if pairs else ''}{needed[-1]}{ask[bare.end():]}"
    return ask


def _call(text: str) -> str | None:
    call = _CALL.match(text)
    if call is None or not _quiet(call.group("shout")):
        return None
    verb = "return" if call.group("verb").upper().startswith("RETURN") else "buy"
    what = re.sub(r"\b[A-Z]{2,}\b", lambda m: m.group(0).lower(), call.group("what"))
    return f"{verb} {what}"


def plain(text: str) -> str:
    """``text`` without its genre's frame; as it was when it has none."""
    rest = _SUBTITLE.sub("", text, count=1)
    for reader in (_ad, _headline, _announcement, _set_up, _call):
        if (said := reader(rest)) is not None:
            rest = said
            break
    if (sent := _SENT_ON.search(rest)) is not None and re.match(r"\s*(?:please\s+)?(?:buy|order|get|purchase)\b", rest, _I):
        place = {"house": "home", "work": "the office", "office": "the office"}.get(sent.group("place").lower(), "home")
        rest = f"{rest[: sent.start()]}, deliver to {place}"
    return " ".join(rest.split()) if rest != text else text
