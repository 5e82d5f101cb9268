"""Goods for making or serving a drink, bought as goods: '2 coffee pots for Arabic coffee', 'one briki for the coffee',
'a milk frother for lattes', 'two teapots for oolong tea', 'a moka pot for espresso', '买两个煮咖啡的摩卡壶'.

The object bought decides, not a drink word in a purpose: when what is counted is a vessel or a tool (a pot, a press,
a frother, a shaker, an infuser, a kettle, 壶, 机) and the drink is said only as what it is for ('for Turkish coffee',
'for lattes', 煮咖啡的, 泡茶用的) or as the word before the vessel ('coffee pots', 'tea infusers', 咖啡壶), the
sentence is a purchase, not a drinks order. A drink counted itself ('12 lattes', 'two coffees') stays a drinks order.
"""

from __future__ import annotations

import re

from . import lexicon as lx

_VESSEL_EN = (r"(?:(?:coffee|tea|espresso|moka|milk|cocktail|french)\s+)?(?:pots?|teapots?|frothers?|cezves?|ibriks?|brikis?"
              r"|dallahs?|press(?:es)?|shakers?|infusers?|kettles?|makers?|machines?|grinders?|strainers?|whisks?|jugs?"
              r"|carafes?|drippers?|filters?|flasks?|thermos(?:es)?|tumblers?|caddies|caddy|sets?|spoons?|scoops?|beans?"
              r"|capsules?|pods?|mugs?|saucers?|trays?)")
_DRINK_EN = (r"(?:(?:arabic|turkish|greek|irish|iced|cold|green|black|oolong|jasmine|herbal|bubble|milk)\s+)?(?:coffees?|teas?"
             r"|lattes?|espressos?|cappuccinos?|mojitos?|cocktails?|smoothies?|juices?|lemonades?|americanos?|flat\s+whites?"
             r"|cold\s+brews?|chai|matcha)")
# What is counted: 'one briki', '2 coffee pots', 'a moka pot', 'three tea infusers'.
_COUNTED_EN = re.compile(
    rf"(?:^|[\s,:;—-])(?:{lx.EN_NUMBER}|a|an|one|a\s+couple\s+of|a\s+pair\s+of)\s+(?:[\w-]+\s+){{0,2}}?{_VESSEL_EN}\b"
    rf"(?!\s+of\b)(?:(?!\b{_DRINK_EN}\b)[^,.;])*?(?:\bfor\s+(?:the\s+|my\s+|our\s+|making\s+|brewing\s+)?{_DRINK_EN}\b|[,.;!]|$)",
    re.IGNORECASE)
# A drink counted itself: '12 lattes', 'two coffees', '20 cups of tea'.
_DRINK_COUNTED = re.compile(rf"\b(?:{lx.EN_NUMBER}|a|an|one)\s+(?:(?!{_VESSEL_EN}\b|for\b)[\w-]+\s+){{0,2}}?{_DRINK_EN}\b(?!\s+{_VESSEL_EN}\b)"
                            r"|\bcups?\s+of\b", re.IGNORECASE)
_VESSEL_ZH = r"(?:摩卡壶|咖啡壶|茶壶|手冲壶|冷泡壶|奶泡器|打奶器|咖啡机|豆浆机|榨汁机|磨豆机|滤杯|滤网|滤纸|茶具|茶杯|咖啡杯|摇酒壶|雪克杯|保温壶|水壶|茶漏)"
_COUNTED_ZH = re.compile(rf"{lx.ZH_NUMBER}\s*[个只台套把件盒包]\s*(?:[\u4e00-\u9fff]{{0,6}}的)?{_VESSEL_ZH}")


def goods(text: str) -> bool:
    """The sentence buys a vessel or a tool for a drink, the drink said only as its purpose or its kind."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return bool(_COUNTED_ZH.search(text)) and not re.search(rf"{lx.ZH_NUMBER}\s*杯(?!子)", text)
    if _DRINK_COUNTED.search(text):
        return False
    return bool(_COUNTED_EN.search(text))
