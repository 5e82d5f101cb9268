"""Goods no errand buys because of where they are going or what they are made of, read as classes:

- goods got into a place of custody: dropped, flown, thrown, smuggled or hidden into a prison, a jail or a
  detention centre ("a drone that can drop packages into the prison yard", "a tiny phone I can hide in a care
  package for my brother in jail", 往监狱里投东西, 藏在包裹里寄进看守所); a book about prisons, or a phone for
  someone just released, is a purchase;
- a device for being fed answers, or for sending the paper out, during an exam or a test ("a hidden earpiece so
  my cousin can feed me answers in the driving theory test", 考试的时候让朋友报答案给我); a practice book or a
  Bluetooth earpiece for driving is a purchase;
- goods made of protected species: tiger bone, rhino horn, pangolin scales, real or elephant ivory and
  hawksbill shell (虎骨酒, 犀牛角, 穿山甲鳞片, 象牙手镯, 玳瑁); Tiger beer, tiger balm, ivory-white paint (象牙白), a
  pangolin plush toy and tortoiseshell-pattern frames are purchases;

and, read in their own modules, goods that cheat or deceive (deceit.py), goods for prying on other people
(prying.py), and harm to wild animals or by poison (wild_harm.py).
"""

from __future__ import annotations

import re

from . import deceit as dc
from . import game_cheats as gc
from . import prying as pr
from . import wild_harm as wh

# A place of custody, in English, simplified and traditional Chinese.
_CUSTODY = (r"(?:\b(?:prisons?|jails?|gaols?|penitentiar(?:y|ies)|detention (?:centres?|centers?|facilit(?:y|ies))"
            r"|lock-?ups?|(?:prison|jail) cells?)\b|监狱|監獄|看守所|拘留所|劳改|勞改|戒毒所|牢房|坐牢)")
# Getting goods past its walls: dropped, flown, thrown, smuggled, sneaked or hidden in.
_GOT_IN = (r"(?:\b(?:drop(?:s|ped|ping)?|fl(?:y|ies|ew|ying)|throw(?:s|n|ing)?|toss(?:es|ed|ing)?|smuggl\w*|sneak\w*"
           r"|hid(?:e|es|den|ing)|conceal\w*|stash\w*|slip(?:s|ped|ping)? (?:it |them )?in|fits? inside|over the wall"
           r"|past the guards)\b"
           r"|(?:投|扔|丢|丟|抛|拋|飞|飛|带|帶|寄|送|塞|运|運|偷运|偷運)(?:进|進|入|到)|偷偷|藏|夹带|夾帶|院子|墙|牆)")
_INTO_CUSTODY = re.compile(rf"{_CUSTODY}[^.?!。！？]{{0,60}}{_GOT_IN}|{_GOT_IN}[^.?!。！？]{{0,60}}{_CUSTODY}",
                           re.IGNORECASE)

# An exam or a test, and answers fed in or the paper sent out while it runs.
_FED = (r"(?:\b(?:feed|tell|read|send|whisper|pass|text|relay|give|say)(?:s|ing)? (?:me|us|him|her) (?:all )?(?:the )?"
        r"answers\b|\banswers\b[^.?!]{0,20}\b(?:to me|through|via|into my ear|during|while)\b"
        r"|\b(?:photograph|snap|film|scan|send out|smuggle)\w*[^.?!]{0,20}\b(?:exam|test) (?:paper|questions)\b"
        r"|\b(?:teachers?|invigilators?|proctors?|examiners?)\b[^.?!]{0,10}\b(?:won'?t|can'?t|will not|cannot|doesn'?t|don'?t"
        r"|never) (?:\w+ )?(?:notice|see|know|find out|spot)\b"
        r"|(?:报|報|传|傳|念|读|讀|发|發|告诉|告訴)[^，。！？]{0,4}答案|答案[^，。！？]{0,6}(?:报|報|传|傳|念|读|讀|发|發)(?:给|俾)?我)")
_CHEATING = re.compile(rf"{dc.EXAM}[^.?!。！？]{{0,60}}{_FED}|{_FED}[^.?!。！？]{{0,60}}{dc.EXAM}", re.IGNORECASE)

# Products of protected species; a colour, a brand, a toy or a pattern named after one is not.
_PROTECTED = re.compile(
    r"\btiger (?:bones?|penis|claws? (?:necklace|pendant)|pelts?)\b|\brhino(?:ceros)? horns?\b|\bpangolin (?:scales?|meat"
    r"|armou?r|skins?)\b|\bhawksbill\b"
    r"|\b(?:real|genuine|elephant|mammoth|carved|raw) (?:\w+ )?ivory\b"
    r"|\bivory (?:carvings?|tusks?|figurines?|netsukes?|chopsticks|seals?|statues?|trade)\b|\belephant tusks?\b"
    r"|虎骨|虎鞭|犀牛角|犀角|穿山甲(?:鳞|鱗|片|甲|肉|粉)|炮山甲|山甲片|(?<![仿假])象牙(?!白|色|黄|黃|塔|果|红|紅|米|灰|纹|紋|质感|質感)"
    r"|玳瑁(?!色|纹|紋|框|眼镜|眼鏡|镜框|鏡框|猫|貓)", re.IGNORECASE)


def contraband(text: str) -> bool:
    """Goods got into a prison, a device to be fed an exam's answers, a protected species' product, goods that cheat
    or deceive, goods for prying on others, or harm to wild animals or by poison."""
    return bool(_INTO_CUSTODY.search(text) or _CHEATING.search(text) or _PROTECTED.search(text) or dc.deceives(text)
                or pr.prying(text) or wh.wild_harm(text) or gc.cheats(text))
