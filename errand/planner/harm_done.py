"""Harm done with an ordinary item, read by the shape of the purpose rather than by the item: (the item) + (so I can,
to, I'm going to, and, 去, 用来, 好, 我要, or nothing at all in Chinese) + (a verb that harms) + (what bears it: a
person, what belongs to someone else, an animal, or food sold on to others):

- a vehicle or a house not the shopper's own damaged or made unsafe: tyres slashed or let down, paint keyed,
  windows smashed, brake lines cut ('a utility knife so I can slash my flatmate's tyres', 剪断他电动车的刹车线,
  把隔壁车胎扎了);
- something corrosive or scalding thrown, poured or splashed on a person, or anything at a face ('drain cleaner to
  throw at him', 'boiling water to pour on her', 买瓶盐酸，泼他一脸);
- a poison meant to be swallowed: a person's or another's animal poisoned, or a poison said with who will drink or eat
  it ('antifreeze, the sweet kind, the dog next door will lap it up', 下毒, 毒死邻居的猫, 农药…猫会舔);
- food made unsafe or passed off and sold on: waste cooking oil cleaned and sold to restaurants, expiry dates changed
  (地沟油过滤了卖给饭店, 过期的酸奶改个日期接着卖, 'change the use-by dates').

The shopper's own car, bike, tiles or fryer oil, pests (rats, cockroaches, 老鼠, 蟑螂), a new brake cable fitted, a
scratch already done and its repair ('我不小心划了邻居的车') stay errands: each needs the harm as what the item is for,
and someone other than the shopper to bear it.
"""

from __future__ import annotations

import re

from .people_words import KIN_EN, NOT_NAMED

# ---- English ----------------------------------------------------------------------------------------------------
# What puts the harm as the purpose, just before its verb: 'so I can', 'to', "I'm going to", 'and', 'for' (-ing).
_AIM_EN = (r"(?:\bto|\bso\s+(?:that\s+)?(?:i|we)\s+(?:can|could)|\bgonna|\bgoing\s+to|\bi'?ll|\bi\s+will|\band|\bthen"
           r"|\bfor|\bwanna|\bwant\s+to|\bplan(?:ning)?\s+to)\s+(?:go\s+(?:and\s+)?|just\s+|finally\s+|quietly\s+"
           r"|secretly\s+|properly\s+)?")
# Verbs that damage a thing or make a vehicle unsafe, as said of a purpose (no past forms: 'someone slashed my tyres').
_DAMAGE_VERB_EN = (r"(?:slash(?:es|ing)?|punctur(?:e|es|ing)|let(?:ting)?\s+(?:down|the\s+air\s+out\s+of)|deflat(?:e|es|ing)"
                   r"|flatten(?:s|ing)?|cut(?:s|ting)?|snip(?:s|ping)?|sever(?:s|ing)?|tamper(?:s|ing)?\s+with"
                   r"|mess(?:es|ing)?\s+with|loosen(?:s|ing)?|key(?:s|ing)?|scratch(?:es|ing)?|smash(?:es|ing)?"
                   r"|break(?:s|ing)?|shatter(?:s|ing)?|trash(?:es|ing)?|wreck(?:s|ing)?|vandali[sz](?:e|es|ing)"
                   r"|spray[- ]paint(?:s|ing)?|egg(?:s|ing)?|dent(?:s|ing)?|torch(?:es|ing)?|burn(?:s|ing)?(?:\s+down)?"
                   r"|set(?:ting)?\s+fire\s+to|glu(?:e|es|ing)|ruin(?:s|ing)?|damag(?:e|es|ing)|destroy(?:s|ing)?"
                   r"|kick(?:s|ing)?\s+in)")
# Whose it is, when not the shopper's: 'my coworker's', "the guy upstairs'", 'his', "someone else's", "dave's".
_OWNER_EN = (rf"(?:(?:my|our|the|that|this)\s+{KIN_EN}(?:'s|’s|s'|s’)"
             r"|(?:the\s+|that\s+|this\s+)?(?:guy|bloke|man|woman|lady|girl|dude|kid|driver|idiot|jerk|bastard|prick"
             r"|neighbou?rs?|landlord|boss|ex|family|people|tenants?|couple)(?:\s+(?:next\s+door|upstairs|downstairs"
             r"|across\s+the\s+(?:street|road|hall)|opposite))?(?:'s|’s|s'|s’|'|’)"
             r"|his|her|their|some(?:one|body)(?:\s+else)?(?:'s|’s)"
             rf"|(?!(?:{NOT_NAMED}|car|bike|van|truck|house|door|window|tyre|tire|brake|own)\b)[a-z]+(?:'s|’s))")
