"""Words the offline planner reads: numbers (digits, English and Chinese words) and money (dates and times
are in ``times``).

Pure functions over text; every reader returns ``None`` when it does not find what it looks for, so the
planner can ask instead of guessing.
"""

from __future__ import annotations

import re

from errand.domain.money import parse_major

from . import en_packs as ep
from . import formats as fm
from . import pinyin_words as pw
from . import placed_said as ps
from . import registers as rg
from . import spans_said as ss
from . import time_words as tw
from . import watch_lead as wl
from . import watch_said as ws

EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a dozen": 12, "a couple of": 2, "a pair of": 2, "a hundred": 100, "one hundred": 100,
}
_EN_NUMBER_WORD = "|".join(sorted((re.escape(w) for w in EN_NUMBERS if w not in ("a", "an")), key=len,
                                  reverse=True))
EN_NUMBER = rf"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty) (?:hundred|thousand)|\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|{_EN_NUMBER_WORD})"

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}
ZH_NUMBER = r"[零〇一二两三四五六七八九十百千\d]+"


# Shorthand and common misspellings of the words the planner reads, written out: 'tmrw' → 'tomorrow'.
_SHORTHAND = {
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
    "tomoz": "tomorrow", "tommorow": "tomorrow", "tomorow": "tomorrow", "tonite": "tonight", "2nite": "tonight",
    "pls": "please", "plz": "please", "plese": "please", "pleae": "please", "pleas": "please", "thx": "thanks",
    "u": "you", "ur": "your", "wanna": "want to", "gonna": "going to", "wont": "won't",
    "cant": "can't", "dont": "don't", "doesnt": "doesn't", "isnt": "isn't", "im": "I'm", "ive": "I've",
    "recieve": "receive", "delivr": "deliver", "deliever": "deliver", "ordr": "order", "byu": "buy",
    "wendesday": "wednesday", "wensday": "wednesday", "thurs": "thursday", "tues": "tuesday",
    "lemme": "let me", "whens": "when's", "wheres": "where's", "chk": "check", "chek": "check", "pkg": "package",
    "reskedule": "reschedule", "orde": "order", "oder": "order", "odrer": "order", "reshedule": "reschedule", "resched": "reschedule",
}
_SHORTHAND_WORD = re.compile(r"(?<![\w'-])(" + "|".join(sorted(map(re.escape, _SHORTHAND), key=len, reverse=True))
                             + r")(?![\w'-])", re.IGNORECASE)


# The words the planner's rules key on, for mending a typo one letter away ('pakage', 'reskedule', 'refnd').
_KEY_WORDS = ("package", "parcel", "delivery", "deliver", "reschedule", "refund", "return", "headphones", "arriving",
              "tomorrow", "cheaper", "purchase", "shipping", "tracking", "monitor", "notify", "schedule")
# Real words one edit from a key word, never mended: 'shopping' is not a misspelt 'shipping'.
_REAL_WORDS = frozenset({"shopping", "sipping", "chopping", "tracing"})
# Dictation splitting one word in two: 'to morrow', 're turn', 'for ty'.
_SPLIT_WORDS = re.compile(r"\b(to|re|for|six|seven|eigh|nine) (morrow|turn|fund|schedule|ty)\b", re.IGNORECASE)
_JOINED = {"tomorrow", "return", "refund", "reschedule", "forty", "sixty", "seventy", "eighty", "ninety"}


def _mend(word: str) -> str:
    """``word`` or the key word it is one edit (or one swap) away from; words of five letters or more only."""
    lower = word.lower()
    if len(lower) < 5 or lower in _KEY_WORDS or lower in _REAL_WORDS:
        return word
    for key in _KEY_WORDS:
        if abs(len(key) - len(lower)) <= 1 and key[0] == lower[0] and _one_edit(lower, key) \
                and not key.startswith(lower) and not lower.startswith(key):
            return key
    return word


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


# 'by' where 'buy' was meant (a phone's autocorrect): said where a request's verb goes, before what is bought.
_BY_FOR_BUY = re.compile(r"(?:(?<=^)|(?<=\bplease )|(?<=\byou )|(?<=\bto )|(?<=\bi )|(?<=\bwe ))by(?= (?:me |us )?(?:a|an|some|the"
                         r"|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b)", re.IGNORECASE)


# 'were is my parcel', 'wher is it': a question's first word a letter off 'where', before is/are.
_WHERE_TYPO = re.compile(r"^(?:were|wher|whre|wehre|wheer)(?= (?:is|are|r|'s)\b)", re.IGNORECASE)


