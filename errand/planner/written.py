"""How a purchase is written rather than what it says: fields joined by slashes ('buy / dish soap / 3 / home'),
counts in Roman numerals ('buy III tubes', 'x IV') or full-width digits ('３'), emoticons and kaomoji beside the
request ('(｡•́︿•̀｡)', '^o^', ':)'), American counts ('a six-pack of', "a baker's dozen"), and the formal,
Classical-flavoured Chinese of a letter ('烦请代购…，惠予送至家中，为盼'). Each is rewritten as the plain
sentence the slots already read; product words and numbers are left as they were.

It reads only the text of a sentence, for the purchase reader and for routing a sentence to it.
"""

from __future__ import annotations

import itertools
import re

# Full-width digits: '买３包' → '买3包'.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")

# Kaomoji in brackets, made of symbols rather than words: '(｡•́︿•̀｡)', '(￣▽￣)ノ', '(>_<)', '(^_^)'.
_KAOMOJI = re.compile(r"[(（][^()（）\w\s,，。]{0,3}[^\w\s()（）,，][^()（）\w]{0,8}[)）][ノﾉ/\\ｖv]?")
# Emoticons without brackets: '^o^', '^_^', '>_<', 'T_T', 'QAQ', ':)', ':-D', ';)', 'XD' (a word's letters are kept).
_EMOTICON = re.compile(r"(?<![\w^])(?:\^[o_\-.]?\^|>_<|T_T|QAQ|QwQ|orz|XD|[:;]-?[)(DPp](?![\w]))(?![\w^])")

# A sentence of fields joined by slashes, three or more: 'sunscreen/2/under 90 each' (not 'km/h', '24/7').
_SLASH = re.compile(r"\s*[/／]\s*")
# A field that is only a count: '3', '4卷', 'x2'.
_COUNT_FIELD = re.compile(r"^(?:[x×]\s*)?\d+\s*(?:[\u4e00-\u9fff]|pcs|pieces|packs?|boxes|bottles|rolls|units)?$", re.IGNORECASE)
# A field of one plain word that is no place, cap or count: a kind of the product ('mouse / wireless' → 'wireless
# mouse').
_KIND_FIELD = re.compile(r"^(?!(?:home|office|work|house|flat|asap|today|tomorrow|cheap|each|any)$)[a-z][a-z-]{2,}$")
# '每卷20内': within an amount, said short.
_ZH_WITHIN = re.compile(r"(?<=\d)内(?=\s*$)")
_VERB_FIELD = re.compile(r"^(?:buy|get|order|purchase|买|购买)$", re.IGNORECASE)

# A count in Roman numerals after a verb or an 'x': 'buy III tubes', 'x IV' (capitals only; not 'V' or 'X' alone,
# which name sizes and models).
_ROMAN = {"II": 2, "III": 3, "IV": 4, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "XI": 11, "XII": 12}
_ROMAN_COUNT = re.compile(r"(?i:(?<=\bbuy )|(?<=\bget )|(?<=\border )|(?<=\bpurchase )|(?<=\bsnag )|(?<=\bgrab )"
                          r"|(?<= x )|(?<=×)|(?<=× ))(?P<n>XII|XI|IX|VIII|VII|VI|IV|III|II)\b")

# American counts: 'a six-pack of ginger ale' → '6 ginger ale', "a baker's dozen bagels" → '13 bagels'.
_AMERICAN = ((re.compile(r"\b(?:a |one )?baker'?s dozen(?: of)?\b", re.IGNORECASE), "13"),
             (re.compile(r"\b(?:a |one )?six-?pack of\b", re.IGNORECASE), "6"),
             (re.compile(r"\b(?:a |one )?twelve-?pack of\b", re.IGNORECASE), "12"))

