"""Goods bought only in the amounts a household uses: medicine of any class and gift cards.

- Medicine is named by its class or its brand, in English or Chinese: sleep aids (nytol, sominex, unisom, zzzquil,
  doxylamine, zopiclone, 助眠片, 安眠片), antihistamines (diphenhydramine, benadryl, piriton, chlorphenamine, 扑尔敏,
  苯海拉明), painkillers (co-codamol, nurofen, 芬必得), cold and flu remedies (night nurse, lemsip, nyquil, 感冒灵),
  travel sickness (dramamine, stugeron, 晕车片) and herbal sedatives (valerian, kalms, passiflora, 酸枣仁); or as
  tablets, pills, capsules, 片, 粒 or 胶囊 said with a word of health ('sleep tablets', 'hay fever tablets',
  'seasickness pills', 睡眠片). More than a few packs of one, or a hundred tablets or more, is asked about.
- Gift cards, store cards and top-up cards (iTunes, Steam, Google Play, 苹果卡, 京东卡, 充值卡) bought by the
  handful are what a scam asks a victim to buy; one or a few for a person are a present.

A count said in scores or grosses ('two score boxes', 'a gross of packs') reaches here as its number.
"""

from __future__ import annotations

import re

from errand.domain.intents import BulkOrderIntent, BuyAction

from . import lexicon as lx

_HEALTH = (r"sleep(?:ing)?|night(?:-?time)?|insomnia|drowsy|allerg(?:y|ies)|hay ?fever|antihistamines?|pain|headache"
           r"|migraine|cold|flu|cough|fever|(?:travel|motion|sea|car|air)[ -]?sickness|nausea|anti-?nausea|anxiety"
           r"|calm(?:ing)?|relax(?:ing|ation)?|stress|sedatives?|herbal")
_MEDICINE_EN = re.compile(
    r"\b(?:nytol|sominex|unisom|zzz-?quil|kalms|night ?nurse|nyquil|day-?quil|diphenhydramine|doxylamine|zopiclone"
    r"|zolpidem|ambien|temazepam|diazepam|valium|xanax|promethazine|phenergan|benadryl|piriton|piriteze|chlorphenamine"
    r"|chlorpheniramine|fexofenadine|allegra|clarityn|co-?codamol|codeine|tramadol|nurofen|anadin|solpadeine"
    r"|migraleve|excedrin|aleve|motrin|lemsip|beechams|sudafed|benylin|covonia|dramamine|stugeron|kwells|cinnarizine"
    r"|meclizine|hyoscine|valerian|passiflora|passion ?flower|kava|rescue remedy|dreamland|sleep-?eaze|medised|calpol"
    r"|dozol|somnus|dormidina|hedex|paramol|joy-?rides|sea-?legs|avomine|ibuprofeno|dextromethorphan)\b"
    rf"|\b(?:{_HEALTH})(?:[ -]\w+)?[ -](?:tablets?|tabs|pills?|caps|capsules?|caplets?|softgels?|gummies|drops|sachets?"
    r"|remed(?:y|ies)|aids?|relief)\b",
    re.IGNORECASE)
_MEDICINE_ZH = re.compile(
    r"扑尔敏|氯苯那敏|苯海拉明|多西拉敏|异丙嗪|佐匹克隆|唑吡坦|艾司唑仑|地西泮|安定片|氯雷他定|西替利嗪|芬必得|散利痛|泰诺"
    r"|白加黑|康泰克|感冒灵|感冒片|感冒胶囊|晕车|晕船|晕机|酸枣仁|助眠|安眠|安神|镇静|右美沙芬|曲马多|氨酚|感康|快克"
    r"|(?:睡眠|止痛|退烧|过敏|抗过敏|止咳)(?:片|粒|胶囊|丸|软糖|颗粒|冲剂)")
_MEDICINE_PACKS = 5
_TABLETS = re.compile(r"(\d+|[一二两三四五六七八九十百千]+)\s*(?:tablets?|pills?|capsules?|caplets?|片|粒)", re.IGNORECASE)
_MEDICINE_UNITS = 100

_GIFT_CARDS = re.compile(
    r"\b(?:gift|itunes|app store|apple|google play|play store|steam(?: wallet)?|amazon|xbox|psn|playstation|nintendo"
    r"|ebay|razer(?: gold)?|vanilla|prepaid|top-?up|recharge|reload|store|shopping)(?: gift)? (?:cards?|vouchers?|codes?)\b"
    r"|\bgift ?vouchers?\b|礼品卡|购物卡|充值卡|苹果卡|京东卡|点卡|游戏卡|储值卡|(?:itunes|steam|apple|google ?play)(?:充值)?卡",
    re.IGNORECASE)
_GIFT_CARDS_FEW = 4


def _count(word: str) -> int:
    return int(word) if word.isdigit() else lx.zh_number(word) or 0


def medicine(query: str) -> bool:
    """The product is a medicine named by its class, its brand or its tablets and what they are for."""
    return bool(_MEDICINE_EN.search(query) or _MEDICINE_ZH.search(query))


def question(query: str, quantity: int, text: str) -> tuple[str, str] | None:
    """(question, missing fact) when more of a medicine or of gift cards is asked for than a household uses."""
    if (medicine(query) or medicine(text)) and (quantity > _MEDICINE_PACKS
                            or any(_count(n) >= _MEDICINE_UNITS for n in _TABLETS.findall(text))):
        return ("I only buy medicine in the amounts a household uses; how many packs do you need?", "quantity")
    if _GIFT_CARDS.search(query) and quantity > _GIFT_CARDS_FEW:
        return (("Gift cards bought by the handful are what scams ask for; I buy a few at a time for a present. "
                 "How many do you need, and who are they for?"), "quantity")
    return None


def asked(action: BuyAction | BulkOrderIntent, text: str) -> tuple[str, str] | None:
    """:func:`question` for a purchase (its query) or a bulk order (its item)."""
    if isinstance(action, BuyAction):
        return question(action.intent.query, action.intent.quantity, text)
    return question(action.item, action.quantity, text)