_PROPERTY_EN = (r"(?:cars?|vans?|trucks?|bikes?|motorbikes?|scooters?|mopeds?|e-?bikes?|tyres?|tires?|brakes?"
                r"|brake\s+(?:lines?|cables?|hoses?|pipes?)|windows?|windscreens?|windshields?|(?:wing\s+)?mirrors?"
                r"|paint(?:work)?|bonnet|door|fence|mailbox|letterbox|house|shop|stall"
                r"|(?:fuel|gas|petrol)\s+tank|engine)")
_DAMAGE_EN = re.compile(rf"{_AIM_EN}{_DAMAGE_VERB_EN}\b[^.?!]{{0,25}}?\b{_OWNER_EN}\s+(?:[\w-]+\s+){{0,2}}?"
                        rf"{_PROPERTY_EN}\b(?!\s+(?:locks?|helmets?|chains?|lights?|bells?|covers?|seats?|keys?))",
                        re.IGNORECASE)
# A person, and the part of them hit: 'throw it in her face', 'pour it on my ex', 'slash his face'.
_PERSON_EN = (rf"(?:him|her|them|someone|somebody|(?:my|our|the|that)\s+{KIN_EN}|(?:the|that|this)\s+(?:guy|bloke|man"
              r"|woman|lady|girl|dude|driver|idiot|jerk|bastard|prick|kid)|people)")
_BODY_EN = r"(?:face|eyes?|head|body|skin|arms?|legs?|hands?|neck|throat|kneecaps?|jaw)"
_THROWN_EN = re.compile(
    # anything corrosive poured or thrown on a person, or anything thrown at a face
    rf"{_AIM_EN}(?P<verb>throw|chuck|fling|hurl|splash|pour|spray|squirt|tip|dump)(?:s|es|ing)?\b[^.?!]{{0,20}}?"
    rf"\b(?:at|on|onto|in|into|over|all\s+over)\s+{_PERSON_EN}(?:(?P<part>(?:'s|’s)?\s+{_BODY_EN})\b"
    r"|(?=\s*(?:[.,;!?]|$|\s+(?:with|when|if|while|because|so|and|tonight|tomorrow|today|later|next)\b)))"
    rf"|{_AIM_EN}(?:slash|cut|burn|scald|blind|disfigure|scar|break)(?:s|es|ing|ting)?\s+(?:his|her|their"
    rf"|some(?:one|body)(?:'s|’s)|(?:my|the)\s+{KIN_EN}(?:'s|’s))\s+(?P<cut>{_BODY_EN})\b", re.IGNORECASE)
_CORROSIVE_EN = re.compile(
    r"\b(?:acids?|sulfuric|sulphuric|hydrochloric|muriatic|lye|caustic|sodium\s+hydroxide|bleach|drain\s+cleaner"
    r"|oven\s+cleaner|ammonia|boiling|scalding|hot\s+oil|petrol|gasoline|kerosene|paint\s+stripper)\b", re.IGNORECASE)
# Poison: what a person or an animal should not swallow; pests are what rat poison is for.
_TOXIC_EN = (r"(?:antifreeze|coolant|ethylene\s+glycol|rat\s+poison|poison|pesticide|insecticide|weed\s*killer"
             r"|herbicide|slug\s+pellets|bleach|arsenic|cyanide|strychnine|paraquat|methanol|xylitol)")
_SWALLOWER_EN = (rf"(?:(?:the|his|her|their|that|{_OWNER_EN})\s+)?(?:dogs?|cats?|pets?|puppy|kitten|kids?|birds?"
                 r"|horses?|he|she|they|him|her|them)")
