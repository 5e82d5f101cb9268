"""A request someone else wrote, forwarded or quoted, read again before the planner acts on it: 'FW: from Bob —
"order 20 milk teas to the office by 3pm" — yes pls do', '转发：“帮我买两盒牛奶”——帮她买一下'.

The quote says what; only the shopper's words after it say to do it, and the planner acts only when they clearly
do and the quote is a request the shopper could have made themselves. It asks when:

- the shopper's word is a bare acknowledgement that may only say the message was seen ('ok', 'sure', '好的', '好啊');
- the quote speaks for its writer: its 'me', 'my card', 'my flat', 帮我, 我家 are the writer's, not the shopper's
  (a 'me' is the shopper's to take on by saying for whom: '— get it for her', '——帮她买一下');
- the quote carries an instruction or a setting beyond the goods: a card, a payment or a receipt sent somewhere, an
  e-mail address, an address declared, confirmation or approval waived, a budget without limit;
- its deadline has already passed today ('by 0800h' read at 10:00, which the clock reader would move to tomorrow),
  its count is beyond what an office orders from one message (over a hundred drinks, over fifty of a product), or
  it spends five thousand yuan or more.

``question`` returns what to ask and the missing field, or None. Quotes that name a product ('a mug that says
"hello"', the title of a book) are no requests and are left alone.
"""

from __future__ import annotations

import re
from datetime import datetime

from errand.domain.intents import BulkOrderIntent, BuyAction, PlannedAction, PriceWatchIntent

# A quotation in double quotes or corner brackets: “…”, "…", 「…」, 『…』.
_DOUBLE = re.compile(r"[“\"「『](?P<said>[^”\"」』]{4,240})[”\"」』]")
# A quotation in single quotes set off by a dash or a colon; an apostrophe inside a word ("studio's") is no end.
_SINGLE = re.compile(r"(?:[—–:：]|\s-)\s*['‘](?P<said>.{4,240}?)['’](?=\s|[—–,.;!?。，！]|$)")
# A quotation that is the product's wording, not a request: 'a mug that says "get me coffee"', 'titled "…"'.
_PRINTED = re.compile(r"\b(?:(?:that|which|it|they) (?:says?|reads?)|saying|reading|printed|written|titled|called|named|engraved|labelled|labeled"
                      r"|with the words|text)\s*[:,]?\s*$|(?:写着|印着|印有|刻着|叫做?)\s*$", re.IGNORECASE)
# The quote asks for something: a verb of buying or ordering, or a request to the reader.
_REQUEST = re.compile(r"\b(?:buy|get|order|grab|pick up|purchase|send|ship|deliver|bring|book|need|want|can you|could you"
                      r"|pls|please)\b|买|買|订|訂|带|帶|捎|要|下单|下單|点|點", re.IGNORECASE)
# A forward said as such before the quote: 'FW:', 'Fwd:', 'forwarded', '转发', 'from Bob —'.
_FORWARD = re.compile(r"^\s*(?:fwd?|fw)\s*[:：]|\bforward(?:ed|ing)?\b|转发|轉發|\bfrom\s+[\w@.' -]{1,30}\s*[—–:-]"
                      r"|\b(?:wrote|writes|texted|messaged|emailed|e-mailed|sent(?: me)?(?: this)?|says|said|asked|asks)\s*[:,]?\s*$"
                      r"|(?:说|說|讲|講|发来|發來|问|問|留言|写道|寫道)\s*[:：]?\s*$", re.IGNORECASE)

# A bare acknowledgement, said once or a few times: it may say only that the message was read.
_ACK = (r"(?:ok(?:ay)?|k+|yes|yeah|yep|yup|sure|fine|alright|all right|noted|got it|seen|cool|right|hmm+|thanks|thx|ty"
        r"|好|好的|好啊|好吧|好嘅|好呀|行|行吧|嗯+|哦+|噢|可以|收到|知道了|谢谢|謝謝|ok啦|ok的|👍)")
