"""Chinese product phrases read word by word: jieba (the segmenter the catalogue search already uses, with its
bundled dictionary) cuts the phrase into words, the glossary's words added so each stays whole; function
words, classifiers and politeness are dropped by the word, not by hand-written patterns over characters, and
what is left is translated word by word into the catalogue's English in the order it was said.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

from . import lexicon as lx
from .phrases import GLOSSARY, translate

# Words that frame a request or hold a sentence together, never part of a product's name.
_FUNCTION = frozenset(
    ["的", "地", "得", "了", "吧", "呀", "啊", "呢", "哦", "嘛", "哈", "我", "你", "我们", "帮", "帮我", "帮忙", "给", "给我", "替", "请", "麻烦", "一下", "买", "购买", "下单", "订", "来", "拿", "要", "想", "想要", "需要", "能", "能不能", "可以", "可不可以", "就", "再", "也", "还", "都", "把", "点", "一点", "个", "只", "这", "那", "这个", "那个", "谢谢", "好", "好的", "新", "一些", "些"])
_MEASURE = set("包盒瓶个件台副对袋箱杯支节只双套份罐桶条根本张把卷打斤块片听")
# Joining words: a phrase that holds one of them names two things.
JOINERS = frozenset(["和", "跟", "还有", "以及", "加上", "外加", "与", "及"])
_ZH_COLOURS = {"黑色": "black", "白色": "white", "红色": "red", "蓝色": "blue", "绿色": "green", "灰色": "grey",
               "粉色": "pink", "黄色": "yellow", "紫色": "purple", "银色": "silver", "金色": "gold"}


@functools.cache
def _jieba() -> Any:
    import jieba  # type: ignore[import-untyped]  # loaded on the first Chinese sentence (~1 s)

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    for word in (*GLOSSARY, *_ZH_COLOURS):
        jieba.add_word(word)
    return jieba


def words(text: str) -> list[str]:
    """``text`` cut into words: Chinese runs by jieba, each run of Latin letters and digits kept whole
    ('WH-1000XM6', 'iPhone 16'), since model names are never Chinese words."""
    out: list[str] = []
    for run in re.findall(r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]+", text):
        if re.match(r"[\u4e00-\u9fff]", run):
            out += [w for w in _jieba().lcut(run, HMM=False) if w.strip()]
        elif run.strip(" ，。、,."):
            out.append(" ".join(run.strip(" ，。、,.").split()))
    return out


def _is_count(word: str) -> bool:
    """'两包', '一个', '5', '三' followed by a classifier: counts, read by the quantity slot, not product words."""
    return bool(re.fullmatch(rf"(?:{lx.ZH_NUMBER}|半|几)?[{''.join(_MEASURE)}]", word)) \
        or bool(re.fullmatch(rf"{lx.ZH_NUMBER}[{''.join(_MEASURE)}]", word))


def product(text: str) -> str:
    """The catalogue's English for a Chinese product phrase: '双42码的跑鞋' → 'size 42 running shoes',
    '黑色的雨伞' → 'black umbrella', 'iPhone 16的手机壳' → 'iPhone 16 phone case'."""
    kept: list[str] = []
    tokens = words(text)
    skip_next = False
    for index, word in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if skip_next:
            skip_next = False
            continue
        if re.fullmatch(lx.ZH_NUMBER, word) and following in _MEASURE:
            skip_next = True
            continue
        if word in _FUNCTION or word in ("俩", "仨") or _is_count(word) and following != "码":
            continue
        if word == "码" and kept and kept[-1].isdigit():
            kept[-1] = f"size {kept[-1]}"
            continue
        kept.append(_ZH_COLOURS.get(word) or translate(word))
    return " ".join(" ".join(kept).split())


def names_two(text: str) -> bool:
    """'一个水壶和两包纸巾': two products joined in one phrase."""
    tokens = words(text)
    return any(t in JOINERS and 0 < i < len(tokens) - 1 for i, t in enumerate(tokens))


def unclear_count(text: str) -> bool:
    """'几包纸巾', '一些': a number left open."""
    return any(re.fullmatch(rf"几[{''.join(_MEASURE)}]?|若干", w) for w in words(text))
