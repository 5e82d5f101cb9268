"""Violence against a person named by any kin or role word (people_words.py), read as classes:

- a killing said by a euphemism: the person 'never wakes up (again)', 'sleeps forever', 'disappears for good', 'stops
  breathing', is silenced or quiet for good, is made to disappear (让他永远醒不过来, 一睡不醒, 让他消失, 再也起不来, 送他上西天);
- a verb that kills or wounds with the person after it ('to kill my half-brother', 'finish off my ex-husband',
  砸死我大伯, 弄死我室友);
- a poison or a cleaner put in the food or drink of a named person ('weed killer for my uncle's lunch box',
  'antifreeze for my roommate's smoothie', 农药掺进后妈的汤里, 防冻液兑到继父的酒里).

A present for the same person ('a wrench set for my stepdad's birthday', 给姑父买瓶白酒), a tool for one's own
sink, and antifreeze for a relative's car stay purchases: each needs the harm said of the person.
"""

from __future__ import annotations

import re

from .people_words import KIN_EN, KIN_ZH

# A person: a pronoun, or a kin or role word with its owner ('my stepdad', 'the landlord', 'her ex-husband').
_WHO_EN = (rf"(?:him|her|them|(?:my|our|the|his|her|their|that)\s+(?:(?:little|big|older|younger|new|old|annoying"
           rf"|so-called|own)\s+)?{KIN_EN}s?)(?![\w'’-])")
_FOREVER_EN = r"(?:for\s+good|forever|permanently|once\s+and\s+for\s+all|for\s+ever)"
_EUPHEMISM_EN = re.compile(
    rf"\b{_WHO_EN}\s+(?:will\s+|would\s+|'ll\s+)?(?:never|won'?t(?:\s+ever)?|will\s+not|doesn'?t|does\s+not|can'?t)\s+"
    r"(?:ever\s+)?wakes?\s+up"
    rf"|\b{_WHO_EN}\s+(?:sleeps?|goes?\s+to\s+sleep|rests?|disappears?|vanish(?:es)?|is\s+gone|goes\s+away|shuts?\s+up)"
    rf"\s+{_FOREVER_EN}"
    rf"|\b(?:make|let|have|get)\s+{_WHO_EN}\s+(?:disappear|vanish)\b"
    rf"|\b{_WHO_EN}\s+stops?\s+breathing\b|\bstop\s+{_WHO_EN}\s+(?:from\s+)?breathing\b"
    rf"|\b{_WHO_EN}\s+(?:is\s+)?never\s+(?:found|seen\s+again|(?:comes?|gets?)\s+(?:home|back|up))\b"
    rf"|\b(?:put|send)\s+{_WHO_EN}\s+(?:to\s+sleep|down|under|in\s+the\s+ground)\s+{_FOREVER_EN}"
    rf"|\b(?:silence|shut)\s+{_WHO_EN}\s+(?:up\s+)?{_FOREVER_EN}"
    # silenced for good: 'my stepbrother needs to be silenced for good', 'is permanently quiet'
    rf"|\b{_WHO_EN}\s+(?:[\w'’]+\s+){{0,4}}?(?:silenced|quiet(?:ed)?|silent|shut\s+up|shuts\s+up)\s+{_FOREVER_EN}"
    rf"|\b{_WHO_EN}\s+(?:[\w'’]+\s+){{0,3}}?(?:permanently|forever|for\s+ever)\s+(?:quiet|silent|silenced|shut\s+up)\b",
    re.IGNORECASE)
_KILL_EN = re.compile(
    r"\b(?:to|so\s+(?:that\s+)?(?:i|we)\s+can|and|gonna|going\s+to|i'?ll|i\s+will|want\s+to|wanna|for)\s+"
    r"(?:finally\s+|quietly\s+|just\s+)?(?:kill(?:ing)?|murder(?:ing)?|strangl(?:e|ing)|smother(?:ing)?|suffocat(?:e|ing)"
    r"|finish(?:ing)?\s+off|bump(?:ing)?\s+off|do(?:ing)?\s+away\s+with|bludgeon(?:ing)?|stab(?:bing)?|poison(?:ing)?"
    r"|drown(?:ing)?|chok(?:e|ing)|bash(?:ing)?\s+in|beat(?:ing)?\s+(?:up|to\s+death)|knock(?:ing)?\s+out|hurt(?:ing)?"
    rf"|attack(?:ing)?|injur(?:e|ing))\s+{_WHO_EN}",
    re.IGNORECASE)
