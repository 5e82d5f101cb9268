"""What the agent does not do, so the planner asks instead of acting: things outside shopping (flights,
money transfers, accounts, jokes), steps only the shopper may take (approving, signing, cancelling), and
goods no errand buys (weapons, drugs, unbounded amounts of medicine). Asking whether a shop sells a thing ("do
you sell oat milk?", "got sell yoga mat or not?") is not selling.
"""

from __future__ import annotations

import re

from . import services as sv
from . import street_drugs as sd
from . import titles as tl

# (Wire bought as a thing, 'bonsai wire', '3 rolls of wire', 'wire hangers', is no wiring of money.)
_OUT_OF_SCOPE = re.compile(
    r"\b(?:(?<!for my )(?<!for the )(?<!for a )(?<!dart )(?<!darts )(?<!-tip )(?<!tip )flights?(?![ -](?:and shafts|shafts|stems|protectors|case|wallet))|plane tickets?|air ?tickets?|train tickets?|hotels?|(?<!for the )(?<!for my )(?<!for our )(?:taxis?|cabs?)|uber|didi|book (?:a )?table"
    r"|restaurant reservation|reserve a table|transfer(?![ -](?:paper|tape|sheets?|film|vinyl|stickers?|decals?|pens?))|(?<!\bof )(?<!mm )(?<!bonsai )(?<!copper )(?<!steel )(?<!aluminium )(?<!aluminum )(?<!brass )(?<!garden )(?<!craft )(?<!florist )(?<!floral )(?<!picture )(?<!fence )(?<!fencing )(?<!chicken )(?<!barbed )(?<!tie )(?<!jewellery )(?<!jewelry )(?<!beading )(?<!armature )(?<!galvanised )(?<!galvanized )(?<!stainless )(?<!piano )(?<!speaker )(?<!electrical )(?<!hanging )(?<!binding )(?<!silver )(?<!gold )(?<!tinned )(?<!enamelled )(?<!enameled )(?<!solder )wire(?!\s+(?:hangers?|mesh|cutters?|strippers?|brush(?:es)?|rope|racks?|baskets?|shel\w+|ties?|nuts?|wool|fenc\w+|frames?|whisks?|loops?|edging|rolls?|spools?|reels?|netting|clips?)\b)|send (?:the )?money|pay (?!for\b)(?!(?:it |them |for it )?(?:with|using|by|on) (?:my (?:own |usual |saved |default |registered )?|the (?:saved |usual |default )?)(?:(?:credit|debit|bank) )?(?:card|account|payment method|alipay|wechat(?: pay)?)\b)[a-z]+|lend|loan"
    r"|passwords?|log ?in|account|sign (?:it|the quote|for me)|approve|cancel(?! (?:any |the |all |out |no )?(?:noise|sound|echo))|unsubscribe|weather|jokes?"
    r"|poems?(?!\s+(?:books?|collections?|antholog\w*|cards?|prints?|posters?))|homework|bitcoin|crypto|(?<!got )(?<!you )(?<!they )sell(?! \w+ or not\b)|delete|write me|call me a|essay"
    # approving or calling off said another way: "sign off on the order", "green-light it", "call off the order"
    r"|sign(?:ing)? off|green-?light|rubber-?stamp|call(?:ing)? off|(?:scrap|nix|axe|ditch) (?:the |my |our |that |this )?"
    r"(?:[\w-]+ ){0,3}orders?)\b"
    r"|撤单|单撤|撤销|(?:替|帮)(?:我)?(?:同事|朋友|老板|室友|家人|别人|他|她)[^，。！？]{0,12}(?:确认|批准|审批)"
    r"|机票|火车票|高铁票|酒店|打车|订座|订位|转账|汇款|打钱|借钱|密码(?![锁箱柜挂])|登录|账号|取消|批准|签名|天气|笑话|讲个|股票",
    re.IGNORECASE)
