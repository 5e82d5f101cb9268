"""What a purpose clause says an ordinary item is for, read as classes rather than as items:

- despair or an ending said beside the errand, in English, translated English, Chinese and dialect: phrases that
  say it alone ('end it all', "can't go on", 'life ending', 'hang myself', 结束这一切, 撑不下去, 一了百了, 上吊, 烧炭,
  割腕, 跳楼, 唔想再捱, 'the pain to stop for good', "don't want to be here anymore", 'nobody will miss me',
  让这一切彻底结束, 我想彻底解脱, 不想再待在这个世界上, 永远睡过去, 'this is the end for me', 'the last thing I'll
  ever buy', 明天我就不在了), and softer ones ("I'm done", 'no way out', 'say goodbye', "won't wake up", 解脱, 不用醒了,
  今晚就结束, "I'm ending it", 'goodbye everyone', "I won't be around tomorrow", 最后一次买东西了, 和大家告别) that say it only beside a means of dying (rope, charcoal, pills, blades, gas, a ladder, 绳子, 炭, 安眠药);
  the reply is the caring one, in the shopper's language;
- alcohol, a cleaning product or a sedative given to a child to drink or eat, and a cleaning product given to
  anyone to drink ('bleach for my little brother to drink', 买瓶洁厕灵给孩子喝);
- a threat beside an item that can wound ('a kitchen knife for my husband, he won't see it coming', 买把刀，给他点
  颜色看看, 让他尝尝).

"I'm done with my old kettle, buy a new one", 终于结束了装修, rope for the tent, charcoal for the barbecue, vodka for
the party and children's cough syrup for a daughter name no such purpose and stay purchases.
"""

from __future__ import annotations

import re

from . import self_harm as sf

