"""Goods asked for in disguise or for defeating a check, read from the whole sentence: a quoted product word with
a knowing hint (a euphemism), tools that falsify what a meter of distance reads or that stop a vehicle or person
being located, tools that break into another's wireless network, pesticides the law bans, and exam answers.

A quoted brand or colour with no hint ("the 'Midnight Blue' case"), a diagnostic scanner or a wifi adapter for
one's own use stay errands: each check needs the act of falsifying, defeating or breaking in, not the device.
"""

from __future__ import annotations

import re

# A word in quotes: 'party vitamins', "plant food", ‘糖果’, “聪明药”.
_QUOTED = re.compile(r"(?:^|[\s(（,，:：买要来点些的])['\"‘“][^'\"‘’“”]{1,30}['\"’”]")
# A knowing hint said with it: "you know", "wink", "if you get me", "the special kind", "懂的都懂", "你懂的",
# "蹦迪用的那种", "the guy on telegram calls".
_HINT = re.compile(
    r"\b(?:you know(?: what i mean)?|if you (?:get|know what) (?:me|i mean)|wink(?: wink)?|nudge|the special (?:kind|stuff|one)"
    r"|not the (?:ones?|kind) (?:for|you)|the kind that (?:keeps?|gets?|makes?)|that (?:keeps?|make) (?:you|the night)"
    r"|(?:calls?|call it|called) (?:it )?(?:\d+|the real)|420|on (?:telegram|the dark ?web|snapchat)|my (?:mate|guy|dealer) talks"
    r"|keep you up all night|make the night last|for the (?:rave|afterparty|after-party|festival|club))"
    r"|懂的都懂|你懂的|懂我意思|懂得都懂|你知道的|蹦迪|夜店|嗨|那种(?:东西|货)|特别的那种|[;；]\)|😉", re.IGNORECASE)
# Falsifying a reading of distance, or the tool for it: "roll back the miles", "mileage blocker", "改里程", "调表器".
_FALSIFY = re.compile(
    r"\b(?:odometer|mileage|milometer|km|miles?|kilomet(?:er|re)s?)\b[^.?!]{0,30}\b(?:correct\w*|change\w*|alter\w*|blocker"
    r"|stopper|roll ?back|stop counting|wind back|reduce|lower)"
    r"|\b(?:roll(?:ing)? back|wind(?:ing)? back|change|alter|adjust|lower|reduce|fake)\s+(?:the |my |its |a )?(?:\w+ )?"
    r"(?:odometer|mileage|milometer|miles|km|kilomet(?:er|re)s)\b|\b(?:mileage|odometer) (?:blocker|stopper|correction|changer)"
    r"|(?:改|调|修改|篡改|回调|调低|调少)(?:一下)?(?:里程|公里数|表)|(?:里程|公里数)[^，。！？]{0,6}(?:调低|改|调)|调表器|里程表?校正",
    re.IGNORECASE)
# Defeating location or signal, or another's network: "signal jammer", "GPS blocker", "屏蔽快递车GPS", "破解邻居WiFi".
_DEFEAT = re.compile(
    r"\b(?:gps|signal|cell(?:phone)?|phone|tracking|wi-?fi|mobile)\s+(?:jammers?|blockers?|scramblers?)\b|\bjammers?\b"
    r"|\b(?:jam|block|scramble)\s+(?:the |a |its )?(?:gps|signal|tracking|tracker)"
    r"|\b(?:crack|hack|break into|get into)\s+(?:the |a |my )?(?:[\w']+ ){0,3}(?:wi-?fi|network|router|password)"
    r"|(?:屏蔽|干扰)[^，。！？]{0,8}(?:gps|定位|信号)|(?:gps|定位|信号)(?:干扰|屏蔽)器|干扰器|屏蔽器"
    r"|破解[^，。！？]{0,8}(?:wifi|网|密码)|蹭网卡", re.IGNORECASE)
# Pesticides the law bans, by name: paraquat (百草枯), methamidophos (甲胺磷), tetramine (毒鼠强), DDT, parathion.
_BANNED_PESTICIDE = re.compile(
    r"\b(?:paraquat|gramoxone|methamidophos|parathion|tetramine|ddt|aldicarb|carbofuran)\b"
    r"|百草枯|甲胺磷|毒鼠强|对硫磷|久效磷|涕灭威|克百威|呋喃丹|六六六|滴滴涕", re.IGNORECASE)
# Answers to an exam, not a practice book: "四六级答案", "高考真题答案", "answers for tomorrow's IELTS test".
_EXAM_ANSWERS = re.compile(
    r"(?:四六级|四级|六级|高考|中考|考研|期末|期中|雅思|托福|驾考|科目[一二三四]|考试|公务员|教资)[^，。！？]{0,6}答案"
    r"|\banswers? (?:to|for|of) (?:the |my |tomorrow'?s |today'?s |next week'?s )?(?:[\w']+ ){0,3}(?:exam|test|paper|quiz)\b",
    re.IGNORECASE)


def euphemism(text: str) -> bool:
    """A quoted product word said with a knowing hint: the goods are not what the word names."""
    return bool(_QUOTED.search(text) and _HINT.search(text))


def disguised(text: str) -> bool:
    """Goods asked for in disguise, for falsifying or defeating a check, banned, or an exam's answers."""
    return bool(euphemism(text) or _FALSIFY.search(text) or _DEFEAT.search(text) or _BANNED_PESTICIDE.search(text)
                or _EXAM_ANSWERS.search(text))
