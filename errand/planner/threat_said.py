"""Harm meant with a purchase and said after it, obliquely or outright, read by class rather than by item:

- a threat on a person's life or body said with no harm verb on the item: the item 'used on' a person, a person who
  'won't see tomorrow' ('a set of cleavers, the big one is for him', "he won't make it to Monday", 他活不过这周,
  明晚用在她身上, 让他见不到明天);
- a person tied up, locked or shut in somewhere ('rope to tie my cousin up in the shed', 把弟弟锁在地下室), or any kin
  word of the shared lexicon kept in a room ('my stepson kept in his room for a week', "can't get out of her room",
  把继子关在房间里);
- a child given what is not food as sweets, or a person with an allergy given the allergen ('detergent pods for the
  baby, as candy', 'shrimp crackers to sneak to my colleague, she's allergic, as a prank', 给宝宝当糖吃,
  给对花生过敏的同学吃);
- arson: a building, a home or a public place burnt or set alight ('the library is going down', 'set fire to his
  shed', 把学校体育馆烧了, 把他家点了, 纵火, 放把火);
- a shop's, an office's or a public place's glass or lock damaged ('a brick to put through the café window',
  'superglue for the lock on my manager's office', 砸店铺玻璃, 把锁眼堵上);
- a spray used on people ('a spray to spray the marchers', 喷游行的人);
- a poison or a medicine wanted colourless, odourless or undetectable (无色无味的药, 'a poison nobody can taste').

The same items used on food, plants, the shopper's own things, candles, stoves and pests stay purchases ('I'll use
the big one on the turkey', 用在排骨上, 'rope to tie up the tomato plants', 买个打火机点蜡烛, 'glue to fix my own lock',
'a brick for my garden border'): each needs a person, a child, or a place not the shopper's own to bear the harm.
"""

from __future__ import annotations

import re

from .people_words import KIN_EN, KIN_ZH

# ---- a person, in English ----------------------------------------------------------------------------------------
_ROLE_EN = (r"(?:guy|bloke|man|woman|lady|girl|boy|dude|kid|child|toddler|baby|teacher|boss|manager|landlord|neighbou?r"
            r"|classmate|coworker|co-worker|colleague|brother|sister|cousin|son|daughter|husband|wife|ex|flatmate|roommate"
            r"|stepdad|stepmum|stepmom|nephew|niece|bully|bastard|idiot|jerk|prick|teen|student|pupil|tenant|uncle|aunt)")
# 'him', 'my little brother', 'the teacher', 'that guy next door' (not 'my brother's bike').
_PERSON_EN = (rf"(?:him|her|them|(?:my|our|the|that|this|his|her|their)\s+(?:(?:little|baby|younger|older|big|kid|new"
              rf"|annoying|\d+[- ]year[- ]old)\s+){{0,2}}{_ROLE_EN}s?(?!['’]|\s+(?:'s|bike|car|toy|room)))")
# Any kin or role word of the shared lexicon (step-, half- and in-law relations too), not a possessive.
_KIN_PERSON_EN = (rf"(?:him|her|them|(?:my|our|the|that|his|her|their)\s+(?:(?:little|younger|older|big|new|annoying)\s+)?"
                  rf"(?:{KIN_EN}|{_ROLE_EN})s?(?![\w'’-]))")
