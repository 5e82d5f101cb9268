"""Harm said where the readers that take words off a purchase do not look, read on the sentence as typed.

- a criminal trade said as who is buying ('bootlegger here — methanol, 20 litres', 'pickpocket here — razor blades',
  'I'm a fraudster: blank cards, 100', '我是小偷，买…'): a trade that is a crime is no trade to take off;
- a correction that swaps in goods of harm with a purpose naming a person ('a hammer — no wait, a machete, one, for
  the landlord', 'eye drops — no wait, sleeping drops, for her drink', '水果刀——不对，开山刀，找房东'): both sides
  and the purpose are read before either side is;
- a Chinese purpose that puts the goods into, onto or through another person or their things ('挤他锁眼里',
  '滴她眼睛里', '灌进邻居门锁', '趁她睡着剪她头发');
- a story told before the purchase that wishes a person harm in other words ('so she'll sleep and not wake up',
  'on the toilet for a week', 'I want him to fall', 'it won't after tonight', 'friendlier after a drink').
"""

from __future__ import annotations

import re

from . import crime_named as cn
from . import dropped as dp

_I = re.IGNORECASE

# Trades that are crimes: said as the buyer, they name what the goods are for.
_CRIMINAL_ROLE = (r"(?:bootlegg\w*|moonshin\w*|pickpocket\w*|fence|fences|fraud\w*|cheat(?:er|ers)|vandals?|pyromaniacs?|arsonists?"
                  r"|hack(?:er|ers)|scamm\w*|smuggl\w*|poach(?:er|ers)|(?:drug\s+)?dealers?|pushers?|shoplift\w*|burglars?|thie(?:f|ves)"
                  r"|forg(?:er|ers)|counterfeit\w*|traffick\w*|loan\s+sharks?|pimps?|hit\s*m[ae]n|stalkers?|muggers?|carjack\w*"
                  r"|con\s*(?:m[ae]n|artists?)|grifters?|launder\w*|skimm\w*|phish\w*|robbers?|kidnapp\w*|extortion\w*|blackmail\w*"
                  r"|embezzl\w*|looters?|racketeers?|gangsters?|mobsters?|thugs?|assassins?|hustlers?|crooks?|criminals?|crackers?"
                  r"|taggers?|graffiti\s+artists?|bookies?|touts?|scalpers?|swindl\w*|cardsharps?|card\s+sharks?|catfish\w*|spammers?"
                  r"|vigilantes?|arms\s+dealers?|gunrunners?|rustlers?|saboteurs?|anarchists?|terrorists?|bomb\s*makers?)")
_ROLE_SAID = re.compile(
    rf"^\W*(?:(?:i'?m|i\s+am|me)\s+)?(?:(?:a|an|the|your|ur|just\s+a|just\s+an)\s+)?(?:[a-z-]+\s+){{0,2}}?{_CRIMINAL_ROLE}"
    rf"\s*(?:here|speaking|by\s+trade|on\s+duty|on\s+site)?\s*(?:[:—–,;!.]|\s-\s|$)"
    rf"|\b(?:i'?m|i\s+am|as)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?{_CRIMINAL_ROLE}\b(?!\s+(?:novels?|books?|films?|movies?|games?|costumes?"
    rf"|stor(?:y|ies)|party))", _I)
_ROLE_ZH = re.compile(r"(?:^|我是|俺是|咱是|本人是?)(?:个|一个|一名|名)?(?:小偷|扒手|惯偷|骗子|诈骗犯|黑客|毒贩|私酒贩子|酒贩子|走私的?"
                      r"|纵火犯|放火的|造假的|做假证的|盗贼|窃贼|劫匪|人贩子|偷车贼|偷猎的|偷猎者|票贩子|黄牛|混混|杀手)"
                      r"(?:在此|这边|这里|来了)?[：:—，,。！\s]")

