"""Notations the offline planner's price watches and drinks orders share (money in another currency and spans
past a year are read by ``uncarried``): a buy put off ("don't buy yet",
"先别买"), a target written as "@ N", "< N" or "目标价 N", Chinese numerals said digit by digit (一九九九),
how often to look ("every 4 hrs", "每四个钟", "一天查两次"), a clock said in words ("three thirty"), a
negated choice ("not HeyTea, Mixue", "不要喜茶，要蜜雪") and drink options as a closed vocabulary.

It reads the sentence after ``lexicon.normalise`` and ``dialect.to_mandarin`` (so 唔使 arrives as 不用).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from . import phrases as ph

# ---- a buy put off -----------------------------------------------------------------------------------

# "don't buy yet", "don't buy it", "not buying yet", "don't order it", "先别买", "暂时别买", "不用买住" (唔使買住),
# "不好买住" (唔好買住), "还不要买": the shopper holds the purchase back while something else (a watch) runs.
DEFERRED_BUY = re.compile(
    r"\b(?:don'?t|do not|dont) (?:buy|order|get|purchase)(?: (?:it|them|one|anything))?(?: (?:yet|for now|just yet))?\b"
    r"|\bnot (?:buying|ordering|purchasing)(?: (?:it|them|one))?(?: (?:yet|for now|just yet))?\b|\bno buying\b"
    r"|(?:先|暂时|暂且|还)?(?:别|不要|不用|不好|唔使|唔好|不急着?)(?:急着)?(?:帮我|幫我|给我|替我|帮|幫)?(?:买|買|下单|入)(?:住|先|啊|哦)?",
    re.IGNORECASE)
_NOTIFY = re.compile(r"\b(?:tell|let|notify|alert|ping|message|text) (?:me|us)\b|\blmk\b|\bwatch\b|\btrack\b"
                     r"|\bkeep (?:an )?eye on\b|\bmonitor\b|告诉|通知|提醒|盯|讲|说一声|追踪|关注", re.IGNORECASE)


def defers_buy(text: str) -> bool:
    """A negated buy said next to a request to watch or be told: 'don't buy yet, just tell me under 2000'."""
    return bool(DEFERRED_BUY.search(text) and _NOTIFY.search(DEFERRED_BUY.sub(" ", text)))


def without_deferral(text: str) -> str:
    """The sentence without its put-off buy, so 'buy' there is not read as buying once the price is met."""
    return DEFERRED_BUY.sub(" , ", text)


# ---- numbers -----------------------------------------------------------------------------------------

_ZH_DIGIT = "零〇一二两三四五六七八九"
_DIGIT_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def zh_amount(raw: str) -> int | None:
    """A Chinese numeral as a whole number: '一九九九' digit by digit is 1999, '两千三' 2300, '五千四百九十九'."""
    raw = raw.strip()
    if len(raw) >= 2 and all(c in _ZH_DIGIT for c in raw):
        return int("".join(str(_DIGIT_VALUE[c]) for c in raw))
    return lx.zh_number(raw)


def amount_minor(raw: str) -> int | None:
    """An amount in digits or Chinese, in fen: '1999' → 199900, '一九九九' → 199900."""
    if re.fullmatch(rf"[{_ZH_DIGIT}]{{2,}}", raw.strip()):
        whole = zh_amount(raw)
        return whole * 100 if whole else None
    return lx.amount_minor(raw)


@dataclass(frozen=True)
class Target:
    amount: int | None
    start: int
    end: int


# a Chinese amount may carry 万: '一万二' is 12000
_AMOUNT = r"(?P<amount>\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万\d]+)"
# '@ 1899', 'alert @1899', '< 2800', '<= 900', '≤ 660', '目标价两千三', '目标：699', '目标价位 3999元'
# 'sub-600', 'alert 3199' (a terse 'track X alert 3199') are targets too
_SIGN_TARGET = re.compile(rf"(?:@|<=?|≤|＜|\bsub-\s*|\balert\s+(?=[¥￥]?\s*\d[\d,]*(?:\.\d+)?\s*(?:yuan|rmb|元|块)?(?:$|[,，.;]|\s+(?![a-z]))))\s*[¥￥]?\s*(?P<amount>\d[\d,]*(?:\.\d+)?)(?:\s*(?:yuan|rmb|元|块))?"
                          rf"|目标(?:价位?|价格)?\s*(?:是|为|[:：])?\s*[¥￥]?\s*{_AMOUNT.replace('amount', 'zh')}\s*(?:元|块)?", re.IGNORECASE)