_PRONOUN_EN = (rf"(?:he|she|they|(?:that|this|the|my)\s+(?:(?:little|annoying)\s+)?{_ROLE_EN})")
_THREAT_EN = re.compile(
    # the item used on a person: "I'll use the biggest one on him tonight"
    rf"\buse\s+(?:it|them|this|that|these|those|the\s+(?:\w+\s+){{0,2}}?(?:one|ones|blade|knife|axe|hammer))\s+on\s+"
    rf"{_PERSON_EN}\b"
    # a life said to end: "he won't see tomorrow", "she won't live to see Monday", "he's not making it to Friday"
    rf"|\b{_PRONOUN_EN}\s*(?:won'?t|will\s+not|(?:isn'?t|ain'?t|(?:is|'s|are|'re)\s+not)\s+(?:going\s+to|gonna)"
    r"|not\s+gonna|(?:is|'s)\s+not)\s+(?:live\s+to\s+)?(?:see|seeing|make\s+it\s+(?:to|through|past)|making\s+it\s+(?:to|through|past)"
    r"|wake\s+up|survive|last)\s+(?:till\s+|until\s+)?(?:tomorrow|tonight|the\s+(?:night|morning|weekend|week)|morning"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next\s+\w+|another\s+day|the\s+day)\b"
    rf"|\b{_PRONOUN_EN}\s+(?:is|'s)\s+(?:a\s+dead\s+(?:man|woman)|dead\s+meat|done\s+for)\b"
    # shut in or tied up: "tie up my little brother in the basement", "lock her in the cellar"
    rf"|\b(?:tie|tying|ties|lock|locking|chain|chaining|shut|shutting|duct[- ]tape|gag|gagging)\s+(?:up\s+)?{_PERSON_EN}"
    r"\s+(?:up\s+)?(?:in|inside|to|into|under|down\s+in)\s+(?:the|a|my|our|his|her)\s+"
    r"(?:basement|cellar|attic|garage|shed|closet|cupboard|wardrobe|boot|trunk|cage|crate|room|bathroom|chair|bed|radiator"
    r"|pipe|tree|post|pole)\b"
    rf"|\b(?:tie|tying|chain|chaining|duct[- ]tape|gag|gagging)\s+(?:up\s+)?{_PERSON_EN}\s+up\b"
    rf"|\b(?:tie|tying)\s+up\s+{_PERSON_EN}\b"
    # kept shut in a room: 'my stepson needs to be kept in his room for a week', "my nephew can't get out of his room"
    rf"|\b{_KIN_PERSON_EN}\s+(?:[\w'’]+\s+){{0,4}}?(?:kept|locked|shut|confined|trapped|chained)\s+(?:up\s+)?(?:in|inside)"
    r"\s+(?:the|a|my|our|his|her|their)\s+(?:bed)?(?:room|basement|cellar|attic|garage|shed|closet|house|flat)\b"
    rf"|\b{_KIN_PERSON_EN}\s+(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to)\s+get\s+out"
    r"\s+of\s+(?:the|his|her|their|my|our)\s+(?:bed)?(?:room|basement|cellar|attic|garage|shed|closet|house|flat)\b",
    re.IGNORECASE)

# ---- a child or an allergic person fed what hurts them -------------------------------------------------------------
_NOT_FOOD_EN = (r"(?:laundry|detergent|dishwasher|washing|tide|cleaning)\s+(?:pods?|capsules?|tablets?|tabs?|pacs?)|pods?"
                r"|bleach|batteries|button\s+cells?|magnets?|pills?|tablets?|mothballs?|rat\s+poison|desiccant|silica\s+gel"
                r"|detergent|soap|cigarettes?|vapes?|e-cig\w*")
_CHILD_EN = (r"(?:toddlers?|baby|babies|infants?|kids?|child|children|son|daughter|nephew|niece|little\s+\w+|\d+[- ]year[- ]old"
             r"|boy|girl|grandson|granddaughter)")
# Read together: what is not food, a child it is given to, and the child told or given it as a sweet.
_NOT_FOOD_RE = re.compile(rf"\b(?:{_NOT_FOOD_EN})\b", re.IGNORECASE)
_TO_CHILD_EN = re.compile(rf"\b(?:give|giving|gave|feed|feeding|hand|handing|offer|offering|let|tell|telling)\b[^.!?]{{0,25}}?"
                          rf"\b(?:the|my|our|his|her|a|to)\s+(?:\w+\s+)?{_CHILD_EN}\b", re.IGNORECASE)