_SWALLOWED_EN = re.compile(
    rf"\b{_TOXIC_EN}\b[^.?!]{{0,60}}?\b{_SWALLOWER_EN}\s+(?:will|would|'ll|’ll|is\s+going\s+to|can|might|should)\s+"
    r"(?:\w+\s+)?(?:drink|eat|lap|lick|swallow|taste)\b"
    rf"|\b{_TOXIC_EN}\b[^.?!]{{0,60}}?\bfor\s+{_SWALLOWER_EN}\s+to\s+(?:drink|eat|lap|lick|swallow)\b"
    rf"|{_AIM_EN}poison(?:ing)?\s+(?:{_PERSON_EN}|(?:{_OWNER_EN}\s+|the\s+|that\s+)(?:\w+\s+)?(?:dogs?|cats?|pets?"
    r"|puppy|kitten|horses?|fish|koi|chickens?|parrots?))\b"
    rf"|\b(?:slip|put|mix|pour|stir|drop|sprinkle|add)\w*\s+(?:\w+\s+){{0,3}}?(?:in|into)\s+(?:{_OWNER_EN}|the\s+\w+'s)\s+"
    r"(?:drink|coffee|tea|food|lunch|dinner|water|soup|meal|bottle|cup|glass|beer|wine)\b[^.?!]{0,40}"
    r"\b(?:without\s+(?:him|her|them)\s+(?:knowing|noticing)|secretly|won'?t\s+(?:notice|know|taste))"
    r"|\bspik(?:e|ing)\s+(?:his|her|their|some(?:one|body)'s|(?:my|the)\s+\w+'s)\s+(?:drink|coffee|tea|food|water)\b",
    re.IGNORECASE)
_NOT_SWALLOWED_EN = re.compile(r"\b(?:won'?t|will\s+not|wouldn'?t|doesn'?t|can'?t|never|not|pet[- ]safe|safe\s+for)\b",
                               re.IGNORECASE)
# Food made unsafe or passed off and sold on: used oil cleaned and sold to restaurants, dates changed.
_SPOILT_EN = re.compile(
    r"\b(?:waste|used|gutter|recycled|collected|leftover|spent|drain(?:age)?|sewer|swill)\s+(?:(?:cooking|frying|fryer"
    r"|kitchen|vegetable|restaurant)\s+)?oil\b"
    r"|\boil\s+(?:\w+\s+){0,3}(?:from|out\s+of)\s+(?:the\s+)?(?:drains?|sewers?|gutters?|grease\s+traps?|bins?)\b"
    r"|\b(?:expired|out[- ]of[- ]date|spoil(?:ed|t)|rotten|mou?ldy|dead\s+(?:pigs?|chickens?|animals?)|diseased)\b"
    r"|\b(?:melamine|sudan\s+(?:red|dye|i+)|formalin|formaldehyde|borax|industrial\s+(?:salt|gelatin|alcohol))\b",
    re.IGNORECASE)
# A banned additive put in food, sold or not: 'sudan dye to colour the chilli powder', 'borax in the noodles'.
_ADDED_EN = re.compile(
    r"\b(?:melamine|sudan\s+(?:red|dye|i+)|formalin|formaldehyde|borax|industrial\s+(?:salt|gelatin|alcohol))\b[^.?!]{0,40}"
    r"\b(?:food|milk|formula|noodles?|chil+i|paprika|spices?|sauce|meat|fish|seafood|tofu|bread|colou?r|whiten|preserve"
    r"|fresh)\w*\b", re.IGNORECASE)
_SOLD_ON_EN = re.compile(
    r"\b(?:sell|resell|supply|flog|pass)\w*\b[^.?!]{0,30}?\b(?:restaurants?|takeaways?|food\s+(?:stalls?|trucks?|vendors?)"
    r"|street\s+(?:stalls?|vendors?|food)|canteens?|cafeterias?|eateries|diners|caterers?|chip\s+shops?"
    r"|noodle\s+(?:shops?|stalls?)|customers|(?:night\s+)?markets?)\b"
    r"|\b(?:sell|resell|pass)\w*\s+(?:it|them|this)?\s*(?:off\s+)?as\s+(?:fresh|new|cooking\s+oil|edible)", re.IGNORECASE)
_REDATED_EN = re.compile(
    r"\b(?:relabel|re-label|change|reprint|alter|peel\s+off|cover(?:\s+up)?|fake|forge)\w*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:expiry|expiration|sell[- ]by|use[- ]by|best[- ]before)\s+(?:dates?|labels?)\b", re.IGNORECASE)

