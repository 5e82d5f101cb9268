"""Chinese purchases said with more around the goods than the goods, read as the plain request they carry:

- a cap said first, then the purchase ('一百八以内买个电熨斗', '两百五封顶，买个吹风机'): the cap is moved after the
  purchase ('买个电熨斗，一百八以内'), where the cap readers take it;
- an opener of net slang said before the request ('宝子们', '好家伙', '破防了', 'DNA动了', '绝绝子', '家人们谁懂啊',
  '遥遥领先', '芭比Q了') and a dialect's greeting or assent ('侬好', '老铁', '要得', '整'): no part of the goods;
- a spec said after a dash at the end ('买副手套——加绒！') as one said after a comma;
- a tongue-twister's 'X是X' lines before the purchase, and a number denied after it ('…买十四个，不是四十'):
  the number denied is not the one bought;
- a verse's urging ('赶紧买', '快买') as 买, and its count said '一块就够用' as the count.

Harmful words are never removed here: the openers are a closed list of chat words.
"""

from __future__ import annotations

import re

from . import lexicon as lx

_N = lx.ZH_NUMBER
_CJK = r"[\u4e00-\u9fff]"
_MEASURE = r"[包盒瓶个件台副对袋箱杯支节只双套份罐桶条根本张把卷打斤块片听板部枝串提盏枚顶床口]"
_MARKS = r"[，,。.！!~～…\s]"

# Net slang and dialect greetings said first, before the request.
_OPENERS = (
    "宝子们", "宝子", "宝宝们", "好家伙", "破防了", "DNA动了", "dna动了", "绝绝子", "家人们谁懂啊", "家人们谁懂",
    "遥遥领先", "芭比Q了", "芭比q了", "绝了", "yyds", "YYDS", "冲冲冲", "冲鸭",
    "侬好", "老铁", "老铁们", "要得", "唔该晒", "雷猴", "哎呀妈呀", "我滴个乖乖", "乖乖", "哎哟喂",
)
_OPENER = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in sorted(_OPENERS, key=len, reverse=True)) + rf"){_MARKS}+)+(?=\S)"
)
# Tongue-twister lines said first: '四是四，十是十，'.
_TWISTER = re.compile(rf"^(?:(?P<x>{_CJK}{{1,2}})是(?P=x)[，,、\s]+)+(?=\S)")
# A number denied after the purchase: '，不是四十', '，不是九个'.
_DENIED = re.compile(rf"[，,]\s*(?:而)?不是\s*(?:{_N}|\d+)\s*{_MEASURE}?\s*[。！!~～]*\s*$")
# A cap said first: '一百八以内', '两百五封顶', '三百块以内，'.
_CAP_FIRST = re.compile(
    rf"^(?P<amount>(?:{_N}|\d+(?:\.\d+)?)(?:块钱?|元)?)\s*(?P<word>以内|之内|以下|封顶|顶天)[，,\s]*"
    rf"(?P<rest>(?:帮我|给我|请)?(?:买|来|要|整|订|入)\S*)$"
)
# A spec after a dash at the end: '——加绒！', '—双层的'.
_DASH_SPEC = re.compile(rf"(?<={_CJK})\s*(?:——|—|－－|--)\s*(?P<spec>{_CJK}{{1,6}})\s*[。！!~～]*\s*$")
_NOT_SPEC = re.compile(r"算了|不对|别|不要|不用|改|取消|还是")
# A verse's urging and its count: '赶紧买…', '快买…'; '一块就够用', '两瓶就够了'.
_URGE = re.compile(r"(?:(?<=^)|(?<=[，,]))\s*(?:赶紧|赶快|快快|快去|速速|快)(?=买)")
_ENOUGH = re.compile(rf"(?P<n>(?:{_N}|\d+)\s*{_MEASURE})就够(?:用|了|干|啦|使)?(?:了|啦|啊)?(?=\s*[。！!~～]*\s*$)")

