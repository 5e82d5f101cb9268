"""What an English purchase says before its goods that names none of them, taken off so the readers see the request:

- fillers said first ('umm yeah so', 'like,', 'er,') and a small word said twice while speaking ('the, the', 'a a'):
  said once, or not at all;
- the product said first and then bought by name ('the colander — get a colander'), or as 'them' ('the lint roller —
  grab two of them'): the purchase alone, the product named in it;
- the shopper's trade said as who is buying ('tiler here — …', 'plumber speaking: …', 'candle maker: …'): an agent
  noun (a word of the English lexicon, or one made from one with -er, -or, -ist, -ian, -man, 'maker', 'keeper'), no
  person, no system or authority, no place (a place's name is no agent noun); what follows names goods with a count
  and is no work asked for ('tiler wanted here — regrout the bathroom' stays, a service);
- a story told before 'so please get / buy / order …': the purchase clause alone, its object the product; a story
  that buys, sends or delivers itself, or holds anything ``dropped.must_hear`` holds, is left as said;
- a cap said as what to keep the price under ('and keep it under 200'), and a pack's size said after its count
  ('soy wax flakes, 4 bags of 1kg'): read as the cap and the pack the readers know ('under 200', '4 bags of soy wax
  flakes, 1kg').

Nothing is taken off a sentence the harm readers or the counterfeit check hold as a whole.
"""

from __future__ import annotations

import re

import lemminflect  # type: ignore[import-untyped]

from . import dropped as dp
from . import spoken_buy as sb
from .people_words import KIN_EN

_I = re.IGNORECASE
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|a couple(?: of)?|a pair of|a few)"

_TWICE = re.compile(r"\b(the|a|an|um|uh|er|so|like|my|some|that|this|i|get|buy|order|me|to|for|and)(?:,\s*|\s+)\1\b", _I)
_PURE_FILLER = re.compile(r"^\s*(?:u+m+|u+h+m*|e+r+m*|hm+|ah+|mm+)\b[\s,.…]*", _I)
_SOFT_FILLER = re.compile(r"^\s*(?:yeah|yep|so|like|well|ok|okay|right|anyway|oh|omg|ugh|lol|honestly|basically)\b"
                          r"(?:\s*[,.…]+\s*|\s+(?=(?:u+m+|u+h+|e+r+m*|yeah|yep|so|like|well|ok|okay|oh)\b))", _I)


_LOOSE_FILLER = re.compile(r"^\s*(?:so|like|well|yeah)\s+", _I)


