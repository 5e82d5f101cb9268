"""Errands that read like ordinary ones and still must be asked about, in English and Chinese:

- a payment instrument that is not the shopper's own default: a company, corporate, work or business card or account
  ('with the corporate card', 'on the company Visa ending 5519', 'bill it to the department', 'expense it to the
  team'), 亲属卡, 亲情卡, 公务卡, 家人的卡, 家庭卡, 家里的卡, 对公账户, a tab kept by a team or a person (挂在行政部账上, 记在财务部账上,
  记我领导账上, 挂科室的账). A card named only by its last digits ('pay with the card ending 4242') is the shopper's
  own: the errand finds it among the shopper's methods or says why none is.
- a spending cap changed for good inside a purchase: 'from now on', 'going forward', 'permanently', 以后, 从现在起,
  今后 beside a limit, ceiling, budget, cap, 额度, 上限, 限额 or 预算 ('my ceiling should be 80k from now on; then buy
  …'); a cap for this one purchase ('under 800', '预算八百', 'this time') keeps its action;
- an order not wanted to arrive, said without 'cancel' (别发货了, 不用发了, 别寄出来, 我不需要它来了, 'don't want it to
  show up', 'not to bother shipping', 'keep it from being shipped');
- an existing order sent to another place than its own: the office, work, a locker, a station, a depot (送公司, 送单位,
  放驿站, 快递柜, 丰巢, 'drop it at the Cainiao station', 'leave it at the parcel locker'); a new day alone is a
  reschedule and keeps its action;
- a purchase whose address is promised later ('address to follow', 地址回头告诉你, 送哪儿回头再说).

Each answer is a question (the text to ask and the slot it concerns), never an action.
"""

from __future__ import annotations

import re

Question = tuple[str, str]

# A card, an account or a tab that belongs to a company, a team or another person.
_OTHER_INSTRUMENT = re.compile(
    r"\b(?:corporate|company(?:'s)?|work|business|office|firm(?:'s)?|employer(?:'s)?|department(?:'s)?|team(?:'s)?"
    r"|p-?card|purchasing)\s+(?:credit\s+|debit\s+)?(?:card|account|amex|visa|mastercard|budget)\b"
    r"(?<!\bbusiness card)(?<!\boffice budget)(?!\s+(?:holders?|cases?|wallets?|readers?|sleeves?|stock|printers?|paper"
    r"|organi[sz]ers?|box(?:es)?|stand|scanner|templates?|lanyards?|clips?|badges?|planners?|sheets?))"
    r"|\b(?:bill|charge|invoice|expense)\s+(?:it\s+|this\s+|them\s+|the \w+\s+)?(?:to\s+|on\s+)?(?:the\s+|our\s+|my\s+)?"
    r"(?:[a-z]+\s+)?(?:department|dept|team|division|unit|cost cent(?:er|re)|project)\b"
    r"|\bexpense (?:it|this|them)\b|\bon (?:the |our |my )?(?:\w+\s)?(?:department|team|office|company)'?s? (?:tab|account|bill)\b"
    r"|亲属卡|亲情卡|亲情付|代付|家人的?(?:卡|账户|账号|银行卡|信用卡)|家庭卡(?![套包夹])|家里的?(?:卡|银行卡|信用卡)(?![套包夹座片])"
    r"|对公(?:账户|帐户|转账|付款|卡)?|公司(?:的)?(?:卡|信用卡|账户|帐户|账号)|单位(?:的)?(?:卡|信用卡|账户|帐户)|公务卡|商务卡"
    r"|挂[^，。！？,]{0,8}(?:账|帐)(?!本|簿)|记(?!得|住|录|事)(?:在|到)?[^，。！？,\s]{1,8}(?:账|帐|头上)(?!本|簿|软件|app)|(?:部|科室|组|处|办|队)(?:的)?(?:账|帐)上"
    r"|(?:找|让)[^，。！？,]{0,6}报销|(?:走|用)[^，。！？,]{0,4}(?:部门|项目|团队)(?:的)?(?:经费|预算|账|帐)",
    re.IGNORECASE)
