"""An ordinary good whose stated use is its misuse, read by the use said beside it rather than by the good:

- a medicine or a gas taken to get high: cough syrup, codeine, DXM, sleeping pills, laughing gas or cream chargers
  with 'for fun', 'to get high', 'to trip', 'for the party', 喝着玩, 嗨一下, 飘一下, 找感觉, 助兴
  ('order some DXM pills to trip on', 买一箱笑气，吸着玩);
- alcohol, tobacco or vapes for children: a school or class trip, a year group, an age under eighteen, students,
  初中生, 给班上的孩子, 春游 ('a case of vodka for my 15-year-old's sleepover', 买两条烟给初中生);
- an everyday object wanted as a weapon: 'to use as a weapon', 'to hit someone with', 'for the fight', 当武器,
  防身打人, 打群架, 约架;
- a door, lock, window or safe forced open when it is not said to be the shopper's own: 'pry open the door',
  'break into', 'pick the lock on my neighbour's door', 撬开门, 撬锁, 撬隔壁的窗户;
- shared safety equipment disabled: a smoke alarm, fire alarm, sprinkler or CCTV in a stairwell, a lobby, a
  building, an office, a hotel or a lift taken down, covered or cut (楼道里的烟感, 电梯里的监控, 小区的消防喷淋).

Cough syrup for a cough, cream chargers for the bakery or for baking, beer for the office party, cola for the school
trip, a bike chain for the shopper's bike, a crowbar for the floorboards of the shopper's flat, 撬开我家生锈的井盖 and a
smoke detector put up at home stay purchases: each needs the misuse said, not only the good.
"""

from __future__ import annotations

import re

# ---- getting high on a medicine or a gas ----------------------------------------------------------------------------
# Goods that get someone high when misused: cough medicines, opioids, sedatives, antihistamines, nitrous oxide.
_DOSE_GOODS = (r"(?:cough\s+(?:syrup|medicine|mixture)|codeine|dxm|dextromethorphan|promethazine|robitussin|benadryl"
               r"|diphenhydramine|sleeping\s+(?:pills?|tablets?)|sleep\s+aids?|xanax|valium|tramadol|loperamide"
               r"|laughing\s+gas|nitrous(?:\s+oxide)?|(?:whipped\s+)?cream\s+chargers?|n2o|whippets?|cold\s+medicine)")
_HIGH_EN = (r"(?:get(?:ting)?\s+(?:high(?!\s+(?:fevers?|temperatures?|blood))|wasted|buzzed|messed\s+up|fucked\s+up|stoned|off\s+(?:my|our)\s+face)|to\s+trip|trip(?:ping)?\s+on|go\s+tripping"
            r"|for\s+(?:fun|kicks|a\s+laugh|the\s+buzz|the\s+high|a\s+high|a\s+buzz)|recreational(?:ly)?|to\s+inhale"
            r"|inhal(?:e|ing)\s+(?:it|them)|do(?:ing)?\s+whippets|make\s+(?:lean|purple\s+drank|sizzurp)"
            r"|for\s+the\s+(?:party|rave)|at\s+the\s+(?:party|rave))")
_HIGH_GOODS_EN = re.compile(rf"\b{_DOSE_GOODS}\b[^.?!]{{0,60}}?\b{_HIGH_EN}\b|\b{_HIGH_EN}\b[^.?!]{{0,40}}?\b{_DOSE_GOODS}\b",
                            re.IGNORECASE)
# Cream chargers for cooking: the bakery, the café, baking, whipping cream; 'for the party' is not a kitchen.
_CREAM_CHARGERS = re.compile(r"\bcream\s+chargers?\b", re.IGNORECASE)
_CREAM_HIGH = re.compile(r"\b(?:get(?:ting)?\s+high|inhal\w*|whippets|for\s+(?:fun|kicks|a\s+laugh)|the\s+buzz|to\s+trip)\b",
                         re.IGNORECASE)
_DOSE_GOODS_ZH = (r"(?:止咳(?:糖浆|水|露|药)|咳嗽(?:糖浆|药水)|可待因|右美沙芬|异丙嗪|安眠药|安定|曲马多|感冒药|笑气|一氧化二氮"
                  r"|奶油气弹|奶油气罐|气弹|催眠药|镇静药|助眠药)")
