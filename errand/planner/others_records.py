"""Questions about a third person's order, refund, delivery, card or payment, with no order id: 'what card does my
flatmate use on here, last four digits', 'how much did carol pay for her kettle', "is my ex's refund done", "when is
dave's delivery coming", carol的退款进度怎么样了, 隔壁老王的退款到账了没, 我前任买的东西到了没, 我同事的耳机发货了没.

The question reader answers about the shopper's own orders, so each would tell the shopper about their own order as
if it were the other person's, or ask to see theirs; another shopper's records are never the shopper's to read. The
shopper's own ('where is my parcel', 我的快递到哪了) and an order placed for someone ('the kettle I bought for my mum',
给我妈买的东西到了吗) are their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .people_words import KIN_EN, KIN_ZH, NOT_NAMED

# What a person's records are: orders, refunds, deliveries, parcels, cards, payments, purchases.
_RECORDS_EN = (r"(?:orders?|refunds?|deliver(?:y|ies)|parcels?|packages?|shipments?|tracking(?: number)?|returns?|cards?"
               r"|payments?|purchases?|receipts?|invoices?|account|balance|last four(?: digits)?|spending|stuff|things?|items?)")
_WHOSE_EN = rf"(?:(?:my|our)\s+(?:{KIN_EN})(?:'s|’s|s'|s’)|(?!{NOT_NAMED}\b)[a-z]+(?:'s|’s))"
_EN = re.compile(
    # 'my ex's refund', "dave's delivery", "my roommate's parcel", "grace's tracking number"
    rf"\b{_WHOSE_EN}\s+(?:[\w-]+\s+){{0,2}}?{_RECORDS_EN}\b"
    # a person paying, using or ordering, asked about: 'how much did carol pay', 'what card does my flatmate use',
    # 'which card did my husband use', 'what did my sister-in-law pay for', 'has the kettle my aunt ordered shipped'
    rf"|\b(?:did|does|do|has|have|is|was|will)\s+(?:(?:my|our)\s+{KIN_EN}|(?!(?:i|you|we|it|they|he|she|the|my|this|that"
    r"|there|these|those|your|our|its|anyone|anybody|someone|somebody|u|shipping|delivery|it|order)\b)[a-z]{2,12})\s+"
    r"(?:pay|paid|use|used|spend|spent|put)\b"
    rf"|\b(?:my|our)\s+{KIN_EN}\s+(?:\w+\s+)?(?:ordered|bought|purchased|paid\s+for|returned)\b"
    rf"|\b(?:digits|number|details)\s+of\s+{_WHOSE_EN}\s+(?:[\w-]+\s+)?(?:card|account)\b",
    re.IGNORECASE)
# Chinese: a person's parcel, refund or order and how it is doing; what they bought and whether it came.
_RECORDS_ZH = (r"(?:快递|包裹|订单|单子|那单|退款|退货|钱|卡|东西|货|件|物流|运单|账单|付款|支付)")
_STATUS_ZH = (r"(?:到了|到哪|到没|到账|到了没|发货|发了|发出|寄出|寄了|签收|退了|退没|退回|进度|怎么样|什么时候|几号|多少钱|多少"
              r"|哪张卡|哪个卡|付的|付了|用的|尾号|卡号|状态|在哪|物流)")
_ZH = re.compile(
    rf"(?<![给帮替为])(?<!给我)(?<!帮我)(?<!替我){KIN_ZH}(?:的|家的?|上周|昨天|前天|刚|最近|之前)?(?:买|订|下|寄|退|付|用)?的?"
    rf"[^，。！？,;；]{{0,10}}?{_RECORDS_ZH}?[^，。！？,;；]{{0,6}}?{_STATUS_ZH}"
    r"|(?<![\u4e00-\u9fff])[A-Za-z]{2,12}(?:的|嘅)(?:退款|快递|包裹|订单|那单)")
# A question: a question mark, a question word, or Chinese 吗, 没, 呢, 了没, 多少, 哪.
_ASKED = re.compile(r"[?？]|\b(?:what|which|when|where|how|is|are|did|does|has|have|was|will|tell me|check)\b"
                    r"|吗|么|没|呢|多少|哪|几|怎么样|什么时候|了没|没有", re.IGNORECASE)


# An order or errand named by its id: whose it is, the id check reads ('the ward's tea order (bulk-alice-7c7c1a2b)').
_ID = re.compile(r"\bord[_-]\w+|\b(?:buy|bulk|watch|return|reschedule)-\w+-\w+", re.IGNORECASE)


def asked_of_another(text: str, titles: Sequence[str] = ()) -> bool:
    """The sentence asks about another person's order, refund, delivery, card or payment, naming no order id. A
    brand of the shopper's own orders is no person ('sony的那单到哪了' with Sony headphones among them)."""
    if _ID.search(text) or not _ASKED.search(text):
        return False
    brands = {word.lower() for title in titles for word in re.findall(r"[A-Za-z]{2,}", title)}
    for match in (*_EN.finditer(text), *_ZH.finditer(text)):
        named = re.match(r"\s*(?:(?:my|our)\s+)?([A-Za-z]+)", match.group(0))
        if named is None or named.group(1).lower() not in brands:
            return True
    return False