# Pictures in a message (emoji and other symbols) say nothing the slots read.
_SYMBOLS = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")


# Emoji said as the name of an everyday thing in an English sentence ('🐱 food x6' → 'cat food x6'). Drinks,
# food to order and anything else stay symbols and are dropped.
_EMOJI_WORDS = {"🐱": "cat", "🐈": "cat", "🐶": "dog", "🐕": "dog", "🔋": "batteries", "☂": "umbrella", "🌂": "umbrella",
                "☔": "umbrella", "🧻": "toilet paper", "🥛": "milk", "🥚": "eggs", "🍌": "bananas", "🍎": "apples",
                "🍞": "bread", "🧦": "socks", "💡": "light bulb", "🧽": "sponges", "🧴": "lotion", "🪥": "toothbrush",
                "🧼": "soap", "🕯": "candles", "🖊": "pens", "✏": "pencils", "📓": "notebook", "🧤": "gloves",
                "🏠": "home", "🏡": "home", "🏢": "office"}  # a place drawn: '→ 🏠', '🏢 ← 2 × …'
_EMOJI = re.compile("(" + "|".join(_EMOJI_WORDS) + r")\uFE0F?\s*"
                    # what the thing's word goes after: a model in capitals ('🔋 AAA'), or a count ('☂️ one')
                    r"(?P<after>[A-Z][A-Z\d-]*\b|(?:one|two|three|four|five|six|\d+)\b(?=\s*[,;]))?")


def _emoji_word(match: re.Match[str], text: str) -> str:
    """The thing's word where the emoji stood; nothing when the sentence names it already ('cat treats 🐱')."""
    word = _EMOJI_WORDS[match.group(1)]
    after = match.group("after") or ""
    if re.search(rf"\b{word.split()[0].rstrip('s')}", text, re.IGNORECASE):
        return f"{after} "
    return f"{after} {word}" if after else f"{word} "


# Buying said in pinyin before a count and a classifier: 'mai yi ge 保温杯' → '买一个 保温杯', 'mai 2 bao' → '买2包'.
_PINYIN_NUMBER = {"yi": "一", "liang": "两", "san": "三", "si": "四", "wu": "五", "liu": "六", "qi": "七", "ba": "八",
                  "jiu": "九", "shi": "十"}
_PINYIN_MEASURE = {"ge": "个", "bao": "包", "he": "盒", "ping": "瓶", "tai": "台", "zhi": "只", "dai": "袋",
                   "xiang": "箱", "jian": "件", "shuang": "双", "tao": "套", "tong": "桶", "guan": "罐", "ba": "把"}
_PINYIN_BUY = re.compile(r"(?<![A-Za-z])(?:bang ?wo )?mai\s*(?P<n>" + "|".join(_PINYIN_NUMBER) + r"|\d{1,3})\s*(?P<m>"
                         + "|".join(_PINYIN_MEASURE) + r")\b", re.IGNORECASE)


def _pinyin_buy(match: re.Match[str]) -> str:
    number = match.group("n").lower()
    return f"买{_PINYIN_NUMBER.get(number, number)}{_PINYIN_MEASURE[match.group('m').lower()]} "


def normalise(text: str) -> str:
    """Shorthand written out ('pls deliver tmrw' → 'please deliver tomorrow'), a key word's typo mended
    ('pakage' → 'package') and a word dictation split in two joined ('to morrow'); everything else as it was."""
    if not re.search(r"[\u4e00-\u9fff]", text) and re.search(r"[A-Za-z]{2}|\d", text):
        text = _EMOJI.sub(lambda m: _emoji_word(m, text), text)
    text = " ".join(_SYMBOLS.sub(" ", _PINYIN_BUY.sub(_pinyin_buy, pw.plain(text))).split())  # 今天晚上7点 typed
    text = _SHORTHAND_WORD.sub(lambda m: _SHORTHAND[m.group(1).lower()], text)
    text = _BY_FOR_BUY.sub("buy", text)
    text = _WHERE_TYPO.sub("where", text)
    text = _SPLIT_WORDS.sub(lambda m: m.group(1) + m.group(2) if (m.group(1) + m.group(2)).lower() in _JOINED
                            else m.group(0), text)
    text = ps.plain(text)  # 'chore: move ord_b2 delivery -> 2026-11-25', 'resked', 电吃 for 电池, 'ord_b2改周四'
    text = ws.plain(re.sub(r"[A-Za-z]{5,}", lambda m: _mend(m.group(0)), text))  # 'when less of 500 you buy one'
    text = wl.lookout(text)  # 'keep an eye out for the …' watches as 'keep an eye on the …' does
    text = ss.often(tw.plain(text))  # 'twenty to four', '4.15pm', '明儿清早', '11月廿五下午'; 'twice weekly', 一天看三回
    # '25/11', '11.26 2pm', '1400h', 'RMB 1,299.00': as the readers read them; what each pack holds ('boxes of 24 crayons')
    return ep.read(fm.plain(rg.dotted_dates(text)))


