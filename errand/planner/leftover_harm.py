"""Harm in the words the planned action does not account for, read by its shape rather than by a list of phrases.

Readers take greetings, tags, notes, stories and foreign words off a sentence before the screens read it; whatever
they drop, the words of the sentence as typed that the planned action's own fields do not hold (the leftover: the
product, the item, the count are taken out) are read here for the shape of harm, and a purchase whose leftover has
it becomes a question:

- a person (him, her, them, his, a role such as boss, coach or neighbour, another's possessive) as the object of a
  verb of hurting, damaging, tampering, dosing, silencing, locking, burning or breaking (English by lemma, Chinese
  by a verb whose characters hurt); a past accident ('my husband broke the handle') is a report, not a wish;
- a body part of another person beside a product that is no care or clothing for it ('pliers for her teeth');
- a product put into or meant for another person's food, drink, medicine or toiletries ('to mix into his cereal',
  'for the roommate's smoothie', 倒进她的保温杯), a product that is food itself excepted ('honey for grandma's tea');
- a person said to come to what hurts them ('he should limp', "she'll bleed");
- a person beside a word no lexicon holds where a verb would stand ('to glorp my boss'), a purpose in another
  language with a verb English does not hold and a possessive ('pour bâillonner ma sœur'), and a clause in a script no
  reader understands beside a person or beside another such clause.

A product whose own query kept such words is read the same way ('拔他指甲'). The gate asks this right after
``harm_anywhere``'s look at the sentence as typed.

Run-together tags are split over the lexicon first (``covert_harm.split_words``). Words of kindness with a person
(give, send, thank, surprise, help, love) are no harm, so a gift for her birthday keeps its action.
"""

from __future__ import annotations

import re
from functools import lru_cache

import jieba.posseg as pseg  # type: ignore[import-untyped]
import lemminflect  # type: ignore[import-untyped]

from . import covert_harm as ch
from . import unread_script as us


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_HARM_VERBS = _set(
    "hurt harm injure wound maim cripple kill murder stab slash cut snip slit prick puncture pierce poke jab burn singe"
    " scald scorch torch brand crush smash break shatter crack snap fracture dent scratch deface vandalise vandalize"
    " wreck ruin trash damage sabotage tamper loosen unscrew hang strangle choke throttle smother suffocate drown gag"
    " bind restrain lock trap cage imprison beat hit punch kick slap whip thrash flog bash club batter bludgeon pummel"
    " trip shove drug dose spike lace poison sedate tranquilise tranquilize splash douse soak drench blind deafen"
    " silence muzzle stalk torture torment terrorise terrorize bully humiliate sicken infect contaminate taint"
    " electrocute shock zap scar disfigure mutilate bruise bite pinch strangle suffocate asphyxiate behead skin"
    " flay scald sting maul smother spit end gut eliminate overdose")
_PEOPLE = _set(
    "him her them he she they his their boss ex coach neighbour neighbor teacher wife husband landlord landlady"
    " stepmum stepmom stepdad stepfather stepmother mum mom dad mother father brother sister son daughter nephew niece"
    " grandma grandpa grandad granddad gran nan granny grandmother grandfather uncle aunt cousin baby toddler kid kids"
    " child children roommate flatmate housemate classmate colleague coworker intern nanny babysitter referee cyclist"
    " girlfriend boyfriend partner fiance fiancee bride groom tenant manager supervisor pupil student driver rival"
    " stranger inlaw mother-in-law father-in-law sister-in-law brother-in-law bully victim wifey hubby bestie friend"
    " doctor nurse cat dog puppy puppies kitten kittens pet pets rooster horse parrot")
_BODY = _set(
    "thumb thumbs finger fingers fingernails nails toe toes hand hands wrist wrists arm arms leg legs knee knees"
    " kneecap kneecaps foot feet ankle ankles face eye eyes ear ears nose mouth lip lips teeth tooth tongue throat neck"
    " head skull hair scalp skin back ribs spine belly stomach chest")