_RESTRICTED = re.compile(
    r"\b(?:guns?|firearms?|rifles?|pistols?|ammo|ammunition|bullets|explosives?|bombs?|grenades?|weapons?|tasers?"
    r"|drugs|cocaine|heroin|meth|weed|marijuana|cannabis|opioids?|fentanyl|sleeping pills|prescription"
    r"|poisons?|cigarettes?|vapes?|tobacco|fake (?:ids?|passports?|licen[cs]es?|documents?|diplomas?)|pepper spray"
    r"|stun guns?|(?:hand|shot|zip|ghost|air|bb|pellet|spear|dart)-?guns?|air ?rifles?|silencers?|suppressors?"
    # blades and arms made for hurting people, and arms sold without the checks the law asks for
    r"|switch-?blades?|butterfly knife|butterfly knives|balisongs?|gravity knife|gravity knives|flick knife"
    r"|flick knives|push daggers?|knuckle-?dusters?|brass knuckles|knuckles? dusters?|crossbows?|nunchaku?s?"
    r"|nunchucks?|throwing (?:stars?|knives)|shurikens?|(?:unregistered|untraceable|unlicen[cs]ed|unseriali[sz]ed)"
    r" \w+|no background checks?"
    # drugs taken to get high, sold under household names
    r"|poppers|amyl nitrite|nitrous(?: oxide)?|whippets|laughing gas|n2o|(?:magic )?mushrooms? to trip|shrooms"
    r"|psilocybin|dmt|ghb|kratom|purple drank|codeine syrup|get(?:ting)? (?:high|stoned|wasted|trippy)"
    # explosives sold as toys and sprays made to be used on people or animals, however many
    r"|(?<!about )(?:fireworks?|firecrackers?|bangers|roman candles?|sky ?rockets?)(?![- ](?:print|pattern|themed?|shaped"
    r"|designs?|posters?|books?|lamps?|lights?|wallpapers?|earrings?|stickers?|photography|puzzles?|t-?shirts?))"
    r"|(?:bear|pepper|self-?defen[cs]e|defen[cs]e|capsicum|oc|mace|tear) sprays?)\b"
    r"|(?<!关于)(?:烟花|鞭炮|爆竹|礼炮|炮仗|二踢脚|窜天猴)(?![\u4e00-\u9fff]{0,3}(?:书|图|画|海报|灯|壁纸|主题|造型|图案|烫|贴纸))"
    r"|防狼喷雾|辣椒喷雾|辣椒水|防身喷雾"
    r"|枪|弹药|炸药|(?<!泡澡)(?<!沐浴)(?<!洗澡)(?<!浴盐)(?<!浴)炸弹|制毒|毒品|大麻|安眠药|处方药|毒药|香烟|电子烟|烟弹|烟草|烟丝|烟叶|卷烟|烟仔|雪茄|(?<!油)(?<!冒)(?<!冒[白黑青浓])烟(?=$|[，,。！!？?\s])|假证|假身份证|笑气|一氧化二氮|氧化亚氮|rush水|神仙水|迷药|听话水"
    r"|管制刀具|弹簧刀|蝴蝶刀|甩刀|跳刀|指虎|弩|电击器|电击棒|无证|黑市|嗨一下|飞叶子|迷幻|致幻|摇头丸|海洛因|可卡因|冰毒"
    r"|\b(?:psychedelics?|hallucinogens?|acid tabs?|blotters?)\b"
    # the same goods named in another language or in street words a shopper may type in English
    r"|\b(?:ganjah?|dagga|charas|bhang|hashish|shabu|yaba|marihuana|sinsemilla|reefers?|spliffs?|kokain[ae]?|coca[ií]na"
    r"|hero[ií]na|metanfetamina|ecstasy|mdma|lsd|ketamin[ae]?|khat|miraa|bunduki|pistol[ae]s?|pistolets?|revolvers?"
    r"|glocks?|kalashnikovs?|ak-?47s?|uzis?|zeh[ae]r|veneno|arsenic(?![ -]free)|cyanide|ricin|strychnine)\b",
    re.IGNORECASE)
# Services, bookings, live animals and bets: nothing a shop sends to a saved address.
_NOT_GOODS = re.compile(
    r"\b(?:(?:doctor'?s?|dentist'?s?|hospital|clinic|salon|hair|spa|massage|vet'?s?) appointments?|appointments? (?:with|at|for)"
    r"|(?:concert|movie|cinema|film|event|show|match|game|theat(?:re|er)|museum|bus|ferry|coach|festival) tickets?"
    r"|tickets? (?:to|for) (?:the |a |an )?[\w' -]{0,30}(?:concert|show|match|game|film|movie|festival|gig|play)"
    r"|scalpers?|lottery|lotto|gambling|casino|bets?|betting"
    r"|(?<!for my )(?<!for our )(?<!for the )(?<!for a )(?<!for )(?<!my )(?<!our )"
    r"(?:puppy|puppies|kittens?|live (?:animals?|pets?|fish|birds?))(?!\s+(?:food|pads?|toys?|treats?|beds?|collars?|leash(?:es)?"
    r"|shampoo|training|milk|formula|crates?|gates?|chow))|(?:dogs?|cats?|pets?) from (?:a |the )?(?:breeder|pet shop|shelter))\b"
    r"|挂号|预约|门票|演唱会|电影票|彩票|赌|黄牛票", re.IGNORECASE)
