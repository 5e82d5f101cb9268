"""Sentences the offline planner answers with a question back, whatever action its readers chose:

- a price watch or an errand called off, in any wording: 'stop watching the Dyson', 'forget the price alert on the
  Switch', 'no need to keep an eye on the blender any more', 'drop the watch on …', 'unwatch …', 别盯了, 不用盯了,
  不看了, 取消提醒, 降价提醒关了吧, 不蹲了. No errand calls one off here; cancelling stays with the shopper;
- a purchase whose verb is negated: '别买X了', 'X不用买了', 甭买, 先不买, 不要了, "don't get the X anymore", 'no need to
  order …', 'hold off on buying …'. A watch that says it must not buy ('watch X, don't buy it', 先别买，盯着…) stays
  a watch: only a planned purchase or drinks order is asked about;
- a question when or where an order arrives whose product word two or more recent orders hold, pointed at as 'the
  kettle', 'that kettle', 那个壶 or 壶 alone: which order is asked, as a return or a move of the same words asks (each
  order comes on its own day). 'my kettle', 'the kettle order', what it cost and whether it came are asked of each
  and answered for each; a refund or a watch asked after is the return's or the watch's, not an order's;
- an amount left open or said as a heap, in any register: 'loads of', 'heaps of', 'a ton of', 'a boatload of',
  'as many as you can', 'dozens of', 海了去了, 老鼻子了, 一大堆, 管够, 越多越好, 有多少要多少, 成千上万, 上百. A count
  said as well keeps the action ('6 rolls of paper towels, they go through tons of them', '纸巾买两提，管够',
  'a bunch? no, 3 hangers'), unless it is taken back for the heap ('3 hangers, no wait, loads').

'盯着破壁机，降到300告诉我', 'watch the Kindle, don't buy it', "don't forget to buy rice, 2 bags", 'when do the headphones
arrive', '美的壶到哪了', "where's my parcel?", 'a bunch of bananas' and 'a 2 ton jack' keep their action.
"""

from __future__ import annotations

import re

from errand.domain.intents import Plan

from . import order_withdrawn as ow
from . import ordered as od
from . import phrases as ph
from .context import PlanRequest

CALLED_OFF = ("I can't call off a price watch or an errand from here; that stays with you. "
              + "Would you like me to do something else?", "intent")
NOT_BOUGHT = ("You said not to buy it, so I won't. What would you like me to do instead?", "intent")
HOW_MANY = ("How many exactly? Please give one number.", "quantity")

_NOT = r"(?<!n't )(?<!n’t )(?<!not )(?<!never )"
# A watch or an errand called off by its noun: 'stop the alert on …', 'cancel my price watch', 'forget the price
# alert on the PS5', 'drop the watch on the Switch', 'turn off the notifications for …'.
_STOP_NOUN = re.compile(
    _NOT + r"\b(?!stop\s*watch)(?:stop|quit|cease|halt|kill|pause|drop|scrap|ditch|dump|axe|nix|cancel|call\s+off|switch\s+off"
    r"|turn\s+off|shut\s+off|disable|deactivate|remove|delete|forget(?:\s+about)?|abandon|abort|bin|trash|shelve"
    r"|give\s+up(?:\s+on)?|undo|revoke|withdraw|retract|leave)\s+(?:(?:the|my|that|this|your|our|those|these|any|all"
    r"|its)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:price[- ]?(?:watch(?:es)?|alerts?|tracking|tracker|notifications?|reminders?|monitor(?:ing)?)|alerts?"
    r"|tracking|tracker|notifications?|reminders?|pings?|errands?|watch(?=\s+(?:on|for|of|over)\b|\s*(?:[,.;!?]|$)))",
    re.IGNORECASE)
