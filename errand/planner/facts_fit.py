"""Facts a sentence gives that do not fit together, asked about before anything is done:

- an order id named with a product that is none of its items, or a question about the order of a product no
  recent order holds (order_items_fit.py);
- a return that wants more than the goods taken back: a second or double refund, compensation on top, the goods
  kept, a refund with nothing sent back, more than was paid ('refund ord_x twice', '退款再赔我两百', '仅退款不退货');
- a weekday said beside a date, or beside today, tomorrow or 后天, that is another weekday ('tomorrow, Monday' on a
  Saturday, '11月25日周四' when the 25th is a Wednesday), whatever the errand;
- a count of whole goods said as a fraction ('2.5 kettles', 'half a pair of gloves', '三点五个杯子', '一个半水壶',
  '五分之二台电脑', 'a third of a lamp', 两点五盒);
  sizes and weights ('a 1.5L kettle', '2.5mm cable', '一斤半', 'half a dozen') are no counts.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from errand.domain.intents import Plan

from . import came_instead as ci
from . import order_items_fit as oi
from . import ordered as od
from .context import PlanRequest

_RETURN_DEMAND = re.compile(
    # a second or a double refund
    r"\brefund\w*\b[^.;,]{0,25}?\b(?:twice|thrice|(?:two|three|four|five|six|ten|several|multiple|many|\d+) times|\d+x"
    r"|double|doubled|triple|tripled|again)\b"
    r"|\bdouble (?:the |my |a )?(?:refund|money)\b|\b(?:two|2) refunds\b|\bsecond refund\b"
    r"|(?:退|赔)[^，,。；]{0,3}(?:[两二三四五六七八九十几多\d]+\s*(?:次|遍|倍))|(?:[三四五六七八九十\d]+)倍|多退几次|(?:两次|二次|2次)(?:退款|退钱)|双倍|两倍的?(?:钱|退款)|翻倍|再退一次|重复退"
    # compensation or money on top of the refund
    r"|\bcompensat\w*|\b(?:plus|and an? extra|on top|extra)\b[^.;]{0,30}?(?:\d|yuan|rmb|bucks|kuai|money|cash)"
    r"|\b(?:also |and )?(?:pay|give) me (?:another |an extra |extra )?(?:[¥￥$]\s?\d|\d[\d,.]*\s*(?:yuan|rmb|cny|kuai|dollars?|bucks)\b|some money|money|cash)"
    r"|赔偿|赔我|赔给我|补偿|补我|再加\s*[\d一二两三四五六七八九十百千]|另加|额外(?:给|补|赔|加)|另外(?:给|补|赔|再)"
    # nothing sent back
    r"|\bwithout (?:me )?(?:sending|returning|giving|shipping|posting|mailing) (?:it|them|anything|the \w+)?\s*back\b"
    r"|\b(?:won'?t|will not|not going to|don'?t want to|do not want to|never) (?:send|give|ship|post|mail|return)"
    r" (?:it|them|the \w+(?: \w+)?|anything)\s*back\b|\bno need to (?:send|give|ship) (?:it|them|anything) back\b"
    r"|不寄回|不退回|不用寄回|不用退回|东西不还|东西我不还|不退货|仅退款|只退款不|只退钱|东西不退"
    # more than was paid
    r"|\bmore than (?:i|we) (?:paid|spent)\b|\bextra refund\b|比我付的多|比付的多|多退|超过(?:我)?(?:付|支付)",
    re.IGNORECASE)
# The goods kept: asked about unless another item of the order is kept while one is returned.
_KEPT = re.compile(r"(?<!not )(?<!no point )(?<!pointless )(?<!no use )\bkeep(?:ing)?\s+(?P<a>(?:the|it|them|my|both|all|those|these)\b[^.;,]{0,30})"
                   r"|\bi'?ll keep (?P<b>[^.;,]{0,30})|\bhold(?:ing)? on to (?P<c>[^.;,]{0,30})"
                   r"|(?P<z>[\u4e00-\u9fffA-Za-z0-9]{0,8}?)(?:我)?(?:自己)?(?:留着|留下|不还)(?!也|没|有什么|干嘛|干啥|浪费|没用)", re.IGNORECASE)


def _keeps_returned(text: str, plan: Plan, request: PlanRequest) -> bool:
    """The goods a return sends back are said to be kept (the whole order returned, or the same item)."""
    product = getattr(plan.action, "product_id", None)
    for match in _KEPT.finditer(text):
        kept = next((g for g in match.groups() if g), "")
        found = od.named_items(kept, request.context.recent_orders)  # '壶我留着': the kettle kept
        if re.match(r"\s*(?:it|them|both|all)\b", kept, re.IGNORECASE) or any(
                item == product if product else order.order_id == getattr(plan.action, "order_id", None)
                for order, item in found):
            return True
    return False


_EN_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_WEEKDAY = r"(?P<{}>mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
_ZH_WEEKDAY = r"(?:星期|周|週|礼拜|禮拜)(?P<{}>[一二三四五六日天])"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = r"(?P<{}>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_RELATIVE = {"today": 0, "tomorrow": 1, "the day after tomorrow": 2, "overmorrow": 2, "今天": 0, "明天": 1,
             "后天": 2, "大后天": 3, "今日": 0, "明日": 1, "後天": 2, "大後天": 3}
_REL = r"(?P<{}>the day after tomorrow|overmorrow|today|tomorrow|大后天|大後天|今天|明天|后天|後天|今日|明日)"
_DATE = (rf"{_REL.format('r')}"
         rf"|{_EN_MONTH.format('m1')}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
         rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH.format('m2')}(?:,?\s+\d{{4}})?"
         r"|(?:\d{4}\s*年\s*)?(?P<m3>\d{1,2})\s*月\s*(?P<d3>\d{1,2})\s*[日号號](?:日)?")
_JOIN = r"[\s,，、(（)）:：-]*(?:(?:a|on|which is|that's|that is|it's|it is|is|the|即|是|也就是|就是)\s*)?"
_PAIRS = re.compile(rf"(?:{_DATE}){_JOIN}(?:{_EN_WEEKDAY.format('w1')}|{_ZH_WEEKDAY.format('z1')})"
                    rf"|(?:{_EN_WEEKDAY.format('w2')}|{_ZH_WEEKDAY.format('z2')}){_JOIN}(?:{_DATE.replace('>', '_>')})",
                    re.IGNORECASE)


def _weekday(match: re.Match[str]) -> int | None:
    word = match.group("w1") or match.group("w2")
    if word:
        return next(i for i, name in enumerate(_EN_DAYS) if name[:3] == word[:3].lower())
    zh = match.group("z1") or match.group("z2")
    return "一二三四五六日".index(zh.replace("天", "日")) if zh else None


def _group(match: re.Match[str], name: str) -> str | None:
    return match.group(name) or match.group(f"{name}_")


def _day(match: re.Match[str], today: date) -> date | None:
    relative = _group(match, "r")
    if relative:
        return today + timedelta(days=_RELATIVE[relative.lower()])
    month_word = _group(match, "m1") or _group(match, "m2")
    month = _MONTHS.index(month_word[:3].lower()) + 1 if month_word else int(_group(match, "m3") or 0)
    day = int(_group(match, "d1") or _group(match, "d2") or _group(match, "d3") or 0)
    try:
        said = date(today.year, month, day)
    except ValueError:
        return None  # no such date (asked elsewhere)
    if said < today - timedelta(days=60):
        said = said.replace(year=today.year + 1) if not (month == 2 and day == 29) else said
    return said


def weekday_question(text: str, today: date) -> tuple[str, str] | None:
    """A weekday beside a date (or a day counted from today) that is not that date's weekday."""
    for match in _PAIRS.finditer(text):
        said, weekday = _day(match, today), _weekday(match)
        if said is None or weekday is None or said.weekday() == weekday:
            continue
        asked = (f"{said:%B} {said.day} is a {_EN_DAYS[said.weekday()].title()}, not a "
                 f"{_EN_DAYS[weekday].title()}; which day do you mean?")
        return asked, "date"
    return None