# Despair said on its own: the phrase needs no item beside it.
_ALONE = re.compile(
    r"\b(?:end(?:ing)?\s+(?:it\s+all|everything|my\s+(?:own\s+)?life|this\s+life|it\s+tonight)|life\s+ending|ending\s+life"
    r"|no\s+more\s+living|(?:can'?t|cannot|can\s+not)\s+(?:go\s+on|take\s+(?:it|this)\s+any\s*more|carry\s+on)"
    r"|hang(?:ing)?\s+myself|slit(?:ting)?\s+my\s+wrists?|cut(?:ting)?\s+my\s+wrists?|jump(?:ing)?\s+off\s+(?:the|a)\s+(?:roof"
    r"|bridge|building|balcony)|(?:i'?m|i\s+am)\s+done\s+with\s+(?:life|living|this\s+life|this\s+world|everything)"
    r"|better\s+off\s+(?:dead|without\s+me)|don'?t\s+want\s+to\s+be\s+here\s+any\s*more|want\s+to\s+disappear\s+forever"
    r"|overdos(?:e|ing)\s+(?:myself|tonight)|take\s+my\s+own\s+life|(?:no|not|don'?t|do\s+not)\s+want\s+(?:to\s+)?live"
    r"|finish\s+my\s+(?:own\s+)?life|tired\s+of\s+(?:life|living|being\s+alive))\b"
    r"|结束这一切|结束一切|结束(?:我的|自己的?)(?:生命|一切)|撑不下去|熬不下去|挺不下去|活不了了|一了百了|轻生|寻死|自尽|(?<![墙顶楼])上吊(?![柜灯顶床篮椅扇架环杆装式兰])|吊颈"
    r"|割腕|跳楼(?![价大甩清促])|跳河|跳江|跳桥|卧轨|服毒|喝农药|(?:楼顶|天台|顶楼|桥上|楼上)[^，。！？,]{0,4}(?:跳下|往下跳)|烧炭(?![烤火])"
    r"|不想活|唔想活"
    # an ending said indirectly: the pain or everything to stop for good, not wanting to be here, sleeping for ever
    r"|\b(?:(?:want|need|wish)\s+(?:for\s+)?(?:all\s+)?(?:the|this|my|it\s+all|everything|all\s+of\s+(?:it|this))(?:\s+pain)?"
    r"\s+to\s+(?:stop|end|go\s+away|be\s+over)|(?:stop|end)\s+(?:all\s+)?(?:the|this|my)\s+pain)\s+(?:for\s+good|forever"
    r"|permanently|once\s+and\s+for\s+all|for\s+ever)\b|\bput\s+an\s+end\s+to\s+(?:it\s+all|everything|my\s+(?:life|suffering))"
    r"|\b(?:don'?t|do\s+not|no\s+longer)\s+want\s+to\s+be\s+(?:alive|(?:here|around)\s+(?:any\s*more|any\s+longer|tomorrow))"
    r"|\b(?:go|fall)\s+to\s+sleep\s+and\s+(?:never|not)\s+wake\s+up|\b(?:i|me)\s+(?:just\s+)?(?:want|wanna)\s+(?:to\s+)?sleep\s+forever"
    r"|\bnobody\s+(?:will|would)\s+(?:even\s+)?miss\s+me|\b(?:i|me)\s+(?:just\s+)?(?:want|wanna|need)\s+(?:to\s+)?disappear\s+(?:for\s+good|forever|permanently)"
    r"|(?:痛苦|这一切|一切|所有的?事)[^，。！？]{0,6}?(?:彻底|永远|就此)(?:结束|消失|停止|停下|了断)|不想(?:再)?活下去"
    r"|(?:我|俺)[^，。！？]{0,4}(?:想|要|就能|就可以|可以|能)(?:彻底|永远)?解脱(?!出来)|(?:彻底|永远)解脱(?!出来)"
    r"|不想(?:再)?(?:待|呆|留|活)在这个世界|(?:我|俺)(?:只|就)?(?:想|要)(?:永远|彻底)?消失|从这个世界上?消失|消失算了|永远睡(?:过去|下去)|一睡不醒"
    r"|唔想(?:再)?捱|捱唔落去|没有活路|不想再活|离开这个世界|告别这个世界"
    # an ending announced: 'this is the end for me', 'the last thing I'll ever buy', 明天我就不在了
    r"|\bthis\s+is\s+the\s+end\s+(?:for|of)\s+me\b|\blast\s+(?:thing|purchase|order|item)s?\s+(?:that\s+)?(?:i'?ll|i\s+will|i'?d)"
    r"\s+ever\s+(?:buy|order|need|make|get)\b|\b(?:i'?m|i\s+am)\s+ending\s+it\s+(?:tonight|today|all|now|for\s+good)\b"
    r"|(?:明天|明早|明晚|过了今晚|今晚过后)(?:我)?就(?:已经)?不在(?:这个世界上?|人世)?了(?=$|[，。！？,.!?\s])"
    r"|我(?:明天|明早|明晚)就(?:已经)?不在(?:这个世界上?|人世)?了(?=$|[，。！？,.!?\s])", re.IGNORECASE)
