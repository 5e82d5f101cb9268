"""Letters stretched for feeling in chat ('pleaseeee', 'buyyy', 'needdd', 'scrunchiesss', 'soooo cute'): each
run of a repeated letter is put back to the spelling the planner knows.

A word with a run of three or more of one letter is respelt by trying each run at one letter and at two, and
taking the first spelling found in the planner's vocabulary (the words its intent ranker was trained on, and a
closed class of chat words); a word it does not know is written with its last run at one letter and an inner run of
'e' or 'o' at two ('shampooo' → 'shampoo' only when known; 'towelsss' → 'towels'). A doubled last letter is undone
only when the word is unknown and the shorter one is known ('buyy', 'pleasee'). Numbers and Chinese are left alone.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from . import ranker as rk

# Words said in chat that a stretched spelling most often is.
_CHAT = frozenset({
    "please", "pls", "plz", "yes", "so", "too", "now", "need", "want", "buy", "get", "order", "cute", "pretty",
    "nice", "cool", "good", "sweet", "omg", "hey", "hi", "ok", "okay", "thanks", "thank", "really", "very", "soon",
    "asap", "me", "my", "it", "is", "where", "when", "fast", "quick", "quickly", "urgent", "help", "love", "soft",
})
_RUN = re.compile(r"([a-z])\1+", re.IGNORECASE)
_WORD = re.compile(r"(?<![\w'-])[A-Za-z]+(?:'[a-z]+)?(?![\w-])")
_LONG_RUN = re.compile(r"([a-z])\1\1", re.IGNORECASE)


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    model = rk.model() or {}
    words = {name[2:] for name in model.get("features", {}) if name.startswith("w:") and name[2:].isalpha()}
    return frozenset(words | _CHAT)


def _spellings(word: str) -> list[str]:
    """Each spelling with every run of a repeated letter at one or at two letters, longest runs kept first."""
    runs = list(_RUN.finditer(word))
    options = []
    for widths in itertools.product((2, 1), repeat=min(len(runs), 6)):
        out, at = [], 0
        for run, width in zip(runs, widths, strict=False):
            out.append(word[at:run.start()] + run.group(1) * width)
            at = run.end()
        options.append("".join(out) + word[at:])
    return options


def _last_doubled(single: str) -> bool:
    """Whether a word said with its last letter once ('dres', 'cofe') is spelt with that letter twice: '-ss', '-ll',
    '-ff', '-zz' after the one vowel of a short word ('dress', 'ball', 'stuff'), '-ffee' ('coffee'), a short '-ee'
    or '-oo' ('free', 'zoo') and '-mpoo'/'-mboo' ('shampoo', 'bamboo'); a plural '-s' and a final '-e' stay single."""
    lower = single.lower()
    letter, before = lower[-1], lower[-2:-1]
    if letter in "slfz":
        return before in ("a", "e", "i", "o", "u") and len(re.findall(r"[aeiouy]+", lower)) == 1 \
            and not re.search(r"(?:ie|[xz]e|[cs]he|oe)s$", lower)
    if letter == "e":
        return lower.endswith("ffe") or len(lower) <= 3 and before not in ("a", "e", "i", "o", "u")
    if letter == "o":
        return bool(re.search(r"(?:mp|mb)o$", lower)) or len(lower) <= 2
    return False


def _fallback(word: str) -> str:
    """An unknown stretched word: an inner long run at two for 'e' and 'o', else one; the last run as the word's
    ending is spelt (see ``_last_doubled``)."""
    def shorten(match: re.Match[str]) -> str:
        letter = match.group(1)
        if len(match.group(0)) < 3:
            return match.group(0)
        if match.end() == len(word):
            return letter * 2 if _last_doubled(word[: match.start()] + letter) else letter
        return letter * 2 if letter.lower() in "eo" else letter
    return _RUN.sub(shorten, word)


def _respell(match: re.Match[str]) -> str:
    word = match.group(0)
    lower = word.lower()
    known = _vocabulary()
    if lower in known or word.isupper():
        return word  # 'XXX', 'III', 'AAA': numerals and letters said as written
    if _LONG_RUN.search(lower):
        for option in _spellings(lower):
            if option in known:
                return _cased(word, option)
        return _fallback(word)
    # a doubled last letter on a word it does not know: 'buyy', 'pleasee', 'plss'
    if len(lower) >= 4 and lower[-1] == lower[-2] and lower[:-1] in known:
        return word[:-1]
    return word


def _cased(original: str, spelt: str) -> str:
    return spelt.capitalize() if original[:1].isupper() else spelt


def unstretch(text: str) -> str:
    """``text`` with stretched letters put back ('i needdd 2 velvet scrunchiesss' → 'i need 2 velvet scrunchies')."""
    if not re.search(r"([a-z])\1", text, re.IGNORECASE):
        return text
    # a link, an address, an id or a code is left as written ('www.shop.com', 'ord_b22', 'errand-buy-aaa1')
    return " ".join(token if re.search(r"[./@:_\\]\w|\d", token) else _WORD.sub(_respell, token) for token in text.split(" "))
