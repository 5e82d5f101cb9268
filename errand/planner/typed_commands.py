"""A request typed as a chat command or an issue tracker's ticket, said as the plain sentence it stands for:

- a slash command: '/errand buy 3 desk fans --to office', '/errand watch "X" --target 5500 --days 60',
  '/errand return ord_b2 --reason "…"'. Its verb names the errand by meaning (buy, order, get → a purchase; bulk,
  drinks → a drinks order; watch, track → a price watch; return, refund; move, reschedule; status, where → a
  question), its words and quoted words are the thing, and each '--flag value' ('-q 2', '--to=office') is put
  where its name's meaning goes: a place, a count, the item, a cap or a target, days, a deadline, a reason, ice
  or sugar. A verb no errand has ('cancel', 'undo', 'list', 'set') and a flag no field has ('--note …',
  '--approve auto') are said as words, so the readers and the safety checks hear them and ask;
- a ticket: a key and a type ('ERR-2231 [Story]', 'OPS-7 [Task]') and its trailing fields ('Story points: 3',
  'Priority: P2', 'Sprint 14': never a count) taken off; a user story ('As a shopper I want X so that Y') said as
  'I want X'; 'due …' as 'by …'; a [Watch] ticket's 'notify ≤ N' as 'tell me below N', its recheck interval
  dropped; a [Bug] ticket whose resolution is a return or a refund said as that return; a [Chore]'s arrow
  '→ Mon 30 Nov, afternoon slot' as 'to Mon 30 Nov, afternoon'.

Words taken off must pass ``dropped.must_hear``; when they may not be dropped they are kept in the sentence.
"""

from __future__ import annotations

import re

from . import chat_spelling as cs
from . import dropped as dp
from . import genre_frames as gf
from .context import PlanRequest

_I = re.IGNORECASE
_SLASH = re.compile(r"^\s*/(?P<bot>[a-z][\w-]{0,20})(?:\s+(?P<rest>.*))?$", _I | re.DOTALL)
_TOKEN = re.compile(r"\"[^\"]*\"|“[^”]*”|'(?:[^']|'(?=\w))*'|\S+")
_FLAG = re.compile(r"^(?:--?)(?P<name>[a-z][\w-]*)(?:=(?P<value>.*))?$", _I)
_VERBS = {
    "buy": ("buy", "order", "get", "purchase", "add", "shop"),
    "drinks": ("bulk", "drinks", "drink", "coffee", "tea", "teas", "round", "boba"),
    "watch": ("watch", "track", "alert", "notify", "monitor", "pricewatch"),
    "return": ("return", "refund", "rma", "sendback"),
    "move": ("move", "reschedule", "resched", "postpone", "delay", "defer"),
    "status": ("status", "track-order", "shipped"),
    "where": ("where", "eta", "locate"),
}
_NAMES = {  # a flag's name → the field its value fills
    "place": ("to", "deliver", "delivery", "ship", "ship-to", "shipto", "dest", "destination", "address", "addr", "send"),
    "count": ("qty", "quantity", "count", "n", "q", "num", "number", "x", "amount", "cups", "pcs"),
    "item": ("item", "product", "name", "what", "query", "drink", "q-item"),
    "cap": ("max", "budget", "under", "max-price", "maxprice", "limit", "price-cap", "below", "upto"),
    "target": ("target", "alert", "notify", "price", "at", "threshold", "below", "under", "max", "drop-to"),
    "days": ("days", "d"),
    "span": ("for", "duration", "period", "window", "weeks"),
    "by": ("by", "due", "deadline", "time", "at", "before", "when"),
    "when": ("when", "date", "day", "to", "slot", "time", "part", "new-date", "newdate"),
    "reason": ("reason", "why", "because", "r"),
    "order": ("order", "id", "order-id", "orderid"),
    "ice": ("ice",),
    "sugar": ("sugar", "sweet", "sweetness"),
    "chain": ("shop", "store", "chain", "from", "brand"),
}
_PLACES = {"home": "home", "house": "home", "office": "the office", "work": "the office"}


def _tokens(rest: str) -> list[str]:
    return [t for t in _TOKEN.findall(rest)]


def _unquote(token: str) -> str:
    return token[1:-1] if len(token) >= 2 and token[0] in "\"'“" and token[-1] in "\"'”" else token


