"""Another person's delivery, parcel or order moved, returned or called off: "reschedule Carol's delivery to Monday",
"return Mike's headphones", "push my roommate's parcel to tomorrow", 把bob的配送改到后日, 室友的快递改到明天,
把张三的快递退了. The errand would act on an order of the shopper's as if it were the other person's, or on one the
shopper does not have; another shopper's orders are never the shopper's to change, so each is asked about.

The shopper's own ('move my delivery', 把我的快递改到明天) and an order the shopper placed for someone ("my mum's
kettle I ordered for her", 我给我妈买的水壶改到周六送) are their own and keep their action.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .people_words import KIN_EN, KIN_ZH, NOT_NAMED

QUESTION = "I can only change your own orders and deliveries. Which of yours do you mean?"

_ACT_EN = (r"(?:reschedule|re-?book|move|push|delay|postpone|change|shift|bring\s+forward|cancel|call\s+off|return|send\s+back"
           r"|refund|exchange)")
_NOT_A_PERSON = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|night|morning|evening|afternoon"
                 r"|january|february|march|april|may|june|july|august|september|october|november|december|year|month|day"
                 r"|last|next|this|the|a|an|one|kid|kids|children|baby|babies|men|women|girls|boys|amazon|jd|apple|ikea)")
_WHOSE_EN = (rf"(?:(?:my|our)\s+(?:{KIN_EN})(?:'s|’s|s'|s’)|(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)"
             rf"(?!(?:{NOT_NAMED}|{_NOT_A_PERSON})(?:'s|’s)\b)[a-z]{{2,14}}(?:'s|’s))")
_EN = re.compile(rf"\b{_ACT_EN}\s+(?:(?:the|this|that|a)\s+)?{_WHOSE_EN}\s+\w", re.IGNORECASE)
# The shopper placed it for them: 'the kettle I ordered for her', 'my mum's kettle I bought'.
_PLACED_EN = re.compile(r"\b(?:i|we)\s+(?:had\s+|have\s+)?(?:ordered|bought|got|purchased|sent)\b", re.IGNORECASE)
_SURNAME = "[张王李赵刘陈杨吴徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫雷侯史陶黎贺顾毛郝龚邵严覃武戴莫孔汤]"
_WHO_ZH = (rf"(?:{KIN_ZH}|(?<![A-Za-z])[A-Za-z]{{2,14}}|(?<![\u4e00-\u9fff]){_SURNAME}[\u4e00-\u9fff]{{1,2}}(?=的|嘅)"
           r"|[\u4e00-\u9fff]{1,3}(?:阿姨|叔叔?|大爷|大妈|老师|师傅|总|经理))")
_ACT_ZH = r"(?:改到|改成|改为|改期|改一下|改下|推迟|推后|推到|推至|延后|延期|延到|延至|提前|挪到|挪至|换到|退了|退掉|退货|退款|退回|取消|撤销|不要了)"
_ZH = re.compile(
    rf"{_WHO_ZH}(?:的|嘅)[^，。！？,]{{0,8}}?(?:配送|快递|包裹|订单|单子|外卖|货|东西|件|送货|派送)[^，。！？,]{{0,8}}?{_ACT_ZH}"
    rf"|(?:把|将|帮我把)\s*{_WHO_ZH}(?:的|嘅)[^，。！？,]{{0,10}}?{_ACT_ZH}")
# The shopper placed it for them: 我给我妈买的, 帮室友订的, 替他下的单.
_PLACED_ZH = re.compile(r"(?:我|俺)?(?:给|帮|替|为)[^，。！？,]{1,8}(?:买|订|下单|下)的")


def for_another(text: str, kind: str, titles: Sequence[str] = ()) -> bool:
    """A reschedule or a return acts on another person's delivery, parcel or order. A brand of the shopper's own
    orders is no person ('move the sony's delivery')."""
    if kind not in ("reschedule", "return"):
        return False
    brands = {word.lower() for title in titles for word in re.findall(r"[A-Za-z]{2,}", title)}
    for match in _EN.finditer(text):
        named = re.search(r"([A-Za-z]+)(?:'s|’s|s'|s’)", match.group(0))
        if named is not None and named.group(1).lower() not in brands and not _PLACED_EN.search(text):
            return True
    for match in _ZH.finditer(text):
        named = re.search(r"[A-Za-z]{2,}", match.group(0))
        if (named is None or named.group(0).lower() not in brands) and not _PLACED_ZH.search(text):
            return True
    return False