# Goods of harm: weapons, poisons, sedatives, tools for breaking in.
_HARM_GOODS = (r"(?:machetes?|cleavers?|hunting\s+knife|hunting\s+knives|knives|knife|daggers?|swords?|axes?|hatchets?|crowbars?|bats?"
               r"|knuckle\s*dusters?|tasers?|stun\s+guns?|pepper\s+spray|guns?|rifles?|crossbows?|rat\s+poison|poisons?|weedkiller"
               r"|antifreeze|bleach|acid|lye|arsenic|cyanide|sleeping\s+(?:drops|pills|tablets)|sedatives?|tranquil\w*|laxatives?"
               r"|rohypnol|ghb|chloroform|ether|lighter\s+fluid|petrol|gasoline|methanol|lock\s*picks?|bolt\s+cutters?|zip\s+ties"
               r"|duct\s+tape|rope|syringes?|razor\s+blades?)")
_PERSON_PURPOSE = re.compile(
    r"\bfor\s+(?:my|the|his|her|their|that|this|our)\s+(?:[a-z-]+\s+)?(?:landlord|landlady|husband|wife|hubby|boss|ex|neighbou?rs?"
    r"|flatmate|roommate|teacher|brother|sister|mum|mom|dad|father|mother|son|daughter|boyfriend|girlfriend|partner|colleague"
    r"|co-?worker|tenant|guest|guy|man|woman|kid|drink|coffee|tea|cake|food|dinner|lunch|soup|punch|shop|bank|house|car|date)\b"
    r"|\bfor\s+(?:him|her|them)\b|\bwhen\s+(?:he|she|they)\s+(?:comes?|gets?|arrives?|shows?)"
    r"|\bfor\s+when\s+(?:my|the|he|she|they|his|her)\b|\b(?:brother|sister|mother|father)-in-law\b", _I)
_CORRECTION = re.compile(r"(?:\bno\s+wait\b|\bwait\s+no\b|\bactually\s*,|\bscratch\s+that\b|\bi\s+mean\b|\bmake\s+it\b|\binstead\b"
                         r"|\bsorry\s*,|\bcorrection\b|\bchange\s+(?:it|that)\s+to\b|\bno,|不对|哦不对|不是|改成|换成|算了|还是)", _I)
_HARM_GOODS_ZH = re.compile(r"开山刀|砍刀|西瓜刀|管制刀|匕首|斧头|铁棍|甩棍|电棍|防狼喷雾|老鼠药|毒鼠强|农药|百草枯|安眠药|迷药|蒙汗药"
                            r"|泻药|硫酸|盐酸|汽油|撬棍|撬锁")
_PERSON_ZH = (r"(?:他|她|它们|他们|她们|室友|舍友|邻居|老板|同事|领导|老公|老婆|前任|前男友|前女友|对象|婆婆|公公|房东|房客|同学|老师|"
              r"对门|楼上|楼下|那人|那家伙|别人|人家|小三|情敌|仇人|上司|主管|经理|男朋友|女朋友|丈夫|妻子|继母|后妈)")
_PURPOSE_ZH = re.compile(rf"(?:找|给|对付|教训|收拾|招呼|伺候|见|堵){_PERSON_ZH}")

# A Chinese purpose that puts the goods into, onto or through a person or their things.
_APPLIED_ZH = re.compile(
    rf"(?:挤|灌|滴|抹|撒|泼|喷|涂|剪|夹|扎|戳|划|掺|塞|倒|放|粘|洒|兑|混)(?:进|到|在|入|上|了)?(?<!其){_PERSON_ZH}"
    rf"(?!们?(?:买|送|用|家里用|自己))"
    rf"|(?:往|朝|向|在){_PERSON_ZH}(?:的)?[\u4e00-\u9fff]{{0,6}}(?:里|上|中|内)?(?:挤|灌|滴|抹|撒|泼|喷|涂|倒|掺|下|塞|放|加|粘|洒)"
    rf"|趁{_PERSON_ZH}(?:睡着|睡觉|不在|不注意|没注意|喝醉|洗澡)")