_INTAKE = _set(
    "tea coffee latte cocoa cuppa soup stew rice cereal porridge burger sandwich smoothie juice milk water drink drinks"
    " food meal dinner lunch breakfast supper snack yoghurt yogurt pills pill medicine meds tablets inhaler shampoo"
    " conditioner toothpaste mouthwash toothbrush nightcap beer wine pint glass flask thermos fridge lens lenses"
    " bowl plate pasta salad curry noodles cake dessert pudding formula sandwiches cereal oatmeal coke soda cocktail"
    " punch wine whisky vodka biscuits cookies")
# What goes with a body part or into food by its nature: care, clothing, food and what serves it.
_CARING = re.compile(
    r"(?:\b|(?<=hair)|(?<=tooth)|(?<=nail)|(?<=hand)|(?<=face)|(?<=foot)|(?<=lip)|(?<=eye))(?:brush|comb|cream|lotion|balm|glove|mitten|sock|hat|cap|scarf|shoe|boot|slipper|shampoo|soap|wash|oil|serum"
    r"|plaster|bandage|splint|brace|support|wrap|warmer|clip|bobble|band|tie|earring|necklace|ring|bracelet|watch"
    r"|glasses|goggles|mask|drops|polish|file|clipper|trimmer|razor|dryer|straightener|toothbrush|toothpaste|floss"
    r"|guard|protector|pad|pillow|cushion|headphone|earbud|earplug|hearing|thermometer|spray|vitamin|lozenge|syrup"
    r"|ribbon|candle|card|wrapping|gift|present|flower|paracetamol|ibuprofen"
    r"|aspirin|medicine|tablet|plaster|ointment|muff|earmuff|sleeve|cover|gel|heat|cold|pack|sunscreen|moisturi[sz]er|makeup|lipstick)(?:e?s)?\b",
    re.IGNORECASE)
_FOODISH = re.compile(
    r"\b(?:sugar|honey|milk|cream|lemon|sweetener|straw|lid|cup|mug|spoon|teabag|tea|coffee|spice|salt|pepper|cinnamon"
    r"|chocolate|marshmallow|ice|jam|butter|sprinkle|topping|biscuit|cookie|sauce|bread|fruit|flask|bottle|bowl"
    r"|lunchbox|tray|cosy|cozy|coaster|thermos|tumbler|jug|carafe|container|pot|kettle|holder|syrup|cordial|squash|ketchup|mustard|mayo|cheese|ham|bacon|egg|lettuce"
    r"|tomato|oat|granola|cereal|nut|berry|berries|vitamin|probiotic|protein|powder\s+shake)(?:e?s)?\b", re.IGNORECASE)
_TIMES = _set("monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday week month year"
              " weekend christmas easter halloween")
_SUBJECTS = _set("he she they it")
_PAST_FORMS = ("VBD", "VBN")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|#[A-Za-z]+|[,.;:!?—–\-()]")
_BREAK = frozenset(",.;:!?—–-()")
_LINKS = _set("for to with and but so because as by when if")
_DETS = _set("the a an my your our this that these those some up")
_INTO = _set("into in onto inside through")
_SHORT = frozenset(ch._FUNCTION) | _set("i'm i'll it's he'll she'll won't going gonna")

# Chinese: characters that hurt when they make a verb, people, body parts, and what another eats or drinks.
_ZH_HURT = re.compile(r"[砸烂粘剪勒烧敲断闷泼扎割划破打掐踢捅砍烫淹毒拔摔夹烙刺戳咬抽揍毁伤残瞎聋哑废折撕绑捆堵封囚淋灼掺兑灌弄害整"
                      r"扇锤踩推撞勒掐溺埋跟拍偷喷抹涂塞]")
_ZH_PEOPLE = re.compile(r"^(?:他|她|它|他们|她们|它们|老板|教练|前任|邻居|老师|婆婆|公公|老公|老婆|室友|同桌|同事|孩子|小孩|宝宝"
                        r"|继父|继母|后妈|后爸|前男友|前女友|男朋友|女朋友|对象|领导|上司|房东|保姆|学生|同学|舅舅|姑姑|阿姨|叔叔"
                        r"|爸爸|妈妈|儿子|女儿|哥哥|姐姐|弟弟|妹妹|奶奶|爷爷|外婆|外公|渣男|小三|那人|那个人|狗|猫)$")