# Watching itself called off: 'stop watching', 'no need to keep an eye on … any more', "don't bother tracking",
# 'I no longer need you to watch …', "I'm done tracking …", 'unwatch'.
_WATCHING = (r"(?:watch(?:ing)?|track(?:ing)?|monitor(?:ing)?|keep(?:ing)?\s+(?:an|a\s+close|your)\s+eye\s+on"
             r"|keep(?:ing)?\s+tabs\s+on|stalk(?:ing)?)\b")
_STOP_WATCHING = re.compile(
    _NOT + r"\b(?:stop|quit|cease|give\s+up|leave\s+off|knock\s+off)\s+(?:watching|tracking|monitoring|keeping\s+"
    r"(?:an|a\s+close|your)\s+eye\s+on|keeping\s+tabs\s+on|stalking|pinging\s+me|telling\s+me|alerting\s+me"
    r"|notifying\s+me|reminding\s+me|messaging\s+me|texting\s+me|bugging\s+me)\b"
    r"|\b(?:no\s+need\s+(?:to|for)|(?:you\s+)?(?:don'?t|do\s+not|needn'?t|need\s+not|won'?t)\s+(?:need\s+to\s+|have\s+to\s+"
    r"|bother\s+(?:to\s+)?|bother\s+)?|no\s+longer\s+(?:need\s+to\s+)?|not\s+(?:going\s+to|gonna)\s+)" + _WATCHING
    + r"|\b(?:don'?t|do\s+not|no\s+longer)\s+(?:need|want)\s+(?:you\s+)?to\s+" + _WATCHING
    + r"|\b(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:done|finished|through)\s+(?:with\s+)?(?:watching|tracking|monitoring)\b"
    r"|\bun-?(?:watch|track)\b|\bno\s+more\s+(?:price\s+)?(?:alerts|pings|notifications|updates|reminders|tracking"
    r"|watching)\b"
    r"|\b(?:price\s+)?(?:watch|alert|tracking|tracker)\s+(?:is\s+|can\s+be\s+)?(?:off|cancell?ed|over|not\s+needed"
    r"|no\s+longer\s+needed)\s*(?:please|pls|now|thanks)?\s*[.!]?\s*$", re.IGNORECASE)
# Telling, pinging or reminding called off only when it is for good: "don't tell me about the Kindle any more"
# ("don't tell me, just buy it below 300" is a watch that buys).
_NO_MORE_TELLING = re.compile(
    r"\b(?:don'?t|do\s+not|no\s+need\s+to|needn'?t)\s+(?:tell|ping|alert|notify|remind|message|text|bug)\s+me\b"
    r"[^.?!]{0,40}\b(?:any\s?more|any\s+longer|again)\b", re.IGNORECASE)
# In Chinese: 别盯了, 不用盯, 不看了, 别再看价了, 不用关注了, 不蹲了, 停止监控, 取消提醒, 提醒关了, 盯价那个删了, and 取消 said of
# anything (no errand cancels).
_ZH_OFF = r"(?:别|不|不用|不必|甭|无需|不需要|用不着|没必要|莫|勿|停止|停|不要|不想|先别|暂时别|暂停)"
_ZH_STOP = re.compile(
    _ZH_OFF + r"(?:再|继续|接着|帮我|给我|替我|去|老|一直)*(?:盯|关注|監控|监控|蹲|跟踪|追踪|留意|观望|看着|守着)"
    r"|" + _ZH_OFF + r"(?:再|帮我|给我|替我)*看(?:了|价|它|着|那|这)"
    r"|(?:不用|别|不必|甭|无需)再?(?:提醒|通知)我?了(?=\s*[。！!，,]?\s*$)"
    r"|(?:取消|关掉|关闭|关了|删掉|删除|删了|撤掉|撤销|撤了|停掉|停了)[^，。！？,.!?]{0,10}?(?:提醒|通知|盯价|监控|关注|跑腿|任务)"
    r"|(?:提醒|通知|盯价|监控|关注|价格提醒|跑腿|任务)[^，。！？,.!?]{0,6}?(?:取消|关掉|关了|关闭|删掉|删了|删除|撤掉|撤了|撤销"
    r"|停掉|停了|不要了|作废|算了)"
    r"|(?<![可能])(?<!不可)(?<!无法)取消(?!不了|的)")


