"""Text-speak said in full words: 'pls buy 1 bthrm mat, thx, cu l8r' is 'please buy 1 bathroom mat'.

A message is read this way only when it is written in text-speak: a word with its vowels dropped ('pls', 'cncl'), a
word with a number standing for its sound ('l8r', '2moro', 'b4', 'evry1') or a letter standing for a word ('u',
'r'). Each word no lexicon holds is then matched against the words the planner knows, by its skeleton:

- a digit inside a word is its sound (2 'to', 4 'for', 8 'at', 1 'one'); a letter alone is its name ('u' you,
  'r' are, 'c' see, 'y' why), 'n' between words is 'and', '@' is 'at';
- a known word matches when the typed letters are its letters in order, with the same first letter, and what is
  left out of it is vowels, the soft letters h, w, y and r, a doubled letter, or at most one other consonant
  ('kchn' kitchen, 'rschdl' reschedule, 'shppd' shipped, 'aftn' afternoon);
- the words tried first are the planner's own (its ranker's words, the glossary's goods, function words), then
  the English lexicon's (lemminflect); among equals the shortest wins, and a tie between different words keeps
  the word as typed;
- a standalone 2 is 'to' before a place, a day, a time or a determiner ('2 office', '2 mon') and 'too' before an
  adjective ('2 small'); a standalone 4 is 'for' before the same ('4 home', '4 2 wks'); a count stays a count;
- chat's sign-off after the request ('thx, cu l8r', 'ty', 'xx') is dropped when nothing in it must be heard.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import lemminflect  # type: ignore[import-untyped]
from lemminflect.core.Lemmatizer import Lemmatizer  # type: ignore[import-untyped]

from . import dropped as dp
from . import phrases as ph
from . import stray_words as sw

_I = re.IGNORECASE
_VOWELS = set("aeiou")
_SOFT = set("aeiouhwy")
_SOUNDS = {"2": "to", "4": "for", "8": "at", "1": "one", "0": "o"}
_LETTERS = {"u": "you", "r": "are", "c": "see", "y": "why", "b": "be"}
_FUNCTION_WORDS = (
    "the a an and or for with from of at to in on by per than then if but so as into i me my mine we us our you your"
    " it its he him his she her they them their this that these those some any no not each every all both what which"
    " who whom whose where when why how is are was were be been am do does did don't doesn't didn't can can't could"
    " would should will won't shall have has had here there today tomorrow tonight yesterday please thanks thank see"
    " later soon before after still yet just only also anymore again")
_DAYS_SHORT = frozenset(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])
_FUNCTION = frozenset(_FUNCTION_WORDS.split())
_CONTRACTED = frozenset(w.replace("'", "") for w in _FUNCTION if "'" in w)  # 'dont', 'cant': words as typed
_UNITS = sw._UNITS | sw._PACKS  # the units and packs the planner reads ('pcs', 'ml', 'pk'): never text-speak
_WORD = re.compile(r"[A-Za-z0-9@][A-Za-z0-9'@_-]*")
_DAYS = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*|today|tomorrow|tonight|2moro|2morrow|2nite|2day|tmrw|tmr|next|this"
_PLACE = r"(?:the|my|our|your|ur|u|me|him|her|us|them|a|an|home|office|work|school)\b"
_TO = re.compile(rf"(?<![\d.,:])\b2\s+(?=(?:{_PLACE}|{_DAYS}|\d{{1,2}}(?::\d\d)?\s*(?:am|pm)\b))", _I)
_FOR = re.compile(rf"(?<![\d.,:])\b4\s+(?=(?:{_PLACE}|{_DAYS}|\d+\s*(?:days?|wks?|weeks?|months?|hrs?|hours?)\b))", _I)
_TOO = re.compile(r"(?P<lead>^|[,;]\s*|\b(?:it'?s|they'?re|is|are|way)\s+)2\s+(?P<adj>[a-z]+)\b(?=\s*(?:[,;.!?]|$))", _I)
_SIGN_OFF = re.compile(r"(?:[,;.!]\s*|\s+)(?:(?:thanks|thank you|thx|thnx|thanx|ty|tysm|ta|cheers|see you(?: later| soon)?"
                       r"|cu(?: l8r| soon)?|cya|ttyl|bye|later|l8r|xx+|x|mate|m8|great|gr8|luv|love|lol|pls|plz|please|n|and|&|many thx|many thanks)"
                       r"[\s,.!]*)+$", _I)


@lru_cache(maxsize=1)
def _known() -> tuple[tuple[frozenset[str], ...], frozenset[tuple[str, str]]]:
    """The words tried in turn (chat's own function words, the words the safety checks hear, the planner's words, the
    English lexicon's) and the
    word pairs the planner's ranker knows ('desk lamp', 'tea towels')."""
    ranker = json.loads((Path(__file__).parent / "data" / "intent_ranker.json").read_text())["features"]
    own = {name[2:] for name in ranker if name.startswith("w:") and re.fullmatch(r"[a-z']{2,}", name[2:])}
    own |= {w for name in ph.GLOSSARY.values() for w in name.lower().split() if re.fullmatch(r"[a-z]{2,}", w)}
    lexicon = {w for w in Lemmatizer()._getLemmaDict() if re.fullmatch(r"[a-z]{2,}", w)}
    pairs = {tuple(name[2:].split()) for name in ranker if name.startswith("b:") and len(name[2:].split()) == 2}
    danger = frozenset(re.findall(r"(?<![a-z\\])[a-z]{4,}(?![a-z])", dp._DANGER.pattern))  # the words the checks hear
    return (_FUNCTION, danger, frozenset(own), frozenset(lexicon)), frozenset((a, b) for a, b in pairs)


def _is_word(token: str) -> bool:
    return token in _DAYS_SHORT or token in _CONTRACTED or any(token in words for words in _known()[0]) or bool(lemminflect.getAllLemmas(token))


def _cost(typed: str, word: str) -> int | None:
    """How many consonants of ``word`` the typed letters leave out (None when they are not its letters in order)."""
    plain = word.replace("'", "")
    if typed[0] != plain[0] or len(typed) >= len(plain) or len(typed) < 0.4 * len(plain):
        return None
    i, cost = 0, 0
    for j, letter in enumerate(plain):
        if i < len(typed) and typed[i] == letter:
            i += 1
        elif letter not in _SOFT and not (j and plain[j - 1] == letter) and plain[j: j + 2] != "gh":  # night, neighbour
            cost += 1
    allowed = 0 if _VOWELS & set(typed[1:]) else 1  # a word typed with its vowels leaves out vowels only
    return cost if i == len(typed) and cost <= allowed else None


def _match(typed: str, before: str = "", after: str = "", own_only: bool = False) -> str | None:
    """The known word ``typed`` stands for: the first list's, then one the planner has seen beside its neighbours,
    the fewest consonants left out, the shortest; None when two words tie."""
    words, pairs = _known()
    found = []
    tiers = words[:1] if len(typed) < 3 else words[:3] if own_only or len(typed) < 4 else words  # 'rn', 'mk': chat's own only
    for tier, group in enumerate(tiers):
        for word in group:
            if word[0] == typed[0] and (cost := _cost(typed, word)) is not None:
                seen = (before, word) in pairs or (word, after) in pairs
                found.append(((tier, not seen, cost, len(word)), word))
    if not found:
        return None
    found.sort()
    best = [word for key, word in found if key == found[0][0]]
    return best[0] if len(set(best)) == 1 else None


# Chat's own initialisms, read by the other readers as typed: 'fr' is 'for real', not 'for'; 'rn' 'right now'.
_INITIALISMS = frozenset(("fr", "frfr", "ngl", "tbh", "imo", "imho", "idk", "smh", "rn", "af", "irl", "ikr", "lmk", "nvm",
                          "brb", "btw", "fyi", "tho", "pov", "iykyk", "hmu", "wbu", "hbu", "jk", "np", "omg", "omw"))


@lru_cache(maxsize=8192)
def _expanded(token: str, before: str = "", after: str = "") -> str | None:
    """The word a text-speak token stands for; None when it is none."""
    low = token.lower()
    if low in _INITIALISMS:
        return None
    if low in _LETTERS:
        return _LETTERS[low]
    if len(low) == 2 and all(c in _LETTERS for c in low) and not _is_word(low):
        return " ".join(_LETTERS[c] for c in low)  # 'cu': see you
    if re.fullmatch(r"[a-z]*[0-9][a-z]*", low) and re.search(r"[a-z]", low) and not re.fullmatch(r"\d[a-z]{1,3}", low):
        sounded = "".join(_SOUNDS.get(c, c) for c in low)
        if re.search(r"\d", sounded):
            return None
        if re.fullmatch(r"[a-z]\d", low):  # 'b4' before, 'u2'; not a model ('s8', 'a4')
            return next((w for w in sorted(_FUNCTION) if w == sounded or _cost(sounded, w) is not None), None)
        if _is_word(sounded):
            return sounded
        return _match(sounded, before, after) or (_match(sounded[:-1], before, after) if sounded.endswith("e") else None)
    if not re.fullmatch(r"[a-z]{2,}", low) or _is_word(low):
        return None
    return _match(low, before, after)


def _adjective(word: str) -> bool:
    lemmas = lemminflect.getAllLemmas(word.lower())
    return "ADJ" in lemmas


def written_so(text: str) -> bool:
    """The message is written in text-speak: a word said by a number's sound, a letter for a word, or a word with
    no vowel that no lexicon holds and that stands for one of the planner's own words ('pls', 'cncl', 'bthrm'; not
    'rmb' or 'ssd')."""
    for found in _WORD.finditer(text):
        low = found.group(0).lower()
        if low in _UNITS:
            continue  # a unit ('300 pcs', '200 ml')
        if low in ("u", "r", "ur") or re.fullmatch(r"[a-z]+[248][a-z]*|[248][a-z]{2,}", low) and _expanded(low):
            return True
        if re.fullmatch(r"[b-df-hj-np-tv-z]{2,}", low) and low not in _INITIALISMS and not _is_word(low) \
                and _match(low, own_only=True):
            return True
    return False


def _signed_off(text: str) -> str:
    """``text`` without chat's sign-off after the request ('thx, cu l8r'), unless it holds words that must be heard."""
    if (sign := _SIGN_OFF.search(text)) is not None and text[: sign.start()].strip() and not dp.must_hear(sign.group(0)):
        return text[: sign.start()]
    return text


def plain(text: str) -> str:
    """``text`` in full words when it is written in text-speak; as it was otherwise."""
    if re.search(r"[\u4e00-\u9fff]", text) or not written_so(text):
        return text
    rest = _signed_off(text)
    rest = _TO.sub("to ", rest)
    rest = _FOR.sub("for ", rest)
    rest = _TOO.sub(lambda m: f"{m.group('lead')}too {m.group('adj')}" if _adjective(m.group("adj")) else m.group(0), rest)
    rest = re.sub(r"(?<=\s)@(?=\s*\d)", "at", rest)
    rest = re.sub(r"(?<=[a-z])\s+n\s+(?=[a-z])", " and ", rest, flags=_I)

    def word(found: re.Match[str]) -> str:
        token = found.group(0)
        if "_" in token or any(c.isupper() for c in token[1:]) or token[0].isupper() and found.start() \
                or token.lower() in _UNITS:
            return token  # an order id, a brand, a model name, a unit after a number
        before = re.findall(r"[a-z0-9']+", rest[: found.start()].lower())
        after = re.findall(r"[a-z0-9']+", rest[found.end():].lower())
        prev, nxt = (re.sub(r"\d", "0", before[-1]) if before else ""), (re.sub(r"\d", "0", after[0]) if after else "")
        head, tail = re.fullmatch(r"(.+?)('s|'re|'ll|'d)?", token).groups()  # type: ignore[union-attr]
        parts = head.split("-")
        said = [_expanded(part, prev, nxt) or part if part else part for part in parts]
        return "-".join(said) + (tail or "")

    rest = " ".join(_signed_off(_WORD.sub(word, rest)).split())
    return text if dp.must_hear(text) and not dp.must_hear(rest) else rest
