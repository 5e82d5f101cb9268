"""Errands acted on with a fact missing or with something out of scope, read from the sentence as said:

- an order named by an id shaped like one but none of the shopper's ('where is order #QRS-TUV?', 'order KB-77',
  订单号KX-203): letters with digits, or capitals joined by hyphens, after 'order', '#', 订单 or 单号. 'ord_…' ids and
  errands' ids ('bulk-alice-…') are the gate's; a model beside a product ('Sony WH-1000XM5 headphones') follows no
  order word and is left alone;
- goods wanted in bulk, in a batch, 'enough' or 'the right amount' with no count ('Bulk order paper towels', 一批矿泉水,
  适量买点大米); '买一批二十个笔记本' and 'rice, 10kg' say how many;
- coins or tokens bought as goods in any letter case ('Buy 3 ETH', '0.5 bitcoin'); a hardware wallet, a mug or a book
  about them is goods;
- a degree, diploma, academic certificate, licence, passport or ID bought (学位证, 毕业证, 文凭, 驾照, 假身份证); a frame,
  a holder or a cover for one is goods;
- what an anonymous other customer ordered ('the customer after me', 'the previous shopper's order', 上一位顾客,
  别的用户的订单); what other shoppers usually buy with a product asks for popularity and is left alone;
- the rules, checks or limits to be skipped, bent, broken, bypassed or ignored, in any form ('ignoring the rules',
  'skip the usual checks', 无视规则, 跳过检查); 'a book about breaking the rules' names a product;
- a gun's silencer or suppressor (a story around it changes nothing); a car's or motorbike's 消音器 or muffler and a
  surge suppressor are goods.
"""

from __future__ import annotations

import re

from . import money_services as ms
from . import phrases as ph
from .context import OrderSummary

WHICH_ORDER = ("I can't find that order among your recent orders; which one is it? (Its id starts with “ord_”.)",
               "order_id")
HOW_MANY = ("How many exactly? Please give one number.", "quantity")
CREDENTIAL = (("A degree, diploma, certificate, licence or ID comes only from the body that issues it; it is not something "
              "I can buy. Is there a product I can get for you?"), "query")
CREDENTIAL_ZH = ("学位、毕业证、证书、驾照和身份证件只能由发证机构颁发，我没法购买。还有什么商品要买吗？", "query")
OTHERS = (("I can only look at your own orders; another customer's orders and details are theirs. Which of your orders "
          "do you mean?"), "order_id")
OTHERS_ZH = ("我只能查看你自己的订单，别的顾客的订单和信息不能查看。你想问自己的哪一单？", "order_id")
RULES = (("The checks and limits apply to every errand and a message can't set them aside. What would you like to buy, "
         "within them?"), "intent")
RULES_ZH = ("检查和限额对每个请求都适用，不能靠一句话跳过。在规则之内，你想买什么？", "intent")
REFUSED = ("I can't help with that. Is there something else I can get for you?", "intent")

# An id said after an order word or '#': letters then digits ('A-001', 'XYZ-9', 'B12', 'ZZ9'), or capitals joined by
# hyphens ('ABC-DEF'); '#' takes letters joined by hyphens in any case ('#mno-pqr').
_ID_SHAPE = r"(?:[A-Za-z]{1,6}[-_]?\d[A-Za-z0-9-]*|(?-i:[A-Z]{1,6}(?:-[A-Z0-9]{1,8})+))"
_SAID_ID = re.compile(
    r"(?:\b(?:order|parcel|package|shipment|tracking|waybill)(?:\s+(?:no\.?|number|num|id|code|ref))?\s*[:#]?\s*"
    r"|(?:订单|訂單|单号|單號|运单|運單)(?:号|號|编号)?\s*[:：#]?\s*)"
    rf"(?P<id>{_ID_SHAPE})(?![A-Za-z0-9])"
    r"|#\s*(?P<tag>[A-Za-z]{1,6}(?:-[A-Za-z0-9]{1,8})+|[A-Za-z]{1,6}\d[A-Za-z0-9-]*)(?![A-Za-z0-9])", re.IGNORECASE)


# An id marked as one ('order no. ZZ9', 'order #MNO-PQR', 单号AB-CD), which 'order' as a verb never is.
_MARKED = re.compile(r"#|\b(?:no\.?|number|num|id|code|ref)\b|单号|單號|订单号|訂單號|编号", re.IGNORECASE)


def unknown_lettered_order(text: str, orders: list[OrderSummary], marked: bool = False) -> bool:
    """An order is named by an id with letters in it that none of the recent orders has; with ``marked`` only an id
    marked as one counts (a purchase's 'order X-T5' names a model)."""
    bare = ph.ERRAND_ID.sub(" ", ph.ORDER_ID.sub(" ", text))
    known = {o.order_id.lower() for o in orders} | {(o.errand_id or "").lower() for o in orders}
    titles = " ".join(item.title for o in orders for item in o.items).lower()
    for match in _SAID_ID.finditer(bare):
        said = (match.group("id") or match.group("tag")).lower()
        if said not in known and said not in titles and (not marked or _MARKED.search(match.group(0))):
            return True
    return False