# 'price watch: Garmin Forerunner 265, 1999, one month': the amount standing alone between commas.
_LONE_AMOUNT = re.compile(r"(?:(?<=,)|(?<=，))\s*[¥￥]?(?P<amount>\d[\d,]*(?:\.\d+)?)\s*(?:yuan|rmb|元|块)?\s*(?=,|，|$)")
_FRAME_START = re.compile(r"\s*(?:please\s+)?(?:set (?:up )?(?:a )?)?price (?:watch|alert)\b|\s*(?:帮我)?(?:价格)?(?:盯|追踪)",
                          re.IGNORECASE)


def lone_target(text: str) -> Target | None:
    """The one amount standing alone between commas of a watch: 'keep an eye on X, 4000, just tell me'."""
    lone = [m for m in _LONE_AMOUNT.finditer(text) if not re.match(r"\s*(?:19|20)\d\d\s*$", m.group("amount"))]
    if len(lone) != 1:
        return None
    return Target(amount=amount_minor(lone[0].group("amount")), start=lone[0].start(), end=lone[0].end())


def target(text: str) -> Target | None:
    """A target written with a sign or as 目标价, or the lone amount of a 'price watch: X, N, …' frame."""
    found = _SIGN_TARGET.search(text)
    if found is None and _FRAME_START.match(text):
        lone = list(_LONE_AMOUNT.finditer(text))
        found = lone[0] if len(lone) == 1 else None
    if found is None:
        return None
    raw = found.group("amount") or found.groupdict().get("zh") or ""
    return Target(amount=amount_minor(raw), start=found.start(), end=found.end())


# ---- a span said bare ---------------------------------------------------------------------------------

# a span said bare in a terse watch: 'track ps5 slim 3 days alert 3199', 'watch X two weeks 1500'
BARE_SPAN = re.compile(rf"\b(?P<n>{lx.EN_NUMBER}) (?P<unit>days?|weeks?)\b(?! (?:ago|old|late|delivery|shipping))", re.IGNORECASE)


def bare_span_days(text: str) -> int | None:
    """How many days a bare 'N days' or 'N weeks' asks a watch to run."""
    found = BARE_SPAN.search(text)
    n = lx.en_number(found.group("n")) if found else None
    if found is None or n is None:
        return None
    return n * (7 if found.group("unit").lower().startswith("week") else 1)


# ---- how often ---------------------------------------------------------------------------------------

# 'every 4 hrs', 'every 6h', '每四个钟(头)', '每3个小时', '一天查两次', '每天看三次', 'twice a day', '3 times a day'
_EVERY_HOURS = re.compile(rf"\bevery (?P<n>{lx.EN_NUMBER}) ?(?:hrs?|h)\b|每隔?\s*(?P<zh>{lx.ZH_NUMBER})?\s*个?\s*(?:钟头?|小时)",
                          re.IGNORECASE)
_TIMES_A_DAY = re.compile(rf"(?:一天|每天|每日|一日)\s*(?:[看查睇盯刷]|检查)?\s*(?P<zh>{lx.ZH_NUMBER})\s*(?:次|遍)"
                          rf"|\b(?P<n>{lx.EN_NUMBER}|twice|thrice) (?:times )?(?:a|per) day\b", re.IGNORECASE)
# Days between looks, said without 每: '三天看一次', '两天查一遍' (every third, every second day).
DAYS_APART = re.compile(rf"(?<!每)(?<!每隔)(?P<zh>{lx.ZH_NUMBER})\s*天\s*[看查睇盯刷]\s*一?\s*(?:次|遍)")
# 'every thirty minutes', 'every 45 mins', 'every forty five minutes', '每隔30分钟'
_EVERY_MINUTES = re.compile(rf"\bevery (?P<n>{lx.EN_NUMBER}(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?)"
                            rf" ?(?:minutes?|mins?)\b|每隔?\s*(?P<zh>{lx.ZH_NUMBER})\s*分钟", re.IGNORECASE)
