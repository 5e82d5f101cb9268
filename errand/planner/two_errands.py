"""Two errands of different kinds in one sentence, one clause each: 'what did the batteries cost, and order three more
packs', '12 Heytea grape teas to the office at 4 and return the glass kettle', 电池那单改到周一，顺便退掉耳机,
耳机到哪了，还有帮我盯着戴森V12. The planner does one errand a sentence, so acting on such a sentence does one and
drops the other; the gate asks which comes first instead.

The sentence is cut at its joiners ('and', 'then', 'also', 'plus', a comma or semicolon, 再, 还有, 顺便, 另外, 然后)
and each clause is read for the errand it starts: a question about an order, a drinks order for many, a buy, a price
watch, a return, a moved delivery, a cancellation. A clause that only adds to its neighbour ('and deliver them
tomorrow', 'just curious', 'and less ice', 再便宜点更好, '改到后天再送') starts none. A watch that buys ('keep an eye on
the AirPods Pro; once they hit 1500, order 2') buys what it watches, so its bare 'order 2' is the watch's own.

Also read here: what another person paid, asked of an order ('what did the headphones run her?', 'how much did my
flatmate's kettle set her back?'); only the shopper's own orders are answered ('what did the batteries run me?').
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from errand.domain.intents import PriceWatchIntent

from . import drinks as dk
from . import phrases as ph

# Where one clause ends and the next begins.
_JOINERS = re.compile(r"\b(?:and|then|also|plus)\b|[,;.!?，；。！？“”「」\"]|再|还有|顺便|另外|然后|并且", re.IGNORECASE)
# Words a clause may open with before its verb: 'please', 'can you', 'and then', 帮我, 把.
_LEAD_EN = r"^\s*(?:(?:please|pls|also|and|then|plus|can you|could you|i want to|i'd like to|i need to|now)\s+)*"
_LEAD_ZH = r"^\s*(?:帮我|给我|麻烦|请|再|也|就)*\s*"

# A question about an order, at the clause's start: what it cost, where it is, when it comes, whether it shipped.
_QUESTION = re.compile(
    _LEAD_EN + r"(?:(?:what|how much)\b[^,;]{0,40}?\b(?:cost|costs|paid|pay|price|were|was|run|ran)\b"
    r"|(?:when|where)\b[^,;]{0,40}?\b(?:arrive|arriving|come|coming|ship|shipped|deliver(?:ed)?|get here)\b"
    r"|where(?:'s|’s|\s+is|\s+are)\b"
    r"|(?:did|has|is|are)\b[^,;]{0,40}?\b(?:ship(?:ped)?|arrive[d]?|come|came|deliver(?:ed)?|go(?:ne)? out|sent|left)\b"
    # 'have the headphones shipped?' asks; 'have it sent to work' only says where the purchase goes
    r"|have\b[^,;]{0,40}?\b(?:shipped|arrived|come|been|gone out|left)\b)"
    r"|(?:多少钱|花了多少|什么价|啥价|什么时候到|啥时候到|几号到|到哪了|到哪儿了|到了没|到了吗|发货了?没|发货了吗|发了没|发了吗|寄出了?没)",
    re.IGNORECASE)
# A count of drinks from a chain or of a drink, for many: '12 Heytea grape teas', '20杯蜜雪冰城柠檬水'.
_COUNT = re.compile(r"^\s*(?:\d{1,3}|a dozen|twenty|thirty|fifteen|twelve|ten)\s+\w|[0-9一二两三四五六七八九十百]+杯",
                    re.IGNORECASE)
_CHAIN = re.compile("|".join(sorted((re.escape(w) for w in ph.CHAINS), key=len, reverse=True)), re.IGNORECASE)
_ORDER_WORD = re.compile(r"\b(?:ord_\w+|orders?|deliver(?:y|ies)|parcel)\b|那单|订单|快递", re.IGNORECASE)
_BUY = re.compile(
    _LEAD_EN + r"(?:buy|order|purchase|get|grab)\s+(?:me\s+|us\s+)?(?!it\b|them\b|one\b|if\b|when\b|once\b|rid\b|back\b"
    r"|delivered\b|ready\b|to\b|from\b|quick\b|done\b|under\b|below\b|at\b|for\b|less\b|cheaper\b|within\b|around\b"
    r"|about\b|now\b|only\b|then\b|right\b|as\b|over\b|above\b|this\b|that\b|those\b|these\b)(?:a|an|some|the|another|\d+|two|three|four|five|[a-z][a-z-]{2,})\b"
    r"|" + _LEAD_ZH + r"(?:买|下单|订)(?:[一二两三四五六七八九十几\d]|个|点|些|份|盒|包|箱|台|本|瓶|双|件|只)", re.IGNORECASE)
_WATCH = re.compile(
    _LEAD_EN + r"(?:watch|track|monitor|keep (?:an )?eye on)\s+(?:the\s+)?(?:price|\w+)"
    # a price to be told of: 'tell me when the X drops under 3000', 'let me know if it goes below 1200', 低于三千提醒我
    r"|" + _LEAD_EN + r"(?:tell|let|notify|alert|ping)\s+me\s+(?:know\s+)?(?:when|if|once|as soon as)\b[^,;]{0,50}?"
    r"\b(?:drops?|falls?|go|goes|gets?|hits?|dips?|is|are)\s+(?:down\s+)?(?:under|below|to|beneath|less than)\b"
    r"|" + _LEAD_ZH + r"(?:盯着|盯一下|盯住|关注一下|关注|留意)"
    r"|(?:降到|跌到|跌破|低于|少于|不到|掉到)[^，。；]{0,10}(?:提醒|通知|告诉|喊)|降价(?:提醒|通知)",
    re.IGNORECASE)
_RETURN = re.compile(
    _LEAD_EN + r"(?:return|send\s+(?:[\w-]+\s+){0,4}back)\b|退掉|退了|退货|退回|退款"
    r"|" + _LEAD_ZH + r"把?退\s*(?:ord_\w+|那单|这单)", re.IGNORECASE)
_RESCHEDULE = re.compile(
    _LEAD_EN + r"(?:reschedule|postpone|(?:move|push|delay|shift|change)\s+(?:back\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:to|till|until)\s+(?:next\s+|this\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun|tomorrow|the\s+\d"
    r"|\d{1,2}(?:st|nd|rd|th)?\b|next\s+week))"
    r"|(?:改到|改成|改为|推迟到?|延后到?|延到|挪到)[^，。；]{0,6}?(?:周|星期|礼拜|明天|后天|大后天|下周|\d+号|[一二三四五六七八九十]+号|月)",
    re.IGNORECASE)
_CANCEL = re.compile(_LEAD_EN + r"cancel\b|" + _LEAD_ZH + r"取消", re.IGNORECASE)


# A bare 'order it' or 帮我下单 places the errand its neighbour names; it starts none of its own.
_BARE = re.compile(r"^\s*(?:(?:please|pls|and|then|just|go ahead and)\s+)*(?:order|buy|get|place)\s+(?:it|them|that|this"
                   r"|the order)\s*(?:please|now|for me)?\s*$"
                   r"|^\s*(?:帮我|给我|请|麻烦)?(?:下单|下个单|下一单|买下来|买了吧|订了吧|订下来)(?:吧|哈|呀|啊|了)?\s*$", re.IGNORECASE)


def _kind(clause: str) -> str | None:
    """The kind of errand a clause starts, or None when it only adds to its neighbour."""
    if _QUESTION.search(clause):
        return "question"
    if _CANCEL.search(clause):
        return "cancel"
    if _RETURN.search(clause):
        return "return"
    if _RESCHEDULE.search(clause):
        return "reschedule"
    if _WATCH.search(clause):
        return "watch"
    if _COUNT.search(clause) and (_CHAIN.search(clause) or dk.DRINK.search(clause)) and not _ORDER_WORD.search(clause):
        return "bulk"
    if _BUY.search(clause):
        return "buy"
    return None


# The buy a watch makes when its price is reached, naming no product of its own: 'order 2', 'get me two', 'buy it'.
_WATCH_BUYS = re.compile(r"^\s*(?:(?:and|then|also)\s+)*(?:buy|order|get|grab|purchase)\s+(?:me\s+|us\s+)?"
                         r"(?:\d{1,2}|two|three|four|five|a couple|it|them|one|an?|a pair)\s*(?:of them|more)?"
                         r"(?:\s+(?:if|when|once|at|under|below|for)\b.*)?\s*$", re.IGNORECASE)


def watch_own_buy(clause: str) -> bool:
    """The clause is a watch's buy naming no product of its own: 'order 2', 'get me two', 'buy it'."""
    return bool(_WATCH_BUYS.match(clause))