# Asked whether a watch has stopped ('这个盯价任务停了没有', 'has watch-… stopped?'): a question, not a calling off.
_ASKED = re.compile(r"[?？]\s*$|(?:吗|嘛|么|没有|没|呢)\s*[？?]?\s*$|^\s*(?:is|has|have|did|was|were|does|do|are|why|when)\b",
                    re.IGNORECASE)


def called_off(text: str) -> bool:
    """A price watch or an errand called off, in any wording."""
    return bool(_STOP_NOUN.search(text) or _STOP_WATCHING.search(text) or _NO_MORE_TELLING.search(text)
                or _ZH_STOP.search(text) or ow.withdrawn(text))


# A purchase said with its verb negated: "don't buy", 'no need to order', 'never get', 'hold off on buying', 'no more
# ordering'. "don't forget to buy" is no negated buy, nor "don't get me wrong" or "it won't get here".
_EN_NOT_BOUGHT = re.compile(
    r"\b(?:don'?t|don’t|do\s+not|dont|never|no\s+need\s+to|needn'?t|need\s+not|no\s+longer|won'?t|will\s+not"
    r"|shouldn'?t|should\s+not|not\s+(?:going\s+to|gonna)|(?:don'?t|do\s+not|no\s+longer)\s+(?:need|want|have)\s+to"
    r"|stop|quit|cease|hold\s+off(?:\s+on)?|put\s+off|forget\s+about|give\s+up\s+on|no\s+more)\s+"
    r"(?:(?:go|going|ever|actually|bother|bothering)\s+(?:to\s+)?)?"
    r"(?:buy(?:ing)?|order(?:ing)?|purchas(?:e|ing)|get(?:ting)?|grab(?:bing)?|pick(?:ing)?\s+up)\b"
    r"(?!\s+(?:me\s+|it\s+|them\s+|us\s+)?(?:wrong|confused|lost|wet|hurt|scammed|ripped\s+off|burn[et]d?|fooled|mad|upset"
    r"|angry|stuck|caught|here|there|home|delivered|through|in\s+time|why|how|what|the\s+point|it\s+done)\b)",
    re.IGNORECASE)
_ZH_NOT_BOUGHT = re.compile(
    r"(?:别|不|甭|不用|不必|不要|无需|不需要|用不着|没必要|莫|勿|先别|暂时别|暂时不|暂不|不想|不打算|不准备|不再|别再|停止)"
    r"(?:再|先|给我|帮我|替我|去|急着|着急)*(?:买|下单|订购|购买|购|入手|囤|采购|剁手|订(?!书)|要了)|别拍|不拍了|不要了")


def not_bought(text: str) -> bool:
    """The purchase is said with its verb negated."""
    return bool(_EN_NOT_BOUGHT.search(text) or _ZH_NOT_BOUGHT.search(text))


# The shopper's own, said of the product: 'my kettle', 'my electric kettle', 我的壶, 我买的水壶.
_MINE = re.compile(r"\bmy\s+(?:[\w'’-]+\s+){0,2}?(?P<word>[\w'’-]+)|(?:我的|我家的|我买的|我订的|俺的|我嘅)", re.IGNORECASE)
# A pointer at one thing: 'the', 'that', 'this', 那个, 这个, 那只.
_POINTER = re.compile(r"\b(?:the|that|this|those|these)\b|那个|這個|这个|那個|那只|这只|那台|这台|那把|这把", re.IGNORECASE)
# The order itself named by its product: "the kettle order", 水壶那单 ask after every kettle order.
_ORDER_OF = re.compile(r"\b(?!(?:for|out|on|of|the|my|a|an|your|in|with|by|to|its|their|this|that|whole|entire|same|last"
                       r"|next|first|any|each|every|which|what)\b)[a-z][\w'-]*\s+(?:order|delivery|parcel|package|shipment)\b"
                       r"|[\u4e00-\u9fff](?:那单|那个单|的单子|的订单|订单|那笔)",
                       re.IGNORECASE)
