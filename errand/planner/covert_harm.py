"""Harm carried by words a reader takes off as harmless: a run-together hashtag ('#burnhisface', '#干掉渣男'), a
labelled field or a bracketed note ("Tags: groom's-drink", 'Status: he won't wake up'), a scene before a dash
("stepdad's tea — rat bait"). Read on the sentence as typed, after every reader:

- a run-together tag or a hyphenated label is split into words (English: the fewest words of lemminflect's lexicon
  and the short function words; Chinese needs no split) and the split words go through the harm, grudge, crime,
  self-harm and setting checks, as a tag is a remark and a remark naming harm is asked about;
- a product that hurts a person or an animal when given or put somewhere unseen (a sedative, a laxative, eye drops
  or a poison in a drink; sugar or sand in a tank; glue in a lock; spikes on a driveway; marbles on stairs; hair
  remover in a shampoo; a tracker on a car) named together with another's food, drink, body, car, lock or stairs;
- an ending said anywhere ('won't wake up', 'the last thing I'll need', 'end it all', 最后一次购物);
- an approval waived in a tag or a label ('no-confirmation', 免确认).

The shopper's own ('for my dry eyes', 'for my car'), a place that is no person's food or body ('rat bait for the
shed', 'sugar for the cake') and a product alone keep their action.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import lemminflect  # type: ignore[import-untyped]

from . import despair_said as ds
from . import lethal_said as ls

# Short words the lexicon does not hold or holds badly, said inside run-together tags.
_WORDS = (
    "a i me my mine he him his she her hers they them their it its we us our you your the an in on at to of for by up"
    " off out into onto over under and or no not so all bye is be was ill im hes shes its dont wont cant last ever"
    " next door ex smoothie cuppa shampoo porridge driveway thermos teapot mouthwash toothpaste laxative"
    " laxatives superglue antifreeze weedkiller brakes")
_FUNCTION = frozenset(_WORDS.split())
_TAG = re.compile(r"#([A-Za-z]{4,40})(?![\w#])")
_TAG_ZH = re.compile(r"#([\u4e00-\u9fff]{2,12})")
_HYPHENED = re.compile(r"\b([A-Za-z]+(?:['’]s)?(?:-[A-Za-z]+(?:['’]s)?)+)\b")

# What hurts when given unseen, by kind, and what of another's it goes into or onto.
_OWNER = r"(?:his|her|their|the|that|office|staff|party|wedding|school|[a-z]+(?:'s|’s|s'|s’))"
_GIVEN = (r"sleeping\s+(?:pills?|tablets?|drops?)|sedatives?|tranquil+i[sz]ers?|laxatives?|eye\s*drops|bleach|antifreeze"
          r"|coolant|rat\s+(?:bait|poison)|poison|slug\s+pellets|weed\s*killer|pesticide|insecticide|drain\s+cleaner"
          r"|hair\s+remov\w*(?:\s+cream)?|depilatory\s+cream|nair|ipecac|diuretics?|chill?i\s+oil|ghost\s+pepper\s+\w+")
_POISON = r"antifreeze|coolant|rat\s+(?:bait|poison)|poison|slug\s+pellets|weed\s*killer|pesticide|insecticide|bleach"
_INTAKE = (r"tea|cuppa|coffee|brew|drinks?|glass|cup|mug|punch(?:\s+bowl)?|pint|beer|wine|toast|smoothie|juice|soup|stew"
           r"|dinner|lunch|breakfast|supper|meal|food|porridge|cereal|water(?:\s+(?:bottle|cooler|jug))?|bottle|flask"
           r"|thermos|teapot|kettle|shampoo|conditioner|toothpaste|mouthwash|contact\s+lens(?:es)?|lens\s+case|eyes?"
           r"|pillow|bed|face")
_ANIMAL = r"dog|cat|pets?|puppy|kitten|horse|chickens?|pond|fish"
_COVERT_EN = re.compile(
    rf"\b(?:{_GIVEN})\b.*\b{_OWNER}\s+(?:[\w-]+\s+){{0,2}}?(?:{_INTAKE})\b"
    rf"|\b{_OWNER}\s+(?:[\w-]+\s+){{0,2}}?(?:{_INTAKE})\b.*\b(?:{_GIVEN})\b"
    rf"|\b(?:{_POISON})\b.*(?:\b{_OWNER}\s+(?:[\w-]+\s+)?(?:{_ANIMAL})\b|\b(?:{_ANIMAL})\s+next\s+door\b)"
    rf"|(?:\b{_OWNER}\s+(?:[\w-]+\s+)?(?:{_ANIMAL})\b|\b(?:{_ANIMAL})\s+next\s+door\b).*\b(?:{_POISON})\b"
    rf"|\b(?:sugar|sand|salt|bleach)\b.*\b{_OWNER}\s+(?:[\w-]+\s+){{0,2}}?(?:tank|engine)\b"
    rf"|\b{_OWNER}\s+(?:[\w-]+\s+){{0,2}}?(?:tank|engine)\b.*\b(?:sugar|sand|salt)\b"
    rf"|\b(?:super\s*glue|glue|epoxy)\b.*\b{_OWNER}\s+(?:[\w-]+\s+){{0,3}}?(?:locks?|keyhole|door)\b"
    rf"|\b{_OWNER}\s+(?:[\w-]+\s+){{0,3}}?(?:locks?|keyhole)\b.*\b(?:super\s*glue|glue|epoxy)\b"
    rf"|\b(?:tyre|tire|road)\s+spikes|caltrops|\b(?:nails|tacks|screws)\b.*\b{_OWNER}\s+(?:[\w-]+\s+)?(?:driveway|tyres|tires)\b"
    rf"|\b(?:marbles|ball\s+bearings|cooking\s+oil|grease)\b.*\b{_OWNER}\s+(?:[\w-]+\s+)?(?:stairs|staircase|steps)\b"
    rf"|\b(?:gps\s+(?:tag|tracker)|tracker|air\s*tag|tracking\s+device)\b.*(?:\b(?:his|her|their)|(?<!\bmy\s)(?<!\bour\s)"
    rf"\b[a-z]+(?:'s|’s)|\bmy\s+(?:ex|wife|husband|girlfriend|boyfriend|partner)(?:'s|’s))\s+"
    rf"(?:[\w-]+\s+)?(?:car|bumper|bag|handbag|coat|bike|phone)\b"
    rf"|\b(?:ladder|camera|binoculars)\b.*\b(?:his|her|their)\s+(?:bedroom|window|bathroom)"
    r"|\b(?:drone)\b.*\bprison"
    rf"|\b(?:{_GIVEN})\b.*\bdeserves?\s+(?:it|this|what)|\bdeserves?\s+(?:it|this|what)\b.*\b(?:{_GIVEN})\b",
    re.IGNORECASE | re.DOTALL)
_GIVEN_ZH = (r"安眠药|安定|镇静剂|泻药|眼药水|漂白剂|漂白水|84消毒液|消毒液|防冻液|老鼠药|鼠药|耗子药|农药|除草剂|杀虫剂|脱毛膏"
             r"|风油精|辣椒油|芥末油|蟑螂药")
_INTAKE_ZH = (r"酒|茶|水杯|杯子|茶杯|饮水机|咖啡|汤|饭|粥|洗发水|护发素|牙膏|隐形眼镜|眼睛|枕头|饮料|奶|水壶|保温杯|碗|猫|狗")
_OTHERS_ZH = (r"(?:他|她|他们|她们|它|人家|别人|[\u4e00-\u9fff]{1,4}(?<!我)的|[\u4e00-\u9fff]{1,3}家的?|(?:倒|放|滴|挤|掺|加|下|灌|兑|撒)"
              r"(?:进|到|在|入)?(?:公司|办公室)?)")
_COVERT_ZH = re.compile(
    rf"(?:{_GIVEN_ZH})[^。！？]*?{_OTHERS_ZH}[\u4e00-\u9fff]{{0,2}}?(?:{_INTAKE_ZH})"
    rf"|{_OTHERS_ZH}[\u4e00-\u9fff]{{0,2}}?(?:{_INTAKE_ZH})[^。！？]*?(?:{_GIVEN_ZH})"
    rf"|(?:白糖|糖|沙子|盐)[^。！？]*?(?:他|她|人家|[\u4e00-\u9fff]{{1,3}}的)[\u4e00-\u9fff]{{0,2}}?油箱"
    rf"|(?:502|胶水|强力胶|万能胶)[^。！？]*?(?:他|她|人家|邻居|[\u4e00-\u9fff]{{1,3}}的)[\u4e00-\u9fff]{{0,2}}?(?:锁|车门|门)"
    rf"|(?:钉子|图钉|扎胎|路钉)[^。！？]*?(?:他|她|人家|[\u4e00-\u9fff]{{1,3}}的)[\u4e00-\u9fff]{{0,2}}?(?:车道|轮胎|车位)"
    rf"|(?:弹珠|玻璃珠|钢珠|油)[^。！？]*?(?:他|她|人家|[\u4e00-\u9fff]{{1,3}}的)[\u4e00-\u9fff]{{0,2}}?(?:楼梯|台阶)"
    rf"|(?:定位器|追踪器|GPS)[^。！？]*?(?:(?:老公|老婆|男朋友|女朋友|对象|前任|前女友|前男友|他|她)(?:在哪|去哪|的车|车上|包里))",
    re.IGNORECASE)
# An ending said anywhere, a person's death said of a sedative, and a tag that wishes a person gone.
_ENDING = re.compile(
    r"\b(?:won'?t|will\s+not|wouldn'?t|never|not|no\s+more)\s+(?:ever\s+)?wak(?:e|ing)\s+up(?:\s+again)?"
    r"(?!\s+(?:on\s+time|in\s+time|early|without|unless|otherwise|for|when|if|till|until|before|to|at|in\s+the))"
    r"|\blast\s+(?:thing|purchase|buy|order)s?\s+(?:that\s+)?(?:(?:i'?ll|i\s+will|i'?d)\s+(?:ever\s+)?|i\s+ever\s+)(?:need|buy|make|order|get)"
    r"|\blast\s+(?:purchase|order|buy)\s+ever\b|\bend\s*it\s*all\b|\blast\s+night\s+alive\b|\bgoodbye\s+(?:cruel\s+)?world\b"
    r"|\bbye\s*bye\s+(?:grandma|grandpa|gran|nan|mum|mom|dad|world|him|her|life)\b"
    r"|最后一次(?:购物|买东西|下单|网购)|再也不想醒|不会醒来了?|醒不过来", re.IGNORECASE)
# A run-together tag that does harm to a person or another's things.
_HURTS = re.compile(
    r"\b(?:burn|scald|cut|slash|break|smash|ruin|wreck|key|torch|choke|bash|stab|smother|drown|trip|punch|kick|hurt"
    r"|light\s+up|poison|spike|strangle|slap|teach)\s+(?:up\s+)?(?:my\s+|the\s+)?(?:him|her|them|his|their|ex|boss"
    r"|neighbou?r|kid|landlord|husband|wife|stepdad|grandma|gran)\b|\bwatch\s+(?:him|her)\s+through\b"
    r"|\bin\s+(?:his|her|their)\s+(?:coffee|tea|drink|food|dinner|glass|cup)\b"
    r"|\bsorry\s+not\s+sorry\s+(?:my\s+|the\s+)?(?:neighbou?r|ex|boss|landlord|husband|wife|flatmate|colleague)", re.IGNORECASE)
_WAIVED = re.compile(r"\b(?:no|skip|without|auto|bypass|zero)[-_\s]*(?:confirm|approv|review|check|sign[-_\s]*off)\w*"
                     r"|免(?:确认|审批|审核)|跳过(?:确认|审批)|无需(?:确认|审批)|自动确认", re.IGNORECASE)


@lru_cache(maxsize=4096)
def split_words(run: str) -> str | None:
    """A run-together word split into the fewest words the lexicon holds ('burnhisface' → 'burn his face'); None
    when it cannot be read as English."""
    word = run.lower()
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 16), end):
            head, piece = best[start], word[start:end]
            if head is None or not (piece in _FUNCTION or len(piece) >= 3 and lemminflect.getAllLemmas(piece)):
                continue
            if best[end] is None or _cost([*head, piece]) < _cost(best[end] or []):
                best[end] = [*head, piece]
    found = best[len(word)]
    return " ".join(_owned(piece, piece is not found[-1]) for piece in found) if found else None


def _cost(pieces: list[str]) -> tuple[int, int]:
    """Fewest words first, then fewest one-letter words ('end it all', not 'end i tall')."""
    return len(pieces), sum(1 for piece in pieces if len(piece) == 1)


def _owned(piece: str, before_another: bool) -> str:
    """A noun with an 's' run into the word after it is its owner ('grooms glass' → "groom's glass")."""
    if (before_another and len(piece) > 4 and piece.endswith("s") and piece not in _FUNCTION
            and "NOUN" in lemminflect.getAllLemmas(piece[:-1])):
        return f"{piece[:-1]}'s"
    return piece


def heard(sentence: str) -> str:
    """The sentence with its run-together tags split into words and its hyphenated labels spaced."""
    text = _TAG.sub(lambda m: f"#{split_words(m.group(1)) or m.group(1)}", sentence)
    return _HYPHENED.sub(lambda m: m.group(1).replace("-", " "), text)


def _tags(sentence: str) -> list[str]:
    said = [split_words(m.group(1)) or m.group(1) for m in _TAG.finditer(sentence)]
    return said + [m.group(1) for m in _TAG_ZH.finditer(sentence)]


def covert(text: str) -> bool:
    """A product that hurts when given unseen, with another's food, drink, body, car, lock or stairs."""
    return bool(_COVERT_EN.search(text) or _COVERT_ZH.search(text))


def ending(text: str) -> bool:
    """An ending said in the sentence or a tag of it."""
    return bool(_ENDING.search(text) or ds.despair_said(text))


def hidden_harm(words: str) -> bool:
    """Words a reader would drop name a product given unseen with another's food, drink, car, lock or stairs."""
    return covert(heard(words))


def question(sentence: str, must_hear: Callable[[str], bool]) -> tuple[str, str] | None:
    """'care' when an ending is said, 'harm' when harm is said in a tag or a product is given unseen, 'approval'
    when a tag or a label waives approval; None otherwise. ``must_hear`` is ``dropped.must_hear`` (passed in, since
    dropped asks this module of the words it keeps)."""
    text = heard(sentence)
    if ending(text):
        return "care", "intent"
    tags = _tags(sentence)
    if covert(text) or any(_HURTS.search(t) or ls.lethal_said(t) or ds.harm_said(t) or must_hear(t) for t in tags):
        return "harm", "intent"
    if _WAIVED.search(text):
        return "approval", "approval"
    return None
