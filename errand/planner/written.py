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

from . import lexicon as lx
from . import slots as sl

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


# Korean loanwords said as interjections at the start: 'aigoo', 'omo', 'daebak', 'jinjja', 'heol'.
_KOREAN = re.compile(r"^\s*(?:aigo+|aigoo+|omo+|daebak|jinjja|heol|assa|hwaiting)\b\s*[,!.~]*\s*", re.IGNORECASE)
# A remark that the thing ran out, then its count: 'my sheet masks ran out, 3 boxes' → 'sheet masks, 3 boxes'.
_RAN_OUT = re.compile(r"^\s*(?:my|our|the)\s+(?P<what>[a-z][a-z -]{1,40}?)\s+(?:ran out|have run out|has run out|are out"
                      r"|is out|are finished|is finished|are used up|is used up|are all gone|is all gone|are gone|is gone)"
                      r"(?:\s+(?:again|already))?\s*(?=[,;]\s*(?:\d|a |an |one|two|three|four|five|six))", re.IGNORECASE)
# The same, in Chinese: '我的洗发水用完了，买两瓶' → '洗发水，买两瓶'.
_ZH_RAN_OUT = re.compile(r"^\s*(?:我的|我们的|家里的?)?(?P<what>[\u4e00-\u9fff]{2,8}?)(?:用完了|没了|用光了|吃完了)(?=\s*[，,]\s*买)")

# A count taken back at the end: ', no wait, make it 6', ' — sorry, 2', ' — er, two dozen', ' — oh wait, make it 5 packs'.
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a)(?: dozen)?"
_TAKEN_BACK = re.compile(rf"\s*[,;—–-]+\s*(?:(?:oh|no|um|uh)[,\s]+)?(?:wait|er+m?|sorry|actually|no|scratch that|i mean)"
                         rf"[,\s]+(?:(?:make (?:it|that)|actually|let'?s say)\s+)?(?P<n>{_NUMBER})(?:\s+(?:packs?|boxes|bags"
                         rf"|bottles|of them|instead))?\s*[.!]?\s*(?P<tail>(?:,\s*(?:to|for) [\w' ]+)?)$", re.IGNORECASE)
# The count said first, which the one taken back replaces: '10 sponges', 'a dozen eggs'.
_FIRST_COUNT = re.compile(rf"(?<![\w.:$¥])(?:{_NUMBER.replace('|a)', ')')}|a dozen)(?=\s+[a-z])", re.IGNORECASE)


def _taken_back(text: str) -> str:
    """'get 10 sponges, no wait, make it 6' → 'get 6 sponges'; a sentence without a count said first as it was."""
    back = _TAKEN_BACK.search(text)
    if not back or back.start() == 0:
        return text
    head = text[: back.start()]
    first = _FIRST_COUNT.search(head)
    if not first:
        return text
    return f"{head[: first.start()]}{back.group('n')}{head[first.end():]}{back.group('tail')}"


# A saved address said with 'address' ('office address', 'the home address') is the label; a bracket naming the
# address again after it ('to the office (the ward address)') says nothing more.
_LABEL_ADDRESS = re.compile(r"\b(office|home|work) address\b", re.IGNORECASE)
_ADDRESS_AGAIN = re.compile(r"(?:(?<=\boffice)|(?<=\bhome)|(?<=\bwork))\s*\((?:that'?s |which is |it'?s )?(?:the |my |our )?"
                            r"[\w' -]{0,25}?address\)", re.IGNORECASE)


def _remarks(text: str) -> str:
    """``text`` without a Korean interjection and with 'my X ran out, N …' as 'X, N …'."""
    text = _LABEL_ADDRESS.sub(r"\1", _ADDRESS_AGAIN.sub("", _KOREAN.sub("", text)))
    return _ZH_RAN_OUT.sub(r"\g<what>", _RAN_OUT.sub(r"\g<what>", text))


# A remark before the product's own clause, which has its count: '女儿下个月结婚，喜糖盒一百个' → '喜糖盒一百个'.
_ZH_LEAD_REMARK = re.compile(rf"^\s*[^，,。；;：:\d]{{2,14}}[，,]\s*(?=(?![买要来购帮给再还也另])[\u4e00-\u9fffA-Za-z0-9]{{2,10}}?"
                             rf"(?:{lx.ZH_NUMBER}|\d+)\s*{sl.ZH_MEASURE})")
_ZH_SENT_TO = re.compile(r"^\s*(?:请|麻烦)?(?:送|寄|发)(?:到|去|回|往)?(?:家里?|公司|办公室|单位)\s*$")
# The place it is for, said first: '实验室的标签纸', '书店要牛皮纸袋', '摆摊的竹签子'.
_ZH_PLACE = re.compile(r"^\s*(?:实验室|實驗室|摆摊|擺攤|书店|書店|医院|醫院|店里|店裡|宿舍|学校|學校|教室|工地"
                       r"|仓库|倉庫|厨房|廚房|食堂|诊所|診所|摊位|攤位)(?:这边)?(?:要的?|用的|的)")


def zh_remarks(text: str) -> str:
    """Chinese ``text`` without a remark before the product's clause or the place it is for said first; a trailing-off
    '……' is a pause, said as a comma."""
    text = re.sub(r"\s*(?:…+|\.{3,})\s*(?=\S)", "，", text)
    first = re.split(r"[，,]", text, maxsplit=1)[0]
    # '送公司，A4纸五包': where it goes, said first, is no remark
    if _ZH_LEAD_REMARK.search(text) and not re.search(rf"{lx.ZH_NUMBER}|\d|俩|仨|买|購|购|要|来|整|下单|预算|不超过|以内|上限", first) \
            and not _ZH_SENT_TO.match(first):
        text = _ZH_LEAD_REMARK.sub("", text, count=1)
    return _ZH_PLACE.sub("", text)


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
    return _taken_back(_remarks(_roman(_slashed(text))))
