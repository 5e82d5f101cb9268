"""Harm said only by a hint beside an ordinary purchase, read as classes:

- where another person can be found, said as the shopper's knowledge: 'I know where he parks', 'I found out where my
  ex lives now', 'I know which way she walks home', 'I know his route', 我知道他车停哪, 我知道她现在住哪了, 我知道他每天
  下班走哪条路. 'I know where the shop is' and 'I know where the leak is' name no person;
- something sharp or slippery spread on a road, a path or a track that others ride or run on: tacks across the bike
  path, nails on the lane where the runners race, 钉子撒在…那条路上, 三角钉撒到山路上. Salt or grit on a path is
  none of these, nor nails for a fence;
- a card reader fitted to a cash machine's slot (a skimmer): 'a card reader that fits over the ATM card slot', 刷卡器贴
  在取款机插卡口. A card reader for a camera's SD cards and a toy ATM are goods;
- a blade made to sit in a sock, a boot or a waistband, or any weapon-like item bought after a grievance with a
  person: 'she was rude, buy a blade that fits in a sock', 'he insulted me, get a bat', 她骂我，买把小刀, 'I hate him',
  'he beat my brother', 恨透他了. A knife for
  the kitchen and a bat for little league are goods.
"""

from __future__ import annotations

import re

# Another person, not the shopper: a pronoun, a role, an ex, a named third party.
_PERSON_EN = (r"(?:he|she|they|him|her|them|(?:my|our|that|this|the)\s+(?:ex|ex-\w+|neighbou?r|boss|landlord|colleague"
              r"|co-?worker|stepdad|stepfather|stepmom|brother-in-law|guy|bloke|man|woman|girl|lady|dude|kid|teacher"
              r"|coach|manager|rival|cheater|bully|girlfriend|boyfriend|husband|wife)(?:'s\s+\w+)?)")
_FOUND_EN = re.compile(
    r"\b(?:i|we)\s+(?:already\s+|now\s+|finally\s+|totally\s+)?(?:know|knows|found\s+out|figured\s+out|worked\s+out"
    r"|tracked\s+down|learned|learnt|found|got|have)\s+(?:exactly\s+)?(?:where|which\s+way|which\s+route|what\s+route"
    rf"|which\s+road|which\s+street)\s+{_PERSON_EN}\s+(?:\w+\s+){{0,2}}?(?:lives?|living|parks?|parking|works?|working"
    r"|walks?|walking|jogs?|jogging|runs?|running|sleeps?|stays?|staying|goes|drives?|shops?|trains?|hangs?\s+out"
    r"|leaves?|gets?\s+off|comes?\s+home|heads?|is|'s|are|went|moved)\b"
    rf"|\b(?:i|we)\s+(?:already\s+|now\s+)?(?:know|found|have|got|tracked\s+down)\s+(?:his|her|their|{_PERSON_EN}'s)\s+"
    r"(?:new\s+|home\s+)?(?:address|route|routine|schedule|way\s+home|commute|parking\s+(?:spot|space)|car|house"
    r"|flat|apartment|whereabouts|movements)\b", re.IGNORECASE)
_WHO_ZH = (r"(?:他们|她们|他|她|那人|那个人|那家伙|那小子|那孙子|老板|领导|经理|同事|室友|舍友|邻居|房东|前任|前男友|前女友"
           r"|前夫|前妻|仇人|对方|那女的|那男的)")
_FOUND_ZH = re.compile(
    r"我(?:们)?(?:已经|早就|现在|终于)?(?:知道|晓得|打听到|打听出|查到|查出|摸清|摸清楚|找到|弄清楚|清楚|知道了)(?:了)?"
    rf"{_WHO_ZH}(?:现在|每天|平时|天天|晚上|早上|一般|几点)?[^，。！？,.!?]{{0,8}}?"
    r"(?:住|家在|家住|车停|停车|停在|停哪|上班|下班|放学|回家|走哪|路线|行踪|地址|单位|公司在|在哪|哪里|哪儿)")