def _parse(rest: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The command's positional words and its flags (name, value) in order."""
    words: list[str] = []
    flags: list[tuple[str, str]] = []
    tokens = _tokens(rest)
    i = 0
    while i < len(tokens):
        flag = _FLAG.match(tokens[i]) if tokens[i].startswith("-") and not re.match(r"^-\d", tokens[i]) else None
        if flag is None:
            words.append(_unquote(tokens[i]))
            i += 1
            continue
        name = flag.group("name").lower()
        if flag.group("value") is not None:
            flags.append((name, _unquote(flag.group("value"))))
            i += 1
            continue
        value: list[str] = []
        i += 1
        while i < len(tokens) and not (tokens[i].startswith("-") and _FLAG.match(tokens[i]) and not re.match(r"^-\d", tokens[i])):
            value.append(_unquote(tokens[i]))
            i += 1
        flags.append((name, " ".join(value)))
    return words, flags


def _meaning(verb: str) -> str | None:
    return next((kind for kind, names in _VERBS.items() if verb in names), None)


def _field(name: str, kind: str) -> str | None:
    """What a flag's name means for this errand (the first field whose names hold it and the errand uses)."""
    uses = {"buy": ("item", "count", "place", "cap", "reason", "chain"),
            "drinks": ("item", "count", "place", "by", "ice", "sugar", "chain"),
            "watch": ("item", "target", "days", "span"),
            "return": ("order", "item", "reason"),
            "move": ("order", "item", "when", "reason"),
            "status": ("order", "item"), "where": ("order", "item")}[kind]
    return next((field for field in uses if name in _NAMES[field]), None)


def _place(value: str) -> str:
    return _PLACES.get(value.strip().lower(), value.strip())


def _sentence(kind: str, words: list[str], fields: dict[str, str], rest: list[str]) -> str:
    thing = " ".join([fields.get("count", ""), fields.get("chain", ""), fields.get("item", ""), *words]).strip()
    thing = " ".join(thing.split())
    if kind == "buy":
        said = f"buy {thing}"
        said += f" under {fields['cap']}" if "cap" in fields else ""
        said += f", deliver to {_place(fields['place'])}" if "place" in fields else ""
        said += f", because {fields['reason']}" if "reason" in fields else ""
    elif kind == "drinks":
        said = f"order {thing}"
        said += f" to {_place(fields['place'])}" if "place" in fields else ""
        said += f" by {fields['by']}" if "by" in fields else ""
        said += f", {fields['ice']} ice" if "ice" in fields else ""
        said += f", {fields['sugar']} sugar" if "sugar" in fields else ""
    elif kind == "watch":
        said = f"watch the {thing}"
        said += f" and tell me when it drops below {fields['target']}" if "target" in fields else ""
        said += f" for {fields['days']} days" if "days" in fields else ""
        said += f" for {fields['span']}" if "span" in fields else ""
    elif kind == "return":
        said = f"return {' '.join([fields.get('order', ''), thing]).strip()}"
        said += f", {fields['reason']}" if "reason" in fields else ""
    elif kind == "move":
        said = f"move {' '.join([fields.get('order', ''), thing]).strip()}"
        said += f" to {fields['when']}" if "when" in fields else ""
    elif kind == "status":
        said = f"what's the status of {' '.join([fields.get('order', ''), thing]).strip()}?"
    else:
        said = f"where is {' '.join([fields.get('order', ''), thing]).strip()}?"
    return " ".join([said, *rest]).strip()


def slash(text: str) -> str | None:
    """'/errand buy 3 desk fans --to office' as 'buy 3 desk fans, deliver to the office'; None when no command."""
    command = _SLASH.match(text)
    if command is None:
        return None
    words, flags = _parse(command.group("rest") or "")
    verb = command.group("bot").lower()
    if _meaning(verb) is None and words:
        verb, words = words[0].lower(), words[1:]
    kind = _meaning(verb)
    if kind == "watch" and not any(_field(n, "watch") in ("target", "days", "span") for n, _ in flags) \
            and any(re.match(r"ord_|#?\d{5}", w) for w in words):
        kind = "status"  # '/errand track ord_h3': where a placed order is
    if kind is None:  # no errand: every word said, so the readers and the checks hear it and ask
        said = " ".join([verb, *words, *(f"{name.replace('-', ' ')} {value}".strip() for name, value in flags)])
        return " ".join(said.split())
    fields: dict[str, str] = {}
    rest: list[str] = []
    for name, value in flags:
        field = _field(name, kind)
        if field == "when" and field in fields:  # '--date mon --slot morning': one time said in parts
            fields[field] += f" {value}"
            continue
        if field is None or field in fields or not value and field != "item":
            rest.append(f", {name.replace('-', ' ')} {value}".rstrip())
            continue
        fields[field] = value
    return " ".join(_sentence(kind, words, fields, rest).replace(" ,", ",").split())


_KEY = re.compile(r"^\s*(?:(?P<key>[A-Z][A-Z0-9]{1,9}-\d{1,6})\s*[:\-–—|]?\s*)?"
                  r"(?:\[(?P<type>story|task|sub-?task|bug|watch|chore|question|epic|improvement|feature|spike|request"
                  r"|incident|support)\]\s*[:\-–—]?\s*)", _I)
_TRAILING = re.compile(r"(?:[.;,|]\s*|\s+)(?:story\s+points?|points?|sp|estimate|priority|sprint|labels?|assignee|reporter"
                       r"|component|status|epic(?:\s+link)?|severity)\s*[:=]?\s*[\w-]+\s*[.]?\s*$", _I)
_STORY = re.compile(r"^as an?\s+(?P<role>[^,.]{1,40}?),?\s+I\s+(?P<want>want|need|would like|'d like|wish)\s+(?:to\s+(?:buy|get|order|have)\s+)?"
                    r"(?P<what>.+?)(?:,?\s+so(?:\s+that)?\s+(?P<why>.+?))?[.]?$", _I)
_RESOLVED = re.compile(r"^(?P<what>[^:]{2,60}):\s*(?P<why>.+?)[.]?\s*resolution\s*[:=]\s*(?P<act>return|refund|send back)\s*[.]?$", _I)
_OTHERS = re.compile(r"\b(?:him|her|them|his|their|he|she|they|boss|neighbou?rs?|landlord|wife|husband|kids?|child|son"
                     r"|daughter|colleagues?|flatmates?|roommates?|partner|people|someone|somebody)\b", _I)  # a purpose about others stays
_NOTIFY = re.compile(r"\b(?:notify|alert|ping|tell me)(?:\s+(?:me|when|if|at))*\s*(?:≤|<=|<|below|under|at|if\s+below)\s*", _I)
_RECHECK = re.compile(r",?\s*\b(?:re-?check|check|poll|refresh)(?:ed)?\s+(?:every\s+\S+|daily|hourly|weekly|twice\s+a\s+day)", _I)


def ticket(text: str) -> str | None:
    """'ERR-2231 [Story] As a shopper I want 2 laptop stands so that …  Story points: 3' as 'I want 2 laptop stands'."""
    head = _KEY.match(text)
    if head is None or not text[head.end():].strip():
        return None
    kind, body, dropped = head.group("type").lower(), text[head.end():].strip(), [head.group(0)]
    while (trailing := _TRAILING.search(body)) is not None and body[: trailing.start()].strip():
        dropped.append(trailing.group(0))
        body = body[: trailing.start()].strip()
    body = re.sub(r"\bdue\b(?:\s+(?:on|by|at))?", "by", body, flags=_I)
    if (story := _STORY.match(body)) is not None:
        why = story.group("why") or ""
        kept = f", so that {why}" if why and (dp.must_hear(why) or _OTHERS.search(why)) else ""
        role = story.group("role")
        body = f"I {story.group('want')} {story.group('what')}{kept}"
        if dp.must_hear(role):
            body = f"as a {role}, {body}"
    if kind == "watch":
        body = _RECHECK.sub(lambda m: re.sub(r"^,?\s*(?:re-?check|check|poll|refresh)(?:ed)?", ", check", m.group(0), flags=_I), body)
        body = _NOTIFY.sub("tell me when it drops below ", body)
        body = re.sub(r",\s*(\d+\s*(?:days?|weeks?|months?))\s*$", r" for \1", body, flags=_I)
        body = body if re.match(r"\s*(?:watch|track)\b", body, _I) else f"watch the {body}"
    elif kind == "bug" and (resolved := _RESOLVED.match(body)) is not None:
        body = f"{resolved.group('act')} the {resolved.group('what').strip()}, {resolved.group('why').strip()}"
    body = re.sub(r"\s*(?:→|->|=>)\s*", " to ", body)
    body = re.sub(r"\b(morning|afternoon|evening)\s+slot\b", r"\1", body, flags=_I)
    if any(dp.must_hear(part) for part in dropped[1:]):
        return None
    return " ".join(body.split()).strip(" .") or None


def plain(text: str) -> str:
    """``text`` said plainly when it is a slash command or a tracker's ticket; as it was otherwise."""
    said = slash(text) if text.lstrip().startswith("/") else ticket(text)
    return cs.plain(gf.plain(said if said else text))


def heard(request: PlanRequest) -> PlanRequest:
    """The request whose sentence is said plainly, for the checks that read what was typed: a command's flags and a
    ticket's key are syntax, not words left over (nothing ``dropped.must_hear`` holds is taken off)."""
    said = plain(request.sentence)
    return request if said == request.sentence else request.model_copy(update={"sentence": said})