# ---- Chinese -------------------------------------------------------------------------------------------------------
# Whose it is, when not the shopper's: 楼下, 隔壁老王, 他, 同事, 前男友, 那辆; 我, 自己 and 自家 are the shopper's.
_OWNER_ZH = (r"(?:楼下|楼上|隔壁|对门|对面楼?|邻居家?|房东家?|同事|老板|领导|前任|前男友|前女友|前夫|前妻|别人家?|人家"
             r"|他们|他|她|对方|那个人|那人|那家伙|那小子|仇人|室友|舍友|小区里?|路边|那辆|那台|那家|老[王李张刘陈杨赵黄周吴]"
             r"|小[王李张刘陈杨赵黄周吴])")
_VEHICLE_ZH = (r"(?:刹车线|刹车|车胎|轮胎|车漆|车窗|挡风玻璃|后视镜|车门|车锁|锁眼|油箱|电动车|电瓶车|自行车|摩托车?"
               r"|汽车|车(?![位库站费])|玻璃|窗户?|家门|大门|门(?![口铃前外])|家)")
# A verb that damages, not said as done already (了, 过) nor as proof against it (防划, 耐砸, 抗扎).
_BREAK_ZH = (r"(?<![防耐抗])(?:剪断|剪|割断|割|切断|弄断|拧松|扎破|扎爆|扎烂|扎|戳破|戳|放气|划花|划(?![算船拨过])|刮花"
             r"|刮坏|砸碎|砸烂|砸坏|砸|敲碎|踹|泼|喷花|喷脏|喷坏|涂花|涂脏|烧)")
_DAMAGE_ZH = re.compile(
    rf"{_BREAK_ZH}[^，。！？,.!?]{{0,3}}?{_OWNER_ZH}[^，。！？,.!?]{{0,8}}?{_VEHICLE_ZH}"
    rf"|把{_OWNER_ZH}[^，。！？,.!?]{{0,8}}?{_VEHICLE_ZH}[^，。！？,.!?]{{0,3}}?{_BREAK_ZH}"
    # tyres punctured or nails scattered where cars park, with no owner named: 撒在路上扎胎
    r"|(?<![防耐抗被])扎(?:破|爆|烂)?(?:车)?胎(?![了过])"
    r"|(?:钉|图钉|三角钉|碎玻璃|玻璃渣)[^，。！？]{0,8}(?:撒|扔|丢)(?:在|到)[^，。！？]{0,4}(?:路|车位|停车场|车库)")
# A person splashed or doused: with something corrosive or scalding, or at the face.
_CORROSIVE_ZH = (r"(?:硫酸|盐酸|硝酸|强酸|酸(?![奶菜梅辣甜])|烧碱|火碱|氢氧化钠|洁厕灵|管道疏通剂|疏通剂|开水|热油|滚油|汽油|柴油|煤油"
                 r"|油漆|粪|尿|辣椒水|漂白)")
_PERSON_ZH = (r"(?:他们|他|她|人|别人|对方|前任|前男友|前女友|前夫|前妻|老婆|老公|同事|老板|邻居|室友|小三|情敌|仇人"
              r"|那个人|那人|那女的|那男的)")
_DOUSED_ZH = re.compile(
    rf"(?:泼|浇|洒|撒|喷|扔|砸|丢|甩)(?:到|在|向|往|朝)?{_PERSON_ZH}(?:的)?(?P<part>脸上?|眼睛?|一脸|一身|身上|头上|满脸)"
    rf"|(?:往|朝|向|对着){_PERSON_ZH}(?:的)?(?:脸|眼睛|头|身)上?(?:泼|浇|洒|撒|喷|扔|砸)")
_DOUSED_BY_ZH = re.compile(rf"{_CORROSIVE_ZH}[^。！？]{{0,12}}?(?:泼|浇|洒|喷)(?:到|在|向|往)?{_PERSON_ZH}")
# Poison: 下毒, 毒死 what is no pest, or a poison said with who will drink, eat or lick it.
_PESTS_ZH = r"(?:老鼠|耗子|蟑螂|小强|蚂蚁|苍蝇|蚊子|白蚁|害虫|虫|跳蚤|臭虫|蜗牛|鼻涕虫|螨|蛀虫|杂草|草|野草)"
_TOXIC_ZH = (r"(?:防冻液|毒药|农药|老鼠药|鼠药|毒鼠强|百草枯|敌敌畏|杀虫剂|除草剂|漂白剂|漂白水|84|甲醇|工业酒精|亚硝酸盐"
             r"|铊|砒霜|氰化|耗子药|蟑螂药)")