# 'every half hour', 'every half an hour', 'half-hourly', '半小时查一次', '每半个钟头'
_HALF_HOUR = re.compile(r"\bevery half (?:an )?hour\b|\bhalf-hourly\b|每?隔?半(?:个)?(?:小时|钟头?)", re.IGNORECASE)
# what is said with an interval and is no part of the product: '看一次价', 'check once'
INTERVAL_WORDS = re.compile(re.sub(r"\?P<\w+>", "?:",
    _HALF_HOUR.pattern + "|" + _EVERY_MINUTES.pattern + "|" + _EVERY_HOURS.pattern + r"(?:\s*[看查睇盯刷]\s*一?\s*(?:次|遍)\s*(?:价格?)?)?|" + _TIMES_A_DAY.pattern
    + r"|\b(?:daily|hourly|once a day|every day)\b"), re.IGNORECASE)


def interval_hours(text: str) -> float | None:
    """How often to look, in hours, when said in hours or times a day; None otherwise."""
    if _HALF_HOUR.search(text):
        return 0.5
    minutes = _EVERY_MINUTES.search(text)
    if minutes:
        n = _minutes(minutes.group("n"), minutes.group("zh"))
        return round(n / 60, 2) if n and 5 <= n <= 24 * 60 else None
    every = _EVERY_HOURS.search(text)
    if every:
        n = _count(every.group("n"), every.group("zh"))
        return float(n) if n and n <= 24 * 7 else None
    apart = DAYS_APART.search(text)
    if apart:
        n = _count(None, apart.group("zh"))
        return float(n * 24) if n and n <= 7 else None
    daily = _TIMES_A_DAY.search(text)
    if daily:
        n = _count(daily.group("n"), daily.group("zh"))
        return round(24 / n, 2) if n and n <= 24 else None
    return None


def _minutes(en: str | None, zh: str | None) -> int | None:
    """'forty five' → 45, '90' → 90, '三十' → 30."""
    if zh:
        return zh_amount(zh)
    words = re.split(r"[ -]", en or "")
    values = [lx.en_number(w) for w in words]
    return sum(v for v in values if v) if all(values) else None


def _count(en: str | None, zh: str | None) -> int | None:
    if en:
        return {"twice": 2, "thrice": 3}.get(en.lower()) or lx.en_number(en)
    return zh_amount(zh) if zh else 1


# ---- a clock said in words ---------------------------------------------------------------------------

_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_MINUTE_WORDS = {"oh five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25,
                 "thirty": 30, "forty": 40, "forty-five": 45, "forty five": 45, "fifty": 50}
# 'by three thirty', 'at four fifteen', 'before five forty-five': an hour word then a minute word
_SPOKEN_CLOCK = re.compile(
    rf"\b(?P<lead>by|at|before|around|for)\s+(?P<h>{'|'.join(_HOUR_WORDS)})\s+"
    rf"(?P<m>{'|'.join(sorted(map(re.escape, _MINUTE_WORDS), key=len, reverse=True))})\b", re.IGNORECASE)


# 'half ten' (10:30, as said in Britain) and 'five pm', 'six o'clock': an hour word the time reader knows in digits
_HALF_PAST = re.compile(rf"\bhalf (?:past )?(?P<h>{'|'.join(_HOUR_WORDS)})\b(?![ -](?:sugar|ice|sweet|cups?|price|off))",
                        re.IGNORECASE)
_WORD_HOUR = re.compile(rf"\b(?P<h>{'|'.join(_HOUR_WORDS)})\s*(?P<s>[ap]\.?m\b\.?|o'?clock\b)", re.IGNORECASE)


def _hour(word: str) -> int:
    return _HOUR_WORDS.index(word.lower()) + 1