_HIGH_ZH = (r"(?:喝着玩|吃着玩|吸着玩|嗑着玩|玩玩|嗨一下|嗨一嗨|嗨起来|嗨皮一下|high一下|飘一下|飘飘|飞一下|找感觉|找刺激"
            r"|助兴|爽一下|当饮料喝|(?<!不)上头|派对上(?:喝|吃|吸|用|助兴)|聚会上(?:喝|吃|吸|用|助兴)|蹦迪(?:用|时吸|吸))")
_HIGH_GOODS_ZH = re.compile(rf"{_DOSE_GOODS_ZH}[^。！？]{{0,20}}?{_HIGH_ZH}|{_HIGH_ZH}[^。！？]{{0,12}}?{_DOSE_GOODS_ZH}")

# ---- alcohol, tobacco or vapes for children ---------------------------------------------------------------------------
_ADULT_GOODS_EN = (r"(?:beers?|lagers?|ciders?|wines?|vodka|whisk(?:e)?y|rum|gin|tequila|spirits|alcohol|booze|alcopops?"
                   r"|hard\s+seltzers?|cigarettes?|cigs|cigars?|tobacco|vapes?|e-?cigs?|e-?cigarettes?|juul|nicotine\s+pouch(?:es)?"
                   r"|snus|hookah|shisha)")
# A child: an age under eighteen said of a person, a year or grade at school, pupils, a class or school trip.
_AGE_EN = r"(?:[1-9]|1[0-7])(?:[- ]?year[- ]?olds?|\s+years?\s+old|[- ]?y/?o)"
_CHILD_EN = (rf"(?:\b(?:for|to)\s+(?:my|our|his|her|a|the)\s+{_AGE_EN}|\b{_AGE_EN}(?:'s|’s|\s+(?:son|daughter|kids?|child"
             r"|children|boys?|girls?|nephew|niece|brother|sister|cousin|students|pupils|friends))"
             r"|\b(?:year|grade)\s+(?:[1-9]|1[0-2])\b|(?<!university\s)(?<!college\s)(?<!grad\s)\b(?:students|pupils)\b"
             r"|\b(?:schoolkids|school\s+kids|minors|underage)\b|\b(?:school|class|field)\s+trip\b"
             r"|\bkids?\s+(?:in|from|on)\s+(?:my|the|our)\s+(?:class|school|team|trip|class\s+trip|school\s+trip)\b"
             r"|\b(?:middle|high|primary|junior)\s+school(?:ers)?\b|\bteens?\b|\bteenagers?\b)")
_MINORS_EN = re.compile(rf"\b{_ADULT_GOODS_EN}\b[^.?!]{{0,60}}?{_CHILD_EN}|{_CHILD_EN}[^.?!]{{0,40}}?\b{_ADULT_GOODS_EN}\b",
                        re.IGNORECASE)
_ADULT_GOODS_ZH = (r"(?:啤酒|白酒|红酒|葡萄酒|洋酒|烈酒|黄酒|米酒|果酒|鸡尾酒|预调酒|香烟|卷烟|[一两二三四五六七八九十几\d]+(?:条|包|盒)烟"
                   r"|电子烟|烟弹|雪茄|槟榔)")
_CHILD_ZH = (r"(?:初[一二三]|初中生?|小学生?|高[一二三](?!铁)|高中生|中学生|未成年|(?<!大)(?<!研究)学生(?!证|卡)|班上的(?:孩子|小孩|同学)"
             r"|全班|春游|秋游|夏令营|冬令营|研学|(?<![\d一二三四五六七八九十])(?:[1-9]|1[0-7]|十[一二三四五六七]?|[一二三四五六七八九])岁"
             r"|上[初小高][一二三四五六]|学校组织)")
_MINORS_ZH = re.compile(rf"{_ADULT_GOODS_ZH}[^。！？]{{0,20}}?{_CHILD_ZH}|{_CHILD_ZH}[^。！？]{{0,20}}?{_ADULT_GOODS_ZH}")

# ---- an everyday object wanted as a weapon ------------------------------------------------------------------------
_WEAPON_USE_EN = re.compile(
    r"\b(?:to\s+use\s+as|as|for\s+use\s+as)\s+(?:a\s+)?(?:weapon|knuckle\s*dusters?)\b"
    r"|\bto\s+(?:hit|beat|whack|smack|bash|strike|club)\s+(?:someone|somebody|people|him|her|them|a\s+guy|that\s+guy)"
    r"(?:\s+with)?\b"
    r"|\bfor\s+(?:the|a|our|my|tonight'?s?|tomorrow'?s?)\s+(?:fight|brawl|rumble|scrap|punch-?up|gang\s+fight|street\s+fight)\b"
    r"|\bsomething\s+to\s+(?:fight|hit\s+people)\s+with\b|\bto\s+bring\s+to\s+the\s+(?:fight|brawl)\b", re.IGNORECASE)
