"""Query understanding for catalogue search: what a shopper's words ask for.

"a phone case for an iPhone 16 under 60 yuan" is not six words that must all appear in a title: it is a
product ("phone case"), a compatibility ("iPhone 16") and a price cap. This module turns such text, English or
Chinese, into content words (function words dropped, Chinese segmented by ``jieba``), recognised attributes
(compatibility, colour, size, capacity, weight, pack size, brand) and a price range. Quantities are
normalised (2L = 2 litre = 2000ml), and products are indexed with the same tokens (``attribute_tokens``), so
an attribute matches whichever way either side wrote it.

An attribute becomes one synthetic full-text token (``xvol2000ml``, ``xforiphone16``): letters and digits
only, so the index's tokenizer keeps it whole and no migration is needed to search it.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from errand.sandbox.merchant.catalog import AA_BATTERIES, BRANDS_ZH, CATEGORIES, COLORS_ZH, NOUNS_ZH, SHOWCASE

_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff]")
_NUM = r"(\d+(?:\.\d+)?)"

STOP_WORDS = frozenset([
    "a", "an", "the", "for", "of", "to", "with", "and", "or", "in", "on", "at", "by", "from", "as", "is", "are",
    "be", "it", "its", "this", "that", "these", "those", "my", "me", "i", "we", "our", "you", "your", "some",
    "any", "please", "pls", "want", "wanna", "need", "needs", "needed", "would", "like", "looking", "look", "find",
    "get", "buy", "order", "purchase", "show", "search", "something", "anything", "one", "two", "three", "pair",
    "pairs", "piece", "pieces", "set", "item", "items", "new", "good", "nice", "best", "great", "cheap",
    "cheapest", "cheaper", "affordable", "decent", "quality", "can", "could", "should", "will", "which", "what",
    "just", "also", "kind", "type", "yuan", "rmb", "cny", "kuai", "price", "priced", "around", "about", "我", "想",
    "要", "买", "购买", "一个", "一", "个", "的", "给", "帮", "帮我", "请", "找", "找找", "一下", "些", "一些", "需要", "有没有", "有", "吗",
    "呢", "吧", "了", "和", "与", "或", "款", "件", "只", "双", "一双", "适用", "适用于", "适合", "用", "用的", "配", "以内", "以下", "便宜",
    "便宜的", "好", "好的", "来", "一款", "一件", "一只", "下", "元", "块", "钱", "左右", "能", "在", "是", "我要", "想要",
])
"""Words that carry no product meaning; never required to match."""

SYNONYMS: dict[str, tuple[str, ...]] = {
    "cover": ("case",), "case": ("cover",), "cellphone": ("phone",), "mobile": ("phone",),
    "smartphone": ("phone",), "earphones": ("earbuds",), "earphone": ("earbuds",), "earbud": ("earbuds",),
    "headset": ("headphones",), "headphone": ("headphones",), "sneakers": ("shoes",), "trainers": ("shoes",),
    "powerbank": ("power bank",), "bin": ("trash",), "garbage": ("trash",), "rubbish": ("trash",),
    "pens": ("pen",), "speakers": ("speaker",), "pan": ("wok",), "skillet": ("pan",), "wifi": ("wi fi",),
    "charging": ("charger",), "notepad": ("notebook",), "kitty": ("cat",), "puppy": ("dog",),
}
"""Other words a shop would use for the same thing; a word matches when any of its forms does."""

ZH_ALIASES: dict[str, str] = {
    "移动电源": "充电宝", "电饭锅": "电饭煲", "不粘锅": "平底锅", "煎锅": "平底锅", "遥控汽车": "遥控车",
    "遥控赛车": "遥控车", "网络摄像头": "摄像头", "拖布": "拖把", "蓝牙耳机": "无线耳机", "插排": "插线板",
    "拖线板": "插线板", "接线板": "插线板", "路由器": "无线路由器", "硬盘": "固态硬盘", "手机套": "手机壳",
    "水杯": "运动水杯", "洗发露": "洗发水", "防晒乳": "防晒霜", "泡面": "方便面", "纸巾": "厨房纸巾",
    "收纳盒": "收纳箱", "跑鞋": "跑步鞋", "狗绳": "牵引绳", "狗窝": "宠物窝", "猫窝": "宠物窝", "饮水器": "饮水机",
    "签字笔": "中性笔", "水笔": "中性笔", "订书器": "订书机", "毛绒公仔": "毛绒玩具", "唇膏": "口红",
    "精华": "精华液", "洁面乳": "洗面奶", "菜板": "砧板", "炸锅": "空气炸锅", "榨汁机": "破壁机", "搅拌机": "破壁机",
    "蒸笼": "蒸锅", "坚果": "每日坚果", "生抽": "酱油", "纯净水": "矿泉水", "饮用水": "矿泉水", "电水壶": "电热水壶",
    "烧水壶": "电热水壶", "热水壶": "电热水壶", "头戴耳机": "头戴式耳机", "音响": "音箱", "条形音箱": "回音壁",
}
"""Other Chinese names shoppers use for the catalogue's products, read as the name the index holds
(``catalog.NOUNS_ZH``): "移动电源" is what the catalogue calls 充电宝. An alias inside a longer catalogue name
("路由器" in 无线路由器) is left alone there."""

MORE_BRANDS_ZH: dict[str, str] = {
    "LEGO": "乐高", "Bandai": "万代", "Mattel": "美泰", "Energizer": "劲量", "Panasonic": "松下", "Philips": "飞利浦",
    "GP": "超霸", "Varta": "瓦尔塔", "Bose": "博士", "Edifier": "漫步者", "Sennheiser": "森海塞尔", "Anker": "安克",
    "Baseus": "倍思", "Ugreen": "绿联", "TP-Link": "普联", "Tefal": "特福", "Zwilling": "双立人",
    "L'Oreal": "欧莱雅", "Shiseido": "资生堂", "Decathlon": "迪卡侬", "Nike": "耐克", "Adidas": "阿迪达斯",
    "Yonex": "尤尼克斯", "Kokuyo": "国誉", "Pilot": "百乐", "Muji": "无印良品", "Comix": "齐心", "Pedigree": "宝路",
    "Whiskas": "伟嘉", "Myfoodie": "麦富迪", "Petkit": "小佩", "Lock&Lock": "乐扣乐扣", "Scotch-Brite": "思高",
}
"""Chinese names of the catalogue's brands that ``catalog.BRANDS_ZH`` (the names indexed with products)
lacks; a query names a brand by either."""

COLORS = {"black": "black", "white": "white", "red": "red", "blue": "blue", "grey": "grey", "gray": "grey",
          "green": "green", "pink": "pink", "clear": "clear", "transparent": "clear",
          "purple": "purple", "yellow": "yellow", "orange": "orange", "brown": "brown", "silver": "silver",
          "gold": "gold", **{zh: en for en, zh in COLORS_ZH.items()}, "黑": "black", "白": "white", "红": "red",
          "蓝": "blue", "紫色": "purple", "黄色": "yellow"}

_VOLUME = {"ml": 1, "毫升": 1, "l": 1000, "litre": 1000, "liter": 1000, "litres": 1000, "liters": 1000, "升": 1000}
_MASS = {"g": 1, "gram": 1, "grams": 1, "克": 1, "kg": 1000, "kilo": 1000, "kilos": 1000, "kilogram": 1000,
         "kilograms": 1000, "公斤": 1000, "千克": 1000, "斤": 500}
_STORAGE = {"gb": 1, "tb": 1000}
_POWER = ("w", "watt", "watts", "瓦")
_UNIT_RE = "|".join(sorted({*_VOLUME, *_MASS, *_STORAGE, "mah", *_POWER}, key=len, reverse=True))
_QUANTITY = re.compile(rf"(?<![\w.]){_NUM}\s?({_UNIT_RE})(?![a-z])")
_DEVICE = re.compile(r"(iphone|galaxy\s?s|pixel|huawei\s?mate|mate|huawei\s?pura|pura|xiaomi|redmi\s?note)"
                     r"\s?(\d{1,2})(\s?pro\s?max|\s?pro|\s?plus|\s?ultra)?(?![a-z0-9])")
# "pack of 12", "12-pack", "12节装", and a count of batteries or pills said with 粒 or 节 ("12粒", "8节").
_PACK = re.compile(r"(?:pack\s+of\s+(\d+))|(?:(\d+)\s?-?\s?(?:pack|pk|pcs|count|ct)\b)|(?:(\d+)\s?[节个只片支包卷]装)"
                   r"|(?:(\d+)\s?[粒节])|(?:(?<![\w.])[x×]\s?(\d+)\b)|(?:(?<![\w.])(\d+)\s?[x×](?![\w]))")
"""A pack's count: "pack of 12", "12-pack", "12节装", "12粒", and a multiple written "x10", "10x" or "×10"."""
_SIZE = re.compile(r"(?:\bsize\s+(\d{2}|xxl|xl|xs|s|m|l)\b)|(?:\beu\s?(\d{2})\b)|(?:(\d{2}|xxl|xl|xs|s|m|l)\s?码)|"
                   r"(?:\b(xxl|xl|xs)\b)|(?:(?<![\w.])(\d{2})\s?cm\b)")