_ZH_BODY = re.compile(r"手|脚|腿|脸|眼|耳|鼻|嘴|牙|舌|指|头|脖|喉|皮|发|背|膝")
_ZH_INTAKE = re.compile(r"茶|咖啡|汤|饭|粥|奶|水|酒|饮|药|杯|碗|菜|面|果汁|洗发|牙膏|牙刷|眼药|冰箱|饮料|零食|便当")
_ZH_EVERYDAY = re.compile(r"^(?:打(?:字|车|包|扫|印|开|算|卡|折|理|扮|针|电话|听|招呼|游戏|球|工|的)|拍照|拍摄|弄好|整理|抹茶"
                          r"|塞满|推荐|推送|跟进|偷懒)")
_ZH_CAUSE = _set("让 叫 使 把 害 要")
_ZH_FOOD = re.compile(r"奶|茶|咖啡|糖|蜂蜜|果汁|饮料|汤|粥|米|面|蛋糕|巧克力|饼干|零食|水果|冰块|柠檬|调料|吸管|杯|盖")
_ZH_INTO = re.compile(r"(?:进|到|入|在)$")
_KANA_CLAUSE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]+[をにで][\u3040-\u30ff\u4e00-\u9fff]+")


# Another language's purpose said of a person: a purpose word, a verb no English lexicon holds, a possessive and the
# person ('pour bâillonner ma sœur', 'para amarrar a mi jefe', 'um meinen Mann zu …').
_FOREIGN_PURPOSE = re.compile(
    r"\b(?:pour|para|pra|per|um|om|voor|untuk|buat|kwa|na|чтобы|żeby|aby)\s+(?P<verb>[^\W\d_]+)\s+(?:\w+\s+)?"
    r"(?:ma|mon|mes|mi|mis|mio|mia|il\s+mio|la\s+mia|meu|minha|o\s+meu|a\s+minha|mein|meine|meinen|meiner|mijn"
    r"|moja|moją|mojego|mojej|saya|aku|моего|мою|мою|моей)\b", re.IGNORECASE)
# A person said to come to what hurts them: 'he should limp', 'she'll bleed', 'he won't walk again'.
_SUFFER = _set("limp bleed suffer choke drown burn starve freeze cry scream die rot crawl")
_MODAL = _set("should will 'll shall gonna must can't won't")


def _is_harm_verb(word: str) -> bool:
    """The word is a form of a verb of hurting, said now or meant (a past form reports and is left out)."""
    lemmas = lemminflect.getAllLemmas(word, upos="VERB").get("VERB", ())
    for lemma in lemmas:
        if lemma in _HARM_VERBS:
            past = {form for tag in _PAST_FORMS for form in lemminflect.getInflection(lemma, tag=tag)}
            return word not in past or word in lemminflect.getInflection(lemma, tag="VB")
    return word in _HARM_VERBS


def _person(word: str) -> bool:
    """A pronoun or a role for a person or an animal, or the possessive of one or of a name ("the coach's", "Tom's");
    a thing's possessive ("the bakery's") is none."""
    if word in _PEOPLE:
        return True
    owner = word[:-2] if word.endswith(("'s", "’s")) else ""
    return bool(owner) and owner not in _TIMES and (owner in _PEOPLE or "NOUN" not in lemminflect.getAllLemmas(owner))


def _known(word: str) -> bool:
    return word in _SHORT or bool(lemminflect.getAllLemmas(word)) or word.rstrip("s") in _SHORT


@lru_cache(maxsize=4096)
def _tokens(words: str) -> tuple[str, ...]:
    out: list[str] = []
    for token in _WORD.findall(words):
        if token.startswith("#"):
            split = ch.split_words(token[1:])
            out += ["—", *split.lower().split(), "—"] if split else ["—", token.lower(), "—"]
        else:
            out.append(token.lower())
    return tuple(out)


