"""What the offline planner never acts on, whatever it read: the allow-list's other half.

The planner acts only when a sentence is one errand it fully understands. These families are the sentences
that can look like an ordinary errand to the slots and still must be asked about: goods that hurt someone
or break a law (drug precursors, break-in tools, hidden cameras, other people's identities, fake reviews),
a way to pay that is not the shopper's own, instructions addressed to the system rather than to a shop,
money sent to a person, an amount below zero, a time already past, a parcel for someone whose address is
not saved, and a purchase called off or left to the planner's taste. Each family is a lexicon of kinds of
thing, not a list of sentences, and each answer is a question, never an action.
"""

from __future__ import annotations

import re

from errand.domain.intents import Clarification, Plan

# Goods no errand buys: drugs and their precursors, prescription-only medicine, break-in and spying tools,
# identities and accounts in other people's names, reviews and sales that are not real.
_HARMFUL_GOODS = re.compile(
    r"\b(?:pseudo-?ephedrine|ephedrine|sudafed|codeine|tramadol|oxy(?:codone|contin)|xanax|valium|diazepam"
    r"|benzos?|ketamine|lsd|mdma|ecstasy|steroids|lock ?picks?|lock-?picking|bump keys?|slim jims?"
    r"|(?:spy|hidden|pinhole|covert|secret) (?:cam(?:era)?s?|recorders?|microphones?|mics?|trackers?)|skimmers?"
    r"|(?:phone numbers?|sim cards?|accounts?|ids?|identit(?:y|ies)) (?:registered |opened |made )?(?:to|under|in)"
    r" (?:other|someone|somebody|another)|other people'?s (?:names?|ids?|identit(?:y|ies)|accounts?)"
    r"|(?:fake|five-star|5-star|positive|paid|bought) (?:reviews?|ratings?|followers|likes)|reviews? for my (?:shop|store)"
    r"|without (?:a )?prescription|no prescription)\b"
    r"|麻黄碱|伪麻|可待因|曲马多|安定片?|地西泮|摇头丸|冰毒|k粉|氯胺酮|处方|撬锁|开锁工具|万能钥匙|针孔|偷拍|偷听|窃听|定位器.{0,6}(?:别人|他|她)"
    r"|刷单|刷好评|好评|刷销量|刷评|假评|实名.{0,4}(?:卡|号)|别人的?(?:身份|名字|名义)|不用医生|不要处方",
    re.IGNORECASE)
# Paying with what belongs to someone else.
_OTHERS_PAYMENT = re.compile(
    r"\b(?:with|using|on|from|charge (?:it )?to) (?:my )?(?:\w+'s|someone else'?s?|another person'?s) (?:credit |debit |bank )?"
    r"(?:card|account|alipay|wechat(?: pay)?|paypal|balance)\b"
    r"|(?:用|拿|刷)(?:我)?(?:的)?(?:同事|朋友|室友|老板|爸爸?|妈妈?|老公|老婆|男朋友|女朋友|别人|他|她|同学|邻居)的?"
    r"(?:卡|银行卡|信用卡|支付宝|微信|账户|账号|钱)", re.IGNORECASE)
# Text addressed to the system rather than to a shop: a role, a mode, an approval the shopper did not give.
_INJECTION = re.compile(
    r"^\s*[\[【(<]?\s*(?:system|sys|admin|administrator|developer|assistant|root|tool|function)\s*(?:message|prompt|note)?"
    r"\s*[\]】)>]?\s*[:：]"
    r"|\b(?:system (?:prompt|message|note|instruction)s?|as (?:the |an? )?(?:admin|administrator|developer|operator|root)"
    r"|(?:developer|admin|god|debug) mode|pre-?approved|already (?:approved|authori[sz]ed)|(?:skip|without|no need for)"
    r" (?:the |any )?(?:confirmation|approval|asking|confirming)|mark (?:\w+ )?as (?:refunded|paid|delivered|approved))\b"
    r"|系统(?:提示|消息|指令|通知)|管理员|开发者模式|调试模式|已授权|无需确认|不用确认|跳过确认|免确认|标记为|【", re.IGNORECASE)
# Money to a person or out of the wallet, and coins no shop sells.
_MONEY = re.compile(
    r"\b(?:send|transfer|give|wire|pay)\s+(?:\w+\s+)?[¥￥$]?\d[\d,]*\s+(?:yuan\s+|rmb\s+|kuai\s+)?(?:to|from)\b"
    r"|\bvia (?:the |my )?wallet\b|\bfrom my (?:balance|wallet)\b"
    r"|\b(?:ethereum|eth|dogecoin|usdt|nfts?)\b|比特币|以太坊|狗狗币|加密货币|虚拟币|数字货币|泰达币"
    r"|打到(?:我|他|她)?的?(?:账户|卡|账上)|转到(?:我|他|她)?的?(?:账户|卡)", re.IGNORECASE)
