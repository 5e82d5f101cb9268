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
from .phrases import CJK, GLOSSARY, translate

# Words that frame a request or hold a sentence together, never part of a product's name.
_FUNCTION = frozenset(
    ["的", "地", "得", "了", "吧", "呀", "啊", "呢", "哦", "嘛", "哈", "我", "你", "我们", "帮", "帮我", "帮忙", "给", "给我", "替", "请", "麻烦", "一下", "买", "购买", "下单", "订", "来", "拿", "要", "想", "想要", "需要", "能", "能不能", "可以", "可不可以", "就", "再", "也", "还", "都", "把", "点", "一点", "个", "只", "这", "那", "这个", "那个", "谢谢", "好", "好的", "新", "一些", "些"])
_MEASURE = set("包盒瓶个件台副对袋箱杯支节只双套份罐桶条根本张把卷打斤块片听板")
# Words of asking and telling, kept whole so they come off a product whole: '盯着索尼…' is 盯着 + 索尼.
_REQUEST_WORDS = ("盯着", "盯一下", "留意", "要是", "跟我说", "说一声", "的时候", "告诉我", "提醒我")
# Units of a size, written as the catalogue writes them: '3升' → '3L', '500毫升' → '500ml'.
_UNITS = {"升": "L", "毫升": "ml", "公斤": "kg", "千克": "kg", "克": "g", "寸": "inch", "英寸": "inch",
          "厘米": "cm", "毫米": "mm", "米": "m", "瓦": "W", "毫安": "mAh"}
# Words that begin who or what the product is for ('给小孩', '送女朋友'): the product's name has ended.
_FOR_WHOM = frozenset(["给", "送", "送给"])
# Nouns that name no product, and pointers to one said before: asked about, like 'something' or 'the same'.
_VAGUE = frozenset(["东西", "礼物", "玩意", "玩意儿", "上次", "上回", "那个", "这个", "同样", "一样", "啥", "什么"])
# A brand that is also a common noun ('三个苹果' are apples): the brand only before what it makes.
_COMMON = {"苹果": "apples"}
_DEVICES = frozenset(["phone", "phone case", "headphones", "laptop", "tablet", "watch", "charger", "band", "TV",
                      "monitor", "mouse", "keyboard", "charging cable", "earbuds", "computer"])
# Joining words: a phrase that holds one of them names two things.
JOINERS = frozenset(["和", "跟", "还有", "以及", "加上", "外加", "与", "及"])
# Everyday goods whose Chinese name the catalogue's Chinese search reads as well as any English, and whose English
# ('instant noodles', 'kitchen paper') shoppers never said: the phrase keeps the shopper's own words.
_AS_SAID = frozenset(["方便面", "厨房纸", "灯泡", "运动鞋"])
_ZH_COLOURS = {"黑色": "black", "白色": "white", "红色": "red", "蓝色": "blue", "绿色": "green", "灰色": "grey",
               "粉色": "pink", "黄色": "yellow", "紫色": "purple", "银色": "silver", "金色": "gold"}


@functools.cache
def _jieba() -> Any:
    """The planner's own jieba tokenizer: its added words must not change how anyone else in the process (the
    catalogue search, when it runs in the same process) cuts text, so the module-wide default is left alone."""
    import jieba  # type: ignore[import-untyped]  # loaded on the first Chinese sentence (~1 s)

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in (*GLOSSARY, *_ZH_COLOURS, *_REQUEST_WORDS):
        tokenizer.add_word(word)
    return tokenizer


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


FUNCTION = _FUNCTION


def _is_count(word: str) -> bool:
    """'两包', '一个', '5', '三' followed by a classifier: counts, read by the quantity slot, not product words."""
    return bool(re.fullmatch(rf"(?:{lx.ZH_NUMBER}|半|几)?[{''.join(_MEASURE)}]", word)) \
        or bool(re.fullmatch(rf"{lx.ZH_NUMBER}[{''.join(_MEASURE)}]", word))


def product(text: str) -> str:
    """The catalogue's English for a Chinese product phrase: '双42码的跑鞋' → 'size 42 running shoes',
    '黑色的雨伞' → 'black umbrella', 'iPhone 16的手机壳' → 'iPhone 16 phone case', '一个保温杯，500毫升的' →
    '500ml insulated bottle'. When a word is not in the glossary the phrase stays in Chinese as said
    ('平板支架', '五号电池'), since the catalogue's Chinese search reads it whole and half a translation
    matches neither language."""
    kept: list[str] = []
    said: list[str] = []
    tokens = words(text)
    if len(tokens) > 1 and tokens[0] == "地":
        tokens = [tokens[0] + tokens[1], *tokens[2:]]  # '地垫', '地巾': 地 first is no adverb's particle
    skip_next = False
    for index, word in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if skip_next:
            skip_next = False
            continue
        if word in _FOR_WHOM and kept:
            break
        if word == "用" and kept:
            kept.pop()  # '运动用的': what it is used for, not what it is
            said.pop()
            continue
        if re.fullmatch(lx.ZH_NUMBER, word) and following in _MEASURE:
            skip_next = True
            continue
        # a lone classifier right after the product's words is part of its name: '熨衣板', '砧板'
        if word in _FUNCTION or word in ("俩", "仨") or _is_count(word) and following != "码" \
                and not (len(word) == 1 and kept and index > 0 and tokens[index - 1] == said[-1]):
            continue
        if word == "码" and kept and kept[-1].isdigit():
            kept[-1] = f"size {kept[-1]}"
            said[-1] += word
            continue
        if word in _UNITS and kept and re.fullmatch(r"\d+(?:\.\d+)?", kept[-1]):
            kept[-1] += _UNITS[word]
            said[-1] += word
            continue
        english = word if word in _AS_SAID else _ZH_COLOURS.get(word) or translate(word)
        if word in _COMMON and translate(following) not in _DEVICES and not re.match(r"[A-Za-z]", following):
            english = _COMMON[word]
        kept.append(english)
        said.append(word)
    if any(CJK.search(w) for w in kept):
        return "".join(w if CJK.search(w) or not out else f" {w}" for out, w in enumerate(said)).strip()
    return " ".join(" ".join(kept).split())


def vague(text: str) -> bool:
    """'点东西', '上回那个', '好吃的', '便宜点的': no product named, only pointed at or described."""
    tokens = [w for w in words(text) if w not in _FUNCTION - {"那个", "这个"} and not _is_count(w)]
    if any(w in _VAGUE for w in tokens):
        return True
    # 'X的' with nothing after it names a quality, not a thing, unless X is itself a product word.
    return bool(re.search(r"的\s*$", text)) and not any(w in GLOSSARY for w in tokens)


def names_two(text: str) -> bool:
    """'一个水壶和两包纸巾': two products joined in one phrase."""
    tokens = words(text)
    return any(t in JOINERS and 0 < i < len(tokens) - 1 and tokens[i + 1] not in ("我", "我们", "你")
               for i, t in enumerate(tokens))  # '跟我说一声' tells, it joins nothing


def unclear_count(text: str) -> bool:
    """'几包纸巾', '一些': a number left open."""
    return any(re.fullmatch(rf"几[{''.join(_MEASURE)}]?|若干", w) for w in words(text))
