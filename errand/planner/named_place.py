"""A delivery sent to a named place that is none of the saved addresses: 'deliver to Chaoyang Park east gate',
'ship them to 12 Harbour Road', '送到朝阳公园东门', '寄到菜鸟驿站'.

The other readers hear places by their kind (a boat, a dorm, someone's home, a venue, a courier's spot); this one
hears the shape: a verb of sending, then where to, and the where is not one of the words for home or the office.
Goods go only to a saved address, so such a sentence becomes a question whatever the place is called. A verb in the
past or in a question ('it was sent to the wrong address', '送到了吗', '几点送到', '送到哪') names no destination.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# English: an imperative verb of sending, then 'to' and the place, up to a comma, a full stop or a time.
_EN = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bgot )(?<!\bis )(?<!\bare )"
    r"\b(?:deliver|send|ship|post|bring|drop|courier|dispatch)(?:\s+(?:it|them|this|these|that|those|the\s+\w+))?"
    r"\s+(?:off\s+)?to\s+(?P<place>[^,.;!?()]{2,60}?)\s*(?=$|[,.;!?(]|\s+(?:by|before|on|at|tomorrow|today|tonight"
    r"|this|next|asap|please|pls|thanks|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", _I)
# The saved addresses and the shopper's own words for them, said first ('the office no later than 17:30').
_OWN = re.compile(
    r"^(?:my\s+|our\s+|the\s+)?(?:home|house|place|flat|apartment|office|work|workplace|desk|address|saved\s+address"
    r"|home\s+address|office\s+address|usual\s+address|default\s+address|me|us|myself|you)\b(?!\s+of\b|'s)", _I)
# Chinese: a verb of sending, then where to, up to punctuation or a time; not in the past or a question.
_ZH = re.compile(
    r"(?<![被已刚])(?:送到|寄到|送去|寄去|送至|寄往|寄给|发到|快递到|配送到|送往)(?P<place>[^，,。.；;！!？?、\s]{2,20})")
_ZH_OWN = re.compile(r"^(?:我|咱|我们|咱们)?(?:的)?(?:家|家里|屋里|屋头|寓所|住处|住所|寒舍|舍下|公司|单位|办公室|办公楼|工位|这|这里|这儿|我这)")
_ZH_NOT_PLACE = re.compile(r"^(?:了|吗|没|哪|几|手|时|点|那|这|你|明天|今天|后天|下午|上午|晚上|中午|早上|周|礼拜|星期|\d|"
                           r"[一二两三四五六七八九十])")


def unsaved(text: str) -> bool:
    """``text`` sends goods to a named place that is no saved address."""
    for found in _EN.finditer(text):
        place = found.group("place").strip()
        if not _OWN.match(place) and not re.match(r"(?:the\s+)?(?:door|front\s+door|doorstep)$", place, _I):
            return True
    for found in _ZH.finditer(text):
        place = found.group("place")
        if not _ZH_OWN.match(place) and not _ZH_NOT_PLACE.match(place):
            return True
    return False
