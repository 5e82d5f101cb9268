"""Amounts an errand cannot carry, read from the whole sentence: money in another currency, and a watch's span
past a year.

Money in a currency other than the yuan: a sign ("£40", "€30", "HK$300",
"S$30", "$50"), a code or name after the number ("25 USD", "60 euros", "15 quid", "RM80", "50美元", "三万日元", dollars
said as "200刀" or "1k 刀" where no paper is counted in 刀, as in "宣纸五刀"), or
pounds said as a price ("under 200 pounds", "alert me at 200 pounds"; "a 20 pound kettlebell" is a weight).

A cap or target in such a currency cannot be carried without inventing an exchange rate, and dropping it would
spend without the shopper's limit, so the gate asks what it is in yuan. A span ("for 3 years", "18 months",
"500 days", "盯两年", "一年半") longer than a year is longer than any watch runs, so the gate asks for one that fits.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import other_currencies as oc

_NUMBER = r"(?:\d[\d,]*(?:\.\d+)?|[零一二两三四五六七八九十百千万]+)"
# A sign before the number: "£40", "€ 30", "HK$300", "US$25", "S$30", "$50", "RM80", "₩5000"; ¥ and ￥ are yuan.
_SIGN = re.compile(
    r"(?:£|€|₩|₹|₱|฿|₫|₽|(?:\b(?:us|hk|s|sg|nt|a|au|c|ca|nz|r))?\$|\b(?:rm|rp|myr|usd|eur|gbp|hkd|sgd|twd|jpy|krw|aud"
    r"|cad|thb|chf)\s?)\s?\d", re.IGNORECASE)
# A currency said after the number: "25 USD", "60 euros", "15 quid", "90 dollars", "50美元", "200港币".
_AFTER = re.compile(
    rf"{_NUMBER}\s?(?:k\s?)?(?:(?:sing|singapore|sg|hong ?kong|hk|us|aussie|australian|canadian|kiwi|taiwan|nt)\s?)?(?:\b(?:usd|eur|euros?|gbp|quid|hkd|sgd|twd|ntd|jpy|yen|krw|won|aud|cad|myr|ringgit|baht"
    r"|thb|rupees?|pesos?|francs?|dollars?|rubles?|roubles?)\b"
    r"|美元|美金|港币|港幣|港元|港纸|港紙|日元|日币|日幣|円|英镑|英鎊|欧元|歐元|新币|新加坡元|新台币|台币|台幣|马币|令吉|韩元|韩币"
    r"|泰铢|卢布|澳元|澳币|加元|加币|瑞郎|卢比|欧(?![洲式美版码巴])|美刀)", re.IGNORECASE)
# A dollar sign after the number: '3999 NT$', '50 US$'.
_SIGN_AFTER = re.compile(r"\d\s?(?:nt|us|hk|s|sg|a|au|c|ca|nz)?\$(?!\d)", re.IGNORECASE)
# Dollars said as 刀 after a number ('200刀', '1k 刀'); in a sentence about paper 刀 counts reams ('宣纸五刀').
_DAO = re.compile(rf"{_NUMBER}\s?(?:k\s?)?刀(?![纸宣片具子架])", re.IGNORECASE)
# Pounds after a word that makes them a price: "under 200 pounds", "at 200 pounds", "budget 50 pounds", "for 30
# pounds"; "a 20 pound kettlebell", "5 pounds of flour" are weights.
_POUNDS = re.compile(
    r"\b(?:under|below|over|max(?:imum)?|at|budget(?: of)?|up to|less than|more than|no more than|not more than|within"
    r"|around|about|for|sub-?|target|tops|spend|costs?|costing|priced|than|drops? to|falls? to|hits?)\s+(?:£\s?)?\d[\d,]*"
    r"(?:\.\d+)?\s?pounds?\b(?!\s+of\b)"
    r"|\b\d[\d,]*(?:\.\d+)?\s?pounds?\s+(?:max|tops|or (?:less|under|below)|each|apiece|budget)\b", re.IGNORECASE)


def foreign_amount(text: str) -> bool:
    """The sentence says an amount of money in a currency other than the yuan."""
    return any(p.search(text) for p in (_SIGN, _SIGN_AFTER, _AFTER, _POUNDS)) or bool(_DAO.search(text)) and "纸" not in text \
        or oc.named(text)


# A span said for a watch: "for 3 years", "18 months", "500 days", "两年", "一年半", "十八个月".
_SPAN = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s*-?\s*"
    r"(?P<unit>years?|yrs?|months?|weeks?|days?)\b(?P<half> and a half)?(?!\s+(?:old|ago|warranty|guarantee))"
    r"|(?<![\d年])(?P<zn>\d{1,3}|[一二两三四五六七八九十百]+)\s*(?P<zunit>年|个月|个礼拜|个星期|周|天)(?P<zhalf>半)?",
    re.IGNORECASE)
_SPAN_DAYS = {"y": 365, "m": 30, "w": 7, "d": 1, "年": 365, "个": 30, "周": 7, "天": 1}
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}


def _span_days(match: re.Match[str]) -> float:
    """How many days one span said in the sentence lasts."""
    if match.group("zn") is not None:
        raw, unit = match.group("zn"), match.group("zunit")
        n = float(raw) if raw.isdigit() else float(lx.zh_number(raw) or 0)
        days = _SPAN_DAYS["w" if unit in ("个礼拜", "个星期") else unit[0]]
        return (n + (0.5 if match.group("zhalf") else 0)) * days
    raw = match.group("n").lower()
    n = _WORDS[raw] if raw in _WORDS else float(raw)
    return (n + (0.5 if match.group("half") else 0)) * _SPAN_DAYS[match.group("unit")[0].lower()]


def longer_than_a_year(text: str) -> bool:
    """A watch asked to run past a year ('for 2 years', '18 months', '盯两年'): longer than any watch runs."""
    return any(_span_days(match) > 366 for match in _SPAN.finditer(text))
