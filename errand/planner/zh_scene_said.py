"""A Chinese purchase told inside a scene or a register, said as the plain request the readers take:

- an organisation, a place or an occasion said first as the one who wants the goods ('话剧社排练要道具剑六把',
  '货船上要缆绳四根', '年会要抽奖箱一个', '戏班子要水袖四对'): who wants them is no part of the product;
- the openers and closings of a register that say nothing bought: storytelling ('话说', '列位看官'), the news
  ('本台消息：', '据悉，', '用户家中需采购…'), live-stream chat ('家人们', '冲鸭', 'X就它了' for buying X), 快板
  ('竹板一打…', '别的咱不夸'), a pupil's essay ('…说可以给我买一个X，我要红色的'), dialect words ('巴郎子', '亚克西',
  '雄起', '耙耳朵一枚', '老婆喊买…'), and fillers ('嗯。。那个。。', '…吧');
- Lu Xun's repetition: '买两双袜子，一双是棉袜，另一双也是棉袜' is two pairs of 棉袜 (two different ones stay two);
- a thing broken, then a purchase of one like it: 'X坏了，买把折叠的' and 'X又坏了，果断买一个' buy an X;
- caps said 别超 and 总价别过, money in 大洋, and 块九 for nine jiao ('二十九块九以内' is 29.9 yuan);
- a size of two numerals with 十 ('三十二厘米的', '二十四寸') as digits, so it is read as neither a count nor
  a product;
- a count said and corrected at once ('三把椅子——不对，五把'): the second count;
- slips of voice input for washing goods (洗衣夜, 洗洁晶, 沐浴路, 保鲜模, 茶线板) as the goods.

Nothing that names what the safety checks must hear is dropped (``dropped.must_hear``); a sentence about an order
is left as said.
"""

from __future__ import annotations

import itertools
import re

from . import dropped as dp
from . import lexicon as lx

_N = r"[零〇一二两三四五六七八九十百千\d]+"
_HAN = r"[\u4e00-\u9fff]"
_M = r"[包盒瓶个件台副对袋箱杯支节只双套份罐桶条根本张把卷打斤块片听板部枝串提盏枚顶面辆组]"
_ORDER = re.compile(r"ord_|订单|这单|那单|退|换货|包裹|物流|修", re.IGNORECASE)
_QUOTED = re.compile(r"[「」“”『』\"]")
_CORRECTING = re.compile(r"不对|不是|错了|[？?]\s*不[，,]")
# A second product said beside the first: the sentence is left for the readers that ask which one.
_SECOND = re.compile(
    r"另外|再来|再买|再要|还要|还有|以及|外加|顺便|、|各(?=[一二两三四五六七八九十\d])|(?<![温柔暖平总缓饱调随祥谐])和(?![面谐平服好])|(?<!高)跟(?![鞋拍])"
)

# Who wants the goods, by how its name ends, then the occasion: '话剧社排练', '货船上', '幼儿园运动会', '婚礼现场'.
_WHO = (
    rf"{_HAN}{{1,6}}?(?:社|团|队|班|馆|室|场|厅|铺|店|行|园|栈|吧|宿|家乐|班子|房|现场|船上|会|厂|坊|部|所|院|中心|工地"
    r"|食堂|车间)"
)
_OCCASION = r"(?:演出|排练|比赛|训练|活动|开业|表演|年会|演唱会|晚会|联欢会|运动会)?"
_WANTS = re.compile(
    rf"^(?P<who>{_WHO}{_OCCASION})(?:上|里|那边|这边)?(?:需要|得要|要|需|得)(?P<rest>(?![进换购买订采来]){_HAN}{{1,10}}?{_N}\s*{_M}.*)$"
)
_NOT_WHO = re.compile(r"[我你他她它们买不别]|^(?:一|这|那)")

