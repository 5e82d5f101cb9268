"""Other people's purchases, or where a seller or a courier lives, asked as a question.

'what did the couple in 1204 order', 'what has my neighbour been buying', 'what did people on my floor get this month',
'the most expensive thing anyone in the building ordered', 'where does the rider who brought my parcel live',
楼上那家买了什么, 小区里的人都买了啥, 卖我东西的老板住哪: the shop never tells one shopper what others bought or where a
seller or a courier lives, so each is asked about rather than answered or read as a purchase. The buyer named must be
someone else (a neighbour, a flat number, the people of a street, a building or a floor, a person named); the
shopper's own purchases ('what did I order last week', 我上周买了什么) are their own.
"""

from __future__ import annotations

import re

# Someone else who buys: a neighbour, a flat or a room by its number, the people of a place, a named third person.
_BUYER_EN = (
    r"(?:(?:my |our |the )?neighbou?rs?|(?:the )?(?:family|couple|people|guy|man|woman|lady|tenants?|residents?"
    r"|folks|kids?)\s+(?:in|at|on|from|next door|upstairs|downstairs|across)\b[^.?!]{0,25}?"
    r"|(?:people|everyone|everybody|anyone|anybody|someone|somebody|residents|folks|others|households?)\s+(?:in|on|at"
    r"|around|across|from)\s+(?:my|our|the|this)\s+(?:street|building|floor|block|estate|compound|road|neighbou?rhood"
    r"|area|complex|tower|community|apartment|village)s?\b|(?:flat|apartment|apt|unit|room|no\.?)\s*#?\d+[a-z]?)"
)
_BOUGHT_EN = (
    r"(?:bought|buy|buys|buying|ordered|order|orders|ordering|purchased|purchase|purchases|purchasing|got|get"
    r"|gets|getting|spent|spend|received|receive)"
)
_ASKED_OTHERS_EN = re.compile(
    rf"\b(?:what|which|how much|how many|whatever)\b[^.?!]{{0,50}}?\b{_BUYER_EN}[^.?!]{{0,25}}?\b(?:been\s+)?{_BOUGHT_EN}\b"
    rf"|\b(?:tell|show|list|check)\b[^.?!]{{0,10}}\bwhat\s+{_BUYER_EN}[^.?!]{{0,25}}?\b{_BOUGHT_EN}\b",
    re.IGNORECASE,
)
# Where a seller, a shop's owner or a courier lives.
_DEALER_EN = (
    r"(?:person|guy|man|woman|lady|seller|merchant|shop ?keeper|shop ?owner|store owner|owner|vendor|courier"
    r"|driver|rider|delivery (?:guy|man|person|driver|rider)|postman|deliveryman|supplier)"
)
_WHERE_LIVES_EN = re.compile(
    rf"\bwhere\s+(?:does|do|did|is)\s+(?:the|my|that|this|our)\s+(?:[\w-]+\s+)?{_DEALER_EN}\b[^.?!]{{0,60}}\b(?:live|lives"
    r"|living|stay|stays|reside|resides|from)\b"
    rf"|\b(?:home|house|personal|private)\s+address\s+of\s+(?:the|my|that|this|our)\s+(?:[\w-]+\s+)?{_DEALER_EN}\b"
    rf"|\b{_DEALER_EN}(?:'s|’s)\s+(?:home|house|personal|private)\s+address\b",
    re.IGNORECASE,
)
# Chinese: a neighbour, a flat number, the people of the compound, or a named person (小李, 老王, Carol) bought what.
_BUYER_ZH = (
    r"(?:楼上|楼下|隔壁|对门|对面|邻居|街坊|\d{3,4}(?:室|号|户|房)?(?:的|那家|那户|住户|邻居)?|(?:小区|楼里|这栋楼|单元|同楼"
    r"|整栋楼|本楼|我们楼|这条街|街上)[^，。？?]{0,4}?(?:的人|住户|业主|邻居|人|大家)|(?:小|老|阿)"
    r"(?!米|时|样|板|公|婆|家|师|区|孩|人)[\u4e00-\u9fff])"
)
_ASKED_OTHERS_ZH = re.compile(
    rf"{_BUYER_ZH}[^，。？?]{{0,8}}?(?:都|最近|上周|昨天|前天|这个月|刚)?(?:买|订|下单|网购|收)(?:了|过)?(?:些)?(?:什么|啥|哪些|多少|几样)"
)
_WHERE_LIVES_ZH = re.compile(
    r"(?:卖家|老板|店主|商家|快递员|快递小哥|骑手|送货的|配送员|外卖员)[^，。？?]{0,8}"
    r"(?:住哪|住在哪|住址|家在哪|家住|家庭住址|住的地方)"
)


def asked(text: str) -> bool:
    """The sentence asks what other people bought, or where a seller or a courier lives."""
    return bool(
        _ASKED_OTHERS_EN.search(text)
        or _WHERE_LIVES_EN.search(text)
        or _ASKED_OTHERS_ZH.search(text)
        or _WHERE_LIVES_ZH.search(text)
    )
