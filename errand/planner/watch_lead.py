"""A price watch said around the words its reader knows:

- an opener, an address or a hashtag before the watch verb, naming nothing ('oi watch the …', 'sis, watch …',
  '#wishlist keep an eye on …', 'heads up — watch …'); a negation there ('don't watch the …') is kept;
- a chat tag after the product ('the Adidas Samba innit, …', Pittsburgh's "the Weber grill n'at");
- a lookout kept ('keep an eye out for 3 weeks', 'be on the lookout for the …') said as 'keep an eye on';
- Hawaiian pidgin's small words and the mock-Shakespearean 'yon': 'da' or 'yon' for the, 'dat'/'dis' for that/this after the watch verb, 'fo' for for before a
  span or 'me' ('watch da YETI Rambler fo 10 days');
- the product pointed at and named at once: 'watch that Le Creuset casserole', 'this Bose SoundLink Max' (a
  demonstrative before a capitalised name or a model number; 'that one', 'that kettle' are still only pointed at);

Pure functions over the watch reader's text.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_VERB = r"(?:watch|track|monitor|keep (?:an |a close )?eye on|keep tabs on)"
_WHAT = r"(?:the|da|that|dat|this|dis|yon|my|these|those)"
# One or two words before the verb at the start, with their punctuation: 'oi ', 'sis, ', '#wishlist ', 'heads up — '.
_LEAD = re.compile(rf"^\s*(?P<lead>(?:#?[\w'’-]+[,!:.]?\s+(?:[—–-]\s+)?){{1,2}})(?={_VERB}\s+{_WHAT}\b)", _I)
# A lead that is no opener: a negation or a subject with its own verb ('don't', 'I never', 'no need to').
_NOT_OPENER = re.compile(r"\b(?:don'?t|do not|never|not|no|stop|quit|won'?t|can'?t|cannot|didn'?t|shouldn'?t|i|we|they"
                         r"|he|she|to)\b", _I)
_TAG = re.compile(r"\s+(?:(?-i:innit|init)|n'at|n’at|'n that|an' that)(?=\s*(?:[,.;!?—–]|$))", _I)
_PIDGIN_THE = re.compile(rf"(?P<verb>\b{_VERB}\s+)(?:da|dat|dis|yon)\b", _I)
# A lookout kept: 'keep an eye out for 3 weeks' (a span: the product is named before), 'keep an eye out for the
# …', 'be on the lookout for the …', 'keep a lookout for …' → 'keep an eye on it for 3 weeks', 'keep an eye on the …'.
_LOOKOUT_SPAN = re.compile(r"\b(?:keep(?:ing)? (?:an eye|a (?:close )?(?:eye|look-?out)) out|keep(?:ing)? a look-?out|be on the look-?out)"
                           r"(?: for)?(?= (?:a|an|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?|fortnights?)\b)", _I)
_LOOKOUT = re.compile(r"\b(?:keep(?:ing)? (?:an eye|a (?:close )?(?:eye|look-?out)) out|keep(?:ing)? a look-?out|be on the look-?out)"
                      r"(?: (?:for|on))?\b", _I)
_PIDGIN_FOR = re.compile(r"\bfo(?= (?:me|us|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)", _I)
# 'that Le Creuset casserole', 'this Bose SoundLink Max', 'that Garmin Fenix 8': a demonstrative before a name.
_POINTED = re.compile(rf"(?P<verb>\b{_VERB}\s+)(?:that|this)\s+(?=(?-i:(?!(?:One|Thing|Stuff|Item)\b)[A-Z][\w-])|[a-z]*\d)", _I)


def lookout(text: str) -> str:
    """``text`` with a lookout kept said as 'keep an eye on' ('Dyson V15, keep an eye out for 2 weeks' → 'Dyson
    V15, keep an eye on it for 2 weeks'; 'be on the lookout for the …' → 'keep an eye on the …')."""
    return _LOOKOUT.sub("keep an eye on", _LOOKOUT_SPAN.sub("keep an eye on it for", text))


def unled(text: str) -> str:
    """The English watch without an opener before its verb, a tag after its product, pidgin's small words said
    plainly and a demonstrative before a named product; other text as it was."""
    text = lookout(text)
    lead = _LEAD.match(text)
    if lead is not None and not _NOT_OPENER.search(lead.group("lead")):
        text = text[lead.end():]
    text = _TAG.sub("", text)
    text = _PIDGIN_FOR.sub("for", _PIDGIN_THE.sub(r"\g<verb>the", text))
    return _POINTED.sub(r"\g<verb>the ", text)