def spoken_clock(text: str) -> str:
    """'by three thirty' written as 'by 3:30', 'half ten' as '10:30', 'five pm' as '5 pm'."""
    text = _HALF_PAST.sub(lambda m: f"{_hour(m.group('h'))}:30", text)
    text = _WORD_HOUR.sub(lambda m: f"{_hour(m.group('h'))} {m.group('s')}", text)
    return _SPOKEN_CLOCK.sub(lambda m: f"{m.group('lead')} {_HOUR_WORDS.index(m.group('h').lower()) + 1}:"
                             f"{_MINUTE_WORDS[m.group('m').lower()]:02d}", text)


# ---- a negated choice --------------------------------------------------------------------------------

# 'not HeyTea', 'no Mixue', 'anything but Luckin', '不要喜茶', '别点喜茶', '不是喜茶' (唔要 arrives as 不要)
_NEGATION = re.compile(r"(?:\b(?:not|no|never|anything but|except|without)\s+(?:from\s+)?|(?:不要|别要|别点|不点|不是|不去)\s*)$",
                       re.IGNORECASE)


# Short names a chain goes by besides those the phrase table knows: '要蜜雪' is Mixue.
_SHORT_NAMES = {"蜜雪": "Mixue"}


def chosen_chain(text: str) -> str | None:
    """The chain named without a negation before it: '45 teas — not HeyTea, Mixue' is Mixue."""
    named = []
    for word, name in {**_SHORT_NAMES, **ph.CHAINS}.items():
        pattern = rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word)
        named += [(m.start(), m.end(), name) for m in re.finditer(pattern, text, re.IGNORECASE)]
    kept = [name for start, _, name in sorted(named) if not _NEGATION.search(text[max(0, start - 16):start])]
    refused = {name for start, _, name in named if _NEGATION.search(text[max(0, start - 16):start])}
    kept = [name for name in kept if name not in refused]
    return kept[0] if kept else (None if refused else ph.chain(text))


def without_negated(text: str) -> str:
    """The words without 'not X' where X is a chain: the item is not read from them."""
    for word in ph.CHAINS:
        pattern = rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word)
        text = re.sub(rf"(?:\b(?:not|no|never|anything but|except)\s+(?:from\s+)?|不要|别要|别点|不点|不是)\s*{pattern}",
                      " , ", text, flags=re.IGNORECASE)
    return text


# ---- drink options, wherever they sit ----------------------------------------------------------------

# Sugar in tenths, as tea shops print it: 七分糖 less, 五分糖 half, 三分糖 light, 零分糖/无糖 none.
_TENTHS_SUGAR = re.compile(r"(?P<n>[零〇一二两三四五六七八九十0-9])\s*分\s*(?:糖|甜)")
_TENTHS = {0: "none", 1: "light", 2: "light", 3: "light", 4: "half", 5: "half", 6: "half", 7: "less", 8: "less",
           9: "full", 10: "full"}
OPTION_WORDS = re.compile(
    r"\b(?:(?:no|less|light|half|normal|regular|full|extra|more)[- ](?:ice|sugar|sweet)|sugar[- ]free|unsweetened"
    r"|zero sugar|without ice|iced?-free)\b"
    r"|[零〇一二两三四五六七八九十0-9]\s*分\s*(?:糖|甜)|大杯|超大杯|中杯|小杯|少糖|半糖|无糖|微糖|全糖|正常糖|去糖|不加糖"
    r"|去冰|少冰|多冰|正常冰|常温|热饮|不加冰|不要糖|不放糖|走糖|零糖|少甜|半甜|微甜|正常甜|全甜|走冰|不要冰|不放冰", re.IGNORECASE)


# Sugar said as sweetness or as leaving it out: '少甜' less, '不要糖'/'走糖' (Cantonese) none, '微甜' light.
_SWEETNESS = ((re.compile(r"不要糖|不放糖|走糖|零糖|\bwithout sugar\b|\bno sweet(?:ener)?\b", re.IGNORECASE), "none"),
              (re.compile(r"少甜|少少甜|少啲甜|甜度少"), "less"), (re.compile(r"半甜"), "half"),
              (re.compile(r"微甜|一点点甜"), "light"), (re.compile(r"正常甜|全甜"), "full"))
