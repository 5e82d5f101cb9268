"""The last look for a second product, a second errand or an amount left vague, whatever the readers made of the
sentence: one errand carries one product with one count, so a sentence that asks for more is asked about.

The readers before it are free to read a list of attributes as one product ('one bamboo steamer, 3 tier, 30cm',
'哑铃买俩，五公斤的'); this check does not depend on how they did it. It cuts the sentence into segments at commas,
dashes, semicolons and full stops and at joining words (还要, 顺便, 再来, also, plus, as well as), and keeps as a
product each segment whose head is a product noun: in English not a unit, a colour, a size, a material, an
adjective, a place or a count; in Chinese a noun by jieba's part-of-speech tags over the planner's own segmenter,
not a person, place or time. A product with a count or a request verb of its own ('柔顺剂两瓶', '再来两双雨靴',
'also 2 teapots') is one; when none has, a count said alone after a product counts it ('desk lamp, 1 — monitor
arm, 2'). Two different products are two errands' worth of goods, however the readers merged or dropped one.

It also finds two errands of different kinds, each at the start of its own clause (a buy and a where-is
question, a return and a change of day), and an amount said only as 'a quantity of', 'heaps of', 来点 or 不少.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from errand.domain.intents import Clarification, Plan

from . import answered_no as an
from . import asides as asd
from . import lexicon as lx
from . import segment as sg
from . import spec_list as spl
from . import spoken_buy as sb
from . import when_said as ws

_TWO_PRODUCTS = ("One product at a time, please: which one first, and how many?", "query")
_TWO_ERRANDS = ("That is two errands at once; which should I do first?", "intent")
_HOW_MANY = ("How many exactly?", "quantity")

# Where one product's words end. A comma (not '1,999'), a colon (not '3:30'), and the strong breaks: a dash
# between words (not 'WH-1000XM5' or '|---|'), a semicolon, a full stop (not '1.7L') and a joining word
# ('one hundred and twenty' is one number).
_EN_SPLIT = re.compile(r"(?<!\d),|,(?!\d{3}\b)|(?<!\d):|:(?!\d)|[!?，：！？、]|(?P<strong>[;；。]|\s[-–—]+\s|[–—]+|\.(?!\d)"
                       r"|\.\.\.|…|(?<!hundred )(?<!thousand )\b(?:and|plus|also|as well as|along with|then)\b)",
                       re.IGNORECASE)
_ZH_JOIN = r"(?:再(?=[来弄买要拿整帮给订加把入])|还要|还有|顺便|另外|外加|以及|加上)"
_ZH_SPLIT = re.compile(rf"[,:!?，：！？、]|(?P<strong>[;；。]|[-–—]+|\.(?!\d)|…+|(?={_ZH_JOIN}))")
# A correction: only what is said after it counts ('a hot glue gun plus sticks... actually just the gun, 1',
# '要仨人字梯？不对，是仨小推车').
_CORRECTED = re.compile(r"\b(?:actually(?: no)?|no,? just|no wait|wait|make (?:it|that)|i mean|scratch that|er|erm|sorry)\b[,.]?"
                        r"|不对|哦不|不是不是|算了",
                        re.IGNORECASE)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# ---- English ----------------------------------------------------------------------------------------------
_EN_VERB = r"(?:buy|get|grab|order|purchase|pick up|add|throw in|include|need|want|send|bring|fetch)"
_EN_LEAD = re.compile(rf"^(?:(?:please|pls|plz|and|also|then|plus|just|can you|could you|i(?:'d| would)? (?:like|need|want)"
                      rf"|we need|i'll take|as well as|along with)\s+)*(?P<verb>{_EN_VERB}\s+(?:me\s+|us\s+)?)?", re.IGNORECASE)
_EN_COUNT = rf"(?:\d+|{lx.EN_NUMBER}|a|an|a dozen|a pair of|a couple of)"
# Words that count a product without naming it: '3 pairs', '5 reams', '2 boxes', '12 count'.
_COUNT_UNITS = _set(
    "pair pairs pack packs pk pks box boxes bag bags bottle bottles can cans roll rolls ream reams sheet sheets set sets"
    " piece pieces pcs pc unit units carton cartons tube tubes stick sticks loaf loaves bundle bundles jar jars tin tins"
    " packet packets case cases crate crates pod pods dozen deck decks count ct each of x cup cups shot shots pump pumps"
    " scoop scoops slice slices bar bars bunch bunches tray trays sack sacks copy copies tablets capsules pills"
    " cassettes refills sachets")
# Of them, the ones that are never a product's head word either ('lunch box' and 'phone case' are products).
_ONLY_COUNTS = _set("pair pairs pack packs pk pks piece pieces pcs pc unit units count ct each of x dozen copy copies")
# Head words that name no product: units and sizes, colours, materials, adjectives, money, places, times, the
# words of a note around a request ('Subject: order request', 'thanks').
_NOT_NOUN = _set(
    "m cm mm km inch inches in ft feet l ml cl litre litres liter liters metre metres meter meters kg g mg lb lbs oz gb tb mb w kw v mah hz"
    " tier tiers ply layer layers speed seater size sizes xs s xl xxl xxxl small medium large big mini tiny huge"
    " black white red blue green grey gray pink yellow purple orange brown beige navy silver gold clear transparent"
    " colour color colours colors wool cotton leather metal steel stainless aluminium aluminum wood wooden bamboo"
    " plastic silicone ceramic linen silk nylon polyester denim matte glossy wireless waterproof"
    " organic unscented scented spicy sweet plain fresh frozen dried new used cheap cheapest best premium basic"
    " standard regular decaf iced hot cold warm dotted lined ruled blank grid square round adjustable foldable"
    " folding portable rechargeable electric manual automatic digital smart kids adult adults mens womens unisex"
    " left right single double twin queen king full half extra thick thin soft hard heavy long short wide"
    " narrow tall low high fast slow strong mild dark pale bright soft-close non-stick heavy-duty pre-seasoned"
    " home office work house flat desk here there today tomorrow tonight morning afternoon evening arvo asap"
    " please pls thanks thx each total only too it them em 'em one ones some any this that these those same usual again"
    " urgent lunch noon week weeks weekend monday tuesday wednesday thursday friday saturday sunday stock delivered"
    " yuan rmb cny kuai bucks dollar dollars usd pm am o'clock oclock hr hrs hour hours min mins minute minutes day"
    " days month months year years thing things stuff item items subject re hi hello hey dear regards cheers"
    " request order note actually really maybe ideally instead"
    " summat owt nowt")  # 'something', 'anything', 'nothing' in Yorkshire and Geordie: 'need summat for t'kitchen — a …'
_EN_PREPOSITION = re.compile(r"\s(?:for|to|from|with|without|in|on|at|by|under|over|below|above|before|after|between"
                             r"|until|max|budget|each|per|around|about|near|via|if|when|once|so|that|which|who|but|is"
                             r"|are|b4|or)\b.*$", re.IGNORECASE)
_MONEY = re.compile(r"[¥$￥€£]|\b(?:yuan|rmb|cny|kuai|bucks|dollars?)\b", re.IGNORECASE)
# A segment that says what the product is not or how it is made: 'no chain pref', 'less ice', 'any colour'.
_EN_NOT_A_PRODUCT = re.compile(r"^(?:no|not|without|any|whichever|either|less|more|extra|light|half|under|max|budget"
                               r"|at most|up to|target|alert|ping)\b", re.IGNORECASE)

# The English readers' patterns, compiled once: a count, 'a 3-pack', the words, a count word, a small number.
_EN_COUNTED = re.compile(rf"{_EN_COUNT}(?:\s|-|$)", re.IGNORECASE)
_EN_A_NUMBER = re.compile(r"(?:a|an)\s+\d", re.IGNORECASE)
_EN_WORDS = re.compile(r"[a-z0-9][\w'-]*")
_EN_COUNT_WORD = re.compile(rf"\d+x?|x\d+|{lx.EN_NUMBER}")
_EN_SMALL_NUMBER = re.compile(r"\d+|two|three|four|five|six|seven|eight|ten|twelve")
_EN_OF_THEM = re.compile(r"\s(?:of them|of those|of these|of em|of 'em)\b.*$", re.IGNORECASE)
_EN_OF = re.compile(r"\bof\s", re.IGNORECASE)
_EN_HEAD_WORDS = re.compile(r"[a-z][\w'-]*|\d[\w.]*")
_EN_NOT_NOUN_FORM = re.compile(r"(?:proof|free|ish|less|ed|ful|ous|able|ible)$|^\d|\d+(?:mm|cm|ml|gb|p)$")
_EN_SAID_COUNT = re.compile(rf"\b(?:\d+|{lx.EN_NUMBER})\b(?<!\ba)(?<!\ban)", re.IGNORECASE)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_RUNS = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z][\w-]*")

def _en_segment(seg: str) -> tuple[str, bool, bool]:
    """(the product's last two words or '', holds a count, holds a request verb) for one English segment."""
    lead = _EN_LEAD.match(seg)
    verb = bool(lead and lead.group("verb"))
    rest = seg[lead.end():] if lead else seg
    if _EN_NOT_A_PRODUCT.match(rest) or _MONEY.search(rest) or asd.aside(rest) or asd.attribute_word(rest):
        return "", False, False
    counted = _EN_COUNTED.match(rest)
    count = bool(counted) and not _EN_A_NUMBER.match(rest)  # 'a 3-pack': counted below
    words = _EN_WORDS.findall(rest.lower())
    if words and all(w in _COUNT_UNITS or _EN_COUNT_WORD.fullmatch(w) for w in words):
        return "", True, verb  # '1', '3 pairs', '100 sheets', 'x4'
    if len(words) == 2 and _EN_SMALL_NUMBER.fullmatch(words[0]) \
            and words[0] != "1" and not words[1].endswith("s"):
        return "", False, verb  # '3 tier', '2 door', '4 burner', '3 person': what it is like, not how many
    rest = _EN_OF_THEM.sub("", rest)
    if (of := _EN_OF.search(rest)) is not None:
        rest = rest[of.end():]  # '2 bags of flour': the product follows 'of'
    head = _EN_HEAD_WORDS.findall(_EN_PREPOSITION.sub("", f" {rest}").lower())
    key = " ".join(w.removesuffix("s") for w in head[-2:]) if head and _en_noun(head[-1]) else ""  # 'bath towel'
    return key, count and bool(key) or count and not head, verb


def _en_noun(word: str) -> bool:
    """A head word that could name a product: 'tissue', 'teapots', 'webcam' (not '1080p', 'wireless', 'grey')."""
    return (len(word) > 1 and word[0].isalpha() and word not in _NOT_NOUN and word not in _ONLY_COUNTS
            and word not in lx.EN_NUMBERS
            and not _EN_NOT_NOUN_FORM.search(word))


# ---- Chinese ----------------------------------------------------------------------------------------------
_ZH_MEASURE = "包盒瓶个件台副对袋箱杯支节只双套份罐桶条根本张把卷打斤块片听板口筒盏床顶"
_ZH_COUNT = re.compile(rf"(?:{lx.ZH_NUMBER}|几)\s*[{_ZH_MEASURE}]|俩|仨|(?<=[来买拿弄整入订带])[个只件把双台条支盒包瓶]")
# A number with a unit of size or time is what the product is like or how long, not how many: 五公斤, 500毫升,
# 十毫米, 三升, 一个月, 一个礼拜.
_ZH_SIZE = re.compile(rf"(?:{lx.ZH_NUMBER}|俩|仨)\s*(?:公斤|千克|克|毫升|升|厘米|毫米|公分|米|寸|英寸|瓦|毫安|码|档|层|人份|度|块钱"
                      r"|块|元|个?多?(?:月|礼拜|星期|小时|钟头)|周|天|年)")
# A request verb where a segment starts: '再来两双雨靴', '顺便买个砧板', '还要十个鼠标' (a bare 要 says which one:
# '两包纸巾，要抽纸'), or after a watch's price: '降到三百就买那个蓝牙音箱'.
_ZH_REQUEST = re.compile(rf"^{_ZH_JOIN}?(?:我|俺|咱|也|就|再|还)?(?:帮我|给我)?(?:买|来|拿|弄|整|入手|入|订|下单|囤|要(?<=[还再也]要))")
# A segment about a headcount or a kind: no product of its own ('店里员工一人一杯', '头戴式', '杠赛来的那种').
_ZH_NOT_A_PRODUCT = re.compile(r"(?:[一每几两俩仨三四五六七八九十百\d]|个)人(?!字)|员工|^(?:带|配|含|附|适合"
                               r"|其中|不要|别|每)|(?:的|式|型|款|装|号|码|色|味|版|那种|那款|这种|一样)$")
# Words that name no product: people and places, times, joiners and what a thing is like.
_ZH_NOT_NOUN = frozenset(
    ["俺", "咱", "咱家", "咱们", "你们", "他", "她", "家", "家里", "公司", "办公室", "宿舍", "店里", "单位", "孩子", "小孩",
     "老婆", "老公", "妈", "妈妈", "爸", "爸爸", "同事", "老板", "女儿", "儿子", "朋友", "自己", "顺便", "另外", "外加",
     "以及", "还有", "加上", "还要", "再", "其中", "其他", "剩下", "闭眼", "闭眼入", "清单", "用", "送", "送到", "到",
     "今天", "明天", "后天", "下午", "上午", "晚上", "早上", "中午", "前", "之前", "就", "时候", "便宜", "一点", "新",
     "去冰", "少冰", "常温", "正常", "颜色", "入手", "下单", "购买", "以内", "以下", "以上", "左右", "预算", "价格", "价", "试试", "看看"])
# One character names a product only when it is one of these: '一把伞', '两口锅'.
_ZH_ONE_CHAR = frozenset("伞锅笔书茶表灯鞋帽碗盘勺刀剪尺球衣裤袜床桌椅柜镜梳米面油盐糖醋酒奶蛋肉鱼菜瓜花纸布线绳锁扇盆壶")
_ZH_NOT_NOUN_FORM = re.compile(rf"{lx.ZH_NUMBER}|[{_ZH_MEASURE}]|.*色|[就再还也都才不别没].*")
_ZH_JOINED = re.compile(_ZH_JOIN)


# A buying verb right after a price limit and before its count: '八十以内拍三盒', '两千以下入一台', '一百五以内抢两个'.
_ZH_BOUGHT_AT = re.compile(rf"(?<=以内|以下|之内)\s*(?:就\s*)?(?:拍下?|抢|入手?|拿下?|冲|收)(?=\s*(?:{lx.ZH_NUMBER}|俩|仨))")


# '地垫两块': a count of pieces closing the segment after a two-character word.
_ZH_PIECES_LAST = re.compile(rf"[\u4e00-\u9fff]{{2}}{lx.ZH_NUMBER}块$")
_ZH_BUY_NOW = re.compile(r"闭眼入|就(?:直接|闭眼)?(?:买|入手?|下单|拍|冲)")


def _count_after(text: str, word: str) -> bool:
    """A count right after ``word`` somewhere in ``text``, spaces between allowed ('海绵擦一包', '伞 两把'); read
    with the one compiled count pattern rather than a pattern built for each word."""
    start = text.find(word)
    while start != -1:
        after = text[start + len(word):]
        if _ZH_COUNT.match(text, len(text) - len(after.lstrip())) is not None:
            return True
        start = text.find(word, start + 1)
    return False


def _count_before_end(text: str, word: str) -> bool:
    """``text`` ends with a count and then ``word`` ('一包海绵擦'), spaces between allowed."""
    for end in (len(text), len(text) - 1) if text.endswith("\n") else (len(text),):  # '$' stands before a last newline too
        if text.endswith(word, 0, end):
            before = len(text[:end - len(word)].rstrip())
            if any(_ZH_COUNT.fullmatch(text, start, before) is not None for start in range(before)):
                return True
    return False


def _zh_segment(seg: str) -> tuple[str, bool, bool]:
    """(the product's noun or '', holds a count, holds a request verb) for one Chinese segment."""
    seg = seg.strip(" 。！!.")
    if not seg or _ZH_NOT_A_PRODUCT.search(seg):
        return "", False, False
    sized = _ZH_BOUGHT_AT.sub(" ", _ZH_SIZE.sub(" ", seg))  # '八十以内拍三盒': 拍 buys, it is no product
    # '地垫两块' at a segment's end counts mats (a price would say 块钱, 以内 or come before the product)
    count = bool(_ZH_COUNT.search(sized)) or _ZH_PIECES_LAST.search(seg) is not None
    words = _compounds(_ZH_COUNT.sub(" ", sized))
    counted_last = bool(words) and _count_before_end(sized, words[-1][0])
    nouns = [w for i, (w, flag) in enumerate(words)  # a word its count follows is a thing too ('海绵擦一包')
             if _zh_noun(w, flag, last=counted_last and i == len(words) - 1 or _count_after(sized, w))]
    verb = _ZH_REQUEST.match(seg) or _ZH_BUY_NOW.search(seg)
    return max(nouns, key=len, default=""), count, bool(verb)  # the longest: '电热毯', not '试试'


# Characters that hold a sentence together or ask, never part of an unlisted product word: '帮我下单' is no word.
_GLUE = frozenset("的了吧呀啊呢哦嘛吗伐哈噻咯老挺真好超蛮贼忒巨整弄搞我你他她帮给替请把被就再还也都才不别没很太更最在是有和跟与及或买来要拿送到去用让叫说看盯")


@functools.cache
def _tagger() -> Any:
    """jieba's part-of-speech tagger over the planner's own segmenter (its glossary words are tagged 'x')."""
    import jieba.posseg  # type: ignore[import-untyped]

    return jieba.posseg.POSTokenizer(sg._jieba())


def _compounds(text: str) -> list[tuple[str, str]]:
    """Words with their part of speech, a run of single characters joined into the word the dictionary lacks
    ('狗'+'粮' → 狗粮, '晾衣'+'夹' → 晾衣夹, '逗'+'猫'+'棒' → 逗猫棒), tagged by its last character (Chinese
    words end in their head)."""
    out: list[tuple[str, str]] = []
    for run in _RUNS.findall(text):
        if not _CJK.match(run):
            out.append((run, "eng"))
            continue
        joined = False
        for pair in _tagger().lcut(run, HMM=False):
            word, flag = pair.word, pair.flag
            loose = len(word) == 1 and word not in _GLUE
            # a count is never part of a word, nor is a word glued onto one: '海绵' '擦' '一包' is 海绵擦 and 一包
            if out and (joined or loose) and flag != "m" and out[-1][1] not in ("eng", "m") \
                    and not _GLUE.intersection(out[-1][0][-1:] + word):
                out[-1] = (out[-1][0] + word, flag)
            else:
                out.append((word, flag))
            joined = loose
    return out


def _zh_noun(word: str, flag: str, *, last: bool) -> bool:
    """A word that could name a product: a noun, a glossary or Latin word ('柔顺剂', '蓝牙音箱', 'iPad'), or the
    word right after a count at the segment's end whatever its tag (the dictionary tags 炒锅 a verb), not a person, place or time ('员工',
    '公司', '下午'), and one character only when it is a thing ('伞')."""
    tagged = flag in ("n", "nz", "ng", "x", "l", "eng", "vn", "q", "zg") or last and flag in ("v", "m", "a", "b")
    return (tagged and word not in sg.FUNCTION and word not in _ZH_NOT_NOUN and (len(word) > 1 or word in _ZH_ONE_CHAR)
            and not _ZH_NOT_NOUN_FORM.fullmatch(word))


def _products(text: str) -> int:
    """How many products the sentence asks for, each with a count or a request verb of its own.

    A product segment with its own count or verb counts itself ('洗衣液三瓶，柔顺剂两瓶' is two). When none does,
    segments after a strong break (a dash, a semicolon, a full stop, a joining word) that name a product start a
    group, and a count said alone in a group counts its product ('desk lamp, 1 — monitor arm, 2' is two)."""
    text = _CORRECTED.split(text)[-1]
    zh = bool(_CJK.search(text))
    cut = _ZH_SPLIT if zh else _EN_SPLIT
    read = _zh_segment if zh else _en_segment
    owned: set[str] = set()  # products with their own count or verb, by head word ('电热毯' said twice is one)
    loosely: set[str] = set()  # products counted by a count said alone in their group
    group, loose, strong, position = "", False, True, 0
    named: set[str] = set()  # every product named so far
    for match in [*cut.finditer(text), None]:
        seg = text[position:match.start() if match else len(text)].strip()
        if seg:
            key, count, verb = read(seg)
            if key and strong and group:  # a new group begins
                loosely |= {group} if loose else set()
                group, loose = "", False
            if key:
                group = group or key
                owned |= {key} if count or verb else set()
                # 'the mop, and also (再来/还要/顺便) a bucket': a product added to one named before is a second one
                if zh and _ZH_JOINED.match(seg) and named - {key}:
                    return 2
                named.add(key)
            elif count and not verb:
                loose = True
        if match is not None:
            strong = match.group("strong") is not None if seg or not strong else strong
            position = match.end()
    loosely |= {group} if group and loose else set()
    return len(owned) or len(loosely)


# ---- two errands --------------------------------------------------------------------------------------------
_LEAD = r"^\s*(?:(?:please|pls|and|also|then|plus|can you|could you|i want to|i'd like to|i need to)\s+)*"
_KINDS = {
    "question": re.compile(_LEAD + r"(?:tell me |let me know |check )?(?:where(?:'s| is| are)|when (?:will|does|is|do)"
                           r"|what(?:'s| is) (?:the )?status|(?:has|is|did) ord_\w+)\b.*\bord_\w+"
                           r"|(?:tell me|let me know|check|find out) (?:where|when|whether|if)\b.*\bord_\w+"
                           r"|(?:到哪了|到哪儿了|到哪里了|什么时候到|啥时候到|几时到|发货了(?:吗|没)|物流到哪)", re.IGNORECASE),
    "return": re.compile(_LEAD + r"(?:return|refund|send (?:it |them |\w+ )?back)\b"
                         r"|^(?:再|然后|顺便)?(?:帮我)?(?:退掉|退货|退款|退回|把.{1,12}退(?:了|掉|回|货))", re.IGNORECASE),
    "reschedule": re.compile(_LEAD + r"(?:reschedule|postpone|(?:move|push|delay|shift) (?:ord_\w+|(?:my|the|our) "
                             r"(?:[\w-]+ ){0,2}(?:delivery|order|parcel|package)))\b"
                             r"|(?:把)?[^，。；]{1,14}(?:改到|改在|挪到|推到|延到|改成)[^，。；]{0,8}(?:送|到货|派送)"
                             r"|^把[^，。；]{1,14}(?:改到|改在|挪到|推到|延到)(?:下?(?:周|礼拜|星期)[一二三四五六日天]|[明后]天|大后天"
                             r"|\d{1,2}\s*[号日]|\d{1,2}\s*月)", re.IGNORECASE),
    "buy": re.compile(_LEAD + rf"{_EN_VERB}\s+(?:me\s+|us\s+)?(?:a|an|some|\d+|{lx.EN_NUMBER})\b"
                      rf"|^(?:再|然后|顺便|另外|还要)?(?:帮我|给我)?(?:买|下单|来)(?:[{_ZH_MEASURE}一两俩\d二三四五六七八九十])",
                      re.IGNORECASE),
}
_CLAUSES = re.compile(r"[;；,，。.!?！？]|\band\b|\bthen\b|然后|(?=再帮|再把|再买|顺便|另外)", re.IGNORECASE)


def _errands(text: str) -> set[str]:
    """The kinds of errand the sentence's clauses start, one clause at a time."""
    kinds = set()
    for clause in _CLAUSES.split(text):
        for kind, cue in _KINDS.items():
            if clause.strip() and cue.search(clause.strip()):
                kinds.add(kind)
                break
    return kinds


# ---- vague amounts --------------------------------------------------------------------------------------------
_EN_VAGUE = re.compile(
    r"\b(?:a (?:good |large |fair |decent |certain |big )?(?:quantity|number|amount) of|quantities of|heaps of"
    r"|a heap of|tons of|piles of|masses of|stacks of|a (?:fair|good) few|a whole (?:lot|load|heap|bunch) of"
    r"|(?:arrange|sort (?:me |us )?out|source|procure|acquire|organi[sz]e|line up|rustle up|round up|stock up on"
    r"|(?:fix|hook|set) (?:me |us )?up with|get hold of|lay on|provide|supply|requisition) (?:me |us )?some)\b"
    r"|(?:^|[,;]\s*)(?:some|a few|a bunch|loads|heaps|plenty|lots|a quantity of|a good amount)\s*[.!]?\s*$", re.IGNORECASE)
_ZH_VAGUE = re.compile(r"(?:^|[来买要拿弄整囤订带备屯]|多[买来要拿囤])(?:一)?[点些](?!心|钟|儿?的|外卖)"
                       r"|(?:^|[来买要拿弄整囤订带备屯了])(?:很多|好多|不少|许多|大量|好些|一些|一堆)(?!人|钱|次|天|年)|若干")
_ZH_SAID_COUNT = re.compile(rf"{lx.ZH_NUMBER}\s*(?:[{_ZH_MEASURE}]|公斤|千克|克|升|毫升)|俩|仨|[x×]\s?\d")


def _vague(text: str) -> bool:
    if _CJK.search(text):
        return bool(_ZH_VAGUE.search(text)) and not _ZH_SAID_COUNT.search(text)
    return bool(_EN_VAGUE.search(text)) and not _EN_SAID_COUNT.search(text)


def check(text: str, plan: Plan, said: str = "") -> Plan:
    """``plan``, or a question when the sentence asks for two products, two errands or an amount left vague.

    Both the planner's text and the shopper's own words (``said``) are read: the readers before may have moved a
    count ('water bottle, 750ml, 2; …' read as 'buy 2 water bottle, …') or a verb ('arrange some' as 'get some')."""
    kind = plan.action.kind
    if kind == "clarify":
        return plan
    said = " ".join(unicodedata.normalize("NFKC", said).split())
    said = answer[1] if (answer := an.meant(said)) is not None else said  # 'a desk lamp? nah, a floor lamp'
    said = ws.dates(said)  # '28 Nov' is a day, not a count of something called 'Nov'
    said = spl.plain(sb.plain(said))  # 'a glue gun, one, 80 tops', 'a mat — no wait, a roller': one product
    # the form's reader has read 'product: yoga mat; quantity: 1'; Chinese is read as the planner writes it out
    # (its dialect and traditional characters in Mandarin)
    plain = not re.search(r"(?:^|[;；\n|])\s*\w+\s*[:：].*[;；\n|]\s*\w+\s*[:：]", said) and not re.search(r"[\u4e00-\u9fff]", said)
    for reading in dict.fromkeys([text, said if plain else ""]):
        if not reading:
            continue
        kinds = _errands(reading)
        if kind == "price_watch":
            kinds.discard("buy")  # 'if under 4,000 buy 1 laptop' is one watch that buys
        if len(kinds) > 1:
            return _ask(*_TWO_ERRANDS)
        if kind in ("buy", "bulk_order", "price_watch") and (_products(reading) > 1 or spl.two_counted(reading)):
            return _ask(*_TWO_PRODUCTS)
        if kind in ("buy", "bulk_order") and _vague(reading):
            return _ask(*_HOW_MANY)
    return plan


def _ask(question: str, missing: str) -> Plan:
    return Plan(action=Clarification(question=question, missing=[missing]))
