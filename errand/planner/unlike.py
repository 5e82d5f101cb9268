"""Whether a return sentence names another product than the order holds: another model code ('the XM4' for a
WH-1000XM5), another battery size ('triple A', 七号 for AA), another shoe size ('a 44' for Size 42), another
capacity ('1.5L' for 1.7L) or another brand ('a Philips kettle' in a Midea order; '不是南孚' said of Nanfu).

Read against the titles of the order being returned, so it says 'wrong item' by meaning rather than by a
keyword. Pure functions over text and titles.
"""

from __future__ import annotations

import re

from . import phrases as ph

# Brands a shopper may name beyond the glossary's: sports, batteries, audio, kitchen.
_MORE_BRANDS = ("anta", "xtep", "peak", "361", "puma", "asics", "new balance", "skechers", "duracell", "energizer",
                "panasonic", "gp", "bose", "sennheiser", "jbl", "beats", "airpods", "tefal", "supor", "russell hobbs",
                "morphy richards", "deli", "lenovo", "samsung", "oppo", "vivo")
_ZH_BRANDS = {"安踏": "anta", "特步": "xtep", "匹克": "peak", "双鹿": "双鹿", "金霸王": "duracell", "劲量": "energizer",
              "松下": "panasonic", "苏泊尔": "supor", "博世": "bosch", "三星": "samsung", "联想": "lenovo"}
_BRANDS = sorted({v.lower() for v in ph.GLOSSARY.values() if v[:1].isupper()} | set(_MORE_BRANDS), key=len, reverse=True)
_NEGATED = re.compile(r"(?:\bnot(?: the| a| an)?|\bisn'?t(?: the| a| an)?|\baren'?t|不是|不系|唔系|并非|而不是)$")

# Battery sizes: AA is 5号 and 'double A', AAA is 7号 and 'triple A'.
_AAA = re.compile(r"\b(?:aaa|triple[- ]a)\b|(?:7|七)号(?=电池|的)", re.IGNORECASE)
_AA = re.compile(r"\b(?:aa|double[- ]a)\b|(?:5|五)号(?=电池|的)", re.IGNORECASE)
# A shoe or clothing size: 'size 40', 'a 44', 'EU 41', '40码', '四十码'.
_SIZE = re.compile(r"\b(?:size|a|an|eu|us|uk|in)\s+(\d{2})\b(?!\s*(?:%|yuan|rmb|kuai|pack|days?|hours?|minutes?|pieces?))"
                   r"|(\d{2})\s*(?:码|號|号码)", re.IGNORECASE)
_TITLE_SIZE = re.compile(r"\bsize\s+(\d{2})\b", re.IGNORECASE)
# A capacity: '1.5L', '1.5 litre', '2升'.
_VOLUME = re.compile(r"(\d+(?:\.\d+)?)\s*(?:l|litres?|liters?|升)\b|(\d+(?:\.\d+)?)\s*升", re.IGNORECASE)


def _codes(text: str) -> set[str]:
    return {w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z0-9]+", text)
            if re.search(r"\d", w) and re.search(r"[A-Za-z]", w) and len(w) >= 3}


def _other_code(text: str, titles: str) -> bool:
    """A model code said with the same letters as one in the titles and other digits: XM4 against WH-1000XM5."""
    said = _codes(ph.ORDER_ID.sub(" ", text))
    held = _codes(titles)
    for word in said:
        if any(code.endswith(word) for code in held):
            continue
        shape = re.sub(r"\d", "#", word)
        if any(re.sub(r"\d", "#", code[-len(word):]) == shape for code in held if len(code) >= len(word)):
            return True
    return False


def _other_battery(text: str, titles: str) -> bool:
    said_aaa, said_aa = bool(_AAA.search(text)), bool(_AA.search(_AAA.sub(" ", text)))
    held_aaa, held_aa = bool(_AAA.search(titles)), bool(_AA.search(_AAA.sub(" ", titles)))
    return said_aaa and held_aa and not held_aaa or said_aa and held_aaa and not held_aa and not said_aaa


def _other_size(text: str, titles: str) -> bool:
    held = {int(n) for n in _TITLE_SIZE.findall(titles)}
    said = {int(a or b) for a, b in _SIZE.findall(text)}
    return bool(held) and any(30 <= n <= 50 and n not in held for n in said)


def _other_volume(text: str, titles: str) -> bool:
    held = {float(a or b) for a, b in _VOLUME.findall(titles)}
    said = {float(a or b) for a, b in _VOLUME.findall(text)}
    return bool(held) and any(n not in held for n in said)


def _other_brand(text: str, titles: str) -> bool:
    """A brand said that the order does not hold, or the order's own brand said to be missing ('不是南孚')."""
    lower = ph.translate(text).lower()
    for zh, en in _ZH_BRANDS.items():
        lower = lower.replace(zh, f" {en} ")
    held = titles.lower()
    for brand in _BRANDS:
        for found in re.finditer(rf"(?<![\w-]){re.escape(brand)}(?![\w-])", lower):
            negated = _NEGATED.search(lower[:found.start()].rstrip())
            if (brand in held) == bool(negated):
                return True
    return False


def other_than_ordered(text: str, titles: list[str]) -> bool:
    """The sentence names a product other than the one the titles describe."""
    joined = " ".join(titles)
    return any(check(text, joined) for check in (_other_code, _other_battery, _other_size, _other_volume,
                                                  _other_brand))
