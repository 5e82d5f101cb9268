"""Ordinary Chinese purchases said around the words the readers know, read as the plain Mandarin they take:

- a trade or workplace said as the one who wants the goods ('花店要包装纸五十张', '木工的砂纸买三十张',
  '养猪场那边要换饮水器'): who wants them is no part of the product, and 换 there is buying a new one;
- money in jiao and fen ('每个不超过三毛', '每双五分钱以内', '两毛五') as yuan with decimals, so the cap readers
  take it (``cheap_each`` then lets a cap of a yuan or less stand for one of many cheap things bought at once);
- caps said 顶多, 撑死, 封顶, 顶天 (before or after the amount), 不过百 and 不过千;
- the registers of paperwork ('兹申请购置…', '拟采购…', '特此申请', '烦请办理为盼'), of shouting ('！！！',
  '有没有！！！'), and of chat said around a request ('我真的会谢', '尊嘟假嘟', '那个啥。。。', '别忘别忘', Sichuan's '要得' and '巴适' said last, a price
  only remarked on: '拖鞋才十五？买三双', '立刻马上' for 马上, '您' as 你);
- slips of voice input for common goods, by the class of sound (电/点/店, 纸/只/指, 晾/凉/亮, 桶/痛/通/筒),
  rewritten only into a word of the goods lexicon below and never where the slip is a word of its own;
- 床 counting a quilt or a blanket ('一床双人电热毯', '两床羽绒被') as 个.

Text with no Chinese in it comes back unchanged.
"""

from __future__ import annotations

import itertools
import re

from . import lexicon as lx
from . import zh_buy_around as zm

_N = lx.ZH_NUMBER
_CJK = r"[\u4e00-\u9fff]"
_MEASURE = r"[包盒瓶个件台副对袋箱杯支节只双套份罐桶条根本张把卷打斤块片听板部枝串提盏枚]"

# Trades and workplaces by how their names end: '眼镜店', '剪纸班', '考古队', '油漆工', '养鸡场', '物业',
# '家政公司', '烘焙坊', '瓦匠'.
_TRADE = (rf"(?:{_CJK}{{1,4}}?(?:店|班|队|场|厂|铺|馆|摊|站|组|社|坊|公司|大厅|车间|食堂|工地)|{_CJK}{{1,3}}?(?<![手人])工"
          rf"|{_CJK}{{1,2}}匠|物业)")
# The trade said first, then what it wants: '眼镜店要…', '物业那边要换…', '养鸡场的蛋托买…'.
_TRADE_WANTS = re.compile(
    rf"^(?P<who>{_TRADE})(?:那边|这边|那里|这里|那儿|这儿)?(?:(?P<link>需要|要|的)(?P<swap>换)?(?=(?P<rest>{_CJK}{{2}}.*))|(?:需要|要)?(?=(?P<latin>[A-Z][A-Za-z0-9]*{_CJK}.*)))"
)

# Jiao and fen: '三毛', '两角五', '五分钱'; 分 only with 钱 (五分钟, 五分熟 are no money).
_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_D = r"[一二两三四五六七八九]"
_JIAO = re.compile(rf"(?<![\d一二两三四五六七八九十百千万块元])(?P<j>{_D})(?:毛|角)(?P<f>{_D}(?![块元毛角\d]))?(?P<money>钱)?")
_FEN = re.compile(rf"(?<![\d一二两三四五六七八九十百千万块元毛角])(?P<f>{_D})分钱")
# Where a jiao amount is money and not a thing ('毛巾', '三角架', '八角'): a cap word before it, or money words after.
_MONEY_AROUND = re.compile(r"(?:不超过|不要超过|别超过|以内|以下|之内|预算|最多|每\S|一\S)$")

# Caps said another way: '顶多八十', '撑死三百', '封顶五十，…', '顶天一百五', '不过百'.
_AT_MOST_WORD = re.compile(rf"(?:顶多|撑死|封顶|顶天|最多最多|至多)(?=\s*(?:{_N}|\d))")
_HUNDRED_CAP = re.compile(r"(?<![\u4e00-\u9fff])不过(?P<u>[百千])(?:块|元)?(?=\s*(?:[，,。！!；;]|$))")

# Paperwork: '兹申请购置…', '拟采购…', '现申请采购…', and the closings that only ask it be done.
_FORMAL_LEAD = re.compile(r"^(?:兹|现|今)?(?:申请|拟|特)?(?:购置|采购|购买|购入|添置)")
_FORMAL_CLOSE = re.compile(
    r"[，,。\s]*(?:特此申请|特此报告|特此请示|特此通知|妥否，?请批示|请予批准|请批准|望批准|烦请(?:办理|安排|采购)?|为盼|是荷|为荷)"
    r"[。！!.]*\s*$"
)
# Shouting: a run of marks is one, and '有没有！' shouted first asks nothing.
_SHOUTS = re.compile(r"([！!？?。])\1+")
_HAVE_ANY = re.compile(r"^有没有[！!]+\s*(?=\S)")
# Chat said around a request: '我真的会谢', '尊嘟假嘟', '那个啥。。。', '别忘别忘'.
_CHAT_LEAD = re.compile(
    r"^(?:我?真的会谢|我真的栓[Qq]|我真的服了|尊嘟假嘟|真的假的|那个啥|那啥|就是那个|怎么说呢)[，,。.！!…~～\s]*(?=\S)"
)
_CHAT_TAIL = re.compile(r"(?:[，,。！!\s]+(?:要得|巴适得板|巴适)|[，,。！!\s]*(?:别忘别忘|别忘了别忘了|千万别忘了?|别忘了?啊?|记得哈|记得啊))"
                        r"[。！!~～]*\s*$")