_TOXIC_EN = (r"(?:antifreeze|coolant|rat\s+poison|poison|pesticide|insecticide|weed\s*killer|herbicide|slug\s+pellets|bleach"
             r"|arsenic|cyanide|methanol|drain\s+cleaner|toilet\s+cleaner|oven\s+cleaner|disinfectant|laxatives?"
             r"|sleeping\s+(?:pills?|tablets?)|sedatives?|paraquat|thallium)")
_FOOD_EN = (r"(?:lunch\s*box(?:es)?|lunch|dinner|breakfast|supper|meals?|food|drinks?|tea|coffee|soup|stew|smoothie|juice"
            r"|beer|wine|whiske?y|vodka|thermos|flask|water(?:\s+bottle)?|bottle|cup|mug|glass|cereal|porridge|sandwich(?:es)?"
            r"|milk|medicine|pills?|plate|bowl)")
_IN_FOOD_EN = re.compile(
    rf"\b{_TOXIC_EN}\b[^.?!]{{0,60}}?\b(?:for|in|into|on|over)\s+(?:my|our|the|his|her|their|that)\s+"
    rf"(?:[\w-]+\s+)?{KIN_EN}(?:'s|’s|s'|s’)\s+(?:[\w-]+\s+)?{_FOOD_EN}\b",
    re.IGNORECASE)

# Chinese: a person by kin or role word, a killing said as what becomes of them, and a poison put in what they eat.
_WHO_ZH = rf"(?:我的?|我们的?|俺的?)?{KIN_ZH}"
_EUPHEMISM_ZH = re.compile(
    rf"(?:让|叫|使|把){_WHO_ZH}(?:永远|再也|从此|彻底|直接)?(?:醒不过来|醒不来|起不来|站不起来|睁不开眼|开不了口|消失|一睡不醒"
    r"|长眠|见阎王|去见阎王|没命|活不成|咽气|断气|归西|闭嘴(?=[^，。！？]{0,2}永远)|永远闭嘴|人间蒸发|消失掉)"
    rf"|(?:送|让){_WHO_ZH}(?:去)?(?:上西天|归西|见阎王|上路|去死)"
    rf"|{_WHO_ZH}(?:就)?(?:永远醒不过来|一睡不醒|永远消失|再也醒不来|再也醒不过来|再也起不来)")
_KILL_ZH = re.compile(
    rf"(?:弄死|打死|杀了|杀死|砍死|捅死|毒死|掐死|闷死|勒死|砸死|害死|干掉|做掉|除掉|宰了|整死|搞死|砍伤|捅伤|砸伤|打残"
    rf"|打伤|打晕|砸晕|敲晕|砸烂|捅|砍|砸|揍)(?:了|掉)?{_WHO_ZH}(?![的家]?(?:车|门|窗|玻璃|电话|房子|店|东西|手机))")
_TOXIC_ZH = (r"(?:防冻液|毒药|农药|老鼠药|鼠药|耗子药|毒鼠强|百草枯|敌敌畏|杀虫剂|除草剂|漂白剂|漂白水|84|消毒液|洁厕灵"
             r"|管道疏通剂|甲醇|工业酒精|亚硝酸盐|砒霜|氰化|铊|安眠药|泻药|蟑螂药)")
_FOOD_ZH = (r"(?:酒|饭|菜|汤|茶|咖啡|饮料|奶|粥|水|杯|饭盒|便当|午饭|早饭|晚饭|夜宵|药|果汁|可乐|啤酒|白酒|面|碗|锅"
            r"|保温杯|水杯|水壶)")
_IN_FOOD_ZH = re.compile(
    rf"{_TOXIC_ZH}[^。！？]{{0,16}}?(?:下|放|倒|加|掺|兑|混|滴|撒|拌|灌)(?:到|进|在|入)?[^。！？，,]{{0,2}}?{_WHO_ZH}"
    rf"(?:的|家的?)?[^。！？，,]{{0,3}}?{_FOOD_ZH}"
    rf"|(?:往|在|给){_WHO_ZH}(?:的)?[^。！？，,]{{0,3}}?{_FOOD_ZH}里?[^。！？]{{0,6}}?(?:下|放|倒|加|掺|兑|混|滴)[^。！？]{{0,6}}?"
    rf"{_TOXIC_ZH}")


def lethal_said(text: str) -> bool:
    """The sentence says its item is for killing or wounding a person named by any kin or role word, by a euphemism
    or a verb, or for putting a poison in that person's food or drink."""
    if _EUPHEMISM_EN.search(text) or _KILL_EN.search(text) or _IN_FOOD_EN.search(text):
        return True
    return bool(_EUPHEMISM_ZH.search(text) or _KILL_ZH.search(text) or _IN_FOOD_ZH.search(text))