_AS_SWEETS_EN = re.compile(r"\b(?:as|like|for|are|they'?re|it'?s|pretend\w*\s+(?:they'?re|it'?s))\s+(?:a\s+|some\s+)?"
                           r"(?:candy|candies|sweets?|treats?|snacks?|gumm(?:y|ies)|jelly|jellies|chocolates?|lollies)\b",
                           re.IGNORECASE)
# A household thing that is never food, bought for a child to eat or swallow ('… for the baby to chew on'); pills
# and tablets are left out here, a child's chewable medicine being ordinary.
_HOUSEHOLD_EN = re.compile(
    r"\b(?:(?:laundry|detergent|dishwasher|washing|cleaning)\s+(?:pods?|capsules?|tablets?|tabs?|pacs?)|pods?|bleach"
    r"|batteries|button\s+cells?|magnets?|mothballs?|rat\s+poison|desiccant|silica\s+gel|detergent|soap|cigarettes?)\b",
    re.IGNORECASE)
_CHILD_TO_EAT_EN = re.compile(rf"\bfor\s+(?:the|my|our|his|her|a)\s+(?:\w+\s+)?{_CHILD_EN}\s+to\s+"
                              r"(?:eat|swallow|chew(?:\s+on)?|suck\s+on|drink|taste|snack\s+on)\b", re.IGNORECASE)
_ALLERGEN_EN = (r"(?:peanuts?|nuts?|almonds?|cashews?|walnuts?|hazelnuts?|shellfish|shrimps?|prawns?|crab|lobster|milk|dairy"
                r"|eggs?|gluten|wheat|soy|sesame|fish|kiwi|strawberr(?:y|ies)|penicillin)")
# The allergen slipped to someone who is allergic, or a prank made of it.
_ALLERGY_PRANK_EN = re.compile(
    rf"\b(?<!no\s)(?<!free\s){_ALLERGEN_EN}(?![- ]free)\b[^.!?]{{0,80}}?\b(?:allergic|allergy|allergies)\b"
    rf"|\b(?:allergic|allergy|allergies)\b[^.!?]{{0,60}}?\b{_ALLERGEN_EN}(?![- ]free)\b",
    re.IGNORECASE)
_SLIPPED_EN = re.compile(r"\b(?:prank\w*|joke|laugh|for\s+fun|sneak\w*|slip(?:ping)?|secretly|hid(?:e|ing|den)\s+(?:it|them)"
                         r"|without\s+(?:him|her|them)\s+know\w*|trick\w*|spike\w*|mix\w*\s+(?:it|them)\s+in\w*)\b",
                         re.IGNORECASE)
_NOBODY_ALLERGIC = re.compile(r"\b(?:none\s+of\s+(?:us|them)|nobody|no\s+one|not)\s+(?:is\s+|are\s+|'s\s+)?allergic|\bavoid"
                              r"|\bkeep\s+(?:it|them)?\s*away|\bsafe\s+for|\bfree\s+from|\bwithout\s+(?:nuts|peanuts)",
                              re.IGNORECASE)

# ---- arson and damage to a place ---------------------------------------------------------------------------------
_PLACE_EN = (r"(?:school|gym|gymnasium|library|church|mosque|temple|synagogue|office|shop|store|bakery|caf[eé]|restaurant"
             r"|bar|pub|bank|station|hall|house|home|flat|apartment|shed|barn|garage|warehouse|factory|building|classroom"
             r"|clinic|hospital|bus\s+stop|car|cars|van|stall|mall|market|theatre|cinema|hotel|club|dorm|dormitory)")