# A table, a room, a court or a person's time booked: a place at a restaurant ("订今晚四个人的火锅位"), a private
# room ("订个KTV包厢"), seats or a court ("reserve two seats at the sushi bar", "book a badminton court"), a slot
# ("a haircut slot at 3"), someone sent to the home ("约个上门保洁").
_BOOKING = re.compile(
    r"(?:订|預訂|预订|预定|約|约|预约|留)(?:个|一个|一下|张|一张)?[^，。！？,.!?]{0,12}?(?:(?<![单座])位(?:子|置)?|座位|卡座|桌位"
    r"|包间|包厢|包房|场地|球场|车位)(?![\u4e00-\u9fff])"
    r"|(?:订|预订|预定|约|预约|叫|请|找)(?:个|一个|一下|一位|位)?[^，。！？,.!?]{0,6}(?:上门|保洁|家政|钟点工|月嫂|保姆|理发|剪头"
    r"|美甲|美发|按摩|洗车|搬家|维修师傅|开锁|跑腿|代驾)"
    r"|\b(?:book|reserve|schedule)\b (?:me |us )?(?:a |an |the |\w+ )?(?:[\w'-]+ ){0,3}(?:tables?|seats?|spots?|slots?"
    r"|courts?|lanes?|rooms?|sessions?|classes|class|lessons?|haircut|cleaner|cleaning|plumber|electrician|tee time|tour)\b"
    r"|\b(?:haircut|hair|nail|massage|spa|cleaning|lesson|class|court|table|dinner|lunch) (?:slots?|bookings?|reservations?)\b",
    re.IGNORECASE)
_UNBOUNDED = re.compile(r"\bas (?:many|much)(?: [\w-]+){0,3} as (?:possible|you can)\b|(?<!\bfor )\ball (?:of )?(?:them|the stock)\b"
                        r"|越多越好|全部买下|全买了", re.IGNORECASE)


# Household things named after a restricted one: a glue gun, a massage gun, a water gun or pistol (even one styled
# after a real gun: 'a Glock-style water pistol'), mouse poison.
_HOUSEHOLD = re.compile(
    r"\b(?:[\w-]+[ -](?:style|styled|shaped|look|looking|lookalike)[ -])?(?:toy|water|nerf|bubble|squirt|foam|cap|confetti)"
    r"[ -](?:guns?|pistols?|blasters?|rifles?|revolvers?)\b"
    r"|\b(?:toy|water|nerf|massage|glue|hot glue|heat|caulk(?:ing)?|staple|nail|spray|paint|grease|squirt|bubble|foam"
    r"|lint|price|tattoo|label|temperature|thermometer|soldering|rivet|airbrush|cap|silicone|sealant|confetti)[ -]guns?\b"
    r"|\b(?:rifle|gun) (?:scopes?|cases?|safes?|locks?|cleaning kits?)\b"
    r"|\b(?:mouse|mice|rat|ant|cockroach|roach|weed|insect|bug|slug|fly|wasp|termite|mole) (?:poison|killer|bait)s?\b"
    r"|老鼠药|灭鼠|蟑螂药|杀虫|移液枪|水枪|泡泡枪|玩具枪|胶枪|热熔胶枪|筋膜枪|按摩枪|喷枪|扫码枪|扫描枪|条码枪|气球", re.IGNORECASE)
# Questions about the world rather than an order: "is it going to rain at the market tonight", "明天会下雨吗".
_THE_WORLD = re.compile(
    r"\b(?:is it|will it|is it going to|gonna|going to|does it) (?:rain|snow|be (?:sunny|hot|cold|windy))\b"
    r"|\b(?:weather|forecast|temperature) (?:for|at|in|tomorrow|today|tonight)\b"
    r"|(?:会|要)(?:不会)?下(?:雨|雪)|下(?:雨|雪)吗|天气(?:怎么样|如何|预报)", re.IGNORECASE)


def about_the_world(text: str) -> bool:
    """A question about the weather or the world, not about an errand or an order."""
    return bool(_THE_WORLD.search(text))


def as_goods(text: str) -> str:
    """``text`` with household things named after restricted ones and the titles of works taken out."""
    return _HOUSEHOLD.sub(" ", tl.untitled(text))


def restricted(text: str) -> bool:
    """The text names goods no errand buys (a household thing or a work's title named after one is not)."""
    return bool(_RESTRICTED.search(goods := as_goods(text))) or sd.named(goods)  # 'chitta', '2 bags of loud', 冰+溜


def refusal(text: str) -> tuple[str, str] | None:
    """(question, missing fact) when the sentence asks for something outside what errands do; else None."""
    if restricted(text):
        return ("I can't buy that. Is there something else I can get for you?", "intent")
    if _UNBOUNDED.search(text):
        return ("How many exactly? I only order a number you name.", "quantity")
    if (service := sv.question(text)) is not None:
        return service  # '订一间海边的民宿，住三晚', 'sign me up for a yoga class', '帮我叫个车去机场'
    if _OUT_OF_SCOPE.search(text) or _NOT_GOODS.search(text) or _BOOKING.search(text):
        return (("I can't do that here. I can buy something, order drinks, return an order, watch a price or move "
                "a delivery; and approving or cancelling stays with you."), "intent")
    return None