# Whole clauses that only set the register.
_REGISTER_CLAUSE = re.compile(
    r"^(?:话说|且说|列位看官|各位看官|看官们?|本台消息|本台记者报道|据悉|据了解|据报道|据有关方面透露|家人们|姐妹们|宝子们"
    r"|兄弟们|老铁们|冲了|冲鸭|冲|绝绝子|拿捏了|谁懂啊?|家人们谁懂啊?|栓[Qq]|无语了?|破防了|裂开了?|好家伙|我嘞个豆"
    r"|亚克西|雄起|巴适|耙耳朵一[个枚只]|竹板(?:这么)?一打(?:呀|啊)?(?:响连天)?|别的咱不(?:夸|说|表)(?:呀|啊)?|辛苦啦|辛苦了"
    r"|谢谢啦|谢谢)$"
)
_SPLIT = re.compile(r"([，,：:；;。！!]+)")
_LEAD = re.compile(r"^(?:话说|且说|本台记者报道，?|本台消息[：:]?)")
# The news: '用户家中需采购…', '用户办公室需购置…', '用户要求订…'.
_NEWS_USER = re.compile(r"^用户(?:家中|家里|办公室|公司)?(?:急需|需要|需)(?:采购|购置|购买|买)?(?=\S)")
_NEWS_ASKS = re.compile(r"^用户要求(?=订|买|购)")
# Chat: 'X就它了' is buying X; '狠狠地买', '果断买' are buying.
_THIS_ONE = re.compile(rf"^(?P<what>{_HAN}[\u4e00-\u9fffA-Za-z\d]{{1,10}}?)就(?:它|这个|这款|他)了$")
_MANNER = re.compile(r"(?:狠狠地?|果断地?)(?=买)")
# A pupil's essay: '妈妈说可以给我买一个书包', then '我要蓝色的'.
_ALLOWED = re.compile(rf"^(?:因为|所以)?{_HAN}{{0,8}}?说(?:可以|能|要)(?:给我|帮我)?(?=买)")
_I_WANT_KIND = re.compile(r"^我(?:要|想要)(?=[\u4e00-\u9fff]{1,4}的$)")
# Dialect words around the request.
_KIDS = re.compile(r"巴郎子|丫头子|巴郎")
_CALLED = re.compile(r"^(?:老婆|媳妇|老公|老妈|老爸|妈|爸|老汉儿)(?:喊|叫|让)(?:我)?(?=买)")
_SENT_HOME = re.compile(r"^送到(?:咱|我)的?家(?:门前|门口)?(?:呀|啊)?$")
_SUNG = re.compile(r"(?<=[\u4e00-\u9fff])(?:呀|啊)$")
_FILLER = re.compile(r"^(?:(?:嗯+|呃+|额+|那个|那啥)(?:[。.…、，,\s]+))+")
_TAIL_BA = re.compile(rf"(?<=[零〇一二两三四五六七八九十百千\d]{_M})吧$")

# Lu Xun: '买两双袜子，一双是棉袜，另一双也是棉袜'.
_SAME_TWICE = re.compile(
    rf"(?P<head>买?(?P<n>{_N})(?P<m>{_M}))(?P<kind>{_HAN}{{1,6}})[，,]\s*一(?P=m)是(?P<x>{_HAN}{{1,8}})[，,]\s*另一(?P=m)也是(?P=x)"
    r"(?=$|[，,。])"
)

# A thing broken, then the purchase of one: 'X坏了，买把折叠的', 'X又坏了，买一个'.
_BROKEN = re.compile(
    rf"^(?:(?P<owner>{_HAN}{{1,8}}?)的)?(?:家中|家里|屋里)?(?P<what>{_HAN}{{2,6}}?)(?:又|也|都)?(?:坏|断|碎|裂|烂|破)了(?:{_HAN}{{0,2}})?$"
)
_PLACE = re.compile(rf"(?:{_WHO})$|家|房|屋|办公室|公司|宿舍|厨房|客厅|卧室|阳台|厕所|卫生间")
_BUY_ONE = re.compile(rf"^买(?P<n>一)?(?P<m>{_M})(?:新的|(?P<kind>{_HAN}{{1,5}}?)的)?$")

# Caps: '别超一百', '别超过', '总价别过四百', '五十大洋', '三十九块九'.
_DONT_PASS = re.compile(rf"(?:别|不要|莫)(?:超过?|过)(?=\s*{_N})")
_TOTAL_PASS = re.compile(rf"(?P<t>总价|总共|一共|合计)(?:别|不要|莫)(?:超过?|过)(?=\s*{_N})")
_DAYANG = re.compile(rf"(?P<n>{_N})\s*个?大洋")
_KUAI_JIAO = re.compile(r"(?P<y>[零一二两三四五六七八九十百千]+)块(?P<j>[一二三四五六七八九])(?=\s*(?:以内|以下|之内|封顶|内))")
# A size of two numerals with 十 in them: '三十二厘米的', '二十四寸' ('两吨的', '十公斤', '五百毫升' are read as they are).
_SIZE = re.compile(r"(?P<n>[一二两三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九])(?P<u>厘米|毫米|公分|寸|吨|码|升|毫升|公斤|千克|米)(?=的|[，,。]|$)")
# A count corrected: '三把椅子——不对，五把' → '椅子五把'.
_CORRECTED = re.compile(
    rf"^(?P<n1>{_N})(?P<m>{_M})(?P<x>{_HAN}{{1,8}}?)\s*(?:——|—|--|[，,])\s*(?:不对|不是|说错了|错了)[，,]?\s*(?P<n2>{_N})(?P=m)?"
)