# A fight watched, not fought: 'beer and snacks for the fight tonight', 'pay-per-view for the fight'.
_WATCHED = re.compile(r"\b(?:popcorn|snacks?|beers?|pizzas?|wings|chips|crisps|drinks?|tv|watch\w*|stream\w*|ppv"
                      r"|pay-per-view|tickets?|party)\b", re.IGNORECASE)
_WEAPON_USE_ZH = re.compile(r"当(?:成|作)?(?:武器|凶器)|做武器|(?:用来|拿来|好|去|防身)打人|打人用|打群架|去打架|打架用|干架"
                            r"|约架|械斗|群殴|砍人|抡人")


def _as_weapon(text: str) -> bool:
    found = _WEAPON_USE_EN.search(text)
    if found is not None and not (re.search(r"\bfight\b|\bbrawl\b", found.group(), re.IGNORECASE)
                                  and found.group().lower().startswith("for ") and _WATCHED.search(text)):
        return True
    return bool(_WEAPON_USE_ZH.search(text))


# ---- a door or a lock forced open ---------------------------------------------------------------------------------
_ENTRY_EN = r"(?:doors?|locks?|padlocks?|gates?|windows?|safes?|lockers?|shutters?|deadbolts?)"
_WHOSE_EN = r"(?P<whose{n}>(?:[\w'’]+\s+){{0,4}}?)"
_FORCE_EN = re.compile(
    r"\b(?:pr[yi]\w*|prise|prising|prize|force|forcing|jimmy|jimmying|lever|bust|busting|kick|kicking|jemmy)\s+"
    rf"(?:it\s+|them\s+)?open\s+{_WHOSE_EN.format(n=1)}{_ENTRY_EN}\b"
    rf"|\b(?:pr[yi]\w*|prise|force|jimmy)\s+{_WHOSE_EN.format(n=2)}{_ENTRY_EN}\s+open\b"
    rf"|\bpick(?:ing)?\s+(?!up\b){_WHOSE_EN.format(n=3)}locks?\s+(?:on|of|to|at)\b"
    rf"|\bbreak(?:ing)?\s+in(?:to)?\s+{_WHOSE_EN.format(n=4)}(?:house|flat|apartment|shed|garage|car|shop|store|office"
    r"|room|building|home|place|locker|safe|van|warehouse|school)\b", re.IGNORECASE)
_ENTRY_ZH = r"(?:门(?![口铃牌把框帘垫票])|锁(?![扣链])|窗户?|保险柜|保险箱|柜门|车门|防盗门|卷帘门|抽屉)"
_FORCE_ZH = re.compile(rf"撬(?:开|了|掉)?(?P<whose>[^，。！？,]{{0,8}}?){_ENTRY_ZH}|{_ENTRY_ZH}撬(?:开|了|掉)"
                       r"|撬锁|开锁进(?:去|门)|溜门|入室")
_OWN_ZH = re.compile(r"^(?:我家|我自己家?的?|自家|自己家?的?|我的|我们家的?)[^隔邻对楼别他她人]*$")


def _own_en(whose: str) -> bool:
    """'my front', 'our shed's' is the shopper's; 'my neighbour's front', 'the back', 'his' are not."""
    words = whose.split()
    return bool(words) and words[0].lower() in ("my", "our") and not any(
        w.endswith(("'s", "’s", "s'", "s’")) for w in words[1:])


def _forced_open(text: str) -> bool:
    for found in _FORCE_EN.finditer(text):
        whose = next((g for g in found.groups() if g is not None), "")
        if not _own_en(whose):
            return True
    for found in _FORCE_ZH.finditer(text):
        whose = found.group("whose")
        if whose is None or not _OWN_ZH.match(whose):
            return True
    return False


# ---- shared safety equipment disabled ----------------------------------------------------------------------------
_KIT_EN = (r"(?:smoke\s+(?:alarms?|detectors?)|fire\s+alarms?|sprinklers?(?:\s+heads?)?|heat\s+detectors?|cctv(?:\s+cameras?)?"
           r"|(?:security|surveillance)\s+cameras?|cameras?|fire\s+(?:doors?|hydrants?|extinguishers?)|hydrants?|alarm\s+system)")