_POISONED_ZH = re.compile(
    rf"下毒|投毒|(?:毒死|药死|毒倒|毒哑|毒瞎)(?!了)(?![^，。！？]{{0,12}}{_PESTS_ZH})|下药(?:给|到)?(?:他|她|人)")
_SWALLOWS_ZH = re.compile(r"(?:狗|猫|宠物|鸡|鸭|鸟|鱼|他|她|孩子|人)(?:就|肯定|一定|也)?(?:会|爱|喜欢|能)?(?:喝|吃|舔)")
_NOT_SWALLOWED_ZH = re.compile(r"别|不|防止|以免|免得|怕|避免|小心|远离|吗|么|怎么|咋|了|\?|？")
# Food sold on: gutter oil to eateries, spoilt or dead-animal meat sold, dates changed, banned additives in food.
_SPOILT_ZH = re.compile(r"地沟油|潜水油|泔水油|老油|废油|回收(?:的|来的)?油|收来的(?:\w{0,3})?油|炸过的油|剩油|过期|变质|发霉"
                        r"|病死|死猪|死鸡|注水")
_SOLD_ON_ZH = re.compile(r"(?:卖|供|送|批发?|转手)(?:给|到)?[^，。！？]{0,6}(?:饭店|餐馆|餐厅|饭馆|馆子|小吃摊|摊|食堂|夜市"
                         r"|大排档|火锅店|商家|顾客|客人|超市|菜市场|市场)|(?:接着|继续|再|照样|重新|当新的|当好的)卖"
                         r"|当(?:新油|食用油|好油|新鲜的?)(?:卖|用|出)")
_REDATED_ZH = re.compile(r"(?:改|换|重新打|重打|篡改|涂改|撕掉|覆盖|盖掉)(?:一?下|个|掉)?(?:生产)?(?:日期|保质期|过期日|有效期)")
_FOOD_ADDITIVE_ZH = re.compile(r"(?:三聚氰胺|苏丹红|吊白块|福尔马林|甲醛|硼砂|工业盐|工业明胶|工业酒精)[^。！？]{0,20}"
                               r"(?:食品|做菜|加到|加进|泡|腌|卖|牛奶|奶粉|粉丝|海鲜|豆腐|馒头|血旺|肉|鱼|酒|辣椒|调料|面|米|蛋"
                               r"|上色|染色|颜色|增白|漂白|保鲜)"
                               r"|(?:上色|染色|增白|保鲜)[^。！？]{0,12}(?:三聚氰胺|苏丹红|吊白块|福尔马林|甲醛|硼砂)")
_OWN_ZH = re.compile(r"自己|自家|我(?:的|家)")
# Damage already done and mended: 补漆, 修好, 赔.
_MENDED_ZH = re.compile(r"补漆|补胎|修好|修复|修理|赔")


def _damages(text: str) -> bool:
    """Someone else's vehicle, house or garden damaged or made unsafe as the purpose; an owner of the shopper's
    own ('我的车', '自家的门') is left to the errand."""
    if _DAMAGE_EN.search(text):
        return True
    for match in _DAMAGE_ZH.finditer(text):
        before = text[max(0, match.start() - 4):match.start()]
        if not _OWN_ZH.search(match.group(0)) and not re.search(r"不小心|被|已经|昨天", before) and not _MENDED_ZH.search(text):
            return True
    return False


def _doused(text: str) -> bool:
    """A person doused, splashed or hit: with something corrosive or scalding, or at the face or eyes."""
    for match in _THROWN_EN.finditer(text):
        thrown = match.group("verb") in {"throw", "chuck", "fling", "hurl"} if match.group("verb") else False
        if match.group("cut") or match.group("part") and thrown or _CORROSIVE_EN.search(text):
            return True
    if _DOUSED_BY_ZH.search(text):
        return True
    return any(re.search(_CORROSIVE_ZH, text) or re.search(r"[泼浇]", match.group(0)) and re.search(r"脸|眼", match.group(0))
               for match in _DOUSED_ZH.finditer(text))


