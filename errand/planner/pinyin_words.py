"""Times, drinks counts and places typed in pinyin, written as the characters the readers know.

A shopper without a Chinese keyboard types 'jintian wanshang 7dian, 20 bei naicha': 今天晚上7点, 20杯奶茶. The
words below are the ones a drinks order or a delivery time is made of (days, parts of the day, the clock, cups, the
common drinks and the saved places); the product's own words stay as they are typed. A sentence is read as pinyin
only when it holds two of these words, so English sharing a syllable ('Bei Bei', 'a ban on') is left alone.
"""

from __future__ import annotations

import re

_DAYS = {"jintian": "今天", "mingtian": "明天", "houtian": "后天", "dahoutian": "大后天", "jinwan": "今晚",
         "mingwan": "明晚", "mingzao": "明早"}
_PARTS = {"zaoshang": "早上", "shangwu": "上午", "zhongwu": "中午", "xiawu": "下午", "bangwan": "傍晚",
          "wanshang": "晚上", "yewan": "夜晚"}
_DRINKS = {"naicha": "奶茶", "kafei": "咖啡", "guozhi": "果汁", "ningmengcha": "柠檬茶", "ningmeng cha": "柠檬茶",
           "guocha": "果茶", "nalie": "拿铁", "meishi": "美式", "zhenzhu naicha": "珍珠奶茶", "yangzhi ganlu": "杨枝甘露"}
_PLACES = {"song gongsi": "送公司", "song dao gongsi": "送到公司", "songdao gongsi": "送到公司", "song jia": "送家",
           "song dao jia": "送到家", "gongsi": "公司"}
_WORDS = {**_DAYS, **_PARTS, **_DRINKS, **_PLACES}
_WORD = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True))
                   + r")(?![A-Za-z])", re.IGNORECASE)
# The clock and the cups: '7dian', '12 dian ban', '20 bei'.
_CLOCK = re.compile(r"(?<![A-Za-z\d])(\d{1,2})\s*dian(\s*ban)?(?![A-Za-z])", re.IGNORECASE)
_CUPS = re.compile(r"(?<![A-Za-z\d])(\d{1,4})\s*bei(?![A-Za-z])", re.IGNORECASE)


def _count(text: str) -> int:
    return len(_WORD.findall(text)) + len(_CLOCK.findall(text)) + len(_CUPS.findall(text))


def plain(text: str) -> str:
    """The sentence with its pinyin day, time, cup, drink and place words written in characters, when it holds
    two of them; else as it was."""
    if re.search(r"[\u4e00-\u9fff]", text) or _count(text) < 2:
        return text
    text = _CLOCK.sub(lambda m: f"{m.group(1)}点{'半' if m.group(2) else ''}", text)
    text = _CUPS.sub(lambda m: f"{m.group(1)}杯", text)
    text = _WORD.sub(lambda m: _WORDS[m.group(1).lower()], text)
    # characters typed apart ('今天 下午 3点') join up as they are written
    return re.sub(r"(?<=[\u4e00-\u9fff\d点半])\s+(?=[\u4e00-\u9fff\d])", "", text)
