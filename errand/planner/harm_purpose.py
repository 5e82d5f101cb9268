"""Harm said around an ordinary item, and harmful goods the lists did not name, read as classes:

- a purpose that hurts, threatens or scares a person, whatever the item ('hunting knife for the purpose of
  threatening a debtor', 'a cricket bat, for sorting out the guy who scratched my car', 'Let a baseball bat come to
  me, for the man who owes me money', 买根棒球棍，去教训一下欠我钱的人, 来把开山刀，吓唬一下催债的);
- a person beaten, shut in, tied, gagged or forced with an ordinary item (punished.py);
- damage to what is someone else's as the purpose (砸隔壁那辆车的车窗, 划楼下那辆车的漆);
- a projectile or blade for another person's animal ('slingshot, steel balls, for the neighbour's dog', 打楼下那条狗);
- an item wanted because it can wound a person ('弓箭一套，真的能射人那种', 能扎人的那种);
- doping for an animal or a race (EPO, erythropoietin, 兴奋剂 for a greyhound, a racehorse or racing pigeons);
- wildlife products no shop may sell (shark fin, bear bile or paws, sea turtle eggs, totoaba maw, 鱼翅, 熊胆, 海龟蛋);
- a fake to be given or sold as the real thing ('假茅台二十瓶，送领导当真的', 假五粮液拿去当真的卖);
- someone else's car or house damaged or made unsafe, a person doused, a person or another's animal poisoned, or food
  made unsafe and sold on, read by the purpose's shape (harm_done.py);
- an ordinary good whose stated use is its misuse: a medicine or gas to get high, alcohol or tobacco for children, an
  object as a weapon, a door not the shopper's own forced open, shared safety equipment disabled (misuse_said.py);
- a threat said after the purchase, a person tied up or shut in, a child or an allergic person fed what hurts them, a
  place set alight, a shop's or office's glass or lock damaged, people sprayed, an undetectable poison (threat_said.py).

A baseball bat for little league, a hammer for hanging pictures, a hunting knife for camping, a toy shark, vegetarian
shark fin and a dog collar for the neighbour's dog stay purchases: each needs the harm said, not only the item.
"""

from __future__ import annotations

import re

from . import harm_done as hd
from . import misuse_said as ms
from . import punished as pn
from . import threat_said as ts
from . import zh_said_around as za

# Hurting, threatening or scaring a person: the verb of the purpose.
_HURT_EN = (r"(?:threaten\w*|scar(?:e|ing)|frighten\w*|intimidat\w*|hurt\w*|harm(?:ing)?|injur\w*|beat(?:ing)?\s+(?:up\s+)?"
            r"|bash\w*|attack\w*|assault\w*|stab\w*|maim\w*|teach(?:ing)?\s+\w+\s+a\s+lesson|sort(?:ing)?\s+out|get(?:ting)?\s+even"
            r"|get(?:ting)?\s+back\s+at|rough(?:ing)?\s+up|deal(?:ing)?\s+with|settl\w+\s+(?:the\s+)?score|tie\s+up|tying\s+up"
            r"|(?:knock|knocking)\s+(?:\w+\s+)?(?:out|about|around)|do\s+(?:him|her|them)\s+in|mess(?:ing)?\s+(?:him|her|them)\s+up)")
# A person who would bear it: the debtor, the bloke who owes me, my ex, the landlord, someone.
_VICTIM_EN = (r"(?:debtors?|(?:the|that|this|a)\s+(?:guy|bloke|man|woman|bastard|idiot|person|prick|fella|dude|kid|driver|neighbou?r"
              r"|one|jerk|tosser)\b|\bmy\s+(?:ex|flatmate|roommate|boss|landlord|neighbou?r|colleague|coworker|husband|wife"
              r"|brother|sister|stepdad|teacher)|the\s+landlord|someone|somebody|people|him|her|them|\w+\s+who\s+(?:owes|owed"
              r"|scratched|keyed|stole|cheated|dumped|hit|insulted|ripped|crossed|wronged|snitched|grassed))")