def check_interval(text: str) -> float | None:
    """How often a watch looks, in hours: 'every 12 hours', 'daily', 'twice a day', '每天看一次', '每6小时'."""
    lower = text.lower()
    every = re.search(rf"\bevery (?P<n>{EN_NUMBER}) (?P<unit>hours?|days?)\b|每(?P<zh>{ZH_NUMBER})?个?(?P<zunit>小时|天)",
                      lower)
    if every:
        raw = every.group("n") or every.group("zh")
        n = (en_number(raw) if every.group("n") else zh_number(raw)) if raw else 1
        if n is None:
            return None
        return float(min(n * (24 if (every.group("unit") or every.group("zunit") or "").startswith(("day", "天"))
                              else 1), 168))
    if re.search(r"\b(?:hourly|every hour)\b", lower):
        return 1.0
    if re.search(r"\btwice a day\b|一天两次", lower):
        return 12.0
    if re.search(r"\b(?:daily|once a day|every day|each day)\b|一天一次", lower):
        return 24.0
    if re.search(r"\b(?:weekly|once a week|every week)\b", lower):
        return 168.0
    return None


def en_number(text: str) -> int | None:
    """'forty' → 40, 'twenty-five' → 25, '1,000' → 1000, 'a dozen' → 12, 'two thousand' → 2000,
    'three hundred and fifty' → 350: words read as a number is said, hundreds and thousands multiplying."""
    word = " ".join(text.lower().replace("-", " ").split())
    if re.fullmatch(r"\d[\d,]*", word):
        return int(word.replace(",", ""))
    if word in EN_NUMBERS:
        return EN_NUMBERS[word]
    total, current, seen = 0, 0, False
    for part in word.split(" "):
        if part == "and" and seen:
            continue
        if part == "thousand" and seen:
            total, current = total + (current or 1) * 1000, 0
        elif part == "hundred" and seen:
            current = (current or 1) * 100
        elif part in EN_NUMBERS and part not in ("a", "an") and " " not in part and (current % 10 == 0 or current >= 100):
            value = EN_NUMBERS[part]
            if current and current % 100 and value >= 10 or current and value >= 100:
                return None
            current, seen = current + value, True
        else:
            return None
    return total + current if seen else None


def zh_number(text: str) -> int | None:
    """'四十' → 40, '两' → 2, '十二' → 12, '一百二十' → 120, '30' → 30; a last digit straight after a
    hundred or thousand counts the next place down, as it is said: '一千五' → 1500, '三百五' → 350."""
    if text.isdigit():
        return int(text)
    total, current, last_unit = 0, 0, 0
    for char in text:
        if char in _ZH_DIGITS:
            current = _ZH_DIGITS[char]
            if char in "零〇":
                last_unit = 0
        elif char in "十百千万":
            unit = {"十": 10, "百": 100, "千": 1000, "万": 10000}[char]
            total = (total + (current or 1)) * unit if unit == 10000 else total + (current or 1) * unit
            current, last_unit = 0, unit
        else:
            return None
    if current and last_unit >= 100 and text[-2] not in "零〇":
        current *= last_unit // 10
    return total + current if text else None


def any_number(text: str) -> int | None:
    return en_number(text) if re.search(r"[a-z\d]", text, re.IGNORECASE) and not re.search(
        r"[\u4e00-\u9fff]", text) else zh_number(text)


# ---- money -------------------------------------------------------------------------------------------

_CUR = r"(?:¥|￥|rmb\s*|cny\s*)"
_CAP_WORDS = (r"under|below|less than|no more than|not more than|at most|max(?:imum)?|up to|within|budget(?: of)?"
              r"|cheaper than|for")
