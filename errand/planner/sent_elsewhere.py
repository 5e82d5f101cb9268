"""Goods sent to a place that is none of the saved addresses (home and office), in words the other place readers miss:

- a place nobody's address names, sent to with 'to': 'two life jackets to my boat', 'a doormat to our holiday
  cottage', 'a mop bucket to the lock-up', 'a desk fan to my dorm', 'a router shipped to the storage unit';
- another person's home said with the possessive alone: "have them sent to my nan's", "deliver it to my mate's",
  "have the Midea kettle shipped to my aunt's";
- 'there' after a place named as the product's use: 'a padlock for the shed and have it sent there', 'deliver it
  there';
- in Chinese, a home or place named by a pronoun or a dorm, a school, a boat or a motorhome after the verb that sends:
  直接寄她家, 送他家去, 寄他那儿, 快递到她那边, 寄宿舍, 寄到女儿宿舍, 送船上, 送到房车上.

A place said as what the product is for stays a purchase delivered to a saved address: 'a lamp for the boat', 'a
padlock for the lock-up', 宿舍用的插线板. Going, taking or carrying the goods there is the shopper's own trip.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# A place nobody's saved address is, said with 'to': a boat, a motorhome, a lock-up, a holiday let, a dorm.
_PLACE = (r"(?:boat|narrowboat|narrow boat|houseboat|yacht|dinghy|barge|motorhome|motor home|camper ?van|camper|rv"
          r"|lock-?up|storage unit|storage locker|storage space|self[- ]storage|holiday (?:cottage|home|let|flat|house|lodge)"
          r"|cottage|cabin|log cabin|lodge|second home|dorm|dorm room|dormitory|halls|student halls|hall of residence"
          r"|hostel|hotel(?: room)?|airbnb|mooring|berth|summer ?house|beach hut|villa|timeshare)")
_TO_PLACE = re.compile(
    rf"(?<!\bnext )(?<!\bclose )(?<!\bnear )(?<!\btrip )(?<!\bway )(?<!\bvisit )\bto\s+(?:my|our|the|his|her|their)\s+"
    rf"(?:[a-z'-]+\s+)?{_PLACE}\b", _I)
# Another person's home said with the possessive alone: "to my nan's", "to Bob's", "to my brother's" (then the end, a
# comma or the time).
_TO_THEIRS = re.compile(
    r"(?<!\bsimilar )(?<!\bsame as )(?<!\bcompared )(?<!\bidentical )(?<!\bequal )(?<!\bnext )(?<!\bclose )"
    r"\bto\s+(?:my\s+|our\s+|his\s+|her\s+|their\s+)?(?!(?:it|that|what|there|here|who|one|today|tomorrow|tonight|let"
    r"|my|our)['’]s\b)[a-z]+(?:['’]s|s['’])(?:\s+(?:place|house|home|flat))?"
    r"(?=\s*$|\s*[,.;!?]|\s+(?:instead|by|before|on|at|tomorrow|today|tonight|this|next|please|pls|rather|not|asap)\b)",
    _I)
# 'there' as where goods are sent.
_SENT_THERE = re.compile(
    r"\b(?:send|sent|ship|shipped|deliver|delivered|post|posted|drop|dropped|courier|couriered)"
    r"(?:\s+(?:it|them|those|these|this|that|the\s+[a-z]+))?(?:\s+(?:over|off|straight|directly|right))?\s+there\b", _I)
_SAVED = re.compile(r"\b(?:office|home|house|work)\b", _I)
# The shopper saying the place is a saved one: 'to the hotel (that's my office address)', 送学校（公司地址）, 工作室就是公司.
_SAID_SAVED = re.compile(
    r"\b(?:is|=|means) (?:my |our |the )?(?:office|home)(?: address)?\b|\b(?:office|home) address\b"
    r"|(?:就是|是|即|=)(?:我(?:的|们的?)?)?(?:公司|办公室|单位|家)(?:地址)?|[（(](?:公司|办公室|单位|家)(?:地址)?[）)]", _I)
# Going, taking or carrying the goods there is the shopper's own trip.
_GOING = re.compile(r"\b(?:go|goes|going|gone|went|off|head\w*|trip|visit\w*|bring\w*|tak(?:e|ing)|carry\w*|walk\w*"
                    r"|drive|driving|ride|riding|get(?:ting)? there)\s+(?:[\w']+\s+){0,3}?$", _I)

# Chinese: the verb that sends, not 出发 or 寄宿学校, and no person taken there (送孩子去学校).
_ZH_SEND = r"(?:(?<!出)发|送|寄(?!宿(?!舍))|快递|邮|运)"
_ZH_THEIRS = re.compile(
    rf"{_ZH_SEND}(?:到|去|往|至)?(?:他|她|TA|ta|他们|她们|人家|对方)(?:家|那儿|那里|那边|那|宿舍|学校|单位|住处)")
_ZH_PLACE = re.compile(
    rf"{_ZH_SEND}(?:[^，。！？,.!?；;我你他她人孩娃们儿女子妈爸爷奶姥]{{0,8}}?(?:到|去|往|至)|到|去|往|至)?"
    r"(?:[^，。！？,.!?；;\s到去往至（(]{0,3}?)(?:宿舍|寝室|船上|游艇|房车|学校)")


def _to_place(text: str) -> bool:
    return any(not _GOING.search(text[max(0, m.start() - 40): m.start()]) for m in _TO_PLACE.finditer(text))


def sent_elsewhere(text: str) -> bool:
    """The goods are sent to a place that is no saved address."""
    if _SAID_SAVED.search(text):
        return False
    if _to_place(text) or _TO_THEIRS.search(text):
        return True
    if _SENT_THERE.search(text) and not _SAVED.search(text):
        return True
    return bool(_ZH_THEIRS.search(text) or _ZH_PLACE.search(text))