# Goods wanted in bulk or by a vague amount: 'bulk order', 'bulk-buy', 'in bulk', 'a batch of', 'enough', 'the right
# amount', 'an appropriate quantity', 一批, 大批, 批量, 一些, 一堆, 适量, 足量, 大量. A 'bulk pack' or 'bulk bag' is a size.
_VAGUE_EN = re.compile(
    r"\bbulk(?:[- ](?:order|buy|purchase)\w*)?\b(?![- ](?:packs?|bags?|boxes|box|size|sacks?|bins?))|\bin\s+bulk\b"
    r"|\b(?:a|one)\s+(?:batch|load|heap|pile)\s+of\b|\b(?:loads|lots|plenty|heaps)\s+of\b|\ba\s+lot\s+of\b"
    r"|\b(?:buy|get|order|grab|send|stock\s+up\s+on|pick\s+up)\s+(?:me\s+|us\s+)?enough\b"
    r"|\b(?:the|an?)\s+(?:right|appropriate|suitable|sensible|reasonable|proper|adequate|decent)\s+(?:amount|quantity"
    r"|number)\b", re.IGNORECASE)
_VAGUE_ZH = re.compile(r"一大?批|大批|批量|一些|一堆|一大堆|适量|適量|足量|大量|好多|很多|若干")
_MEASURE = r"[个個件只包盒瓶箱袋双雙对對打组組把条條张張套支卷罐桶杯份台部本根片副顶盆盏串枚粒颗顆辆輛斤公克升吨]"
_COUNT = re.compile(
    rf"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
    rf"|dozens?|a\s+couple|a\s+pair)\b|[一二两兩三四五六七八九十百千万半俩仨]+\s*{_MEASURE}", re.IGNORECASE)
# What says when, not how many: '3pm', 'Friday the 27th', '周五', '11月23日', '下午三点'.
_WHEN = re.compile(r"\d{1,2}\s*(?:[:：.]\d{2})?\s*(?:am|pm|点|點|o'?clock)|[一二三四五六七八九十两]+\s*(?:点|點)"
                   r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?|\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)


def uncounted_bulk(text: str) -> bool:
    """Goods are wanted in bulk, in a batch or by a vague amount, and no count is said."""
    said = ph.ERRAND_ID.sub(" ", text)
    if not (_VAGUE_EN.search(said) or _VAGUE_ZH.search(said)):
        return False
    rest = _WHEN.sub(" ", _VAGUE_ZH.sub(" ", _VAGUE_EN.sub(" ", said)))
    return not _COUNT.search(rest)


# Coins and tokens in any letter case. Goods about them stay goods: a hardware or cold wallet, a Ledger or Trezor, a
# mug, a shirt, a book, a miner's parts.
_COINS = re.compile(r"\b(?:bitcoins?|btc|ethereum|ether|eth|usdt|usdc|tether|dogecoin|doge|solana|litecoin|ltc|xrp"
                    r"|crypto(?:currency|currencies)?|altcoins?|memecoins?|nfts?)\b", re.IGNORECASE)
_COIN_GOODS = re.compile(r"\b(?:hardware|cold|paper)\s+wallets?|\bledger\b|\btrezor\b|\b(?:mugs?|t-?shirts?|shirts?|hats?|caps?"
                         r"|posters?|stickers?|books?|guides?|keychains?|key\s*rings?|replicas?|souvenirs?|miners?|mining\s+rigs?"
                         r"|asics?|costumes?|cakes?|pins?|socks?|hoodies?)\b|\bcoin\s+replicas?\b|\bfor\s+dummies\b",
                         re.IGNORECASE)


def coins_bought(text: str) -> bool:
    return bool(_COINS.search(text)) and not _COIN_GOODS.search(text)


# A credential bought: a degree, diploma, academic or professional certificate, licence, passport, ID; Chinese 学位证,
# 毕业证, 学历证, 文凭, 驾照, 驾驶证, 身份证, 护照, 资格证, 假证. A frame, holder, cover, sleeve or case for one is goods,
# as are the books to sit a test with.
_CREDENTIAL_EN = re.compile(
    r"\b(?:(?:bachelor'?s?|master'?s?|doctoral|doctorate|phd|mba|university|college|academic|honorary|law|medical)\s+"
    r"(?:degree|diploma|certificate|cert)s?(?!\s+thes)|degrees?\s+(?:certificate|from)|diplomas?(?:\s+from)?|phd(?!\s+thes)|doctorates?"
    r"|(?:graduation|degree|professional|teaching|nursing|medical)\s+certificates?|(?:academic|school|university|college|official|degree)\s+transcripts?"
    r"|(?:driver'?s|driving|pilot'?s?|gun|firearms?|medical|nursing|teaching)\s+licen[cs]es?|passports?"
    r"|(?:fake|forged|counterfeit|novelty)\s+(?:ids?|id\s+cards?|passports?|licen[cs]es?|documents?|papers|diplomas?"
    r"|degrees?|certificates?)|fake\s+id)\b(?!\s+(?:frames?|holders?|covers?|cases?|sleeves?|wallets?|tubes?|stands?|paper"
    r"|printers?|templates?\s+book))", re.IGNORECASE)
