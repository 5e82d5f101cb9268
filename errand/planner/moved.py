"""What a request to move a delivery may say besides its new time, that no reschedule can carry: a place that is
not a saved address ('send the batteries to the ship instead', '改送到码头'), a shift by days from a date the
sentence does not give ('push it back by two days', '推迟一天'), and the small hours no courier works in.

Pure functions over text; ``placed.reschedule`` asks about each instead of moving the delivery.
"""

from __future__ import annotations

import re
from datetime import date

from . import lexicon as lx
from . import times as tm

# A delivery sent to a place, not only at a new time: 'send the batteries to the ship instead', 'bring it to the
# marina', '改送到码头'. A time said after 'to the' ('to the afternoon', 'to the end of the week', 'to the 25th')
# is no place, nor the shopper's own door.
_WHEN = (r"(?:morning|afternoon|evening|night|weekend|noon|midday|end|start|beginning|middle|earliest|latest|soonest"
         r"|first|second|third|last|next|following|same|usual|original|moment|twenty|thirty|door|front|reception|lobby"
         r"|concierge|doorstep|porch|mailbox|letterbox|me|us|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
         r"|(?:[\w'-]+ ){0,2}?(?:day|date|time|slot|week|month"
         r"|hour)s?\b")
_TO_A_PLACE = re.compile(
    rf"\b(?:send|deliver|bring|ship|take|drop|redirect|forward|move|switch|reschedule|resched|push|change)\b[^.;!?]{{0,40}}?\b(?:to|at) "
    rf"(?:the|my|our|his|her|their|a|an) (?!{_WHEN})[a-z]"
    r"|(?:改送|改(?=到|去)|送|寄|发|运)(?:到|去|往|至)?(?!(?:我|我们)?(?:家|公司|办公室|单位|门口|楼下))[\u4e00-\u9fff]{0,5}?"
    r"(?:码头|港口?|船上?|车站|机场|营地|工地|酒店|宾馆|医院|学校|宿舍|仓库|工厂|门店|店里|馆|公园|岛上?|朋友|亲戚|驿站"
    r"|快递柜|自提点|丰巢|门卫|传达室)",
    re.IGNORECASE)


# A shift by days from a date the sentence does not give: 'push it back by two days', '晚两天送', '推迟一天'.
_SHIFTED = re.compile(rf"\b(?:back |forward )?by (?:a|an|{lx.EN_NUMBER}|\d+) (?:more )?(?:days?|weeks?)\b"
                      rf"|\b(?:a|an|{lx.EN_NUMBER}|\d+) (?:days?|weeks?) (?:later|earlier|after)\b"
                      r"|(?:晚|推迟|延后|延迟|往后(?:挪|推|延)?|顺延|早)(?:个)?[一二两三四五六七几\d]+(?:个)?(?:天|日|周|星期|礼拜)",
                      re.IGNORECASE)
# The small hours, when no courier delivers: 'the wee hours of monday', 'dead of night'.
_SMALL_HOURS = re.compile(r"\b(?:wee|small) hours\b|\bdead of (?:the )?night\b", re.IGNORECASE)


def unheld(text: str) -> tuple[str, str] | None:
    """(question, missing fact) when the sentence asks for what a new delivery time cannot hold; else None."""
    if _SMALL_HOURS.search(text):
        return "Couriers deliver from morning to evening; which part of the day should it come?", "preferred_part_of_day"
    if _SHIFTED.search(text) and tm.day_offset(_SHIFTED.sub(" ", text), date(2000, 1, 3)) is None:
        return ("Which day should it come instead? I don't hold the day it was due, so please name the day.",
                "preferred_date")
    if _TO_A_PLACE.search(text):
        return (("A delivery's time can move, its address cannot once the order is placed; the merchant or courier "
                 "can help. When should it come instead?"), "address_label")
    return None
