"""Amounts and choices the sentence leaves open, read from the sentence itself: a count said roughly ("a
dozen-ish", "twenty-odd", 几十杯) or as a heap ("a bunch of tent pegs", 一堆衣架, "a smattering of pegs", "multiple
sponges", 数个, 一两个) or as one each with no headcount
(每人一杯, "one each"), a count in Roman numerals beyond what
one order holds ("MMXXVI pens"), a cap whose currency is named before its number (韩币三万, "USD 40"), an amount
below zero after a currency sign ("¥-50"), and a return or an exchange left to the agent to choose ("退还是换你看着办").

Each is a fact a careful person asks for rather than guesses.
"""

from __future__ import annotations

import re

# A rough count where a count stands: "a dozen-ish towels", "twenty-odd pegs", "50ish cups"; a rough clock
# ("at 5ish", "3-ish pm") is no count.
_ROUGH_COUNT = re.compile(
    r"(?<!\bat )(?<!\bby )(?<!\baround )\b(?:a |an )?(?:\d+|dozen|score|hundred|thousand|couple hundred|few hundred"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|ten|eleven|twelve|fifteen|twenty)[- ]?(?:ish|odd)\s+"
    r"(?!(?:am|pm|o'?clock|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|yuan|rmb|bucks|kuai|percent)\b)[a-z]",
    re.IGNORECASE)
# A count said as a heap: "a bunch of tent pegs", "a handful of AA batteries", "a load of bin bags", "一堆衣架";
# goods sold by the bunch ("a bunch of flowers", "a bunch of bananas", "a bunch of spring onions") are one.
_BY_THE_BUNCH = (r"(?:flowers|roses|tulips|lilies|carnations|daisies|sunflowers|peonies|bananas|grapes|herbs|spring onions"
                 r"|scallions|carrots|radishes|beetroots|asparagus|celery|coriander|parsley|mint|basil|balloons|keys)")
_HEAP_COUNT = re.compile(
    rf"\ba (?:bunch|handful|heap|pile|load|ton|truckload|bucketload|shedload) of (?!(?:[\w-]+ ){{0,3}}{_BY_THE_BUNCH}\b)"
    r"(?:[\w-]+ ){0,3}[\w-]+s\b|一(?:大)?堆(?![放叠疊])"
    # a count said as tens or hundreds ('几十杯', '十几杯', '上百个')
    r"|(?:几|幾|好几|好幾)[十百千]|十几|十幾|上百|成百|数十|數十"
    # a sprinkling, a slew, a raft, a host, multiple: no number at all ('a smattering of pegs', 'multiple sponges')
    r"|\b(?:a|an)\s+(?:smattering|sprinkling|sprinkle|scattering|spattering|smidgen|smidge|slew|raft|host|myriad|fistful"
    r"|armful|gaggle|passel|wad|good\s+few|fair\s+few|good\s+number|fair\s+number|modest\s+number|decent\s+number"
    r"|small\s+number|large\s+number|certain\s+number|few\s+dozen)\s+of\s+(?!(?:[\w-]+\s+){0,3}" + _BY_THE_BUNCH + r"\b)[\w-]"
    r"|\b(?:buy|get|order|want|need|grab)\s+(?:me\s+|us\s+)?(?:multiple|numerous|sundry|myriad)\s+(?:[\w-]+\s+){0,3}[\w-]+s\b"
    # several, one or two, a few said in Chinese before the measure ('数个', '多个', '一两个', '三两个', '个把')
    r"|(?<![\d一二两三四五六七八九十])(?:数|多|若干|一两|三两|一二)\s*(?:个|只|件|瓶|包|盒|袋|把|双|条|支|本|张|台|套|罐|箱)"
    r"(?![月天年小时钟点])|个把", re.IGNORECASE)
_PER_HEAD = re.compile(r"(?:每|每个|每個|一)人一|\bone (?:each|per (?:person|head))\b", re.IGNORECASE)
# A count said elsewhere, which the one each then only describes ('our team of 22 … one each', '一人一杯 … 来一打');
# a clock is no count ('by 3', '三点前').
_HEADCOUNT = re.compile(
    r"(?<!by )(?<!at )(?<!before )(?<!until )\b\d+\b(?!\s*(?:点|點|[:：]\d|[ap]\.?m\b|o'?clock))|\bdozen\b|一打"
    r"|[两二三四五六七八九十百]\s*(?:个|個|位|杯|人)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty)\b", re.IGNORECASE)