_CAP = r"(?:¥|￥)?\s?" + _NUM + r"\s?(?:yuan|rmb|cny|kuai|元|块钱|块)?"
_PRICE_MAX = re.compile(r"(?:under|below|less\s+than|cheaper\s+than|at\s+most|max(?:imum)?|up\s+to|within|<=?|"
                        r"budget(?:\s+of|\s+is)?|不到|"
                        r"no\s+more\s+than|不超过|低于|少于)\s?" + _CAP + r"|" + _CAP + r"\s?(?:以内|以下|之内|内)")
_PRICE_MIN = re.compile(r"(?:over|above|more\s+than|at\s+least|>=?|高于|超过)\s?" + _CAP)
_SPACES = re.compile(r"\s+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_BATTERY_SIZE = re.compile(r"\b(double|triple)[\s-]a\b")
"""Battery sizes said aloud: "double a" is AA, "triple a" AAA."""
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "fifty": 50,
                 "hundred": 100}
_EN_NUMBER = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b(?=\s*-?\s*(?:" + _UNIT_RE
                        + r"|litres?|liters?|pack|pk|pcs|count)\b|$)|(?<=pack of )(" + "|".join(_NUMBER_WORDS) + r")\b")
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ZH_NUMBER = re.compile(r"([一二两三四五六七八九十])(?=\s?(?:升|公斤|千克|克|毫升|斤|节|粒|个装|只装|片装|支装|包装|卷装|码))")
_SIZE_NUMBER = re.compile(r"(?<!\d)([1-9])(?=\s?号)")
"""A battery size written in digits ("5号电池"): shops write it in Chinese numerals (五号电池)."""
_HEAD_CUT = frozenset(["for", "with", "without", "to", "that", "which", "from", "in", "on", "at", "by"])
"""Words after which an English noun phrase's head has been said ("webcam for zoom calls": webcam)."""


@dataclass
class ParsedQuery:
    """What a search text asks for. ``attributes`` maps a kind ("compatible", "color", ...) to its value."""

    terms: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    brand: str | None = None
    min_price: int | None = None
    max_price: int | None = None
    corrected: dict[str, str] = field(default_factory=dict)  # a misspelt word -> the word it was read as
    head: str | None = None  # the noun the phrase is about ("webcam" in "webcam for zoom calls")
    trailing_number: str | None = None  # a bare number after the product words ("running shoes 43")

    @property
    def empty(self) -> bool:
        return not self.terms and not self.attributes and self.brand is None

    def attribute_token(self, kind: str) -> str:
        return _token(kind, self.attributes[kind])

    def describe(self, kind: str) -> str:
        """An attribute as a shopper would read it ("capacity 2000ml", "for iPhone 16")."""
        value = self.attributes[kind]
        return f"for {value}" if kind == "compatible" else f"{kind} {value}"


def _normalise(text: str) -> str:
    # NFKC folds full-width letters, digits and the ideographic space into their plain forms.
    return unicodedata.normalize("NFKC", text).lower()


def _fmt(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def quantity(value: str) -> tuple[str, str] | None:
    """A measured value normalised: ("volume", "2000ml"), ("weight", "1500g"), ("charge", "20000mah")..."""
    found = _QUANTITY.search(_normalise(value))
    if found is None:
        return None
    amount, unit = float(found.group(1)), found.group(2)
    if unit in _VOLUME:
        return "volume", f"{_fmt(amount * _VOLUME[unit])}ml"
    if unit in _MASS:
        return "weight", f"{_fmt(amount * _MASS[unit])}g"
    if unit in _STORAGE:
        return "storage", f"{_fmt(amount * _STORAGE[unit])}gb"
    return ("charge", f"{_fmt(amount)}mah") if unit == "mah" else ("power", f"{_fmt(amount)}w")  # a unit of _POWER


def _device(raw: str) -> str:
    name = _SPACES.sub(" ", raw.strip())
    name = re.sub(r"(?<=[a-z])(?=\d)", " ", name)
    return name.replace("promax", "pro max")


def _token(kind: str, value: str) -> str:
    return "x" + kind[:5] + re.sub(r"[^0-9a-z]", "", _normalise(value).replace(".", "p"))


def attribute_tokens(attributes: dict[str, str], units_per_pack: int = 1) -> list[str]:
    """The synthetic index tokens for a product's attributes (the query side makes the same ones)."""
    tokens: list[str] = []
    for key, value in attributes.items():
        if key == "compatible":
            tokens.append(_token("compatible", _device(_normalise(value))))
        elif key in ("color", "colour"):
            tokens.append(_token("color", COLORS.get(_normalise(value), value)))
        elif key == "size":
            measured = quantity(value)
            tokens.append(_token("size", value if measured is None else measured[1]))
        elif (measured := quantity(value)) is not None:
            tokens.append(_token(measured[0], measured[1]))
    if units_per_pack > 1:
        tokens.append(_token("pack", str(units_per_pack)))
    return tokens


@functools.cache
def _brands() -> dict[str, str]:
    names = {b for spec in CATEGORIES.values() for b in spec["brands"]}
    names |= {row[0] for row in AA_BATTERIES} | {row[0] for row in SHOWCASE}
    out = {_normalise(name): name for name in names}
    out.update({zh: en for en, zh in {**BRANDS_ZH, **MORE_BRANDS_ZH}.items()})
    return out


@functools.cache
def _brand_pattern() -> re.Pattern[str]:
    # One pass over the text, longest names first ("anker soundcore" before "anker"); Chinese names need no
    # word boundary, Latin ones do ("gp" is not inside "gps").
    names = sorted(_brands(), key=len, reverse=True)
    latin = "|".join(re.escape(n) for n in names if not _CJK.search(n))
    chinese = "|".join(re.escape(n) for n in names if _CJK.search(n))
    return re.compile(rf"(?<!\w)({latin})(?!\w)|({chinese})")


@functools.cache
def _segmenter() -> object:
    import jieba  # type: ignore[import-untyped]  # loaded only when a text holds Chinese (~1 s to start)

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def segment(text: str, *, for_index: bool = False) -> list[str]:
    """Words of ``text``: Chinese runs cut into words by jieba's bundled dictionary, the rest by ``\\w+``.

    For the index, every sub-word as well ("电热水壶" -> 电热, 热水, 水壶, 电热水壶), so a shorter query word
    still finds the longer product name.
    """
    if not _CJK.search(text):
        return _WORD.findall(text)
    jieba = _segmenter()
    pieces = jieba.cut_for_search(text, HMM=False) if for_index else jieba.cut(text, HMM=False)  # type: ignore[attr-defined]
    words = [w for piece in pieces for w in _WORD.findall(piece)]
    if for_index:
        words += [w for w in _WORD.findall(text) if _CJK.search(w) and w not in words]
    return words


@functools.cache
def _alias_pattern() -> re.Pattern[str]:
    # The catalogue's own names are alternatives too, longest first, so "无线路由器" is matched whole and its
    # "路由器" is not read again.
    names = sorted({*ZH_ALIASES, *NOUNS_ZH.values()}, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


def read_aliases(text: str, corrected: dict[str, str]) -> str:
    """``text`` with other Chinese names of a product replaced by the catalogue's ("移动电源" -> 充电宝),
    each replacement recorded in ``corrected``."""
    def swap(found: re.Match[str]) -> str:
        name = found.group(0)
        if name in ZH_ALIASES:
            corrected[name] = ZH_ALIASES[name]
            return " " + ZH_ALIASES[name] + " "
        return name

    return _alias_pattern().sub(swap, text) if _CJK.search(text) else text


_CODE = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{4,}\b")
"""A model code or hyphenated word in a title: "WH-1000XM6", "USB-C", "Non-Stick", "1000XM6"."""
_CODE_PIECE = re.compile(r"[a-z]+\d*|\d+")
"""The letter-led pieces of a code: "1000xm6" -> 1000, xm6."""


def code_tokens(title: str) -> list[str]:
    """Index tokens that let a model code be found however it is written: joined ("wh1000xm6" for
    WH-1000XM6, "nonstick" for Non-Stick) and in pieces ("xm6", "1000")."""
    tokens: list[str] = []
    for code in _CODE.findall(_normalise(title)):
        joined = code.replace("-", "")
        tokens += [joined] if "-" in code else []
        for part in code.split("-"):
            pieces = _CODE_PIECE.findall(part)
            tokens += pieces if len(pieces) > 1 and any(p[0].isalpha() and p[-1].isdigit() for p in pieces) else []
    return list(dict.fromkeys(tokens))


def _head(words: list[str], terms: list[str]) -> str | None:
    # English states its head noun before a preposition or a relative clause ("mop for the kitchen floor",
    # "stapler that works on ..."); a compound ends with it ("remote control car"), and so does Chinese, where
    # a qualifier may follow the product after a space ("面霜 敏感肌"): there the last word that names one of
    # the catalogue's products is the head.
    cut = next((i for i, w in enumerate(words) if w in _HEAD_CUT and i > 0), len(words))
    before = [w for w in words[:cut] if w in terms]
    named = [w for w in before if _CJK.search(w) and w in _zh_names()]
    return named[-1] if named else before[-1] if before else (terms[-1] if terms else None)


@functools.cache
def _zh_names() -> frozenset[str]:
    return frozenset(NOUNS_ZH.values())


def _complete_zh(terms: list[str], corrected: dict[str, str]) -> list[str]:
    """Adjacent Chinese words that together begin exactly one of the catalogue's product names, read as that
    name ("厨房" + "纸" -> 厨房纸巾, "无" + "线路" + "由" -> 无线路由器): a shopper shortens the name, and the
    segmenter then cuts it apart. The longest such run is taken."""
    out: list[str] = []
    i = 0
    while i < len(terms):
        best: tuple[int, str] | None = None
        for j in range(i + 2, len(terms) + 1):
            if not all(_CJK.search(t) for t in terms[i:j]):
                break
            joined = "".join(terms[i:j])
            names = {name for name in _zh_names() if name.startswith(joined)}
            if len(names) == 1 and joined not in _zh_names():
                best = (j, names.pop())
        if best is None:
            out.append(terms[i])
            i += 1
            continue
        corrected[" ".join(terms[i:best[0]])] = best[1]
        out.append(best[1])
        i = best[0]
    return out


def _take(pattern: re.Pattern[str], text: str) -> tuple[list[re.Match[str]], str]:
    found = list(pattern.finditer(text))
    return found, pattern.sub(" ", text)


def parse_query(text: str) -> ParsedQuery:
    """Split ``text`` into content words, attributes, brand and price range (in fen)."""
    parsed = ParsedQuery()
    rest = _normalise(text)
    rest = _THOUSANDS.sub("", rest)  # "10,000 mah": one number
    rest = _BATTERY_SIZE.sub(lambda m: " " + "a" * (2 if m.group(1) == "double" else 3) + " ", rest)
    # Quantities in words become digits where a unit or a pack follows ("two litre", "pack of twelve", "两升");
    # elsewhere a number word is a count of items, not part of the product.
    rest = _EN_NUMBER.sub(lambda m: str(_NUMBER_WORDS[m.group(1) or m.group(2)]), rest)
    rest = _ZH_NUMBER.sub(lambda m: str(_ZH_DIGITS[m.group(1)]), rest)
    rest = _SIZE_NUMBER.sub(lambda m: "一二三四五六七八九"[int(m.group(1)) - 1], rest)
    rest = read_aliases(rest, parsed.corrected)
    found, rest = _take(_DEVICE, rest)  # before prices: "iPhone 16 Pro Max 2-pack" has no cap of 2 yuan
    if found:
        parsed.attributes["compatible"] = _device(found[0].group(0))
    found, rest = _take(_PRICE_MAX, rest)
    if found:
        parsed.max_price = round(float(next(g for g in found[0].groups() if g)) * 100)
    found, rest = _take(_PRICE_MIN, rest)
    if found:
        parsed.min_price = round(float(found[0].group(1)) * 100)
    found, rest = _take(_PACK, rest)
    if found:
        parsed.attributes["pack"] = next(g for g in found[0].groups() if g)
    found, rest = _take(_SIZE, rest)
    if found:
        value = next(g for g in found[0].groups() if g)
        parsed.attributes["size"] = value + ("cm" if found[0].group(0).rstrip().endswith("cm") else "")
    for match in _QUANTITY.finditer(rest):
        measured = quantity(match.group(0))
        if measured is not None:
            parsed.attributes[measured[0]] = measured[1]
    rest = _QUANTITY.sub(" ", rest)
    brand = _brand_pattern().search(rest)
    if brand is not None:
        parsed.brand = _brands()[brand.group(1) or brand.group(2)]
        rest = rest[:brand.start()] + " " + rest[brand.end():]
    words = segment(rest)
    for word in words:
        if word in COLORS and "color" not in parsed.attributes:
            parsed.attributes["color"] = COLORS[word]
        elif word.isdigit() and len(word) <= 2 or word in _NUMBER_WORDS:
            # "2 phone cases": a quantity, which the errand carries; 18650 or CR2032 stay words. A number after
            # the product's words may be its size instead ("running shoes 43"): the search decides by the
            # catalogue (``readings.read_trailing_number``), so it is never dropped unread.
            if word.isdigit() and parsed.terms and word is words[-1]:
                parsed.trailing_number = word
            continue
        elif word not in STOP_WORDS and word not in parsed.terms:
            parsed.terms.append(word)
    parsed.terms = _complete_zh(parsed.terms, parsed.corrected)
    parsed.head = _head([parsed.corrected.get(w, w) for w in words], parsed.terms)
    return parsed


def term_expression(term: str) -> str:
    """One content word and its synonyms as an FTS5 group; every form quoted, so no input is FTS syntax."""
    forms = [term, *SYNONYMS.get(term, ())]
    quoted = ['"' + " ".join(_WORD.findall(form)).replace('"', "") + '"' for form in forms if _WORD.search(form)]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(dict.fromkeys(quoted)) + ")"


def brand_expression(brand: str) -> str:
    return 'brand : "' + " ".join(_WORD.findall(_normalise(brand))) + '"'


__all__ = ["MORE_BRANDS_ZH", "STOP_WORDS", "SYNONYMS", "ZH_ALIASES", "ParsedQuery", "attribute_tokens",
           "brand_expression", "code_tokens", "parse_query", "quantity", "read_aliases", "segment", "term_expression"]