# Other shoppers' personal data asked for by the group they form: the buyers of a product, its customers, 'who else
# bought it', with the data wanted (a list, names, phones, addresses, e-mails, an export). The shop never hands one
# shopper another's records, so such a sentence is asked about, never bought ('the buyer list') or answered.
_GROUP_EN = re.compile(
    r"\b(?:(?:other|all(?: the)?|every)\s+)?(?:buyers?|purchasers?|customers?|shoppers?|users?|people|everyone|everybody"
    r"|anyone|others|who(?:\s+else)?)(?:'s|’s|s'|s’)?\s+(?:\w+\s+)?(?:who\s+|that\s+)?(?:have\s+|had\s+)?"
    r"(?:bought|ordered|purchased|returned|got)\b"
    r"|\b(?:buyers?|purchasers?|other\s+shoppers?|other\s+customers?)(?:'s|’s|s'|s’)?\b"
    r"|\bcustomer\s+(?:list|data|database|details|records)\b"
    # who reviewed, rated, returned or owns a product: 'who left the 2-star review on …', 'the reviewer's name',
    # 'which people in my building ordered …', 'the people who returned …', 'the other owners of this rice cooker'
    r"|\bwho\b[^.?!]{0,20}\b(?:wrote|write|writes|left|leave|posted|post|gave|give|made|put)\b[^.?!]{0,40}"
    r"\b(?:reviews?|ratings?|comments?|stars?|feedback)\b|\breviewers?\b"
    r"|\b(?:people|persons?|everyone|everybody|anyone|customers?|users?|shoppers?|owners?|those|folks|neighbou?rs"
    r"|residents)\s+(?:\w+\s+){0,4}?(?:who|that)\s+(?:have\s+|had\s+|also\s+)?(?:reviewed|rated|returned|bought"
    r"|ordered|purchased|own|owns|posted)\b"
    r"|\b(?:which|what)\s+(?:people|customers|users|shoppers|neighbou?rs|residents|buyers|persons)\b[^.?!]{0,30}"
    r"\b(?:bought|ordered|purchased|returned|reviewed|rated|own|got)\b"
    r"|\bwho\s+(?:else\s+|also\s+)?(?:returned|reviewed|rated|owns)\b|\bother\s+owners?\b", re.IGNORECASE)
_DATA_EN = re.compile(
    r"\b(?:lists?|names?|addresse?s?|e-?mails?|emails?|phone(?:\s+numbers?)?|numbers|contacts?|contact\s+details"
    r"|details|info(?:rmation)?|data|spreadsheet|csv|excel|export(?:ed)?|download|usernames?|handles?|identit(?:y|ies)"
    r"|who\s+(?:they|he|she)\s+(?:are|is|was|were)|list\s+(?:them|of\s+them|everyone)|cities|towns)\b", re.IGNORECASE)
_GROUP_ZH = re.compile(
    r"买家|购买者|购买人|(?:买过|买了|下单买?|订过|订了|退过|退了)[^，。！？,;；]{0,12}?的(?:人|用户|顾客|客户|买家)"
    r"|还有谁买|谁买过|谁买了|(?:其他|别的|所有|全部)的?(?:买家|顾客|客户|用户|人)|(?:顾客|客户|用户)(?:的)?(?:名单|清单|信息|电话"
    r"|手机|地址|收货地址|联系方式|姓名|邮箱)"
    # who bought, returned or reviewed a product: 谁买过…, 哪些人退过…, 退过…的都是哪些人, 同款…的购买名单, 给…打差评的人
    r"|(?:谁|哪些人|哪几个人|有哪些人|什么人|哪位|哪个人)[^，。！？,;；]{0,6}?(?:买|订|下单|退|评|打|写|给|晒)"
    r"|(?:买过|买了|退过|退了|订过|评过|评了)[^，。！？,;；]{0,12}?(?:的)?(?:都是|都有|是|有)(?:谁|哪些人?|哪几个)"
    r"|购买(?:名单|记录|人)|(?:差评|好评|一星|1星|低分|评论|评价)的?(?:人|用户|那个人|那位|买家)|评论区[^，。！？,;；]{0,10}?的人")
