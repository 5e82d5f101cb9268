"""Weapons and drugs as they are said rather than as a list names them: by their category (a baton that extends,
a fighting knife, a blade hidden in a cane, a dart pipe, an air gun in slang, a sedative by its family name), by the
street's word ('xannies', 'addy', 'percs', 'molly', 气狗), spelt by ear ('tazer', 'ketamin', 'fentanil', 'zanax')
or mis-heard by a voice keyboard ('安眠要', '安棉药', '三坐仑'), masked ('k e t a m i n e', 'h3roin', 'ket@mine'),
or by the amount a drug is dealt in ('a dime bag', 'an 8 ball of coke').

A misspelling is read by its sound: each word is brought to a key (ph as f, ch and ck as k, c as s or k as it
sounds, z and a leading x as s, y as i, letters doubled once, then only the consonants after the first vowel) and
compared with the keys of the restricted words; a Chinese word is read with each of its characters or one that
sounds the same. 'Mace' is the spray unless it is the spice (ground, blade, for baking). A baton for a relay race or
a conductor, a laser, a piston, a heron and a heroine stay what they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import scope as sc

_CATEGORY = re.compile(
    r"\b(?:telescopic|expandable|extendable|collapsible|tactical|police|steel|friction[- ]lock|asp|riot|stun|shock|electric)"
    r" (?:batons?|truncheons?|nightsticks?|clubs?|prods?)\b|\b(?:truncheons?|nightsticks?|blackjacks?|saps? gloves?"
    r"|karambits?|push knives|push knife|trench knife|trench knives|boot knife|boot knives|sword[- ]?canes?|cane[- ]?swords?"
    r"|stick swords?|lipstick knife|lipstick knives|belt[- ]buckle knife|credit card knife|blow ?guns?|blow ?pipes? (?:with|and)"
    r" darts|dart blowers?|zip guns?|slam[- ]?fire|cattle prods? (?:for|on) (?:people|a person|him|her)"
    r"|xann(?:y|ies)|xans|xanny bars|addy|adderall|percs|percocets?|molly(?!'s)|mandy(?!'s)|zolpidem|ambien|zopiclone|rohypnol|roofies"
    r"|flunitrazepam|gabapentin|pregabalin|lyrica|dxm|lean syrup|sizzurp"
    # arms by maker, model or calibre, and a spray for people heard wrong ('maze spray')
    r"|glocks?|berettas?|ar-?15s?|ak-?47s?|uzis?|mp5s?|desert eagles?|\d+ ?mm (?:rounds|ammo|bullets|cartridges)"
    r"|hollow[- ]?points?|buckshot|\d+[- ]gauge (?:shells|cartridges|rounds)|(?:mace|maze|mase|mayce)[- ]?sprays?|cosh(?:es)?"
    # what is made for animals, wanted for a person ('a cattle prod for my ex', 'a shock collar for my boyfriend')
    r"|(?:cattle prods?|shock collars?|stun (?:guns?|batons?)|dog muzzles?|choke chains?)\b[^.?!]{0,20}\bfor (?:my |the |his |her |that )?"
    r"(?:ex|wife|husband|girlfriend|boyfriend|gf|bf|partner|kids?|son|daughter|child(?:ren)?|neighbou?r|roommate|flatmate|boss"
    r"|co-?worker|colleague|him|her|them|brother|sister|mum|mom|dad|students?|employees?|workers?))\b"
    r"|(?<!ground )(?<!blade )(?<!whole )(?<!spice )\bmace\b(?![- ](?:spice|powder|blades?|and nutmeg))"
    r"(?![^.?!]{0,30}\b(?:baking|cooking|spices?|recipe|curry|nutmeg|seasoning|pies?|cakes?|stews?|soups?|mulled|kitchen)\b)"
    r"|甩棍|伸缩棍|伸缩警棍|警棍|电警棍|电棍|三棱(?:刮)?刀|三棱刺|军刺|袖剑|吹箭|气狗|火狗|钢珠(?:枪|弹)|打鸟|打猎用|猎鸟"
    r"|唑仑|佐匹克隆|唑吡坦|氟硝西泮|右美沙芬|γ-?羟基丁酸|蓝精灵|听话水|催情(?:药|水|粉)|春药|迷奸"
    # blades the law controls said as such, and the street's Chinese and Cantonese for drugs
    r"|管制(?:款|刀|刀具|品|的)|开(?:了)?刃的?(?:军刀|匕首|剑|武士刀|刺刀|砍刀|唐刀|苗刀)|k仔|k粉|(?:瓶|支|罐)rush|rush(?:水|瓶)",
    re.IGNORECASE)
# A street drug by the amount it is dealt in, or its street name said with the night it is for: 'a dime bag', 'an 8
# ball of coke', 'some blow for tonight'; a cola for the party is not read so.
_DEALT = re.compile(
    r"\b(?:dime|nickel|dub|twenty|baggie) bags?\b|\b(?:8|eight)[- ]?balls? of \w+|\b(?:a |one |two |\d+ )?(?:grams?|g|eighths?|ounces?"
    r"|oz|zips?|baggies|bags?|lines?|keys?|points?) of (?:coke|blow|tina|smack|charlie|molly|mdma|meth|ket)\b"
    r"|\b(?:some|a bit of|a little) (?:blow|tina|crystal meth|smack|ket)\b"
    r"|\b(?:bare|bear|pepa|peppa|pepper)[- ]?spr?ays? (?:for|on|at) (?:people|him|her|them|someone|a person)\b", re.IGNORECASE)

# Restricted words spelt by ear are compared by sound.
_BY_EAR = ("taser", "ketamine", "cocaine", "heroin", "fentanyl", "xanax", "tramadol", "oxycodone", "oxycontin", "codeine",
           "pistol", "revolver", "shotgun", "firearm", "firearms", "ammunition", "explosive", "explosives", "grenade",
           "chloroform", "marijuana", "cannabis", "crossbow", "switchblade", "methamphetamine", "amphetamine",
           "adderall", "valium", "diazepam", "ecstasy", "silencer", "detonator", "rohypnol", "nunchucks", "tasers",
           "pistols", "grenades", "shrooms", "psilocybin")
_REAL_WORDS = frozenset({"heroine", "heroines", "heron", "herons", "herein", "pistil", "pistils"})


def _sound_key(word: str) -> str:
    """A word as it sounds, roughly: its spelling brought to one form, then its consonants after the first vowel."""
    key = word.lower().replace("ph", "f").replace("ch", "k").replace("ck", "k").replace("qu", "kw")
    key = re.sub(r"c(?=[eiy])", "s", re.sub(r"(?<=.)x", "ks", re.sub(r"^x", "s", key)))
    key = key.translate(str.maketrans("zcy", "ski"))
    key = re.sub(r"(.)\1", r"\1", key)
    head = re.match(r"[^aeiou]*[aeiou]?", key)
    cut = head.end() if head else 0
    return key[:cut] + re.sub(r"[aeiou]", "", key[cut:])


@lru_cache(maxsize=1)
def _keys() -> frozenset[str]:
    return frozenset(_sound_key(word) for word in _BY_EAR)


def _spelt_by_ear(text: str) -> bool:
    keys = _keys()
    return any(len(word) >= 5 and word.lower() not in _REAL_WORDS and _sound_key(word) in keys
               for word in re.findall(r"[A-Za-z]+", text))


# Chinese restricted words and the characters a voice keyboard writes for each of their sounds.
_SOUNDS = {
    "安": "安按暗岸氨", "眠": "眠棉绵免面", "药": "药要耀钥约", "迷": "迷米谜弥", "魂": "魂混浑", "蒙": "蒙梦",
    "汗": "汗寒汉", "三": "三散伞", "唑": "唑坐座做左", "仑": "仑伦论轮", "摇": "摇遥瑶谣", "头": "头投", "丸": "丸完玩",
    "海": "海", "洛": "洛落罗络", "因": "因音阴", "可": "可克科", "卡": "卡咖", "氯": "氯绿律", "胺": "胺安按",
    "酮": "酮同铜童", "催": "催脆翠", "情": "情晴", "听": "听庭停", "话": "话画化", "水": "水睡", "冰": "冰兵",
    "毒": "毒读独", "喷": "喷盆", "雾": "雾务物误", "防": "防房方", "狼": "狼浪郎",
}
_HEARD = ("安眠药", "迷魂药", "蒙汗药", "三唑仑", "摇头丸", "海洛因", "可卡因", "氯胺酮", "催情药", "听话水", "防狼喷雾")
_MISHEARD = re.compile("|".join("".join(f"[{_SOUNDS.get(char, char)}]" for char in word) for word in _HEARD))


# Letters spaced or dashed apart ('k e t a m i n e', 't-a-s-e-r') and digits or signs for letters ('h3roin', 'ket@mine').
_SPACED = re.compile(r"\b[a-z]([ .\-_*])(?:[a-z]\1){2,}[a-z]\b", re.IGNORECASE)
_LEET = re.compile(r"(?<![\w@$])(?=[\w@$!|]*[a-z])(?=[\w@$!|]*[0-9@$!|])[\w@$!|]{5,}", re.IGNORECASE)
_LEET_LETTERS = str.maketrans("013457@$!|", "oieastasil")


def _unmasked(text: str) -> str:
    """``text`` with spaced letters joined and digits or signs read as the letters they stand for."""
    joined = _SPACED.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group(0)), text)
    return _LEET.sub(lambda m: m.group(0).lower().translate(_LEET_LETTERS), joined)


def said_restricted(text: str) -> bool:
    """The sentence names a weapon or a drug by its category or street word, spelt by ear, masked or mis-heard (a
    household thing or a work's title named after one is not: 'a Glock-style water pistol', 'the novel Cocaine
    Nights')."""
    text = sc.as_goods(text)
    if _CATEGORY.search(text) or _DEALT.search(text) or _spelt_by_ear(text) or _MISHEARD.search(text):
        return True
    unmasked = _unmasked(text)
    return unmasked != text and (_CATEGORY.search(unmasked) is not None or _spelt_by_ear(unmasked) or sc.restricted(unmasked))
