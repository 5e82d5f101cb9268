"""Harmful words spelled in disguise: digits for letters (cyan1de, m3th, g1ock sw1tch), full-width letters
(ｃｏｃａｉｎｅ　２ｇ), letters or characters spaced out ('d a m a', '针 孔 摄 像 头'), and the pinyin of a harmful
word (yao tou wan, chuan shan jia, jia 的 before a document, zha药, bīng dú: harm_pinyin.py), and look-alike letters
of another script or invisible characters inside a word (a Cyrillic е in 'hеroin', a soft hyphen inside 'thermite':
look_alikes.py).

The sentence is copied into a canonical spelling and the copy goes through the same harm screens as any purchase;
the shopper is asked only when the copy is harmful and the sentence as written is not. A digit is read as a letter
only inside a word that mixes letters with digits, so a model name (WH-1000XM5, iPhone 16, 3M tape, an A4 pad) may
be respelled in the copy but never makes it harmful by itself.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable

from . import harm_pinyin as hp
from . import look_alikes as la

# Digits and signs written for letters; '1' may stand for i or l.
_LEET: dict[str, tuple[str, ...]] = {"0": ("o",), "1": ("i", "l"), "3": ("e",), "4": ("a",), "5": ("s",), "7": ("t",),
                                     "8": ("b",), "@": ("a",), "$": ("s",)}
# A word mixing letters with digits or signs written for letters.
_MIXED = re.compile(r"(?<![\w@$])(?=[\w@$]*[a-z])(?=[\w@$]*[0-9@$])[a-z0-9@$]{3,}(?![\w@$])", re.IGNORECASE)
# A count with its unit, never a disguised word: '50g', '2l', '16gb', '100ml'.
_MEASURE = re.compile(r"\d+(?:[a-z]{1,3})?|[a-z]{1,2}\d{1,2}", re.IGNORECASE)
# Single letters separated by spaces, dots or dashes ('d a m a', 'd-a-m-a'), or Chinese characters by spaces
# ('针 孔 摄 像 头').
_SPACED_LETTERS = re.compile(r"(?<![\w-])[a-z](?:[ .*_-][a-z]){2,}(?![\w-])", re.IGNORECASE)
_SPACED_HAN = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[“”\"'])"
                         r"|(?<=[“”\"'])[ \u3000]+(?=[\u4e00-\u9fff])")
# The pinyin of the harm lexicon's words, spaced or run together.
_PINYIN: tuple[tuple[str, str], ...] = (
    (r"yao ?tou ?wan", "摇头丸"), (r"chuan ?shan ?jia", "穿山甲"), (r"da ?ma", "大麻"), (r"bing ?du", "冰毒"),
    (r"ke ?ta ?ming", "氯胺酮"), (r"hai ?luo ?yin", "海洛因"), (r"xiang ?ya", "象牙"), (r"xi ?niu ?jiao", "犀牛角"),
    (r"hu ?gu", "虎骨"), (r"mi ?(?:huan ?)?yao", "迷药"), (r"meng ?han ?yao", "蒙汗药"), (r"pi ?shuang", "砒霜"),
    (r"qing ?hua ?(?:jia|na)", "氰化钾"), (r"lao ?shu ?yao", "老鼠药"), (r"xie ?yao", "泻药"), (r"zhen ?kong", "针孔"),
    (r"qie ?ting ?qi", "窃听器"), (r"tou ?pai", "偷拍"), (r"qiang ?zhi", "枪支"), (r"zi ?dan", "子弹"),
    (r"zha ?yao", "炸药"), (r"dai ?kao", "代考"), (r"jia(?= ?(?:的|证|文凭|学历|毕业|身份|护照|发票|病假|驾照))", "假"),
)
_PINYIN_RE = [(re.compile(rf"(?<![a-z]){p}(?![a-z]| [a-z]{{1,3}}\b)", re.IGNORECASE), han) for p, han in _PINYIN]


def _respelled(word: str, harmful: Callable[[str], bool]) -> str:
    """``word`` with its digits read as letters: the reading that names harmful goods, else the first."""
    choices = [_LEET.get(c.lower(), (c,)) for c in word]
    readings = ["".join(r) for r in itertools.islice(itertools.product(*choices), 16)]
    return next((r for r in readings if harmful(f"buy {r}")), readings[0])


def canonical(text: str, harmful: Callable[[str], bool]) -> str:
    """``text`` in a canonical spelling: invisible characters dropped and look-alike letters as Latin ones, NFKC,
    spaced letters joined, digits read as letters in mixed words, harmful words' pinyin (toned, or mixed with
    characters) as characters."""
    copy = unicodedata.normalize("NFKC", la.folded(text))
    copy = _SPACED_LETTERS.sub(lambda m: re.sub(r"[ .*_-]", "", m.group(0)), copy)
    copy = _SPACED_HAN.sub("", copy)
    copy = hp.as_characters(copy)  # before digits are read as letters: 'zi4 dan4' is pinyin with its tones
    copy = _MIXED.sub(lambda m: m.group(0) if _MEASURE.fullmatch(m.group(0)) else _respelled(m.group(0), harmful), copy)
    for pattern, han in _PINYIN_RE:
        copy = pattern.sub(han, copy)
    return _SPACED_HAN.sub("", copy)


def disguised(text: str, harmful: Callable[[str], bool]) -> bool:
    """The canonical copy of ``text`` is harmful while ``text`` as written is not."""
    copy = canonical(text, harmful)
    return copy != text and harmful(copy) and not harmful(text)
