"""A delivery moved, or a drinks order sent, to a place that is none of the shopper's saved addresses.

The saved addresses are labels ('home', 'office'); a reschedule changes only when a delivery comes, and a drinks order
goes to a saved label. 周五前把电池送到我姑妈家, 下周二送到我工作室, 后天送到老家, 周六前送点饮料到湖边小屋 each name a place
no label is, so the planner asks which saved address is meant. 送到家, 送到公司, 送到办公室 are the shopper's own.
"""

from __future__ import annotations

import re

# What follows 送到 or 送一批饮料到: the place, up to the next clause.
_SENT_TO = re.compile(
    r"(?:送|寄|发|运|搬|拿)(?:[^，。！？,.!?到去往至改]{0,8}?)(?:到|去|往|至)[：:=＝>→\s-]*(?P<place>[^，。！？,.!?；;：:=＝\s]{1,12})"
)
# The shopper's own saved places, said plainly.
_OWN = re.compile(
    r"^(?:我|我们|咱|咱们|自己)?(?:的)?(?:家|公司|办公室|单位|家里|公司里|办公室里|屋企|屋里|屋头|屋下|屋家|家头|厝|home|office)"
    r"(?:里|楼下|门口|前台|来|去|吧|哈|啊|呢|了|伐|吗|么|嘛|啦|嘞|咯|哦|呀|喔|噢|就行|就好|就可以)*$",
    re.IGNORECASE,
)
# A time said after 送到 ('推迟送到周五'): no place.
_TIME_FIRST = re.compile(
    r"^(?:周|週|星期|礼拜|禮拜|大|就|即可|也|都|再|時|点|點|號|[上下](?:周|週|午|个|個|星期|礼拜|禮拜|次|回|班|月|旬|半天)|这|本|明|后|今|前|大后|\d|[一二三四五六七八九十两]|月|号|点|早|晚|中午|午|傍晚"
    r"|凌晨|晚上|白天|那天|当天|时候|了|没|吗|哪|啥|什么|几)"
)


def unsaved(text: str) -> bool:
    """A place named after 送到, 寄到 or 送去 that is not one of the saved addresses, not a time and not a question."""
    for match in _SENT_TO.finditer(text):
        place = match.group("place")
        if _TIME_FIRST.match(place) or _OWN.match(place):
            continue
        return True
    return False
