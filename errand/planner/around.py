"""What an English purchase says around the product's name that is not its name: whom it is for ('for the crew',
'for one of the residents', 'for the new hires'), the occasion ("for Saturday's session", 'for tonight's barbecue'),
a remark on how plain it may be ('nothing fancy'), the person it belongs to in the scene ("one coach's tactics
board"), a size said as big or small beside a measured one ('one big stockpot, 30 litre'), and a learner's word
order ('two of the pillows', 'price not more of 100 each one', 'the pan of cooking', 'buy for me').

Each is written the way the slots read it, or taken out, before the slots read the sentence. It reads only a
sentence the planner already took as a purchase; a count, a price and the product's own words are left as said.
"""

from __future__ import annotations

import re

from . import lexicon as lx

# People a purchase is for, as a group or as one of a group: a beneficiary, not the product and not the payer.
GROUP = (r"(?:crew|squad|team|residents?|patients?|class(?:es)?|kids|children|students|pupils|volunteers|interns|new hires"
         r"|hires|recruits|trainees|deckhands|hands|staff|ward|guests|players|members|club|troop|scouts|campers|athletes"
         r"|runners|choir|cast|band|tenants|lodgers|boarders|workers|nurses|carers|cadets|visitors|family|lads|girls|boys"
         r"|guys|gang|group|juniors|seniors|elderly|regulars|customers|clients|passengers|swimmers|dancers|singers)")
# A clause boundary, or a cap, a place or an end after the group.
_AFTER = r"(?=\s*(?:[,.;!?—–]|$|\s-\s|\s+(?:under|below|max|up to|budget|cap|send|deliver|ship|to|please)\b))"
_BENEFICIARY = re.compile(rf"\s*,?\s*\bfor\s+(?:one of |each of |all of |some of |every one of )?(?:the |our |my |all the )?"
                          rf"(?:new |young |old |senior |junior |little |visiting |whole )?{GROUP}\b{_AFTER}", re.IGNORECASE)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# The occasion it is for: "for Saturday's session", "for tonight's barbecue", 'for the weekend', 'for next Friday'.
_OCCASION = re.compile(rf"\s*\bfor\s+(?:this |next |the |our |my )?(?:{_DAY}|tonight|tomorrow|today|(?:the |this |next )?weekend"
                       rf"|next week)(?:'s)?(?:\s+[a-z]+){{0,2}}{_AFTER}", re.IGNORECASE)
# The occasion it is for, by name: "for Mum's birthday", 'for the party on Sunday', 'for Christmas'.
_EVENT = re.compile(
    r"\s*\bfor\s+(?:(?:my|our|the|a|this|next|[a-z]+'s?)\s+)*(?:birthday|anniversary|wedding|party|graduation|christening"
    r"|housewarming|baby shower|retirement|picnic|barbecue|bbq|match|game|session|trip|holiday|reunion|sleepover|camp"
    r"|christmas|xmas|easter|new year|halloween|thanksgiving|valentine'?s(?: day)?|diwali|eid|chinese new year"
    r"|spring festival|mid-autumn(?: festival)?|mother'?s day|father'?s day)"
    rf"(?:\s+(?:on|this|next)\s+(?:{_DAY}|weekend|week|\w+day))?{_AFTER}", re.IGNORECASE)
# How plain it may be: 'nothing fancy', 'nothing special', 'no frills', 'the basic one is fine'.
_PLAIN = re.compile(r"\s*[,;—-]?\s*\b(?:nothing (?:too |very )?(?:fancy|special|posh|expensive|flashy)|no frills|no-frills|"
                    r"(?:the )?basic (?:one )?is fine|just (?:a )?basic (?:one)?)\b(?:\s*(?:please|pls|thanks))?", re.IGNORECASE)
# Someone in the scene the product belongs to, after its count: "one coach's tactics board", "a referee's whistle".
_ROLE_OWNER = re.compile(r"\b(?P<n>a|an|one|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                         r"(?:coach|coaches|referee|umpire|captain|skipper|player|resident|patient|volunteer|crew|trainer)'s?\s+"
                         r"(?=[a-z])", re.IGNORECASE)