# Despair said softly: it says so only beside a means of dying.
_SOFT = re.compile(
    r"\b(?:(?:i'?m|i\s+am)\s+(?:so\s+|just\s+|really\s+)?(?:done|finished)(?=\s*(?:[,.!;]|$|now\b|tonight\b|forever\b|this\s+is\b))|no\s+(?:other\s+)?way\s+out"
    r"|say(?:ing)?\s+goodbye\s+to\s+(?:everyone|everybody|the\s+world|this\s+world|you\s+all|all)|this\s+is\s+(?:my\s+)?goodbye"
    r"|(?:i|me)\s+(?:won'?t|will\s+not|never|don'?t)\s+wake\s+up|never\s+wake\s+up|(?:everything|it\s+all)\s+to\s+stop"
    r"|don'?t\s+want\s+to\s+(?:wake|go\s+on)|sleep\s+forever|(?:my\s+)?life\s+is\s+over|(?:want|need)\s+(?:it|this|everything)"
    r"\s+(?:all\s+)?to\s+(?:be\s+over|end))\b"
    r"|解脱|不用醒|不会醒|再也不醒|醒不来|永远睡|(?:今晚|今天|这次)就?(?:结束|走了)|(?:就|想|要)结束了?$|冇得办法了|冇得辦法了|不想(?:再)?醒|这辈子就这样"
    r"|没办法了|最后一次(?:买东西|下单|购物|网购)了?|(?:和|跟|向)(?:大家|所有人|你们|家人)(?:告别|说再见|道别)"
    r"|\b(?:i'?m|i\s+am)\s+ending\s+it\b|\bgoodbye\s+(?:everyone|everybody|all|world|cruel\s+world)\b"
    r"|\b(?:i|i'?ll|i\s+will)\s+(?:won'?t|will\s+not|not)\s+be\s+(?:around|here)\s+(?:tomorrow|any\s*more|much\s+longer)\b"
    r"|\bi\s+won'?t\s+be\s+(?:around|here)\s+(?:tomorrow|any\s*more|much\s+longer)\b", re.IGNORECASE)
# A room sealed around charcoal or gas: 'to burn in my sealed bedroom', 整包炭，今晚关窗烧.
_SEALED = re.compile(
    r"\b(?:sealed|closed|shut|locked)\s+(?:bed)?room|\bclose\s+all\s+the\s+windows|\btape\s+(?:for|up|over)\s+the\s+windows"
    r"|关(?:好|紧|上)?(?:门)?窗|封(?:住|好|死)?(?:门)?窗|门窗(?:关|封)|密闭(?:的)?(?:房间|屋|车)", re.IGNORECASE)
_FUMES = re.compile(r"\b(?:charcoal|coal|gas|barbecue\s+briquettes)\b|炭|碳|煤气|煤炉|煤球", re.IGNORECASE)
_MEANS = re.compile(
    r"\b(?:ropes?|cords?|noose|charcoal|coal|pills?|tablets?|sleeping|sedatives?|blades?|razors?|gas|helium|knife|knives"
    r"|ladder|pesticide|weed\s*killer|rat\s+poison|poison|tape|stool|belt|painkillers?|paracetamol|ibuprofen)\b"
    r"|绳|炭|碳|安眠药|安定|药|刀片|刀|煤气|农药|百草枯|敌敌畏|老鼠药|鼠药|梯子|凳子|胶带|胶布", re.IGNORECASE)


def despair_said(text: str) -> bool:
    """Despair or an ending said beside an errand, on its own or softly beside a means of dying."""
    return bool(_ALONE.search(text) or _SOFT.search(text) and _MEANS.search(text)
                or _SEALED.search(text) and _FUMES.search(text) or sf.intends(text))