def kinds(text: str, action: object = None, verbs: Mapping[str, re.Pattern[str]] | None = None) -> set[str]:
    """The kinds of errand the sentence's clauses start, each clause read here first and then by ``verbs``; a
    watch's own buy is no second errand."""
    found: set[str] = set()
    for clause in _JOINERS.split(text):
        if _BARE.match(clause):
            continue
        kind = _kind(clause) or next((name for name, verb in (verbs or {}).items() if verb.search(clause)), None)
        if kind == "buy" and isinstance(action, PriceWatchIntent) and action.buy_when_met and _WATCH_BUYS.match(clause):
            continue
        if kind is not None:
            found.add(kind)
    return found


def _watch_buys(text: str, action: object, kinds_said: set[str], verbs: Mapping[str, re.Pattern[str]]) -> bool:
    """A watch that buys what it watches: its bare 'order 2' is the watch's own, not a second errand."""
    if not isinstance(action, PriceWatchIntent) or not action.buy_when_met or not kinds(text, action) <= {"watch"}:
        return False
    clauses = re.split(r"\band\b|[,;.!?，；。！？]|\bthen\b|然后|并且|另外|顺便", text, flags=re.IGNORECASE)
    return kinds_said <= {"watch", "buy"} and all(watch_own_buy(clause) for clause in clauses if verbs["buy"].search(clause))


def two_at_once(text: str, action: object, kinds_said: set[str], verbs: Mapping[str, re.Pattern[str]]) -> bool:
    """The sentence starts two errands of different kinds: by the gate's own clause reading (``kinds_said``, from
    ``verbs``) or by this module's, unless the second is a watch's own buy."""
    return (len(kinds_said) > 1 or len(kinds(text, action, verbs)) > 1) and not _watch_buys(text, action, kinds_said, verbs)


# What someone else paid: 'what did X run her', 'how much did it set him back', 'what did the batteries cost them'.
_ANOTHER_PAID = re.compile(
    r"\b(?:what|how much)\b[^.?!]{0,60}?\b(?:run|ran|cost|costs|set)\s+(?:him|her|them|my\s+(?!card|account|total|budget|wallet)[a-z-]+)"
    r"(?:\s+back)?\b", re.IGNORECASE)


def another_paid(text: str) -> bool:
    """The sentence asks what another person paid for something; 'run me' or 'set me back' is the shopper's own."""
    return bool(_ANOTHER_PAID.search(text))