def spoken(text: str) -> str:
    """English ``text`` with fillers said first and a small word said twice said once ('umm so the, the kettle')."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    said = _spoken(text)
    return text if _hides_harm(text, said) else said


def _spoken(text: str) -> str:
    said = _TWICE.sub(r"\1", text)
    for at in range(6):  # 'umm yeah so the …': after one filler, 'so' or 'like' before a word is one too
        match = _PURE_FILLER.match(said) or _SOFT_FILLER.match(said) or (_LOOSE_FILLER.match(said) if at else None)
        if match is None or not match.group(0).strip():
            break
        said = said[match.end():]
    return said if re.search(r"[a-z]{3}", said, _I) else text


_DASH = r"\s*(?:[—–:]|\s-\s|,)\s*"
_VERB = r"(?:please\s+)?(?:get|buy|order|grab|pick\s+up)(?:\s+(?:me|us))?"
_SAID_FIRST = re.compile(rf"^(?P<np>(?:the|a|an|some|that|this)\s+[a-z][a-z -]{{1,30}}?){_DASH}(?P<rest>{_VERB}\b.*)$", _I)
_THEM = re.compile(rf"^(?P<verb>{_VERB})\s+(?P<n>{_NUM})\s+of\s+(?:them|those|these)\b(?P<tail>.*)$", _I)


def _said_twice(text: str) -> str:
    first = _SAID_FIRST.match(text)
    if first is None or not sb._harmless(first["np"]):
        return text
    name = re.sub(r"^(?:the|a|an|some|that|this)\s+", "", first["np"].strip(), flags=_I)
    rest = first["rest"]
    if re.search(rf"\b{re.escape(name.split()[-1].rstrip('s'))}", rest, _I):
        return rest
    if (them := _THEM.match(rest)) is not None:
        return f"{them['verb']} {them['n']} {name}{them['tail']}"
    return text


_ROLE = re.compile(r"^\s*(?:(?:i'?m|i am)\s+)?(?:(?:a|an|the|your|ur)\s+)?(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
                   r"(?P<here>\s+(?:here|speaking))?\s*(?:[:—–]|\s-\s)\s*(?P<rest>\S.*)$", _I)
_AGENT = re.compile(r"(?:er|or|ist|ian|man|woman|men|smith|wright|eer|maker|keeper)$", _I)
# Who may not be taken off as a trade: the system and those who speak for it, those who hold or carry an order.
_NOT_A_TRADE = re.compile(r"\b(?:admin\w*|operator|developer|moderator|manager|owner|officer|police\w*|courier|driver|rider"
                          r"|dispatcher|agent|banker|teller|accountant|lawyer|landlord|tenant|customer|buyer|seller|shopper"
                          r"|member|user|supervisor|director|controller|auditor|investigator|inspector|member|other|order"
                          r"|number|letter|water|paper|winter|summer|dinner|after|under|over|never|together|whatever|neighbou?r)\b",
                          _I)
_WORK_ASKED = re.compile(r"^(?:need(?:ed)?|wanted|looking|fix|repair|install|regrout|paint|clean|come|send|book|hire|call"
                         r"|visit|do|can|could|would|will|is|are|please\s+(?:fix|come|repair|install))\b", _I)
_GOODS_COUNTED = re.compile(rf"^(?:an?\s|{_NUM}\s)|,\s*(?:{_NUM}|\d+\w*)(?:\s+\w+){{0,3}}\s*(?:,|$)|\b{_NUM}\s+(?:bags?|boxes|box"
                            r"|packs?|rolls?|tubes?|bottles?|blocks?|sheets?|pairs?|sets?|tins?|jars?|pieces?)\b", _I)


def _agent_noun(word: str) -> bool:
    word = word.lower()
    if not _AGENT.search(word):
        return False
    if lemminflect.getAllLemmas(word).get("NOUN"):
        return True
    stems = (word[:-1], word[:-2], word[:-3], word[:-4])  # tiler → tile, groomer → groom
    return any(len(s) > 2 and lemminflect.getAllLemmas(s) for s in stems)


def trade_taken_off(text: str) -> str:
    """``text`` without the shopper's trade said first ('tiler here — tile spacers, 5 bags' → 'tile spacers, 5 bags')."""
    said = _trade(_spoken(text))
    return text if _hides_harm(text, said) else said


# The system or its staff claimed as the speaker ('support here: …'): never a trade to take off (speaker asks).
SYSTEM_ROLE: re.Pattern[str] = re.compile(r"\b(?:admin\w*|system|sys|developer|dev|operator|support|security|moderator|errand|helpdesk|fraud"
                         r"|root|openai|anthropic|claude)\b", re.IGNORECASE)


def _trade(text: str) -> str:
    lead = _ROLE.match(text)
    if lead is None:
        return text
    role, rest = lead["role"], lead["rest"]
    if re.search(r"\b(?:need|needs|want|wants|get|send|call|hire|book|find|looking|a|an|the|for|some|my|our|your)\b", role, _I):
        return text  # 'need a plumber here — …': a person asked for
    if not lead["here"] and " " not in role.strip():
        return text  # 'florist: …' alone is left to the scene readers
    if not _agent_noun(role.split()[-1]) or _NOT_A_TRADE.search(role) or re.search(rf"\b{KIN_EN}\b", role, _I) \
            or re.search(r"[A-Z]", role[1:]) or _WORK_ASKED.match(rest) or not _GOODS_COUNTED.search(rest):
        return text
    first = re.sub(rf"^(?:{_NUM}(?:\s+|$))?(?:(?:bags?|boxes|box|packs?|rolls?|pairs?|sets?)\s+of\s+)?", "",
                   re.split(r"\s*[,;—–]\s*|\s-\s", rest)[0].strip(), flags=_I)
    if not re.search(r"[a-z]{3}", first, _I) or re.match(r"(?:for|to|at|by|in|on|from|with)\b", first, _I):
        return text  # 'Bird feeder — one — for the balcony': the goods were said first, a count follows
    if not sb._harmless(role) or SYSTEM_ROLE.search(role) or dp.must_hear(role):
        return text
    return rest