# Ice left out in Cantonese: '走冰'.
_NO_ICE = re.compile(r"走冰|不要冰|不放冰")


def drink_options(text: str) -> dict[str, str]:
    options = ph.drink_options(text)
    for pattern, value in _SWEETNESS if "sugar" not in options else ():
        if pattern.search(text):
            options["sugar"] = value
            break
    if "ice" not in options and _NO_ICE.search(text):
        options["ice"] = "none"
    tenths = _TENTHS_SUGAR.search(text)
    if tenths and "sugar" not in options:
        n = zh_amount(tenths.group("n")) if not tenths.group("n").isdigit() else int(tenths.group("n"))
        if n is not None and n in _TENTHS:
            options["sugar"] = _TENTHS[n]
    return options


def without_options(item: str) -> str:
    """The drink without option words said next to it: 'boba latte less ice' → 'boba latte'."""
    return " ".join(OPTION_WORDS.sub(" ", item).split())


# ---- punctuation spoken as words -----------------------------------------------------------------------

# Punctuation a dictating shopper says as words: '… milk tea comma less sugar comma office', '二十杯逗号少糖句号'.
_SPOKEN_MARKS = ((re.compile(r"\s*\b(?:comma)\b\s*", re.IGNORECASE), ", "), (re.compile(r"\s*\bfull stop\b\s*", re.IGNORECASE), ". "),
                 (re.compile(r"\s*逗号\s*"), "，"), (re.compile(r"\s*(?:句号|句點|句点)\s*"), "。"),
                 (re.compile(r"\s*顿号\s*"), "、"))


def spoken_punctuation(text: str) -> str:
    """The sentence with punctuation said as words written as marks: 'tea comma office' → 'tea, office'."""
    for pattern, mark in _SPOKEN_MARKS:
        text = pattern.sub(mark, text)
    return text.strip()


# ---- chains spelt as heard ---------------------------------------------------------------------------------

# Chain names long and distinct enough that one letter off is still them: 'tiger shugar', 'starbuks'.
_RESPELT = ("tiger sugar", "starbucks", "tigersugar")


def _one_off(said: str, name: str) -> bool:
    """Whether two spellings differ by one letter added, dropped or changed."""
    if said == name or abs(len(said) - len(name)) > 1:
        return False
    short, long = sorted((said, name), key=len)
    for i, (a, b) in enumerate(zip(short, long)):
        if a != b:
            rest = short[i + 1:] if len(short) == len(long) else short[i:]
            return rest == long[i + 1:]
    return True


def respelt_chains(text: str) -> str:
    """The sentence with a chain's name spelt one letter off written as the chain spells it."""
    for name in _RESPELT:
        size = len(name.split())
        words = re.findall(r"[A-Za-z]+", text)
        for i in range(len(words) - size + 1):
            said = " ".join(words[i:i + size])
            if _one_off(said.lower(), name):
                text = re.sub(rf"\b{re.escape(said)}\b", name, text)
    return text


# Formal, Classical-flavoured wording of a watch and the plain words it stands for: '一旦不逾三百元，即代购一副，为盼'
# is '如果不超过三百元，就买一副'.
_FORMAL = (("不逾", "不超过"), ("一旦", "如果"), ("倘若", "如果"))
_FORMAL_BUY = re.compile(r"即(?:行)?(?:代购|代买|购入|购买|购|买)")  # '即代购一副', '即购入'
_FORMAL_FRAME = re.compile(r"为盼|为荷|兹请|兹需|烦请|敬请|惠予|劳烦")  # '…，为盼': a courtesy, no product


def formal_watch(text: str) -> str:
    """A watch said in formal Chinese, in the plain words the watch reader knows."""
    if not re.search("不逾|一旦|倘若|即(?:行)?(?:代购|代买|购)|为盼|兹请|烦请", text):
        return text
    for formal, plain in _FORMAL:
        text = text.replace(formal, plain)
    return _FORMAL_FRAME.sub("", _FORMAL_BUY.sub("就买", text))