def _english(tokens: tuple[str, ...], product: str) -> bool:
    for i, word in enumerate(tokens):
        if (word in ("he", "she", "they", "it") and tokens[i + 1:i + 2] and tokens[i + 1] in _MODAL
                or word in ("he'll", "she'll", "they'll", "it'll")) and any(w in _SUFFER for w in tokens[i + 1:i + 4]):
            return True  # 'he should limp', 'she'll bleed'
        ahead = []
        for later in tokens[i + 1:i + 7]:
            if later in _BREAK or later in _LINKS:
                break
            ahead.append(later)
        if _is_harm_verb(word) and any(_person(w) and w not in _SUBJECTS for w in ahead) and not _reported(tokens[:i]):
            return True  # 'crush his fingers', 'hang the teacher', 'splash it in her eyes'
        if word in _INTO and i > 0 and tokens[i - 1] not in _BREAK and _owned_intake(ahead):
            return True  # 'to mix into his cereal', 'hide in my classmate's sandwich'
        if word == "for" and _owned_intake(ahead) and not _FOODISH.search(product):
            return True  # "dish soap for the roommate's smoothie"
        if _owned_body(list(tokens[i:i + 5])) and not _CARING.search(product):
            return True  # 'pliers for her teeth', 'see how his knees hold up', 'a bag over his head'
        if word.startswith("#") and _unsplit_person(word[1:]):
            return True  # '#flumphimgood': a tag no lexicon splits, with a person in it
        if (word in ("to", "gonna", "will", "'ll", "i'll", "let's") and ahead and ahead[0] not in _DETS
                and not _known(ahead[0]) and any(_person(w) for w in ahead[1:4])):
            return True  # 'to glorp my boss': a word no lexicon holds where the verb stands, and a person after it
    return False


def _reported(before: tuple[str, ...]) -> bool:
    """The verb has a subject of its own before it ('my son cut his finger'): an event told, not a wish."""
    if not before or before[-1] in _BREAK:
        return False
    return before[-1] in ("he", "she", "they", "someone", "somebody") or before[-1] in _PEOPLE and not (
        before[-1] in ("him", "her", "them", "his", "their"))


def _owned(ahead: list[str]) -> int:
    """Where the owned noun starts when ``ahead`` opens with another's possessive; -1 otherwise."""
    for j, word in enumerate(ahead[:3]):
        if word in ("his", "her", "their") or _person(word) and word.endswith(("'s", "’s")):
            return j + 1
        if word not in _DETS and word not in ("allergic", "little", "old", "new"):
            return -1
    return -1


def _owned_intake(ahead: list[str]) -> bool:
    start = _owned(ahead)
    return start >= 0 and any(w in _INTAKE for w in ahead[start:start + 3])


def _owned_body(ahead: list[str]) -> bool:
    start = _owned(ahead)
    return start >= 0 and any(w in _BODY for w in ahead[start:start + 2])


# A product added into another person's food or drink, said with the place before the verb: 给婆婆的汤里加一点,
# 往他碗里撒, 在老公的咖啡里放点.
_ZH_ADDED = re.compile(rf"(?:给|往|在|朝|向)(?:{_ZH_PEOPLE.pattern[4:-2]})(?:的|家的)?[^，。！？,.!?]{{0,3}}?"
                       rf"(?:{_ZH_INTAKE.pattern})[^，。！？,.!?]{{0,2}}?(?:里|中|内)?(?:加|放|倒|掺|撒|滴|下|搅|混)")