_STORY = re.compile(r"^(?P<story>.{25,}?)(?:[,;.]|\s[—–-])\s*(?:and\s+)?(?:so|which\s+is\s+why|that'?s\s+why|hence|anyway)\s*,?\s*"
                    r"(?:(?:please|could\s+you|can\s+you|would\s+you|i\s+need\s+you\s+to|i'?d\s+like\s+you\s+to)\s+)*"
                    r"(?P<verb>get|buy|order|grab|pick\s+up)\b(?P<rest>.+)$", _I)
_STORY_ACTS = re.compile(r"\b(?:buy|bought|order(?:ed)?|send|sent|ship|deliver|drop\s+off|post|address|to\s+(?:my|his|her|their)\s+\w+'s"
                         r"|at\s+(?:his|her|their)\s+(?:place|house|flat)|return|refund|cancel)\b|\?"
                         # money, settings or the system said in the story: the screens read it there
                         r"|\b(?:caps?|limits?|budgets?|approv\w*|authori\w*|settings?|cards?|accounts?|pay\w*|paid|wallet"
                         r"|password|admin\w*|system|instructions?|ignore|override|rules?)\b|\d", _I)


# The purchase said only as 'one' or 'it': the story names the product.
_POINTER = re.compile(r"\s*(?:me\s+|us\s+)?(?:one|it|them|those|these|that|some|a\s+new\s+one|another(?:\s+one)?)\s*(?:[,.;!]|$)", _I)
# A clock said in the purchase: the story's day goes with it.
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bo'?clock\b|\bnoon\b|\bmidday\b|\bby\s+\d", _I)


def _story(text: str) -> str:
    told = _STORY.match(text)
    if told is None or _STORY_ACTS.search(told["story"]) or dp.must_hear(told["story"]) or not sb._harmless(told["story"]):
        return text
    if _POINTER.match(told["rest"]) or _CLOCK.search(told["rest"]):
        return text  # 'so could you get one': the product is in the story; a time the story's day goes with
    return f"please {told['verb'].lower()}{told['rest']}"


# A cap said as what to keep the price under: 'and keep it under 200' is 'under 200'.
_KEEP = re.compile(r",?\s*(?:and\s+)?(?:please\s+)?(?:keep|hold)\s+(?:it|them|the\s+(?:price|cost|total|spend))\s+"
                   r"(?:under|below|within|at\s+or\s+below)\s+(?=[¥￥]?\d)", _I)
# A pack's size said after the count: 'soy wax flakes, 4 bags of 1kg' is four 1kg bags of the flakes.
_PACK_SIZE = re.compile(rf"^(?P<prod>[a-z][a-z -]{{2,40}}?),\s*(?P<n>{_NUM})\s+(?P<unit>bags?|packs?|boxes|box|bottles?|tubs?|tins?"
                        r"|jars?|rolls?|sacks?|cans?)\s+of\s+(?P<size>\d+(?:\.\d+)?\s?(?:kg|g|ml|l|lb|oz|m|cm)s?)\b(?P<tail>.*)$", _I)


def _sizes_and_caps(text: str) -> str:
    text = _KEEP.sub(", under ", text)
    if (pack := _PACK_SIZE.match(text)) is not None:
        return f"{pack['n']} {pack['unit']} of {pack['prod'].strip()}, {pack['size']}{pack['tail']}"
    return text


def plain(text: str) -> str:
    """English ``text`` with what it says before the goods that names none of them taken off."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    said = _sizes_and_caps(_story(_trade(_said_twice(_spoken(text)))))
    return said if said.strip() and not _hides_harm(text, said) else text


def _hides_harm(text: str, said: str) -> bool:
    from . import zh_openers as zo

    return zo.hides_harm(text, said)