_DATA_ZH = re.compile(r"名单|清单|信息|电话|手机号?|地址|姓名|联系方式|邮箱|表格|导出|导一份|列出来|资料|名字|真名|列个?表|列表"
                      r"|有哪些|有谁|哪些人|是谁|叫什么|微信号?")


# What one other person bought, ordered or spent here, asked as a question whatever the planner took it for ('what
# did the user dave order', 'has my colleague bought anything here', 我同事今天在这下单了吗, 他在这花了多少钱): the
# person named as a user or customer, by a role or kin word, or as he or she; the shopper ('what did I buy') and
# whom they buy for ('buy a gift for my boss', 给老板买了什么) are not it.
_ANOTHER_EN = (rf"(?:(?:the\s+)?(?:user|customer|shopper|member|account|buyer)\s+@?[\w.-]+|(?:my|our|the)\s+{KIN_EN}"
               r"|he|she|they|(?!(?:i|you|we|it|they|he|she|the|my|this|that|there|these|those|your|our|its|anyone|anybody"
               r"|someone|somebody|u|shipping|delivery|order|everyone|people)\b)[a-z]{2,12})")
_BOUGHT_EN = re.compile(
    rf"\b(?:what|which|how\s+much|how\s+many)\b[^.?!]{{0,20}}?\b(?:did|has|have|had)\s+{_ANOTHER_EN}\s+(?:\w+\s+)?"
    r"(?:buy|bought|buying|order|ordered|ordering|purchase|purchased|purchasing|spend|spent|spending|get|got|check\s+out)\b"
    # 'show me what the user dave ordered', 'find out how much my flatmate spent here'
    rf"|\b(?:tell|show|check|look\s+up|find\s+out|see|list|pull\s+up)\b[^.?!]{{0,15}}?\b(?:what|how\s+much|everything)\s+"
    rf"{_ANOTHER_EN}\s+(?:has\s+|had\s+)?(?:\w+\s+)?(?:bought|ordered|purchased|spent|got)\b"
    rf"|\b(?:did|has|have|had)\s+{_ANOTHER_EN}\s+(?:\w+\s+)?(?:buy|bought|buying|order|ordered|ordering|purchase|purchased"
    r"|spend|spent|spending|place|placed)\s+(?:anything|something|an?\s+orders?|orders?|stuff|much|any)\b", re.IGNORECASE)
_WHEN_ZH = r"(?:今天|昨天|前天|上周|上个?星期|上个?礼拜|上个?月|这周|这个?星期|这个?月|最近|刚才|刚刚|之前|以前|平时)"
_HERE_ZH = r"(?:在(?:这|这里|这儿|你们这边?|你们店|本店|店里|平台上?|网上|这个平台)|从(?:这|这里|你们这)|这边)"
_BOUGHT_ZH = re.compile(
    rf"(?:(?<![给帮替为])(?<!给我)(?<!帮我)(?<!替我){KIN_ZH}|(?:用户|顾客|客户|会员|账号)\s*[A-Za-z0-9_.@-]{{2,20}})"
    rf"(?:的)?{_WHEN_ZH}?{_HERE_ZH}?{_WHEN_ZH}?(?:都|又|有没有|有没)?"
    r"(?:下单|下过单|下了单|下了|买|订|购买|消费|花)(?:了|过)?[^，。！？,;；]{0,6}?(?:吗|没|什么|啥|多少|哪些|几|了没)")


# People in general, asked what they usually buy: '别人都买什么颜色', '人家一般买哪个' ask for advice, not records.
_PEOPLE_AT_LARGE_ZH = re.compile(r"^(?:别人|他人|人家)(?:都|一般|通常|常|多半|大多)")


def _another_bought(text: str) -> bool:
    """The sentence asks what another person bought, ordered or spent here."""
    if _ID.search(text):
        return False
    return bool(_BOUGHT_EN.search(text)) or any(not _PEOPLE_AT_LARGE_ZH.match(match.group(0))
                                                 for match in _BOUGHT_ZH.finditer(text))


def others_data(text: str) -> bool:
    """The sentence asks for other shoppers' records: by the group they form ('the buyer list for this kettle',
    买过这款耳机的人的名单导出来), a list, names, phones, addresses or an export of people who bought, ordered or
    returned something, or of a shop's customers; or what one other person bought, ordered or spent here."""
    return bool((_GROUP_EN.search(text) and _DATA_EN.search(text)) or (_GROUP_ZH.search(text) and _DATA_ZH.search(text))
                or _another_bought(text))