_OTHERS_EN = (rf"(?:the|that|this|his|her|their|a|an|(?:my|our|the)\s+(?:{_ROLE_EN})['’]s|[a-z]+['’]s)")
_ARSON_EN = re.compile(
    rf"\b(?:burn(?:ing)?|torch(?:ing)?|set(?:ting)?\s+(?:fire\s+to|alight|on\s+fire)|light(?:ing)?\s+up|firebomb\w*)"
    rf"\s+(?:down\s+)?(?:the\s+whole\s+)?{_OTHERS_EN}\s+(?:[\w-]+\s+){{0,2}}?{_PLACE_EN}\b(?:\s+down)?"
    rf"|\b(?:burn|torch)\s+(?:it|them)\s+(?:all\s+)?down\b"
    rf"|\b(?:the|that|this|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_PLACE_EN}\s+(?:is|'s|are|will\s+be|is\s+gonna\s+be)\s+"
    r"(?:going|gonna\s+go|go(?:ing)?)\s+up\s+in\s+(?:flames|smoke)\b"
    rf"|\b(?:the|that|this|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_PLACE_EN}\s+(?:will|is\s+going\s+to|is\s+gonna)\s+burn\b"
    r"|\barson\b",
    re.IGNORECASE)
# 'the gym is going down' is arson only with what lights a fire beside it (a shed 'going down' with a chainsaw is not).
_GOING_DOWN_EN = re.compile(rf"\b(?:the|that|this|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_PLACE_EN}\s+(?:is|'s|are|will\s+be"
                            r"|is\s+gonna\s+be)\s+(?:going|gonna\s+go|go(?:ing)?)\s+down\b", re.IGNORECASE)
_FIRE_GOODS = re.compile(r"\b(?:lighters?|lighter\s+fluid|matches|petrol|gasoline|gas\s+can|kerosene|paraffin|accelerants?"
                         r"|firelighters?|fire\s+starters?|molotovs?|diesel|thinners?|flares?|fireworks?)\b", re.IGNORECASE)
_GLASS_EN = r"(?:window|windows|shop\s*front|storefront|glass|door|doors|display)"
_SMASH_EN = re.compile(
    rf"\b(?:smash|smashing|break|breaking|shatter|shattering|throw\s+(?:it\s+)?(?:through|at)|put\s+(?:it\s+)?through"
    rf"|chuck\s+(?:it\s+)?(?:through|at))\s+(?:the|that|this|a|their|his|her|[a-z]+['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_PLACE_EN}['’]?s?\s+{_GLASS_EN}\b"
    rf"|\b(?:glue|superglue|jam|block|plug|clog|stuff|fill)\w*\s+(?:up\s+)?(?:the|his|her|their|that)\s+(?:[\w-]+['’]s\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:locks?|keyholes?|lock\s+cylinders?)\b"
    rf"|\b(?:glue|superglue|jam|block|plug|clog)\w*\s+(?:up\s+)?(?:the\s+)?(?:locks?|keyholes?)\s+(?:on|of|to)\s+"
    rf"(?!my\b|our\b)(?:the|his|her|their|that|[\w-]+['’]s)\b",
    re.IGNORECASE)
# A spray at people: 'spray the protesters', 'to spray at the crowd'.
_SPRAY_EN = re.compile(
    r"\bspray(?:ing)?\s+(?:it\s+)?(?:at\s+|on\s+|in\s+)?(?:the\s+|those\s+|some\s+|a\s+bunch\s+of\s+)?(?:protesters?|marchers?"
    r"|strikers?|demonstrators?|crowds?|people|passers-?by|those\s+\w+|kids|students|fans|activists)\b"
    r"|\bspray(?:ing)?\s+(?:him|her|them)\s*(?=$|[,.!?]|with\b|in\s+the\s+(?:face|eyes)|when\b|if\b)",
    re.IGNORECASE)
_UNTRACEABLE_EN = re.compile(
    r"\b(?:poison|toxin|drug|substance|chemical|powder|liquid)s?\b[^.!?]{0,40}?\b(?:colou?rless\s+and\s+odou?rless"
    r"|odou?rless\s+and\s+(?:colou?rless|tasteless)|tasteless|undetectable|untraceable|can'?t\s+be\s+(?:tasted|traced"
    r"|detected)|nobody\s+(?:can|will)\s+(?:taste|notice|detect)|won'?t\s+show\s+up)\b"
    r"|\b(?:colou?rless\s+and\s+odou?rless|tasteless|undetectable|untraceable)\s+(?:poison|toxin|drug)s?\b",
    re.IGNORECASE)