# A size said as big or small, when a measured size is said as well: 'one big stockpot, 30 litre'.
_ROUGH_SIZE = re.compile(r"\b(?:big|large|small|little|huge|tiny|giant|medium(?:-sized)?)\s+(?=[a-z])", re.IGNORECASE)
_MEASURED = re.compile(r"\d+(?:\.\d+)?\s*(?:litres?|liters?|l|ml|cm|mm|centimet(?:re|er)s?|millimet(?:re|er)s?|inch(?:es)?|\"|qt"
                       r"|quarts?|gallons?)\b", re.IGNORECASE)

# A learner's word order, said the way the slots read it.
_LEARNER = (
    # 'price not more of 100', 'not more of 100 each one': a cap
    (re.compile(r"\b(?:price\s+)?not more (?:of|than)\s+(?=[¥￥]?\d)", re.IGNORECASE), "no more than "),
    (re.compile(r"(?<=\d)\s+each one\b", re.IGNORECASE), " each"),
    # 'buy for me the lamp', 'for me please buy': the shopper, not a beneficiary
    (re.compile(r"\b(buy|get|order)\s+(?:please\s+|pls\s+)?for me\b", re.IGNORECASE), r"\1 me"),
    # 'two of the pillows', 'one the bag': the count of the product named
    (re.compile(rf"\b({lx.EN_NUMBER}) (?:of )?the (?=(?!ones?\b)[a-z-]+\b(?!\s+ones?\b))", re.IGNORECASE), r"\1 "),
    # 'a charger so bad', 'a phone charm soooo cute': how much it is wanted or liked, not the product
    (re.compile(r"\s+(?:so|really|very)\s+(?:bad(?:ly)?|much|cute|pretty|lovely|adorable|nice|cool)\b", re.IGNORECASE), " "),
)
# 'the pan of cooking', 'the knife of bread', 'the shoes of running': the product named by its use after 'of'.
_CONTAINERS = (r"(?:packs?|packets?|boxes|box|bottles?|bags?|cans?|cartons?|rolls?|tubes?|jars?|tins?|bars?|sets?|pieces?"
               r"|cups?|sheets?|cases?|crates?|pairs?|dozens?|kinds?|types?|sorts?|sizes?|colou?rs?|brands?|models?|lots?"
               r"|bunch(?:es)?|loa(?:f|ves)|slices?|glass(?:es)?|pots?|tubs?|sacks?|reams?|units?|one|ones|rest|end|top)")
# A container is the product's own head only before a use ending in -ing: 'the bag of sleeping' is a sleeping bag.
_USE_AFTER = re.compile(rf"\bthe (?:(?!{_CONTAINERS}\b)(?P<head>[a-z]+) of (?!(?:the|a|an|my|our|your|his|her|their|this|that"
                        rf"|these|those|it|them)\b)(?P<use>[a-z]+)|(?P<head2>[a-z]+) of (?P<use2>[a-z]+ing))\b(?!\s+of\b)",
                        re.IGNORECASE)


def plain(text: str) -> str:
    """English purchase ``text`` with the words around its product said plainly ('two of the pillows, soft,
    price not more of 100 each one' → 'two pillows, soft, no more than 100 each')."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    rest = _USE_AFTER.sub(lambda m: f"the {m.group('use') or m.group('use2')} {m.group('head') or m.group('head2')}", text)
    for pattern, said in _LEARNER:
        rest = pattern.sub(said, rest)
    rest = _EVENT.sub("", _OCCASION.sub("", _BENEFICIARY.sub("", rest)))
    rest = _PLAIN.sub("", rest)
    rest = _ROLE_OWNER.sub(r"\g<n> ", rest)
    if _MEASURED.search(rest):
        rest = _ROUGH_SIZE.sub("", rest)
    rest = " ".join(rest.split()).strip(" ,;")
    return rest if re.search(r"[a-z]{2}", rest, re.IGNORECASE) else text
