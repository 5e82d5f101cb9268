"""An errand negated or called off: 'no need to return the kettle after all', 'never mind returning ord_k1', 'forget the
headphones return', "don't bother sending back the shoes", 'the return for ord_h3 — drop it', 'actually keep ord_k1,
no return', "return? nah, forget it", 耳机的退货别办了, 南孚电池不退了, 跑鞋的退货算了, ord_k1的退款撤回吧, 唔使退喇.

The negation or withdrawal has the errand's verb or noun in its scope, so the errand is the one thing not wanted.
Calling an errand off is no action the planner has; each is asked about rather than read as the errand it names.
A later clause that asks for an errand of its own ('don't move it to Monday, move it to Tuesday', 不买了，买个便宜的)
is left to the readers; a wish said negatively before a purchase ('不要买太贵的', "don't get the plastic one") is
no withdrawal, nor is 'V了算了' ('退了算了': just return it) or 'don't forget to return it'.
"""

from __future__ import annotations

import re

# The errand said as a verb (after a negation that takes one) or as a noun (after a withdrawal that takes an object).
_VERB_EN = (r"(?:return(?:ing)?|refund(?:ing)?|send(?:ing)?\s+(?:(?:it|them|that|those|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?back"
            r"|reschedul(?:e|ing)|mov(?:e|ing)\s+(?:the\s+|my\s+)?deliver(?:y|ies)|chang(?:e|ing)\s+the\s+deliver(?:y|ies)"
            r"|buy(?:ing)?|order(?:ing)?|purchas(?:e|ing))\b")
_NOUN_EN = (r"(?:return|refund|reschedul(?:e|ing)|(?:price\s+)?watch|order|purchase|returning|refunding|buying|ordering"
            r"|sending\s+(?:it\s+|them\s+)?back|rescheduling|moving\s+the\s+delivery|delivery\s+change)(?:s|\s+request)?\b")
_GAP = r"(?:(?!(?:to|and|by|then|but|off|forget|me|us)\b)[\w'’-]+\s+)"
_NEGATED_EN = re.compile(
    # a negation over the errand's verb: "no need to return", "please don't send them back", "I've decided not to return"
    rf"\b(?:(?:no\s+need\s+to|do\s+not|don'?t|dont|won'?t|will\s+not|not\s+going\s+to|decided\s+not\s+to"
    rf"|rather\s+not|let'?s\s+not|not)\s+(?:(?:even|actually|really|just|bother(?:\s+to)?)\s+)?|don'?t\s+bother\s+)"
    rf"{_VERB_EN}(?!\s+(?:until|till|before|unless)\b)"
    # a withdrawal over the errand as an object: 'forget the headphones return', 'skip the return of the shoes'
    rf"|\b(?:(?:never\s*mind|forget(?:\s+about)?|don'?t\s+bother\s+with|scrap|cancel|call\s+off|hold\s+off\s+on"
    rf"|withdraw|abandon|changed\s+my\s+mind\s+(?:about|on)|no\s+longer\s+(?:need|want))\s+(?:(?:the|my|that|this|a|an|our)\s+)?"
    rf"|(?:skip|drop|stop)\s+(?:the|my|that|this|our)\s+){_GAP}{{0,4}}?{_NOUN_EN}"
    # the errand first, its withdrawal after: 'the return for ord_h3 — drop it', "return? nah, forget it"
    rf"|\b(?:return|refund|reschedule|order|purchase)\b[^.!]{{0,30}}?(?:\bnah\b|\bforget\s+(?:it|that)\b|\bdrop\s+(?:it|that)\b(?!\s+(?:at|off|in|into|to|with|by|round|over|back)\b)"
    rf"|\bscrap\s+(?:it|that)\b|\bnever\s*mind\b(?!\s+\w)|\bnot\s+any\s?more\b)"
    rf"|\bno\s+(?:return|refund)\b(?!s?\s+(?:policy|label|window|address|slip|form)\b)",
    re.IGNORECASE)
