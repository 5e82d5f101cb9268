"""Harm carried inside an ordinary errand: something slipped into what another person drinks or eats, or a hidden
device meant for another person's place.

A drinks order for the office is ordinary; a poison, a laxative, a sedative or a drug said with it, to be put into
a cup or into a named person's one ('25 lattes for the office - put a bit of the rat poison in the manager's one',
'40杯咖啡送公司，给张三那杯加点泻药'), is not. A hidden or pinhole camera, a recorder or a tracker for a coworker's
desk or a flatmate's room is harm whichever list it ends. Extra syrup in the manager's cup, or a hidden camera for
one's own porch, stays an errand: each check needs the adulterant or the other person's place.
"""

from __future__ import annotations

import re

# What no one may be served unknowing: poisons, laxatives, sedatives, drugs, cleaning fluids.
_ADULTERANT = re.compile(
    r"\b(?:(?:rat |mouse |weed |slug )?poisons?|(?:weed|bug|pest) killer|laxatives?|sleeping (?:pills?|tablets?)"
    r"|sedatives?|tranquill?i[sz]ers?|eye ?drops|bleach|antifreeze|arsenic|cyanide|ghb|rohypnol|roofies?|ketamine"
    r"|diuretics?|ipecac)\b"
    r"|老鼠药|鼠药|毒药|农药|杀虫剂|除草剂|泻药|泄药|巴豆|安眠药|镇静剂|迷药|蒙汗药|眼药水|漂白|消毒液|洗洁精|敌敌畏"
    r"|百草枯|砒霜|氰化|春药|催情|兽药", re.IGNORECASE)
# A serving someone drinks or eats, or the act of putting something into it.
_SERVED = re.compile(
    r"\b(?:(?:[a-z]+'s|his|her|their) (?:one|cup|mug|glass|drink|coffee|latte|tea|food|lunch|meal|bowl|plate|portion)"
    r"|(?:in|into)\s+(?:one of\s+)?(?:(?:the|their|his|her|a|each|every|all|those|these)\s+)?(?:\w+\s+)?(?:cups?|mugs?"
    r"|glass(?:es)?|drinks?|coffees?|lattes?|teas?|food|lunch(?:es)?|meals?|soup|water bottles?)|spik(?:e|ed|ing))\b"
    r"|那杯|那份|那碗|(?:水杯|杯子|杯|饮料|咖啡|奶茶|茶|果汁|饭|菜|汤)里"
    r"|[\u4e00-\u9fff]{1,3}的(?:杯子?|水杯|饮料|咖啡|奶茶|茶|饭|菜|汤)", re.IGNORECASE)
# A hidden recording or tracking device for a place of another person's.
_HIDDEN_FOR_THEIRS = re.compile(
    r"\b(?:hidden|spy|pinhole|covert|secret|concealed|disguised)\s+(?:[\w-]+\s+){0,2}(?:cam(?:era)?s?|recorders?"
    r"|microphones?|mics?|trackers?|gps|bugs?|listening devices?)\b[^.?!]{0,40}?\b(?:for|in|on|at|under|into|onto|behind"
    r"|inside)\s+(?:the |our )?(?:my\s+)?(?!my\b|our\b)[a-z-]+'s\s+(?:\w+\s+)?(?:desk|room|bedroom|bathroom|office|car"
    r"|house|flat|apartment|locker|bag|phone|toilet|shower|cubicle|workstation)\b", re.IGNORECASE)


def slipped(text: str) -> bool:
    """An adulterant said with what others are served, or a hidden device meant for another person's place."""
    return bool(_ADULTERANT.search(text) and _SERVED.search(text) or _HIDDEN_FOR_THEIRS.search(text))
