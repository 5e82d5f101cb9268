"""The offline planner's price watches: a product, a target price, how long and how often to look, and
whether to buy once the price is met ("buy X once it's under ¥50" is a watch that ends in a purchase).
"""

from __future__ import annotations

import re

from errand.domain.intents import Plan, PriceWatchIntent

from . import formats as fm
from . import lexicon as lx
from . import notation as nt
from . import parts as pc
from . import phrases as ph
from . import segment as sg
from . import slots as sl
from . import spans_said as ss
from . import times as tm
from . import uncarried as cu
from . import watch_buys as wb
from . import watch_forms as wf
from . import watch_lead as wl
from .context import PlanRequest
from .shopping import ask

# ---- price watches -----------------------------------------------------------------------------------

# "watch" the verb, not the product ("an Apple Watch", "a smart watch"): first in its clause or before what
# is watched.
_WATCH_VERB = (r"(?:(?:^|(?<=[,;:] )|(?<=\byou )|(?<=\bto )|(?<=\band )|(?<=\bplease )|(?<=\balso ))watch\b(?!-)"
               r"|\bwatch(?= (?:the|da|dat|dis|my|this|that|it|them|prices?|out|for(?! (?:home|office|work)\b)|over)\b))")  # 'a watch for home'
WATCH = re.compile(
    _WATCH_VERB + r"|(?:^|(?<=[,;] )|(?<=\byou )|(?<=\bplease ))(?:track|monitor)\b"
    r"|\b(?<!pressure )(?<!baby )(?<!glucose )(?<!sleep )(?<!rate )(?<!fitness )(?<!gaming )(?<!computer )(?<!pc )(?<!4k )"
    r"(?<!sugar )(?<!quality )(?<!pet )(?<!video )(?<!studio )(?<!race )(?<!curtain )(?:track|monitor)"
    r"(?= (?:the|my|this|that|it|them|prices?|for|out|over)\b)|\b(?:keep (?:an )?eye on|keep tabs on|follow the price|tell me (?:when|wen|if|once)"
    # 'price monitoring on X', 'when it gets to 9000'
    r"|price monitoring|gets? to [¥￥]?\d"
    r"|let me know (?:when|if|once)|notify me|alert me|ping me|message me|text me|remind me"
    r"|price drops?|(?:drops?|dips?) (?:below|under|to)|goes? (?:down|below|under|on sale|to \d)|falls? (?:below|under|to)"
    r"|gets? cheaper|(?:once|if|when) (?:it'?s|it is|they'?re|the price is) (?:under|below|less)|target price"
    r"|wait (?:till|until|for) (?:the )?price|keep watching|price alert|(?:like|want) to (?:be told|hear|know) (?:when|if)"
    r"|price watch|inform me|keep checking|check (?:the )?prices?|waiting for (?:a )?(?:sale|drop|discount)"
    r"|follow (?:the )?(?:[\w-]+ ){0,5}prices?|(?:under|below|less than|at most)\s*[¥￥]?\s*\d[\d,]*\s*(?:yuan|rmb|元|块)?\s*(?:->|→|=>|then) ?(?:buy|order|get)"
    r"|(?:is|are|at) [¥￥]?\d[\d,.]*k? or (?:less|lower|below|under|cheaper))"
    # 'check every 12h, notify under 1,900', 'check daily': how often to look and when to tell, said tersely
    r"|\bcheck(?: it| (?:the )?prices?)? (?:every \d|every (?:day|week|hour|morning|evening)|daily|weekly|hourly|twice a)"
    r"|\bnotify(?: me| us)? (?:under|below|at|when|if|once)\b"
    # 'lmk if its < 2800', 'alert @ 1899', '追踪X的价格', 'X目标价两千三'
    r"|\blmk\b|\b(?:alert|ping|notify|tell)(?: me| us)? ?@ ?\d|\b(?:alert|ping|notify|tell)(?: me| us)? at ?(?:<|≤|<=) ?[¥￥]?\d|\b(?:its?|it'?s|is|are) ?(?:<|≤|<=) ?[¥￥]?\d"
    # 'hourly', 'every half hour', '半小时看一次': how often to look is said only of a watch; 👀 is 'eyes on'
    r"|\bhourly\b|(?:^|(?<=[,;]))\s*daily\s*(?:$|(?=[,;.]))|\bevery half (?:an )?hour\b|半(?:个)?(?:小时|钟头?)\s*[看查]|👀"
    # Shanghainese and terse watch verbs: '盯牢', '看牢', '盯住', '盯下'
    r"|盯牢|看牢|盯住|盯紧|看紧|盯下"
    r"|降到|降价|跌到|跌破|降至|盯着|瞅着|吱一声|盯一下|关注|留意|便宜到|蹲一下|蹲着|蹲|追踪|目标价"
    r"|(?:低于|以下|以内|之内|到\s*(?:\d[\d,]*|[零一二两三四五六七八九十百千]+)).{0,8}(?:就(?:帮我)?(?:直接)?(?:买|下单|入|进|拍下?|抢)|自动(?:下单|买|拍)|帮我(?:买|拍|抢|下单)|告诉|提醒|提我|通知|跟我说|跟我讲|叫我|喊我|说一声)"
    # an amount and what to do then: '399就帮我入手', '899提醒我', '低于199买两个'
    r"|(?:\d[\d,]*|[零一二两三四五六七八九十百千]+)\s*(?:元|块)?\s*(?:就(?:帮我)?(?:买|下单|入)|(?:就)?(?:提醒|提|告诉|通知|叫|喊)我)"
    r"|(?:低于|跌破|降到|降至|跌到)\s*(?:\d[\d,]*|[零一二两三四五六七八九十百千]+)\s*(?:元|块)?\s*(?:就|再)?(?:直接)?(?:买|下单|入|进|拍下?)",
    re.IGNORECASE)
