"""Requests that name no one errand: a listing across orders, another person's purchases, a product two orders hold
asked about, and a count of things only pointed at.

- A request whose head verb lists, shows, finds or counts orders, deliveries or buyers ('list every order going to
  flat 5C', 'how many orders went to flat 2A', 'who ordered the Sony headphones in my building', 列出这个月送到公司的所有
  快递, 统计一下谁买过小熊电水壶) is no purchase: the head verb decides, and a listing across orders reaches into
  others' data, so it is asked about. 'show me phone cases under 60' (goods, not orders) is left to the readers.
- Another person's purchases asked after, through a chain of people ("what did my son's teacher buy", 'how much did my
  flatmate's girlfriend spend', 我儿子的老师这个月买了什么): the shop tells no one what another person bought.
- A question about a product two of the shopper's orders hold ('what did the kettle cost me', 水壶到哪了 with two
  kettles ordered) names no order: which one, as returns and reschedules already ask.
- A count of things only pointed at ('three of those', 'two of the small ones', 'six of the same', 来三个大的,
  老样子，来四个): no product is named, so which one is asked.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import ordered as od
from . import people_words as pw
from . import phrases as ph
from .context import PlanRequest

_OTHERS = (("I can't look up or list other people's orders, deliveries or purchases. I can tell you about your own "
            "orders; which one do you mean?"), "order_id")

# The head verb lists, shows, finds or counts; its object is orders, deliveries or the people who bought.
_RECORDS_EN = (r"(?:orders?|deliver(?:y|ies)|parcels?|packages?|shipments?|buyers?|customers?|purchases?|purchasers?"
               r"|recipients?|people|everyone|everybody|anyone|who)\b")
_LISTING_EN = re.compile(
    rf"^\W*(?:(?:please|pls|can\s+you|could\s+you|would\s+you|kindly)\s+)*(?:list|show|find|count|tally|look\s+up|pull\s+up"
    rf"|search(?:\s+for)?|fetch|give\s+me\s+(?:a\s+)?(?:list|count|rundown)\s+of|tell\s+me\s+(?:all|every))\s+(?:me\s+)?"
    rf"(?:(?:all|every|each|the|of|those)\s+)*(?:(?!(?:where|when|what|how|why|if|whether|my)\b)[\w-]+\s+){{0,2}}?{_RECORDS_EN}"
    rf"|^\W*how\s+many\s+(?:orders|deliveries|parcels|packages|shipments|people|buyers|customers)\b"
    rf"|^\W*who\s+(?:else\s+)?(?:has\s+|have\s+)?(?:ordered|bought|purchased|got|buys|orders)\b",
    re.IGNORECASE)
_LISTING_ZH = re.compile(
    r"(?:查一下|查查|查询|查|列出|列一下|列个|列|统计|数一下|数数|汇总|找出|找一下)[^，。！？]{0,16}?"
    r"(?:所有|全部|每一?个|哪些人|都有哪些|谁|的人|买家|客户|多少单|多少个订单)"
    r"|(?:订单|快递|包裹|单子)都?(?:列出来|列一下|统计一下|数一数|查出来)")

# Another person's purchases: the subject of the buying is someone who is not the shopper.
_PERSON_EN = (rf"(?:{pw.KIN_EN}|teacher|tutor|coach|doctor|nurse|guy|man|woman|lady|person|people|folks|family|couple"
              r"|owner|client|customer|student|classmate|child|children|kids|baby|staff|team|pal|buddy|chap|bloke|girl|boy)")
_SUBJECT = (rf"(?!(?:i|we|you|me|us)\b)(?:my|our|the|his|her|their|a|that|this)\s+(?:[\w'’-]+\s+){{0,3}}?{_PERSON_EN}"
            r"(?:['’]s)?\s+(?:(?:from|at|in|on|next|across|down|up)\s+(?:[\w'’-]+\s+){0,3}?)?")
_SPENT = (r"(?:been\s+)?(?:buy|buying|bought|order|ordering|ordered|purchase|purchasing|purchased|get|getting|spend|spending|spent)\b"
          r"(?!(?<=\bget)\s+(?:here|there|wrong|lost|stuck|delayed|sent|to)\b)"
          r"(?!\s+(?:cost|costs|come|came|arrive|arrived|ship|shipped|total|amount|number|status|id|ord_)\b)")
_OTHERS_EN = re.compile(
    rf"\b(?:what|which\s+[\w-]+(?:\s+[\w-]+)?|how\s+much)\s+(?:did|has|have|does|do|is|are|was)\s+{_SUBJECT}{_SPENT}"
    rf"|\btell\s+me\s+what\s+{_SUBJECT}(?:bought|ordered|purchased|got|spent)\b",
    re.IGNORECASE)
_PERSON_ZH = rf"(?:{pw.KIN_ZH}|老师|同学|教练|医生|司机|客户|会计)"
_OTHERS_ZH = re.compile(
    rf"{_PERSON_ZH}(?:家)?(?:的{_PERSON_ZH}(?:家)?)?(?:这个月|上个月|这周|上周|最近|昨天|今天|前几天|都|一共|总共|在这)*"
    rf"(?:买|訂|订|下单|下了单|花)(?:了|过)?(?:些)?(?:什么|啥|哪些|多少)")

# A question about what an order cost (where or when it is may be answered for both orders at once).
_ASKED_EN = re.compile(r"\b(?:how\s+much|cost|costs|paid|pay|set\s+me\s+back|spent|spend)\b", re.IGNORECASE)
_CAPPED = re.compile(r"\b(?:under|below|max|budget|less\s+than|no\s+more\s+than)\b|以内|以下|之内", re.IGNORECASE)
_ASKED_ZH = re.compile(r"多少钱|多少錢|花了|付了|几多钱|幾多錢|价钱是多少|什么价")
_ERRAND_VERB = re.compile(r"\b(?:buy|get|order|purchase|return|refund|send\s+\w+\s+back|move|reschedule|watch|track\s+the\s+price)"
                          r"\b|买|買|下单|退|改到|改成|盯|提醒", re.IGNORECASE)

# A count of things only pointed at: 'three of those', 'two of the small ones', 'six of the same', 来三个大的.
_COUNT_EN = rf"(?:{lx.EN_NUMBER}|a\s+couple|a\s+few|a\s+pair)"
_POINTED_EN = re.compile(
    rf"^\W*(?:(?:please|pls|ok|okay|so|and|just|then)\s+)*(?:(?:get|buy|order|give|grab|send|bring)\s+(?:me\s+|us\s+)?)?"
    rf"(?:another\s+)?{_COUNT_EN}\s+(?:more\s+)?of\s+(?:(?:those|these|them|that\s+lot)\b(?=\s*(?:[,.!?;]|$|please|pls|thanks|for|to))"
    rf"|the\s+(?:[\w-]+\s+){{0,2}}?ones\b|the\s+same\b(?=\s*(?:[,.!?;]|$|please|pls|thanks|again)))",
    re.IGNORECASE)
_VAGUE_ZH = r"(?:大的|小的|便宜的|贵的|一样的|同样的|那种|这种|那个|这个|那些|这些|老样子的?|上次那种|原来那种)"
_POINTED_ZH = re.compile(
    rf"^\s*(?:(?:再|给我|帮我)?(?:来|要|买|拿|整))?\s*{lx.ZH_NUMBER}\s*[个只件份盒包瓶袋支把双]?\s*{_VAGUE_ZH}"
    rf"\s*(?:[，。！？,.!?；;]|吧|呗|$)"
    rf"|^\s*(?:老样子|照旧|跟上次一样)[，,。]?\s*(?:再|给我)?(?:来|要|买|拿)?\s*{lx.ZH_NUMBER}\s*[个只件份盒包瓶袋支把双]\s*[。！!.]?\s*$")


def question(text: str, request: PlanRequest) -> tuple[str, str] | None:
    """The question to ask when the request names no one errand of the shopper's own, else None."""
    if _LISTING_EN.search(text) and not ph.ORDER_ID.search(text) or _LISTING_ZH.search(text) \
            and not ph.ORDER_ID.search(text) and not ph.ERRAND_ID.search(text):
        return _OTHERS  # 'list every order going to flat 5C', 统计一下谁买过小熊电水壶
    if (_OTHERS_EN.search(text) or _OTHERS_ZH.search(text)) and not ph.ORDER_ID.search(text):
        return _OTHERS  # "what did my son's teacher buy this month", 我儿子的老师这个月买了什么
    if (which := _held_twice(text, request)) is not None:
        return which
    if _POINTED_EN.search(text) or _POINTED_ZH.search(text):
        return ("Which product do you mean? Please name it (and how many).", "query")
    return None


def _held_twice(text: str, request: PlanRequest) -> tuple[str, str] | None:
    """'what did the kettle cost me' with two orders holding a kettle: which order is asked."""
    if ph.ORDER_ID.search(text) or ph.ERRAND_ID.search(text) or _CAPPED.search(text) \
            or not (_ASKED_EN.search(text) or _ASKED_ZH.search(text)):
        return None
    asked = _ERRAND_VERB.sub(" ", text) if re.search(r"\b(?:did|was|were|has|have|is)\b|多少钱|花了", text) else text
    if _ERRAND_VERB.search(asked):
        return None  # a purchase, a return or a move: their readers ask for the order themselves
    held = sorted({o.order_id for o, _ in od.named_items(text, request.context.recent_orders)})
    if len(held) < 2:
        return None
    return "Which order do you mean? " + ", ".join(held) + ".", "order_id"