_BARE = re.compile(rf"^{_ACK}(?:[\s,，.。!！~]*{_ACK})*$", re.IGNORECASE)
# The shopper's own word to act, said before the quote when nothing follows it: 'pls order this: "…"'.
_LEAD_ASK = re.compile(r"\b(?:pls|please|buy|order|get|do|sort|handle|go ahead)\b|帮|幫|下单|下單|买|買|订|訂|照",
                       re.IGNORECASE)
# A quote set off as another's words: at the start, after a colon or a dash, or after a forward marker.
_SET_OFF = re.compile(r"(?:^|[—–:：-])\s*$")
# The shopper saying for whom the quote's 'me' asked: '— get it for her', '——帮她买一下', '帮我妈买一个'.
_FOR_WHOM = re.compile(r"\bfor (?:her|him|them|my [a-z]+|[A-Z][a-z]+)\b|(?:帮|幫|给|給|替)(?:她|他|我(?:妈|媽|爸|老婆|老公"
                       r"|女儿|儿子|仔|囡|姐|妹|哥|弟)|[她他]们)")

# The writer's own first person in the quote (not 'we' or 'our': a team's request includes the shopper).
_FIRST_EN = re.compile(r"\b(?:me|my|mine|myself|i|i'm|i'll|i'd|im)\b", re.IGNORECASE)
_FIRST_ZH = re.compile(r"我(?![们們])")
# Things the writer's first person may not take over even when the shopper says for whom: the card and the place.
_WRITERS_OWN = re.compile(r"\bmy (?:card|credit card|debit card|account|wallet|alipay|wechat|paypal|flat|place|house|home"
                          r"|apartment|address|room|dorm|office|desk|door)\b|我(?:的)?(?:卡|银行卡|信用卡|账户|帳戶|家|屋企"
                          r"|地址|公司|宿舍|房间|房間)", re.IGNORECASE)
# An instruction or a setting carried in the quote, beyond the goods.
_SETTING = re.compile(
    r"\b(?:card|card number|credit|debit|cvv|password|otp|iban|bank (?:card|account|details|transfer)|charge|billing"
    r"|invoice|receipts? (?:to|and|\+)|the receipt|account|confirm\w*|approv\w*|sign[- ]?off|authori[sz]\w*"
    r"|(?:raise|lift|remove|ignore|no|spending|the) cap|cap (?:to|at|of)|(?:no|the|spending) limit|limit (?:to|at|of)"
    r"|unlimited|any price|whatever it costs"
    r"|no matter (?:the )?(?:price|cost)|spend\w*|address|addr|ship (?:it |them )?to|send (?:it|them|the \w+) to"
    r"|email|e-mail|saved|default|settings?|ignore|override|skip)\b|@|https?://|\d{7,}"
    r"|budget\s*(?:is\s*|[:=]\s*)?(?:unlimited|open|none|whatever|flexible|no limit|not an issue|no object)"
    r"|卡号|卡號|银行卡|銀行卡|信用卡|付款|支付|密码|密碼|验证码|驗證碼|确认|確認|审批|審批|上限|不限|随便花|隨便花|地址|邮箱|郵箱"
    r"|发票|發票|收据|收據|账户|帳戶",
    re.IGNORECASE)
# A day said in the quote: then its clock is on that day, not today.
_DAY = re.compile(r"\b(?:tomorrow|tmrw|tmr|tonight|today|mon|tue|wed|thu|fri|sat|sun)\w*\b|\d{1,2}[/.]\d{1,2}"
                  r"|明天|明早|明晚|后天|後天|聽日|听日|周|週|星期|礼拜|禮拜|[0-9一二三四五六七八九十]+[月号號日]", re.IGNORECASE)

_MOST_DRINKS = 100
_MOST_GOODS = 50
_MOST_SPENT = 500_000  # minor units: five thousand yuan

QUESTION_ACK = ("That forwarded message asks for {what}. Do you want me to do it for you? If so, please say it as "
                "your own request.")
QUESTION_WRITER = ("That forwarded message speaks for the person who wrote it (their “me”, their card or their address). "
                   "I only buy for you, with your own payment and saved addresses; please say what you want as your own "
                   "request.")
