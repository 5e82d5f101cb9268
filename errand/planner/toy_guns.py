"""A toy that shoots water or bubbles, bought for a child: 给孩子买把水枪, 买个泡泡枪给孩子玩, 'a water pistol for my
son', 'a bubble gun for the kids'. It is a toy, and vouches for the purchase the ranker's second look would doubt for
the word 枪 or 'gun'. Only the toy's own names are read: 枪 alone, an air gun, a BB gun, a stun gun (电击枪), a nail
gun or a rifle keep their doubt, and the harm readers and the gate still read every vouched sentence.
"""

from __future__ import annotations

import re

_ZH_TOY = r"(?:玩具)?(?:水枪|泡泡枪|滋水枪|喷水枪)"
_ZH_CHILD = r"(?:孩子|小孩|孩子们|小朋友|儿子|女儿|闺女|宝宝|娃|外孙|孙子|孙女|侄子|侄女)"
_ZH = re.compile(rf"^(?:帮我)?(?:给(?:我)?{_ZH_CHILD})?(?:买|订|来)(?:[一两二三四五\d]+)?(?:把|个|支|只)?{_ZH_TOY}"
                 rf"(?:给(?:我)?{_ZH_CHILD}(?:玩)?)?(?:夏天玩|玩)?[。！!]?$")
_EN_TOY = r"(?:toy )?(?:water (?:pistol|gun|blaster)s?|bubble (?:gun|blaster)s?|squirt guns?)"
_EN_CHILD = r"(?:(?:my|our|the) (?:kids?|children|son|daughter|grandson|granddaughter|nephew|niece|little one)s?)"
_EN = re.compile(rf"^(?:please )?(?:buy|get|order)(?: {_EN_CHILD})? (?:a|an|one|two|three|\d+) {_EN_TOY}"
                 rf"(?: for {_EN_CHILD})?[.!]?$", re.IGNORECASE)


def vouched(text: str) -> bool:
    """The whole sentence buys a water pistol or a bubble gun, perhaps for a child."""
    text = " ".join(text.split())
    zh = re.sub(r"(?<=[买订来])(两|[一三四五\d])(?=[把个支只])", r"\1", text)
    return bool(_ZH.match(zh) or _EN.match(text))
