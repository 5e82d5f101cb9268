"""A price watch said around the words its reader knows:

- an opener, an address or a hashtag before the watch verb, naming nothing ('oi watch the …', 'sis, watch …',
  '#wishlist keep an eye on …', 'heads up — watch …'); a negation there ('don't watch the …') is kept;
- a chat tag after the product ('the Adidas Samba innit, …');
- Hawaiian pidgin's small words: 'da' for the, 'dat'/'dis' for that/this after the watch verb, 'fo' for for before a
  span or 'me' ('watch da YETI Rambler fo 10 days');
- the product pointed at and named at once: 'watch that Le Creuset casserole', 'this Bose SoundLink Max' (a
  demonstrative before a capitalised name or a model number; 'that one', 'that kettle' are still only pointed at);

Pure functions over the watch reader's text.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_VERB = r"(?:watch|track|monitor|keep (?:an |a close )?eye on|keep tabs on)"
_WHAT = r"(?:the|da|that|dat|this|dis|my|these|those)"
# One or two words before the verb at the start, with their punctuation: 'oi ', 'sis, ', '#wishlist ', 'heads up — '.
_LEAD = re.compile(rf"^\s*(?P<lead>(?:#?[\w'’-]+[,!:.]?\s+(?:[—–-]\s+)?){{1,2}})(?={_VERB}\s+{_WHAT}\b)", _I)
# A lead that is no opener: a negation or a subject with its own verb ('don't', 'I never', 'no need to').
_NOT_OPENER = re.compile(r"\b(?:don'?t|do not|never|not|no|stop|quit|won'?t|can'?t|cannot|didn'?t|shouldn'?t|i|we|they"
                         r"|he|she|to)\b", _I)
_TAG = re.compile(r"\s+(?-i:innit|init)(?=\s*(?:[,.;!?—–]|$))", _I)
_PIDGIN_THE = re.compile(rf"(?P<verb>\b{_VERB}\s+)(?:da|dat|dis)\b", _I)
_PIDGIN_FOR = re.compile(r"\bfo(?= (?:me|us|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)", _I)
# 'that Le Creuset casserole', 'this Bose SoundLink Max', 'that Garmin Fenix 8': a demonstrative before a name.
_POINTED = re.compile(rf"(?P<verb>\b{_VERB}\s+)(?:that|this)\s+(?=(?-i:(?!(?:One|Thing|Stuff|Item)\b)[A-Z][\w-])|[a-z]*\d)", _I)


def unled(text: str) -> str:
    """The English watch without an opener before its verb, a tag after its product, pidgin's small words said
    plainly and a demonstrative before a named product; other text as it was."""
    lead = _LEAD.match(text)
    if lead is not None and not _NOT_OPENER.search(lead.group("lead")):
        text = text[lead.end():]
    text = _TAG.sub("", text)
    text = _PIDGIN_FOR.sub("for", _PIDGIN_THE.sub(r"\g<verb>the", text))
    return _POINTED.sub(r"\g<verb>the ", text)
