"""More regional Englishes said around a request, as the plain words the readers know: a lexicon by class of openers,
tags and words, and the nouns of Cockney rhyming slang, each said plainly only where it stands as that word.

- openers said first that name nothing: London 'wagwan', Hawaiian Pidgin 'brah', 'howzit', Cajun 'mais', and, only
  with a mark after them or a verb, Scouse 'sound (la)', Brummie "bostin'", Ghanaian 'chale', 'I beg', Cajun 'cher',
  a child's 'bestie';
- tags said after a comma or at the end: Scouse 'la', 'sound', 'boss'; Brummie 'ta-ra', 'tara-a-bit', 'bab'; Cornish
  'proper job', "me 'ansum"; Pidgin 'shoots', 'brah'; Ghanaian 'I beg', 'chale'; Newfoundland "b'y"; Cajun 'cher';
  London 'innit', 'bruv', 'blud'; a child's 'slay', "it's giving …"; Sri Lankan ', no?';
- words: 'me' before kin or a rhymed noun (my), 'me ma' (my mum), 'nothin over' (max), Cornish 'dreckly' (later),
  Pidgin 'da kine' (dropped before what it names), 'da' (the), 'fo' (for), Appalachian 'reckon I need me some'
  (I need some), London 'man needs' (I need), Sri Lankan 'X also gone' (X is broken);
- rhyming slang after 'me', 'my', 'the' and the like: 'dog and bone' (phone), 'apples and pears' (stairs), 'plates of
  meat' (feet), 'boat race' (face), 'loaf of bread' (head), 'barnet' (hair), 'Hampstead Heath' (teeth), 'trouble and
  strife' (wife), 'frog and toad' (road), 'mince pies' (eyes), 'daisy roots' (boots), 'whistle and flute' (suit).

A word that can be a product's ('a box of mince pies', 'a sound bar', 'a boss pedal', 'the Da Vinci Code', 'La
Roche-Posay', 'bamboo shoots') is left where it names one: a rhymed noun only after a possessive or 'the', a tag only
beside a comma or the end, lower case only where a name would be written with a capital.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_END = r"(?=\s*(?:[,.;!?—–]|$))"
_VERB = r"(?:get|buy|order|grab|need|want|watch|track|send|can|could|would|pls|please|i|we|one|a|an|\d)"

# Said first, naming nothing: never a product's word, so with or without a mark after it.
_OPENER = re.compile(r"^\s*(?:wagwan|wah\s+gwaan|howzit|brah|bruv|blud|mais)\s*[,!.:—–-]?\s+", _I)
# Said first, naming nothing, only with a mark after it or a verb: 'sound la —', "bostin' —", 'cher,', 'bestie get'.
_OPENER_MARKED = re.compile(
    rf"^\s*(?:(?:sound|boss|bostin[g']?|chale|cher|bestie|i\s+beg)(?:\s+(?:la|lah|bab|brah))?"
    rf"\s*(?:[,!:—–]|\s-)\s*|(?:bestie|chale|cher)\s+(?=(?:{_VERB}|the|those|these|this|that|my)\b))",
    _I,
)
# Tags after a comma or at the end of a clause.
_TAG = re.compile(
    r"\s*,\s*(?-i:la|sound|boss|bab|cher|chale|shoots|slay|proper\s+job|bruv|blud|brah|i\s+beg|I\s+beg|tara|ta-ra"
    r"|ta\s+ra|tara-a-bit|ta-ra-a-bit)\s*!*"
    + _END
    + r"|\s+(?-i:la)(?=\s*(?:[,.;!?—–]|$))"
    + r"|\s*,?\s*(?<![\w'-])(?:innit|b'y|brah|bruv|blud|chale)(?![\w'-])"
    + r"|\s*,?\s*(?:me|my)\s+'?ansum\b",
    _I,
)
# Sri Lankan ', no?' asking agreement: 'the kettle also not working, no? one kettle'.
_NO_TAG = re.compile(r"\s*,\s*no\s*\?\s*(?=\S)", _I)
# A remark ending the request: ", it's giving desk setup", ', slay'.
_GIVING = re.compile(r"\s*,?\s*(?<![\w'-])it'?s\s+giving\b[^,.;!?]{0,30}\s*[.!]*\s*$", _I)
# Newfoundland 'some cold today b'y —': the weather, said first.
_WEATHER = re.compile(
    r"^\s*(?:(?:it'?s|'tis|tis)\s+)?some\s+(?:cold|hot|warm|wet|windy|foggy|mauzy|civil|fine|grand|nice)\b"
    r"[^,—–:;]{0,20}?\s*(?:[,:;—–]|\s-)\s*",
    _I,
)
_POSSESSIVE = r"(?:(?<=\bme\s)|(?<=\bmy\s)|(?<=\byour\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bour\s)|(?<=\bthe\s)|(?<=\bold\s))"
_RHYMED = {
    "dog and bone": "phone",
    "apples and pears": "stairs",
    "plates of meat": "feet",
    "boat race": "face",
    "loaf of bread": "head",
    "barnet fair": "hair",
    "barnet": "hair",
    "hampstead heath": "teeth",
    "trouble and strife": "wife",
    "frog and toad": "road",
    "mince pies": "eyes",
    "daisy roots": "boots",
    "whistle and flute": "suit",
    "north and south": "mouth",
}
_RHYME = re.compile(
    _POSSESSIVE
    + r"(?P<said>"
    + "|".join(sorted(_RHYMED, key=len, reverse=True)).replace(" ", r"\s+")
    + r")(?![\w-])",
    _I,
)
_KIN = r"(?:ma|mam|mum|mom|nan|nana|da|dad|missus|fella|kids?|brother|sister|bro|sis|auntie|uncle|lad|phone|stairs|feet|face"
_KIN += r"|head|hair|teeth|wife|road|eyes|boots|suit|mouth|house|car|gaff|motor)"
_WORDS = (
    (re.compile(r"\bme\s+(?:ma|mam)\b", _I), "my mum"),
    (re.compile(rf"\bme\s+(?={_KIN}\b)", _I), "my "),
    (re.compile(r"\bnothin[g']?\s+(?=(?:over|above|more\s+than|dearer\s+than)\s+[¥￥]?\d)", _I), "nothing "),
    (re.compile(r"\bdreckly\b", _I), "later"),
    (re.compile(r"(?<![\w'-])(?-i:da)\s+(?-i:kine)\s+(?=[a-z])", _I), ""),
    (re.compile(r"(?<![\w'-])(?-i:da)(?=\s+[a-z])", _I), "the"),
    (re.compile(r"(?<![\w'-])(?-i:fo)(?=\s+(?:da|the|me|my|you|us|\d|two|three|four|a|an)\b)", _I), "for"),
    (re.compile(r"^\s*(?:i\s+)?reckon\s+(?=(?:i|we)\b)", _I), ""),
    (
        re.compile(
            r"\b(?P<who>i|we)\s+(?P<verb>need|want|gotta\s+get|could\s+use)\s+(?:me|us)\s+(?=(?:some|a|an|\d+)\b)",
            _I,
        ),
        r"\g<who> \g<verb> ",
    ),
    (re.compile(r"^\s*(?:man|mans)\s+(?:needs|need|wants)\b", _I), "I need"),
    (re.compile(r"\b(?:also|too)\s+(?:gone|not\s+working|spoilt|spoiled|kaput)\b", _I), "is broken"),
)


def plain(text: str) -> str:
    """English ``text`` with these varieties' openers, tags and words said plainly; other text as it was."""
    rest = _WEATHER.sub("", text)
    for _ in range(2):
        rest = _OPENER_MARKED.sub("", _OPENER.sub("", rest))
    rest = _RHYME.sub(lambda m: _RHYMED[" ".join(m.group("said").lower().split())], rest)
    for pattern, said in _WORDS:
        rest = pattern.sub(said, rest)
    rest = _NO_TAG.sub(", ", _GIVING.sub("", rest))
    for _ in range(3):
        rest = _TAG.sub("", rest)
    rest = " ".join(rest.split()).strip(" ,;")
    return rest if re.search(r"[A-Za-z]{2}", rest) else text