_WATCH_FRAME = re.compile(
    r"\b(?:set (?:up )?(?:a )?)?price (?:alert|watch|monitoring)(?: on| for)?\b|\bkeep checking\b|\b(?:i'?m |i am )?waiting for (?:a )?(?:sale|drop|discount)(?: on)?\b"
    r"|\b(?:(?:kinda|kind of|lowkey|sorta|really) )?(?:want|eyeing)\b|\blmk\b|\bif its\b|\b(?:can|could|would|will) (?:you|u)\b|\b(?:is it|would it be) possible(?: for you)? to\b|\bwait (?:till|until)\b"
    r"|\bkeep watching\b|\bplease\b|\bpls\b|\bhey\b|\b(?:and )?(?:then )?(?:buy|grab|get|order)"
    r" (?:it|them|one)\b|\b(?:buy|purchase)\b|^(?:please )?(?:grab|pick up|get|snag|nab)\b|\b(?:and )?(?:tell|let|notify|alert|ping|message|text|remind) (?:me|us)(?: know)?\b"
    r"|" + _WATCH_VERB + r"|\b(?:track|monitor(?= (?:the|my|this|that|it|them|prices? (?:of|for|on))\b)"
    r"|keep (?:an )?eye on|keep tabs on|follow)\b|\b(?:the )?prices?(?: of| for| on)?\b"
    r"|\b(?:if|when|wen|once|whenever|as soon as|should)\b|\bkindly\b|\b(?:it|they)(?:'s|'re| is| are)?\b|\bis\b|\bare\b"
    r"|\b(?:drops?|falls?|goes?|gets?|hits?|reaches?|comes?)(?: down| on sale)?\b|\bcheaper\b|\bon sale\b"
    r"|\b(?:can )?help (?:me|us)\b|(?:^|(?<=[,;] ))(?:check|track|monitor)\b|\bcheck(?:ing)? (?:up )?on\b|\bnotify\b|\bre:|\byour\b|\bjust\b|\balert\b|\b(?:start|set up|make|create|add) (?:a )?(?:new )?one(?: up)?(?: for)?\b"
    r"|\bset (?:a )?(?:new )?one up(?: for)?\b|\b(?:a )?new one(?: for)?\b"
    r"|\b(?:in|for|over|within)(?: the next)?\s*$|\bthe next\b|\bagain\b|\band\b|\bat\b"
    r"|\b(?:i'?d|i would|i|we) (?:like|want|love) to (?:be told|hear|know)\b|\bi want to know\b|\b(?:be told|ever|costs?"
    r"|go|anything|price alert|let me know|this (?:week|month)|(?:a|one) fortnight|fortnight|\d+ days?)\b", re.IGNORECASE)
