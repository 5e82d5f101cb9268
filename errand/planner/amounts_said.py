"""Counts said in the old units of a dozen, a score and a gross, and caps said as a ceiling, written as the figures
the count and cap readers take:

- 'a dozen and a half' and 'one and a half dozen' (18), 'two and a half dozen' and 'two dozen and a half' (30),
  'two score' (40), 'two gross of' (288); 一打半 (18), 两打半 (30), 三打 stays with the readers (36);
- a cap said as a ceiling after its amount: '三百六十打住' (→ 最多三百六十), '180 is my ceiling', '300 is the limit',
  '250 absolute max', 'upper limit 300' (→ 'max 180').

A correction after such a count ('six hangers, no wait, make it a dozen and a half') is then read as any other
correction. Only these shapes are rewritten; a count that is a fraction of a thing ('two and a half umbrellas')
stays as it was, for the readers that ask about it.
"""

from __future__ import annotations

import re

from . import lexicon as lx

_I = re.IGNORECASE
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
_N = r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# 'a dozen and a half', 'two dozen and a half', 'one and a half dozen', 'two and a half dozen (of)'.
_DOZEN_HALF = re.compile(rf"\b{_N}\s+dozen\s+and\s+a\s+half\b|\b{_N.replace('<n>', '<m>')}\s+and\s+a\s+half\s+dozen\b", _I)
# 'two score clothes pegs', 'three score of'; 'a score of' is read already. Not 'score' as a result ('two score goals').
_SCORE = re.compile(r"\b(?P<n>two|three|four|five|\d)\s+score\s+(?:of\s+)?(?=[a-z])", _I)
# 'two gross of rubber bands': a gross is 144.
_GROSS = re.compile(r"\b(?P<n>two|three|four|five|\d)\s+gross\s+of\b", _I)
# 一打半, 两打半: dozens and a half in Chinese (半打 alone is six and read already); not 打半价, 打半天.
_ZH_DOZEN_HALF = re.compile(r"(?P<n>[一二两三四五六七八九十]|\d{1,2})\s*打半(?![价天小折场])")


def _count(said: str) -> int | None:
    said = said.lower()
    return int(said) if said.isdigit() else _SMALL.get(said)


def _dozens(match: re.Match[str]) -> str:
    n = _count(match.group("n") or match.group("m"))
    return str(n * 12 + 6) if n else match.group(0)


def _times(match: re.Match[str], each: int, after: str = "") -> str:
    n = _count(match.group("n"))
    return f"{n * each}{after}" if n else match.group(0)


def counts(text: str) -> str:
    """``text`` with dozens and a half, scores and grosses written as their figures."""
    text = _DOZEN_HALF.sub(_dozens, text)
    text = _SCORE.sub(lambda m: _times(m, 20, " "), text)
    text = _GROSS.sub(lambda m: _times(m, 144), text)
    return _ZH_DOZEN_HALF.sub(lambda m: f"{(lx.zh_number(m.group('n')) or 0) * 12 + 6}个"
                              if lx.zh_number(m.group("n")) else m.group(0), text)


_ZH_AMOUNT = r"(?:\d[\d,]*(?:\.\d+)?|[零一二两三四五六七八九十百千万]+)"
# A Chinese cap said with 打住 after it: '三百六十打住', '五十块打住'.
_ZH_STOP = re.compile(rf"(?<![\d零一二两三四五六七八九十百千万])(?P<a>{_ZH_AMOUNT})\s*(?P<u>元|块钱?|块)?\s*(?:就)?打住(?:了|吧)?")
_EN_AMOUNT = r"(?:rmb\s*|[¥￥]\s*)?\d[\d,]*(?:\.\d+)?k?(?:\s*(?:yuan|rmb|kuai|bucks))?"
# An English ceiling after its amount: '180 is my ceiling', '300 is the limit', '250 absolute max'; or before it:
# 'upper limit 300', 'absolute max 250', 'hard cap of 300'.
_EN_CEILING_AFTER = re.compile(
    rf"(?P<a>{_EN_AMOUNT})\s+(?:is\s+(?:my|our|the)\s+(?:absolute\s+|upper\s+|hard\s+|top\s+)?(?:ceiling|limit|max(?:imum)?|cap"
    r"|budget)|(?:absolute|hard|strict)\s+(?:max(?:imum)?|limit|ceiling|cap))\b", _I)
_EN_CEILING_BEFORE = re.compile(rf"\b(?:upper\s+limit|absolute\s+max(?:imum)?|hard\s+(?:cap|limit)|strict\s+(?:max|limit))"
                                rf"(?:\s+(?:of|is))?\s*:?\s*(?P<a>{_EN_AMOUNT})", _I)


def caps(text: str) -> str:
    """``text`` with a cap said as a ceiling written as the cap readers read it ('max 180', 最多三百六十)."""
    text = _ZH_STOP.sub(lambda m: f"最多{m.group('a')}{m.group('u') or ''}", text)
    text = _EN_CEILING_AFTER.sub(lambda m: f"max {m.group('a')}", text)
    return _EN_CEILING_BEFORE.sub(lambda m: f"max {m.group('a')}", text)


def plain(text: str) -> str:
    """``text`` with counts in dozens, scores and grosses and caps said as a ceiling written as the readers read them."""
    return caps(counts(text))