_GOODS = ("洗衣液", "洗洁精", "沐浴露", "保鲜膜", "插线板", "洗手液", "消毒液", "护发素")
_SOUNDS = {"液": "夜业叶页", "精": "晶睛经京", "露": "路鹿陆", "膜": "模摸磨", "插": "茶差叉"}


def _slips() -> dict[str, str]:
    table: dict[str, str] = {}
    for word in _GOODS:
        for variant in itertools.product(*[(c, *_SOUNDS.get(c, "")) for c in word]):
            if "".join(variant) != word:
                table["".join(variant)] = word
    return table


_SLIP_TABLE = _slips()
_SLIP = re.compile("|".join(re.escape(s) for s in sorted(_SLIP_TABLE, key=len, reverse=True)))


def _digits(said: str) -> str:
    number = lx.zh_number(said)
    return str(number) if number is not None else said


def _clauses(text: str) -> list[str]:
    parts = _SPLIT.split(text)
    return [parts[i] + (parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2) if parts[i]]


def _bare(clause: str) -> str:
    return _SPLIT.sub("", clause).strip()


def _clause(clause: str) -> str:
    """One clause with the register's words said plainly ('' when it says nothing)."""
    mark = clause[len(clause.rstrip("，,：:；;。！!")) :]
    said = _bare(clause)
    if _REGISTER_CLAUSE.match(said) or _SENT_HOME.match(said):
        return ""
    said = _LEAD.sub("", said)
    said = _NEWS_ASKS.sub("", _NEWS_USER.sub("买", said))
    said = _CALLED.sub("", said)
    said = _I_WANT_KIND.sub("", _MANNER.sub("", said))
    this_one = _THIS_ONE.match(said)
    if this_one is not None:
        said = "买" + this_one.group("what")
    said = _TAIL_BA.sub("", _SUNG.sub("", said) if said.startswith("买") else said)
    return said + mark if said else ""


def _broken_then_bought(clauses: list[str]) -> list[str]:
    for i in range(len(clauses) - 1):
        broken = _BROKEN.match(_bare(clauses[i]))
        bought = _BUY_ONE.match(_bare(clauses[i + 1]))
        if broken is None or bought is None:
            continue
        kind = bought.group("kind")
        mark = clauses[i + 1][len(_bare(clauses[i + 1])) :] or "，"
        owner = broken.group("owner") or ""
        what = broken.group("what") if not owner or _PLACE.search(owner) else owner + broken.group("what")
        said = f"买一{bought.group('m')}{what}" + (f"，{kind}的" if kind else "")
        return clauses[:i] + [said + mark] + clauses[i + 2 :]
    return clauses


def _who_wants(text: str) -> str:
    wants = _WANTS.match(text)
    if wants is None or _NOT_WHO.search(wants.group("who")) or dp.must_hear(wants.group("who")):
        return text
    return "买" + wants.group("rest")


def read(text: str) -> str:
    """Chinese ``text`` with the scene, the register, caps, sizes and corrections above said plainly."""
    if not re.search(_HAN, text) or _ORDER.search(text) or _SECOND.search(text) or _QUOTED.search(text):
        return text
    said = text
    text = _SLIP.sub(lambda m: _SLIP_TABLE[m.group(0)], text)
    text = _FILLER.sub("", text)
    text = _KIDS.sub("孩子", text)
    clauses = _clauses(text)
    allowed = [i for i, c in enumerate(clauses) if _ALLOWED.match(c)]
    if allowed:  # a pupil's essay: the weather and the mood before what a parent allowed are the story
        clauses = [_ALLOWED.sub("", clauses[allowed[0]])] + clauses[allowed[0] + 1 :]
    clauses = _broken_then_bought([c for c in (_clause(c) for c in clauses) if c])
    text = "".join(clauses).strip("，,：: ")
    text = _SAME_TWICE.sub(lambda m: m.group("head") + m.group("x"), text)
    text = _TOTAL_PASS.sub(lambda m: m.group("t") + "不超过", text)
    text = _DONT_PASS.sub("不超过", text)
    text = _DAYANG.sub(lambda m: m.group("n") + "元", text)
    text = _KUAI_JIAO.sub(lambda m: f"{_digits(m.group('y'))}.{_digits(m.group('j'))}元", text)
    if not _CORRECTING.search(text):  # '二十公斤的？不，十公斤的' is read by the readers of corrections
        text = _SIZE.sub(lambda m: _digits(m.group("n")) + m.group("u"), text)
    corrected = _CORRECTED.match(text)
    if corrected is not None:
        text = f"{corrected.group('x')}{corrected.group('n2')}{corrected.group('m')}{text[corrected.end():]}"
    text = _who_wants(text)
    if not text.strip() or dp.must_hear(said) != dp.must_hear(text):
        return said
    return text
