"""The offline planner's reading of sentences about orders already placed: a return (which order, which item,
why), a new delivery time, a question about an errand or an order.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal, cast

from errand.domain.intents import (
    ErrandQuestion,
    PartOfDay,
    Plan,
    RescheduleIntent,
)

from . import asked_cues as ac
from . import drinks as dr
from . import lexicon as lx
from . import moved as mv
from . import ordered as od
from . import phrases as ph
from . import placed_said as ps
from . import reasons as rs
from . import return_order as ro
from . import shopping as sh
from . import slots as sl
from . import times as tm
from . import watch as wt
from .context import OrderSummary, PlanRequest

_ask = sh.ask


def counts_something(text: str) -> bool:
    return bool(re.search(rf"\b{lx.EN_NUMBER}\b|{lx.ZH_NUMBER}[杯打个]|[x×]\s?\d+", text, re.IGNORECASE))


_QUESTION_START = re.compile(
    r"^(?:where(?:'s| is| are)?|when(?:'s| is| will| does)?|what(?:'s| is)?|how much|how's|hows|how is|how long|has|have"
    r"|did|is|are|was|were|which(?= (?!one\b)\w+ (?:is|are|has|have)\b)|any (?:news|updates?|movement|progress|word)|status|update on|track (?:my|the) (?:order|package|parcel|delivery)|why"
    r"|track (?=ord[_-]|(?:buy|bulk|return|watch|reschedule)-)"
    r"|(?:any )?eta|tracking (?:for|of|on|number|info)|tracking$)\b",
    re.IGNORECASE)
_ERRAND_WORDS = re.compile(r"\b(?:order|errand|parcel|package|delivery|shipment|purchase|quote|it|my|his|her|our|tea|them"
                           r"|courier|driver|rider|price watch|price alert"
                           r"|(?:the|my) (?:return|refund))\b|订单|快递|包裹|奶茶|咖啡|我的", re.IGNORECASE)
# "Is it possible to …", "would you mind …": a request worded as a question, not a question about an errand.
_REQUEST_FRAME = re.compile(r"^(?:is it possible|would it be possible|is there (?:any )?way|would you mind|do you mind)\b",
                            re.IGNORECASE)
# "Excuse me, could you tell me when …", "please check where …": a frame around a question about an errand.
_ASKING_FRAME = re.compile(
    r"^(?:(?:excuse me|sorry|hi|hello|hey)[,!]?\s*)?(?:please\s+)?(?:(?:could|can|would) you (?:please )?)?"
    r"(?:tell me|let me know|check|find out|look up|see|i (?:should|would|'d) like to know|i want to know"
    r"|i wonder|i'?m wondering)\s+(?=(?:where|when|what|how|whether|if|which)\b)", re.IGNORECASE)
# Asking after something already under way; said of a watch too ("降价提醒有消息吗"), so a watch word does
# not make it a new watch.
ZH_STATUS = re.compile(r"(?:有没有|有)(?:什么)?(?:消息|进展|动静|结果)|触发了吗|怎么样了")
# A question passed on for someone else: 'grandpa asks: …', 'my mum wants to know: …', 'dad asks, …'.
_RELAYED = re.compile(r"^(?:(?:my|our) )?(?:[a-z]+ ){0,2}?(?:asks?|asked|is asking|wants to know|wonders|was wondering)"
                      r"\s*[:,]\s*|^\S{1,6}(?:问|想知道)[:：，,]\s*", re.IGNORECASE)
# Cantonese 'where' left after the dialect words: 'ord_k1而家去到边' (where has it got to), '去咗边', '喺边'.
_ZH_WHERE = r"|(?:去到|到|去了?|在|喺)边(?:度|处|里)?[？?]?$"
_WHICH_DAY = r"(?:礼拜|星期|周)几|哪(?:一)?天|啥辰光|几辰光"  # which day: 礼拜几, 哪天, Wu 啥辰光
_ZH_QUESTION = re.compile(r"(?:了吗|了没有?|没有?到)[？?]?$|(?:发货|發貨|寄出|发出)了?(?:没有?|冇|吗)[？?]?$|(?:有冇|有没有)(?:寄|送|收)?到[？?]?$|有冇.{0,3}(?:到|發貨|发货)|什么情况|啥情况|还在.{0,6}吗|运费|物流|查一下(?:快递|包裹|订单)|到账|在哪|到哪|去了?哪|哪里了?[？?]?$|(?:什么|啥)时候.{0,4}(?:到|deliver|arrive)|(?:什么|啥)时候(?:能|会|可以|才|就)?(?:送来|送过来|寄来|寄过来|送达|来(?=[吗呢啊呀？?]|$))|^[^买订]{0,15}(?:什么|啥)时候.{0,4}(?:发货|发出|寄出)|几(?:时|点钟?).{0,4}到|到了吗|到了没|怎么样了|进度|状态|花了多少|多少钱[？?]?$|发货了|发了吗|多久|还要多长时间"
                          r"|(?:为何|为什么|为啥)(?:还没|还未|迟迟未|没有?|一直|总是|会)?(?:延迟|延误|迟到|到|发货|送到|耽搁)|送到了吗|退款到了|还(?:没|不)(?:到|来|发货|送到)(?:啊|呀|吗|呢|哦|嘛)?[？?！!。]*$"
                          # which day it comes: '大概礼拜几到', '估计周几能到手', '哪天能送来', Wu '啥辰光到'
                          rf"|(?:{_WHICH_DAY})(?:能|会|可以|才|就)?(?:到|送来|送到|送过来|寄到|来)(?![^。]*买)"
                          # a formal ask after a cost: '烦请查询ord_k1费用几何' (what did ord_k1 cost)
                          r"|(?:费用|花费|价钱|价格|运费|金额|总价)几何"
                          # Classical where and when: '今在何处', '身在何方', '何时可到'
                          r"|何(?:处|方|地|时|日)" + _ZH_WHERE
                          # A-not-A and 没 last: '到底发没发货', '到没到', '签收没'
                          + r"|([发到签收寄送])没\1|(?:签收|收到|发货|寄出|送到|[发寄]出来)了?没[？?]?$|(?:能|会)到(?:吗|么|不|嘛)[？?]?$")
RETURN = re.compile(
    r"\b(?:return|refund|tuihuo|give (?:it |them |this |these )?back|giv(?:ing|en) back|hand (?:it |them )?back|send (?:it|this|them|ord_\w+|(?:the|my) [\w -]+?)(?: all| both)? back|send back|money back|broken|damaged"
    r"|defective|faulty|(?:doesn'?t|does not|don'?t|do not|isn'?t|not) work(?:ing)?|stopped working|cracked"
    r"|wrong (?:item|size|colou?r|product|model|one|version)|(?:came|arrived) (?:with|broken|damaged|cracked|dented))\b"
    # shorthand and a broken promise of newness: 'ret ord_b2', 'described as new but came opened'
    # 'take back the Bear kettle', 'take them back'
    r"|\btake (?:it|them|this|these|ord_\w+|(?:the|my) [\w -]{1,30}?) back\b|\btake back (?:the|my|ord_|it\b|them\b)"
    # 'returning it', 'sending them back', 'shipping ord_b2 back', 'ord_h3 is going back'
    r"|\breturning\b|\b(?:sending|shipping|posting|mailing) (?:[\w'-]+ ){0,4}?back\b"
    r"|\b(?:ship|post|mail) (?:it|them|this|these|ord_\w+|(?:the|my) [\w -]{1,30}?) back\b"
    r"|\b(?:is|are|it'?s|they'?re) going back\b(?! (?:home|to (?:work|school|bed))\b)"
    r"|\b(?:ord_\w+|it|they|them|these|the \w+) (?:can|could|should|will|may) go back\b"
    r"|\bret\b(?=\s+(?:ord[_-]|it\b|this\b|them\b|the\b|my\b|pls\b|please\b))"
    r"|\b(?:described|listed|advertised|sold|labell?ed) as (?:brand[- ])?(?:new|unused|sealed|unopened)\b[^.;]{0,30}"
    r"\bbut\b"
    r"|欲退|退返|退番|退货|退一下|[，,]\s*退$|退款|退掉|退了|想退|要退|能退|可以退|退吗|坏了|破了|发错|不能用|退回|(?:整单|全部|都)退|退[吧啦]?$|退钱"
    # '只退索尼耳机', '帮我退那个水壶': 退 as the sentence's verb (not 退休, 退出, 退烧, 退房, 退订)
    r"|(?:^|只|帮我|给我|请|我要|麻烦)退(?![休出烧房订役伍])"
    # Shanghainese 退脱 (退掉), '把那个电池退了', and 退 standing alone between spaces: '耳机我不要了 退'
    r"|退脱|把[^，,。]{1,15}退(?![休出烧房订役伍])|(?:^|\s)退(?:\s|$)|退(?=\s*ord[_-]\w)"
    r"|(?<=[，,])\s*退(?=[一两\d][个双件台盒包副只套瓶])",  # '…买重了，退一个': how many go back
    re.IGNORECASE)
# A change of a delivery's time: a marker of change, or a delivery verb with a time and no new order in it.
_RESCHEDULE = re.compile(
    r"\b(?:reschedule|re-schedule|resched|change (?:the |my )?deliver(?:y|ies)|move (?:the |my )?deliver(?:y|ies)"
    r"|push (?:back )?(?:the |my )?deliver(?:y|ies)|delay (?:the |my )?deliver(?:y|ies)|move it|push it"
    r"|(?:deliver|bring|send|drop off) (?:it|them|my (?:order|parcel|package)|ord_\w+)\b"
    r"|(?:won'?t|can'?t|will not) be (?:at )?home|instead|rather than|not home|be out|be away"
    r"|(?:can|could) (?:it|they|my (?:parcel|package|order|delivery)|the (?:parcel|package|order|delivery)|ord_\w+)"
    r" (?:come|arrive|be delivered|get here|be)"
    r"|delivery (?:to|for) (?:tomorrow|next|on)|(?:change|move) (?:the )?delivery time|later delivery"
    r"|(?:move|push|postpone|delay|shift|reschedule|change) (?:ord_\w+|it|them|(?:my|the) (?:order|parcel|package|delivery))"
    # an order named by its item: 'move the headphones order', 'push back the kettle delivery'
    r"|(?:move|push|postpone|delay|shift|reschedule) (?:back )?(?:my|the) [\w'-]+(?: [\w'-]+)? (?:order|parcel|package|delivery)"
    r"|(?:can|could|will|it'?ll) wait (?:until|till|for)|postpone|(?:another|other|different) (?:day|time)|(?:rather|prefer to) (?:get|have|receive) (?:it|them"
    r"|(?:my|the) (?:order|parcel|package|delivery))|hold (?:the |my )?(?:delivery|parcel|package|order)"
    r"|make it (?=(?:on |next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
    r"|today|tonight|the \d))"
    # 'change to sunday morning can?', 'switch it to friday'
    r"|(?:change|switch|shift) (?:it |them |delivery )?to (?=(?:on |next |this |last )?(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|tomorrow|today|tonight|the \d|morning|afternoon|evening)))\b"
    r"|改到|改成|改期|改个?时间|换个?时间|推迟|延后|改天|晚点送|再送|不在家|能不能.{0,8}送|送.{0,3}可以吗|能.{0,12}送吗",
    re.IGNORECASE)
_DELIVERY_VERB = re.compile(r"\b(?:deliver(?:ed|y)?|come|arrive|bring|send|drop off)\b|送|到", re.IGNORECASE)


# A day said to suit the shopper: 'any time Friday is fine', 'thursday morning works', '周四全天都行'.
_ACCEPTED = re.compile(r"\b(?:is|are|would be) (?:fine|good|ok(?:ay)?|better|perfect)\b|\bworks?\b|\bsuits?\b"
                       r"|\bany ?time\b|\ball day\b|全天|全日|整天|都行|都得|都可以|都ok", re.IGNORECASE)
# What is left of a sentence made only of times: 'the day after tomorrow, but not in the morning — evening'.
_TIME_WORDS = re.compile(
    r"\b(?:the day after tomorrow|tomorrow|today|tonight|tmrw?|(?:this|next|on|in|the|at|around|but|not|or|and|then"
    r"|please|pls|instead|ok|okay|only|any ?time|all day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|morning|afternoon|evening|night|arvo|noon|ord_\w+)\b"
    r"|大后天|后天|明天|今天|今晚|明早|明晚|周[一二三四五六日天]|星期[一二三四五六日天]|上午|早上|中午|下午|晚上|傍晚|不要|别|吧|了"
    r"|[\s,.;:!?，。；：！？—–-]+", re.IGNORECASE)


def _only_times(text: str) -> bool:
    """Times weighed against each other and nothing else: 'tomorrow, but not in the evening — morning'. A
    time alone ('tomorrow') could answer anything, so it is not read as a new delivery time."""
    contrast = re.search(r"\b(?:not|but|instead|rather)\b|不要|别|不是", text, re.IGNORECASE)
    return bool(contrast) and not _TIME_WORDS.sub("", tm.without_times(tm.with_day_numbers(text.lower())))


def _asks_first(text: str) -> bool:
    """'我的包裹到哪了？今晚要上夜班': a question first, then a remark about a time; not a new time."""
    first = re.match(r"[^?？]+[?？]+(?=\s*\S)", text)
    if first is None or _REQUEST_FRAME.search(text):
        return False
    return bool(_QUESTION_START.search(first.group(0)) or _ZH_QUESTION.search(first.group(0)))


def is_reschedule(text: str, drink_order: bool) -> bool:
    if drink_order or RETURN.search(text) and not re.search(r"\bdeliver", text, re.IGNORECASE):
        return False
    if rs.reason(text) == "wrong_item" or ps.why_chosen(text):
        return False  # '送来的是七号电池，我要五号': what came, not when; 'why did buy-… go with X instead'
    if re.search(r"\b(?:reschedule|resched|instead|rather than|(?:different|another|new|other|later|earlier) delivery"
                 r" (?:time|day|date|slot))\b|改到|改成|改为|改去|改期|推迟|延后", text, re.IGNORECASE):
        return True
    if _asks_first(text) or re.search(r"(?:能|会)到(?:吗|么|不|嘛)[？?]?$", text):
        return False  # '索尼耳机那单今天能到吗': whether it comes today, not a new day
    if re.search(r"\b(?:buy|order|purchase|get me|get (?:a|an|some|\d+)|watch|track)\b(?! ord_)|买|订(?!单)", text,
                 re.IGNORECASE) \
            and not re.search(r"\b(?:my|the|this|that|your) (?:[\w'-]+ ){0,3}?order\b(?! (?:a|an|some|\d+|more|another)\b)|订单",
                              text, re.IGNORECASE):  # 'move the headphones order': an order placed
        return False
    rest, verb, want = sl.strip_lead(text)
    if (verb or want) and re.match(rf"{lx.EN_NUMBER}\s+\w", rest, re.IGNORECASE) and not ph.ORDER_ID.search(text):
        return False  # "need 2 HDMI cables …, send them to the office": a purchase and where it goes
    if _RESCHEDULE.search(text) or ps.moved_product(text):  # 'move the batteries to monday morning'
        return True
    # "please deliver Tuesday evening": a delivery verb and a time, with nothing new to buy in it.
    timed = tm.day_offset(text, date(2000, 1, 3)) is not None or tm.part_of_day(text) is not None
    if timed and (_only_times(text) or tm.day_offset(text, date(2000, 1, 3)) is not None and _ACCEPTED.search(text)):
        return True
    asking = bool(_QUESTION_START.search(text)) and not _REQUEST_FRAME.search(text)
    return timed and bool(_DELIVERY_VERB.search(text)) and not asking \
        and not counts_something(tm.without_times(text)) and not wt.WATCH.search(text)  # '盯到12月31日': how long


# A letter's greeting and sign-off: 'Dear Errand,', '… Regards', 'Kind regards, Alice', 'Thanks'.
_LETTER = re.compile(r"^(?:dear|hi|hello)\b[^,]{0,20},\s*|^(?:re|fwd?|quick q(?:uestion)?|q)\s*:\s*|[\s,.;!—-]*\b(?:(?:kind |best |warm )?regards|thanks?(?: you)?"
                     r"|cheers|many thanks|sincerely)\b[\s,.!]*(?:[A-Z]\w*[\s.]*)?$", re.IGNORECASE)
# A formal ask after an errand: 'could you advise the total cost of …', 'kindly confirm the status of ord_k1'.
_ADVISE = re.compile(r"^(?:(?:could|can|would) you (?:please |kindly )?|(?:please |kindly )+)(?:advise|confirm|update me)"
                     r"(?: (?:me|us))?(?: (?:on|of|about|as to))?\s+(?:the |its |my |our )?(?:\w+ ){0,2}"
                     r"(?:cost|price|total|charge|status|progress|whereabouts|eta|delivery (?:date|time|status))\b",
                     re.IGNORECASE)
# A status asked in passing after an id: 'ord_b2 eta', 'refund processed yet?', 'money back yet?'.
_IN_PASSING = re.compile(r"\b(?:eta|status)\b|\b(?:yet|already)\s*[?？]", re.IGNORECASE)
# A Chinese question with an errand id in it: 'watch-alice-0a1b2c3d还在盯着吗' is asked about that watch.
_ZH_ASKED = re.compile(r"[吗呢没不][？?]?$|没有[？?]?$|多少[？?]?$|状态|哪|什么时候|啥时候|几时|[什啥]么?情况|怎[样么]样?了|点样"
                       r"|[吗没][，,]\s*还是[^，,。]{1,8}[？?]?$")  # 'watch-… 还在盯着吗，还是停了': one or the other


# An order named first and then asked after: 'the craft supplies order, has it shipped', 'my parcel - is it here'.
_NAMED_ORDER = re.compile(r"^(?:the |my |our )?[\w' -]{0,30}?\b(?:order|parcel|package|delivery|shipment)\s*[,;:—–-]+\s*"
                          r"(?:has|have|did|is|are|was|were|where|when)\b", re.IGNORECASE)
# What something already bought came to: 'how much did the 30 teas come to', 'how much was the bill for …'.
_PAST_COST = re.compile(r"^how much (?:did|was|were|has|have)\b.*\b(?:come to|cost|total|charged?|pay|paid|bill)\b",
                        re.IGNORECASE)


def _order_then_asked(text: str) -> bool:
    return bool(_NAMED_ORDER.search(text)) and not re.search(r"\b(?:buy|purchase|get me)\b", text, re.IGNORECASE)


def _past_cost(text: str) -> bool:
    return bool(_PAST_COST.search(text)) and not re.search(r"\b(?:buy|purchase|get me|order (?:a|an|some|\d+|another))\b",
                                                          text, re.IGNORECASE)


# A learner's question with its where or when after the thing asked about: 'my order ord_k1 when it comes?',
# 'the batteries where they are now?'.
# Singlish 'ord_k1 when reach ah', 'ord_b2 how long more', and the ask last: 'my kettle, it comes when?'; 'da' is 'the'
# in Hawaiian and Caribbean speech ('brah when da Bear kettle coming').
_LATE_WH = re.compile(r"^[^?？]{1,40}?\b(?:where|when|how long)\b(?:\s+(?:it|they|is|are|will|does|do|did|my|the|da|di|this"
                      r"|these|its|more|reach|arrive|come|coming|comes)\b|\s*[?？]|\s*$)", re.IGNORECASE)
# 'where my batteries at', 'yo where's the kettle at': asked where, the place word left to the end.
_WHERE_AT = re.compile(r"\bwhere(?:'s| is| are)? (?:my|the|da|di|our|ord_\w+)\b[\w' -]{0,30}? at\s*[?？!.]*$", re.IGNORECASE)
_NOT_ASKED = re.compile(r"\b(?:buy|purchase|order (?:a|an|some|\d+)|cheaper|price|drops?|below|under|tell me|let me know"
                        r"|notify|alert|find|help|snag|grab|pick up|get|hits?)\b", re.IGNORECASE)
# What the question is about: an order id, an order word, or an item of a recent order.
_ORDER_WORD = re.compile(r"\b(?:order|parcel|package|delivery|shipment)s?\b|订单|快递|包裹", re.IGNORECASE)


def _asked_late(text: str, request: PlanRequest) -> bool:
    if not (_LATE_WH.search(text) or _WHERE_AT.search(text)) or _NOT_ASKED.search(text) or RETURN.search(text):
        return False
    if tm.day_offset(text, date(2000, 1, 3)) is not None or re.search(r"\b(?:morning|afternoon|evening|tonight|arvo)\b",
                                                                      text, re.IGNORECASE):
        return False  # "I'll be home when it comes, monday evening": a time given, not asked
    if re.search(r"\d", ph.ORDER_ID.sub(" ", text)):
        return False  # 'when it hits 9000': a price
    return bool(ph.ORDER_ID.search(text) or _ORDER_WORD.search(text)
                or ph.match_orders(text, request.context.recent_orders))


def is_question(text: str, request: PlanRequest) -> bool:
    text = _LETTER.sub("", _RELAYED.sub("", text)).strip()
    if _REQUEST_FRAME.search(text):
        return False
    if _asked_late(text, request) or ac.asks_after(text, request.context.recent_orders):
        return True
    ids = bool(ph.ERRAND_ID.search(text) or ph.ORDER_ID.search(text))
    if ph.ERRAND_ID.search(text) and _ZH_ASKED.search(text) or ps.why_chosen(text):
        return True
    if _ZH_QUESTION.search(text) and not wt.WATCH.search(text) or ZH_STATUS.search(text):
        return True
    if ids and (_ADVISE.search(text) or _IN_PASSING.search(text)):
        return True
    unframed = _ASKING_FRAME.sub("", text)
    bare = ph.ORDER_ID.sub("", ph.ERRAND_ID.sub("", unframed))  # an id's digits are no price
    if not re.search(r"\d|cheaper|drops?|below|under|goes|price|sale|discount", bare, re.IGNORECASE):
        if unframed != text and re.match(r"(?:whether|if)\b", unframed, re.IGNORECASE) \
                and re.search(r"\b(?:has|have|had|is|are|was|were|did|came|went|got)\b", unframed, re.IGNORECASE) \
                and (_ERRAND_WORDS.search(unframed) or ids):
            return True  # 'could you check whether my refund has gone through': asked, not a new errand
        text = unframed  # 'tell me when it drops below ¥100' stays a watch
    if _past_cost(text) or _order_then_asked(text):
        return True
    if not _QUESTION_START.search(text):
        return (text.endswith("?") or bool(re.search(r"\bstatus\b", text, re.IGNORECASE))) and ids
    return bool(_ERRAND_WORDS.search(text)) or ids or bool(ph.match_orders(text, request.context.recent_orders))


# Whether it has been delivered: 'did it get delivered', 'has her blender arrived', '送到了没有', '签收了吗'.
# 'did ord_k1 arrive yet' asks whether too.
_DELIVERED = re.compile(r"\b(?:delivered|arrived|come)\b|\b(?:did|has|have)\b[^?]{0,40}\barrive\b|送到了|送达|签收",
                        re.IGNORECASE)


def question(text: str, shopper: str, orders: list[OrderSummary] | None = None) -> Plan:
    if not re.search(r"[^\W_]", text):  # '🐶🍖?': pictures and marks, no word to ask about
        return _ask("I'm not sure what you mean; could you say it in words?", "intent")
    lower = text.lower()
    topic: Literal["where", "status", "cost", "other"]
    if re.search(r"how much|cost|price(?! (?:watch|alert|drop))|spend|spent|charged|pay|\btotal\b|\bfees?\b|\bbill\b|\binvoice\b|花了|多少钱|运费|费用"
                 r"|扣了|扣款|收了我|[总一]共.{0,6}多少"
                 # what it ran me or set me back; what the refund is: '退款是多少', '退了多少'
                 r"|\brun (?:me|us|you)\b|\bset (?:me|us|you) back\b|退(?:款|钱|了|回)(?:是|有|能有|一共)?多少", lower):
        topic = "cost"
    elif re.search(r"何(?:处|方|地|时|日)|\bwhat (?:day|date|time)\b|\bdue\b|\bturn up\b|\bwhich (?:street|city|town|station|depot|hub|warehouse|courier|country)\b|\bwhere\b|\bwhen\b|\beta\b|arriv|coming|track|any news|on (?:its|the) way|how long|在哪|到哪|哪里|[什啥]么?时候|几时|几点"
                   r"|到了|多久|多长时间|物流|时阵|啥地方|什么地方|还(?:没|不)(?:到|来)|(?:能|会)到(?:吗|么|不)"
                   r"|" + _WHICH_DAY + _ZH_WHERE, lower):
        topic = "where"
    else:
        topic = "status"
    topic = ac.topic(text, topic)  # 'the whereabouts of ord_k1', '是不是已经签收了'
    if ps.why_chosen(text):
        topic = "other"  # 'why did buy-… pick a different seller': the errand's reasons
    if topic == "where" and re.search(r"哪一步|哪个阶段|什么阶段|哪个环节", lower):
        topic = "status"  # '退款到哪一步了': how far along, not where
    if topic == "where" and _DELIVERED.search(lower) and not re.search(r"\b(?:where|when|eta|how long)\b|哪|[什啥]么?时候|多久|几时|何时|几点", lower):
        topic = "status"  # 'has it been delivered', 'ord_b2 到底送到了没有': whether, not where or when
    if topic == "where" and not re.search(r"\b(?:where|when|eta|how long|which)\b|哪|[什啥]么?时候|多久|几时|何时|几点", lower) \
            and re.search(r"\b(?:return|refund|watch|price alert)\b|(?:return|watch)-|退款|退货|提醒", lower):
        topic = "status"  # 'any news on my refund': a return or a watch is not on its way anywhere
    errand = ph.ERRAND_ID.search(text)
    order = ph.ORDER_ID.search(text)
    order_id = order.group(0) if order else None
    if order_id is None and errand is None and orders:
        held = {o.order_id for o, _ in od.named_items(text, orders)}  # '电池那单签收了没', 'the XM5 order'
        order_id = held.pop() if len(held) == 1 else None  # two orders hold a kettle: asked of both
    return Plan(action=ErrandQuestion(shopper_id=shopper, errand_id=errand.group(0) if errand else None,
                                      order_id=order_id, topic=topic, sentence=text))


def return_of(text: str, request: PlanRequest) -> Plan:
    """The return a sentence about a placed order asks for, or the question to ask (see return_order)."""
    return ro.return_of(text, request)


# Where the shopper is in a clause ('AT THE GYM ALL DAY MONDAY', 'all day in the studio'): a time away, not any time.
_SOMEWHERE = re.compile(r"\b(?:at|in) (?:the|my|our|work|school)\b", re.IGNORECASE)


def reschedule(text: str, request: PlanRequest) -> Plan:
    if (unheld := mv.unheld(text)) is not None:  # a place, a shift from an unknown day, the small hours
        return _ask(*unheld)
    written, today = ps.written_date(request.sentence), dr.local_now(request).date()  # '-> 2025-11-25'
    if ps.unreal_date(request.sentence):
        return _ask("There is no such date; which day do you mean?", "preferred_date")
    if tm.past_day(tm.wanted_text(text)) or written is not None and written < today:
        return _ask("That day has already gone; which day would you like it delivered instead?", "preferred_date")
    day, part = tm.wanted_slot(text, today)
    day = written or day
    if any(re.search(r"\bany ?time(?! (?:after|before (?!\d)|in|during|over)\b)|\ball day\b|全天|全日|整天", c, re.IGNORECASE)
           and not _SOMEWHERE.search(c)
           for c in re.split(r"[,.;!?，。；！？]", tm.wanted_text(text))):
        part = None  # 'any time Friday', '周四全天都行': the day only; 'at the gym all day Monday' is away
    if day is None and part is None:
        return _ask("When would you like it delivered instead (a day, and morning, afternoon or evening)?",
                    "preferred_date")
    order = ph.ORDER_ID.search(text)
    order_id = order.group(0) if order else None
    if order_id is None:
        held = sorted({o.order_id for o, _ in od.named_items(text, request.context.recent_orders)})
        if len(held) > 1:  # 'the kettle one, move it to monday' when two orders hold a kettle
            return _ask("Which order do you mean? " + ", ".join(held) + ".", "order_id")
        order_id = held[0] if held else None  # '耳机那单改到下周一': the one order holding headphones
        if order_id is None and ps.moved_product(text):  # 'move the sofa to monday': no recent order holds it
            return _ask("Which order is it? Please give the order id (it starts with “ord_”).", "order_id")
    return Plan(action=RescheduleIntent(shopper_id=request.context.shopper_id, order_id=order_id, preferred_date=day,
                                        preferred_part_of_day=cast(PartOfDay | None, part), sentence=text))
