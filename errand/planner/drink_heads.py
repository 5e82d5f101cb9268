"""A drink's name used to say what kind of thing is bought: 'a coffee table', 'a smoothie blender', '4 juice glasses',
'a lemonade dispenser', 'tea towels', 'coffee beans', 咖啡桌, 奶茶杯, 茶叶罐.

In an English compound the last noun is the thing ('coffee table' is a table); in a Chinese one the last word is. A
drink word followed straight away by another noun that is no part of a drinks order (not sugar, ice, milk, a size, a
topping, a place, a time, a cup) names goods, so the sentence is a purchase, not a drinks order. The test is the
English lexicon's (lemminflect's, which the readers already use) and jieba's parts of speech, not a list of the goods:
whatever noun follows a drink word in the singular is read as the thing bought. A drink counted itself ('12 lattes',
'two coffees, large', 奶茶两杯, 二十杯咖啡) stays a drinks order.
"""

from __future__ import annotations

import re

import jieba.posseg  # type: ignore[import-untyped]
import lemminflect  # type: ignore[import-untyped]

_I = re.IGNORECASE
_DRINK_EN = re.compile(
    r"\b(?:coffee|tea|latte|espresso|cappuccino|americano|mocha|smoothie|juice|lemonade|milkshake|frappuccino"
    r"|macchiato|matcha|chai|cocoa|boba|cocktail|wine|beer|soda)\s+(?P<next>[a-z][a-z-]*)\b", _I)
# Words after a drink that keep it a drink: what goes in it, its size and heat, a place, a time, an amount, a word of
# the order.
_DRINK_SIDE = frozenset((
    "sugar", "sugars", "ice", "milk", "shot", "shots", "foam", "cream", "syrup", "pearls", "pearl", "boba", "sago",
    "jelly", "pudding", "cheese", "oat", "soy", "almond", "coconut", "whip", "large", "medium", "small", "regular",
    "venti", "grande", "tall", "hot", "cold", "iced", "black", "white", "decaf", "half", "less", "no", "extra", "cup",
    "cups", "order", "orders", "run", "drinks", "drink", "office", "home", "house", "flat", "work", "desk", "team",
    "meeting", "party", "crew", "staff", "people", "everyone", "today", "tomorrow", "tonight", "morning", "afternoon",
    "evening", "noon", "lunch", "break", "time", "latte", "tea", "coffee", "lemon", "mango", "grape", "peach",
    "strawberry", "taro", "brown", "honey", "lychee", "caramel", "vanilla", "hazelnut", "chocolate", "matcha", "green",
    "jasmine", "oolong", "fruit", "bubble", "pm", "am", "each", "please", "pls", "thanks", "asap", "round",
    "rounds", "x", "lover", "lovers", "shop", "shops", "place", "chain", "stall", "bar", "truck", "date", "club", "dates"))
_DRINK_WORD = re.compile(r"coffee|tea|latte|espresso|cappuccino|americano|mocha|smoothie|juice|lemonade|milkshake"
                         r"|frappuccino|macchiato|matcha|chai|cocoa|boba|cocktail|milk|drink|beverage", _I)
_ZH_DRINK = re.compile(r"(?P<drink>奶茶|咖啡|果茶|柠檬茶|拿铁|果汁|豆浆|红茶|绿茶|乌龙茶|奶昔|啤酒|红酒)(?P<next>[\u4e00-\u9fff]{1,3})")
_ZH_NOT_GOODS = re.compile(r"^(?:店|厅|馆|铺|吧|摊|车|券|卡|钱|粉丝|少|去|多|加|不|要|来|送|到|给|在|的|和|跟|或|三|两|二|一|十|大|中|小|热|冰|常|公司|办公|家)")


def _noun(word: str) -> bool:
    return bool(lemminflect.getAllLemmas(word.lower()).get("NOUN"))


def _lemma(word: str) -> str:
    lemmas = lemminflect.getAllLemmas(word.lower()).get("NOUN")
    return lemmas[0] if lemmas else word.lower()


def _zh_goods(text: str, match: re.Match[str]) -> bool:
    """The drink and what follows it make one noun: a word jieba's dictionary holds (咖啡豆, 茶叶罐) or a one-character
    noun closing the phrase (咖啡桌, 奶茶杯)."""
    after = text[match.end("drink"):]
    if not after or _ZH_NOT_GOODS.match(after):
        return False
    if any(f"{match.group('drink')}{after[:n]}" in jieba.dt.FREQ for n in (1, 2) if len(after) >= n):
        return True
    first = next(iter(jieba.posseg.cut(after[0])), None)
    return first is not None and first.flag.startswith("n") and (len(after) == 1 or re.match(r"[，,。！!；;\s的]", after[1]) is not None)


def goods(text: str) -> bool:
    """A drink word names the kind of another thing bought ('a coffee table', 咖啡桌), not a drink ordered."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return any(_zh_goods(text, match) for match in _ZH_DRINK.finditer(text))
    for match in _DRINK_EN.finditer(text):
        following = match.group("next").lower()
        if _lemma(following) in _DRINK_SIDE or following in _DRINK_SIDE:
            continue
        if _noun(following) and not _DRINK_WORD.fullmatch(_lemma(following)) \
                and not re.match(r"\s*o'?clock", text[match.end():], _I):
            return True
    return False
