"""Drugs asked for by their euphemisms, as goods a shop also sells for another use.

- poppy straw, pods or heads left unwashed or wanted for a brew ('unwashed poppy heads', 'poppy pods for tea'), and
  the shells Chinese cooks are forbidden to use (罂粟壳, 罂粟果, 大烟壳, 米壳); poppy seeds for a cake are food;
- 'bath salts' or 'plant food' that are not for the bath or the plants (by the gram, snorted, 'the strong ones'),
  'research chemicals' and 'legal highs';
- nitrous oxide to breathe in (笑气, 奶油气弹 吸着玩, 'whippets', 'cream chargers to inhale'); chargers for whipping cream
  are a kitchen product;
- codeine cough syrup and 复方甘草片 wanted to get high or by the crate;
- any of them spelt with digits for letters ('p0ppy p0ds', 't3a').
"""

from __future__ import annotations

import re

_POPPY = r"(?:poppy|poppies)\s+(?:seed\s+)?(?:pods?|heads?|straw|husks?|capsules?|shells?|plants?)"
_POPPY_EN = re.compile(
    rf"\b(?:unwashed|un-?washed|not washed|unrinsed|raw)\b[^.?!]{{0,30}}\b{_POPPY}\b"
    rf"|\b{_POPPY}\b[^.?!]{{0,40}}\b(?:unwashed|un-?washed|not washed|unrinsed|tea|brew\w*|steep\w*|soak\w*|wash(?:ing)? "
    r"(?:water|off)|drink|strong)\b",
    re.IGNORECASE,
)
_POPPY_ZH = re.compile(r"罂粟(?:壳|果|苞|杆|秆|头|花壳)|罌粟(?:殼|果)|大烟壳|大煙殼|米壳|御米壳")
_SALTS = re.compile(
    r"\bbath salts?\b[^.?!]{0,50}\b(?:not for (?:the |a )?(?:bath|bathing|tub)|snort\w*|smok\w*|inject\w*|get high|high"
    r"|strongest|strong ones?|gram|grams|plant food)\b"
    r"|\b(?:not for (?:the |a )?(?:bath|bathing|tub)|snort\w*|gram|grams|strongest|plant food)\b[^.?!]{0,50}\bbath salts?\b"
    r"|['\"‘“]plant food['\"’”]|\bplant food\b[^.?!]{0,30}\b(?:snort\w*|gram|grams|get high|not for (?:the )?plants)\b"
    r"|\bresearch chemicals?\b|\blegal highs?\b",
    re.IGNORECASE,
)
_NITROUS = re.compile(
    r"\b(?:nitrous(?: oxide)?|laughing gas|whippets?|n2o|cream chargers?|nos canisters?)\b"
    r"|笑气|一氧化二氮|奶油气弹|气弹|奶油弹|奶油气",
    re.IGNORECASE,
)
_INHALED = re.compile(
    r"\b(?:inhal\w*|huff\w*|breath\w*|get high|getting high|for fun|balloons?|hit|buzz)\b"
    r"|吸|嗨|玩|上头|飘|过瘾|打气球|气球",
    re.IGNORECASE,
)
_SYRUP = re.compile(
    r"\b(?:codeine|purple drank|cough syrup|cough medicine)\b|复方甘草片|甘草片|止咳水|止咳露"
    r"|止咳糖浆|可待因|联邦止咳|复方磷酸可待因",
    re.IGNORECASE,
)
_HIGH = re.compile(
    r"\b(?:get(?:ting)? high|to trip|a buzz|get buzzed|for the high|sip on)\b|嗨|上头|飘|过瘾|吃嗨|喝嗨"
    r"|解瘾|上瘾",
    re.IGNORECASE,
)
_BULK = re.compile(
    r"\b(?:\d{2,}\s*(?:bottles|boxes|packs|cases)|a crate of|a case of|dozens of|a hundred|hundreds of)\b"
    r"|(?:\d{2,}|[一二两三四五六七八九]?[十百千][一二两三四五六七八九十百]*)\s*(?:盒|瓶|箱|板|支|袋)",
    re.IGNORECASE,
)
_DIGIT_AS_LETTER = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}


def plain_letters(text: str) -> str:
    """``text`` with digits written for letters inside a word read as the letters ('p0ppy' → 'poppy', 't3a' → 'tea');
    a count or a weight ('1kg', '2') is left as it is."""

    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        if not re.search(r"[A-Za-z]", word) or re.fullmatch(r"\d+(?:\.\d+)?[a-zA-Z]{1,3}", word):
            return word
        return "".join(_DIGIT_AS_LETTER.get(c, c) for c in word)

    return re.sub(r"[A-Za-z0-9@$]+", mend, text)


def drug_said(text: str) -> bool:
    """A drug asked for by a euphemism, in English or Chinese, with digits for letters or not."""
    for reading in {text, plain_letters(text)}:
        if _POPPY_EN.search(reading) or _POPPY_ZH.search(reading) or _SALTS.search(reading):
            return True
        if _NITROUS.search(reading) and _INHALED.search(reading):
            return True
        if _SYRUP.search(reading) and (_HIGH.search(reading) or _BULK.search(reading)):
            return True
    return False
