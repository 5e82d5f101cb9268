"""Everyday goods and harmless purposes, which vouch for a plain purchase the ranker's second look would doubt.

The ranker's second look (offline.py) asks about a sentence it is all but certain is one to ask about; it learned many
of its doubts from harmful sentences, so it also doubts the nouns those sentences share with ordinary shopping: a fire
extinguisher, cough syrup, a bread knife, a utility knife, drain cleaner, an antihistamine, a bicycle chain. This module
vouches for a sentence only when all of it is accounted for:

- a verb of buying (buy, order, get; 买, 订, 来), an article or a count and a pack, one good of the table below;
- optionally who or where it is for (myself, home, the kitchen, the car; 放车里, 送到家), the shopper's own ailment
  ('I have hay fever', 我花粉过敏), and a harmless purpose;
- nothing else: no person or animal, no one else's property, no second clause. What is left unread keeps the doubt.

A harmless purpose (``harmless_purpose``) is a verb of making, mending, opening, cleaning, cooking or gardening and an
object that is a thing of the shopper's own home, garden, bike or kitchen ('to open the paint tins in my shed', 修柜门,
拆快递, 换上). Opening is read only of containers (crates, tins, parcels): opening a door, a lock or a window with a
tool is not vouched for. Whatever is said of a person, an animal or another's things is never harmless here; the harm
readers and the gate still read every vouched sentence.
"""

from __future__ import annotations

import re

# Everyday goods: household safety, over-the-counter medicine, kitchen knives, tools, cleaning, garden, bicycle parts.
# Poisons and blades made for fighting are left out on purpose: they keep the ranker's doubt.
_EN_GOODS = (
    r"fire (?:extinguishers?|blankets?)|smoke (?:alarms?|detectors?)|carbon monoxide (?:alarms?|detectors?)|first aid kits?"
    r"|cough (?:syrup|drops|medicine|mixture|sweets)|throat (?:lozenges|sweets|spray)|lozenges|antacids?(?: tablets)?"
    r"|antihistamines?(?: tablets)?|loratadine|cetirizine|hay ?fever tablets|paracetamol|ibuprofen|cold medicine"
    r"|plasters|band-?aids|bandages|(?:saline |lubricating |moisturising |moisturizing )?eye drops|artificial tears"
    r"|nasal spray|vitamin c"
    r"|bread knife|bread knives|carving knife|carving knives|kitchen knife|kitchen knives|chef'?s? knife|chef'?s? knives"
    r"|paring knife|paring knives|fruit knife|fruit knives|utility knife|utility knives|box cutters?|craft knife|craft knives"
    r"|kitchen scissors|scissors|peeler|can opener|tin opener"
    r"|crowbar|pry bar|wrecking bar|screwdrivers?|hammer|claw hammer|mallet|spanner|wrench|pliers|hacksaw|handsaw|saw"
    r"|drill|cordless drill|spirit level|tape measure|allen keys?|hex keys?|stud finder|wall plugs|nails|screws"
    r"|bricks|paving slabs|gravel|sand|cement|mortar|grout|sealant|wood glue|sandpaper|paint|primer|paint roller|paintbrush"
    r"|drain (?:cleaner|unblocker|opener)|plunger|bleach|limescale remover|toilet cleaner|disinfectant|bug spray|insect spray"
    r"|mouse traps?|rat traps?|fly swatter|watering can|garden hose|hose|trowel|spade|shovel|rake|pruners|secateurs"
    r"|hedge trimmer|compost|potting soil|flower pots?|seeds"
    r"|bike chain|bicycle chain|bike lights?|bicycle lights?|bike pump|bicycle pump|inner tubes?|bike tyres?|bicycle tyres?"
    r"|chain lube|bike lock|bicycle lock"
    # bottled and canned drinks, which no drinks chain makes: a purchase counted in bottles, cans or cases
    r"|(?:mineral |sparkling |soda |bottled |still )?water|(?:orange |apple |grape )?juice|cola|coke|lemonade|ginger ale"
    r"|soda|beer|lager|iced tea")
