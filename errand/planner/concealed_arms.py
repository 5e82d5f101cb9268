"""A blade or weapon wanted so it passes a checkpoint or hides on the body.

A knife is goods; a knife wanted so a metal detector, an X-ray or a security check misses it ('a knife the scanner
won't pick up', 'a blade to tuck in my sleeve past the turnstile', 能躲过安检的刀, 带上飞机的钢笔刀), or a blade built
into something that hides it (a sword inside a cane or an umbrella, a knife in a belt buckle, a hair pin or a
lipstick, 发簪刀, 口红刀), is carried where the law keeps weapons out. Each check needs both a weapon word and the
hiding or the checkpoint: a ceramic kitchen knife, a pocket knife, a luggage lock for a flight and a shaver taken on
a plane stay errands. Any goods wanted so a screening misses them ('a bag that hides things from the airport X-ray',
骗过安检, 安检查不出来) are carried the same way; a bottle that passes airport security is an errand.
"""

from __future__ import annotations

import re

_WEAPON_EN = (
    r"(?:knife|knives|blades?|daggers?|swords?|shivs?|stilettos?|machetes?|box ?cutters?|switchblades?"
    r"|karambits?|spikes?|weapons?|knuckle ?dusters?|brass knuckles|sharpened [a-z-]+|(?:tactical|steel) pens?)"
)
# A checkpoint passed or a detector fooled: 'get past the subway scanner', 'passes airport security'.
_CHECKPOINT_EN = (
    r"(?:security|scanners?|metal[- ]detectors?|x-?rays?|checkpoints?|screening|tsa|bag checks?|body scanners?"
    r"|turnstiles?|airport|customs|the gate)"
)
_PAST_EN = re.compile(
    rf"\b(?:get|gets|getting|got|sneak\w*|slip\w*|pass(?:es|ed|ing)?|through|past|beat\w*|fool\w*|dodg\w*|evad\w*"
    rf"|carry|carried|take|taken|bring|brought)\b[^.?!]{{0,30}}\b{_CHECKPOINT_EN}\b"
    rf"|\b{_CHECKPOINT_EN}\b[^.?!]{{0,30}}\b(?:won'?t|wouldn'?t|doesn'?t|don'?t|can'?t|cannot|never|not|fails? to)\s+"
    r"(?:\w+\s+)?(?:detect|pick|show|set|find|spot|see|catch|notice|flag|beep)"
    r"|\b(?:doesn'?t|don'?t|won'?t|never|not)\s+(?:show|set off|trigger|register)\b[^.?!]{0,20}\b(?:on |off )?(?:the )?"
    r"(?:x-?rays?|scanners?|metal[- ]detectors?|security)"
    r"|\b(?:undetectable|invisible to (?:the )?(?:x-?rays?|scanners?|metal[- ]detectors?))"
    # said the passive way or as avoided: 'can't be detected by the metal detector', 'avoids the scanner'
    r"|\b(?:can'?t|cannot|won'?t|will\s+not|wouldn'?t|doesn'?t|not|never)\s+(?:be\s+|get\s+)?(?:detected|picked\s+up|seen"
    rf"|spotted|found|flagged|caught|noticed)\s+(?:by|at|in|on|through)\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+)?{_CHECKPOINT_EN}"
    rf"|\b(?:avoid|bypass|circumvent|get\s+around|slip\s+past|slips\s+past)\w*\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+)?"
    rf"{_CHECKPOINT_EN}|\b{_CHECKPOINT_EN}\b[^.?!]{{0,30}}\bundetected\b|\bundetected\b[^.?!]{{0,30}}\b{_CHECKPOINT_EN}\b",
    re.IGNORECASE,
)
# Hidden on the body or built into what hides it: 'hide in my sleeve', 'a hidden blade', 'with a sword inside'.
_HIDDEN_EN = re.compile(
    r"\b(?:hide|hid|hidden|hiding|conceal\w*|tuck\w*|stash\w*|sneak\w*|smuggl\w*)\b[^.?!]{0,20}\b(?:in|inside|under|up|into)\s+"
    r"(?:my|a|the|his|her|their)\s+(?:sleeve|shoe|boot|sock|pocket|belt|bra|waistband|hair|wallet|jacket|coat|cuff"
    r"|collar|purse|umbrella|cane)s?\b"
    rf"|\b(?:hidden|secret|concealed|disguised|covert|built-in|retractable hidden)\s+(?:[\w-]+\s+)?{_WEAPON_EN}"
    rf"|\bsecretly (?:a |an )?{_WEAPON_EN}"
    rf"|\b(?:with|has|having)\s+(?:a|an)\s+(?:[\w-]+\s+)?{_WEAPON_EN}\s+(?:inside|concealed|hidden|in (?:the|its) "
    r"(?:handle|buckle|shaft|cap|tip|heel|grip|spine|head|clasp))\b",
    re.IGNORECASE,
)
_WEAPON = re.compile(rf"\b{_WEAPON_EN}\b", re.IGNORECASE)
# Chinese: a blade word, not a shaver's, a nail clipper's or a pencil sharpener's.
_WEAPON_ZH = re.compile(
    r"(?<!剃须)(?<!剃胡)(?<!指甲)(?<!卷笔)(?<!修眉)(?<!削笔)(?<!美工)(?:刀|刃|匕首|剑|军刺|指虎|甩棍)"
)
_CHECK_ZH = re.compile(
    r"安检|过检|(?:X|x|Ｘ|ｘ)光|金属探测|探测门|照不出|查不出|测不出|扫不出|检测不到|查不到|躲过|逃过|蒙混"
    r"|带(?:上|进|到)(?:飞机|高铁|地铁|火车|法院|机场|会场|考场|学校|演唱会|车站|高铁站|地铁站|医院|体育场)"
    r"|(?:进|过)(?:高铁站|地铁站|机场|法院|体育场|演唱会)"
)
_HIDDEN_ZH = re.compile(
    r"藏(?:在|进|到|于|着|有)|(?:里|内|中|暗)藏|伪装成|袖(?:口|子|筒)里|鞋(?:里|裡|底)"
    r"|(?:口红|发簪|簪子|钢笔|梳子|腰带|皮带|雨伞|拐杖|手杖|戒指)(?:里|型|式)?的?(?:刀|刃|剑)"
    r"|(?:刀|刃|剑)(?:型|式)?的?(?:口红|发簪|簪子|钢笔|梳子|皮带扣)|带刀的(?:口红|发簪|钢笔|梳子|雨伞|拐杖)"
)


