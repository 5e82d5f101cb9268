"""A request told last, after a story in sentences of its own: 'long day, the printer jammed twice and the sticky
notes are all gone. Could you send 5 pads of sticky notes to the office.' The story names things (the printer, the
report) that are no part of the request, and a reader that reads the whole message takes them for the product, so
only the last sentence is read when it is a whole request of its own.

``colloquial`` drops a story that ends at a cue ('…, anyway, …', '…, so please …'); this reads the story that ends at
a full stop. The story is kept, and the message read whole as before, when it holds anything a check must hear
(``dropped.must_hear``: harm, an instruction, a role), another person's money or a say over the request ('asked me to',
'her card', 'approve'), or a request of its own; and when the last sentence points back into it ('order one of
those', 'get it').
"""

from __future__ import annotations

import re

from . import dropped as dp

# Sentences: a stop, a '!' or a '?' and a space, then a capital or a request word.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z]|(?:could|can|would|will|please|pls|kindly|buy|get|order)\b)")
# The last sentence starts a request and names goods: 'Could you send 5 pads of …', 'Please buy 2 …', 'Can you get me
# a …', "I'd like a …", 'I need 3 …', '4 hand towels please'.
_GOODS = r"(?:a|an|some|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+pair\s+of|a\s+dozen)\s+[a-z0-9]"
_REQUEST = re.compile(rf"^\s*(?:(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?|please\s+|pls\s+|kindly\s+)(?:buy|get|order"
                      rf"|send|grab|pick\s+up|purchase)(?:\s+(?:me|us))?\s+{_GOODS}"
                      rf"|(?:buy|get|order|grab|purchase)(?:\s+(?:me|us))?\s+{_GOODS}"
                      rf"|(?:i|we)(?:'d|\s+would)\s+like\s+{_GOODS}|(?:i|we)\s+need\s+{_GOODS}|{_GOODS})", re.IGNORECASE)
# A story that holds another person's money or a say over the request, an instruction, a request of its own, or
# a person in distress, stays whole so the checks read it.
_KEEP = re.compile(r"\b(?:card|account|wallet|pay|paid|paying|charge|transfer|codes?|password|otp|pin|verify|approv\w*|confirm"
                   r"|authori[sz]\w*|sign|ignore|instructions?|system|admin|prompt|override|bypass|skip|cap|limit|settings?"
                   r"|gift\s+cards?|vouchers?|(?:asked|asks|told|tells|wants?|wanted|needs?|says?|said)\s+(?:me|you|us)\s+to"
                   r"|(?:his|her|their)\s+(?:own\s+)?(?:card|account|wallet|money|address|flat|house|home|place|office|room|dorm"
                   r"|name|behalf|phone|number|details|password|code|order|parcel)|for\s+(?:him|her|them)|(?:him|her|them)\s+to"
                   r"|hopeless|kill|die|dying|hurt|suicid\w*"
                   r"|overdose|(?:can'?t|cannot)\s+(?:go\s+on|take\s+it|cope)|anymore)\b|[$¥@]", re.IGNORECASE)
_OWN_REQUEST = re.compile(r"\b(?:buy|order|purchase|get\s+me|grab\s+me|send\s+me|watch|track|return|refund|reschedule|move\s+the"
                          r"|deliver|cancel)\b", re.IGNORECASE)
# The last sentence pointing back into the story: 'one of those', 'get it', 'the same'.
_REFERS_BACK = re.compile(r"\b(?:it|them|those|these|the\s+same|that\s+one|one\s+of\s+(?:those|these|them)|another\s+one"
                          r"|a\s+new\s+one)\b", re.IGNORECASE)


def request(text: str) -> str:
    """The last sentence of ``text`` when it is a request told after a story of eight words or more; else ``text``."""
    sentences = _SENTENCE_END.split(text.strip())
    if len(sentences) < 2:
        return text
    story, last = " ".join(sentences[:-1]), sentences[-1]
    if len(story.split()) < 8 or not _REQUEST.match(last) or _REFERS_BACK.search(last):
        return text
    if _KEEP.search(story) or _OWN_REQUEST.search(story) or dp.must_hear(story):
        return text
    return last