_PURPOSE_EN = re.compile(
    rf"\b(?:for|to|so\s+(?:i|we)\s+can|in\s+order\s+to|for\s+the\s+purpose\s+of|meant\s+for|intended\s+for|gonna|going\s+to)\s+"
    rf"(?:[\w']+\s+){{0,2}}?{_HURT_EN}[^.!?]{{0,25}}?{_VICTIM_EN}"
    # 'for the man who owes me money', 'for the guy who keyed my car': a grudge said as who the item is for
    rf"|\bfor\s+(?:the|that|this|a|my)\s+(?:guy|bloke|man|woman|bastard|idiot|person|prick|fella|dude|neighbou?r|one|jerk"
    r"|tosser)\s+(?:who|that)\s+(?:owes|owed|scratched|keyed|stole|cheated|dumped|hit|insulted|ripped\s+me\s+off|crossed"
    r"|wronged|snitched|grassed|slept\s+with)\b"
    # a trap for people: 'fishing line to string across the bike path at neck height'
    r"|\b(?:string|stretch|tie)\w*\s+(?:it\s+)?across\s+(?:the|a)\s+(?:bike\s+)?(?:path|road|track|trail|street|lane|stairs)"
    r"|\bat\s+neck\s+height\b"
    # someone else's network or site knocked out: 'for knocking the café's network offline'
    r"|\b(?:knock|knocking|take|taking|bring|bringing|kick|kicking)\s+(?:[\w']+\s+){0,3}?(?:network|wi-?fi|internet|server"
    r"|website|site|signal|router)s?\s+(?:offline|down|off)\b",
    re.IGNORECASE)
# A projectile or blade said with another person's animal: 'slingshot, steel balls, for the neighbour's dog'.
_WEAPON_EN = (r"(?:slingshots?|catapults?|steel\s+balls?|ball\s+bearings?|marbles|pellets?|bbs?|air\s+rifles?|crossbows?|bows?"
              r"|arrows?|darts?|knives|knife|machetes?|bats?|clubs?|hammers?|crowbars?|spikes?|nails|antifreeze|bleach|firecrackers?"
              r"|fish\s*hooks?|glass)")
_ANIMAL_EN = re.compile(
    rf"\b{_WEAPON_EN}\b[^.!?]{{0,50}}\bfor\s+(?:the\s+|my\s+|that\s+)?(?:neighbou?r'?s'?|next[- ]door'?s?|stray|street|local"
    r"|\w+'s)\s+(?:dogs?|cats?|pets?|birds?|pigeons?|chickens?|ducks?|swans?|squirrels?|foxes)\b",
    re.IGNORECASE)
# In Chinese: to teach a lesson, scare, get back at, beat or cut a person; can wound a person; a beast hit.
_GRUDGE_ZH = r"(?:欠(?:我|俺)?钱(?:不还)?的|欠债不还的|赖账的|老赖|催债的|讨债的|欠债的|前任|前男友|前女友|仇人|那孙子|那家伙|那小子|[\u4e00-\u9fff]{1,4}的(?:人|家伙|孙子))"
_PURPOSE_ZH = re.compile(
    r"(?:教训|吓唬|吓吓|恐吓|报复|揍|砍|捅|弄死|弄残|废了|打死|打残|打伤|打断|打爆)(?:一下|一顿|一番)?(?:那个|这个|那|这)?"
    rf"(?:{_GRUDGE_ZH}|邻居|房东|同事|老板|那人|他|她|人)"
    rf"|(?:收拾|打|对付|整治)(?:一下|一顿|一番)?(?:那个|这个|那|这)?{_GRUDGE_ZH}"
    r"|能(?:射|刺|砍|捅|伤|打死|打伤|杀|戳|割)(?:死|伤)?人|能扎(?:伤|死)?人的(?:那种|那款)|(?:射|砍|捅|伤)人(?:的)?(?:那种|那款|用)"
    r"|(?:打|射|弄死|毒死|药死|伤)(?:楼下|楼上|隔壁|邻居家?|对门|小区|路边|外面)?(?:的|那条|那只|那些)?(?:狗|猫|鸽子|鸟)"
    r"(?![粮窝砂盆绳链疫针药证牌])")