# Something sharp or slippery, spread on a road, a path or a track.
_SHARP_EN = (r"(?:nails?|tacks?|thumb\s*tacks?|drawing\s+pins?|screws?|caltrops?|spikes?|broken\s+glass|glass\s+shards?"
             r"|shards?|roofing\s+nails|ball\s+bearings?|marbles|oil|grease|motor\s+oil|tyre\s+spikes|tire\s+spikes)")
_SPREAD_EN = (r"(?:scatter\w*|spread\w*|strew\w*|throw\w*|threw|toss\w*|sprinkl\w*|dump\w*|drop\w*|pour\w*|chuck\w*"
              r"|fling\w*|flung|spill\w*|lay(?:ing)?|leav\w*|put(?:ting)?|sow\w*|tip\w*)")
_ROAD_EN = (r"(?:roads?|path(?:way)?s?|lanes?|tracks?|trails?|courses?|streets?|routes?|cycleways?|cycle\s+paths?"
            r"|bike\s+(?:paths?|lanes?)|race\s*(?:course|route|track)s?|highways?|motorway|circuit|roadway)")
_SPREAD_ON_ROAD_EN = re.compile(
    rf"\b{_SHARP_EN}\b[^.?!]{{0,60}}?\b{_SPREAD_EN}\b[^.?!]{{0,20}}?\b(?:on|onto|across|over|along|down|in|into|all\s+over)"
    rf"\s+(?:the\s+|a\s+|that\s+|this\s+|their\s+|his\s+|her\s+)?(?:[\w'-]+\s+){{0,2}}?{_ROAD_EN}\b"
    rf"|\b{_SPREAD_EN}\s+(?:\w+\s+){{0,3}}?{_SHARP_EN}\s+(?:on|onto|across|over|along|all\s+over)\s+(?:the\s+|a\s+|that\s+"
    rf"|their\s+)?(?:[\w'-]+\s+){{0,2}}?{_ROAD_EN}\b", re.IGNORECASE)
_SHARP_ZH = r"(?:钉子|铁钉|钢钉|图钉|三角钉|铁蒺藜|螺丝钉?|玻璃渣|碎玻璃|玻璃碴|玻璃碎片|钢珠|机油|润滑油)"
_SPREAD_ON_ROAD_ZH = re.compile(
    rf"{_SHARP_ZH}[^。！？]{{0,12}}?(?:撒|扔|丢|倒|洒|铺|泼|抛)(?:在|到|满|向|进)?[^。！？]{{0,16}}?"
    r"(?:赛道|跑道|车道|自行车道|骑行道|绿道|马路|公路|山路|路面|路上|道上|路中间|那条路|这条路)")

# A card reader fitted to a cash machine's slot.
_READER = re.compile(r"\b(?:card\s+(?:readers?|skimmers?|swipers?)|skimm(?:er|ers|ing)|(?:magnetic\s+)?(?:stripe|swipe|mag\s*stripe)"
                     r"\s+readers?|readers?|swipers?)\b|读卡器|刷卡器|读卡头|磁条|盗刷", re.IGNORECASE)
_CASH_MACHINE = re.compile(r"\b(?:atms?|cash\s*(?:machines?|points?|dispensers?)|bank\s+machines?|card\s+slots?"
                           r"|hole\s+in\s+the\s+wall)\b|取款机|提款机|柜员机|自助银行|(?-i:ATM)|插卡口|取款口", re.IGNORECASE)

