"""What a Chinese purchase says before or around its goods that names none of them, read off by jieba's parts of
speech rather than by a list of phrases:

- an opener clause of slang, a mood or an exclamation ('一整个爱住，', '攒劲得很！', '真的会谢，', '你好狠心！'): a
  clause with no buying word, no count, no person or place, and no noun but a chat word (jieba tags no ``n``, ``vn``,
  ``nz``, ``ns``, ``nt``, ``x`` or English word of two characters or more; a one-character noun such as 劲 or 锅
  counts only when the clause is no mood: it has no degree word, particle or 了);
- such a mood said as the kind, before 的那种 ('好使得很的那种电热毯'): the product is the noun after 那种;
- a trade or a role said as the buyer ('放羊的要…', '修鞋的要…' — a verb and its object, then 的), or a place said
  as one word before 要 and a product with its count ('澡堂子要搓澡巾五十条'); a stall or a shop selling something,
  then what it needs ('夜市摆摊卖烤肠，要台烤肠机'): who buys and what they sell is no part of the product;
- a note taken back ('备注：多放辣。哦不对，是…'): the words after the correction are the request;
- a hesitation that says a word twice ('呃 那个 买 买个 …', '要 要两个'): said once;
- a classifier straight after the verb ('买口铁锅', '买床羽绒被'): one of them, read '买铁锅', when jieba cuts the
  classifier off as its own word ('买口罩' and '买台灯' stay);
- a story told before the clause that buys ('…宿舍里啥都没有，我想先给她买个小台扇放床头，…'): the story, the wish
  and whom it is for are read away, and so is what the thing is for after it ('放床头'); a story that buys, sends or
  names harm, relays another's words, asks, instructs or is about an order is left as said, and so is a purchase
  made on another's behalf ('帮他买');
- a focus word around the wish ('我只是想要…而已'): the wish alone; a price looked at now and then ('瞄一眼', '瞅一眼')
  as watched.

Nothing said first is dropped when ``dropped.must_hear`` holds it (harm, a grudge, the system, another place) or
when it names a person or a place; a clause with a count or a buying word is never an opener. And nothing at all is
taken off a sentence the harm readers or the counterfeit check hold as a whole ('夜市摆摊卖假货，要台打标机'), nor
words ``dropped.must_hear`` holds only while they are there.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from . import dropped as dp
from . import people_words as pw

_BUY = r"(?:买|购|订|下单|要|来|整|入手|需要|拿|带)"
_NUMBER = r"[零〇一二两三四五六七八九十百千万\d]"
# A person, a place or a delivery said in the words dropped: never an opener.
_PERSON_OR_PLACE = re.compile(
    pw.KIN_ZH + r"|[他她它]|人家|别人|朋友|同事|邻居|老板|家|屋|店|铺|公司|楼|门|区|路|街|号|市|省|村|镇|县|厂|校|院"
                r"|送|寄|到|给|帮|替|收|地址")
# Chat words jieba takes for nouns, and moods it splits oddly.
_CHAT = re.compile(r"酱紫|家人们|姐妹们|集美们|宝子们|兄弟们|亲们|绝绝子|yyds|emo|栓[Qq]|蚌埠|泰裤辣|DNA|dna|破防")
_CHAT_WORDS = frozenset(("酱紫", "家人们", "姐妹们", "集美们", "宝子们", "兄弟们", "亲们", "绝绝子", "yyds", "emo", "栓Q", "栓q",
                         "蚌埠", "无情", "狠心", "心态", "DNA", "dna", "破防", "泰裤辣"))
# The marks of a mood: a degree word, a particle, an exclamation.
_MOOD = re.compile(r"得很|很|太|超|好|真|巨|贼|死|麻|了|啦|啊|呀|吧|哇|呢|嘛|哈|耶|哟|咯|喔|噢|诶|哦|！|!|~|～")
_DEGREE = re.compile(r"(?:很|超|太|贼|巨|特别|非常)?[\u4e00-\u9fff]{1,3}(?:得很|得不行|得要命|极了|爆了|炸了)")
# The last characters of goods' names: a clause with a word ending so names goods.
_GOODS_HEAD = re.compile(r"[\u4e00-\u9fff][刷机器杯壶锅袋巾纸垫盒包箱架灯线膜液粉霜油瓶伞鞋袜衣裤帽被枕席毯桌椅凳柜盆桶碗筷勺刀剪笔尺胶带绳钉锁扇"
                         r"表镜球棒封卡套罩贴仪宝板片条管]")
_NOUN_FLAGS = ("n", "vn", "nz", "ns", "nt", "nr", "x", "eng")
_HEAD = re.compile(r"^(?P<head>[^，,。！!：:~～？?\s]{1,14})(?P<mark>[，,。！!：:~～]+)\s*(?P<rest>\S.*)$")
# A request in what follows: a buying word, or a count with a classifier.
_REQUEST = re.compile(rf"{_BUY}|{_NUMBER}\s*(?:[个件台副对袋包盒瓶箱杯支只双套份罐桶条根本张把卷斤块片顶床口])")


@functools.cache
def _tagger() -> Any:
    from . import second_item as si

    return si._tagger()


def _tags(text: str) -> list[tuple[str, str]]:
    return [(pair.word, pair.flag) for pair in _tagger().lcut(text, HMM=False)]


_BUY_WORDS = frozenset(("买", "购买", "购", "订", "下单", "要", "来", "整", "入手", "需要", "拿", "带", "想要", "要买", "买个"))


def names_nothing(words: str) -> bool:
    """``words`` say a mood, slang or an exclamation and name no goods, person, place, time, count or purchase."""
    if not words or dp.must_hear(words) or _PERSON_OR_PLACE.search(words) or re.search(r"\d", words):
        return False
    if _DEGREE.fullmatch(words):
        return True  # '洋气得很', '好使得不行': a word said with its degree is said of how it is, not what it is
    if _GOODS_HEAD.search(_CHAT.sub("", words)):
        return False  # a word ending as goods end: '信封', '电动牙刷', '卷发棒'
    mood = bool(_MOOD.search(words))
    tags = _tags(words)
    if len(tags) == 1 and not mood and tags[0][0] not in _CHAT_WORDS:
        return False  # one word said alone ('可乐，…'): a name, not a mood
    from . import drinks as dr  # the drinks readers read the dialects first

    if dr.DRINK.search(words):
        return False
    for at, (word, flag) in enumerate(tags):
        if word in _CHAT_WORDS:
            continue
        if word in _BUY_WORDS or word.startswith("买"):
            return False
        if flag.startswith(("m", "t", "s", "f")) and not (word == "一" and (at + 1 == len(tags) or tags[at + 1][1] != "q")):
            return False  # a count, a time or a place ('五十', '明天', '家里'); '一整个' is no count
        if flag.startswith(_NOUN_FLAGS) and (len(word) > 1 or not mood):
            return False
    return True


# A label or a relay said first: what follows is another's words or a note, for the readers of those.
_RELAYED = re.compile(r"转发|转|引用|原话|说|讲|问|回复|备注|留言|通知|消息|截图|聊天|记录|备忘|提醒|注意|标题|主题"
                      r"|退|换|取消|改|挪|延|推迟|提前|盯|关注|降价|订单|快递|发货|到货|签收")


def _opener(text: str) -> str:
    """Up to two clauses said first that name nothing, taken off before a request."""
    for _ in range(2):
        split = _HEAD.match(text)
        if split is None or not _REQUEST.search(split["rest"]) or not names_nothing(split["head"]) \
                or _RELAYED.search(split["head"]):
            break
        text = split["rest"]
    return text


# A mood said as the kind: '攒劲得很的那种保温杯' (the product follows 那种).
_KIND = re.compile(r"^(?P<mood>[^，,。！!：:\s的]{1,8})的(?:那种|这种|那款|这款)(?=[\u4e00-\u9fffA-Za-z])")
# A trade or a role as the one buying: '放羊的要', '卖早点的要' (a verb, its object, 的).
_ROLE = re.compile(r"^(?P<role>[\u4e00-\u9fff]{2,5})的(?P<verb>要|需要)(?P<rest>(?!那|这|的)[\u4e00-\u9fffA-Za-z\d].*)$")
_MEASURE = r"[个件台副对袋包盒瓶箱杯支只双套份罐桶条根本张把卷斤块片顶床口]"
_COUNTED = re.compile(rf"{_NUMBER}+\s*{_MEASURE}")
# One word said as the place that buys: '澡堂子要搓澡巾五十条'.
_PLACE = re.compile(rf"^(?P<place>[\u4e00-\u9fff]{{2,4}})(?P<verb>要|需要)(?P<rest>(?!{_NUMBER}|那|这|的|买|个|用|做|拿|当|给|送|去|来|有)[\u4e00-\u9fff]{{2,10}}"
                    rf"{_NUMBER}+\s*[个件台副对袋包盒瓶箱杯支只双套份罐桶条根本张把卷斤块片顶床口].*)$")
# A stall or a shop selling something, then what it needs.
_STALL = re.compile(r"^(?P<scene>[^，,。！!]{0,10}?(?:摆摊|摆地摊|出摊|开店|开了家店|开了个店|开个店|做生意|做买卖|在[^，,。卖]{1,6})"
                    r"卖[^，,。！!]{1,10}|卖[^，,。！!]{1,8}的)[，,]\s*(?P<rest>(?:要|买|需要|来|缺)[^，,。]*.*)$")


def _buyer(text: str) -> str:
    """The trade, role, place or stall said as the buyer, taken off."""
    if (role := _ROLE.match(text)) is not None and not dp.must_hear(role["role"]) \
            and not re.search(pw.KIN_ZH + r"|[他她我你]", role["role"]) and _COUNTED.search(role["rest"]) \
            and len(re.findall(r"[\u4e00-\u9fffA-Za-z]", _COUNTED.sub("", role["rest"]))) >= 2:
        return "要" + role["rest"]  # the one who does it: 放羊的, 修鞋的, 卖早点的, 看大门的
    if (place := _PLACE.match(text)) is not None and not dp.must_hear(place["place"]) \
            and not re.search(pw.KIN_ZH + r"|[他她我你]", place["place"]):
        tags = _tags(place["place"])
        if len(tags) == 1 and tags[0][1] in ("n", "nz", "ns", "nt", "s"):
            return "要" + place["rest"]
    if (stall := _STALL.match(text)) is not None and not dp.must_hear(stall["scene"]) \
            and not re.search(pw.KIN_ZH + r"|帮|替|给|掉|了", stall["scene"]):
        return stall["rest"]
    return text


# A note, then taken back: '备注：多放辣。哦不对，是帮我买…'.
_TAKEN_BACK = re.compile(r"^(?P<before>.{0,30}?)(?:^|[。！!，,；;\s])\s*(?:哦|啊|哎|呃|额|噢|诶)?\s*(?:不对|说错了|打错了|搞错了)"
                         r"(?:[，,\s]*不对)*[，,\s]*(?:是|应该是)?\s*(?P<rest>[^，,。].*)$")


def _correction(text: str) -> str:
    taken = _TAKEN_BACK.match(text)
    if taken is None or not re.search(_BUY, taken["rest"]) or dp.must_hear(taken["before"]):
        return text
    return taken["rest"]


# A word said twice while looking for the next: '买 买个', '要 要两个', '就是 就是'; fillers said first.
_TWICE = re.compile(r"(?<![\u4e00-\u9fff])(买|要|来|整|就是|那个|这个|我要|我想)[\s，,、…。.]+(?=\1)")
_FILLERS = re.compile(r"^(?:(?:呃|额|嗯|啊|唔|那个|这个|就是)[\s，,、…。.]+)+(?=\S)")


def _hesitation(text: str) -> str:
    said = _TWICE.sub("", text)
    if said == text and not _FILLERS.match(text):
        return text
    return _FILLERS.sub("", said)


# A classifier the count readers do not know, straight after the verb: '买口铁锅', '买床羽绒被' (jieba cuts it off).
_BARE_CLASSIFIER = re.compile(r"(?P<verb>(?:^|[，,\s])(?:帮我|给我)?(?:买|要|来|整|订))(?P<c>[口床面扇辆架幅座匹])"
                              r"(?P<rest>[\u4e00-\u9fff]{2,})")


def _classifier(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        words = _tagger().lcut(match["c"] + match["rest"], HMM=False)
        if words and words[0].word == match["c"]:
            return f"{match['verb']}{match['rest']}"
        return match.group(0)

    return _BARE_CLASSIFIER.sub(one, text)


# The wish said with a focus word: '我只是想要…而已', '是帮我买…' after a clause.
_FOCUS = re.compile(r"(?<=我)只是(?=想要|要|想买|需要)|只不过(?=想要|要|想买)|而已(?=[，,。！!？?]|$)")
_IS_BUY = re.compile(r"(?:^|(?<=[，,。！!；;]))\s*是(?=帮我买|给我买|买|要)")
# A price looked at now and then: '瞄一眼', '瞅一眼', '看一眼' before a product and a cap.
_GLANCE = re.compile(r"(?:瞄|瞅|瞧|看|扫)(?:一眼|一下|两眼)(?=[^，,。]{2,30}[，,][^，,。]{0,10}(?:以内|以下|之内|低于|不到|降到|跌到))")


# The clause that buys, said by the shopper with a wish, a plan or whom it is for: '我想先给她买个…', '我打算先买个…'.
_BUYING = re.compile(r"^(?:我|俺|咱)?(?:们)?(?:想|打算|准备|得|还是|就|干脆|决定|先|再|赶紧|顺便)*(?:给|帮|替)?"
                     r"(?:[她他]|孩子|儿子|女儿|闺女|老公|老婆|爸|妈|我妈|我爸)?(?P<verb>买|购买|订购)(?P<obj>.+)$")
# What the thing is for, said after it in the same clause: '…放床头', '…让他带上'.
_PURPOSE = frozenset(("放", "摆", "挂", "贴", "让", "给", "带", "用", "拿", "当", "送", "垫", "装在", "放在", "用来", "拿来"))
_CLAUSES = re.compile(r"[，,。；;！!]")


def _purpose_cut(obj: str) -> str:
    """The product of a buying clause without what it is for ('个小台扇放床头' → '个小台扇')."""
    tags = _tags(obj)
    seen_noun = False
    for at, (word, flag) in enumerate(tags):
        if seen_noun and word in _PURPOSE and at + 1 < len(tags):
            return "".join(w for w, _ in tags[:at])
        seen_noun = seen_noun or flag.startswith(("n", "x"))
    return obj


# A story that is no story: another's words relayed, an instruction, a question, a thing done to a setting.
_NOT_TOLD = re.compile(r"说|讲|让|叫|要求|通知|消息|微信|短信|电话|吩咐|交代|把|关掉|打开|跳过|取消|别|不要|请|吗|么|了没|没到|没发|呢|[？?]"
                       r"|什么|几|哪|谁|怎么|发货|到货|快递|订单|退|换|卡|付|花呗|账户|账号|钱包|支付|余额|额度|预算|封顶|以内")


def _story(text: str) -> str:
    """A story told before the clause that buys: the buying clause and what follows it, the product alone."""
    clauses = _CLAUSES.split(text)
    marks = _CLAUSES.findall(text)
    for at, clause in enumerate(clauses):
        buying = _BUYING.match(clause.strip())
        if buying is None:
            continue
        before = "".join(clauses[:at])
        lead = clause.strip()[:buying.start("verb")]
        if at == 0 or re.match(r"[的了过]", buying["obj"]) or re.search(r"[帮替][她他]", lead) \
                or not re.search(r"[我想给]|打算|准备|决定|干脆", lead):
            return text  # no story; '我买的…' (what was bought); on another's behalf; a bare '买…' is zh_story's
        named = _COUNTED.sub("", re.sub(r"^(?:个|一个|点|些)", "", _purpose_cut(buying["obj"])))
        if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", named)) < 2:
            return text  # '…，买一个': the product is in the story, for the story readers
        if re.search(r"买|订|下单|送|寄|地址", before) or re.search(_NUMBER, before) or _NOT_TOLD.search(before) \
                or dp.must_hear(before):
            return text
        said = buying["verb"] + _purpose_cut(buying["obj"])
        after = "".join(mark + rest for mark, rest in zip(marks[at:], clauses[at + 1:], strict=False))
        return said + after
    return text


def hides_harm(text: str, said: str) -> bool:
    """Taking words off ``text`` (leaving ``said``) would hide what makes it harmful or refused: then nothing is."""
    from . import gate
    from . import harm as hm  # the harm readers read the dialects first

    return said != text and (hm.harmful(text) or bool(gate._RESTRICTED_PRODUCT.search(text)) or dp.must_hear(text)
                             and not dp.must_hear(said))


def read(text: str) -> str:
    """``text`` with what it says around the purchase that names no goods taken off."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return text
    said = _classifier(_FOCUS.sub("", _IS_BUY.sub("", _correction(_hesitation(text)))))
    said = _GLANCE.sub("盯着", said)
    said = _story(_buyer(_opener(said)))
    if (kind := _KIND.match(said)) is not None and names_nothing(kind["mood"]):
        said = said[kind.end():]
    return said if said.strip() and not hides_harm(text, said) else text