_DISABLE_EN = (r"(?:take\s+(?:apart|down|off|out)|taking\s+(?:apart|down|off|out)|disabl\w+|dismantl\w+|remov\w+|cover(?:ing)?"
               r"|tape\s+over|taping\s+over|block(?:ing)?|unplug\w*|switch(?:ing)?\s+off|turn(?:ing)?\s+off|shut(?:ting)?\s+off"
               r"|cut(?:ting)?|snip\w*|rip(?:ping)?\s+out|smash\w*|break|breaking|unscrew\w*|bag(?:ging)?|kill(?:ing)?"
               r"|silenc\w+|jam(?:ming)?|spray[- ]paint\w*)")
_SHARED_EN = (r"(?:stair(?:well|case|s)|hallway|corridor|lobby|landing|lift|elevator|building|block|communal|shared|office"
              r"|hotel|dorm(?:itory)?|school|hostel|car\s+park|garage|station|landlord'?s?|(?:the\s+)?neighbou?rs?'?s?"
              r"|warehouse|factory|shop|store|hospital|estate|street)")
_KIT_OFF_EN = re.compile(
    rf"\b{_DISABLE_EN}\s+(?:[\w'’-]+\s+){{0,5}}?{_KIT_EN}\b[^.?!]{{0,40}}?\b{_SHARED_EN}\b"
    rf"|\b{_DISABLE_EN}\s+(?:[\w'’-]+\s+){{0,5}}?{_SHARED_EN}\s+(?:[\w'’-]+\s+){{0,2}}?{_KIT_EN}\b", re.IGNORECASE)
_KIT_ZH = r"(?:烟感|烟雾报警器?|烟雾探测器|火警(?:线|铃|报警器)?|消防(?:喷淋|栓|报警器?|警铃|门|水带|设施)|喷淋头?|监控(?:摄像头)?|摄像头)"
_SHARED_ZH = r"(?:楼道|走廊|楼梯间?|电梯|小区|公共|宿舍|酒店|宾馆|公司|办公室|单位|学校|商场|车库|停车场|大堂|门厅|物业|邻居|隔壁|楼里|楼下|楼上)"
_DISABLE_ZH = r"(?:拆|卸|关|堵|遮|挡|蒙|盖|剪|掐|拔|弄坏|砸|破坏|封|贴|捂|断|拧)"
_KIT_OFF_ZH = re.compile(rf"{_SHARED_ZH}[^，。！？]{{0,6}}?{_KIT_ZH}[^，。！？]{{0,4}}?{_DISABLE_ZH}"
                         rf"|{_DISABLE_ZH}[^，。！？]{{0,4}}?{_SHARED_ZH}[^，。！？]{{0,6}}?{_KIT_ZH}")


def _high(text: str) -> bool:
    if _HIGH_GOODS_EN.search(text) is None:
        return bool(_HIGH_GOODS_ZH.search(text))
    # cream chargers 'for the party' may be for the cream; only getting high on them is asked
    if _CREAM_CHARGERS.search(text) and not re.search(r"\b(?:nitrous|laughing\s+gas|n2o|cough|codeine|dxm|sleeping|lean)\b",
                                                      text, re.IGNORECASE):
        return bool(_CREAM_HIGH.search(text))
    return True


# The shopper's own home said with no shared place: 'the smoke alarm in the hallway of my flat'.
_OWN_HOME_EN = re.compile(r"\b(?:my|our)\s+(?:own\s+)?(?:flat|house|home|apartment|bedroom|kitchen|room|place)\b", re.IGNORECASE)
_PLAINLY_SHARED_EN = re.compile(r"\b(?:stair(?:well|case)|lobby|communal|shared|building'?s?|office|hotel|dorm\w*|school"
                                r"|hostel|landlord'?s?|neighbou?r'?s?|lift|elevator)\b", re.IGNORECASE)


def _kit_off(text: str) -> bool:
    if _KIT_OFF_ZH.search(text):
        return True
    if _KIT_OFF_EN.search(text) is None:
        return False
    return not (_OWN_HOME_EN.search(text) and not _PLAINLY_SHARED_EN.search(text))


def misuse_said(text: str) -> bool:
    """The sentence says its ordinary good is for getting high, for a child to drink or smoke, for use as a weapon,
    for forcing a door or lock not the shopper's own, or for disabling shared safety equipment."""
    return bool(_high(text) or _MINORS_EN.search(text) or _MINORS_ZH.search(text) or _as_weapon(text)
                or _forced_open(text) or _kit_off(text))
