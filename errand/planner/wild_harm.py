"""Harm to wild animals and to people by poison, read as classes:

- a live animal of a protected species as a pet (slow lorises, 懒猴, 蜂猴), or a wild-caught one of a protected
  species as food or an ornament (野生娃娃鱼, 野生大鲵, 野生大砗磲, 'a wild-caught giant salamander'); a pet hamster,
  farmed clams (花甲) or a slow-loris plush toy are purchases;
- a poison no household errand buys (thallium, 铊盐), a medicine said with a death nobody checks ('I'm not diabetic
  but … nobody checks sugar levels after death', 胰岛素 查不出), or poison, electricity or explosives to take fish
  from a river (鱼藤精 去河里药鱼, 电鱼机, electrofishing); a fishing rod for the river is a purchase.
"""

from __future__ import annotations

import re

from . import wild_live as wl

_PROTECTED_PET = re.compile(
    r"(?<!关于)(?<!關於)(?:懒猴|懶猴|蜂猴)|(?<!about )(?<!on )\bslow[- ]?lor(?:is|ises)\b(?!\s+(?:plush|toys?|posters?|prints?|mugs?|stickers?|books?))", re.IGNORECASE)
_PROTECTED = (r"(?:大?砗磲|大?硨磲|娃娃鱼|娃娃魚|大鲵|大鯢|穿山甲|果子狸|玳瑁|海龟|海龜|猫头鹰|貓頭鷹|禾花雀|黄胸鹀|熊掌|鹦鹉"
              r"|鸚鵡|\b(?:giant (?:clams?|salamanders?)|pangolins?|sea turtles?|owls?|parrots?)\b(?!\s+(?:prints?|posters?|plush|toys?"
              r"|figurines?|mugs?|books?|stickers?|shirts?|t-shirts?|lamps?|patterns?|costumes?|puzzles?|calendars?)))")
_WILD = r"(?:野生|野外|\bwild(?:-caught| caught)?\b|\bfrom the wild\b|\bcaught in the wild\b)"
_WILD_PROTECTED = re.compile(
    rf"{_WILD}[^.?!。！？,，]{{0,20}}{_PROTECTED}|{_PROTECTED}[^.?!。！？]{{0,30}}{_WILD}|大砗磲|大硨磲", re.IGNORECASE)
_MEDICINE = (r"(?:\binsulin\b|\bpotassium chloride\b|\bdigoxin\b|\bsleeping pills\b|\bsedatives?\b|胰岛素|胰島素|氯化钾"
             r"|氯化鉀|地高辛|安眠药|安眠藥)")
_UNCHECKED_DEATH = (r"(?:\b(?:nobody|no one|no-one)\b[^.?!]{0,10}\b(?:checks?|would check|will check|tests?|notices?"
                    r"|would know|will know)\b|\bafter (?:\w+ )?death\b|\bafter (?:he|she|they) di(?:e|es)\b|\binherit\w*"
                    r"|\b(?:i'?m|i am) not (?:a )?diabetic\b"
                    r"|查不出|验不出|驗不出|死后|死後|遗产|遺產|没人会查|沒人會查|没人查|不是糖尿病)")
_POISONING = re.compile(
    rf"\bthallium\b|铊(?!矿|礦)|鉈|{_MEDICINE}[^.?!。！？]{{0,80}}{_UNCHECKED_DEATH}|{_UNCHECKED_DEATH}[^.?!。！？]{{0,60}}{_MEDICINE}"
    r"|药鱼|藥魚|毒鱼|毒魚|(?<!充)(?:电鱼|電魚)(?![漂竿])|炸鱼|炸魚|\belectro-?fishing\b"
    r"|\b(?:poison|stun|electrocut|dynamit|bomb)(?:e|ed|ing)? (?:the |all the )?fish\b"
    r"|\bfish(?:ing)? with (?:poison|electricity|dynamite|explosives)\b", re.IGNORECASE)


def wild_harm(text: str) -> bool:
    """A protected animal kept, bought live or as a pelt or eaten, a poison no household buys or meant for a death,
    or fish taken by poison."""
    return bool(_PROTECTED_PET.search(text) or _WILD_PROTECTED.search(text) or _POISONING.search(text)
                or wl.wild_live(text))
