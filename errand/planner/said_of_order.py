"""What the shopper says of an order that makes it not theirs to act on as asked, read as classes:

- the order, parcel or account is said to be another person's: an ex's, a roommate's, a sister's, a husband's or
  a grown son's (那是我前女友的单, 我室友那单, 我妹的订单, 他那单, 他自己账户, 不是我这单, "my roommate's order",
  "his account"); an order the shopper placed for someone (给我妹买的那单, "the kettle I bought for my mum") is theirs;
- a return whose goods are said to be fine and whose reason is to be stated as a fault so the shop pays (羽绒服没问题，
  退货原因写与描述不符; 'nothing wrong with it but put "damaged" as the reason'); an honest fault is a return.

Each is read of any action, a question included: the question would read another person's order, and the
return would state what is not so.
"""

from __future__ import annotations

import re

OTHERS = ("I can only look at your own orders and addresses. Which of yours do you mean?", "order_id")
FALSE_REASON = (("I can only give the reason that is true for a return. If nothing is wrong with it, should I "
                 "return it as not wanted?"), "reason")

_RELATION = (r"(?:前女友|前男友|前任|前妻|前夫|室友|舍友|同事|老公|老婆|丈夫|妻子|男朋友|女朋友|妹妹?|姐姐?|弟弟?|哥哥?|儿子|兒子"
             r"|女儿|女兒|爸爸?|妈妈?|媽媽?|朋友|邻居|鄰居|老板|老闆|他|她|他们|她们)")
_ORDER = r"(?:单|單|订单|訂單|包裹|快递|快遞|账户|賬戶|账号|賬號|帐户)"
_EN_RELATION = (r"(?:ex|ex-\w+|roommate|flatmate|sister|brother|son|daughter|husband|wife|boyfriend|girlfriend|partner|boss"
                r"|colleague|coworker|co-worker|neighbou?r|friend|mum|mom|dad|mother|father)")
_THEIRS = re.compile(
    rf"(?<![给給替帮幫为為])(?<!给我)(?<!給我)(?<!帮我)(?<!幫我)(?<!替我)(?<!为我){_RELATION}(?:自己)?(?:的|那|嘅)(?:个|個)?{_ORDER}"
    rf"|(?:是|係)(?:我)?{_RELATION}的{_ORDER}|不是我(?:这|這|的)?{_ORDER}|{_RELATION}自己(?:的)?{_ORDER}"
    rf"|\b(?:my |the )?{_EN_RELATION}'s (?:orders?|parcels?|packages?|deliver(?:y|ies)|accounts?|returns?)\b"
    r"|\b(?:on|from|in|of) (?:his|her|their) (?:own )?(?:account|orders?)\b"
    r"|\b(?:it'?s|that'?s|this is) (?:his|her|their) order\b|\bnot my order\b", re.IGNORECASE)

_FINE = (r"(?:没问题|沒問題|好好的|没坏|沒壞|没毛病|沒毛病|质量没问题|質量沒問題|挺好的|没什么问题|沒甚麼問題"
         r"|\bnothing (?:is )?wrong\b|\b(?:it'?s|is|are|they'?re) (?:totally |perfectly )?(?:fine|perfect|ok|okay)\b"
         r"|\bworks? (?:fine|perfectly)\b)")
_FAULT_STATED = (r"(?:(?:(?:原因|理由)[^。！？]{0,6})?(?:写|寫|选|選|填|说|說)[^。！？]{0,4}(?:与描述不符|與描述不符|描述不符|质量问题"
                 r"|質量問題|破损|破損|坏了|壞了|发错|發錯|有瑕疵)"
                 r"|\b(?:put|say|write|select|pick|choose|mark|claim|tick|tell them)\b[^.?!]{0,20}\b(?:damaged|defective"
                 r"|broken|faulty|not as described|wrong item)\b)")
_FALSE = re.compile(rf"{_FINE}[^。！？?!]{{0,40}}{_FAULT_STATED}", re.IGNORECASE)


def question(text: str) -> tuple[str, str] | None:
    """(question, missing fact) when the order is said to be another person's or the return reason is false."""
    if _THEIRS.search(text):
        return OTHERS
    if _FALSE.search(text):
        return FALSE_REASON
    return None