# A limit, ceiling, budget or cap changed for good.
_FOR_GOOD = re.compile(
    r"\b(?:from now on|from here on(?: out)?|going forward|henceforth|from today(?: on)?|from this point|in (?:the )?future"
    r"|permanently|for good|for all (?:future )?(?:orders|purchases)|every order from now)\b"
    r"|以后|从现在起|从现在开始|今后|往后|从今天(?:起|开始)|从今以后|此后|长期|永久",
    re.IGNORECASE)
_CAP_WORD = re.compile(
    r"\b(?:limit|ceiling|budget|cap|max(?:imum)?(?: per order| spend)?|allowance|threshold)s?\b|额度|上限|限额|预算|封顶",
    re.IGNORECASE)
# An order not wanted to arrive, without the word 'cancel'.
_NOT_TO_ARRIVE = re.compile(
    r"(?:别|不要|不用|甭|无需|不必|不需要)(?:再)?(?:给我)?(?:发货|发了|发出|寄出|寄了|寄过来|寄来|送了|送过来|送来|派送|配送)"
    r"|别(?:让它|叫它|让他们)?(?:发|寄|送)(?:出来|过来)?了|(?:不想|不要|不需要|别)让?(?:它|他们)?(?:再)?(?:送|寄|发|到|来)(?:过来|出来)?了"
    r"|(?:不需要|不想要|不要|不用)它(?:再)?(?:来|到|送来|寄来)了?|(?:就)?别让它(?:到|来)了?"
    r"|\b(?:don'?t|do not|no longer)\s+(?:want|need)\s+(?:\w+\s+){0,3}(?:to\s+)?(?:show up|come|arrive|be (?:shipped|sent|delivered))\b"
    r"|\bnot to (?:bother )?(?:shipping|sending|delivering|ship|send|deliver)\b|\bdon'?t (?:need|have) to come\b"
    r"|\b(?:stop|keep|prevent)\s+(?:\w+\s+){0,3}from (?:going out|being (?:shipped|sent|delivered)|shipping|arriving)\b"
    r"|\b(?:don'?t|do not|no need to)\s+(?:bother\s+)?(?:ship|send|deliver)(?:ing)?\s+(?:it|them|that|this|ord_\w+|the \w+)?"
    r"\s*(?:at all|anymore|any more|after all)\b", re.IGNORECASE)
