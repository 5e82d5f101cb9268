"""What a Chinese request says around the product that is not its name, read as a small grammar of framings:

- a hesitation while the shopper looks for the word, closed by finding it ('那个叫什么来着——对，电动打蛋器', Cantonese
  '嗰個叫咩呀……係喇，捲髮棒'): the word found is the product; a hesitation never closed names nothing and stays;
- a deadline said before the request ('周三前帮我买…', '下周一之前买…'): when, not what;
- whom it is bought for, a group, said before the verb ('给我们舞蹈队买…', '帮我们公司的新同事买…');
- what kind it is by its use ('广场舞用的那种拉杆音箱', '露营用的那种折叠椅'): the product is the noun after 那种;
- English words inside a Chinese request: 'order' as the verb, 'for home', 'to office' as where it goes, and a
  saved address said bare as a clause of its own ('今晚八点，家里');
- whether an order can come by a time, asked ('今天下午能不能到'), and 'how many yuan' (几块钱): questions.

Everything else is left as said, so a harmful product behind a framing is still read, and refused, as itself; and
whom or what it is for stays whenever reading it away would change whether the sentence is harmful (children and
beer).
"""

from __future__ import annotations

import re

from . import harm as hm
from . import lexicon as lx

_N = lx.ZH_NUMBER
# A pause while searching for the word: '那个叫什么来着', '叫啥来着', '嗰个叫什么呀' (Cantonese, already in Mandarin), '那啥来着',
# '那个什么来着'; then the word found, confirmed ('对，', '哦对', '是', '对了'), with dashes or dots around it.
_PAUSE = r"(?:……|…|——|—|--|-|\.{2,}|[，,、\s])*"
_HESITATION = re.compile(
    rf"(?:(?:那个|这个|那款|那种|那|这)?(?:东西)?(?:(?:叫|叫做|叫作)(?:什么|啥|乜嘢|咩)|(?:什么|啥)(?=来着))"
    rf"(?:来着|来著|来的|名字|呀|啊|嘞)*{_PAUSE}"
    rf"(?:哦|噢|喔|啊|嗯)?(?:对了|对|是了|是|就是)(?:的|喇|啦)?{_PAUSE})"
)
# A deadline or a time before the request: '周三前', '下周一之前', '月底前', '28号前', '明天早上' (the request follows).
_DEADLINE_FIRST = re.compile(
    r"^(?:下|这|本)?(?:周[一二三四五六日天]|星期[一二三四五六日天]|明天|后天|今天|今晚|明早|明晚|周末|月底|月初|赶明儿|明儿|今儿|回头"
    r"|\d{1,2}(?:月\d{1,2})?[号日])(?:早上|上午|中午|下午|晚上|傍晚)?(?:之前|以前|前)?[，,\s]*(?=(?:请|麻烦)?(?:你)?(?:帮我|给我|替我)?(?:买|订|购买|下单|整|来|拿))"
)
# A group a purchase is for, before the verb: '给我们舞蹈队', '帮我们公司的新同事', '替合唱团'.
_GROUP = (r"(?:队|团|班|组|社|社团|协会|俱乐部|车队|球队|乐队|战队|同事|同事们|员工|同学|同学们|学生|学生们|小朋友|孩子们|老人们"
          r"|会员|队员|团员|志愿者|志工|义工|车间|部门|科室|小组)")
