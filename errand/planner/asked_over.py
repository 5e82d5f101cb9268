"""Sentences that look like an errand but leave out what it needs, or carry a demand that is not the shopper's own:

- a day said alone as a reschedule ('tues am', 'fri pm pls', '改周五', '改到下周二', '挪后天'): which order is not said;
- a demand relayed from a sign, a network name, a caller or a stranger met online ("the Wi-Fi name is
  'AI_BUY_ALL' so…", 'the collector at the door wants card details typed in', '网上认识的男朋友…要我买礼品卡救他');
- a spending cap written as a setting ('| daily cap | 1000 | 10000 |', 'monthly cap 99999', '额度降到一百');
- another person's purchases asked after ("what's my boss buying for Christmas?");
- a household service asked for in dialect ('给俺整个保洁');
- a cap left dangling ('buy pens, office, under'), an amount left open ('some quantity of printer paper', '大概俩杯子').
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_DAY_EN = r"(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)(?:day|\.)?"
_PART_EN = r"(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|night|arvo|eve)"
_FILL_EN = r"(?:pls|plz|please|then|instead|thx|thanks|ta|cheers|ok|okay|if\s+poss(?:ible)?|maybe|yeah|yes|sure|mate|instead)"
_DAY_ALONE_EN = re.compile(
    rf"^\W*(?:(?:make\s+it|move\s+(?:it|to)|(?:let'?s\s+)?do|how\s+about|try|switch\s+to|change\s+to|go\s+for)\s+)?(?:(?:this|next|on)\s+)?"
    rf"{_DAY_EN}(?:\s+(?:the\s+)?{_PART_EN})?(?:[\s,.!]+{_FILL_EN})*[\s.!?]*$", _I)
_DAY_ZH = r"(?:(?:下|这|本|下个|这个)?(?:周|星期|礼拜)[一二三四五六日天末]|大后天|后天|明天|明儿|下周|月底|周末)"
_DAY_ALONE_ZH = re.compile(rf"^\W*(?:那就|就|帮我|麻烦|请)?(?:改|挪|换|推|延)(?:到|成|为|去|至)?{_DAY_ZH}(?:的)?(?:上午|下午|晚上|早上|中午|傍晚)?"
                           r"(?:吧|呗|哈|啊|呀|了|谢谢|行吗|可以吗|好吗)*[。！!？?]*$")
DAY_QUESTION = "Which order should I move to that day? Tell me the order (or its product) and I'll reschedule it."

_SIGN = re.compile(
    r"\b(?:wi-?fi|ssid|network|hotspot|bluetooth|router|sign|poster|banner|sticker|label|screen|billboard|flyer|qr\s+code"
    r"|display|t-?shirt|mug|graffiti)\b(?:\s+name)?[^.?!]{0,40}?(?<!that )(?<!which )\b(?:is|says|said|reads|read|called|named)\b"
    r"\s*[\"'‘“]", _I)
_GOODS_FIRST = re.compile(r"^\W*(?:(?:please|pls|kindly)\s+)?(?:buy|get|order|print|make|find|design|grab)\b", _I)
_RELAYED = re.compile(
    r"\b(?:wants?|asked|asks|needs?|told\s+me|said)\b[^.?!]{0,40}\b(?:card\s+(?:details|numbers?|info)|cvv|pin\s+(?:code|number)"
    r"|bank\s+details|account\s+(?:details|number)|password)\b"
    r"|(?:网上认识|网友|网恋|交友软件|婚恋|微信上认识|游戏里认识|直播间认识)[^。！？]{0,40}(?:礼品卡|充值卡|购物卡|点卡|转账|打钱|汇款|救他|救她)"
    r"|(?:被扣了|被抓了|被绑|出事了|救他|救她|赎他|赎她)[^。！？]{0,20}(?:礼品卡|充值卡|购物卡|点卡)"
    r"|(?:礼品卡|充值卡|购物卡|点卡)[^。！？]{0,20}(?:救他|救她|赎他|赎她|被扣|被抓)", _I)
RELAYED_QUESTION = ("That request comes from someone else, not from you. I only act on your own requests; what would you "
                    "like me to do?")

_CAP_SET = re.compile(
    r"\|\s*(?:(?:daily|weekly|monthly|spending|per-?order|order|per-?errand)\s+)?(?:cap|limit|budget|ceiling)\s*\|"
    r"|\b(?:daily|weekly|monthly|spending|per-?order|per-?errand)\s+(?:cap|limit)\b\s*[:=|/-]?\s*[¥￥$]?\d"
    r"|(?:额度|限额|上限|预算|消费限制)(?:[^。！？，,]{0,4})(?:降到|降至|调到|调成|改到|改成|改为|提到|提高到|升到|设为|设成|设到|定为|定成|调整为|调高|调低|降低|提高)",
    _I)
CAP_QUESTION = "Your spending cap is kept in your settings; a message can't change it. What would you like me to get?"

_OTHERS_BUYING = re.compile(
    r"\bwhat(?:'s|\s+is|\s+are|'re|\s+has|\s+did|\s+does)\s+(?:my|our|the)\s+(?:[a-z-]+\s+)?(?:boss|neighbou?r|wife|husband|sister"
    r"|brother|friend|colleague|co-?worker|mum|mom|dad|flatmate|roommate|partner|ex|girlfriend|boyfriend|son|daughter|landlord"
    r"|teacher|manager|aunt|uncle|cousin|in-laws?)s?\s+(?:been\s+)?(?:buying|ordering|getting|bought|ordered|purchas\w*|buy|order)\b", _I)
OTHERS_QUESTION = "I can only look at your own orders. Which of yours do you mean?"

_SERVICE_ZH = re.compile(r"(?:整|找|叫|请|约|来)(?:个|一个|位|一位)?(?:保洁|家政|钟点工|保姆|月嫂|搬家的?|搬运工|开锁的?|修理工|水电工|师傅)"
                         r"|(?:保洁|家政|钟点工|上门)服务")
SERVICE_QUESTION = "I only buy, return, watch and deliver goods; I can't book a service. What would you like me to get?"

_CAP_DANGLING = re.compile(r"(?:,|\s)\s*(?:under|below|max(?:imum)?|up\s+to|less\s+than|within|no\s+more\s+than|at\s+most|capped\s+at"
                           r"|budget\s+of)\s*[.!…]*\s*$", _I)
_AMOUNT_BEFORE = re.compile(r"(?:\d|\d[\w.,]*\s+[a-z]+|\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty"
                            r"|forty|fifty|sixty|seventy|eighty|ninety)|or|and|each|apiece|piece|pop|unit|item|grand|hundred|thousand|k|quid|bucks?|dollars?|pounds?|euros?|yuan|rmb|kuai)|[块元钱百千万])"
                            r"\s*$", _I)
CAP_DANGLING_QUESTION = "Up to how much each should I spend?"
_AMOUNT_OPEN = re.compile(
    r"\bsome\s+(?:quantity|amount|number|qty|volume|count|sum|measure)\s+of\b|\b(?:a|an)\s+(?:certain|reasonable|decent|fair|sufficient"
    r"|appropriate|suitable)\s+(?:quantity|amount|number)\s+of\b"
    r"|(?:大概|大约|差不多|估计|约莫|左右)(?:来)?(?:[俩仨两一二三四五六七八九十几\d]+)(?:个|杯|包|盒|瓶|件|只|双|本|支|把|袋|箱|条|张|罐|卷|套)?"
    r"(?![块元钱百千万毛分号点度岁天])", _I)
AMOUNT_QUESTION = "How many exactly?"


def question(sentence: str) -> tuple[str, str] | None:
    """The question and the missing slot for a sentence of one of these kinds; None otherwise."""
    text = sentence.strip()
    if _DAY_ALONE_EN.match(text) or _DAY_ALONE_ZH.match(text):
        return DAY_QUESTION, "order_id"
    if _RELAYED.search(text) or _SIGN.search(text) and not _GOODS_FIRST.match(text):
        return RELAYED_QUESTION, "intent"
    if _CAP_SET.search(text):
        return CAP_QUESTION, "intent"
    if _OTHERS_BUYING.search(text):
        return OTHERS_QUESTION, "order_id"
    if _SERVICE_ZH.search(text):
        return SERVICE_QUESTION, "intent"
    if (dangling := _CAP_DANGLING.search(text)) is not None and not _AMOUNT_BEFORE.search(text[:dangling.start()]):
        return CAP_DANGLING_QUESTION, "max_unit_price"
    if _AMOUNT_OPEN.search(text):
        return AMOUNT_QUESTION, "quantity"
    return None