_BENIGN_ZH = re.compile(r"指甲|剪头发(?:用|的)|给他们?(?:买|用|送)|送给")

# A story that wishes a person harm in other words.
_HARM_TOLD = re.compile(
    r"\b(?:sleep|rest|nap|doze)\s+(?:and|&)\s+(?:not|never)\s+wake\b|\b(?:not|never|won'?t|doesn'?t|don'?t)\s+wake\s+(?:up\s+)?(?:again|ever)?"
    r"|\bnever\s+wakes?\b|\bout\s+cold\b|\bknock(?:ed)?\s+(?:him|her|them)\s+out\b"
    r"|\b(?:on|glued\s+to)\s+the\s+(?:toilet|loo|bog|john)\s+(?:for|all)\b"
    r"|\b(?:want|wants|wanted|make|get|see)\s+(?:him|her|them|the\s+\w+)\s+(?:to\s+)?(?:fall(?!\s+asleep)|trip|slip|sick|ill|suffer|bleed|choke|vomit"
    r"|throw\s+up|hurt)\b"
    r"|\b(?:him|her|them|he|she|they)\s+(?:sick|ill)\s+(?:on|for|at|before)\b"
    r"|\bwon'?t\s+(?:\w+\s+)?(?:after|past|beyond|by)\s+tonight\b|\b(?:gone|dead|done\s+for|finished)\s+(?:after|by)\s+tonight\b"
    r"|\b(?:friendlier|more\s+friendly|less\s+resist\w*|more\s+willing|more\s+relaxed|easier|loosen(?:ed)?\s+up|more\s+fun)\s+after\s+"
    r"(?:a|one|her|his|the)\s+(?:drink|sip|glass|cup)\b"
    r"|\b(?:humiliated|cheated\s+on|dumped|betrayed|insulted|sacked|fired|ripped\s+off|wronged|screwed)\s+(?:me|my\s+\w+)\b.{0,60}?"
    r"\b(?:his|her|their)\s+(?:car|van|house|flat|bike|garden|tank|dog|cat|drink|coffee|tea)\b", _I)


def _criminal_role(text: str) -> bool:
    return bool(_ROLE_SAID.search(text) or _ROLE_ZH.search(text))


def _corrected_to_harm(text: str) -> bool:
    marker = _CORRECTION.search(text)
    if marker is None:
        return False
    swapped = re.sub(r"^[\s,.;:!—–-]+", "", text[marker.end():])
    if re.search(r"\bfor\b|找|给|对付|教训", swapped, _I) and (dp.must_hear(f"buy {swapped}") or cn.crime_named(swapped)):
        return True
    if re.search(rf"\b{_HARM_GOODS}\b", text[marker.start():], _I) and _PERSON_PURPOSE.search(text):
        return True
    return bool(_HARM_GOODS_ZH.search(text[marker.start():]) and (_PURPOSE_ZH.search(text) or re.search(_PERSON_ZH, text)))


def _applied_to_person(text: str) -> bool:
    if not re.search(r"[\u4e00-\u9fff]", text):
        return False
    return any(not _BENIGN_ZH.search(text[max(0, m.start() - 4):m.end() + 6]) for m in _APPLIED_ZH.finditer(text))


def named(text: str) -> bool:
    """The sentence as typed names harm in one of the ways the readers around a purchase pass over."""
    return (_criminal_role(text) or _corrected_to_harm(text) or _applied_to_person(text)
            or bool(_HARM_TOLD.search(text)))


def question(sentence: str) -> tuple[str, str] | None:
    """The question for harm told around a purchase, or for a sentence that leaves out or relays what it asks."""
    from . import asked_over as ao
    from . import harm_anywhere as ha

    return (ha.QUESTION, "intent") if named(sentence) else ao.question(sentence)