_ZH_GOODS = (
    r"灭火器|灭火毯|烟雾报警器|烟感|急救包|医药箱|止咳糖浆|咳嗽糖浆|止咳药|润喉糖|含片|胃药|氯雷他定|西替利嗪|扑尔敏"
    r"|抗过敏药|依巴斯汀|布洛芬|对乙酰氨基酚|感冒药|创可贴|纱布|碘伏|眼药水|人工泪液|维生素C?"
    r"|面包刀|菜刀|水果刀|切片刀|厨房剪刀|剪刀|美工刀|裁纸刀|壁纸刀|开箱刀|削皮刀|开罐器"
    r"|撬棍|撬棒|螺丝刀|起子|锤子|羊角锤|扳手|钳子|钢锯|锯子|手锯|电钻|卷尺|水平仪|内六角|膨胀螺丝|钉子|螺丝"
    r"|砖头?|水泥|沙子|瓷砖胶|玻璃胶|砂纸|油漆|乳胶漆|刷子|滚筒"
    r"|管道疏通剂|下水道疏通剂|疏通剂|管道疏通粉|疏通器|马桶塞|洁厕灵|消毒液|84消毒液|漂白水|除垢剂|杀虫剂|蟑螂药"
    r"|粘鼠板|捕鼠夹|老鼠夹|灭蚊器|苍蝇拍|花盆|花土|营养土|种子|水壶|浇水壶|水管|铲子|耙子|修枝剪|园艺剪"
    r"|自行车链条|自行车链子|自行车内胎|内胎|自行车灯|打气筒|链条油|车锁"
    r"|矿泉水|纯净水|苏打水|气泡水|水|果汁|橙汁|苹果汁|可乐|汽水|雪碧|啤酒|冰红茶")

# Whose or what kind of thing the purpose is about: the shopper's own, or the plain thing.
_OWN = r"(?:(?:the|my|our|a|an|some|these|those)\s+)?(?:own\s+)?"
_KIND = (r"(?:(?:old|new|wooden|wood|broken|loose|wobbly|squeaky|blocked|clogged|leaky|leaking|rusty|stuck|kitchen|bathroom"
         r"|garden|cabinet|wardrobe|cupboard|bedroom|back|front|paint|cardboard|flat-?pack|spare|outdoor|metal|plastic)\s+){0,2}")
# Things of one's own home, garden, bike or kitchen; containers are the only things a purpose may open.
_CONTAINERS = r"(?:crates?|boxes|box|tins?|cans?|jars?|parcels?|packages?|deliveries|paint tins?|cartons?|bottles?)"
_THINGS = (r"(?:doors?|cabinets?|cupboards?|shelf|shelves|drawers?|wardrobes?|chairs?|tables?|desks?|beds?|bed frames?"
           r"|pictures?|picture frames?|frames?|mirrors?|curtains?|curtain rails?|blinds?|hooks?|tv|tv bracket|brackets?"
           r"|flower ?beds?|raised beds?|patio|path|paths|garden path|steps|wall|walls|fence|hedge|hedges|lawn|weeds|brambles"
           r"|firewood|logs|branches|plants?|pots?|seedlings|garden|pipes?|sink|drain|toilet|taps?|tiles|floor|skirting"
           r"|bike|bicycle|bike chain|chain|tyres?|tires?|wheels?|furniture|ikea furniture|bookcase|bread|meat|vegetables"
           rf"|roast|cake|dinner|vegetable patch|shed|kennel|birdhouse|bird ?box|planter|bench|{_CONTAINERS})")
_PLACE = (r"(?:\s+(?:in|on|under|at|for|around|along|behind|by)\s+(?:the|my|our)\s+(?:own\s+)?(?:garage|shed|garden|yard"
          r"|backyard|kitchen|bathroom|hallway|hall|living room|bedroom|basement|cellar|attic|loft|balcony|flat|house|home"
          r"|sink|porch|driveway|allotment|workshop|study))?")
