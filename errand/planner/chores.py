"""Chores near an errand that are not shopping, and money handed to people, each read as a class of phrasing:

- a parking spot found or asked about ("find me a truck parking spot near the port", "where can I park tonight",
  "帮我找个停车位"); parking cones, a parking sensor or a lock for one's own space are products;
- a road's traffic asked about ("is the ring road jammed", "how's the traffic on the bridge", "明天高速堵不堵",
  "今晚路况怎么样"); a delivery moved because of traffic is a change of delivery;
- wages or pay handed to workers ("pay the pickers their wages", "给工人发工资", "给装修师傅结工钱", "三千从我钱包出");
  gloves or a wallet bought for someone are purchases.
"""

from __future__ import annotations

import re

_PARKING = re.compile(
    r"\b(?:find|look for|looking for|locate|get|book|reserve|grab|need|search for|any)\s+(?:me\s+|us\s+)?(?:a\s+|an\s+|some\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:parking\s+(?:spots?|spaces?|places?|bays?|lots?|garages?)|car\s?parks?|places? to park|spots? to park)\b"
    r"(?!\s+(?:signs?|markers?|sensors?|locks?|barriers?|posts?|cones?|paint|stickers?))"
    r"|\bwhere (?:can|do|should|could|shall) (?:i|we) park\b|\bsomewhere to park\b"
    r"|(?:找|订|约|抢|搜|查|看看|有没有|哪里有|哪儿有|附近)[^，。！？]{0,8}(?:停车位|车位|停车场|停车的地方|停车处)"
    r"(?!锁|牌|桩|线|贴|号|划线|漆|地锁|挡)|(?:哪里|哪儿|哪)(?:能|可以)?停车", re.IGNORECASE)
_ROAD = r"(?:traffic|roads?|highway|motorway|freeway|expressway|ring road|bridge|tunnel|interstate|route|m\d+|a\d+)"
_TRAFFIC = re.compile(
    rf"\b(?:is|are|will)\s+(?:there\s+)?(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+){{0,4}}?{_ROAD}\s+(?:be\s+)?(?:jammed|busy|congested"
    r"|clear|blocked|bad|heavy|backed up|gridlocked|open)\b|\bhow(?:'s| is| bad is| heavy is| busy is)\s+(?:the\s+)?traffic\b"
    r"|\b(?:traffic|road) (?:conditions?|reports?|updates?|situation)\b|\bwill there be (?:traffic|a jam|congestion)\b"
    r"|\bany (?:traffic|jams?|tailbacks?|congestion)\b"
    r"|堵不堵|会不会堵|(?:堵车|塞车|拥堵|堵)(?:吗|嘛|么|没|了没|得厉害吗)|(?:路况|交通)(?:怎么样|如何|好不好|咋样|情况)"
    r"|(?:高速|路上|环路|大桥|隧道)[^，。！？]{0,4}(?:通不通|封路了?吗|好走吗)", re.IGNORECASE)
_PLACED = re.compile(r"\bord_\w+|\b(?:order|parcel|package|delivery)\b|订单|快递|包裹|那单", re.IGNORECASE)
_WORKERS = (r"(?:workers?|pickers?|cleaners?|nann(?:y|ies)|builders?|staff|crew|drivers?|gardeners?|helpers?|labou?rers?"
            r"|carers?|maids?|cooks?|movers?|babysitters?|tutors?|contractors?|farmhands?|hands|employees?)")
_PAY_PEOPLE = re.compile(
    r"\b(?:pay|paying|give|send|transfer|hand out|pay out)\b[^.?!]{0,40}\b(?:wages?|salar(?:y|ies)|pay ?checks?|paycheques?"
    r"|payroll|day rates?)\b|\bpayroll\b"
    rf"|\bpay\s+(?:the\s+|my\s+|our\s+)?(?:[\w'-]+\s+){{0,2}}{_WORKERS}\b(?!\s+(?:gloves?|uniforms?|boots?|vests?))"
    r"|发[^，。！？]{0,6}?(?:工资|薪水|薪资|工钱|奖金|劳务费|提成)(?!条|单|表|卡)"
    r"|(?:结|付|算|转|打)(?:一下|清|了)?[^，。！？]{0,6}?(?:工资|工钱|薪水|薪资|劳务费|人工费|辛苦费)(?!条|单|表|卡)"
    r"|(?:工资|工钱|薪水)(?!条|单|表|卡)[^，。！？]{0,8}(?:发|结|付|转|打)"
    r"|从我的?(?:钱包|余额|零钱|账户)(?:里)?(?:出|扣|付|转|拿|划)"
    r"|(?:给|帮)[^，。！？]{0,10}(?:工人|师傅|保姆|阿姨|钟点工|月嫂|司机|员工|伙计|小工)[^，。！？]{0,6}?(?:每人|一人)?"
    r"(?:发|结|付|转|打)(?:了|一下)?[\d一二两三四五六七八九十百千万]", re.IGNORECASE)


def chore(text: str, kind: str) -> tuple[str, str] | None:
    """(question, missing fact) for a parking spot, a road's traffic, or pay handed to people; else None."""
    if _PAY_PEOPLE.search(text):
        return (("Paying people, wages included, is something you do yourself; I only buy, return, watch and deliver "
                 "goods. What would you like me to get?"), "intent")
    if _PARKING.search(text) or _TRAFFIC.search(text) and not (kind == "question" and _PLACED.search(text)):
        return (("Parking and traffic are outside what I do. I can buy something, order drinks, return an order, "
                 "watch a price or move a delivery."), "intent")
    return None
