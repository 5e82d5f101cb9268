"""Purchases whose stated purpose is a crime, ordinary goods filled or laced with something harmful, and a person
bought as the product, in English and Chinese:

- a crime named as the purpose, whatever the item: 'for kidnapping', 'to rob a shop', 'for a heist', 'for the
  break-in', or the crime said first before a colon or a dash ('kidnapping: zip ties'); 用来绑架, 抢劫用, 为了入室盗窃,
  跟踪用; a crime novel, a heist board game and a true-crime podcast mic are purchases;
- an ordinary item filled, loaded or laced with acid, bleach, ammonia, petrol or urine ('water guns filled with acid',
  水枪里装硫酸, 气球灌汽油); a water gun filled with water keeps its action;
- a person bought: 买一个老公, 买个老婆, 'buy a wife', 'buy a baby' (the kin words of people_words.py as the product);
  a husband pillow, 老公饼, a baby monitor and baby wipes are purchases.
"""

from __future__ import annotations

import re

from .people_words import KIN_ZH

_CRIME_EN = (r"(?:kidnap\w*|abduct\w*|robb(?:ery|eries|ing)|burglar\w*|break-?ins?|breaking and entering|stalk(?:ing|er)(?! (?:deer|game|prey|animals?))"
             r"|(?<!food )(?<!monoxide )(?<!lead )poisoning|arson|assault(?:ing)?|a heist|the heist|heists|carjack\w*|mugging|hostage[- ]taking"
             r"|human trafficking)")
_CRIME_EN_VERB = r"(?:kidnap|abduct|rob|burgle|burglarize|stalk|poison|assault|mug|carjack|set fire to)"
_NOT_FICTION = r"(?!\s+(?:novels?|books?|stor(?:y|ies)|movies?|films?|games?|podcasts?|shows?|themed|board|prevention|safety|alarms?|detectors?))"
_CRIME_PURPOSE = re.compile(
    rf"\b(?:for|in|during|to commit|to do|to pull off|to pull)\s+(?:a |an |the |my |our |some )?{_CRIME_EN}\b{_NOT_FICTION}"
    rf"|\b(?:to|so i can|so we can|and)\s+{_CRIME_EN_VERB}\s+(?:a |an |the |my |our |his |her |that |this |some )?"
    r"(?:shop|store|bank|house|home|person|man|woman|kid|child|girl|boy|neighbou?r|someone|somebody|him|her|them|\w+)\b(?<!rats)(?<!rat)(?<!mouse)(?<!pest)(?<!weed)(?<!mice)(?<!pests)(?<!weeds)(?<!ants)"
    rf"|^\s*{_CRIME_EN}\s*[:：\-–—]"
    r"|(?:用来|用于|为了|拿来|准备|打算|去|好)[^，。！？防止]{0,4}(?:绑架|劫持|抢劫|打劫|入室盗窃|盗窃|偷窃|跟踪(?!物流|快递|订单|包裹|进度|价格|降价|运单|单号)|投毒|下毒|纵火|放火|拐卖|拐骗|伤人|行凶)"
    r"|(?:绑架|劫持|抢劫|打劫|入室盗窃|投毒|下毒|纵火|放火|拐卖|行凶)(?:用|时用|要用|的时候用)"
    r"|^\s*(?:绑架|劫持|抢劫|打劫|入室盗窃|跟踪|投毒|纵火|拐卖)\s*[:：\-–—]"
    r"|(?:帮我|我要|我想)(?:去)?(?:绑架|抢劫|打劫|入室盗窃|投毒|纵火)",
    re.IGNORECASE,
)
_HARMFUL_FILL_EN = (r"(?:acid|sulfuric acid|sulphuric acid|hydrochloric acid|muriatic acid|bleach|ammonia|petrol|gasoline"
                    r"|lighter fluid|urine|pee|piss|lye|drain cleaner|battery acid)")
_HARMFUL_FILL_ZH = r"(?:硫酸|盐酸|硝酸|强酸|汽油|漂白水|漂白剂|84消毒液|84|氨水|尿液|尿|通渠剂|烧碱)"
_FILLED = re.compile(
    rf"\b(?:filled|loaded|laced|spiked|topped up|full|stuffed|charged)\s+(?:up\s+)?(?:with|of)\s+(?:some\s+)?{_HARMFUL_FILL_EN}\b"
    rf"|\b(?:fill|load|lace)\s+(?:it|them|each|the \w+)\s+(?:up\s+)?with\s+{_HARMFUL_FILL_EN}\b"
    rf"|(?:装满|装上|装了|里装|里面装|灌满|灌上|灌了|灌|注满|加满|掺了?|混了?)\s*{_HARMFUL_FILL_ZH}(?![^，。！？]{{0,2}}(?:瓶|桶|罐))",
    re.IGNORECASE,
)
_PERSON_EN = r"(?:wife|husband|hubby|girlfriend|boyfriend|baby|child|kid|son|daughter|bride|slave|servant|human|person|woman|girl|boy)"
_PERSON_BOUGHT = re.compile(
    rf"\b(?:buy|order|purchase|get)\s+(?:me\s+)?(?:a|an|one|two|a new|a real|a live)\s+{_PERSON_EN}\s*(?:[.!?,]|$)"
    r"|买(?:一个|个|一位|位|两个|1个)?(?:新的?)?(?:老公|老婆|媳妇|男朋友|女朋友|男友|女友|对象|丈夫|妻子|孩子|小孩|婴儿|宝宝|儿子|女儿|奴隶|新娘)"
    r"(?=\s*(?:[，。！？!?.,~]|$|吧|啊|呀|回来|回家))",
    re.IGNORECASE,
)
_PERSON_BROKEN = re.compile(rf"{KIN_ZH}(?:坏了|没了|不要了|用坏了)[^。！？]{{0,4}}(?:再)?买(?:一个|个|新的|一位)")


def crime_named(text: str) -> bool:
    """The sentence names a crime as the purpose, fills an ordinary item with something harmful, or buys a person."""
    return bool(_CRIME_PURPOSE.search(text) or _FILLED.search(text) or _PERSON_BOUGHT.search(text)
                or _PERSON_BROKEN.search(text))