# A Roman numeral where a count stands (at the start or after a verb of ordering): "buy MMXXVI gel pens".
_ROMAN_COUNT = re.compile(
    r"(?:^|\b(?:buy|get|order|purchase|grab|want|need|send)\s+(?:me\s+|us\s+)?)(?-i:([MDCLXVI]{2,}))\s+(?:[a-z-]+\s+){0,2}[a-z]+s\b",
    re.IGNORECASE)
_ROMAN = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_MOST = {"buy": 999, "bulk_order": 500}
# A currency named before its number: "韩币三万以内", "日元五千", "USD 40", "KRW 30000", "HK$ 50".
_CURRENCY_FIRST = re.compile(
    r"(?:韩币|韩元|韓元|日元|日币|日幣|美元|美金|英镑|英鎊|欧元|歐元|港币|港幣|港元|台币|台幣|新台币|卢布|泰铢|澳元|加元|新币)"
    r"\s*(?:[\d０-９]|[一二两三四五六七八九十百千万])"
    r"|\b(?:usd|eur|gbp|jpy|krw|hkd|twd|ntd|sgd|aud|cad|myr|thb)\s?\d|\b(?:us|hk|nt|s|a|c)\$\s?\d",
    re.IGNORECASE)
# An amount below zero after a currency sign or a price word: "below ¥-50", "under $-20", "跌到-100".
_BELOW_ZERO = re.compile(r"[¥￥$]\s*[-−–]\s*\d|\b(?:below|under|at|to|drops? to|hits?)\s*[-−]\s*[¥￥$]?\d"
                         r"|(?:低于|跌到|跌破|降到)\s*[-−负]\s*[¥￥]?[\d一二三四五六七八九十百千]", re.IGNORECASE)
# Return or exchange, left to the agent: "退还是换你看着办", "return or exchange, your call".
_EITHER_WAY = re.compile(
    r"(?:退(?:货)?(?:还是|或者?|或是)换(?:货)?|换(?:货)?(?:还是|或者?)退(?:货)?|退换)[^。！？]{0,8}(?:你看着办|你决定|你定|随便|都行|都可以)"
    r"|\b(?:return|refund)(?: it)? or (?:exchange|replace|swap)\b[^.?!]{0,20}\b(?:your call|up to you|you decide|whichever"
    r"|either (?:way|is fine))", re.IGNORECASE)


def roman_value(numeral: str) -> int:
    """The number a Roman numeral writes ("MMXXVI" is 2026)."""
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def rough_count(text: str) -> bool:
    """A count said roughly, as a heap, or as one each with no headcount, where a count stands."""
    return bool(_ROUGH_COUNT.search(text) or _HEAP_COUNT.search(text)
                or _PER_HEAD.search(text) and not _HEADCOUNT.search(_PER_HEAD.sub(" ", text)))


def roman_count_too_large(text: str, kind: str) -> bool:
    """A count in Roman numerals beyond what one order of ``kind`` holds."""
    most = _MOST.get(kind)
    match = _ROMAN_COUNT.search(text)
    return most is not None and match is not None and roman_value(match.group(1)) > most


def currency_first(text: str) -> bool:
    """A currency other than yuan named before its number."""
    return bool(_CURRENCY_FIRST.search(text))


def below_zero(text: str) -> bool:
    """An amount below zero."""
    return bool(_BELOW_ZERO.search(text))


def either_way(text: str) -> bool:
    """A return or an exchange left to the agent to choose."""
    return bool(_EITHER_WAY.search(text))


WORLD = (("I can't tell that here. I can buy something, order drinks, return an order, watch a price or move a "
          "delivery."), "intent")


def left_open(text: str, kind: str) -> tuple[str, str] | None:
    """(question, missing fact) when the sentence leaves a count, a currency, a sign or a choice open."""
    amount = "target_price" if kind == "price_watch" else "max_unit_price"
    if kind in ("buy", "bulk_order") and (rough_count(text) or roman_count_too_large(text, kind)):
        return ("How many exactly? Please say the number in digits.", "quantity")
    if kind in ("buy", "bulk_order", "price_watch") and currency_first(text):
        return ("I can only carry amounts in yuan; what is that in yuan?", amount)
    if kind in ("buy", "bulk_order", "price_watch") and below_zero(text):
        return ("An amount has to be more than zero; what amount did you mean?", amount)
    if kind == "return" and either_way(text):
        return ("Should I return it for a refund? I can't choose an exchange for you.", "intent")
    return None