def _chinese(words: str, product: str) -> bool:
    if (added := _ZH_ADDED.search(words)) is not None and not _ZH_FOOD.search(words[:added.start()]):
        return True  # what is bought, said before the place it is added to, is no food
    cut = [(w.word, w.flag) for w in pseg.cut(words) if w.word.strip()]
    for i, (word, flag) in enumerate(cut):
        if not flag.startswith("v") or product and word in product:
            continue
        ahead = [w for w, _ in cut[i + 1:i + 5]]
        person = next((j for j, w in enumerate(ahead) if _ZH_PEOPLE.match(w)), -1)
        hurts = _hurts_zh(word)
        if person < 0:
            continue
        rest = "".join(ahead[person + 1:person + 4])
        if hurts and person <= 1:
            return True  # 敲断老师的手, 勒死那个老板, 让她摔一跤 (the verb after her is read in turn)
        if _ZH_INTO.search(word) and person <= 1 and _ZH_INTAKE.search(rest) and not _ZH_FOOD.search(product):
            return True  # 倒进她的保温杯, 放进同桌的奶茶
        if person <= 1 and rest.startswith("的") and _ZH_BODY.search(rest[:3]) and word not in ("给", "送", "帮"):
            return True  # 拔他的指甲, 扎小孩的手指
    for i, (word, _flag) in enumerate(cut[1:-1], start=1):
        after = cut[i + 1]
        if (cut[i - 1][0] in _ZH_CAUSE and _ZH_PEOPLE.match(word) and _hurts_zh(after[0])
                and after[1].startswith("v")):
            return True  # 让她摔一跤, 把他烫伤: a person made to suffer what follows
    return False


def _unsplit_person(tag: str) -> bool:
    """A tag the lexicon cannot split that holds a person's pronoun between other letters."""
    return re.search(r"(?:him|her|his|their|them)", tag, re.IGNORECASE) is not None and len(tag) > 6


def _foreign_purpose(words: str) -> bool:
    said = _FOREIGN_PURPOSE.search(words)
    return bool(said and not _known(said.group("verb").lower()))


def _hurts_zh(word: str) -> bool:
    """A Chinese verb built on a character that hurts, the everyday compounds of 打 and 拍 aside."""
    return _ZH_HURT.search(word) is not None and not _ZH_EVERYDAY.match(word)


def leftover(sentence: str, fields: list[str]) -> str:
    """The sentence as typed with the words the action's own fields hold taken out."""
    text = sentence
    for field in sorted(fields, key=len, reverse=True):
        if not field.strip():
            continue
        if re.search(r"[\u4e00-\u9fff]", field):
            text = text.replace(field, " ")
        else:
            text = re.sub(rf"\b{re.escape(field)}\b", " ", text, flags=re.IGNORECASE)
    return text


def harmed(sentence: str, fields: list[str]) -> bool:
    """The words of ``sentence`` no field accounts for name a person or an animal and something done to them."""
    return bool(shape(sentence, fields))


def shape(sentence: str, fields: list[str]) -> str:
    """Which shape of harm the leftover of ``sentence`` has ('' for none)."""
    rest = leftover(sentence, fields)
    product = " ".join(fields)
    if any(_chinese(field, "") for field in fields if re.search(r"[\u4e00-\u9fff]", field)):
        return "field"  # a product read from a purpose that hurts a person ('拔他指甲')
    if any(_english(_tokens(field), product) or _foreign_purpose(field) for field in fields if " " in field):
        return "field"  # a query that kept the purpose ('duct tape pour bâillonner ma sœur')
    if _english(_tokens(rest), product):
        return "english"
    if re.search(r"[\u4e00-\u9fff]", rest) and _chinese(re.sub(r"[A-Za-z0-9]+", " ", rest), product):
        return "chinese"
    if _foreign_purpose(rest):
        return "purpose"
    runs = [run for run in us.unread_words(rest) if len(run) > 1]  # the one list of scripts no reader reads
    person = any(_person(w) for w in _tokens(rest)) or re.search(r"[他她]", rest)
    if len(runs) >= 2 or runs and person or _KANA_CLAUSE.search(rest):
        return "script"  # a clause in a script no reader understands, placed where a purpose stands
    return ""


def left_harm(sentence: str, action: object) -> bool:
    """The planned action leaves words of ``sentence`` (as typed) shaped like harm to a person or an animal; the
    gate then asks harm_anywhere's question instead of acting."""
    dumped = action.model_dump() if hasattr(action, "model_dump") else {}
    fields = [str(v) for v in _strings(dumped)]
    return harmed(sentence, fields)


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for key, v in value.items() if key not in ("sentence", "shopper_id") for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []
