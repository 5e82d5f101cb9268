"""Harm read from what a sentence says the goods are for: a purpose that hurts a person or an animal, a device
hidden on another person or used without them knowing, a document forged or backdated, goods the law keeps from
minors bought for someone under 18 (an age in digits or words, with or without 岁, or a school year), a poison made
so no one notices it or said with another person's animal, a meter tampered with or a utility taken unpaid, and SIM
cards with no name or by the batch; and goods the law forbids whatever they are for (read in illicit.py), goods
wanted for getting into what is another person's (intrusion.py), fakes meant to pass as real (passing_off.py), and
weapons and drugs by their category, street word, a typo or a voice slip (restricted_said.py), and goods got into a
prison, a device to be fed an exam's answers or a protected species' product (contraband.py), and a poison put in
another person's cup of a drinks order or a hidden camera for their desk (slipped.py), and gear that restrains or
punishes an animal wanted for a person (restraint.py), and poisons, opioids, incendiaries, ammunition, organs, banned
food additives and animal-fighting gear by name (named_harms.py).

It reads the whole sentence, whichever reader planned it: a harm is a harm in any errand.
"""

from __future__ import annotations

import functools
import re

from . import contraband as cb
from . import crime_named as cn
from . import despair_said as ds
from . import disguise as dg
from . import harm_hinted as hh
from . import illicit as il
from . import intrusion as it
from . import lethal_said as ls
from . import lexicon as lx
from . import named_harms as nh
from . import passing_off as po
from . import restraint as rt
from . import restricted_said as rd
from . import slipped as sl
from . import street_harm as sh

# A purpose that harms a person or an animal, or goods for a minor that the law keeps from minors.
_HARM_VERB = (r"(?:deal with|sort (?:out|\w+ out)|get back at|get even with|teach \w+ a lesson|hurt|harm"
              r"|injure|attack|hit|beat|stab|shoot|kill|poison|scare|threaten|stalk|spy on|secretly (?:track|follow|record|film)|drug|knock out"
              r"|use (?:it |them |this )?(?:on|against)|spray|put (?:it |them )?(?:in|on|into)|fly (?:it )?over|film|record"
              r"|photograph|peek (?:at|into)|look into|watch (?:what|where)"
              r"|shut \w+ up|get rid of|punish)")
_PERSON = (r"(?:neighbou?rs?|(?:the )?guy|man|woman|people|someone|somebody|him|her|them|ex|wife|husband|boss|coworkers?"
           r"|colleagues?|kids?|child(?:ren)?|teacher|landlord|roommate|girlfriend|boyfriend|partner|dogs?|cats?|birds?"
           r"|pets?|animals?|strangers?|protesters?|crowds?|police|cops?|students?|classmates?|customers?|workers?|mum|mom"
           r"|dad|sister|brother|(?:\w+'s (?:car|lunch|food|drink|coffee|house|door|bag|phone)))")
_OTHER = (r"(?:ex|ex-\w+|boss|neighbou?r|landlord|co-?worker|colleague|roommate|flatmate|mother-in-law|father-in-law"
          r"|girlfriend|boyfriend|partner)")
_HARM = re.compile(
    rf"\b(?:so (?:that )?(?:i|we|he|she|they) (?:can|could)|in order to|to|for|and|gonna|going to|want to|wanna)"
    rf" {_HARM_VERB}\b[^.?!]{{0,20}}\b{_PERSON}\b"
    r"|(?:要|想|去|好|用来|用它)(?:去)?(?:打|揍|教训|收拾|对付|吓唬?|伤|弄死|毒死?|报复|整|害|砸|射|捅|砍|跟踪|偷拍)"
    r"[^，。！？]{0,6}(?:邻居|人|他|她|他们|前任|老板|同事|狗|猫|鸟|动物|宠物|孩子|小孩)"
    # a blade wished able to hurt ('可以砍人的'), a drug to knock someone out ('蒙汗药')
    r"|(?:可以|能|拿来|好)(?:砍|捅|杀|刺|伤)(?:人|死)|蒙汗药|迷魂药"
    # a lesson or revenge said with no verb before it: '教训一下邻居', '收拾一顿前任'
    r"|(?:教训|收拾|对付|报复|揍|弄死|吓唬)(?:一下|一顿)?(?:那个|这个|我)?(?:邻居|前任|前度|老细|老細|老板|同事|室友|他们|他|她|老婆|老公|隔壁|隔篱"
    r"|那条友|条友|人哋)"
    # something put into what another person eats, drinks or drives
    r"|(?:放|倒|加|下|撒|混)(?:到|进|在|入)?(?:他|她|他们|别人|邻居|同事|老板|室友|前任|前度|[\u4e00-\u9fff]{1,3}的)的?"
    r"(?:水杯|杯子|杯|饭|菜|饮料|水|咖啡|茶|食物|汤|酒|车|包)"
    # or into the fuel tank of a car not the shopper's own ('倒入我前度架車個油缸'; not '加到我车的油箱')
    r"|(?:放|倒|加|撒|混|落)(?:到|进|入|落)(?!我的?(?:车|車|架車|部車|架车|部车))[^，。！？]{0,8}(?:油箱|油缸)"
    r"|(?:糖|盐|沙)[^。！？]{0,12}(?:油箱|油缸)|\bsugar\b[^.?!]{0,30}\b(?:gas|fuel|petrol|diesel) tank"
    # a threat said with no one after it: 'gonna teach my boss a lesson', 'get back at my ex'
    r"|\b(?:teach\s+(?:my |that |the |this |his |her )?\w+ a lesson|get back at|get even with)\b"
    # what damages or poisons, for another person's car or house, food or drink
    r"|\b(?:baseball bats?|crowbars?|bricks?|spray paint|paint stripper|tyre spikes)\b[^.?!]{0,30}\b(?:for|into|on) (?:my |the"
    rf" )?{_OTHER}'s (?:\w+ )?(?:car|tyres?|tires?|windows?|house|door)\b|\b(?:antifreeze|bleach|rat poison|laxatives?|weed"
    rf" killer)\b[^.?!]{{0,30}}\b(?:for|into|in) (?:my |the |his |her )?(?:{_OTHER}|mum|mom|dad|mother|father|wife|husband|sister"
    r"|brother)'s (?:\w+ )?(?:tea|coffee|drink|food|lunch|dinner|soup|water|meal)\b"
    # a tracker or camera put on what another person uses, or used without them knowing
    r"|(?:装|放|藏|贴|安)(?:在|到|进)(?!我)(?:他|她|他们|老婆|老公|男朋友|女朋友|前任|邻居|同事|室友|[\u4e00-\u9fff]{1,3}的)的?"
    r"(?:车|包|手机|房间|衣服|家|办公室)"
    r"|\b(?:without (?:him|her|them|my \w+) (?:knowing|noticing)|secretly)\b[^.?!]{0,30}\b(?:track|record|film|listen|watch"
    r"|follow|spy|read)|(?:gps|tracker|camera|recorder|定位|摄像|录音|窃听|监控)[^.?!。！？]{0,30}(?:without (?:him|her|them)"
    r" (?:knowing|noticing)|别让(?:他|她|他们)(?:知道|发现)|不让(?:他|她|他们)(?:知道|发现)|偷偷)"
    # a weapon for defending oneself is still a weapon
    r"|\bself[- ]?defen[cs]e\b|\b(?:defend|protect) (?:myself|ourselves|herself|himself)\b|防身|自卫", re.IGNORECASE)
_MINOR = re.compile(
    r"\b(?:(?P<age>\d{1,2})[ -](?:years?|yrs?)[ -]old|(?:he|she|they)(?:'s| is| are) (?:only |just |barely |still |not even )?(?P<age2>\d{1,2})\b"
    r"|\b(?:just |only )?turned (?P<age5>\d{1,2})\b"
    r"|aged (?P<age3>\d{1,2})|under-?age|minors?|teen(?:ager)?s?)"
    r"|\b(?:kids?|child(?:ren)?|toddlers?|(?:primary|elementary|middle|junior high|high) school(?:er)?s?|pupils?)\b"
    r"|(?P<age4>\d{1,2}|[一二两三四五六七八九十]{1,3})(?:周)?岁|未成年|小学|初中|中学生|幼儿园|小孩|孩子|小朋友"
    # an age said without 岁 after 才/刚满/今年 ('他才十四'), or a school year ('她今年初二', '读高一', '五年级')
    r"|(?:他|她)(?:今年|现在)?(?:才|只有|刚满|刚|还不到|不到)?(?P<age6>\d{1,2}|[一二两三四五六七八九十]{1,3})(?=岁|了|$|[，,。！!\s])"
    r"|(?:读|上|念|今年|才|是)(?:初|高)[一二三]|(?:初|高)[一二三](?:学生|生)|[一二三四五六]年级", re.IGNORECASE)
_AGE_RESTRICTED = re.compile(
    r"\b(?:beers?|wines?|baijiu|whiske?y|vodka|gin|rum|tequila|sake|soju|liquor|spirits|alcohol|booze|cigarettes?"
    r"|cigars?|tobacco|vapes?|e-?cig\w*|lighters?|knife|knives|blades?|machetes?|axes?|daggers?|swords?|fireworks?"
    r"|firecrackers?|energy drinks?|lottery|scratch cards?)\b"
    r"|酒|烟|电子烟|打火机|刀|匕首|剑|斧|烟花|鞭炮|彩票", re.IGNORECASE)
# A toy blade, which no age limit covers: 'a plastic pirate sword', 'foam swords', 'a sword toy', 玩具剑, 塑料刀.
_TOY_BLADE = re.compile(r"\b(?:toy|plastic|foam|inflatable|cardboard|rubber|lego|balloon)(?: [a-z]+)? (?:swords?|knife|knives"
                        r"|daggers?|axes?|blades?|machetes?)\b|\b(?:swords?|knife|knives|daggers?|axes?) toys?\b"
                        r"|(?:玩具|塑料|泡沫|充气|海绵)(?:的)?(?:宝剑|剑|刀|斧头?|匕首)", re.IGNORECASE)



def _is_minor(text: str) -> bool:
    """A person under 18 named in the sentence: an age below it, or a word for a minor."""
    for match in _MINOR.finditer(text):
        raw = next((g for g in (match.group(f"age{n}") for n in ("", "2", "3", "4", "5", "6"))
                    if g), None)
        if raw is None:
            return True
        age = int(raw) if raw.isdigit() else lx.zh_number(raw)
        if age is not None and age < 18:
            return True
    return False

# A device that locates, films or records someone.
_DEVICE = (r"(?:gps|trackers?|tracking devices?|air ?tags?|tiles?|cam(?:era)?s?|recorders?|microphones?|mics?|bugs?"
           r"|listening devices?|定位器|定位|追踪器|跟踪器|摄像头|摄像机|录音笔|录音机|窃听器|监控)")
# Another person, or a thing of theirs ('my husband's bag', 'her car', 'my roommate's room'); a pet or one's own
# things are not ('my dog's collar', 'my car').
_THEIRS = (r"(?:(?:my |our |the )?(?!(?:my|our|the|dog|cat|pet|puppy|kitten|horse|it|one|today|that|what|where|who|here"
           r"|there)'s\b)[a-z]+'s|his|her|their|him|them)\b")
# Hiding it on them, not letting them know, or following where they go: "slip into my husband's bag", "she can't
# find out", "so I know where he goes", "塞进我老婆的包里".
_COVERT = re.compile(
    rf"\b{_DEVICE}\b[^.?!]{{0,50}}\b(?:hide|hidden|conceal|slip|plant|stash|sneak|tuck)"
    rf"\b[^.?!]{{0,20}}\b(?:in|into|on|onto|under|inside|behind)\b[^.?!]{{0,6}}\b{_THEIRS}"
    rf"|\b{_DEVICE}\b[^.?!]{{0,60}}(?:\b(?:he|she|they|him|her|them)\b[^.?!]{{0,12}}(?:can'?t|cannot|won'?t|mustn'?t"
    r"|shouldn'?t|never|doesn'?t|don'?t|not) (?:(?:need|have|got|ought) to |gotta |ever )?(?:find out|know|notice|see it|realis|realiz)|without (?:\w+ )?(?:him|her|them"
    r"|\w+) (?:knowing|noticing|finding out)|so (?:that )?i (?:know|can see|can track|can follow) (?:where|what|who)"
    r"|(?:see|know|track|follow) where (?:he|she|they) go"
    r"|while (?:he|she|they)(?:'s|'re| is| are)? (?:out|away|asleep|gone|at work|not (?:home|looking|there|around)))"
    r"|(?:塞|藏|放|装|贴|粘|安|缝)(?:进|在|到|入)(?:了)?(?!我的?(?:车|包|行李|钥匙|家))[^，。！？]{0,8}的?(?:车|包|手机|房间"
    r"|衣服|鞋|外套|家|办公室|钱包|书包)", re.IGNORECASE)
_CN_DEVICE = re.compile(r"定位|追踪|跟踪|摄像|录音|窃听|监控|监听|gps|airtag", re.IGNORECASE)
# A document made false: fake, forged, backdated or issued for what did not happen.
_FORGED = re.compile(
    r"\b(?:forged|backdated|back-dated|falsified|doctored|phony|phoney|bogus|made-up)\s+(?:\w+\s+){0,2}(?:notes?|receipts?"
    r"|invoices?|certificates?|diplomas?|degrees?|transcripts?|payslips?|pay stubs?|statements?|letters?|records?"
    r"|contracts?|signatures?|stamps?|licen[cs]es?|passports?|ids?|tickets?|documents?|papers?|prescriptions?)\b"
    r"|\b(?:sick|doctor'?s|medical) note\b[^.?!]{0,40}\b(?:i wasn'?t|i'?m not|i am not|wasn'?t really|not really)\b"
    r"|假的?(?:病假[单条]|假条|学历|文凭|毕业证|学位证|证书|证明|发票|收据|合同|工资[单条]|银行流水|流水|病历|诊断书|体检报告"
    r"|签名|公章|印章|护照|驾照|驾驶证|身份证|结婚证|离婚证|房产证|营业执照|户口本|成绩单|录取通知书|核酸|健康码)"
    r"|(?:代开|虚开|倒签|伪造|假开|造假|补开假)[^，。！？]{0,4}(?:发票|收据|证明|合同|病假|假条|学历|签名|公章|流水|单据|文件|材料)"
    r"|(?:病假[单条]|假条|证明)[^，。！？]{0,6}(?:其实|实际上|根本)?没(?:病|生病|去)", re.IGNORECASE)


def _covert(text: str) -> bool:
    """A device hidden on another person or their things, or used so that they do not know."""
    match = _COVERT.search(text)
    if match is None:
        return False
    return not re.match(r"[塞藏放装贴粘安缝]", match.group(0)) or bool(_CN_DEVICE.search(text))

# Poison and pest killers: "rat poison", "weed killer", "slug pellets", "老鼠药", "农药".
_POISON = (r"(?:poisons?|killers?|baits?|pellets|pesticides?|herbicides?|insecticides?|antifreeze|arsenic|cyanide"
           r"|老鼠药|鼠药|毒药|毒鼠|农药|杀虫剂|除草剂|灭鼠|敌敌畏|百草枯|砒霜|氰化)")
# Made so that no one notices it: "with no taste", "odourless", "won't notice", "无色无味", "尝不出", "查不出来".
_UNNOTICED = (r"(?:tasteless|odou?rless|colou?rless|undetectable|untraceable|with no (?:taste|smell|odou?r|colou?r)"
              r"|(?:no|without any) (?:taste|smell|odou?r)|(?:can'?t|cannot|won'?t|wouldn'?t|doesn'?t|don'?t|never)"
              r" (?:\w+ )?(?:taste|smell|notice|detect|tell|find out|trace)"
              r"|无色|无味|无臭|没(?:有)?(?:什么)?味(?:道)?|尝不出|闻不出|查不出|验不出|看不出|不被发现|发现不了|察觉不到)")
# An animal that belongs to someone else: "my flatmate's dog", "the dog next door", "隔壁那条狗", "邻居家的猫".
_ANIMAL = (r"(?:dogs?|cats?|pets?|puppy|kitten|hamsters?|rabbits?|birds?|parrots?|fish|chickens?|hens?|horses?|ducks?"
           r"|koi)")
_THEIR_ANIMAL = re.compile(
    rf"\b(?!my\b|our\b)(?:[a-z]+s'|[a-z]+'s|his|her|their)\s+(?:\w+\s+)?{_ANIMAL}\b|\b{_ANIMAL}\s+next door\b"
    r"|\b(?:neighbou?rs?|next door)(?:'s?)?\s+(?:\w+\s+)?" + _ANIMAL + r"\b"
    r"|(?:隔壁|邻居|别人|楼下|楼上|对门|他|她)[^，。！？]{0,4}(?:狗|猫|宠物|鸡|鸭|鱼|鸟|兔)", re.IGNORECASE)
_POISON_UNNOTICED = re.compile(rf"{_POISON}[^.?!。！？]{{0,40}}{_UNNOTICED}|{_UNNOTICED}[^.?!。！？]{{0,30}}{_POISON}",
                               re.IGNORECASE)
_POISON_RE = re.compile(_POISON, re.IGNORECASE)
# A meter tampered with, or a utility taken unpaid: "stop the electricity meter", "bypass the gas meter", "改电表",
# "水表倒转", "steal my neighbour's wifi", "偷电".
_UTILITY_THEFT = re.compile(
    r"\b(?:tamper(?:ing)? with|bypass(?:ing)?|stop(?:ping)?|slow(?:ing)?(?: down)?|rewind(?:ing)?|revers(?:e|ing)|rig(?:ging)?"
    r"|hack(?:ing)?|trick(?:ing)?|fool(?:ing)?|jump(?:ing)?|cheat(?:ing)?)\s+(?:the |my |a |our |their )?(?:electricity "
    r"|electric |power |gas |water |utility |smart )?meters?\b"
    r"|\bmeters?\b[^.?!]{0,30}\b(?:run(?:s)? slow(?:er)?|read(?:s)? less|stop(?:s)? (?:counting|spinning|turning))"
    r"|\bsteal(?:ing)?\s+(?:[\w']+\s+){0,3}(?:electricity|power|gas|water|wi-?fi|internet|cable|tv signal|satellite)\b"
    r"|(?:电表|水表|燃气表|煤气表|气表)[^，。！？]{0,6}(?:倒转|倒走|走慢|慢走|停走|不走|作弊|动手脚|改装)"
    r"|(?:改|调|动|修改|改装)(?:一下)?(?:电表|水表|燃气表|煤气表|气表)|偷电|偷水|偷气|偷网|窃电|蹭电", re.IGNORECASE)
# SIM cards or phones that carry no name, or bought by the batch: "unregistered SIMs", "burner phones", "无记名电话卡".
_NAMELESS_LINE = re.compile(
    r"\b(?:anonymous|unregistered|untraceable|burner|no-name|unnamed)\s+(?:\w+\s+)?(?:sims?|sim cards?|phones?|numbers?"
    r"|phone numbers?|lines?)\b|\bsim(?: card)?s?\b[^.?!]{0,30}\b(?:not|n't) (?:registered|in (?:my|anyone'?s) name)"
    r"|(?:不记名|无记名|匿名|不用登记|免登记)[^，。！？]{0,4}(?:卡|号)", re.IGNORECASE)
_SIM_BATCH = re.compile(
    r"\b(?P<n>\d+|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a hundred|hundreds of|dozens of|a batch of|a box of"
    r"|bulk)\s+(?:\w+\s+){0,2}(?:sims?|sim cards?)\b"
    r"|(?P<zn>[\d一二两三四五六七八九十百千]+)\s*张[^，。！？]{0,4}(?:手机卡|电话卡|sim卡|号卡|电话号码卡)", re.IGNORECASE)
_SIM_BATCH_SIZE = 5


def _poison_for_harm(text: str) -> bool:
    """A poison made so no one notices it, or one said with another person's animal."""
    return bool(_POISON_UNNOTICED.search(text) or _POISON_RE.search(text) and _THEIR_ANIMAL.search(text))


def _sims_by_the_batch(text: str) -> bool:
    """SIM cards with no name on them, or more of them than one household uses."""
    if _NAMELESS_LINE.search(text):
        return True
    for match in _SIM_BATCH.finditer(text):
        raw = match.group("n") or match.group("zn")
        count = int(raw) if raw.isdigit() else lx.zh_number(raw) if match.group("zn") else None
        if count is None or count >= _SIM_BATCH_SIZE:
            return True
    return False


# Lab chemicals no household errand buys: strong acids, cyanides, mercury ("5 litres of concentrated nitric acid",
# "order mercury, 1 kg", "500克氰化钾", "一公斤水银"); a salt named after the acid (硝酸钾, 盐酸氨溴索) and a
# mercury-free or named thing ("a Freddie Mercury poster") are not.
_LAB_HAZARD = re.compile(
    r"\b(?:concentrated|fuming|glacial|strong|\d+\s*%)\s+(?:nitric|sulfuric|sulphuric|hydrochloric|hydrofluoric|perchloric)"
    r" acid\b|\b(?:hydrofluoric|perchloric|picric) acid\b|\b(?:sodium|potassium|hydrogen) cyanide\b|\bcyanides?\b"
    r"|\b(?:liquid|elemental|pure) mercury\b|\b(?:\d+\s*(?:kg|g|grams?|ml|l|litres?|liters?|bottles?|flasks?)\s+(?:of\s+)?)mercury\b"
    r"|\b(?:buy|order|get|need|want)\s+(?:some\s+)?mercury\b(?![- ](?:free|poster|vinyl|album|records?))"
    r"|(?:浓|发烟)(?:硝酸|硫酸|盐酸)|(?:氢氟酸|高氯酸|苦味酸|砒霜|三氧化二砷|鹤顶红)|氰化(?:钾|钠|物|氢)|水银(?!温度计|体温计|血压计)|(?<![无不])汞(?!灯)"
    r"|(?:硝酸|硫酸|盐酸)(?![\u4e00-\u9fff])", re.IGNORECASE)


def hazardous_chemical(text: str) -> bool:
    """A lab chemical no household errand buys."""
    return bool(_LAB_HAZARD.search(text))


# Despair said alongside an errand: the shopper may mean to hurt themselves with what they buy.
_DESPAIR = re.compile(
    r"\b(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my life)|suicid\w*|(?:can'?t|cannot) go on"
    r"|(?:i|i'?m|i am)\s+(?:really\s+|just\s+)?(?:want to|wanna|going to|gonna) die"
    r"|(?:don'?t|do not) want to (?:live|be alive|wake up)|no reason to live|self[- ]harm)\b"
    r"|\b(?:tired of living|life (?:is|'s) not worth (?:it|living)|no point (?:in )?living)\b"
    r"|不想活|想死(?![你我他她]了|你们)|自杀|轻生|活不下去|了结自己|结束(?:自己的)?生命"
    r"|活(?:着|著)(?:真)?(?:没意思|沒意思|没意义|沒意義|太累|好累)|活够了|活夠了|生无可恋|生無可戀|不如死了", re.IGNORECASE)


def despairing(text: str) -> bool:
    """The sentence says the shopper wants to die or hurt themselves."""
    return bool(_DESPAIR.search(text) or ds.despair_said(text))


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked of the same text by many readers
def harmful(text: str, *, asking: bool = False) -> bool:
    """The sentence's purpose or recipient makes the goods harmful, whatever they are. When ``asking`` about an
    order already placed, who the goods are for is not read (a question buys nothing)."""
    return bool(_HARM.search(text) or _covert(text) or _FORGED.search(text) or _poison_for_harm(text)
                or _UTILITY_THEFT.search(text) or _sims_by_the_batch(text) or dg.disguised(text) or il.illicit(text)
                or nh.named_harm(text) or ls.lethal_said(text) or cn.crime_named(text)
                or cb.contraband(text) or it.intrudes(text) or po.passes_off(text) or rd.said_restricted(text) or sh.street_said(text)
                or sl.slipped(text) or ds.harm_said(text) or rt.restrained(text) or hh.hinted(text)
                or not asking and _MINOR.search(text) and _AGE_RESTRICTED.search(_TOY_BLADE.sub(" ", text))
                and _is_minor(text))