# A day to send it on said after the stop ('周日别送了，周二上午送', "not Sunday, don't deliver then — Tuesday"): a move.
_SENT_LATER = re.compile(r"[，,;；—-]\s*[^，,;；]{0,12}(?:送|寄|到)|\b(?:deliver|bring|send|come)\b[^.?!]{0,30}$"
                         r"|[,;—-]\s*(?:on |to )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
# An existing order: its id, 'that order', or a product of a recent order.
_EXISTING = re.compile(r"\bord_\w+|\b(?:my|the|that|this) (?:order|parcel|package|delivery)\b|那单|这单|订单|包裹|快递",
                       re.IGNORECASE)
# Another place than the order's own: the office, work, a locker, a station, a depot, a shop, someone's place.
_ELSEWHERE = re.compile(
    r"\b(?:office|work(?:place)?|locker|parcel (?:station|point|box)|pick-?up (?:point|station)|station|depot|cainiao"
    r"|hive box|front desk|reception|concierge|lobby|gym|school|dorm|neighbou?r)\b"
    r"|\b[a-z]+'s (?:house|place|flat|home|apartment)\b"  # someone's home: 'my aunt's flat', 'Tom's place'
    r"|公司|单位|办公室|驿站|快递柜|丰巢|菜鸟|自提点|代收点|前台|门卫|保安室|物业|学校|宿舍|健身房|门口|楼下|邻居"
    r"|(?:姐|妹|哥|弟|妈|爸|姑|姨|舅|叔|婶|奶奶|爷爷|外婆|姥姥|朋友|同事|亲戚|男朋友|女朋友|闺蜜|老公|老婆)(?:家|那儿|那里)",
    re.IGNORECASE)
# The place said as where it should go or be left, within the clause of the sending verb ('drop ord_h3 at the Cainiao
# station', 送公司, 放到小区门口的快递柜); a place said as where the shopper is ('ord_b2 Monday evening instead, I'll be at
# the gym') sends nothing there.
_SENT_TO = re.compile(
    r"\b(?:deliver(?:ed)?|send|sent|ship(?:ped)?|drop(?:ped)?(?: off)?|leave|left|take|bring|put|redirect(?:ed)?|forward(?:ed)?"
    r"|go|come)\b[^.?!,;]{0,30}?\b(?:to|at|in|into|by)\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:" + _ELSEWHERE.pattern + r")"
    r"|(?:送|寄|放|派|转寄|转送)(?:到|去|往|给|在)?[^，。！？,;；]{0,8}?(?:" + _ELSEWHERE.pattern + r")", re.IGNORECASE)
# What asks about a place and does not send to it: 'is ord_b2 at the locker?', 'ord_b2 到公司了吗'.
_ONLY_ASKS = re.compile(r"^\s*(?:is|are|was|has|did|where|have\s+(?!(?:\w+\s+){1,3}(?:dropped|left|taken|delivered|sent"
                        r"|put|brought|drop|leave|take|deliver|send|bring)\b))\b"
                        r"|(?:了吗|了没|没有|吗)\s*[?？]?\s*$", re.IGNORECASE)
# The address promised later.
_ADDRESS_LATER = re.compile(
    r"\baddress\b[^.?!]{0,20}\b(?:later|to follow|afterwards|after|tomorrow|soon|in a bit|when i know|tbd|tbc)\b"
    r"|\b(?:i'?ll|i will|will)\s+(?:tell|send|give|text|message)\s+(?:you\s+)?(?:the\s+)?(?:address|where)\b"
    r"|(?:地址|送哪|寄哪|发哪|收货地址|送到哪)[^，。！？]{0,6}(?:回头|晚点|晚些|之后|以后|稍后|再说|再告诉|再发|待定|还没定|再定|到时)",
    re.IGNORECASE)


def _pays_otherwise(text: str) -> bool:
    """A card, account or tab that is not the shopper's own default pays."""
    return bool(_OTHER_INSTRUMENT.search(text))


def changes_cap(text: str) -> bool:
    """A limit, ceiling, budget or cap is set for good ('from now on', 以后) in the same clause, not for this one
    purchase ('预算两百，以后再买灯泡' sets no cap)."""
    return bool(re.search(rf"(?:{_FOR_GOOD.pattern})[^，,。！？.!?;；]{{0,30}}(?:{_CAP_WORD.pattern})"
                          rf"|(?:{_CAP_WORD.pattern})[^，,。！？.!?;；]{{0,30}}(?:{_FOR_GOOD.pattern})", text, re.IGNORECASE))


def _redirected(text: str, kind: str) -> bool:
    """An existing order is sent to another place than its own."""
    if not _EXISTING.search(text) or not _SENT_TO.search(text):
        return False
    return kind != "question" or not _ONLY_ASKS.search(text)


def ask_instead(text: str, kind: str) -> Question | None:
    """The question to ask when the errand moves money to another payer, changes a cap for good, calls an order off
    or sends it elsewhere in other words, or leaves its address for later; None otherwise."""
    if _pays_otherwise(text):
        return ("Errands are paid only with your own approved payment method; should I go ahead with that?", "payment")
    if changes_cap(text):
        return (("Spending caps are set by you and the operator, not by an errand. What would you like me to get "
                 "within them?"), "intent")
    if kind in ("question", "return", "reschedule") and (stop := _NOT_TO_ARRIVE.search(text)) \
            and not (kind == "reschedule" and _SENT_LATER.search(text, stop.end())):
        return ("Do you want an order called off? Cancelling stays with you; which order do you mean?", "intent")
    answered = re.sub(r"[？?]\s*A\s*[:：.]\s*", " ", text)  # 'Q: 送哪？A: 我姐家' read as 送我姐家
    if kind in ("question", "reschedule") and _redirected(answered, kind):
        return (("I can only deliver an order to the address it was placed with; where it goes is yours to change "
                 "with the shop. Should I move the day instead?"), "address_label")
    if kind in ("buy", "bulk_order") and _ADDRESS_LATER.search(text):
        return ("Which of your saved addresses should it go to?", "address_label")
    return None
