"""A small rule reader for bulk-order sentences.

"forty cups of brown-sugar milk tea, half sugar, from the nearest Chagee to the office at 15:00" becomes a
``BulkOrderIntent``. Times are Asia/Shanghai ("at three" is 15:00 — people order tea in the afternoon);
"tomorrow" moves the day. A sentence it cannot read raises ``BulkSentenceNotUnderstood`` instead of guessing.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from .intents import BulkOrderIntent, DrinkOptions
from .money import parse_major

SHANGHAI = timezone(timedelta(hours=8))
_NUMBERS = {w: n for n, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])}
_NUMBERS.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                 "ninety": 90, "a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100})
_CHAINS = {"chagee": "chagee", "heytea": "heytea", "hey tea": "heytea", "mixue": "mixue",
           "tiger sugar": "tigersugar", "tigersugar": "tigersugar"}
_SUGAR = {"full sugar": "full", "less sugar": "less", "half sugar": "half", "light sugar": "light",
          "no sugar": "none", "sugar free": "none", "sugar-free": "none"}
_ICE = {"no ice": "none", "less ice": "less", "normal ice": "normal", "hot": "hot"}


class BulkSentenceNotUnderstood(ValueError):
    """The sentence does not say clearly enough what to order; the message says what is missing."""


def _quantity(text: str) -> tuple[int, str]:
    words = "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True))
    m = re.match(rf"^\s*(\d+|(?:{words})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\s+", text)
    if not m:
        raise BulkSentenceNotUnderstood("say how many cups, e.g. “forty cups of milk tea”")
    token = m.group(1)
    if token.isdigit():
        return int(token), text[m.end():]
    head, _, tail = token.replace("-", " ").partition(" ")
    if token in _NUMBERS:
        return _NUMBERS[token], text[m.end():]
    return _NUMBERS[head] + _NUMBERS.get(tail, 0), text[m.end():]


def _time(text: str, now: datetime) -> tuple[datetime | None, str]:
    local_now = now.astimezone(SHANGHAI)
    day = local_now.date()
    if re.search(r"\btomorrow\b", text):
        day = day + timedelta(days=1)
        text = re.sub(r"\s*\btomorrow\b", "", text)
    m = re.search(r"\b(?:at|by|before)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b|\b(?:at|by|before)\s+([a-z]+)"
                  r"(?:\s+o'?clock)?\b", text)
    if not m:
        return None, text
    if m.group(1):
        hour, minute, ampm = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    else:
        word = m.group(4)
        if word not in _NUMBERS or not 1 <= _NUMBERS[word] <= 12:
            raise BulkSentenceNotUnderstood(f"cannot read the time “{m.group(0)}”; say e.g. “at 15:00”")
        hour, minute, ampm = _NUMBERS[word], 0, None
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    elif ampm is None and 1 <= hour <= 8 and m.group(2) is None:
        hour += 12  # "at three" is an afternoon delivery, not three in the morning
    if hour > 23 or minute > 59:
        raise BulkSentenceNotUnderstood(f"“{m.group(0)}” is not a time of day")
    when = datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)
    if when <= local_now:
        raise BulkSentenceNotUnderstood(f"{when.strftime('%H:%M')} today has already passed; say “tomorrow at …”")
    return when, text[:m.start()] + text[m.end():]


def parse_bulk_sentence(sentence: str, shopper_id: str, now: datetime) -> BulkOrderIntent:
    """Read a bulk-order sentence; ``now`` (timezone-aware) anchors "today" and "at three"."""
    text = " ".join(sentence.lower().replace("’", "'").split())
    if not text:
        raise BulkSentenceNotUnderstood("the sentence is empty")
    quantity, rest = _quantity(text)
    deliver_by, rest = _time(rest, now)
    max_total = None
    cap = re.search(r"\b(?:under|below|at most|max)\s*(?:¥|rmb\s*|cny\s*)?(\d[\d,]*(?:\.\d+)?)\s*(?:yuan|rmb)?", rest)
    if cap:
        max_total = parse_major(cap.group(1))
        rest = rest[:cap.start()] + rest[cap.end():]
    sugar = next((v for k, v in _SUGAR.items() if k in rest), None)
    ice = next((v for k, v in _ICE.items() if re.search(rf"\b{k}\b", rest)), None)
    size = "large" if re.search(r"\blarge\b", rest) else "regular" if re.search(r"\b(regular|medium)\b", rest) else None
    chain = next((v for k, v in _CHAINS.items() if re.search(rf"\b{k}\b", rest)), None)
    label = "home" if re.search(r"\b(to|for) (my )?home\b|\bhome\b", rest) else "office"
    rest = re.sub(r"\b(?:large|regular|medium)\b\s*", "", rest)
    m = re.match(r"^(?:cups?|glasses|bottles)\s+of\s+(.+?)(?:,|\bfrom\b|\bto\b|\bfor\b|\bdelivered\b|$)", rest)
    if not m:
        m = re.match(r"^(.+?)(?:,|\bfrom\b|\bto\b|\bfor\b|\bdelivered\b|$)", rest)
    item = m.group(1) if m else ""
    item = " ".join(item.split()).strip(" ,.")
    if not item or item in {"cups", "cup"}:
        raise BulkSentenceNotUnderstood("say what to order, e.g. “forty cups of brown-sugar milk tea”")
    try:
        return BulkOrderIntent(shopper_id=shopper_id, item=item, quantity=quantity,
                               options=DrinkOptions(size=size, sugar=sugar, ice=ice), chain=chain,
                               address_label=label, deliver_by=deliver_by, max_total=max_total, sentence=sentence)
    except ValueError as exc:
        raise BulkSentenceNotUnderstood(f"cannot order that: {str(exc).splitlines()[-1].strip()}") from exc
