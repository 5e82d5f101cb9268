"""A 24-hour clock and a bare amount, written so the readers cannot move them: ``formats`` writes every clock it
reads on the 24-hour dial ('0300h', '0645 hrs', 'at 0530', 'at 6h', '05h30', and with ``dial`` '03:00') through
``english`` or ``chinese``, so a morning hour says 'am' (or 上午) and is never read as an afternoon, as a bare hour
from 1 to 7 is ('at 3').

``plain`` then writes three shapes the readers would otherwise misread: an hour said "o'clock am" ('4 o'clock am'
→ '4am'), an amount standing alone in a clause after the product ('buy a lamp, ¥1299' → ', max ¥1299'; it was
read into the product's name) and a price said as a shop says it, alone after a comma ('buy a lamp, one fifty' →
', max one fifty'; it was read as a second product); in Chinese, a clock in the small hours ('凌晨3点' was 15:00)
and ten thousands in numerals after a price word ('预算十万' was ten yuan). Pure functions over text.
"""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u4e00-\u9fff]")


def english(hour: int, minute: int) -> str:
    """'3:00am', '9:30am', '12:15pm', '15:45': a morning hour with 'am', an afternoon one as it is."""
    if hour < 12:
        return f"{hour or 12}:{minute:02d}am"
    return f"12:{minute:02d}pm" if hour == 12 else f"{hour:02d}:{minute:02d}"


def chinese(hour: int, minute: int) -> str:
    """'上午3点', '上午9点30分', '14点30分': a morning hour with 上午, so it is not taken for the afternoon."""
    return ("上午" if hour < 12 else "") + f"{hour}点" + (f"{minute}分" if minute else "")


def written(hour: int, minute: int, text: str) -> str:
    """The clock as ``text``'s language writes it."""
    return chinese(hour, minute) if _CJK.search(text) else english(hour, minute)


# A clock with a colon and a leading nought, no am or pm after it: '03:00', '07:45', '明天03:30'.
_NOUGHT_COLON = re.compile(r"(?<![\d:：])0(?P<h>\d)[:：](?P<m>[0-5]\d)(?![\d:：])(?!\s*[ap]\.?m\b)", re.IGNORECASE)


def dial(text: str) -> str:
    """``text`` with a colon clock that starts with a nought written as the morning's ('by 03:00' → 'by 3:00am',
    '明天03:30' → '明天上午3点30分'): the leading nought says the 24-hour dial, so it is not an afternoon."""
    return _NOUGHT_COLON.sub(lambda m: written(int(m.group("h")), int(m.group("m")), text), text)


# An hour said "o'clock" and then am or pm: '4 o'clock am', '11 o'clock pm'.
_OCLOCK_HALF = re.compile(r"\b(?P<h>\d{1,2})\s*o'?clock\s*(?P<half>[ap])\.?m\b\.?", re.IGNORECASE)
# An amount alone in a clause after the product, to the end or to the next clause: ', ¥1299', ', ¥0.01'.
_BARE_AMOUNT = re.compile(r"(?P<lead>[,;]|\s[-–—])\s*(?P<amount>[¥￥]\s?\d+(?:\.\d+)?)(?=\s*(?:$|[,;.!]|\s+(?:each|per|a piece"
                          r"|total|in total|all in|please|pls|thanks?|thx)\b))", re.IGNORECASE)
_DIGIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS = r"(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
# A price said as a shop says it, alone after a comma at the end: ', one fifty', ', two ninety-nine'.
_SHOP_PRICE = re.compile(rf"(?P<lead>,)\s*(?P<price>{_DIGIT}\s+{_TENS})\s*(?:each\s*)?[.!]?\s*$", re.IGNORECASE)

# A sentence that opens by buying: only there is an amount after the product its price.
_BUYING = re.compile(r"^\s*(?:(?:please|pls|can you|could you)\s+)?(?:buy|get|order|purchase|grab)\b", re.IGNORECASE)


# A clock in the small hours said in Chinese: '凌晨3点', '半夜两点' (上午 is added so the hour stays a morning's).
_ZH_NIGHT = re.compile(r"(?P<w>凌晨|半夜|深夜)(?=[\d一二三四五六两]{1,2}\s*[点點时])")
# Ten thousands in Chinese numerals after a word of price: '预算十万', '不超过八万' (十万 was read as ten yuan);
# '一万二' (12,000) is left to the number reader.
_ZH_WAN = re.compile(r"(?P<lead>预算|不超过|别超过|不要过|低于|少于|最多|目标价)\s*(?P<n>[一二两三四五六七八九十]{1,3})万(?![亿一二两三四五六七八九千零\d])")
_ZH_DIGITS = dict(zip("一二两三四五六七八九", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))


def _zh_small(said: str) -> int:
    """'八' → 8, '十' → 10, '十五' → 15, '二十' → 20, '九十九' → 99."""
    tens, _, ones = said.partition("十")
    if not _:
        return _ZH_DIGITS.get(said, 0)
    return (_ZH_DIGITS.get(tens, 0) if tens else 1) * 10 + _ZH_DIGITS.get(ones, 0)


def plain(text: str) -> str:
    """``text`` with an o'clock hour's am or pm, a bare amount and a shop's price written as the cap readers read."""
    if _CJK.search(text):
        text = _ZH_NIGHT.sub(lambda m: f"{m.group('w')}上午", text)
        return _ZH_WAN.sub(lambda m: f"{m.group('lead')}{_zh_small(m.group('n')) * 10000}", text)
    text = _OCLOCK_HALF.sub(lambda m: f"{m.group('h')}{m.group('half').lower()}m"
                            if 1 <= int(m.group("h")) <= 12 else m.group(0), text)
    if _BUYING.match(text) and not re.search(r"\b(?:under|below|max|maximum|budget|at most|up to|cap|no more than|less than|for|within|around"
                     r"|about|target|drops?|falls?|price)\b|≤|<", text, re.IGNORECASE):
        text = _BARE_AMOUNT.sub(lambda m: f"{m.group('lead')} max {m.group('amount')}", text)
        text = _SHOP_PRICE.sub(lambda m: f"{m.group('lead')} max {m.group('price')}", text)
    return text