# Formal Chinese: a polite opening ('烦请', '敬请', '恳请', '谨请'), a trade verb of buying ('代购', '购置', '代为采购',
# '购'), a courtesy closing ('为盼', '为荷', '不胜感激'), 'kindly send' ('惠予送至', '惠寄') and 'not above' ('不逾').
_ZH_FORMAL = (
    # '，烦请代为采购' after the product was named: the request itself, said last
    (re.compile(r"[，,]\s*(?:烦请|敬请|恳请|谨请|请)?(?:代为|代)?(?:采购|购置|购买|代购)(?=[，,。]|$)"), ""),
    (re.compile(r"^\s*兹(?:需|需要|拟)"), "买"),
    (re.compile(r"(?:烦请|敬请|恳请|谨请|劳驾)"), ""),
    (re.compile(r"(?:代为|代)(?:采购|购买|购置)|代购|购置|采购|(?<![\u4e00-\u9fff])购(?=[\u4e00-\u9fff])"), "买"),
    (re.compile(r"[，,]?\s*(?:为盼|为荷|为感|不胜感激|感激不尽|万分感谢)[。.！!]*\s*$"), ""),
    (re.compile(r"(?:惠予|惠)?(?:送|寄)(?:至|到)?家中"), "送到家里"),
    (re.compile(r"(?:惠予|惠)(?=送|寄)"), ""),
    (re.compile(r"(?:送|寄)至"), "送到"),
    (re.compile(r"不逾"), "不超过"),
)
# '电热毯一床', '宣纸五刀': measure words of a letter that count bedding and paper.
_ZH_OLD_MEASURE = re.compile(r"(?<=[一二两三四五六七八九十\d])(?:床|刀)(?![\u4e00-\u9fff]{2})")


def _emoticons(text: str) -> str:
    """``text`` without kaomoji and emoticons."""
    return " ".join(_EMOTICON.sub(" ", _KAOMOJI.sub(" ", text)).split())


def _slashed(text: str) -> str:
    """'buy / dish soap / 3 / home' → 'buy 3 dish soap, home'; a sentence with fewer than three fields as it was."""
    fields = [f for f in _SLASH.split(text) if f]
    if len(fields) < 3 or any(re.fullmatch(r"\d+", a) and re.fullmatch(r"\d+", b) for a, b in itertools.pairwise(fields)):
        return text
    verb = fields.pop(0) if _VERB_FIELD.match(fields[0]) else ""
    counts = [f for f in fields if _COUNT_FIELD.match(f)]
    if len(counts) != 1:
        return text
    rest = [f for f in fields if f is not counts[0]]
    if re.search(r"[\u4e00-\u9fff]", text):
        return f"{verb or '买'}{rest[0]}{counts[0]}，" + "，".join(_ZH_WITHIN.sub("以内", f) for f in rest[1:])
    count = re.sub(r"^[x×]\s*", "", counts[0])
    kinds = [f for f in rest[1:] if _KIND_FIELD.match(f)]
    product = " ".join([*kinds, rest[0]])
    return f"{verb or 'buy'} {count} {product}" + "".join(f", {f}" for f in rest[1:] if f not in kinds)


def _roman(text: str) -> str:
    """'buy III tubes' → 'buy 3 tubes'."""
    return _ROMAN_COUNT.sub(lambda m: str(_ROMAN[m.group("n")]), text)


def formal_zh(text: str) -> str:
    """Formal Chinese said plainly: '烦请代购电热毯一床，惠予送至家中，为盼。' → '买电热毯一个，送到家里'."""
    for pattern, said in _ZH_FORMAL:
        text = pattern.sub(said, text)
    return _ZH_OLD_MEASURE.sub("个", text)


def plain(text: str) -> str:
    """``text`` with its notation said plainly (slashes, Roman and full-width counts, emoticons, American counts)."""
    text = _emoticons(text.translate(_FULL_WIDTH))
    for pattern, said in _AMERICAN:
        text = pattern.sub(said, text)
    return _roman(_slashed(text))
