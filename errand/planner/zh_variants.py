"""Chinese of the northern and central regions, and Chinese typed with slips, read as the Mandarin the rules know.

A lexicon of function words, each read only where its context makes it one (the same character is often a
common word elsewhere):

- Shaanxi 额 for 我 where a person speaks ('额想买…', '额把…退了', '给额买…', '额们'), never in 金额, 额度, 提额 or
  额外; 嫑 for 不要, and 咧 at a clause's end for 了 ('退咧');
- Tianjin and Beijing 介 for 这 before a classifier or 是 ('介个', '介款'), 倍儿 for 很, 甭 for 不用, 头午 for 上午;
- Wuhan and south-western 莫 before a verb for 不 ('莫放糖', '莫加冰'), and 搞 before a count for 来 ('搞二十杯');
- 几个钱 for 多少钱;
- the pinyin slip 太 for 台 after a number ('买一太吹风机'), never before a word it qualifies ('二百太贵');
- a date written the ISO way inside Chinese ('2026-11-23 下午三点') as the Chinese date it is ('2026年11月23日').

A rewrite that would change whether the sentence reads as harmful is not made, so a harmful product behind these
words is read, and refused, as itself.
"""

from __future__ import annotations

import re

from . import harm as hm

_N = r"[零〇一二两三四五六七八九十百千\d]+"
_MEASURES = "包盒瓶个件台副对袋箱杯支节只双套份罐桶条根本张把卷打斤块片听板部枝款串提盏枚顶饼筒捆"
# Where a person speaks: at a clause's start or after 给/帮/替/跟/让, before what a speaker does or has.
_PRONOUN = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[给帮替跟让叫和]))额(?=们|想|要|把|家|屋|的|买|需|觉得|不|也|就|先|刚|还|得|今|明|这|那)")
_THIS = re.compile(rf"(?<![中简媒])介(?=[个款种是些台只把件双{_MEASURES}]|儿(?!绍))")
_NEGATED_VERB = re.compile(r"莫(?=放|加|要|买|搞|弄|整|送|超|太)")
_GET = re.compile(rf"搞(?=\s*(?:{_N}|几)?\s*[{_MEASURES}](?![\u4e00-\u9fff]?定))")
_PARTICLE = re.compile(r"(?<=[\u4e00-\u9fff])咧(?=[，,。！!？?\s]|$)")
_WORDS = {"嫑": "不要", "倍儿": "很", "甭": "不用", "头午": "上午", "后晌": "下午", "几个钱": "多少钱", "啥子": "什么"}
_WORD = re.compile("|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)))
# 太 after a number and before a noun is 台 typed by its sound; before a word it qualifies it is 'too'.
_SLIP = re.compile(r"(?<=[一二两三四五六七八九十几\d])太(?=[\u4e00-\u9fffA-Za-z])(?![贵便大小多少长短重轻快慢高低难好差旧热冷远近累忙了])"
                   r"(?!阳|空|极|妃|太|平|湖|原|古|后|公|子)")  # 太阳能, 太空杯 stay
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>20\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])")


def _dated(match: re.Match[str]) -> str:
    return f"{match.group('y')}年{int(match.group('m'))}月{int(match.group('d'))}日"


def read(text: str) -> str:
    """Simplified Chinese ``text`` with the words above in Mandarin; unchanged when a rewrite would make it read
    as harmful or not."""
    said = text
    text = _PRONOUN.sub("我", _WORD.sub(lambda m: _WORDS[m.group(0)], text))
    text = _THIS.sub("这", _NEGATED_VERB.sub("不", _PARTICLE.sub("了", text)))
    text = _ISO_DATE.sub(_dated, _SLIP.sub("台", _GET.sub("来", text)))
    if text != said and hm.harmful(text) != hm.harmful(said):
        return said
    return text
