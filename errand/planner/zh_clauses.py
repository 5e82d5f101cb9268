"""Which clause of a Chinese purchase names the product, and what the other clauses say about it: a remark
before the request ("夜班回来要睡觉，买个遮光眼罩"), a label before a colon ("小卖部补货：康师傅红烧牛肉面二十箱"),
a correction of the count ("买一支牙膏，哦不，两支"), a spec or a "that will do" ("一万毫安培就好", "老式的就行"),
and a classifier left in front of the product ("买部吸尘机").

It reads the text left once the price cap and the address were taken out.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import segment as sg
from . import slots as sl
from . import titles as tl
from . import zh_attributes as za

# A clause that asks to buy: '买个…', '帮我买…', '来两包…', '要一个…'.
_ASKS = re.compile(r"^(?:这次|这回|那就|就|现在|今天)?(?:请|麻烦)?(?:帮我|给我|替我|帮忙)?(?:买|购买|下单|订|来|要|入手?)"
                   # the shopper's wish to buy for someone close: '我想给她买个…', '我打算给我爸买…'
                   r"|^(?P<wish>(?:所以|那)?我(?:想|要|打算|准备|就想)(?:给|帮|替)(?:他|她|他们|她们|我?[妈爸]|我?(?:老婆|老公|奶奶|爷爷|外婆|姥姥|孩子|儿子|女儿)))(?=买)")
# A count correction said after the count: '哦不，两支', '不对，三个', '改成四包'.
_CORRECTION = re.compile(rf"[，,。]?\s*(?:哦不|噢不|啊不|呃不|不对|不是|改成|改为|算了)[，,]?\s*(?:要)?"
                         rf"(?P<count>{lx.ZH_NUMBER}\s*{sl.ZH_MEASURE})\s*[。！!]?\s*$")
# 'that will do' after a wish: '老式的就行', '一万毫安培就好'.
_WILL_DO = re.compile(r"(?:就行|就好|就可以|即可|都行|也行)(?:了)?$")
# A clause that is only a spec: '一万毫安培', '37码', '5升', '32mm', or each one's: '每袋25公斤', '500克装'.
_SPEC = re.compile(r"^(?:每(?:包|袋|箱|瓶|盒|桶|罐|个|件|支|卷|提)?)?(?:[零〇一二两三四五六七八九十百千万\d]+|\d+(?:\.\d+)?)\s*"
                   r"(?:毫安培?|mah|升|毫升|l|ml|瓦|w|寸|英寸|码|cm|mm|厘米|毫米|米|gb|tb|g|克|公斤|kg|斤)装?$",
                   re.IGNORECASE)
# A clause that only asks or says when, its count read: '今天就买' (once '今天' is read), '马上就要', '帮我下单', '再给我来'.
_WHEN = re.compile(r"^(?:马上|现在|立刻|立即|尽快|赶紧|今天|今晚)?[就再]?(?:请|麻烦)?(?:帮我|给我|替我|帮忙)?(?:买|购买|下单|订|要|来)(?:吧|一下)?$")
# Classifiers that stand alone after the verb ('买部吸尘机', '买条裤子'), when the segmenter keeps them apart.
_BARE_MEASURES = frozenset("部台只件把张条支套双瓶盒包袋本块")


def correction(text: str) -> tuple[str, str | None]:
    """``text`` without a count correction at its end, and the corrected count ('两支') or None."""
    match = _CORRECTION.search(text)
    if match is None:
        return text, None
    return text[: match.start()], match.group("count")


def past_remark(text: str) -> str:
    """``text`` from the clause that asks to buy, when clauses before it only remark ('夜班回来要睡觉，买个…')
    and count nothing."""
    clauses = re.split(r"[，,。；;]", text)
    for index, clause in enumerate(clauses[1:], 1):
        asked = _ASKS.match(clause.strip())
        named = sl.ZH_QUANTITY.sub("", clause.strip()[asked.end():]) if asked else ""
        if asked and len(re.findall(r"[\u4e00-\u9fffA-Za-z]", named)) >= 2 and not za.is_attribute(named):
            # '来一个' names nothing, nor does '买一瓶三升装的'
            before = "".join(clauses[:index])
            if not sl.ZH_QUANTITY.search(before) and not re.search(r"买(?!的)", before):  # '上次买的…' is no request
                asked_from = "，".join(clauses[index:]).strip()[asked.end("wish"):] if asked.group("wish") else "，".join(clauses[index:])
                return re.sub(r"^\s*(?:这次|这回|那就|就|现在|今天)", "", asked_from)
            break
    return text


def past_label(text: str) -> str:
    """``text`` after a label before a colon ('小卖部买：康师傅…二十箱', '不要，：一个熨衣板'), when the part after it
    names something and the label counts nothing."""
    head, colon, tail = re.split(r"([：:])", text, maxsplit=1) if re.search(r"[：:]", text) else (text, "", "")
    if not colon or not re.search(r"[\u4e00-\u9fffA-Za-z]{2}", tail) or sl.ZH_QUANTITY.search(head):
        return text
    return tail


def plain(part: str) -> str:
    """A clause without 'that will do' at its end."""
    return _WILL_DO.sub("", part.strip())


def is_spec(part: str) -> bool:
    """A clause that only gives a size or a capacity: it describes the product, it does not name it."""
    return bool(_SPEC.match(part.strip()))


def is_when(part: str) -> bool:
    """A clause that only asks or says when to buy ('马上就买', '帮我下单'): it names nothing."""
    return bool(_WHEN.match(part.strip()))


def past_measure(rest: str) -> str:
    """``rest`` without a classifier left in front of the product ('部吸尘机' → '吸尘机'); '台灯' stays whole."""
    words = sg.words(rest) if rest else []
    if words and words[0] in _BARE_MEASURES and len(words) > 1:
        return rest[len(words[0]):]
    return rest


# A clause saying where it goes or what it is for, after the product ('挂厨房墙上', '放衣柜里', '贴桌角上', '用来装咖啡豆'),
# a choice among its kinds said with 都要 ('大小都要', '粗的细的都要') or a price remarked on: said of the product, never its
# name.
_PURPOSE = re.compile(r"^(?:(?:装|放|挂|贴|插|摆|钉|铺|垫|塞|搁|安)(?:在|到)?[\u4e00-\u9fff]{1,8}?(?:上|里|下|边|旁|门口|后面|前面|那边|这边"
                      r"|外面|里面|上面|下面|底下|中间)(?:面|头|边)?|(?:用来|拿来|用于|用作|拿去)[\u4e00-\u9fff]{1,10}"
                      r"|[\u4e00-\u9fff的]{1,8}都(?:要|行|可以)"
                      # a price remarked on, with no cap and no product: '才九十多', '只要一百出头'
                      r"|(?:居然|竟然|也就|才卖|才要|只卖|只要|才)[零〇一二两三四五六七八九十百千万\d]+(?:多|来|出头)?(?:块钱?|元)?)$")


def is_purpose(part: str) -> bool:
    """A clause that only says where the product goes, what it is for or that every kind is wanted."""
    return bool(_PURPOSE.match(part.strip()))


# A clause saying how it comes, or an aside in brackets: '寄店里', '送到公司', '（公司地址）'.
_DELIVERY = re.compile(r"^(?:送|寄|发(?![簪夹卡带胶膜箍圈蜡泥油绳刷梳饰])|快递)(?:到|去|往|回)?|^[（(][^）)]*[）)]$")  # 发簪 is a hairpin


def is_delivery(part: str) -> bool:
    """A clause about where it goes (its address was read already), not the product."""
    return bool(_DELIVERY.match(part.strip()))


# A second request to buy, in a clause of its own or joined by 再: '买个台灯，再买两包纸巾', '…，顺便买个水杯'.
_ANOTHER_BUY = re.compile(r"(?:^|[，,。；;])\s*(?:(?:再|还|另外|顺便|然后|也)(?:帮我|给我)?(?:买|来|要)|(?:帮我|给我)?(?:买|购买)(?!的))"
                          r"|再买|还要买|顺便买|另外买")


def asks_twice(text: str) -> bool:
    """Two requests to buy in one sentence: one errand buys one product, so the shopper is asked which."""
    return len(_ANOTHER_BUY.findall(text)) >= 2


# A space between Chinese words, or after a size, parts clauses said without commas ('狗粮 15kg 大型犬的'); a
# Latin name before Chinese stays with it ('switch 手柄').
_SPACE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff\d])|(?<=\d)\s+(?=[\u4e00-\u9fff](?<!的))"
                          r"|(?<=\d[A-Za-z])\s+(?=[\u4e00-\u9fff])|(?<=\d[A-Za-z]{2})\s+(?=[\u4e00-\u9fff])")
# A clause that picks a kind rather than naming the product ('超大号的', '桌垫那种', '二十升的那种'), or what is left of a
# cap ('以内').
_KIND_ONLY = re.compile(r"^(?:(?![^的]*[一二两三四五六七八九十百\d])[\u4e00-\u9fff]{1,4}(?:的|那种|这种|那款|这款|的那种|的那款)|[^，]{1,8}(?:那种|那款|这种|这款)|以内|以下|之内|封顶|左右"
                        r"|(?i:the [a-z -]+ (?:kind|one|ones|type)))$")  # 'the soft kind' said in English


# Punctuation inside a title, held as private characters while the clauses are split.
_HELD = str.maketrans("，。！？、,.!?：: ", "\ue000\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009\ue00a\ue00b")
_FREED = {held: plain for plain, held in _HELD.items()}


def clauses(rest: str) -> list[str]:
    """The clauses of ``rest``: split at punctuation, and at spaces between Chinese words, not inside a title
    (《枪炮、病菌与钢铁》)."""
    rest = tl.ZH_TITLE.sub(lambda title: title.group(0).translate(_HELD), _SPACE_BREAK.sub("，", rest))
    # a point between digits is a decimal ('1.5升的'); a semicolon ends a clause like a comma ('成人款；每根十五以内')
    return [p.translate(_FREED) for p in re.split(r"(?:[，。！？、,!?：:；;]|(?<!\d)\.|\.(?!\d))+", rest) if p.strip()]


def describes_only(tail: str) -> bool:
    """Whether the clauses after a count only give a size, a kind, what it is like or where it goes ('2kg 幼猫的
    送家里', '，黑色', '，周日比赛用')."""
    parts = clauses(tail)
    return all(is_spec(p) or is_delivery(p) or _KIND_ONLY.match(p.strip()) or za.is_attribute(p) or is_purpose(p) for p in parts)


# Who or what a product is for, said before its name ('种多肉用的颗粒土', '吃鸡要用的144Hz显示器', '新人要的伴手礼'),
# and a group buy said before it ('楼里团购床帘', '宿舍拼单'): not the product's name.
_FOR_WHOM = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:要用的|用的|要的)(?=[\u4e00-\u9fffA-Za-z\d]{2})"
                       r"|^[\u4e00-\u9fff]{0,4}?(?:团购|拼单|代购)(?=[\u4e00-\u9fffA-Za-z\d]{2})")


def naming(parts: list[str]) -> list[str]:
    """The clauses that may name the product: not one that only picks a kind, and not '…要' said after it
    ('喜糖盒要' → '喜糖盒') or who it is for before it."""
    parts = [_FOR_WHOM.sub("", p.strip()) for p in parts]
    parts = [p for p in parts if not re.fullmatch(r"[\u4e00-\u9fff]{0,4}?(?:团购|拼单|代购)", p)] or parts
    kept = [re.sub(r"(?<=[\u4e00-\u9fff]{2})的?(?:要|买)$", "", p) for p in parts if not _KIND_ONLY.match(p.strip())]
    return kept or parts