# Any goods wanted so a screening misses them: 'a bag that hides things from the airport X-ray', 骗过安检.
_EVADED = re.compile(
    r"\b(?:hides?|hiding|hidden|conceal\w*|shield\w*|mask\w*)\b[^.?!]{0,30}\bfrom\s+(?:the\s+)?(?:airport\s+)?"
    r"(?:x-?ray(?:\s+machines?)?|scanners?|metal[- ]detectors?|security(?:\s+checks?)?|customs|screening)\b"
    r"|\b(?:fool|trick|beat|evade|dodge|bypass)\w*\s+(?:the\s+)?(?:airport\s+)?(?:x-?rays?|scanners?|metal[- ]detectors?"
    r"|security\s+(?:checks?|scanners?|screening))\b"
    r"|(?:躲过|逃过|避开|绕过|骗过|躲开|蒙混过|混过)[^，。！？]{0,4}(?:安检|X光|x光|金属探测|探测门|海关)"
    r"|(?:安检|X光|x光|金属探测器?|探测门)[^，。！？]{0,6}(?:查不出|照不出|测不出|扫不出|检测不到|发现不了|不被发现|看不出)"
    r"|(?:过|带过)(?:地铁|机场|高铁)?安检(?:时)?(?:不被发现|查不出|发现不了)", re.IGNORECASE)


def concealed(text: str) -> bool:
    """A weapon wanted so it passes a checkpoint or hides on the body, or any goods wanted so a screening misses
    them, in English or Chinese."""
    if _HIDDEN_EN.search(text) and _WEAPON.search(text) or _WEAPON.search(text) and _PAST_EN.search(text):
        return True
    if _EVADED.search(text):
        return True
    return bool(_WEAPON_ZH.search(text) and (_CHECK_ZH.search(text) or _HIDDEN_ZH.search(text)))