# A complaint about a thing, then a count bought with no product named ('我家的拖把头早就烂了，…，买两个就行'):
# the thing complained about is what is bought.
_FAULT = re.compile(
    rf"(?:^|[的嫌])(?P<thing>{_CJK}{{2,4}}?)(?:早就|总是|老是|又|都|有点|实在|已经)?"
    r"(?:太(?:小|大|少|暗|硬|软|薄|旧|短|窄|矮|钝|慢|重|吵)了?|(?:烂|坏|裂|破|断|旧|钝|漏|松|锈)了)"
)
_BARE_COUNT = re.compile(
    rf"^(?:那就|干脆|就|再)?(?:买|来|换)(?P<n>(?:{_N}|\d+)\s*{_MEASURE})(?:就行|就好|就够了?|就可以了?|吧|呗|啊)?[。！!~～]*$"
)
# A new one asked for in the complaint's words: '换个大的吧', '干脆换块新的', '换个亮一点的'.
_NEW_ONE = re.compile(rf"^(?:干脆|那就|还是|就)?换(?:{_MEASURE})[^，,]{{0,6}}的(?:吧|呗)?$")
# Verse lines: short clauses with no number, money, place, time, person or purpose in them.
_VERSE_LINE = re.compile(rf"^{_CJK}{{3,7}}$")
_KEPT_WORDS = re.compile(
    r"块|元|钱|送|寄|到|明天|今天|后天|周|点|别|不要|不用|给|帮|^(?:买|要|来|整|订)"
    r"|杀|毒|死|炸|偷|砸|烧|害|报复|弄|打|揍|伤|血|药|枪|刀|火|迷|晕|骗|恨|烦|吵"
)


# The weather said after the purchase as why: '…，东北这天太冷了', '…，屋里太潮了'.
_WEATHER_AFTER = re.compile(rf"[，,]\s*{_CJK}{{0,6}}?(?:这天|天气|天|冬天|夏天|屋里|家里)?太(?:冷|热|干|潮|湿|闷)了?[。！!~～]*$")


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"[，,。！!；;]+", text) if c.strip()]


def _complaint(text: str) -> str:
    clauses = _clauses(text)
    if len(clauses) < 2:
        return text
    bought = _BARE_COUNT.match(clauses[-1])
    if bought is None:
        return text
    fault = next((m for c in clauses[:-1] for m in [_FAULT.search(c)] if m), None)
    told = [c for c in clauses[:-1] if not _NEW_ONE.match(c)]
    if fault is None or any(_KEPT_WORDS.search(c) or _must_hear(c) for c in told if c != fault.string):
        return text
    if re.search(r"老公|老婆|老王|邻居|孩子|儿子|女儿|他|她|人", fault.group("thing")):
        return text  # a person complained about is not the goods
    return f"买{bought.group('n')}{fault.group('thing')}"


# A purchase clause that names the goods: '买磨刀石' (not '买三支', '买把折叠的').
_NAMES_GOODS = re.compile(rf"^买(?:{_N}{_MEASURE}|{_MEASURE})?(?![零〇一二两三四五六七八九十百千]|{_MEASURE}){_CJK}{{2,}}(?<!的)$")


def _verse(text: str) -> str:
    """'菜刀钝如铁，切菜切不断，买磨刀石，一块': the verse's lines before the purchase are no part of it."""
    clauses = _clauses(text)
    first = next((i for i, c in enumerate(clauses) if c.startswith("买")), None)
    if first is None or first < 2 or not _NAMES_GOODS.match(clauses[first]) \
            or any(c.endswith("了") for c in clauses[:first]) or not all(_VERSE_LINE.match(c) and not _KEPT_WORDS.search(c) and not _COUNT_SAID.search(c) and not _must_hear(c)
                                              for c in clauses[:first]):
        return text
    return "，".join(clauses[first:])