def _poisons(text: str) -> bool:
    """A person or another's animal poisoned, or a poison said with who will swallow it (not 'won't drink it')."""
    for match in _SWALLOWED_EN.finditer(text):
        if not _NOT_SWALLOWED_EN.search(match.group(0)):
            return True
    if _POISONED_ZH.search(text):
        return True
    if re.search(_TOXIC_ZH, text):
        for match in _SWALLOWS_ZH.finditer(text):
            before = text[max(0, match.start() - 4):match.start()]
            after = text[match.end():match.end() + 3]
            if not _NOT_SWALLOWED_ZH.search(before + match.group(0) + after):
                return True
    return False


# A cleaner, a pesticide or a poison put to a food's use: cooked with, put in a dish, a bowl or a cup, a cake filled.
_CHEMICAL_EN = (r"(?:drain\s+(?:cleaner|unblocker|opener)|bleach|toilet\s+cleaner|disinfectant|limescale\s+remover"
                r"|oven\s+cleaner|bug\s+spray|insect(?:icide|\s+spray)|pesticide|weed\s*killer|rat\s+poison|roach\s+\w+"
                r"|antifreeze|lye|caustic\s+soda|paint\s+thinner|white\s+spirit|methanol)")
_IN_FOOD_EN = re.compile(
    rf"\b{_CHEMICAL_EN}\b[^.!?]{{0,40}}?\b(?:to|for|so\s+(?:i|we)\s+can|and)\s+(?:make|cook|bake|fill|season|flavou?r)\s+"
    r"(?:(?:the|my|our|his|her|their|a|some|tonight'?s)\s+)?(?:\w+\s+)?(?:dinner|lunch|breakfast|supper|meal|food|cake"
    r"|soup|stew|sauce|drinks?|tea|coffee|pie|bread|curry|dish)\b"
    rf"|\b{_CHEMICAL_EN}\b[^.!?]{{0,40}}?\b(?:in|into)\s+(?:his|her|their|the|someone'?s|my\s+\w+'?s)\s+"
    r"(?:food|dinner|lunch|drink|cup|mug|bowl|plate|soup|coffee|tea|glass|bottle)\b",
    re.IGNORECASE)
_CHEMICAL_ZH = (r"(?:管道疏通剂|下水道疏通剂|疏通剂|疏通粉|洁厕灵|洁厕剂|消毒液|消毒水|84|漂白水|漂白剂|除垢剂|杀虫剂|蟑螂药|老鼠药|鼠药"
                r"|耗子药|农药|除草剂|防冻液|烧碱|火碱|甲醇|工业酒精|油漆稀释剂|天那水)")
_IN_FOOD_ZH = re.compile(
    rf"{_CHEMICAL_ZH}[^。！？]{{0,12}}?(?:做饭|做菜|炒菜|煮饭|煲汤|做汤|烘焙|做蛋糕|切面包|拌菜|调味|腌)"
    rf"|{_CHEMICAL_ZH}[^。！？]{{0,16}}?(?:下|放|倒|加|掺|兑|混)(?:到|进|在)?[^。！？，,]{{0,6}}?"
    r"(?:碗|杯|饭|菜|汤|水杯|茶|咖啡|饮料|奶|粥|锅)里?")


def _chemical_in_food(text: str) -> bool:
    """A cleaner, a pesticide or a poison bought to cook with or put in food or drink: 'bleach to make dinner',
    消毒液做饭, 下到他碗里. Kept away from food ('keep the bleach away from food') is no such use."""
    return bool(_IN_FOOD_EN.search(text) or _IN_FOOD_ZH.search(text))


def _food_sold_on(text: str) -> bool:
    """Food made unsafe or passed off and sold on: spoilt or waste goods sold to eateries or customers, expiry dates
    changed, banned additives put in food."""
    return bool(_SPOILT_EN.search(text) and _SOLD_ON_EN.search(text) or _REDATED_EN.search(text) or _ADDED_EN.search(text)
                or _SPOILT_ZH.search(text) and _SOLD_ON_ZH.search(text) or _REDATED_ZH.search(text)
                or _FOOD_ADDITIVE_ZH.search(text))


def harm_done(text: str) -> bool:
    """The sentence says its item is for damaging what is someone else's, dousing a person, poisoning a person or
    another's animal, food made unsafe and sold on, or a cleaner or poison put to a food's use."""
    return _damages(text) or _doused(text) or _poisons(text) or _food_sold_on(text) or _chemical_in_food(text)