# A question about a refund, a return or a watch is about that, not an order's delivery or cost.
_NOT_ORDER_TOPIC = re.compile(r"\b(?:refund\w*|return\w*|watch\w*|alert\w*)\b|退款|退货|退貨|退钱|提醒|盯", re.IGNORECASE)


def shared_in_question(text: str, plan: Plan, request: PlanRequest) -> list[str]:
    """The recent orders a question points at by a product word more than one of them holds, when it is pointed at
    as one thing ('the kettle', 那个壶, 壶) rather than as the shopper's own ('my kettle')."""
    action = plan.action
    if action.kind != "question" or getattr(action, "order_id", None) or getattr(action, "errand_id", None) \
            or getattr(action, "topic", None) != "where":
        return []  # what it cost or whether it came is answered for each order ('how much did I pay for the kettle')
    if ph.ORDER_ID.search(text) or ph.ERRAND_ID.search(text) or _NOT_ORDER_TOPIC.search(text):
        return []
    held = sorted({order.order_id for order, _ in od.named_items(text, request.context.recent_orders)})
    if len(held) < 2:
        return []
    if _MINE.search(text) and not _POINTER.search(text) or _ORDER_OF.search(text):
        return []  # 'has my kettle shipped yet?', "when's the kettle order landing": asked of each, answered for each
    return held


# An amount said as a heap, in any register; a count said as well keeps the action.
_EN_HEAP = re.compile(
    r"\b(?:loads|heaps|tons|lots|oodles|scads|gobs|piles|mountains|buckets|bucketloads|boatloads|truckloads|shedloads"
    r"|shitloads|craploads)\s+(?:(?:and|upon)\s+(?:loads|heaps|tons|lots|piles)\s+)?of\b"
    r"|\ba\s+(?:whole\s+)?(?:ton|tonne|boatload|shedload|truckload|lorryload|vanload|carload|bucketload|crapload|shitload"
    r"|butt-?load|metric\s+ton|mountain|pile|heap|load|whole\s+lot|great\s+deal|hell\s+of\s+a\s+lot|heck\s+of\s+a\s+lot"
    r"|gazillion|zillion|bajillion|bazillion)\s+(?:of\b|(?=[a-z]))"
    r"|(?:\b(?:buy|get|order|grab|want|need|send)\s+(?:me\s+|us\s+)?|[,:;—–]\s*|\s-\s*|^)"
    r"(?:loads|heaps|tons|lots|oodles|a\s+(?:whole\s+)?bunch|a\s+ton|a\s+boatload|a\s+truckload|a\s+shedload)\b(?!\s+of\b)"
    r"|\b(?:umpteen|zillions|gazillions|countless|innumerable|untold)\b"
    r"|\bas\s+(?:many|much)(?:\s+[\w'-]+){0,3}\s+as\s+(?:you\s+(?:can|could)(?:\s+(?:get|find|carry|buy))?|possible|they(?:'ve|\s+have)"
    r"|there\s+(?:are|is)|(?:is|are)\s+available|in\s+stock|will\s+fit|fits?|i\s+can\s+afford|(?:the|my)\s+budget\s+allows"
    r"|we\s+can|the\s+cap\s+allows|you'?re\s+allowed)\b"
    r"|\ball\s+(?:of\s+)?the\s+(?:[\w'-]+\s+){1,3}(?:you\s+can\s+(?:find|get)|they\s+have|in\s+stock|left|available)\b"
    r"|\bevery\s+(?:single\s+|last\s+)?(?:one|[\w'-]+)\s+(?:they\s+have|in\s+stock|you\s+can\s+find)\b"
    r"|\bthe\s+(?:whole|entire)\s+(?:stock|lot|shelf|supply|batch|inventory)\b|\bwhatever\s+they\s+have\b"
    r"|\b(?:buy|clear)\s+(?:them|the\s+(?:shop|store|shelf|shelves))\s+out\b|\bmore\s+than\s+enough\b"
    r"|\ba\s+(?:great|good|fair)\s+(?:many|few)\b", re.IGNORECASE)