_WATCHED = re.compile(r"\b(?:watch(?:ing)?|keep\s+an\s+eye|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|ping|notify|alert|monitor"
                      r"|price|drops?|dropped|falls?|below|under|sub-?\d)\b|盯|蹲|提醒|告诉|通知|叫我|降到|跌破|以下|再说",
                      re.IGNORECASE)
_AFFIRMED_EN = re.compile(r"\b(?:buy|get|order|return|send\s+(?:it|them)\s+back|move|reschedule)\b", re.IGNORECASE)
_NOT_BEFORE_EN = re.compile(r"\b(?:no\s+need\s+to|don'?t|do\s+not|not|won'?t|never|forget|skip|stop|cancel)\s*$",
                            re.IGNORECASE)

_ZH_ERRAND = r"(?:退货|退貨|退款|退|改期|改时间|改日子|改送货时间|盯|买|買|下单|下單|订)"
_ZH_NOUN = r"(?:退货|退貨|退款|退换|改期|降价提醒|提醒|订单|单子)"
_NEGATED_ZH = re.compile(
    # a negation over the errand's verb, closed by 了 or the clause's end: 不退了, 别买了, 我决定不退ord_h3了, 唔使退喇
    rf"(?:不|别|甭|不用|不要|无需|不必|先不|暂时不|决定不|不想|不打算|唔使|唔好|唔)(?:再|先|要)?(?:帮我|给我)?{_ZH_ERRAND}"
    rf"(?:(?:[A-Za-z0-9_\u4e00-\u9fff]{{0,10}}?)(?:了|喇|啦|咯|嘞)|(?=[，。！？,.!?；;]|$))"
    # the errand as a noun, then its withdrawal: 耳机的退货别办了, 退货申请撤了, 改期的事不用了, 那个退货我撤回
    rf"|{_ZH_NOUN}(?:的事|这事|那事|申请|那个事)?[^，。！？,.!?]{{0,6}}?(?:别办了|不办了|不弄了|别弄了|撤回|撤了|撤销|作罢"
    rf"|不要了|不用了|不搞了|唔搞|唔使|免了|取消掉?|就这样吧)"
    # 算了 only after the errand said as a matter ('跑鞋的退货算了'), not after its verb ('退了算了': just return it)
    rf"|(?:的|那个|这个)(?:退货|退款|改期)(?:的事|这事|那事)?[^，。！？]{{0,3}}?算了|(?:退货|退款|改期)(?:的事|这事|那事|申请)[^，。！？]{{0,3}}?算了"
    # the withdrawal first: 撤回退货, 取消我的退款申请
    rf"|(?:撤回|撤销|取消)(?:掉)?(?:我的|这个|那个|这次|那次)?(?:退货|退款|改期)",
)
_AFFIRMED_ZH = re.compile(r"(?<![不别没甭唔])(?:买|買|下单|退掉|退了吧|退货吧|改到|改成)")


def question(text: str) -> tuple[str, str] | None:
    """The question to ask when the sentence calls its errand off, else None."""
    said = _NEGATED_EN.search(text) or _NEGATED_ZH.search(text)
    if said is None:
        return None
    if re.search(r"buy|order|purchas|买|買|下单|下單|订", said.group(0), re.IGNORECASE) and _WATCHED.search(text):
        return None  # "tell me under 2000, don't buy it", 盯着…，别买: a watch that does not buy
    later = re.split(r"[,;.!?，。；！？]|\s[-–—]\s", text[said.end():], maxsplit=1)
    if len(later) > 1 and _affirmed(later[1]):
        return None  # 'never mind the blue one, order the red one': the later clause is the errand
    return _ASKED


_ASKED = (("Calling an errand off isn't something I can do from here, so nothing will be done. "
           "Would you like me to do something else?"), "intent")


def _affirmed(rest: str) -> bool:
    for found in list(_AFFIRMED_EN.finditer(rest)) + list(_AFFIRMED_ZH.finditer(rest)):
        if not _NOT_BEFORE_EN.search(rest[:found.start()]) and not re.search(r"(?:不|别|不用|不要)$", rest[:found.start()]):
            return True
    return False
