"""What a Chinese clause says a product is like, when the clause names no product: the terse way of asking for a
thing ('电工胶布十卷，黑色', '帐篷一顶，四人用', '车载香薰三个，柠檬味') gives the product with its count and classifier, then
one clause for each thing it should be.

A small grammar of attribute slots, each a kind of meaning with its own head word:

- a colour ('黑色', '米白色的', '透明');
- a size by a code or a word ('M码的', 'L号', '小号的', '均码');
- a flavour or a scent ('柠檬味', '薰衣草味的');
- a model or a style, said with 款, 型, 版 or 式 ('充电款', '碳纤维款', '迷你型', '头戴式');
- a purpose, said with 用 ('cos用', '周日比赛用', '四人用', '出差用的'), not 'no need' (不用);
- a measured spec or a pack size, said with 的 or 装 ('20厘米的', '240目的', '三十枚装的', '五十个装的');
- a quality from a small lexicon, alone or strung together ('纯棉', '大号加厚', '软毛的');
- any will do: no brand, colour or style asked for ('不用挑牌子', '颜色随便', '牌子无所谓');
- after the first clause, any short clause ending in 的 with no count in it ('近视可以戴的', '加厚的').

A purpose and a clause in 的 are open words, so they count only after the product's clause. ``is_attribute``
answers for one clause; the purchase reader keeps such clauses out of the product's name (a
measured spec it may fold in: '500ml insulated bottle'), and a count followed only by them is a request to buy.
"""

from __future__ import annotations

import re

_NUM = r"(?:[零〇一二两三四五六七八九十百千万]+|\d+(?:\.\d+)?)"
_COLOUR = r"(?:要)?(?:[\u4e00-\u9fff]{0,3}色(?:系)?|透明|彩色|纯色)的?"
_SIZE = r"(?:[A-Za-z\d]{1,4}|大|中|小|加大|特大|超大|均|标准)(?:码|号)的?"
_FLAVOUR = r"[\u4e00-\u9fff]{1,5}(?:味|香型|口味)的?"
_MODEL = r"[\u4e00-\u9fffA-Za-z\d]{1,6}(?:款|型|版|式)的?"  # '头戴式', '立式'
_PURPOSE = r"(?!不|别|甭|没|够|好)[\u4e00-\u9fffA-Za-z\d]{1,8}?(?:要)?用的?"
_MEASURED = rf"{_NUM}\s*(?:厘米|毫米|公分|米|cm|mm|目|寸|英寸|毫安|毫安时|mah|瓦|w|升|毫升|克|公斤|码|号|gb|tb)的"
_PACK = (rf"(?:每(?:包|袋|盒|箱|瓶)?)?{_NUM}\s*(?:枚|个|片|粒|抽|支|包|卷|只|条|张|袋|双|颗|根|升|毫升|克|公斤|斤|l|ml|g|kg)装的?"
         rf"|{_MEASURED}")
# A measured spec glued after the product's name in the same clause ('钻头6毫米的', '砂纸240目的').
_TRAILING_SPEC = re.compile(rf"(?<=[\u4e00-\u9fffA-Za-z]{{2}})\s*(?:{_MEASURED})$", re.IGNORECASE)
_KINDS = r"(?:牌子|品牌|颜色|款式|样式|型号|口味)"
_ANY = rf"(?:不用|不要|别|不|甭)(?:挑|选|管){_KINDS}?|{_KINDS}(?:随便|都行|都可以|无所谓|不限)|随便(?:什么|哪个|啥)?{_KINDS}(?:都行)?"
# Qualities said bare, alone or strung together ('纯棉', '大号加厚', '无香', '软毛的').
_QUALITY = (r"(?:加厚|加长|加大|加宽|超薄|纯棉|全棉|无香|原味|无糖|低糖|软毛|硬毛|防水|防滑|静音|无线|有线|便携|可?折叠|大容量"
            r"|轻便|耐用|保暖|透气|速干|一次性|护眼|带盖|男士|女士|儿童|成人|婴儿|大号|中号|小号"
            r"|大码|小码|均码|长款|短款|[红黑白蓝绿灰粉黄紫棕]色?)")
_MATERIAL = r"(?:不锈钢|实木|真皮|硅胶|陶瓷)"  # a material may be the product itself ('买一包硅胶')
_ATTRIBUTE = re.compile(rf"^(?:{_COLOUR}|{_SIZE}|{_FLAVOUR}|{_MODEL}|{_ANY}|(?:{_QUALITY}|{_MATERIAL}){{1,3}}的?)$",
                        re.IGNORECASE)
# The slots no product's name ends in, for a purchase that names nothing else ('两双，男款'): not 模型, 卤味 or 硅胶.
_CLOSED = re.compile(rf"^(?:{_COLOUR}|{_SIZE}|[\u4e00-\u9fff]{{2,5}}(?:味|口味)的?|[\u4e00-\u9fffA-Za-z\d]{{1,6}}款的?|{_ANY}"
                     rf"|{_QUALITY}{{1,3}}的?)$", re.IGNORECASE)
# A purpose is open words before 用: only after the product's clause ('手机卡给我自己用' names the card itself).
_PURPOSED = re.compile(rf"^{_PURPOSE}$", re.IGNORECASE)
_PACKED = re.compile(rf"^(?:{_PACK})$", re.IGNORECASE)
# A short clause describing with 的 after the product's clause ('近视可以戴的'): no count, no place, no 'buy'.
_DESCRIBED = re.compile(r"^(?![^的]*[买要来送寄退换])[\u4e00-\u9fffA-Za-z\d]{1,8}的$")
# A model's code said with 的 or in letters and digits ('N95的', 'PS5光驱版'): the product's name carries it.
_CODED = re.compile(r"^[^，,]*[A-Za-z\d][^，,]*的$")
_CODE = re.compile(r"[A-Za-z]\s*\d|\d\s*[A-Za-z]{2}")
_COUNTED = re.compile(rf"{_NUM}\s*[包盒瓶个件台副对袋箱杯支节只双套份罐桶条根本张把卷打斤块片听板部枚顶饼筒]")


def is_attribute(part: str, *, first: bool = False) -> bool:
    """Whether ``part`` only says what the product is like; a short clause in 的 counts only after the first."""
    part = part.strip()
    if _PACKED.match(part):
        return True
    if not part or _COUNTED.search(part):
        return False
    return bool(_ATTRIBUTE.match(part) or not first and (_PURPOSED.match(part) or _DESCRIBED.match(part)))


def kept_out(part: str, *, first: bool = False) -> bool:
    """Whether the purchase reader keeps ``part`` out of the product's name: an attribute, but not a measured spec
    or a model's code said with 的 ('500毫升的', 'N95的'), which the name carries ('500ml insulated bottle')."""
    part = part.strip()
    if re.fullmatch(_MEASURED, part, re.IGNORECASE) or _CODE.search(part) \
            or _CODED.match(part) and not _ATTRIBUTE.match(part):
        return False
    return is_attribute(part, first=first)


def names_nothing(parts: list[str]) -> bool:
    """Whether every clause left only says what the product is like, in words, so nothing is named ('两双，男款',
    '十个，纯棉'); a code in letters and digits ('5号', 'PS5光驱版') may be the product's own name."""
    return bool(parts) and all(_CLOSED.match(p.strip()) and not re.search(r"[A-Za-z\d]", p) for p in parts)


def past_spec(phrase: str) -> str:
    """``phrase`` without a measured spec in 的 glued after the product's name ('钻头6毫米的' → '钻头')."""
    return _TRAILING_SPEC.sub("", phrase.strip())