# A count below zero.
_NEGATIVE = re.compile(r"(?:^|(?<=[\s(]))[-−]\s*\d|\bminus \w+|\bnegative \w+|负[\d一二两三四五六七八九十几]")
# A time already past, said for something still to be delivered.
_PAST = re.compile(
    r"\b(?:yesterday|last (?:night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d+ (?:days?|hours?)"
    r" ago)\b|昨天|前天|昨晚|上周[一二三四五六日天]?", re.IGNORECASE)
# Sent to a person whose address is not saved: "寄给我表哥", "mail it to my aunt".
_TO_SOMEONE = re.compile(
    r"(?:寄|送|发|快递)给(?!我(?:$|[，,。！!\s]|家|公司|办公室))"
    r"|\b(?:send|mail|ship|post|deliver|courier)(?: (?:it|them|this|these|one))? to (?:my |his |her |our |their )"
    r"(?!home|office|work|place|house|flat|apartment|desk|door|address)\w+", re.IGNORECASE)
# A purchase called off, or left to the planner's taste: nothing to act on.
_CALLED_OFF = re.compile(
    r"\b(?:never ?mind|forget it|don'?t (?:buy|order|get)|do not (?:buy|order|get)|no longer want to buy)\b"
    r"|算了|别买|不买了|不用买了?|不要买|别下单|不下单", re.IGNORECASE)
_DELEGATED = re.compile(
    r"\b(?:you (?:decide|choose|pick)|(?:your|ur) (?:choice|call|pick)|up to you|surprise me|whatever you (?:like|think|want)"
    r"|(?:just )?pick (?:something|anything|one|whatever)|choose (?:something|anything|for me))\b"
    r"|你(?:看着|决定|定|挑|选|来定|来选|随便)|看着买|随你|^(?:帮我)?(?:挑|选)(?:个|一个|一款)", re.IGNORECASE)
# Two errands joined in Chinese: buy something and return something.
_ZH_BUY_AND_RETURN = re.compile(r"(?:^|[，,、\s]|顺便|然后|再|帮我|给我)(?:买|订(?!单)|下单)(?!的).*(?:退货|退款|退了|退掉|把.{1,12}退)"
                                r"|(?:退货|退款|退了|退掉|把.{1,12}退).*(?:顺便|然后|再)(?:帮我)?(?:买|订(?!单)|下单)")
_ZH_EITHER = re.compile(r"还是|或者")


def _ask(question: str, missing: str) -> Plan:
    return Plan(action=Clarification(question=question, missing=[missing]))


def screen(text: str, plan: Plan) -> Plan:
    """``plan`` unless the sentence belongs to a family the planner never acts on; then a question."""
    kind = plan.action.kind
    if kind == "clarify":
        return plan
    if _INJECTION.search(text):
        return _ask("That reads like an instruction to the system, which I don't take from a message. What would "
                    "you like to buy, return, watch or reschedule?", "intent")
    if _HARMFUL_GOODS.search(text):
        return _ask("I can't help with that. Is there something else I can get for you?", "intent")
    if _OTHERS_PAYMENT.search(text):
        return _ask("Errands are paid only with your own approved payment method; should I go ahead with that?",
                    "payment")
    if _MONEY.search(text):
        return _ask("I only buy, return, watch and deliver goods; moving money is something you do yourself.", "intent")
    if kind == "question":
        return plan
    if _NEGATIVE.search(text):
        return _ask("How many exactly? The number has to be more than zero.", "quantity")
    if kind in ("bulk_order", "reschedule") and _PAST.search(text):
        return _ask("That time has already passed; when should it come?", "deliver_by")
    if kind in ("buy", "bulk_order") and _TO_SOMEONE.search(text):
        return _ask("I can only send to one of your saved addresses; which one?", "address_label")
    if kind in ("buy", "bulk_order", "price_watch") and (_CALLED_OFF.search(text) or _DELEGATED.search(text)):
        return _ask("Which product exactly should I get? I only buy what you name.", "query")
    if kind in ("buy", "return") and _ZH_BUY_AND_RETURN.search(text):
        return _ask("That is two errands at once; which should I do first?", "intent")
    if kind == "buy" and _ZH_EITHER.search(text):
        return _ask("Which one should I buy? Please name one product.", "query")
    return plan