# Damage to what is someone else's, said as the purpose: 砸隔壁那辆车的车窗, 划楼下那辆车的漆, 打碎对面楼那家的玻璃.
_DAMAGE_ZH = re.compile(
    r"(?:砸|划|刮|扎|戳|泼|喷|打|弄坏|弄破)(?:碎|烂|破|花)?"
    r"(?:隔壁|楼下|楼上|对门|对面楼?|邻居家?|房东家?|同事|别人家?|人家|那辆|那家|前任)[^，。！？,.!?]{0,8}?"
    r"(?:车窗|车|玻璃|窗户?|轮胎|车胎|漆|门)")
# Doping: what makes an animal or an athlete race faster than the rules allow.
_DOPING = re.compile(
    r"\b(?:epo|erythropoietin|darbepoetin|cera|nandrolone|stanozolol|winstrol|trenbolone|clenbuterol|hgh|growth\s+hormone"
    r"|doping|dope\s+(?:for|my|the)|performance[- ]enhancing\s+(?:drugs?|injections?|shots?))\b"
    r"|\b(?:testosterone|bute|phenylbutazone|lasix|furosemide|stimulants?|caffeine|cobalt|steroid)\s*(?:shots?|injections?|jabs?"
    r"|vials?|pills?|paste|doses?)?\b[^.!?]{0,40}\b(?:race|racing|racehorse|greyhound|derby|meet|pigeons?|camels?|show\s+ring"
    r"|competition|tournament|match)\b"
    r"|兴奋剂|促红素|禁药|(?:打|喂|给)[^，。！？]{0,6}(?:赛鸽|赛马|赛狗|格力犬)[^，。！？]{0,6}(?:药|针)",
    re.IGNORECASE)
# Wildlife products no shop may sell.
_WILDLIFE = re.compile(
    r"(?<!imitation )(?<!faux )(?<!vegan )(?<!vegetarian )(?<!mock )(?<!fake )\bshark(?:'s)?\s+fins?\b(?!\s+(?:hats?|costumes?"
    r"|toys?|plush|floats?|antennas?|shaped|pillows?|cushions?|clips?|swim))"
    r"|\bbear\s+(?:bile|gall(?:bladders?)?|paws?)\b|\b(?:sea\s+)?turtle\s+(?:eggs?|meat|shells?)\b|\btotoaba\b"
    r"|\bmanta\s+(?:ray\s+)?gills?\b|\bsaiga\s+horns?\b|\bmusk\s+pods?\b|\bhornbill\s+(?:casques?|ivory)\b"
    r"|(?<![仿素人造])鱼翅|鲨鱼翅|熊胆|熊掌(?![形杯造鞋手套玩])|海龟(?:蛋|肉|壳)|黄唇鱼|羚羊角|麝香(?!味|型)|犀角|虎鞭",
    re.IGNORECASE)
# A fake to be given or sold as the real thing: 假茅台…送领导当真的, 拿去当真的卖.
_AS_REAL = re.compile(r"假[\u4e00-\u9fff]{1,8}[^。！？]{0,20}?当(?:成|作)?(?:真的|正品|真货)"
                      r"|当(?:成|作)?(?:真的|真货)(?:卖|送|用|出手)")


def harmful_purpose(text: str) -> bool:
    """The sentence says its item is for hurting, punishing or shutting in a person, hurting an animal or damaging
    someone's property, dopes, names a wildlife product or a fake to pass as real."""
    return bool(pn.punished(text) or _PURPOSE_EN.search(text) or _ANIMAL_EN.search(text) or _PURPOSE_ZH.search(text)
                or _DAMAGE_ZH.search(text) or _DOPING.search(text) or _WILDLIFE.search(text) or _AS_REAL.search(text)
                or hd.harm_done(text) or ms.misuse_said(text)
                or ts.threat_said(text) or za.harmful(text))
