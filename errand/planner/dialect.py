"""Chinese as the planner's rules read it: traditional characters as simplified ones (OpenCC's tables,
bundled in its wheel), then the everyday words of Cantonese and of Taiwan's Mandarin written as the
mainland's Mandarin says them ('听日' → '明天', '下昼' → '下午', '蚊' → '块', '禮拜一' → '周一').

The word list is a lexicon of the dialects' function words, time words, particles and classifiers, so every
intent reads them the same way; a word the list does not hold is kept as it was.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from . import widths as wd
from . import zh_buy_around as zm
from . import zh_buy_said as zb
from . import zh_framing as zf
from . import zh_openers as zo
from . import zh_places as zp
from . import zh_regional as zr
from . import zh_scene_said as zc
from . import zh_speech as zs
from . import zh_story as zy
from . import zh_typed as zt
from . import zh_variants as zv

# Cantonese and Taiwanese words to Mandarin, longest first when applied. Words only, never phrases of a
# sentence: times, negation, asking words, particles, money, pronouns.
_WORDS: dict[str, str] = {
    # times
    "听日": "明天", "聽日": "明天", "琴日": "昨天", "寻日": "昨天", "今日": "今天", "后日": "后天",
    "大后日": "大后天", "下昼": "下午", "晏昼": "下午", "朝早": "早上", "今朝": "今天早上", "夜晚": "晚上",
    "挨晚": "傍晚", "夜晚黑": "晚上", "而家": "现在", "依家": "现在", "头先": "刚才", "礼拜日": "周日",
    "礼拜天": "周日", "礼拜": "周", "拜": "周",
    # asking words
    "边度": "哪里", "边个": "哪个", "几时": "什么时候", "几多": "多少", "乜嘢": "什么", "咩": "什么",
    "点样": "怎么样", "有冇": "有没有",
    # verbs, negation, particles
    "唔该": "请", "唔啱心水": "不合心意", "啱心水": "合心意", "唔啱": "不合适", "唔好": "不要", "唔使": "不用", "唔": "不", "冇": "没", "係": "是", "嚟": "来", "喺": "在", "睇下": "看看", "睇吓": "看看", "睇": "看",
    "话我知": "告诉我", "话俾我知": "告诉我", "同我": "帮我", "帮手": "帮忙", "俾": "给", "攞": "拿",
    "低过": "低于", "平过": "低于", "平咗": "便宜了", "喊我": "叫我",
    "唔要啦": "不要了", "唔要喇": "不要了", "听朝": "明天早上", "聽朝": "明天早上", "订返": "订", "买返": "买",
    "要返": "要", "换返": "换", "呗": "", "齁": "", "用晒": "用完了", "同埋": "和", "那样嘢": "那个东西", "呢样嘢": "这个东西", "嘢食": "吃的", "嘢饮": "喝的", "嘢": "东西", "搞掂未": "好了没有", "搞掂": "搞定",
    "着唔落": "太小", "著唔落": "太小", "揾": "找", "平啲": "便宜点", "盯著": "盯着", "看著": "看着", "等著": "等着", "食晒": "吃完了", "饮晒": "喝完了", "冇晒": "没了", "咗": "了", "嘅": "的", "啲": "些", "佢哋": "他们", "佢": "它", "我哋": "我们", "你哋": "你们",
    "喇叭": "喇叭", "喇": "", "啦": "", "喔": "", "嘛": "", "咯": "", "囉": "", "啰": "",
    # money and counting
    "蚊": "块", "廿": "二十", "卅": "三十", "樽": "瓶", "嚿": "块", "啖": "口",
    "咗未": "了没有", "未呀": "了没有",
    # Sichuan and north-eastern words: '屋头' (at home), '没得' (none left), '莫超过' (not over)
    "屋头": "家里", "没得": "没有", "莫超过": "不超过", "莫要超过": "不超过", "莫高于": "不高于",
    # Shanghainese and Hokkien words: '侬帮我买…伐' (would you buy me…), '屋里厢' (at home), '汝共我' (you, for me)
    "侬帮我": "帮我", "侬": "你", "伐": "吗", "屋里厢": "家里", "阿拉": "我们", "覅": "不要", "勿要": "不要",
    "汝共我": "帮我", "共我": "帮我", "汝": "你", "厝里": "家里", "倷": "你", "辰光": "时候", "退脱": "退掉",
    # 蚊 is 块 only as money: mosquito goods keep it ('电蚊拍', '蚊香', '蚊帐')
    "电蚊拍": "电蚊拍", "蚊香": "蚊香", "蚊帐": "蚊帐", "蚊子": "蚊子", "驱蚊": "驱蚊", "灭蚊": "灭蚊", "防蚊": "防蚊",
    # north-eastern '嘎哈' (what for)
    "嘎哈": "干什么",
    # Japanese words said in Chinese: '购入' (buy), '個' is simplified above
    "购入": "购买",
    # Taiwan's words for everyday things and drinks
    "珍奶": "珍珠奶茶", "超商": "便利店", "宅配": "快递",
}
_PATTERN = re.compile("|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)))
_CJK = re.compile(r"[\u4e00-\u9fff]")
_OF_PLACE = re.compile(r"(?<=[我你佢他她们們哋企家里裡头頭房司])啲")
_SOME = re.compile(r"(?<=[买買要订訂来來食饮飲俾拿攞])[Dd](?=[\u4e00-\u9fff])")  # '買D水果' is 買啲水果
# '礼拜' and '拜' name weekdays only before a day's number ('礼拜三', '拜五'); elsewhere they are other words.
# Japanese "の" between two names in kanji is a brand's possessive: '無印良品の收纳盒' → '無印良品收纳盒'; after
# katakana it stays ('ゼルダの新作').
_NO = re.compile(r"(?<=[\u4e00-\u9fff]{2})の(?=[\u4e00-\u9fff])")
_WEEKDAY_WORD = re.compile(r"(?:礼拜|禮拜|拜)(?=[一二三四五六日天])")


@functools.cache
def _converter() -> Any:
    import opencc  # loaded on the first Chinese sentence

    return opencc.OpenCC("t2s")


def _word(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in ("礼拜", "拜"):
        return word  # weekdays are read below, other uses kept
    return _WORDS[word]


@functools.lru_cache(maxsize=4096)  # a pure function of the text, read several times per sentence
def to_mandarin(text: str) -> str:
    """``text`` with traditional characters simplified and Cantonese and Taiwanese words in Mandarin; text
    with no Chinese in it comes back unchanged."""
    text = wd.narrowed(text)  # 'ＨＤＭＩ线' typed full-width
    if not _CJK.search(text):
        return text
    # Cantonese 係 (is) before the tables turn it into 系; 關係 and 聯係 (a relation) keep it.
    # 嗰 (that) before the tables, which write it as the rare 𠮶; 啲 after a person or a place is 的 ('屋企啲厕纸')
    text = _SOME.sub("啲", _OF_PLACE.sub("的", text.replace("嗰", "那")))
    simplified = str(_converter().convert(re.sub(r"(?<![關关聯联維维])係", "是", text)))
    # the regional and chat words around the request ('恁给俺弄两个…', '…老灵额'), a purchase's place and purpose
    # ('书房门口的地毯', '…，当奖品'), then the dialects' function words; first the scene or register a purchase is told in
    simplified = zs.spoken(zv.read(zp.read(zr.read(zc.read(zm.read(_WEEKDAY_WORD.sub("周", _NO.sub("", simplified))))))))
    # chat slang, bullets, English words, voice slips; then a hesitation, a deadline or a group said first
    return zo.read(zy.read(zf.framed(zt.typed(zb.read(_PATTERN.sub(_word, simplified))))))  # the story, then openers naming nothing
