"""English translated word by word from a language whose order is not English's, put in English order:

- the place said first with its particle after it: 'Office to, X …' → '…, to office';
- the verb said last with 'please': '…, sending please do.', '…, buying please.', '… send please' → 'please send …';
- the cap said after its amount: '300 yuan below is good', '200 yuan within', 'price 2500 below becomes, inform
  please' (a watch: tell me when the price is under 2500);
- a clock said after its half of the day: 'Monday PM 2' → 'Monday 2pm', 'AM 10' → '10am' (not 'PM2.5', a particle
  size);
- a topic sentence with its verb last, before the request: "Tomorrow mother's birthday is." (a remark);
- a request said as a wish that the agent acts: 'I need that you buy X', 'It is necessary to buy X', 'Make for me
  purchase of X' → 'please buy X'; a remark sentence after it ('Winter is coming strongly.') dropped.

A remark is dropped only when it names no count, no request and nothing a check must hear (``dropped.must_hear``).
"""

from __future__ import annotations

import re

from . import dropped as dp
from . import told_last as tl

_I = re.IGNORECASE
_AMOUNT = r"[¥￥]\s?\d[\d,.]*k?|\d[\d,.]*k?\s*(?:yuan|rmb|kuai|元)"
_PLACE_FIRST = re.compile(r"^\s*(?P<place>(?:my\s+|our\s+|the\s+)?(?:home|house|office|flat|company|work))\s+to\s*[,:]\s*", _I)
# ('the garden furniture order please' is an order named, not a verb said last: a bare verb only after a comma or a
# time, or with 'do'.)
_VERB_LAST = re.compile(r"(?:\s*[,.]?\s*(?P<verb>sending|buying|ordering|delivering|purchasing|bringing)\s+(?:please|pls)"
                        r"|(?:\s*,\s*|(?<=\d[ap]m)\s+)(?P<base>send|buy|order|deliver|purchase|bring)\s+(?:please|pls)"
                        r"|\s*[,.]?\s*(?P<done>send|buy|order|deliver|purchase|bring)\s+(?:please|pls)\s+do)"
                        r"(?:\s+do)?\s*[.!]?\s*$", _I)
_BASE = {"sending": "send", "buying": "buy", "ordering": "order", "delivering": "deliver", "purchasing": "purchase",
         "bringing": "bring"}
# A cap after its amount: '300 yuan below is good', '¥200 within', '¥80 or below is ok'.
_CAP_AFTER = re.compile(rf"(?P<n>{_AMOUNT})\s+(?:or\s+)?(?:below|under|within|less|inside)\b(?:\s+(?:is|are|becomes?|be|will"
                        r"\s+be)\b)?(?:\s+(?:good|ok|okay|fine|alright|enough|possible))?", _I)
# A watch said in that order: 'price 2500 below becomes, inform please', 'price ¥800 below becomes, tell me please'.
_WATCH_LAST = re.compile(r"(?:,\s*)?(?:the\s+)?price\s+(?P<n>[¥￥]?\s?\d[\d,.]*k?(?:\s*(?:yuan|rmb|元))?)\s+(?:or\s+)?(?:below|under"
                         r"|less)\s+(?:becomes?|goes|is|will\s+be|falls?|drops?)?\s*,?\s*(?P<verb>inform|tell|notify|alert|let\s+me"
                         r"\s+know|buying|buy|ordering|order)(?:\s+(?:me|us))?\s+(?:please|pls)\s*[.!]?\s*$", _I)
# A clock after its half of the day: 'PM 2', 'AM 10:30', never 'PM2.5' or 'PM 10 mask'.
_CLOCK = re.compile(r"(?:(?<=day\s)|(?<=day,\s)|(?<=\btoday\s)|(?<=\btomorrow\s)|(?<=\btonight\s)|(?<=\bat\s)|(?<=\bby\s)"
                    r"|(?<=,\s)|^)(?P<half>AM|PM|a\.m\.|p\.m\.)\s+(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?![\d.:])"
                    r"(?!\s*(?:mask|filter|particle|sensor|air|µg|ug))")
# A topic sentence with its verb last: "Tomorrow mother's birthday is.", 'Next week the move is.'
_TOPIC_FIRST = re.compile(r"^\s*(?P<topic>[^.!?\d]{3,60}?)\s+(?:is|are|was|were|comes|will\s+be)\s*[.!]\s+(?=\S)", _I)
_WISH_THAT = re.compile(r"^\s*(?:(?:i|we)\s+(?:need|want|would\s+like|ask)\s+that\s+you\s+(?P<verb>buy|order|send|purchase|get"
                        r"|bring)|it\s+is\s+(?:necessary|needed|required)\s+to\s+(?P<verb2>buy|order|purchase|get)|(?:please,?\s+)?make"
                        r"\s+(?:for\s+(?:me|us)\s+)?(?:a\s+)?(?:purchase|order)\s+of)\s+", _I)