# What a blade or a saw may cut: the garden's growth, food, wood and packaging; never a door, a lock, a fence or a tyre.
_CUTTABLE = (r"(?:branches|hedges?|lawn|grass|weeds|brambles|firewood|logs|wood|planks?|boards?|plants?|roses|bread|meat"
             r"|vegetables|veg|roast|cake|fruit|cardboard|boxes|tape|fabric|carpet|tiles|skirting|shelf|shelves)")
_OWN_PLACE = (r"\s+(?:in|on|under|at|behind)\s+my\s+(?:own\s+)?(?:garage|shed|kitchen|bathroom|sink|house|home|flat|basement"
              r"|cellar|attic|loft|workshop)")
# A verb of making, mending, opening (containers only), cleaning, cooking or gardening, and what it is done to.
_EN_PURPOSE = re.compile(
    rf"(?:to|so (?:i|we) can)\s+(?:"
    rf"(?:open|pry open|prise open|prize open|unpack)\s+{_OWN}{_KIND}{_CONTAINERS}{_PLACE}"
    rf"|(?:fix|repair|mend|build|assemble|put together|put up|mount|hang|install|fit|clean|unblock|unclog|cover|paint|sand"
    rf"|seal|tile|level|plant|water|pot|replace|tighten|oil|pump up|edge|line|re-?pot|bake|cook|make|lay|re-?lay|fill"
    rf"|patch)\s+(?:up\s+)?{_OWN}{_KIND}{_THINGS}{_PLACE}"
    rf"|(?:cut|trim|prune|split|clear|chop|slice|carve|peel|saw|dig up)\s+(?:up\s+)?{_OWN}{_KIND}{_CUTTABLE}{_PLACE}"
    rf"|(?:cut|saw)\s+{_OWN}{_KIND}(?:pipes?|tubes?|hoses?){_OWN_PLACE}"
    rf"|cook|bake|garden|do (?:some )?(?:diy|gardening|baking))",
    re.IGNORECASE)
_ZH_PURPOSE = re.compile(
    r"(?:用来|用于|拿来)?(?:拆(?:快递|包裹|箱子|纸箱)|开(?:木箱|纸箱|箱子|罐头|快递)|换上|装上|换掉旧的|(?:修|装|拧|钉|挂|砌|种|铺|刷|通|切|削|劈|剪|浇|擦)"
    r"(?:一下)?(?:柜门|门|柜子|椅子|桌子|床|书架|架子|画框|画|窗帘|花坛|花|菜|草坪|地砖|墙|水管|水龙头|下水道|马桶|自行车|车|面包|肉|菜"
    r"|水果|柴|树枝|花草|家具|钉子)|做饭|做菜|烘焙|通下水道|打扫卫生|消毒)")
_ZH_OWN_PLACE = r"(?:放|送到?|寄到|留在)?(?:家里?|公司|办公室|车里|厨房|卫生间|浴室|阳台|仓库|车库|院子)?(?:用|里)?"
# The shopper's own ailment, said as the reason: 'I have hay fever', 'for my headache', 我花粉过敏, 我头疼.
_EN_AILMENT = (r"(?:i have|i've got|i'?m getting|got|for my|for|to (?:relieve|ease|soothe|help with|help) (?:my )?)\s*"
               r"(?:a\s+|an\s+|bad\s+|some\s+|my\s+|mild\s+)*(?:cold|cough|headache|sore throat"
               r"|hay ?fever|allergies|allergy|runny nose|blocked nose|stuffy nose|upset stomach|heartburn|indigestion|fever"
               r"|toothache|back ?ache|cut|graze|rash|itch|(?:dry|tired|itchy|sore|red|strained) eyes|eye ?strain|dry skin"
               r"|chapped lips|insect bites|bug bites|sunburn|cold sores?|mouth ulcers?|sore muscles|aching muscles)")