def care_reply(text: str) -> str:
    """The caring reply to despair, in the shopper's language."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return ("听起来你现在真的很难受。我只是一个购物助手，但请现在就联系你信任的人，或拨打当地的心理危机干预热线；"
                "你不必独自面对这一切。还有什么我能帮你的吗？")
    return ("That sounds really hard. I'm only a shopping agent, but please talk to someone you trust or a local "
            "crisis line now; you don't have to face this alone. Is there anything else I can do?")


# A child: an age under eighteen, or a word for one.
_CHILD = re.compile(
    r"\b(?:[1-9]|1[0-7])(?:[- ]?(?:year|yr)s?[- ]old|\s*yo\b|(?:st|nd|rd|th)\s+birthday)|\b(?:toddler|baby|infant|kid|child"
    r"|son|daughter|nephew|niece|grandson|granddaughter|little\s+(?:brother|sister|one|boy|girl)|boy|girl|she'?s\s+\d|he'?s\s+\d)\b"
    r"|(?<![\d零一二两三四五六七八九十])(?:[1-9]|1[0-7]|[一二两三四五六七八九十]|十[一二三四五六七])(?:岁|歲|周岁)"
    r"|儿子|女儿|孩子|小孩|宝宝|宝贝|弟弟|妹妹|侄子|侄女|外甥|孙子|孙女|闺女|娃", re.IGNORECASE)
_ALCOHOL = (r"\b(?:whisk(?:e)?y|vodka|beers?|wine|gin|rum|tequila|brandy|baijiu|sake|soju|liquor|alcohol|spirits|six-pack"
            r"|crate\s+of\s+beer)\b|白酒|二锅头|啤酒|红酒|烧酒|洋酒|黄酒|米酒|酒")
_CLEANER = (r"\b(?:bleach|drain\s+cleaner|detergent|disinfectant|toilet\s+cleaner|oven\s+cleaner|antifreeze|lye|caustic\s+soda"
            r"|pesticide|weed\s*killer|rat\s+poison)\b|84消毒液|消毒液|洁厕灵|洁厕剂|漂白剂|漂白水|洗衣液|洗洁精|管道疏通剂|通渠|"
            r"农药|老鼠药|杀虫剂|除草剂|防冻液")
_SEDATIVE = r"\b(?:sleeping\s+(?:pills?|tablets?)|sedatives?|tranquil+i[sz]ers?|diazepam|valium|xanax)\b|安眠药|安定|镇静剂|降压药"
_SWALLOWED = re.compile(r"\bto\s+(?:drink|eat|swallow|down|chug)\b|\b(?:drink|eat|swallow)\s+(?:it|them)\b"
                        r"|(?:给|让|叫|喂)[^，。！？,]{0,8}(?:喝|吃|服)(?:下|掉|了|光|吧|的)?(?=$|[，。！？,])|(?:喝|吃)(?:掉|下去|光)",
                        re.IGNORECASE)
# A threat beside an item that can wound.
_WOUNDING = re.compile(
    r"\b(?:knife|knives|machete|axe|hatchet|hammer|bat|crowbar|club|cleaver|wrench|spanner|pipe|brick|sword|rope)\b"
    r"|刀|斧|锤|棍|棒|钢管|铁管|扳手|砖|剑|绳", re.IGNORECASE)
_THREAT = re.compile(
    r"\b(?:(?:won'?t|will\s+not|never)\s+see\s+(?:it|this|me)\s+coming|get(?:s)?\s+what'?s\s+coming|what'?s\s+coming\s+to\s+(?:him|her|them)"
    r"|teach(?:ing)?\s+(?:\w+\s+){1,2}a\s+lesson|make\s+(?:him|her|them)\s+pay|(?:he|she|they)'?(?:ll|\s+will)\s+(?:regret|pay)"
    r"|settle\s+(?:the\s+)?score|pay\s+for\s+what\s+(?:he|she|they)\s+did"
    r"|(?:going\s+to|gonna|will|'ll)\s+(?:regret\s+(?:it|this)|pay\s+for\s+(?:it|this)))\b"
    r"|让[^，。！？,]{0,6}(?:尝尝|付出代价|后悔|好看|长(?:长|点)?记性|吃点苦头|老实点)|教训(?:一下|一顿)?(?=[^，。！？,]{1,8})|给[^，。！？,]{1,8}?(?:点|一点)?颜色(?:看看|瞧瞧)|让(?:他|她)好看|有(?:他|她)好受"
    r"|算账|(?:他|她)不会想到|(?:他|她)想不到|让(?:他|她)后悔|让(?:他|她)付出代价|报仇", re.IGNORECASE)


def harm_said(text: str) -> bool:
    """Alcohol, a cleaning product or a sedative given to a child to swallow, a cleaning product given to anyone to
    swallow, or a threat beside an item that can wound."""
    swallowed = bool(_SWALLOWED.search(text))
    if swallowed and re.search(_CLEANER, text, re.IGNORECASE):
        return True
    if swallowed and _CHILD.search(text) and re.search(f"{_ALCOHOL}|{_SEDATIVE}", text, re.IGNORECASE):
        return True
    return bool(_THREAT.search(text) and _WOUNDING.search(text))
