"""Letters that look like other letters, and characters that cannot be seen, read as the Latin word they hide.

A harm word typed with a Cyrillic 'е' or 'а', a Greek 'α' or 'ο', or an Armenian 'օ' inside it ('hеroin' with a
Cyrillic е, 'gunpοwder' with a Greek ο), or with a zero-width space, a zero-width joiner or a soft hyphen inside it
(U+200B, U+200D, U+00AD between two letters of 'ketamine'), reads as ordinary text to a person and as an unknown
word to a reader. ``folded`` gives the copy the harm readers see: the
invisible format characters (Unicode category Cf) dropped and each look-alike letter written as the Latin letter it
looks like, in any word made only of Latin and look-alike letters (a Russian word such as 'купить' keeps its letters).
``tones_dropped`` writes pinyin typed with tone marks ('bīng dú', 'lǜ') as plain letters.

``disguised_word`` says a word was written to hide: Latin letters with a look-alike letter of another script inside
the same word, or an invisible character between two letters. A Greek letter standing alone in a product's name
('β-carotene', 'Ω-3 capsules', '500μg') is not inside a Latin word, and μ and Ω are no look-alikes of a Latin letter.
"""

from __future__ import annotations

import re
import unicodedata

QUESTION = ("Some letters in that product name are from another alphabet or hidden; could you type the product name "
            "again in plain letters?")

# Cyrillic, Greek and Armenian letters drawn like a Latin letter.
_LOOK_ALIKE: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m",
    "о": "o", "р": "p", "ԛ": "q", "с": "c", "ѕ": "s", "т": "t", "у": "y", "ԝ": "w", "х": "x", "ԁ": "d", "ь": "b",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M", "О": "O", "Р": "P",
    "С": "C", "Ѕ": "S", "Т": "T", "У": "Y", "Х": "X", "Ԁ": "D", "Ԝ": "W", "Ԛ": "Q",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ά": "a", "έ": "e", "ί": "i", "ό": "o", "ύ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X",
    # Armenian
    "ա": "w", "հ": "h", "ո": "n", "ս": "u", "օ": "o", "զ": "q", "ց": "g", "լ": "l", "ք": "p", "Օ": "O", "Ս": "U",
    "Տ": "S",
}
# A word: a run of letters (no digits, no underscore), joined across invisible format characters.
_WORD = re.compile(r"(?:[^\W\d_]|[\u00ad\u200b-\u200d\u2060\ufeff])+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_MARKED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
# An invisible character between two letters: 'her\u200boin', 'ther\u00admite'.
_HIDDEN_BREAK = re.compile(r"(?<=[^\W\d_])(?:[\u00ad\u200b-\u200d\u2060\ufeff\u180e])+(?=[^\W\d_])")


def _invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def _fold_word(match: re.Match[str]) -> str:
    word = "".join(c for c in match.group(0) if not _invisible(c))
    if all(c in _LOOK_ALIKE or _LATIN.match(c) for c in word):
        return "".join(_LOOK_ALIKE.get(c, c) for c in word)
    return word


def folded(text: str) -> str:
    """``text`` with invisible format characters dropped and look-alike letters written as Latin ones, in words made
    only of Latin and look-alike letters."""
    # a zero-width joiner inside an emoji sequence ('👩\u200d💻') is kept; one between letters is not
    kept = [c for i, c in enumerate(text) if not _invisible(c)
            or c == "\u200d" and not (text[i - 1:i].isalpha() and text[i + 1:i + 2].isalpha())]
    return _WORD.sub(_fold_word, "".join(kept))


def tones_dropped(text: str) -> str:
    """Latin letters with a tone mark or a diaeresis written plainly: 'xiāo suān ǎn' as 'xiao suan an', 'lǜ' as 'lu'."""
    return _LATIN_MARKED.sub(lambda m: unicodedata.normalize("NFD", m.group(0))[0], text)


def disguised_word(text: str) -> bool:
    """A word with Latin letters and a look-alike letter of another script in it, or an invisible character
    between two letters."""
    if _HIDDEN_BREAK.search(text):
        return True
    for match in _WORD.finditer(text):
        word = match.group(0)
        latin = sum(1 for c in word if _LATIN.match(c))
        if latin >= 2 and any(c in _LOOK_ALIKE for c in word):
            return True
    return False