# Frame words of a Chinese watch, dropped word by word (so '降噪耳机' keeps its '降'); '降到三千再说' waits till then.
_ZH_WATCH_FRAME = re.compile(
    r"再说|再讲|再看|再定|再决定|再考虑|请|帮我|给我|一下|盯着|盯一下|盯|关注|留意|看看|的价格|价格|如果|要是|的话|就|告诉|提醒|通知|我|下单|买|再买|便宜|降到|跌到|降|跌|"
    r"降价|能不能|可以|的时候|时候|以后|以下|了|吧|的|跟|说|一声|等|天|再|告诉我|提醒我|通知我|跟我说|盯一下"
    # '求盯价', '啥时候降到', '监控一下', '瞅着点', '吱一声', '抢两瓶'
    r"|求|盯价|啥时候|什么时候|监控|瞅着点|瞅着|瞅|吱|吱一声|点|啊|呀|抢|俩|仨|礼拜|星期|周"
    r"|蹲|叫|叫我|喊|喊我|讲|跟我讲|跌破|就入|入|入手|以内|之内|直接|下|帮忙|到|副|个|台|件|两副|一个|每天|看一次|查一次|查|次|装|要是"
    r"|盯牢|看牢|盯住|盯紧|看紧|侬|阿拉|每隔|提我|自动|半小时|半个钟头?|小时|钟头?|追踪|目标|目标价|看|拍下|拍|进|低于|部|箱|支|住|先|别|暂时|不用|不要|帮|价")