_AT_ONCE = re.compile(r"立刻马上|立马|立即马上|马上立刻")
# A price only remarked on, asked back, before the purchase: '拖鞋才十五？买三双' (not a cap).
_PRICE_REMARK = re.compile(rf"(?<={_CJK})(?:才|只要|就)\s*(?:{_N}|\d+)\s*(?:块钱?|元)?(?:[？?！!]+|啊|呀|吗[？?]?)\s*(?=买|来|要|[，,]?\s*买)")

# 床 counting a quilt or a blanket: '一床双人电热毯' → '一个双人电热毯'.
_BED_COUNT = re.compile(rf"(?<=[一二两三四五六七八九十俩\d])床(?=(?:{_CJK}{{0,4}})(?:被|毯|褥|棉絮|凉席|蚊帐))")

# Goods whose names voice input mishears, and the sounds it swaps them for.
_GOODS = ("电饭锅", "电饭煲", "电风扇", "电热毯", "电水壶", "电池", "电吹风", "电蚊拍", "电暖器", "电熨斗", "电插板",
          "卫生纸", "餐巾纸", "厨房纸", "打印纸", "面巾纸", "晾衣夹", "晾衣架", "晾衣杆", "垃圾桶", "水桶", "饭桶")
_SOUNDS = {"电": "点店垫", "纸": "只指止", "晾": "凉亮量", "桶": "痛通筒"}
# Slips that are words of their own and must stay: '点电池' would not arise, but '一只' or '凉衣' might in other words.
_WORDS_OF_THEIR_OWN = frozenset(["水通", "店池"])


def _slips() -> dict[str, str]:
    table: dict[str, str] = {}
    for word in _GOODS:
        choices = [(c, *_SOUNDS.get(c, "")) for c in word]
        for variant in itertools.product(*choices):
            slip = "".join(variant)
            if slip != word and slip not in _WORDS_OF_THEIR_OWN:
                table[slip] = word
    return table


_SLIP_TABLE = _slips()
_SLIP = re.compile("|".join(re.escape(s) for s in sorted(_SLIP_TABLE, key=len, reverse=True)))


def _jiao(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 4): match.start()]
    after = match.string[match.end(): match.end() + 3]
    if not (match.group("money") or _MONEY_AROUND.search(before) or re.match(r"\s*(?:以内|以下|之内)", after)):
        return match.group(0)
    fen = _DIGIT[match.group("j")] * 10 + (_DIGIT[match.group("f")] if match.group("f") else 0)
    return f"{fen / 100:.2f}".rstrip("0") + "元"


def _fen(match: re.Match[str]) -> str:
    return f"0.0{_DIGIT[match.group('f')]}元"


def _trade(text: str) -> str:
    wants = _TRADE_WANTS.match(text)
    if wants is not None and re.search(r"[我咱你他她]|^[帮给替为]", wants.group("who")):
        return text  # '我们公司的打印纸…', '帮我们公司的新同事买…': one's own workplace or its people, read elsewhere
    if wants is not None and wants.group("latin"):  # '打印店A4纸十箱', '广告公司要KT板二十张': a model's letters begin the goods
        return wants.group("latin") if re.search(rf"{_N}\s*{_MEASURE}", wants.group("latin")) else text
    if wants is None or not re.search(rf"{_N}\s*{_MEASURE}|\d", wants.group("rest")):
        return text  # '眼镜店要什么？', a shop with no goods counted
    if wants.group("link") == "的" and not re.search(r"买|来|要", wants.group("rest")):
        return text  # '公司的打印机坏了' is where a thing is kept, read elsewhere
    return "买" + wants.group("rest") if wants.group("swap") else zm.bought_first(wants.group("rest"))


def read(text: str) -> str:
    """Chinese ``text`` with the trade, money, caps, registers, voice slips and 床 above said plainly."""
    if not re.search(_CJK, text):
        return text
    said = text
    text = _SHOUTS.sub(r"\1", text)
    text = _HAVE_ANY.sub("", text)
    text = _CHAT_LEAD.sub("", text)
    text = _CHAT_TAIL.sub("", text) or text
    text = _AT_ONCE.sub("马上", text)
    if _FORMAL_LEAD.match(text):
        text = _FORMAL_CLOSE.sub("", _FORMAL_LEAD.sub("买", text))
    text = _SLIP.sub(lambda m: _SLIP_TABLE[m.group(0)], text)
    text = _trade(text)
    text = _AT_MOST_WORD.sub("最多", text)
    text = _JIAO.sub(_jiao, text)
    text = _FEN.sub(_fen, text)
    text = _HUNDRED_CAP.sub(lambda m: "不超过" + ("100" if m.group("u") == "百" else "1000"), text)
    text = _PRICE_REMARK.sub("，", text)
    text = _BED_COUNT.sub("个", text)
    text = re.sub(r"(?<=麻烦)您|^您(?=帮|给|替)", "你", text)
    return text.strip() or said


# A count of cheap things: a cap of a yuan or less stands for each one when many are bought and each is said.
_EACH_SAID = re.compile(rf"每\s*{_MEASURE}")


def cheap_each(text: str, quantity: int, cap: int | None) -> bool:
    """'红纸一百张，每张不超过0.2元': a small cap said for each of ten or more things is a real price."""
    return cap is not None and cap >= 1 and quantity >= 10 and bool(_EACH_SAID.search(text))