_PESTS = re.compile(r"\b(?:rats?|mice|mouse|rodents?|cockroach\w*|roach\w*|ants?|insects?|bugs?|pests?|termites?|weeds?"
                    r"|slugs?|moles?|wasps?|fleas?|flies)\b|老鼠|耗子|蟑螂|蚂蚁|害虫|白蚁|蚊子|苍蝇|杂草", re.IGNORECASE)

# ---- Chinese -------------------------------------------------------------------------------------------------------
_WHO_ZH = (r"(?:他们|她们|他|她|那人|那个人|那家伙|那小子|那孙子|老师|班主任|同学|同桌|老板|领导|经理|同事|室友|舍友|邻居|房东"
           r"|前任|前男友|前女友|老公|老婆|弟弟|妹妹|哥哥|姐姐|儿子|女儿|孩子|小孩|宝宝|表弟|表妹|继父|后妈|仇人)")
_THREAT_ZH = re.compile(
    rf"{_WHO_ZH}(?:肯定|绝对|保证|就|怕是|恐怕)?(?:活不过|活不到|过不了|见不到|看不到)(?:今晚|今天|明天|明早|明晚|后天|这周|下周"
    r"|周[一二三四五六日末]|这个月|下个月|年底|天亮|新年)"
    rf"|让{_WHO_ZH}(?:见不到|看不到|活不过|活不到)(?:明天|明早|天亮|后天|这周)"
    rf"|用在{_WHO_ZH}身上|往{_WHO_ZH}身上(?:招呼|捅|砍|扎|用)|{_WHO_ZH}(?:死定了|等着收尸|别想活)"
    # shut in or tied: 把弟弟锁在地下室, 绑住她, 把他绑在椅子上
    rf"|把(?:我|我们)?(?:的|家)?(?:小)?(?:{_WHO_ZH}|{KIN_ZH})(?:绑|捆|锁|关|拴)(?:起来)?(?:在|进|到)[^，。！？,.!?]{{0,6}}?"
    r"(?:地下室|地窖|车库|阁楼|柜子|衣柜|笼|箱|后备箱|厕所|卫生间|椅子|床|树|屋|房间|杂物间)"
    rf"|(?:绑|捆)(?:住|起)(?:我|我们)?(?:的|家)?(?:小)?{_WHO_ZH}")
_NOT_FOOD_ZH = r"(?:洗衣凝珠|洗衣球|洗衣液|洗洁精|洗碗块|凝珠|漂白剂|消毒液|电池|纽扣电池|磁铁|磁珠|樟脑丸|干燥剂|药片|安眠药|烟)"
_FED_ZH = re.compile(
    rf"{_NOT_FOOD_ZH}[^。！？]{{0,20}}?(?:给|喂|让)[^。！？，,]{{0,6}}?(?:孩子|小孩|宝宝|娃|儿子|女儿|侄子|侄女|外甥|孙子|孙女"
    r"|弟弟|妹妹|学生|小朋友)[^。！？]{0,6}?(?:当|作为|说是)(?:糖|糖果|零食|果冻|软糖|巧克力)"
    r"|(?:过敏)[^。！？]{0,20}?(?:整|恶作剧|开(?:个)?玩笑|偷偷|悄悄|骗|放进|混进|掺)"
    r"|(?:整|恶作剧|开(?:个)?玩笑|偷偷|悄悄|骗)[^。！？]{0,20}?过敏"
    rf"|给对[^。！？，,]{{0,6}}过敏的{_WHO_ZH}(?:吃|喝|尝)")
