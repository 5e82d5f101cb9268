"""A request someone else made, quoted or forwarded, that the shopper then asks to be bought: 'Mum (WeChat):
"can you get a 5kg bag of jasmine rice" — just buy that pls', '转发：“帮我带三支牙刷，软毛的”——帮她买一下', or
a chat log whose last line is the shopper's own ('[12:03] Tom: we're out of dish sponges [12:04] me: ok buy 2
packs'). Only the shopper's endorsement acts: the quote says what, the shopper's words say to buy it. Without
an endorsement the sentence is left as it was (the screen treats quoted instructions as untrusted).

It reads the text of a sentence the planner already took as a purchase.
"""

from __future__ import annotations

import re

# A quotation: “…”, "…", 「…」.
_QUOTE = re.compile(r"[“\"「『](?P<said>[^”\"」』]{2,160})[”\"」』]")
# The shopper's own word to buy what was quoted, after it: '— just buy that pls', '——帮她买一下', '→ 就照这个买'.
_ENDORSED = re.compile(r"^\W*(?:(?:just|so|ok|okay|yes|pls|please)\s+)*(?:buy|get|order)\s+(?:that|this|it|them|those)\b"
                       r"|^\W*(?:就|那就)?(?:帮她|帮他|帮我|照这个|按这个|照着)(?:买|下单)", re.IGNORECASE)
# A chat line's speaker: '[12:04] me:', 'Tom:'; the shopper's own line is 'me:' / '我：'.
_OWN_LINE = re.compile(r"(?:\[[^\]]{1,12}\]\s*)?\b(?:me|我)\s*[:：]\s*(?P<own>.+)$", re.IGNORECASE)
_SPEAKER = re.compile(r"(?:\[[^\]]{1,12}\]\s*)?[A-Za-z\u4e00-\u9fff]{1,12}\s*[:：]\s*")
# What the other line says is needed: "we're out of dish sponges", 'need more bin bags'.
_NEEDED = re.compile(r"\b(?:out of|run out of|ran out of|low on|need(?:s)? (?:more |some )?|no more)\s+(?P<what>[a-z][\w -]{1,40}?)\s*[.!]?$",
                     re.IGNORECASE)
# A request that counts only: 'ok buy 2 packs', 'get 3'.
_COUNT_ONLY = re.compile(r"^(?:(?:ok|okay|yes|sure|pls|please)\W+)*(?:buy|get|order)\s+(?P<count>\d+|one|two|three|four|five|six)"
                         r"(?:\s+(?P<unit>packs?|boxes|bags|bottles|rolls|sets|pieces))?\s*[.!]?$", re.IGNORECASE)


def endorsed(text: str) -> str:
    """The request to read: the quoted words when the shopper asks to buy them, the shopper's own chat line
    (with the product the line before it named) in a chat log; ``text`` otherwise."""
    quote = _QUOTE.search(text)
    if quote and _ENDORSED.search(text[quote.end():]):
        said = re.sub(r"^(?:帮我|给我)?(?:带|捎)", "买", quote.group("said").strip())  # '帮我带三支牙刷': bring is buy
        return _recounted(said, text[quote.end():])
    own = _OWN_LINE.search(text)
    if own is None or own.start() == 0:
        return text
    counted = _COUNT_ONLY.match(own.group("own").strip())
    before = _SPEAKER.sub("", text[: own.start()]).strip()
    needed = _NEEDED.search(before)
    if counted and needed:
        unit = counted.group("unit") or ""
        return f"buy {counted.group('count')} {unit + ' of ' if unit else ''}{needed.group('what').strip()}"
    return own.group("own")


# The shopper's own count after the quote: '”帮我买两个', '”帮她下单三盒'.
_OWN_COUNT = re.compile(r"(?:买|下单)\s*(?P<count>[两二三四五六七八九十\d]+)\s*(?P<unit>[个只件根把条支瓶盒包袋卷双套台张本块片罐桶箱])")
# A count the quote leaves implicit: '要个…', '买根…', '来把…'.
_ONE = re.compile(r"(?<=[要买来换])(?=[个只件根把条支瓶盒包袋卷双套台张本块片罐桶箱])")


def _recounted(said: str, after: str) -> str:
    """The quote with the count the shopper gave after it: '“要个磁吸的手机支架”帮我买两个' is two."""
    own = _OWN_COUNT.search(after)
    if own is None:
        return said
    if _ONE.search(said):
        return _ONE.sub(own.group("count"), said, count=1)
    if re.search(r"[一两二三四五六七八九十\d]\s*[个只件根把条支瓶盒包袋卷双套台张本块片罐桶箱]", said):
        return said  # the quote counts for itself
    return f"{said.rstrip('。！!')}，{own.group(0)}"


# A request inside a quotation: someone else asking ('"grab me a phone charger"', '“帮我买两盒牛奶”').
_ASKING = re.compile(r"\b(?:buy|get|grab|order|purchase|pick up)\b|买|带|下单|订", re.IGNORECASE)


def unendorsed(text: str) -> bool:
    """A request someone else made, quoted, that the shopper did not ask to be bought: asked about first."""
    quote = _QUOTE.search(text)
    return bool(quote and _ASKING.search(quote.group("said")) and not _ENDORSED.search(text[quote.end():]))