_FOR_GROUP = re.compile(
    rf"(?P<verb>给|帮|替|为)(?:我们|我们的|咱们|咱们的)(?:[\u4e00-\u9fff]{{0,6}}?的)?(?:新|老|全体|各位|几个|所有)?"
    rf"[\u4e00-\u9fff]{{0,4}}?{_GROUP}(?:上|里)?(?=(?:买|订|购买|下单|采购))"
)
# A kind by its use: 'X用的那种Y', 'X用的那款Y' (the product is Y).
_USED_FOR = re.compile(r"(?:^|(?<=[，,\s]))[\u4e00-\u9fff]{1,6}?用的?(?:那种|那款|这种|这款|那类)(?=[\u4e00-\u9fffA-Za-z])")
# English inside: 'order' or 'buy' as the verb before a count or a product, 'for home' / 'to office' as where it goes.
# Cantonese 叫 (order) before a count of cups: '喺喜茶叫廿杯' is 在喜茶订二十杯.
_CALL_FOR = re.compile(rf"叫(?=\s*(?:{_N})\s*杯)")
_ORDER = re.compile(rf"(?:(?<=^)|(?<=[帮给替请要想我]))\s*(?P<verb>order|buy)\s*(?=(?:{_N}|[\u4e00-\u9fff]))", re.IGNORECASE)
_EN_PLACE = re.compile(r"\s*\b(?:for|to|deliver to|send to|ship to)\s+(?:the\s+|my\s+)?(?P<p>home|office)\b\s*",
                       re.IGNORECASE)
# Whether a placed order comes in time, asked ('ord_k1明天上午能不能到', '今天能不能送到，大概几点'): a question, not a
# new day; and 'how many yuan' asked as 几块钱 or Cantonese 几钱 (not 十几块钱, a dozen-odd yuan).
_WHETHER_ARRIVES = re.compile(r"(?:能|会)不(?:能|会)(?:送|寄)?到(?:[，,]\s*(?:大概|大约|估计)?(?:几点|啥时候|什么时候|几时)(?:到|能到)?)?"
                              r"(?:呢|啊|呀)?[？?]?$")
_HOW_MUCH = re.compile(r"(?<![十百千万\d两一二三四五六七八九])几(?:块|蚊|个)?钱")
# A saved address said bare as its own clause, after a time or a count ('今晚八点，家里'): where it goes.
_BARE_PLACE = re.compile(r"(?<=[，,])\s*(?P<p>家里|家|公司|办公室)\s*(?=[，,。！!]|$)")
# Cantonese 同 (and) between two things counted: '两支牙膏同一支牙刷' names two products, to be asked about.
_AND = re.compile(rf"(?<=[\u4e00-\u9fffA-Za-z])同(?!一(?:款|种|样|批|家|型|色|颜色|尺|码|套|系列|个颜色|个牌子|牌))"
                  rf"(?=\s*(?:{_N})\s*[\u4e00-\u9fff])")  # 同一款 is 'the same model
# A filler said first while thinking ('那啥，', '呃……'). (弄 and 搞, 'get hold of', stay unread: they are how a
# forged sick note or fake cigarettes are asked for.)
_FILLER = re.compile(r"^(?:那啥|那个啥|那什么|呃+|嗯+|额+)(?:[，,、\s]|……|…)+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def framed(text: str) -> str:
    """Simplified ``text`` with the framings above read; unchanged when it has no Chinese."""
    if not _HAN.search(text):
        return text
    said = text
    found = _HESITATION.sub("", text)
    if found != text:  # '帮我把电动打蛋器——买一个': the dashes left around the word found
        text = re.sub(r"(?:——|—|……|…)+", "", found)
    text = _AND.sub("和", text)
    text = _HOW_MUCH.sub("多少钱", _WHETHER_ARRIVES.sub("能到吗", text))
    text = _DEADLINE_FIRST.sub("", _FILLER.sub("", text))
    # whom it is for and what it is used for are read away only when that changes nothing about harm: '给我们班的
    # 小朋友买十罐啤酒' keeps its children
    framed_away = _USED_FOR.sub("", _FOR_GROUP.sub(lambda m: "帮我", text))
    if hm.harmful(framed_away) == hm.harmful(said):
        text = framed_away
    text = _ORDER.sub(lambda m: "买" if m.group("verb").lower() == "buy" else "订", _CALL_FOR.sub("订", text))
    text = _BARE_PLACE.sub(lambda m: "送到" + ("家里" if m.group("p").startswith("家") else "公司"), text)
    text = _EN_PLACE.sub(lambda m: "，送" + ("家里" if m.group("p").lower() == "home" else "公司") + "，", text)
    return re.sub(r"，\s*(?=[，。！!]|$)", "", re.sub(r"，\s*，", "，", text)).strip()
