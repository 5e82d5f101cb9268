"""Gear made to restrain, confine or punish an animal, wanted for a person: a shock, bark, prong or vibrating
collar, a choke chain, a muzzle, a dog crate or cage, a tie-out cable, a cattle prod or a tranquilliser dart, for
a child, a partner, an old parent, a pupil or a worker ('a bark collar for my son, he shouts', 'a muzzle for
grandma', 'a shock collar to keep my staff in line', 给孩子买个电击项圈, 给老人买个狗笼, 买个狗链子拴我女儿).

However kind the reason given (he wanders off, she snores, just for naps), such gear used on a person hurts or
confines them, so the planner asks rather than buys. The same gear for an animal ('a shock collar for the dog', 'a
muzzle for our greyhound', 'a bark collar for my son's beagle', 给狗买个止吠器) and what is made for a child's safety
(a toddler harness with reins, 防走失牵引绳) stay purchases.
"""

from __future__ import annotations

import re

# Gear made for animals that restrains, confines or punishes.
_GEAR_EN = (r"(?:(?:electric|electronic|shock|static|zap|bark|anti-?bark|prong|pinch|spike[d]?|choke|vibrat\w*|remote|"
            r"training|e)[- ]?collars?|choke[- ]chains?|(?:dog |pet |cat )?muzzles?|(?:dog|pet|animal|puppy|wire) (?:crates?"
            r"|cages?|kennels?)|kennels?|tie[- ]?out (?:cables?|stakes?|chains?)|dog (?:chains?|tethers?)"
            r"|cattle prods?|stock prods?|hot ?shots?|tranq(?:uil+[iy][sz]er)?(?: darts?| guns?)|dart guns?|bark (?:stoppers?"
            r"|deterrents?|control devices?))")
# Who it is said to be for: a person, not an animal (not 'my son's dog', not 'the kids' puppy').
_PERSON_EN = (r"(?:toddlers?|son|sons|daughters?|kids?|child|children|baby|babies|boys?|girls?|husband|wife|partner|spouse"
              r"|boyfriend|girlfriend|gf|bf|fianc[eé]e?|mum|mom|mother|dad|father|parents?|grand(?:ma|mother|pa|father|ad"
              r"|dad|parents?)|granny|gran|nan|nana|elderly|brothers?|sisters?|nephews?|nieces?|cousins?|students?|pupils?"
              r"|class|employees?|staff|workers?|team|interns?|flatmates?|roommates?|housemates?|tenants?|ex|patients?"
              r"|residents?|in-laws?|mother-in-law|father-in-law|aunt|uncle|twins|stepson|stepdaughter|teenagers?|teens?)")
_FOR_PERSON_EN = re.compile(
    rf"\b{_GEAR_EN}\b[^.?!]{{0,30}}?\b(?:for|on|to (?:keep|use on|put on|stop|control|train|discipline|calm))\s+"
    rf"(?:(?:my|our|the|his|her|their|a|an|your)\s+)?(?:(?:little|baby|younger|older|old|elderly|new|naughty|\d+[- ]year[- ]old"
    rf"|two|three|twin)\s+){{0,2}}{_PERSON_EN}\b(?!['’]|\s+(?:dog|dogs|puppy|pup|cat|pet|horse)\b)", re.IGNORECASE)

# In Chinese: the gear, and a person it is given to, put on or used to tie or shut up.
_GEAR_ZH = (r"(?:电击项圈|电子项圈|电击圈|止吠(?:器|项圈|圈)|防叫(?:器|项圈)|训狗(?:器|项圈)|驯狗(?:器|项圈)|[pP]链|蛇链|狗嘴套"
            r"|(?:狗|宠物)?嘴套|口笼|狗笼|电牛棒|赶牛棒|麻醉(?:枪|镖|针|飞镖))")
# What ties or shuts in, read only with the verb that does it to the person: 买个狗链子拴我女儿, 把老人关进笼子.
_TIE_ZH = r"(?:狗链(?:子)?|铁链(?:子)?|狗绳|笼子|宠物笼|猫笼|兔笼|狗笼|锁链)"
_PERSON_ZH = (r"(?:孩子|小孩|儿子|女儿|宝宝|娃|孙子|孙女|外孙|老人|老公|老婆|丈夫|妻子|媳妇|男朋友|女朋友|对象|爸爸?|妈妈?|老爸|老妈"
              r"|父母|爷爷|奶奶|外公|外婆|姥姥|姥爷|婆婆|公公|岳父|岳母|丈母娘|老丈人|学生|员工|工人|同事|室友|弟弟|妹妹|哥哥|姐姐"
              r"|老头|老太太?|病人|保姆|下属|伙计)")
_FOR_PERSON_ZH = re.compile(
    rf"(?:给|幫|帮|替)(?:我)?(?:的|家)?{_PERSON_ZH}[^，。！？,.!?]{{0,8}}?{_GEAR_ZH}"
    rf"|{_GEAR_ZH}[^。！？.!?]{{0,10}}?(?:给|拴|锁|关|套|戴|绑|栓|管)(?:住|上|在)?(?:我|我们)?(?:的|家)?{_PERSON_ZH}"
    rf"|{_TIE_ZH}[^。！？.!?]{{0,10}}?(?:拴|锁|关|绑|栓)(?:住|上|在)?(?:我|我们)?(?:的|家)?{_PERSON_ZH}"
    rf"|(?:拴|锁|关|绑|栓)(?:住|上|进|在)?(?:我|我们)?(?:的|家)?{_PERSON_ZH}[^，。！？,.!?]{{0,6}}?(?:{_GEAR_ZH}|{_TIE_ZH})"
    rf"|把(?:我|我们)?(?:的|家)?{_PERSON_ZH}(?:关|锁)(?:进|在|到)[^，。！？,.!?]{{0,4}}?笼"
    rf"|(?:{_GEAR_ZH}|{_TIE_ZH})[^。！？.!?]{{0,10}}?把(?:我|我们)?(?:的|家)?{_PERSON_ZH}(?:拴|锁|关|绑|栓)")


# An animal said to be that person's ('for my daughter, for her new puppy'): the gear is the animal's.
_THEIR_PET = re.compile(r"\b(?:his|her|their)\s+(?:new\s+|little\s+)?(?:dogs?|pupp(?:y|ies)|pups?|cats?|kittens?|pets?|horses?"
                        r"|pony|ponies)\b|遛狗|(?:他|她|他们)的(?:狗|猫|宠物)", re.IGNORECASE)


def restrained(text: str) -> bool:
    """The sentence wants gear made to restrain or punish an animal for a person."""
    return bool(_FOR_PERSON_EN.search(text) or _FOR_PERSON_ZH.search(text)) and not _THEIR_PET.search(text)