QUESTION_SETTING = ("That forwarded message carries instructions beyond the goods (payment, confirmation, an address or "
                    "a budget). I don't take those from a forwarded message; please say what you want yourself.")
QUESTION_STALE = "The deadline in that forwarded message has already passed today; when should it arrive?"
QUESTION_COUNT = "That forwarded message asks for {n}; that is more than usual. How many do you want me to order?"
QUESTION_SPEND = ("That forwarded message would spend up to ¥{total:,.0f}. Please confirm it in your own words, with the "
                  "count and the most you want to pay.")


def _quote(text: str) -> tuple[str, str, str] | None:
    """(what comes before, the quoted request, what comes after) of the first quoted request in ``text``."""
    for pattern in (_DOUBLE, _SINGLE):
        for match in pattern.finditer(text):
            said = match.group("said").strip()
            before = text[:match.start("said") - 1]
            if _PRINTED.search(before) or not _REQUEST.search(said) or not (
                    _SET_OFF.search(before) or _FORWARD.search(before)):
                continue
            return before, said, text[match.end():]
    return None


def _endorsement(before: str, after: str) -> str:
    """The shopper's own words around the quote: what follows it, or what leads to it after a forward marker."""
    said = re.sub(r"^[\s—–:：,，.。!！~-]+|[\s.。!！~]+$", "", after)
    if said:
        return said
    lead = re.sub(r"^[\s—–:：,，-]+|[\s—–:：,，-]+$", "", _FORWARD.sub("", before))
    return lead if _LEAD_ASK.search(lead) else ""


def _first_person(said: str) -> bool:
    return bool(_FIRST_EN.search(said) or _FIRST_ZH.search(said))


def _stale(said: str, action: PlannedAction, now: datetime) -> bool:
    """A drinks deadline the quote gave as a clock alone, already past today (the reader took it for tomorrow)."""
    if not isinstance(action, BulkOrderIntent) or action.deliver_by is None or _DAY.search(said):
        return False
    return action.deliver_by.astimezone(now.tzinfo).date() > now.date()


def _count_question(action: PlannedAction) -> str | None:
    if isinstance(action, BulkOrderIntent) and action.quantity > _MOST_DRINKS:
        return QUESTION_COUNT.format(n=f"{action.quantity} {action.item}")
    if isinstance(action, BuyAction) and action.intent.quantity > _MOST_GOODS:
        return QUESTION_COUNT.format(n=f"{action.intent.quantity} of {action.intent.query}")
    return None


def _spent(action: PlannedAction) -> int:
    if isinstance(action, BuyAction):
        unit = action.intent.max_unit_price
        return max(action.intent.max_total or 0, unit * action.intent.quantity if unit else 0)
    if isinstance(action, BulkOrderIntent):
        return action.max_total or 0
    return 0


def question(text: str, action: PlannedAction, now: datetime) -> tuple[str, str] | None:
    """What to ask before acting on a forwarded or quoted request in ``text``; None when the shopper's own
    endorsement of a plain request makes it theirs, or when there is no quoted request."""
    if not isinstance(action, (BuyAction, BulkOrderIntent, PriceWatchIntent)):
        return None
    found = _quote(text)
    if found is None:
        return None
    before, said, after = found
    endorsed = _endorsement(before, after)
    if not endorsed or _BARE.match(endorsed):
        return QUESTION_ACK.format(what=f"“{said[:80]}”"), "intent"
    if _WRITERS_OWN.search(said) or _first_person(said) and not _FOR_WHOM.search(endorsed):
        return QUESTION_WRITER, "shopper_identity"
    if _SETTING.search(said):
        return QUESTION_SETTING, "intent"
    if _stale(said, action, now):
        return QUESTION_STALE, "deliver_by"
    if (too_many := _count_question(action)) is not None:
        return too_many, "quantity"
    if (spent := _spent(action)) >= _MOST_SPENT:
        return QUESTION_SPEND.format(total=spent / 100), "max_total"
    return None