# A blade made to sit hidden on the body, or a weapon-like item after a grievance with a person.
_BLADE_EN = r"(?:knife|knives|blades?|daggers?|shivs?|razors?|box\s*cutters?|stilettos?|switchblades?)"
_WORN_EN = re.compile(
    rf"\b{_BLADE_EN}\b[^.?!]{{0,40}}?\b(?:fits?|fitting|goes|sits?|slides?|slips?|tucks?|clips?|stays?)\s+(?:in|into|inside"
    r"|under|down)\s+(?:my|a|the|your|his|her|one'?s)\s+(?:sock|boot|sleeve|waistband|bra|glove)s?\b", re.IGNORECASE)
_WEAPONISH_EN = (r"(?:knife|knives|blades?|daggers?|machetes?|(?:baseball\s+|metal\s+|cricket\s+)?bats?|clubs?|crowbars?"
                 r"|tyre\s+irons?|tire\s+irons?|hammers?|axes?|hatchets?|(?:lead\s+|metal\s+|steel\s+)?pipes?|iron\s+bars?"
                 r"|metal\s+bars?|wrench(?:es)?|spanners?|cosh(?:es)?|batons?|truncheons?|knuckle\s*dusters?"
                 r"|brass\s+knuckles|nunchucks?|cleavers?|sledge\s*hammers?|pick\s*axes?|box\s*cutters?)")
_GRIEVANCE_EN = re.compile(
    r"\b(?:(?:he|she|they|him|her|them|ting|(?:my|that|the)\s+\w+)\s+(?:was|were|is|are|be|been|got)\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:rude|disrespectful|out\s+of\s+line|cheeky|mouthy)|disrespected\s+me|insulted\s+me|dissed\s+me|mocked\s+me"
    r"|humiliated\s+me|laughed\s+at\s+me|cheated\s+on\s+me|betrayed\s+me|wronged\s+me|screwed\s+me\s+over|ripped\s+me\s+off"
    r"|talked\s+back\s+to\s+me|spat\s+at\s+me|embarrassed\s+me|crossed\s+me|owes\s+me"
    # hatred said of a person, or a person who hit the shopper or the shopper's own: 'I hate him', 'he beat my brother'
    r"|i\s+(?:really\s+|so\s+)?(?:hate|despise|loathe|detest|can'?t\s+stand)\s+(?:him|her|them|that\s+\w+|my\s+\w+)"
    r"|(?:he|she|they)\s+(?:beat|beat\s+up|hit|punched|attacked|hurt|slapped|kicked)\s+(?:me|my\s+\w+))\b", re.IGNORECASE)
_WEAPONISH_ZH = r"(?:刀|刃|匕首|棍|棒|锤|斧|扳手|撬棍|钢管|铁管|甩棍|砍刀|指虎)"
_GRIEVANCE_ZH = re.compile(rf"{_WHO_ZH}(?:竟然|居然|又|老是|总是|今天|昨天)?(?:骂|欺负|羞辱|侮辱|看不起|瞧不起|得罪|惹|顶撞|坑|骗|背叛"
                           r"|绿|甩|打)(?:了)?(?:我|俺)|对我(?:不客气|不尊重|无礼|很凶)"
                           rf"|(?:恨|讨厌|(?<!麻)烦|受够)(?:死|透|极)?(?:了)?{_WHO_ZH}")  # hatred said of a person: 恨透他了


def hinted(text: str) -> bool:
    """The purchase comes with a hint of harm: where another person can be found, sharp things spread on a road, a
    card reader for a cash machine's slot, a blade worn hidden, or a weapon-like item after a grievance."""
    if _FOUND_EN.search(text) or _FOUND_ZH.search(text):
        return True
    if _SPREAD_ON_ROAD_EN.search(text) or _SPREAD_ON_ROAD_ZH.search(text):
        return True
    if _READER.search(text) and _CASH_MACHINE.search(text):
        return True
    if _WORN_EN.search(text):
        return True
    if _GRIEVANCE_EN.search(text) and re.search(rf"\b{_WEAPONISH_EN}\b", text, re.IGNORECASE):
        return True
    return bool(_GRIEVANCE_ZH.search(text) and re.search(_WEAPONISH_ZH, text))