# The count said after the product, in a clause of its own: 'file folders ten pieces', 'humidifier one unit', 'Face
# cream one', 'winter gloves two pairs'.
_COUNT_AFTER = re.compile(r"^(?P<lead>(?:please\s+[a-z]+\s+)?)(?P<what>[A-Za-z][\w' -]{1,40}?)\s+(?P<n>\d{1,3}|one|two|three|four"
                          r"|five|six|seven|eight|nine|ten|eleven|twelve|twenty)(?:\s+(?P<unit>pieces?|units?|pcs|items?"
                          r"|(?P<pack>pairs?|boxes|box|packs?|bottles?|sets?|rolls?|bags?)))?(?=\s*(?:,|$))", _I)
# A change of a delivery with its verb last: 'the shoes order, Sunday 2pm to change please' → 'move the shoes order to
# Sunday 2pm'.
_CHANGE_LAST = re.compile(r"^(?P<what>[^,]{3,50}?\b(?:order|delivery|parcel|package|ord_\w+)\b[^,]{0,20}?)\s*,\s*(?P<when>[^,]{3,40}?)"
                          r"\s+(?:to\s+|into\s+)?(?:change|move|reschedule|postpone)\s+(?:please|pls)(?:\s+do)?\s*[.!]?\s*$", _I)
_REQUEST_WORD = re.compile(r"\b(?:buy|order|get|send|purchase|deliver|return|watch|track|tell|inform|notify|please|need"
                           r"|want|cancel|refund|move|reschedule)\b", _I)


def _verb_last(text: str) -> str:
    said = _VERB_LAST.search(text)
    if said is None or said.start() == 0:
        return text
    verb = (said.group("verb") or said.group("base") or said.group("done")).lower()
    return f"please {_BASE.get(verb, verb)} {text[:said.start()].strip(' ,')}"


def _watch_last(text: str) -> str:
    said = _WATCH_LAST.search(text)
    if said is None or said.start() == 0:
        return text
    what = text[:said.start()].strip(" ,")
    if said.group("verb").lower() in ("buying", "buy", "ordering", "order"):
        return f"buy {what} once the price is under {said.group('n')}"
    return f"tell me when the price of {what} is under {said.group('n')}"


def _remark(sentence: str) -> bool:
    """A sentence that names no count, asks nothing and holds nothing a check must hear."""
    return not re.search(r"\d|\?", sentence) and not _REQUEST_WORD.search(sentence) and not dp.must_hear(sentence) \
        and not tl._KEEP.search(sentence) and not re.search(r"\b(?:his|her|their|boss|manager|permission|consent|allow\w*"
                                                          r"|agree\w*|address)\b", sentence, _I)


def _remarks(text: str) -> str:
    """A topic sentence said first, and a remark sentence said after a request said as a wish that the agent acts
    ('I need that you buy X, one. Winter is coming strongly.'), taken off."""
    if (topic := _TOPIC_FIRST.match(text)) is not None and _remark(topic.group(0)):
        text = text[topic.end():]
    if not _WISH_THAT.match(text):
        return text
    sentences = re.split(r"(?<=[.!])\s+(?=[A-Z])", text.strip())
    while len(sentences) > 1 and len(sentences[-1].split()) <= 8 and _remark(sentences[-1]):
        sentences.pop()
    return " ".join(sentences)


def plain(text: str) -> str:
    """English ``text`` translated word by word put in English order; other text as it was."""
    if re.search(r"[\u4e00-\u9fff]", text) or not re.search(r"[A-Za-z]", text):
        return text
    rest = _CLOCK.sub(lambda m: f"{m.group('h')}{':' + m.group('m') if m.group('m') else ''}"
                      f"{'am' if m.group('half').lower().startswith('a') else 'pm'}", text)
    rest = _remarks(rest)
    place = _PLACE_FIRST.match(rest)
    if place is not None:
        rest = rest[place.end():]
    rest = _WISH_THAT.sub(lambda m: f"please {m.group('verb') or m.group('verb2') or 'buy'} ", rest)
    rest = _CHANGE_LAST.sub(lambda m: f"move {m.group('what').strip()} to {m.group('when').strip()}", rest)
    said = rest
    rest = _watch_last(rest)
    rest = _CAP_AFTER.sub(lambda m: f"under {m.group('n')}", rest)
    rest = _verb_last(rest)
    if (rest != said or place is not None) and (counted := _COUNT_AFTER.match(rest)) is not None:
        what = counted.group("what").strip()
        goods = f"{counted.group('unit')} of {what}" if counted.group("pack") else what
        rest = f"{counted.group('lead')}{counted.group('n')} {goods}{rest[counted.end():]}"
    if place is not None:
        label = "home" if re.search(r"home|house|flat", place.group("place"), _I) else "office"
        rest = f"{rest.rstrip(' .!')}, to {label}"
    rest = " ".join(rest.split()).strip(" ,;")
    return rest if re.search(r"[A-Za-z]{2}", rest) else text