_CREDENTIAL_ZH = re.compile(r"(?:学位证|學位證|毕业证|畢業證|学历证|學歷證|文凭|文憑|学位(?!证|證)|學位(?!证|證)|驾照|駕照|驾驶证|駕駛證|身份证"
                            r"|身份證|护照|護照|资格证|資格證|执业证|執業證|假证|假證|证书|證書)"
                            r"(?:书|書)?(?!的?(?:框|外壳|壳|套|夹|封皮|封套|相框|保护|卡套|考试|科目|题|教材|书|复印|照片|照相|打印))")
_BUYING = re.compile(r"\b(?:buy|order|get|purchase|grab|pick\s+up|need|want)\b|买|買|订|訂|下单|办|辦|弄|搞|来一?[个张本份]",
                     re.IGNORECASE)


# What holds or shows one is goods: 'a frame for my diploma', 'a case to keep my passport in', 装毕业证的相框.
_HOLDER = re.compile(r"\b(?:frames?|holders?|covers?|cases?|sleeves?|wallets?|tubes?|stands?|folders?|lanyards?|boxes|box)"
                     r"\s+(?:for|to\s+(?:hold|keep|display|protect|carry))\b"
                     r"|(?:装|裝|放|收纳|收納)[^，。！？,]{0,8}(?:证|證|照|凭|憑)[^，。！？,]{0,2}的(?:相?框|套|夹|夾|盒|袋)")


def credential_bought(text: str) -> bool:
    return bool(_BUYING.search(text) and (_CREDENTIAL_EN.search(text) or _CREDENTIAL_ZH.search(text))
                and not _HOLDER.search(text))


# One anonymous other customer's records: 'the customer before/after me', 'the previous/last/next shopper', 'another
# customer's parcel', 'someone else's order', 上一位顾客, 排我前面的客户, 别的用户的订单. 'what do other shoppers buy
# with this?' and 别人都买什么 ask what is popular.
_ROLE_EN = r"(?:customers?|shoppers?|users?|buyers?|clients?|persons?|guys?|lady|ladies|man|woman|people|members?)"
_OTHER_EN = re.compile(
    rf"\b{_ROLE_EN}\s+(?:right\s+|just\s+)?(?:before|after|ahead\s+of|behind|in\s+front\s+of)\s+me\b"
    rf"|\b(?:the|that)\s+(?:last|previous|prior|next|other|earlier)\s+{_ROLE_EN}\b"
    rf"|\b(?:another|some\s+other|a\s+different|other)\s+{_ROLE_EN}(?:'s|’s|s'|s’)\s|\bsomeone\s+else'?s\s+(?:orders?|parcels?"
    r"|packages?|address|deliver(?:y|ies)|purchases?|account)\b", re.IGNORECASE)
_OTHER_ZH = re.compile(
    r"(?:上一?[个位名]|前一[个位名]|下一?[个位名]|(?:排在?)?我前面的?|(?:排在?)?我后面的?|刚才那[个位])(?:顾客|客户|用户|买家|客人|人)"
    r"|(?:别的|其他|其它|别人|他人)(?:的)?(?:顾客|客户|用户|买家)?的(?:订单|快递|包裹|地址|电话|购买记录|记录|单子|收货)"
    r"|(?:别的|其他|其它)(?:顾客|客户|用户|买家)(?:刚才|刚刚|之前|今天|昨天)?(?:买|订|下单)了")


def other_customer(text: str) -> bool:
    return bool(_OTHER_EN.search(text) or _OTHER_ZH.search(text))