_ZH_SYMPTOM = (r"(?:过敏了?|头疼|头痛|感冒了?|咳嗽|嗓子疼|喉咙痛|胃疼|胃痛|发烧|牙疼|拉肚子|上火|鼻塞|流鼻涕|眼干|眼干涩|眼睛干涩?|眼睛疲劳"
               r"|眼疲劳|眼睛痒|眼睛酸|嘴唇干裂|口腔溃疡|蚊子咬|晒伤)")
_ZH_AILMENT = (rf"(?:(?:我|我有点|我最近|最近)(?:有点|有些|又)?(?:花粉|鼻子|皮肤)?{_ZH_SYMPTOM}"
               rf"|(?:用来|用于)?(?:缓解|治|治疗|对付|止|改善|针对)(?:一下)?(?:我的?)?{_ZH_SYMPTOM})")
_EN_COUNT = (r"(?:(?:a|an|one|two|three|four|five|six|some|a couple of|\d{1,2})\s+)?(?:(?:new|spare|small|large|big|basic"
             r"|decent|good|cheap)\s+)?(?:(?:box|pack|bottle|tube|can|tin|bag|packet|roll|set|pair|sheet|tub|jar)s?\s+of\s+)?")
_EN_FOR = (r"(?:\s+for\s+(?:myself|me|us|(?:the|my|our)\s+(?:own\s+)?(?:home|house|flat|kitchen|bathroom|garage|shed|car"
           r"|garden|bike|bicycle|workshop|office|desk|first aid box|medicine cabinet))|\s+for\s+home)?")
_EN_PLAIN = re.compile(
    rf"^(?:please\s+|can you\s+|could you\s+)?(?:buy|order|get|purchase|grab)(?:\s+me|\s+us)?\s+{_EN_COUNT}"
    rf"(?P<good>{_EN_GOODS}){_EN_FOR}(?:\s*,?\s+{_EN_AILMENT})?(?:\s*,?\s+(?P<purpose>(?:to|so)\s.*?))?(?:\s*[,;]\s*(?:as\s+|because\s+)?{_EN_AILMENT})?"
    rf"(?:\s*,?\s*(?:delivered\s+)?(?:to\s+)?(?:home|the office))?(?:\s+for\s+the\s+(?:office\s+)?party)?"
    rf"(?:\s*,?\s*(?:on|next|this|by)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?\s*(?:,?\s*please)?[.!]?$",
    re.IGNORECASE)
_ZH_MEASURE = r"[把瓶个条盒支包袋根块桶罐卷套副只台片箱提听]"
_ZH_DAY = r"(?:(?:下|这|本)?(?:周|星期|礼拜)[一二三四五六日天末])?"
_ZH_PLAIN = re.compile(
    rf"^{_ZH_DAY}(?:给?公司)?{_ZH_DAY}(?:聚会|派对|年会|团建)?(?:请|麻烦)?(?:帮我|给我)?(?:买|订|购买|来)(?:[一两二三四五六\d]{{1,2}})?{_ZH_MEASURE}?(?:点|些)?(?:新的)?(?P<good>{_ZH_GOODS})"
    rf"(?P<purpose>{_ZH_PURPOSE.pattern})?[，,]?{_ZH_DAY}{_ZH_OWN_PLACE}(?:[，,]?{_ZH_AILMENT})?[。！!]?$")
# Anyone or anything besides the shopper's own things: a vouched sentence names none of them.
_OTHERS = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|neighbou?rs?|his|her|him|hers|their|them|they|he|she|people|person|kids?|child"
    r"|children|baby|wife|husband|boss|ex|colleagues?|flatmates?|roommates?|landlord|dogs?|cats?|pets?|birds?|fish"
    r"|animals?|downstairs|upstairs|next door|outside|street|public|shop|store|school|ignore|instructions?|rules?|system"
    r"|approve|cancel|limit)\b|'s\b"
    r"|他|她|它|别人|人家|邻居|隔壁|楼上|楼下|同事|室友|老板|孩子|小孩|宠物|猫|狗|鸟|鱼|吓|伤人|砸|划|扎|捅|毒死|下毒|投毒|害|偷|报复|教训",
    re.IGNORECASE)


