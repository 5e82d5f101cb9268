"""A product known only as what another person has: 'get me what my flatmate has', 'buy what Tom has got', 'order
whatever my flatmate's got', 'get me one like my brother's', 'the same one my boss uses', 给我买个我同桌那种, 照着我表姐家
那个买一个, 我室友有的那个也来一个.

The shop cannot see another person's things, so which product is meant is a guess: the planner asks the shopper to
name it. A purchase for another person ('a kettle for my mum', 给我妈买个按摩仪) names its product and is no such case.
"""

from __future__ import annotations

import re

from .people_words import KIN_EN, KIN_ZH

_I = re.IGNORECASE
# Another person: kin or a role ('my flatmate', 'our neighbour'), or a name said with a capital ('Tom', 'Priya').
_WHO_EN = rf"(?:(?:my|our|his|her|their|the)\s+(?:\w+\s+)?{KIN_EN}|(?-i:[A-Z][a-z]{{2,}})(?<!\bI)(?<!Errand))"
_HAS_EN = (r"(?:has|have|had|'s\s+got|has\s+got|got|uses?|used|is\s+using|bought|owns?|owned|wears?|wore|gets?|drives?"
           r"|keeps?|swears\s+by|recommended)")
# The thing pointed at as someone's: 'what my flatmate has', 'whatever Tom's got', 'the same one my boss uses',
# 'one like my brother's', 'the same as my sister's', 'the kind my mum has'.
_EN = re.compile(
    rf"\b(?:what|whatever|whichever|the\s+(?:same\s+)?(?:one|thing|kind|model|type|brand|version|make)s?|the\s+same(?:\s+one)?"
    rf"|one|the\s+one)\s+(?:that\s+|which\s+)?{_WHO_EN}(?:'s|’s)?\s+{_HAS_EN}\b"
    rf"|\b(?:one|ones|something|the\s+same|same)\s+(?:just\s+|exactly\s+)?(?:like|as)\s+{_WHO_EN}(?:'s|’s)(?!\s+[a-z]{{3,}}\b(?<!\bone))"
    rf"|\bwhatever\s+{_WHO_EN}(?:'s|’s)\s+got\b", _I)
# Chinese: 我同桌那种, 跟我室友一样的, 我妹有的那个, 照着我哥那个, 我表姐家那款, 同事用的那款.
_THAT_ONE_ZH = r"(?:那种|那款|那个|那样的|那样|同款|一样的|一样)"
# A workplace is no person ('公司那个地址'), and a pointer at an address, a place or a time is no product.
_NOT_A_PERSON = r"(?<!公司)(?<!单位)"
_NOT_A_THING = r"(?!\s*(?:地址|地方|位置|时间|时候|点|号|门口|楼))"
_ZH = re.compile(
    rf"{KIN_ZH}{_NOT_A_PERSON}(?:家)?(?:的)?(?:有的|用的|用着的|买的|穿的|戴的|拿的)?{_THAT_ONE_ZH}{_NOT_A_THING}"
    rf"|(?:跟|和|同|照着|按照|按着|照)(?:我|俺)?{KIN_ZH}{_NOT_A_PERSON}(?:家)?(?:的)?{_THAT_ONE_ZH}{_NOT_A_THING}")
# What follows the pointer and names the product after all: '我妈那个牌子的电饭煲'? still a guess; a product named
# before it ('买个电饭煲，跟我妈那个一样') is a guess at the model as well. Nothing is exempt but a purchase for them.
_FOR_THEM_ZH = re.compile(rf"(?:给|帮|替){KIN_ZH}(?:买|订|下单|选)")


def named_by_owner(text: str) -> bool:
    """The product is pointed at only as another person's thing."""
    if _EN.search(text):
        return True
    found = _ZH.search(text)
    return found is not None and not _FOR_THEM_ZH.search(text[max(0, found.start() - 2):found.end()])


QUESTION = (("Which product do you mean? I can't see what someone else has, so please name it (brand and model, if "
             "you know them)."), "query")
