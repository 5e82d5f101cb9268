"""An order called off in other words than 'cancel': 'forget the kettle order entirely', 'back out of the headphones
purchase', 'pull the plug on my order', 'scrap the batteries order', 'the shoes order — nix it', 'make that order go
away', "don't send the batteries, I no longer want the order", 别发了, 别寄了, 不要了这单, 撤单, 撤回那单, 反悔了,
单子作废.

No errand calls an order off here; that stays with the shopper, so each is asked about rather than read as a
purchase of the product it names. 'Deliver ord_b2 on Friday instead', "don't deliver it on Monday, Tuesday is
better", a return with its reason and 'where is my order' keep their action.
"""

from __future__ import annotations

import re

_ORDER_EN = r"(?:orders?|purchases?|checkout|transaction)"
# A word between the verb and the order that is no joint of a new clause ('forget to order', 'drop by and order').
_GAP = r"(?:(?!(?:to|and|by|then|me|us|off|in|please|pls|for|i|you|it|with|so)\b)[\w'’-]+\s+)"
_DROP_EN = (r"(?:(?:forget(?:\s+about)?|scrap|ditch|dump|drop|axe|nix|kill|undo|reverse|void|withdraw|retract|revoke|abandon"
            r"|abort|bin|trash|scratch|rescind)(?:s|d|ed|ing|ping|ped|ting|ted)?"
            r"|(?:call(?:ing)?|called)\s+off|(?:back|pull|get|walk)(?:ing|ed)?\s+(?:out\s+of|away\s+from)"
            r"|pull(?:ing)?\s+the\s+plug\s+on|tak(?:e|ing)\s+back|never\s*mind)")
_EN = re.compile(
    # 'forget the Bear kettle order altogether', 'back out of the headphones purchase', "I'm withdrawing my order"
    rf"\b{_DROP_EN}\s+(?:(?:the|my|that|this|our|those|these|an?|last|whole|entire)\s+)*{_GAP}{{0,4}}?"
    rf"{_ORDER_EN}\b(?!\s+(?:more|again|another|one|some|a|an|the|it)\b)"
    # 'the running shoes order — nix it', 'that order, scrap it', 'make that order go away', 'the order is off'
    rf"|\b{_ORDER_EN}\b[^.?!]{{0,20}}?\b(?:nix|scrap|ditch|drop|kill|void|bin|trash|forget|undo|axe|scratch)\s+(?:it|that)\b"
    rf"|\bmake\s+(?:the|that|this|my)\s+(?:[\w'’-]+\s+){{0,3}}?{_ORDER_EN}\s+(?:go\s+away|disappear|vanish)\b"
    rf"|\b(?:the|that|this|my)\s+(?:[\w'’-]+\s+){{0,3}}?{_ORDER_EN}\s+(?:is|'s)\s+(?:off|void|dead|scrapped)\b"
    # not wanted any more: 'I no longer want the order', "don't want that order anymore", 'I regret ordering …'
    rf"|\b(?:no\s+longer|don'?t|do\s+not|didn'?t)\s+(?:want|need)\s+(?:the|that|this|my)\s+(?:[\w'’-]+\s+){{0,3}}?{_ORDER_EN}\b"
    r"|\bregret\s+(?:ordering|placing)\b",
    re.IGNORECASE)
# A delivery refused because the goods are no longer wanted: "don't send the batteries, I no longer want them".
_NOT_SENT_EN = re.compile(r"\b(?:don'?t|do\s+not|no\s+need\s+to|needn'?t|never)\s+(?:bother\s+(?:to\s+)?)?(?:send|ship|deliver"
                          r"|dispatch|post|mail)(?:ing)?\b", re.IGNORECASE)
_UNWANTED_EN = re.compile(r"\b(?:no\s+longer\s+(?:want|need)|don'?t\s+(?:want|need)\s+(?:it|them|that|those|this)"
                          r"|changed\s+my\s+mind|not\s+wanted|any\s*more)\b", re.IGNORECASE)
_ZH = re.compile(
    r"(?:别|不要|不用|不必|甭|无需|先别|停止)(?:再|给我|帮我)*(?:发货?|寄|送|配送|发出|寄出)了(?=\s*(?:[，。！!,.;；]|$|不要|我))"
    r"|(?:这|那)(?:个)?单[^，。！？,.!?]{0,4}?不要了|不要了[^，。！？,.!?]{0,2}?(?:这|那)(?:个)?单"
    r"|撤(?:单|了|回|销|掉)|退单|反悔|作废|(?:单子?|订单)[^，。！？,.!?]{0,4}?(?:算了|不作数|不算了)")
# A return with its reason, or a question, is no calling off.
_RETURNED = re.compile(r"\b(?:return|refund|send\s+(?:it|them)?\s*back)\w*|退(?:货|款|钱|掉|了|回|给|一下)", re.IGNORECASE)
_DAY_ZH = re.compile(r"今天|明天|后天|下周|周[一二三四五六日天]|星期|礼拜|[0-9一二三四五六七八九十]+[号日点]")


def withdrawn(text: str) -> bool:
    """An order is called off in other words than 'cancel'."""
    if _RETURNED.search(text):
        return False
    if _EN.search(text) or _NOT_SENT_EN.search(text) and _UNWANTED_EN.search(text):
        return True
    found = _ZH.search(text)
    return found is not None and not (found.group(0).endswith("了") and _DAY_ZH.search(text))