_NOT_ALLERGIC_ZH = re.compile(r"(?:没人|没有人|都不|不|没)过敏|防过敏|抗过敏|过敏药|(?:我|自己)(?:对[^，。！？]{0,6})?过敏")
_ARSON_ZH = re.compile(
    r"纵火|放(?:一把|把)?火烧|放火|(?<!防)火烧(?:了|掉)?(?:他|她|学校|公司|店)"
    r"|把[^，。！？,.!?]{0,10}?(?:学校|体育馆|教室|图书馆|宿舍|办公室|公司|店|店铺|商店|饭店|饭馆|超市|商场|网吧|酒吧|仓库|工厂"
    r"|厂房|房子|家|屋|楼|楼道|车|车棚|车库|庙|教堂|医院|车站)(?:给)?(?:烧|点|烧掉|烧毁|点着|点燃)(?:了|掉|光|毁)"
    rf"|(?:烧|点|烧掉|烧毁|点着|点燃)了?(?:{_WHO_ZH}|别人|人家|隔壁|邻居)(?:的)?(?:家|房子|屋|店|车|车库|仓库)"
    r"|(?:烧|烧掉|烧毁|点燃)(?:学校|体育馆|教室|图书馆|宿舍|公司|店铺|商店|仓库|工厂)")
_DAMAGE_ZH = re.compile(
    r"(?:砸|砸碎|砸烂|砸破|打碎|打破|敲碎|敲烂)(?:了)?[^，。！？,.!?]{0,8}?(?:店铺|店|商店|商铺|铺子|饭店|餐厅|银行|学校|教室"
    r"|办公室|公司|超市|橱窗|公交站|车站|门面)(?:的)?(?:玻璃|橱窗|窗户|窗|门|招牌)"
    r"|把[^，。！？,.!?]{0,8}?(?:店铺|店|商店|商铺|饭店|餐厅|银行|学校|教室|办公室|公司|超市|公交站|车站|门面)(?:的)?"
    r"(?:玻璃|橱窗|窗户|窗|门|招牌)(?:给)?(?:砸|敲|打|踹)(?:碎|烂|破)?了"
    r"|(?<!我家)(?<!我的)(?<!自己)(?:锁眼|锁孔|锁芯)(?:给)?(?:堵上|堵了|堵住|堵死|灌|塞|粘|封)"
    r"|(?:堵|灌|塞|粘)(?:上|住|死)?(?:了)?[^，。！？,.!?]{0,8}?(?:的)?(?:锁眼|锁孔)")
_SPRAY_ZH = re.compile(rf"喷(?:向|到)?(?:抗议的人|抗议者|游行的人|游行队伍|示威者|人群|路人|{_WHO_ZH}(?!的))(?!家|的)")
_UNTRACEABLE_ZH = re.compile(r"(?:毒|药)[^。！？]{0,12}?(?:无色无味|无色无臭|无味无色|查不出|验不出|尝不出|不留痕迹)"
                             r"|(?:无色无味|无色无臭|查不出来?|验不出来?)[^。！？]{0,6}?(?:毒|药)")


def threat_said(text: str) -> bool:
    """The sentence says its purchase is for threatening, confining or poisoning a person, feeding a child what is not
    food or an allergic person their allergen, burning a place, damaging a shop's or office's glass or lock, or
    spraying people."""
    if _THREAT_EN.search(text) or _THREAT_ZH.search(text):
        return True
    if _NOT_FOOD_RE.search(text) and _TO_CHILD_EN.search(text) and _AS_SWEETS_EN.search(text):
        return True
    if _HOUSEHOLD_EN.search(text) and _CHILD_TO_EAT_EN.search(text):
        return True
    if _ALLERGY_PRANK_EN.search(text) and _SLIPPED_EN.search(text) and not _NOBODY_ALLERGIC.search(text):
        return True
    if _FED_ZH.search(text) and not _NOT_ALLERGIC_ZH.search(text):
        return True
    if _GOING_DOWN_EN.search(text) and _FIRE_GOODS.search(text):
        return True
    if _ARSON_EN.search(text) or _ARSON_ZH.search(text) or _SMASH_EN.search(text) or _DAMAGE_ZH.search(text):
        return True
    if _SPRAY_EN.search(text) or _SPRAY_ZH.search(text):
        return True
    return bool((_UNTRACEABLE_EN.search(text) or _UNTRACEABLE_ZH.search(text)) and not _PESTS.search(text))
