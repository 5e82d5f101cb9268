"""Counts no errand can order, read where the count stands: right after the verb or at the start of the request
("buy 2.5 toasters", "get me three and a half umbrellas", "买两个半烤面包机", "buy zero phone stands", "买零个鼠标",
"buy nought pens", "order nil batteries", "buy nary a towel", "买〇个杯子", "充电器一个都不买"),
and one count said for several products at once ("可乐雪碧各来两瓶", "one of each").

Things sold whole come in whole numbers above zero; a decimal followed by a unit of weight, volume, length or
size is a measure ("a 2.5 kg bag", "1.5L", "两斤半"), and "zero" or 半 as part of a product's name is not a count
("zero sugar cola", "半身镜").
"""

from __future__ import annotations

import re

# Where a count stands in an English request: the start, or after a verb of wanting (and "me"/"us").
_LEAD = r"(?:^|\b(?:buy|get|order|purchase|grab|want|need|send|bring)\s+(?:me\s+|us\s+)?)"
# Units that make a decimal a measure, not a count: "2.5 kg", "1.5L", "13.3 inch", "2.5 dozen".
_UNIT = (r"(?:kg|g|mg|lbs?|oz|l|ml|cl|m|cm|mm|km|in|inch(?:es)?|ft|feet|\"|'|kilos?|kilograms?|grams?|pounds?|ounces?"
         r"|lit(?:er|re)s?|met(?:er|re)s?|gallons?|pints?|quarts?|gb|tb|mb|hz|ghz|mah|w|kw|v|amps?|x|%|k|yuan|rmb|dozen"
         r"|hours?|hrs?|days?|weeks?|months?|years?|mins?|minutes?|percent|stars?|cups? of|servings? of|ch|channel|tons?|t"
         r"|ah|nm|mp|megapixels?)")
_WORD_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
# "buy 2.5 toasters", "order 1.5 desk lamps", "get three and a half umbrellas".
_EN_FRACTION = re.compile(rf"{_LEAD}(?:\d+\.\d+|{_WORD_NUMBER} and a half)(?:\s*|-)(?!{_UNIT}\b)[a-z]", re.IGNORECASE)
# "buy zero phone stands", "buy 0 chargers", "buy none of the blue mugs"; zero as a name is not a count.
_EN_ZERO = re.compile(rf"{_LEAD}(?:zero|0|none|nought|naught|nil|zilch|nada|nary an?|not a single)\b"
                      r"(?![- ](?:sugar|calorie|cal|fat|carbs?|alcohol|waste|gravity|proof"
                      r"|coke|cola|degree|drop|turn|water|emissions?|net|g\b|percent|%))", re.IGNORECASE)
_ZH_MEASURE = r"(?:个|台|只|部|件|把|支|张|双|套|本|辆|盒|瓶|箱|包|袋|杯|条|顶|副|架|盏|罐|桶|块)"
# Words that start with 半 and name a kind of product, not half of one: 半身镜, 半袖, 半价, 半自动.
_HALF_WORD = r"(?:身|袖|指|框|透明|自动|干|熟|成品|拖|高领|包|岛|价|糖|斤|年|月|天|夜|小时|导体|永久|封闭|圆|截|边|面|开|裙|筒|盖|塘)"
# "两个半烤面包机", "三台半电风扇", "2.5台", "1.5个"; "零个鼠标", "0台".
_ZH_FRACTION = re.compile(rf"[\d一二两三四五六七八九十]\s*{_ZH_MEASURE}半(?!{_HALF_WORD})|\d+\.\d+\s*{_ZH_MEASURE}")
# "〇件" (零件 is a part), and none at all: "充电器一个都不买", "一瓶也不要".
_ZH_ZERO = re.compile(rf"(?:^|买|要|来|订|拿|点)\s*(?:(?:零|0)\s*(?!件)|〇\s*){_ZH_MEASURE}"
                      rf"|(?:^|[^\d一二两三四五六七八九十])一\s*{_ZH_MEASURE}(?:都|也)不(?:买|要|订|用|拿)")
# One count for several products: "可乐雪碧各来两瓶", "各买一斤", "one of each", "2 of each" (not "每人各一杯", one a head).
_EACH = re.compile(r"(?<!人)各(?!人)(?:自)?(?:来|买|要|拿|订|下单)?\s*(?:\d|[一两二三四五六七八九十])"
                   r"|\b(?:one|two|three|\d+|a couple) of each\b", re.IGNORECASE)


def unorderable(text: str) -> bool:
    """A count that is a fraction or zero, said where a count stands."""
    return any(p.search(text) for p in (_EN_FRACTION, _EN_ZERO, _ZH_FRACTION, _ZH_ZERO))


def one_count_for_several(text: str) -> bool:
    """One count said for several products at once."""
    return bool(_EACH.search(text))
