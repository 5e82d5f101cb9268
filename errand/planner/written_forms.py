"""A request written in a form rather than said as a sentence, put as the sentence the readers read:

- a message written all in capitals ('I WOULD LIKE 2 PACKS OF AAA BATTERIES') read as ordinary text, the sizes and
  codes written in capitals kept ('AAA', 'USB', 'LED'), each sentence begun with a capital so a person named first
  is still a person ('BOB WANTS …' → 'Bob wants …');
- a letter's signature after its courtesy ('… THANK YOU. MARGARET', 'Regards, Harold', 'Many thanks — George'): the
  courtesy and the name sign the message and name nothing to buy;
- arrows and multiplication signs laid out as a line of a list: 'X × 3 pairs → home' (how many, then where), 'office
  ← 2 × X' (where first, then what), an arrow that only separates ('X → 3 packs');
- a list with bulleted lines ('shopping list: • X, 4 rolls that's all'): the list's label and its closing remark
  taken off; two or more bulleted lines kept apart, so the gate asks which product comes first;
- 'I would like 2 packs of …' said as 'I want 2 packs of …' (a readers' 'like 2' is an approximate count).

Nothing here reads a slot, and nothing that a check must hear is taken off: a signature is only a name of one or two
words after a courtesy, at the very end.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_PLACE = r"(?:(?:the|my|our)\s+)?(?:home|office|house|flat|work|place)"

# ---- capitals --------------------------------------------------------------------------------------------------

# Sizes, codes and technologies written in capitals in any text: kept as they are.
_KEEP_CAPS = frozenset({"AA", "AAA", "USB", "LED", "TV", "HDMI", "SPF", "PC", "SD", "SSD", "UK", "US", "EU", "AC", "DC", "LCD",
                        "OLED", "PM", "UV", "GPS", "XL", "XXL", "XS", "XXS", "ID", "TWS", "RGB", "DIY", "MAH", "RMB", "CNY"})
_CAPS_WORD = re.compile(r"(?<![\w-])[A-Z][A-Z']+(?![\w-])|\bORD_\w+")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?]\s))\s*([a-z])")


def _capitals(text: str) -> str:
    """A message written in capitals as ordinary text; mixed text as it was."""
    letters = [c for c in text if "A" <= c <= "Z" or "a" <= c <= "z"]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.85 * len(letters):
        return text
    if sum(1 for w in re.findall(r"[A-Za-z]{2,}", text) if w.isupper() and w not in _KEEP_CAPS) < 3:
        return text
    rest = _CAPS_WORD.sub(lambda m: m.group(0) if m.group(0) in _KEEP_CAPS else m.group(0).lower(), text)
    return _SENTENCE_START.sub(lambda m: m.group(0).upper(), rest)


# ---- a letter's signature ----------------------------------------------------------------------------------

_COURTESY = (r"(?:thank\s+you(?:\s+(?:so|very)\s+much)?|(?:many\s+|with\s+)?thanks(?:\s+(?:again|so\s+much|a\s+lot))?"
             r"|(?:kind(?:est)?\s+|best\s+|warm(?:est)?\s+)?regards|best\s+wishes|all\s+the\s+best|cheers|love|much\s+love"
             r"|yours(?:\s+(?:sincerely|truly|faithfully))?|sincerely|warmly|bless\s+you|xx+)")
_SIGNED = re.compile(rf"(?:(?<=[.!?,;])|^)\s*{_COURTESY}\s*[.!,]*\s*(?:[—–-]\s*)?(?P<name>(?!(?:home|office|today|tomorrow"
                     r"|please|pls|asap|now)\b)[A-Za-z][A-Za-z'-]+(?:\s+(?!(?:home|office)\b)[A-Za-z][A-Za-z'.-]*)?)?\s*[.!]*\s*$", _I)


def _signed(text: str) -> str:
    """The courtesy and the name that sign a letter taken off its end; nothing when nothing else is left."""
    signed = _SIGNED.search(text)
    if signed is None or signed.start() == 0 or not re.search(r"[A-Za-z]{2}", text[:signed.start()]):
        return text
    return text[:signed.start()].rstrip(" ,;—–-.!")


# ---- arrows, multiplication signs ----------------------------------------------------------------------------

_LEFT = r"(?:←|<-|⬅|⇐|⟵)"
_RIGHT = r"(?:→|->|➡|⇒|⟶)"
_PLACE_FIRST = re.compile(rf"^\s*(?P<place>{_PLACE})\s*{_LEFT}\s*(?P<rest>.+)$", _I)
_TO_PLACE = re.compile(rf"\s*{_RIGHT}\s*(?:to\s+)?(?=(?:{_PLACE})\b)", _I)
# 'X × 3 pairs', 'X x 2 big packs': the count and its packs after the product, a pack's size no part of its name.
_TIMES_PACKS = re.compile(r"^(?P<what>[A-Za-z][^×,;]{1,50}?)\s+[×✕x]\s*(?P<n>\d{1,3})\s+(?:(?:big|large|small|giant|jumbo"
                          r"|family|value|mega)\s+)?(?P<unit>packs?|packets?|boxes|box|bags?|bottles?|rolls?|pairs?|tubes?"
                          r"|tins?|cans?|jars?|cartons?|sets?)\b", _I)
# '2 × X': a count before the product, written with the sign.
_COUNT_TIMES = re.compile(r"(?<![\w.])(?P<n>\d{1,3})\s*[×✕]\s*(?=[A-Za-z])")


def _arrows(text: str) -> str:
    if not re.search(rf"{_LEFT}|{_RIGHT}|[×✕]|\bx\s*\d", text):
        return text
    rest = text
    if (first := _PLACE_FIRST.match(rest)) is not None:
        rest = f"{first.group('rest').strip()}, to {first.group('place')}"
    rest = _TO_PLACE.sub(", to ", rest).strip(" ,")
    rest = _TIMES_PACKS.sub(lambda m: f"{m.group('n')} {m.group('unit')} of {m.group('what').strip()}", rest)
    return _COUNT_TIMES.sub(lambda m: m.group("n") + " ", rest)


# ---- a bulleted list --------------------------------------------------------------------------------------------

_BULLET = re.compile(r"(?:^|\s)[•◦▪▫●■·‣⁃]\s+|(?<=:)\s*[-*]\s+|^\s*[-*]\s+")
_LIST_LABEL = re.compile(r"^\s*[\w' ]{1,30}:\s*(?=[•◦▪▫●■·‣⁃*-]\s)")
_LIST_CLOSE = re.compile(r"\s+(?:that'?s\s+(?:all|it|everything)|thanks|thank\s+you|cheers|ta|done|x+)\s*[.!]*\s*$", _I)

# A bulleted piece that holds only a count, a place or one word: the bullets separate one request's fields.
_FIELD_ONLY = re.compile(rf"^(?:\d{{1,4}}\s*[a-z]*|{_PLACE}|[A-Za-z][\w'-]*)$", _I)


def _bulleted(text: str) -> str:
    if not _BULLET.search(text):
        return text
    items = [i.strip(" ,;") for i in _BULLET.split(_LIST_LABEL.sub("", text)) if i.strip(" ,;")]
    if not items:
        return text
    items[-1] = _LIST_CLOSE.sub("", items[-1])
    if any(_FIELD_ONLY.match(item) for item in items):
        return ", ".join(items)  # '• thermal socks • 3 pairs • home': bullets between the fields of one line
    return " and ".join(items)  # two lines are two products: the gate asks which comes first


# ---- a letter's wish for goods ----------------------------------------------------------------------------

_WOULD_LIKE = re.compile(r"^(?P<who>\s*(?:i|we))\s*(?:'d|\s+would|\s+should)\s+(?:like|love)\s+(?=(?:\d{1,3}|a\s+few)\s+[a-z])", _I)


def plain(text: str) -> str:
    """``text`` written in capitals, signed, laid out with arrows or bullets, said as a sentence; else as it was."""
    if re.search(r"[\u4e00-\u9fff]", text) or not re.search(r"[A-Za-z]", text):
        return text
    rest = _bulleted(_arrows(_signed(_capitals(text))))
    rest = _WOULD_LIKE.sub(lambda m: m.group("who") + " want ", rest)
    rest = " ".join(rest.split()).strip(" ,;")
    return rest if re.search(r"[A-Za-z]{2}", rest) else text
