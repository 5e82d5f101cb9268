"""Harm words typed in pinyin, with or without tone marks, or half in pinyin and half in characters, written as
the characters the harm readers know: 'bing du', 'bīng dú' and '冰du' as 冰毒, 'zha药' as 炸药, 'xiāo suān ǎn' as
硝酸铵, 'fen tai ni' as 芬太尼.

Each word is kept as its syllables beside its characters, one syllable to one character, so any mix of the two is
read ('zi弹', '子dan'); a tone may be a digit after the syllable ('bing1 du2'); tone marks are dropped first (look_alikes.tones_dropped). A syllable is read only whole, never
inside a longer Latin word, so a brand in pinyin ('Xiaomi', 'Huawei', 'Bingdu Tea') or English sharing a syllable is
left as it is unless the whole harm word is there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import look_alikes as la

# The harm words: syllables and their characters, by class.
_WORDS: tuple[tuple[str, str], ...] = (
    # drugs
    ("bing du", "冰毒"), ("hai luo yin", "海洛因"), ("ke ka yin", "可卡因"), ("yao tou wan", "摇头丸"), ("du pin", "毒品"),
    ("du leng ding", "杜冷丁"), ("mei sha tong", "美沙酮"), ("lv an tong", "氯胺酮"),
    ("fen tai ni", "芬太尼"), ("ka fen tai ni", "卡芬太尼"), ("shu fen tai ni", "舒芬太尼"),
    # arms (a gun counted, 'yi ba qiang') and what explodes or burns
    ("ba qiang", "把枪"), ("zhi qiang", "支枪"), ("zi dan", "子弹"), ("dan yao", "弹药"), ("zha yao", "炸药"), ("shou qiang", "手枪"),
    ("qiang zhi", "枪支"), ("lie qiang", "猎枪"), ("lei guan", "雷管"), ("huo yao", "火药"), ("hei huo yao", "黑火药"),
    ("xiao suan an", "硝酸铵"), ("lv suan jia", "氯酸钾"), ("lv re ji", "铝热剂"), ("bai lin", "白磷"),
    # poisons
    ("bi ma du su", "蓖麻毒素"), ("qing hua jia", "氰化钾"), ("qing hua na", "氰化钠"), ("pi shuang", "砒霜"),
    ("he tun du su", "河豚毒素"), ("du shu qiang", "毒鼠强"), ("bai cao ku", "百草枯"),
    ("meng han yao", "蒙汗药"), ("lv fang", "氯仿"),
    # banned from food
    ("shou rou jing", "瘦肉精"), ("su dan hong", "苏丹红"), ("san ju qing an", "三聚氰胺"), ("diao bai kuai", "吊白块"),
)
# 'lv' (ü) may be typed 'lu' or 'lü' (tones dropped, 'lü' is 'lu').
_SYLLABLE = {"lv": "l(?:v|u)"}


def _pattern(syllables: str, han: str) -> re.Pattern[str]:
    # a syllable may carry its tone as a digit ('bing1 du2')
    parts = [f"(?:{_SYLLABLE.get(s, s)}[1-5]?|{c})" for s, c in zip(syllables.split(), han, strict=True)]
    joined = r"(?:[ '-]?)".join(parts)
    # no syllable glued to another Latin letter ('Xiaomi' is no 'mi')
    return re.compile(rf"(?<![a-z]){joined}(?![a-z])", re.IGNORECASE)


_PATTERNS = [(_pattern(s, h), h) for s, h in sorted(_WORDS, key=lambda w: -len(w[1]))]
_LATIN_SYLLABLE = re.compile(r"[a-z]", re.IGNORECASE)


def as_characters(text: str) -> str:
    """``text`` with its harm words typed in pinyin, whole or in part, written in characters."""
    plain = la.tones_dropped(text)
    if not _LATIN_SYLLABLE.search(plain):
        return text
    for pattern, han in _PATTERNS:
        plain = pattern.sub(_written(han), plain)
    return plain


def _written(han: str) -> Callable[[re.Match[str]], str]:
    """The characters for a match that holds a syllable in Latin letters; a match all in characters stays."""
    return lambda m: han if _LATIN_SYLLABLE.search(m.group(0)) else m.group(0)