EN_CAP = re.compile(
    rf"\b(?:{_CAP_WORDS})\s+(?:{_CUR})?(?P<amount>\d[\d,]*(?:\.\d+)?)\s*(?:k\b)?\s*(?:yuan|rmb|cny|元|块)?"
    r"(?P<total>\s*\b(?:in total|total|altogether|all in|for all|overall))?"
    r"(?P<each>\s*\b(?:each|apiece|per (?:cup|item|pack|unit|piece|one)|a (?:cup|pack|piece)))?",
    re.IGNORECASE,
)
ZH_CAP = re.compile(
    rf"(?:总共|一共|总价)?(?P<word>不超过|不要超过|别超过|不能超过|不高于|低于|少于|最多|预算)?\s*(?:是|在|一共|总共)?\s*(?P<cur>{_CUR})?"
    rf"(?P<amount>\d[\d,]*(?:\.\d+)?|{ZH_NUMBER})(?P<unit>\s*(?:元|块钱|块|rmb))?\s*(?P<within>以内|以下|之内|内|封顶|顶天|到顶)?"  # '300封顶': 300 at most
    r"(?P<each>\s*(?:一杯|每杯|每个|一个|每包|一包))?",
)


def zh_cap(text: str) -> re.Match[str] | None:
    """The first amount said as a cap: with a cap word ('预算150', '不超过五百'), a currency ('150元以内') or
    'within' ('300以内'); a bare number is a count or a size, and 'about 200' ('二百块左右') a guess, not a cap."""
    for match in ZH_CAP.finditer(text):
        within = match.group("within")
        if re.match(r"\s*(?:左右|上下)", text[match.end():]):
            continue  # '二百块左右' is about what it costs, not the most it may
        if _counts_pieces(text, match):
            continue  # '香皂四块', '桌布两块，格子的': 块 counting a thing glued to its name
        if match.group("word") or match.group("cur") or match.group("unit") or within and within != "内":
            return match
    return None


def _counts_pieces(text: str, match: re.Match[str]) -> bool:
    """A bare 'N块' (a few) right after a product's name, ending its clause, with no count said before it, counts
    pieces (soap, wax, cloth), not yuan ('台灯五十块', '买个台灯十块' are prices)."""
    if match.group("word") or match.group("cur") or match.group("within") or match.group("each") \
            or (match.group("unit") or "").strip() != "块" or not 1 <= (zh_number(match.group("amount")) or 0) <= 12:
        return False
    before, after = text[: match.start()], text[match.end():]
    if re.search(r"(?:^|[买来要整]|[零一二两三四五六七八九十百\d])[个只件台把支瓶盒包袋双套条张本副顶]", before):
        return False
    # '买四块香皂' (a thing named right after 块), '地毯，买一块' (the verb, then only the count): pieces
    if re.search(r"[买来要补换添]$", before) and (re.match(r"[\u4e00-\u9fff]{2}", after) and not re.match(
            r"[钱以之左上多一每的内起封顶到买来要给帮送寄能就吧呢啊零二两三四五六七八九十百千]", after) or re.match(r"\s*(?:[，,。！!；;]|$)", after)):
        return True
    return bool(re.search(r"[\u4e00-\u9fff]{2}$", before) and not re.search(r"[是在花价钱要到过于为计值卖才就都共约付]$", before)
                and re.match(r"\s*(?:[，,。！!；;]|$)", after))


ZH_TARGET = re.compile(rf"(?:降到|跌到|低于|降至)\s*(?:{_CUR})?(?P<amount>\d[\d,]*(?:\.\d+)?|{ZH_NUMBER})\s*(?:元|块)?")


def amount_minor(raw: str) -> int | None:
    """Major-unit text ('1,999', '39.9', '四十') to minor units; None when unreadable or not positive."""
    raw = raw.strip()
    try:
        value = parse_major(raw) if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", raw) else None
    except ValueError:
        return None
    if value is None:
        number = en_number(raw) if re.search(r"[a-z]", raw, re.IGNORECASE) else zh_number(raw)
        value = number * 100 if number is not None else _yuan_and_cents(raw)
    return value if value and value > 0 else None


# A price said as two numbers, yuan then cents: 'ninety-nine ninety' (99.90), 'twelve fifty' (12.50); after a
# single digit, hundreds then tens: 'one fifty' (150), 'two ninety-nine' (299).
_YUAN_CENTS = re.compile(r"^(?P<yuan>.+?)[\s-]+(?P<cents>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
                         r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two"
                         r"|three|four|five|six|seven|eight|nine))?)$", re.IGNORECASE)


def _yuan_and_cents(raw: str) -> int | None:
    match = _YUAN_CENTS.match(raw.strip())
    if match is None:
        return None
    yuan, cents = en_number(match.group("yuan")), en_number(match.group("cents"))
    if yuan is not None and cents is not None and 1 <= yuan <= 9 and " " not in match.group("yuan").strip():
        return (yuan * 100 + cents) * 100  # 'one fifty', 'two ninety-nine': hundreds said as a shop says them
    return yuan * 100 + cents if yuan is not None and cents is not None and cents < 100 else None
