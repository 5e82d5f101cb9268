"""A question about how one of Errand's own services works, with no order named: returns, refunds, exchanges,
deliveries, price watches, office drinks orders or approvals ('how do returns work?', "what's your return
policy?", 'how does the return process work?', 退货怎么退？, 退款流程是怎样的). It is a question Errand answers, not a
return to start, so it is planned as one (topic 'other'); a question that names an order, a product or a second
request is left to the readers that read those.
"""

from __future__ import annotations

import re

from errand.domain.intents import ErrandQuestion, Plan

_SERVICE = (r"(?:returns?|refunds?|exchanges?|deliver(?:y|ies)|shipping|price watch(?:es)?|price alerts?|drinks orders?"
            r"|bulk orders?|approvals?|quotes?|signing|cancellations?|rescheduling)")
_HOW = re.compile(
    rf"^(?:(?:hi|hey|hello|quick question|just wondering|q)[,:!]?\s+)?(?:so\s+)?"
    rf"(?:how (?:do|does) (?:the )?(?:{_SERVICE}|returning|refunding|reschedul\w+)(?: (?:process|policy|thing))? work(?: here| with you)?"
    rf"|how does (?:your|the|errand'?s) (?:{_SERVICE}) (?:process |policy )?work"
    rf"|what(?:'s| is| are) (?:your|the|errand'?s) (?:{_SERVICE}) (?:polic(?:y|ies)|process|rules?|terms)"
    rf"|how (?:do|can) (?:i|we) (?:return|refund|exchange) (?:things|stuff|something|an order|an item|items|goods)"
    rf"(?: (?:here|with you|with errand))?)"
    r"\s*[?？.!]*\s*(?:thanks|thx|ta)?[?？.!]*\s*$"
    r"|^(?:请问)?(?:退货|退款|换货|退换货|配送|送货)(?:怎么|怎样|如何)(?:退|办|操作|弄|处理|申请)?(?:的)?(?:呀|啊|呢)?[?？。]*$"
    r"|^(?:请问)?(?:怎么|怎样|如何)(?:退货|退款|换货|申请退货|申请退款)(?:呀|啊|呢)?[?？。]*$"
    r"|^(?:请问)?(?:退货|退款|换货|退换货)(?:流程|政策|规则)(?:是)?(?:怎样的|怎么样|是什么|如何)?(?:呀|啊|呢)?[?？。]*$",
    re.IGNORECASE)


def question(text: str, shopper: str) -> Plan | None:
    """The question planned when ``text`` asks only how one of Errand's services works; else None."""
    if _HOW.search(text.strip()) is None:
        return None
    return Plan(action=ErrandQuestion(shopper_id=shopper, topic="other", sentence=text))