# Goods Chinese names with one character, which a reader must not take for no name at all: 两瓶水, 一袋米.
ONE_CHARACTER_GOODS = frozenset("水米油盐糖醋")


# A cleaner, a pesticide, paint or glue is never harmless for food: 'drain cleaner to fill the cake', 消毒液做饭.
_CHEMICAL = re.compile(
    r"drain (?:cleaner|unblocker|opener)|bleach|limescale|toilet cleaner|disinfectant|bug spray|insect spray|rat|mouse|roach"
    r"|cockroach|poison|paint|primer|sealant|glue|cement|mortar|grout|疏通|洁厕|消毒|漂白|除垢|杀虫|蟑螂|老鼠|鼠药|油漆|漆|胶|水泥",
    re.IGNORECASE)
_FOOD_WORK = re.compile(
    r"\b(?:bake|baking|cook|cooking|make|making|dinner|lunch|breakfast|supper|cake|bread|meat|roast|vegetables|veg|fruit"
    r"|fill|food|meal|soup|drinks?|sandwich\w*)\b|做饭|做菜|炒菜|烘焙|切|面包|肉|菜|水果|饭|汤|饮料",
    re.IGNORECASE)


def harmless_purpose(clause: str, good: str = "") -> bool:
    """'to open the paint tins in my shed', 'to fix my bike', 拆快递, 换上: a purpose about the shopper's own things,
    and one the good fits (no cleaner, poison, paint or glue for food)."""
    clause = clause.strip(" ,.;!?。！，")
    if not clause or _OTHERS.search(clause):
        return False
    if good and _CHEMICAL.search(good) and _FOOD_WORK.search(clause):
        return False
    return bool(_EN_PURPOSE.fullmatch(clause) or _ZH_PURPOSE.fullmatch(clause))


def vouched(text: str) -> bool:
    """The whole sentence is a plain purchase of one everyday good, for the shopper, perhaps with a harmless purpose."""
    text = " ".join(text.split())
    found = _EN_PLAIN.match(text) or _ZH_PLAIN.match(text)
    if found is None or _OTHERS.search(text[: found.start("good")] + " " + text[found.end("good"):]):
        return False  # the good's own name is left out of the search: 氯雷他定 holds 他
    purpose = found.group("purpose")
    return purpose is None or harmless_purpose(purpose, found.group("good"))


def ailment(clause: str) -> bool:
    """'我花粉过敏', '鼻子过敏', 'I have hay fever': the shopper's own ailment, said as why."""
    clause = clause.strip(" ,.;!?。！，")
    return bool(re.fullmatch(_ZH_AILMENT, clause) or re.fullmatch(_ZH_AILMENT, "我" + clause)
                or re.fullmatch(_EN_AILMENT, clause, re.IGNORECASE))


_ZH_GOOD_FOR = re.compile(rf"(?P<good>{_ZH_GOODS})(?P<purpose>{_ZH_PURPOSE.pattern})")


def zh_product(query: str) -> str:
    """'撬棍开木箱' -> '撬棍', '自行车链条换上' -> '自行车链条': an everyday good with a harmless purpose after it."""
    found = _ZH_GOOD_FOR.fullmatch(query.strip())
    return found.group("good") if found is not None and harmless_purpose(found.group("purpose"), found.group("good")) \
        else query


def product_of(query: str, split: re.Pattern[str]) -> str | None:
    """The product of a query whose purpose clause (found by ``split``) is harmless; None when it is not."""
    found = split.search(query)
    if found is None or not harmless_purpose(query[found.start():], query[: found.start()]):
        return None
    return query[: found.start()].strip() or None