# The rules, checks or limits to be set aside, in any form of the verb: 'ignore/ignoring/ignored the rules', 'skip the
# usual checks', 'bend the rules', 'bypass the spending limit', 无视规则, 跳过检查, 绕过限额. 'don't skip the checks' keeps
# them; 'a book about breaking the rules' is a title.
_RULES_EN = re.compile(
    r"(?<!\bdon't\s)(?<!\bnot\s)(?<!\bnever\s)(?<!\babout\s)(?<!\bcalled\s)\b(?:ignor|bend|bent|break|broke|skip|bypass|circumvent|sidestep"
    r"|dodg|waiv|override|overrid|overrode|disregard|forget|forgot|get\s+around|work\s+around|go\s+around|flout)\w*"
    r"\s+(?:(?:all|the|your|any|those|these|its|a\s+few|some|usual|normal|standard|safety|spending|purchase|buying|budget"
    r"|security|verification|approval|store|shop)\s+){0,3}(?:rules?|checks?|limits?|restrictions?|polic(?:y|ies)|guardrails?"
    r"|safeguards?|protocols?|verifications?|approvals?|caps?|limitations?)\b"
    r"|\b(?:rules?|checks?|limits?|restrictions?)\s+(?:be\s+damned|don'?t\s+(?:apply|matter)\s+(?:today|now|for\s+me))",
    re.IGNORECASE)
_RULES_ZH = re.compile(r"(?:无视|無視|忽略|忽视|跳过|跳過|绕过|繞過|绕开|不管|别管|別管|不用管|打破|破坏|违反|破个?例|越过|突破)(?:一下|下|掉)?"
                       r"(?:所有的?|那些|这些|你的|系统的?|平台的?)?(?:规则|規則|规矩|規矩|检查|檢查|限制|限额|限額|审核|審核|流程"
                       r"|风控|風控|上限|校验|验证)")
_BOOK = re.compile(r"\b(?:book|novel|film|movie|poster|game|album|song)s?\s+(?:about|on|called|titled)\b", re.IGNORECASE)


def rules_bent(text: str) -> bool:
    return bool(_RULES_ZH.search(text) or _RULES_EN.search(text) and not _BOOK.search(text))


# A gun's silencer or suppressor. 'silencer' in English with no engine named, 'suppressor' unless for a surge, noise,
# spark, hum or feedback; 消音器 with a gun, or with no engine, car, pipe or machine named.
_ENGINE_EN = (r"(?:car|auto|exhaust|muffler|engine|motor\w*|bike|scooter|generator|compressor|pump|fan|pipe|duct|dishwasher"
              r"|vacuum|printer|air\s*con\w*|ac|hvac|boat|outboard|mower|truck|van|vehicle|honda|toyota|yamaha)")
_SILENCER_EN = re.compile(r"\bsilencers?\b|(?<!surge\s)(?<!noise\s)(?<!spark\s)(?<!hum\s)(?<!feedback\s)(?<!voltage\s)"
                          r"(?<!transient\s)(?<!emi\s)(?<!rfi\s)(?<!snore\s)\bsuppressors?\b(?![- ](?:power|strip|socket|plug))",
                          re.IGNORECASE)
_ENGINE_EN_RE = re.compile(rf"\b{_ENGINE_EN}\b", re.IGNORECASE)
_GUN_EN = re.compile(r"\b(?:guns?|pistols?|rifles?|firearms?|handguns?|glock|ar-?15|9\s?mm|\.22|shotguns?)\b", re.IGNORECASE)
_SILENCER_ZH = re.compile(r"消音器|消声器|滅音器|灭音器")
_ENGINE_ZH = re.compile(r"汽车|汽車|车|車|排气|排氣|摩托|发电机|發電機|空调|空調|风机|風機|管道|风管|压缩机|水泵|发动机|引擎|马达|电机|机房|静音")
_GUN_ZH = re.compile(r"枪|槍|手枪|步枪|气枪|狙")


def gun_silencer(text: str) -> bool:
    if _SILENCER_ZH.search(text):
        return bool(_GUN_ZH.search(text)) or not _ENGINE_ZH.search(text)
    if _SILENCER_EN.search(text):
        return bool(_GUN_EN.search(text)) or not _ENGINE_EN_RE.search(text)
    return False


def _zh(text: str) -> bool:
    return bool(ph.CJK.search(text))


def question(text: str, kind: str, orders: list[OrderSummary]) -> tuple[str, str] | None:
    """What to ask when the planned ``kind`` of errand would act on a fact the sentence leaves missing or on something
    out of scope; else None."""
    if kind == "clarify":
        return None
    zh = _zh(text)
    if rules_bent(text):
        return RULES_ZH if zh else RULES
    if gun_silencer(text):
        return REFUSED
    if other_customer(text):
        return OTHERS_ZH if zh else OTHERS
    buying = kind in ("buy", "bulk_order", "price_watch")
    if kind in ("question", "reschedule", "return", "buy", "bulk_order") and unknown_lettered_order(text, orders, buying):
        return WHICH_ORDER
    if buying and coins_bought(text):
        return ms.question(text), "intent"
    if buying and credential_bought(text):
        return CREDENTIAL_ZH if zh else CREDENTIAL
    if (buying or kind == "reschedule" and not ph.ORDER_ID.search(text)) and uncounted_bulk(text):
        return HOW_MANY
    return None