_ZH_NUM = r"[零〇一二两三四五六七八九十百\d]"
_ZH_WHOLE = r"(?:个|個|副|台|只|隻|双|雙|件|把|支|部|张|張|条|條|本|顶|頂|盏|盞|套|辆|輛|架|口|面|块手表|床|顶|盒|箱|瓶|罐)"
# Parts of a whole counted thing: 'a quarter of a kettle', 'two-thirds of an umbrella' (not of a pound, an hour or a cup).
_PART_EN = (r"\b(?:a|one|two|three|four)[ -](?:quarters?|thirds?|fifths?|eighths?)\s+of\s+(?:a|an)\s+"
            r"(?!(?:{u})\b|(?:mile|second|century|decade|teaspoon|tablespoon|spoonful|inch|percent|point|lemon|lime|cake"
            r"|pizza|pie|loaf|watermelon|melon|cabbage|wheel of cheese)\b)[a-z]")
_UNITS_EN = (r"(?:mm|cm|m|km|kg|g|mg|l|ml|cl|litres?|liters?|inch(?:es)?|in|\"|ft|feet|foot|oz|ounces?|lbs?|pounds?"
             r"|kilos?|kilograms?|grams?|meters?|metres?|gb|tb|mb|w|watts?|v|volts?|mah|hours?|minutes?|days?|weeks?"
             r"|months?|years?|yuan|rmb|bucks|kuai|quid|dollars?|euros?|each|apiece|per|tops|max|percent|stars?"
             r"|x|times|gallons?|pints?|cups? of|tons?|tonnes?|dozen|metre|meter|litre|liter|sq|square|cubic|k)")
