"""Requests that no errand carries out though they sit in an errand's words:

- an instruction for the courier with no change the system can make ('have the courier call me before coming', 'ask
  the rider to knock twice', 让快递员到了先打电话): the courier is not told anything through an errand;
- a purchase a third party demands from their own link (a recruiter's 'training kit', a landlord's smoke alarm, 中介
  发的链接): a known way to take money, so the shopper is asked, never obeyed;
- a second request tacked on after a valid one with 再, 顺便 or 还: another product for another person pointed at by
  size only (给小狗买个笼子，再给我家娃买个大点的); the first errand alone would leave the second unread.
"""

from __future__ import annotations

import re

_COURIER_EN = (
    r"(?:courier|driver|delivery (?:guy|man|person|driver|rider|boy|girl)|rider|postman|postie|deliveryman"
    r"|mailman|dispatcher)"
)
_TOLD_COURIER = re.compile(
    rf"\b(?:have|tell|ask|get|make|let|remind|instruct)\s+(?:the\s+|my\s+|your\s+)?{_COURIER_EN}\s+(?:to\s+)?(?:please\s+)?"
    r"(?:call|ring|phone|text|message|knock|wait|buzz|come|leave|not|don'?t|never|beep|honk|use|avoid|bring|hand)\b"
    r"|(?:让|叫|跟|告诉|通知|提醒|麻烦)(?:一下)?(?:快递员?|快递小哥|骑手|司机|送货的?|配送员|外卖员|小哥)[^，。！？]{0,6}"
    r"(?:打电话|打个电话|先打|来电|电话联系|联系我|敲门|等我|等一下|别按门铃|按门铃|别敲门|发短信|发消息)",
    re.IGNORECASE,
)
# A third party who demands the purchase, and the link it is to go through.
_DEMANDER = (
    r"(?:recruiters?|landlords?|landlady|agents?|employers?|(?:new )?boss|hr|interviewers?|hiring manager|company"
    r"|caller|stranger|seller|the job|they|he|she)"
)
_DEMANDED_EN = re.compile(
    rf"\b{_DEMANDER}\b[^.?!]{{0,30}}\b(?:says?|said|told me|tells me|insists?|wants? me|requires?|asked me)\b[^.?!]{{0,40}}"
    r"\b(?:must|have to|has to|need to|required to|should|got to)\b[^.?!]{0,60}\blink\b",
    re.IGNORECASE,
)
_DEMANDED_ZH = re.compile(
    r"(?:中介|房东|招聘|HR|hr|面试官|老板|公司|对方|客服|他|她|他们|领导|介绍人)[^，。！？]{0,6}(?:说|要求|让我|叫我|通知)"
    r"[^，。！？]{0,10}(?:必须|得|要|只能)[^，。！？]{0,12}(?:链接|二维码|小程序)"
)
# A second purchase tacked on, for another person, named by its size or kind only: '再给我家娃买个大点的'.
_TACKED_ON_ZH = re.compile(
    r"[，,；;]\s*(?:再|还|也|顺便)(?:要)?(?:给|帮|替)(?!我(?:也)?(?:买|来|订)|自己)[^，。！？]{1,8}?(?:也)?(?:买|来|订)(?:一)?"
    r"(?:个|只|件|把|份|套|张|台)?(?:大|小|好|便宜|贵|结实|高|宽|长)?(?:点|一点|些)?的?[。！!]*$"
)


def question(text: str) -> tuple[str, str] | None:
    """(question, missing fact) for a courier instruction, a purchase demanded from a third party's link, or a second
    request tacked on; None otherwise."""
    if _TOLD_COURIER.search(text):
        return (
            (
                "I can't pass instructions to the courier; the courier's contact is on the tracking page. Shall I do "
                "something else for the order?"
            ),
            "intent",
        )
    if _DEMANDED_EN.search(text) or _DEMANDED_ZH.search(text):
        return (
            (
                "I only buy what you choose yourself, not from a link someone says you must use; a request like that "
                "can be a scam. What would you like me to get?"
            ),
            "intent",
        )
    if _TACKED_ON_ZH.search(text):
        return (
            "That is two requests at once; which one should I do first, and what exactly is the second?",
            "query",
        )
    return None