def watch(text: str, request: PlanRequest) -> Plan:
    zh, said = bool(ph.CJK.search(text)), text
    text = ss.spans(nt.formal_watch(_SLASHES.sub(" , ", fm.until_as_days(text, request.now.date()))))  # 'until 31/12'
    if cu.foreign_amount(text):
        return ask("Which price in yuan should I watch for? I can't convert other currencies.", "target_price")
    if cu.longer_than_a_year(text):
        return ask("A watch can run for up to a year; how long should I watch it?", "days")
    # '俩礼拜', '仨星期': the span as the time reader knows it; 'can or not' (Singapore) asks, it names nothing
    rest, target = re.sub(r"\b(?:can )?or not\b", " , ", text.replace("俩", "两").replace("仨", "三")), None
    rest = re.sub("盯牢|看牢|盯紧|看紧|盯住", "盯着", _BRACKETED.sub(" ", rest))  # Shanghainese 盯牢
    rest = rest if zh else wl.unled(rest)  # 'oi watch that Garmin Fenix 8 innit', 'watch da YETI Rambler fo 10 days'
    code = _CODE.search(rest)  # 'watch prd-00020': the catalogue's own item
    rest = _SHOP_CODE.sub(" , ", _CODE.sub(" , ", rest))
    rest = _PARTICLE.sub(" ", re.sub(r"\bduring\b(?= (?:the next )?\w+ (?:days?|weeks?|months?)\b)", "for", rest,
                                     flags=re.IGNORECASE))
    rest = nt.DAYS_APART.sub(" , ", rest)  # '三天看一次' is how often, not how long
    days = 15 if _HALF_MONTH.search(rest) else tm.watch_days(rest) or nt.bare_span_days(rest) or 30
    rest = _HALF_MONTH.sub("，", rest)
    interval = nt.interval_hours(text) or lx.check_interval(text)
    deferred = nt.defers_buy(text)  # 'don't buy yet, just tell me under 2000': a watch that only tells
    if deferred:
        rest = nt.without_deferral(rest)
    # '→ buy', 'then 55' for 'than 55', '2k': the trigger and the amount as the slots read them.
    rest = re.sub(r"\s*(?:->|→|=>)\s*", " then ", rest)
    rest = re.sub(r"\b(cheaper|less|lower|more) then\b", r"\1 than", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\b(\d+(?:\.\d+)?)k\b", lambda m: str(round(float(m.group(1)) * 1000)), rest)
    rest = nt.INTERVAL_WORDS.sub(" , ", rest)
    rest = re.sub(r"\bevery \w+ (?:hours?|days?)\b|\b(?:daily|hourly|twice a day|once a day|every day)\b"
                  r"|\bcheck(?:ing)? (?:it|them)\b|每\S{0,4}?(?:小时|钟头?|天)(?:[看查]一[次下])?", " , ", rest, flags=re.IGNORECASE)
    signed = nt.target(rest)
    if signed is not None:
        target = signed.amount
        rest = rest[: signed.start] + " , " + rest[signed.end:]
    elif zh:
        found = lx.ZH_TARGET.search(rest) or lx.zh_cap(rest) or re.search(
            rf"(?:便宜到|低于|跌破|到)\s*(?P<amount>\d[\d,]*(?:\.\d+)?|{lx.ZH_NUMBER})\s*(?:元|块)?", rest) or re.search(
            rf"(?P<amount>\d[\d,]*(?:\.\d+)?|{lx.ZH_NUMBER})\s*(?:元|块)?\s*(?:以下|以内)?\s*(?:就(?:帮我)?(?:买|下单|入)"
            r"|(?:就)?(?:提醒|提|告诉|通知|叫|喊)我)", rest)
        if found:
            target = nt.amount_minor(found.group("amount"))
            rest = rest[: found.start()] + "，" + rest[found.end():]
        rest = re.sub(r"(?:便宜|降|跌|低于|到)\s*(?=，|$)", "", rest)
    else:
        cap = sl.en_cap(rest) or _bare_target(rest) or _named_target(rest)
        if cap is not None:
            target = cap.amount
            rest = rest[: cap.start] + " , " + rest[cap.end:]
    lone = nt.lone_target(rest) if target is None else None
    if lone is not None:
        target = lone.amount
        rest = rest[: lone.start] + " , " + rest[lone.end:]
    buy_when_met = (bool(re.search(r"\b(?:buy|grab|order|get|pick up|purchase|snag|nab) (?:it|them|one|me|\d+|two|three|four|five)\b|\bbuy\b"
                                  r"|\border it\b|\bpick (?:it|them) up\b|^(?:please )?(?:grab|pick up|get|snag|nab)\b|就买|再买|就下单|帮我(?:买|拍|抢|下单)|(?<![别不勿])自动(?:下单|买|拍)|就(?:帮我)?入"
                                  r"|就帮我买|直接(?:买|下单|拍下?)|就(?:直接)?(?:进|拍下?)|就(?:帮我)?抢"
                                  r"|(?:低于|跌破|降到|降至|跌到)\s*\S{1,8}?\s*(?:买|下单)",
                                  rest if deferred else text, re.IGNORECASE)) or wb.buys(text) or wb.buys(request.sentence)) and not deferred
    quantity = (_watch_quantity(text) or wb.quantity(text)) if buy_when_met else None  # 'below 2,200 get two'
    rest = nt.BARE_SPAN.sub(" , ", tm.DAYS.sub(" , ", rest))
    rest = re.sub(r"\b(?:for|over|within|in) (?:a|one|the next|this|next) (?:week|month)\b|一周内?|一个月内?|一星期内?",
                  " , ", rest, flags=re.IGNORECASE)
    if zh:
        described = pc.zh_undescribed(_PURPOSE.sub("", rest))  # '跑步机，折叠的，…': 折叠的 is how it is
        parts = wb.zh_named([p for clause in wb.zh_clauses(described) for p in _zh_parts(clause)])  # not '不着急'
        longest = wb.zh_model(parts) or (max(parts, key=len) if parts else "")  # '想换台咖啡机，德龙EC9155'
        query = longest if _MODEL.fullmatch(longest) or wb.zh_model([longest]) else sg.product(longest)
    else:
        rest = _WATCH_FRAME.sub(" , ", _WHO_WANTS.sub("", wb.unframed(rest)))  # "I'd like to know if", 'till it hits'
        parts = [sl.tidy_product(p) for p in re.split(r"\s*,\s*|[;!?—–]|\.(?!\d)|(?<!\d)\.|:\s", rest)]  # 'f/2.8' is one
        parts = [p for p in parts if p and not re.fullmatch(r"(?:me|us|you|to|the|a|an|then|too|also)", p, re.IGNORECASE)]
        named = [p for p in parts if not re.search(r"\b(?:would|should|could|will|lovely|nice|great)\b", p, re.IGNORECASE)]
        parts = named or parts  # 'would be lovely': a remark, not what is watched
        query = wb.verb_object(text, parts) or (max(parts, key=len) if parts else "")  # not a remark beside it
    query = wf.named_brand(_strip_count(query), request.sentence)  # '三只松鼠…', '361 Degrees …': the number is the name's
    if code and not query:
        query = code.group(0)
    if not query or sl.is_vague(query):
        return ask("Which product should I watch?", "query")
    if target is None:
        return ask(f"At what price should I {'buy' if buy_when_met else 'tell you about'} {query}?", "target_price")
    return Plan(action=PriceWatchIntent(shopper_id=request.context.shopper_id, query=query[:200], target_price=target,
                                        days=min(days, 365), buy_when_met=buy_when_met, sentence=said,
                                        **({"product_id": code.group(0).lower()} if code else {}),
                                        **({"quantity": quantity} if quantity and 1 < quantity <= 99 else {}),
                                        **({"interval_hours": interval} if interval else {})))


# A watch said as its condition first, then what to do: 'when the X drops under 10k tell me', 'once it dips below
# 300, snag one' (an instruction, not a question about when something happens).
_TOLD_WHEN = re.compile(
    r"^\s*(?:when|once|if|as soon as|whenever)\b[^?]{1,80}?\b(?:drops?|dips?|falls?|goes|gets|comes down|hits?)\s+"
    r"(?:down\s+)?(?:below|under|to|cheaper|less than)\b[^?]*\b(?:tell|let|ping|notify|alert|text|message) (?:me|us)\b"
    r"[^?]*$|^\s*(?:when|once|if|as soon as)\b[^?]{1,80}?\b(?:drops?|dips?|falls?) (?:below|under|to)\b[^?]*"
    r"\b(?:buy|grab|snag|nab|order|get) (?:it|one|them|me)\b[^?]*$", re.IGNORECASE)


def told_when(text: str) -> bool:
    """Whether the sentence is a watch said condition first ('when the Sony A7C drops under 10k tell me')."""
    return bool(_TOLD_WHEN.search(text))


# The catalogue's code for the item: 'prd-00020'.
_CODE = re.compile(r"\bprd-\d{3,6}\b", re.IGNORECASE)
# A shop's own code said before the product, dashes around it: 'SKU 5520 - the Lego car -', 'item #4410:'.
_SHOP_CODE = re.compile(r"\b(?:sku|item)\s*#?\s*\d{3,8}\b|(?:^|(?<=\s))[-–—](?=\s|$)", re.IGNORECASE)
# Fields said one or two words at a time between slashes: 'watch / air fryer / 299 / 10 days'.
_SLASHES = re.compile(r"\s+/\s+|^\s*/\s*|\s*/\s*$")
# Particles Singapore and Malaysia English end a phrase with: 'the airfryer for me lah', 'lor', 'leh'.
_PARTICLE = re.compile(r"\b(?:lah|lor|leh|meh|hor)\b", re.IGNORECASE)
# Half a month as the span: '半个月内', 'half a month'.
_HALF_MONTH = re.compile(r"半个?月(?:内|之内|以内)?|\b(?:for |in |within )?half a month\b", re.IGNORECASE)
# Who wants the product, said before it: 'my son wants a PS5, …', 'the depot needs a label printer when …'.
_WHO_WANTS = re.compile(r"^\s*(?:(?:my|our|the) )?[\w'-]+(?: [\w'-]+)? (?:wants|needs)\s+(?=(?:a|an|the|some)\b)", re.IGNORECASE)
# A remark in brackets after the product: '猫砂盆（带烘干的那种）', 'kettle (the glass one)'.
_BRACKETED = re.compile(r"[（(][^（）()]{1,24}[）)]")
# What the product is for, said before it: '婚礼要用的香槟杯', '宿舍要的电煮锅' (the product is 香槟杯, 电煮锅).
# or where it is for: '医院这边的血压计', '店里那边的收银机'.
_PURPOSE = re.compile(r"(?:^|(?<=[，,\s]))[\u4e00-\u9fff]{1,6}?(?:要用|要|用|这边|那边|这里|那里)的(?=[\u4e00-\u9fffA-Za-z])")
# A pack size said as a container: '15kg bag of X', 'a 2l bottle of X' is the product X of that size.
_CONTAINER = re.compile(r"^(?P<size>\d+(?:\.\d+)?\s*(?:kg|g|l|ml|lbs?))\s+(?:bag|sack|box|pack|bottle|tin|can|jar|tub"
                        r"|pouch|carton)(?:e?s)?\s+of\s+", re.IGNORECASE)


# A brand and its model number, kept as said rather than translated: '苹果17', '佳明265', '华为Mate 70'.
_MODEL = re.compile(r"[\u4e00-\u9fff]{1,4}\s?(?:[A-Za-z]+\s?)?\d{1,4}[A-Za-z]*(?:\s?(?:Pro|Max|Ultra|Plus|mini))?")


def _zh_parts(rest: str) -> list[str]:
    """The pieces of a Chinese watch left once its frame words are dropped; a number right after a kept word
    is its model ('苹果17'), any other number is dropped."""
    out: list[str] = []
    for w in sg.words(rest):
        framed = bool(_ZH_WATCH_FRAME.fullmatch(w)) or w in sg.FUNCTION
        number = bool(re.fullmatch(r"\d+", w))
        out.append("，" if framed or number and (not out or out[-1] == "，") else w)
    return [p.strip() for p in re.split(r"[，。,：:]+", "".join(out)) if p.strip()]


def _watch_quantity(text: str) -> int | None:
    """How many a watch buys when its price is met: 'buy 3 bags of …', 'get 2', '买两个', '下单两副'."""
    said = re.search(rf"\b(?:buy|grab|order|get|pick up|purchase)\s+(?:me\s+)?(?P<n>{lx.EN_NUMBER})\b", text, re.IGNORECASE)
    if said:
        return lx.en_number(said.group("n"))
    # '买两个', '就进五箱', or the count in a clause after the buy: '低于2800就入，两部'
    zh = re.search(rf"(?:买|下单|入|进|拍下?|抢)\s*(?:[，,]\s*)?(?P<n>{lx.ZH_NUMBER})\s*[个副台件只双瓶包盒袋部支箱套把罐份条张本对桶卷提]", text)
    if zh:
        return lx.zh_number(zh.group("n"))
    pair = re.search(r"(?:买|下单|入|进|拍下?|抢)\s*(?P<n>俩|仨)", text)  # '就买俩': two, no measure word
    return {"俩": 2, "仨": 3}[pair.group("n")] if pair else None


def _named_target(text: str) -> sl.Cap | None:
    """'3000 is my limit', 'my target is 220 yuan', 'target two hundred', or the one bare amount of a terse
    'price watch X 150': the price the shopper names as the line to watch for."""
    said = rf"(?:{sl.NUMBER_WORD}|hundred|thousand)"
    amount = rf"[¥￥]?\s*(?P<amount>\d[\d,]*(?:\.\d+)?|{said}(?:[ -](?:and )?{said})*)\s*(?:yuan|rmb|元|块)?"
    match = re.search(rf"{amount} is (?:my|the) (?:limit|max(?:imum)?|target|budget|line)\b", text, re.IGNORECASE) \
        or re.search(rf"\b(?:target(?: price)?|limit)(?: is| of| at|:)?\s+{amount}", text, re.IGNORECASE) \
        or re.search(rf"{amount}\s+(?:target|limit|max)\b", text, re.IGNORECASE)
    if match is None and re.match(r"\s*(?:please\s+)?price (?:watch|alert)\b", text, re.IGNORECASE):
        bare = [m for m in re.finditer(r"(?<![\w.])(?P<amount>\d[\d,]*(?:\.\d+)?)(?![\w.])(?!\s*(?:days?|weeks?|months?"
                                       r"|hours?|kg|g|ml|l|inch|cm|mm|gb|tb|w|pack|x)\b)", text, re.IGNORECASE)]
        match = bare[-1] if len(bare) == 1 else None
    if match is None:
        return None
    raw = match.group("amount").replace(" and ", " ")
    value = lx.amount_minor(raw) if re.match(r"\d", raw) else (
        lx.en_number(match.group("amount")) or 0) * 100 or None
    return sl.Cap(amount=value, per_unit=True, total=False, start=match.start(), end=match.end())


def _bare_target(text: str) -> sl.Cap | None:
    """'grab it at ¥1700', 'hits ¥2199', 'drops to 70 yuan': a price named after a trigger word."""
    match = re.search(r"(?:\b(?:at|to|hits?|reaches?|is|(?:i'?d |i would |i'?ll )?pay)|(?<=\bit)'s)\s+(?:¥|￥|rmb\s*)?(?P<amount>\d[\d,]*(?:\.\d+)?)\s*"
                      r"(?:yuan|rmb|cny|元|块)?", text, re.IGNORECASE)
    if not match:
        return None
    return sl.Cap(amount=lx.amount_minor(match.group("amount")), per_unit=True, total=False, start=match.start(),
                  end=match.end())


def _strip_count(query: str) -> str:
    query = _CONTAINER.sub(lambda m: m.group("size") + " ", query)
    if re.match(r"\d+(?:\.\d+)?\s*(?:inch(?:es)?|\"|cm|mm|m|kg|g|l|ml|gb|tb|mah|w)\b", query, re.IGNORECASE):
        return query  # "65 inch Xiaomi TV": a measure of the product, not a count
    count, rest = sl.en_quantity(query)
    query = rest if count is not None and rest.strip() else query
    return " ".join(re.sub(r"(?:[,;!?，。！？、]|\.(?!\d)|(?<!\d)\.)+", " ", query).split())  # 'f/2.8' keeps its point