_FRACTION = re.compile(
    rf"{_ZH_NUM}+\s*[点點]\s*{_ZH_NUM}+\s*{_ZH_WHOLE}|\d+\.\d+\s*{_ZH_WHOLE}"
    rf"|{_ZH_NUM}+\s*分之\s*{_ZH_NUM}+\s*{_ZH_WHOLE}(?!月|小时|小時|钟|鐘|星期|礼拜)|{_PART_EN.format(u=_UNITS_EN)}"
    rf"|{_ZH_NUM}+\s*{_ZH_WHOLE}半(?!小时|小時|钟|鐘|月|天|年|斤|公斤|米|升|身|袖|框|截|导|自动|透明|成品|永久|圆|球|岛|价|新|旧|路)|(?<![一二两三四五六七八九十\d多大])半(?:副|台|双|雙|件|把|套)"
    rf"|\b(?:buy|get|order|purchase|need|want|grab|pick up|send)\s+(?:me\s+|us\s+)?\d*(?:\.\d+|½|¼|¾)\s+(?!{_UNITS_EN}\b)[a-z]"
    rf"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\s+(?!{_UNITS_EN}\b)[a-z]"
    rf"|\bhalf\s+(?:a|an)\s+(?:pair|set|kettle|phone|laptop|tablet|lamp|chair|desk|mug|cup|backpack|bag|umbrella"
    rf"|charger|headphone|earbud|speaker|camera|watch|monitor|keyboard|mouse|fan|heater|toaster|blender|shoe|sock"
    rf"|glove|jacket|coat|shirt|t-shirt|hat|book|pen|bottle of shampoo|power bank|bike|bicycle|helmet|tent)",
    re.IGNORECASE)


def fraction_question(text: str) -> tuple[str, str] | None:
    """A count of whole goods said as a fraction: how many, whole?"""
    if _FRACTION.search(text):
        return ("How many exactly? I can only order whole items.", "quantity")
    return None


def question(text: str, plan: Plan, request: PlanRequest, today: date) -> tuple[str, str] | None:
    """What to ask when the facts of a sentence do not fit together; None when they do (or nothing is done)."""
    kind = plan.action.kind
    if kind == "clarify":
        return None
    if (unclear := oi.question(text, plan, request) or ci.question(text, plan, request)) is not None:
        return unclear  # 'ord_b2里的耳机', 'the Philips headphones came as Sony ones instead' with Sony ones ordered
    if kind == "return" and (_RETURN_DEMAND.search(text) or _keeps_returned(text, plan, request)):
        asked = ("I can return an order for its refund, and nothing more; the merchant decides on anything else "
                 "(a second refund, compensation, keeping the goods). Shall I just start the return?")
        return asked, "reason"
    if (unclear := weekday_question(text, today)) is not None:
        return unclear
    if kind in ("buy", "bulk_order", "price_watch"):
        return fraction_question(text)
    return None