_ZH_VERB = r"(?:买|要|来|整|囤|订|拿|搞|备|进|弄|采购|置办)"
_ZH_HEAP = re.compile(
    r"海了去了|海了|老鼻子|管够|管饱|越多越好|多多益善|有多少(?:就)?(?:要|买|拿|来)多少|能买多少(?:就)?买多少|买多少算多少"
    r"|(?:买|整|要|来|囤)(?:它|他)?个够|成千上万|成百上千|不计其数|无数|海量|大批|大把大把|无限量|不限量|尽管买"
    r"|多(?:买|来|整|囤|备|拿|要)(?:点|些|一点|一些)"
    r"|" + _ZH_VERB + r"(?:它|他)?(?:个|上)?(?:一大堆|一堆(?!积)|一大批|一大把|好多|很多|许多|好些|大量|老多|贼多|超多|巨多|一大车"
    r"|一车|一屋子|一箩筐|一大箱子)"
    r"|^(?:一大堆|一堆(?!积)|好多|很多|许多|大量|老多)"
    r"|(?:一大堆|一堆|好多|很多|许多|大量|老多|贼多|超多|巨多)(?:的)?[了吧啊呀哈]*[。！!，,]?$")
# Rough numbers that are no count however read: 'dozens of', 'hundreds of', 上百, 几十, 成百.
_ROUGH_NUMBER = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|millions)\s+(?:(?:and|upon)\s+(?:dozens|hundreds|thousands)\s+)?of\b"
    r"|上百|上千|上万|几十|几百|几千|数十|数百|数千|(?<![一二两三四五六七八九\d])百八十|千把|成百|好几十|好几百")
# A count taken back in favour of the heap: '3 hangers, no wait, loads', '三个，不对，一大堆'.
_TAKEN_BACK = re.compile(r"\b(?:no|nope|wait|actually|rather|scratch\s+that|make\s+(?:it|that))\b|不对|不是|算了|改成|改为|还是",
                         re.IGNORECASE)


# Everything there is, said with its buying verb: a purchase however it was read ('口罩有多少要多少').
_ALL_OF_IT = re.compile(r"有多少(?:就)?(?:要|买|拿|来)多少|能买多少(?:就)?买多少|买多少算多少|\bas\s+many\s+as\s+you\s+can\b",
                        re.IGNORECASE)


def heaped(text: str, plan: Plan) -> bool:
    """A purchase's amount said as a heap or a rough number, with no count said for it."""
    action = plan.action
    if action.kind == "question" and _ALL_OF_IT.search(text):
        return True
    if action.kind not in ("buy", "bulk_order"):
        return False
    if _ROUGH_NUMBER.search(text):
        return True
    found = _EN_HEAP.search(text) or _ZH_HEAP.search(text)
    if found is None:
        return False
    intent = getattr(action, "intent", action)
    quantity = getattr(intent, "quantity", 1)
    return quantity == 1 or bool(_TAKEN_BACK.search(text[:found.start()]))


def question(text: str, plan: Plan, request: PlanRequest) -> tuple[str, ...] | None:
    """The question a planned action gives way to, or None."""
    kind = plan.action.kind
    if kind == "clarify":
        return None
    if called_off(text) and not (kind == "question" and _ASKED.search(text)):
        return CALLED_OFF
    if kind in ("buy", "bulk_order") and not_bought(text):
        return NOT_BOUGHT
    if held := shared_in_question(text, plan, request):
        return ("Which order do you mean? " + ", ".join(held) + ".", "order_id")
    if heaped(text, plan):
        return HOW_MANY
    return None