# Goods then their count, alone or after 买 and a comma: '錾子六把', '买游泳圈，一个'.
_GOODS_THEN_COUNT = re.compile(
    rf"^(?P<buy>买)?(?P<goods>[^，,。！!\d零〇一二两三四五六七八九十百千]{{2,12}}?)(?(buy)[，,]\s*|)"
    rf"(?P<n>(?:{_N}|\d+)\s*{_MEASURE})(?P<tail>[，,。！!].*)?$"
)


def bought_first(text: str) -> str:
    """'錾子六把' → '买六把錾子', '买游泳圈，一个' → '买一个游泳圈': the count said before the goods, as a purchase is
    usually said; text of another shape comes back unchanged."""
    found = _GOODS_THEN_COUNT.match(text)
    if found is None or "了" in found.group("goods"):  # '桨断了两把' tells what broke, not what to buy
        return text
    return f"买{found.group('n')}{found.group('goods')}{found.group('tail') or ''}"


def _cap_first(match: re.Match[str]) -> str:
    return f"{match.group('rest')}，{match.group('amount')}以内"


def _must_hear(words: str) -> bool:
    from . import dropped  # the screens read Mandarin through this module's caller: imported when first asked

    return dropped.must_hear(words)


def read(text: str) -> str:
    """Chinese ``text`` with the openers, twisters, denied numbers, first caps and dashed specs above read plainly;
    as typed when something the checks must hear would be taken off."""
    if not re.search(_CJK, text):
        return text
    read_plainly = _read(text)
    if read_plainly != text and _must_hear(text) and not _must_hear(read_plainly):
        return text
    return read_plainly


def _read(text: str) -> str:
    said = text
    text = _OPENER.sub("", text)
    text = _TWISTER.sub("", text)
    text = _DENIED.sub("", text)
    text = _CAP_FIRST.sub(_cap_first, text)
    dash = _DASH_SPEC.search(text)
    if dash and not _NOT_SPEC.search(dash.group("spec")):
        text = text[: dash.start()] + "，" + dash.group("spec")
    text = _URGE.sub("", text)
    text = _ENOUGH.sub(lambda m: m.group("n"), text)
    text = _verse(_complaint(text))
    if text.startswith("买") and text != said:
        text = bought_first(text)
    if re.match(r"^(?:帮我|给我|请)?(?:买|来|要|整|订)", text):
        text = _WEATHER_AFTER.sub("", text)
    return text.strip() or said


# A cap on the whole lot: '总共不超过两百', '一共不超过一百五', '加起来不超过十块'.
_TOTAL_SAID = re.compile(r"(?:总共|一共|总价|总计|合计|加起来)[^，,。！!；;]*")
_COUNT_SAID = re.compile(rf"(?:{_N}|\d+)\s*{_MEASURE}|(?<=[买来要整订])[个只台把件双条副盒瓶包张]|俩|仨")
_CHEAP_EACH = 2000  # fen: twenty yuan a piece, what cheap things bought by the hundred cost


def many_within_total(text: str, quantity: int, total: int | None) -> bool:
    """'打包盒五百个，总共不超过两百': hundreds of cheap things with the whole lot's cost said are a real order."""
    return total is not None and bool(_TOTAL_SAID.search(text)) and quantity <= 999 and total <= quantity * _CHEAP_EACH


# A count left for later: '数量待定', '数量再说', '多少个还没定'.
_OPEN_COUNT = re.compile(r"(?:数量|多少个?|几个)(?:待定|未定|再说|还没定|没定|不定|再定|到时候?再说|回头再说)")


def count_left_open(text: str) -> bool:
    """'收纳盒买，数量待定': how many is left for later, so it is asked."""
    return bool(_OPEN_COUNT.search(text))


def total_without_count(text: str, quantity: int, total: int | None) -> bool:
    """'吸管，总共不超过一百': a cap on the whole lot with no count said, so how many it buys is open."""
    if total is None or quantity != 1 or not re.search(_CJK, text) or not _TOTAL_SAID.search(text):
        return False
    return not _COUNT_SAID.search(_TOTAL_SAID.sub("", text))

