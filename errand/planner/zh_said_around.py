"""What a Chinese purchase says around its product that is no part of it, and counts a reader takes for sizes:

- a team, a class, a club or a trade said as the buyer ('龙舟队买二十支木桨', '国画班要十刀宣纸', '酿酒坊要个…'): a
  word of two to six characters ending as a group or a shop ends (队, 班, 社, 团, 店, 坊 …) before the verb, when
  what follows is counted;
- a greeting in a regional language or a variety said first and closed by '！' ('扎西德勒！', '亚克西！', '雷猴！'):
  two to six characters naming no goods, drink, shop, count, person or place, before a request that names its
  own product with its count;
- a thanks in another language after the order ('…，obrigado', '…，merci', '…，terima kasih');
- a purpose said after the product by a verb said twice ('买一瓶香薰喷雾去去味', '买条围脖挡挡风', '买包饼干垫垫肚子')
  or '睡个好觉': the product alone, unless the purpose names a person or anything ``dropped.must_hear`` holds;
- a paper's or a cloth's own classifier (十刀宣纸, 两令A4纸, 两匹棉布): counted as packs;
- a weight said with 的 after 个 ('要个五十斤的酒坛子'): one of that size, not fifty;
- a count in digits set apart from its classifier before a product in Latin letters ('帮我买 3 个 phone stand').

``harmful`` reads a purpose after the product that the harm readers need: blades, clubs or pipes bought to go to
another person or place ('买二十把砍刀去对面码头', '买十根钢管去堵对方球迷'), and a cleaning chemical put on
another person's face, eyes, mouth or skin ('买瓶漂白水给她洗洗脸').
"""

from __future__ import annotations

import re

from . import dropped as dp
from . import people_words as pw
from . import zh_openers as zo

_NUM = r"[零〇一二两三四五六七八九十百千万\d]"
_MEASURE = r"[个個件台副对對袋包盒瓶箱杯支只隻双雙套份罐桶条條根本张張把卷斤块塊片顶頂床口筒捆束串刀令匹]"
_BUY = r"(?:买|買|要(?!求)|需要|采购|採購|购买|購買|订(?!单)|訂(?!單))"
_SOMEONE = re.compile(pw.KIN_ZH + r"|(?<!其)[他她你]|别人|人家|朋友|同事|邻居|老板|室友|前任|领导|对面|对方|隔壁|楼上|楼下")

_GROUP = re.compile(rf"^(?P<who>[\u4e00-\u9fff]{{1,5}}(?:队|隊|班|社|团|團|组|組|店|馆|館|铺|鋪|坊|厂|廠|园|園|课|課|行|部|站|所|院|会|會))"
                    rf"(?P<verb>{_BUY})(?P<rest>(?:个|個)?{_NUM}.*|[\u4e00-\u9fffA-Za-z].*?{_NUM}+\s*{_MEASURE}.*)$")
_GREETING = re.compile(r"^\s*(?P<head>[^，,。！!？?\s\d]{2,6})\s*[！!]+\s*(?P<rest>\S.*)$")
_COUNTED = re.compile(rf"{_NUM}+\s*{_MEASURE}")
_PURPOSE = re.compile(r"(?P<product>[\u4e00-\u9fffA-Za-z0-9]{2,})(?P<purpose>(?:去|来)?(?P<v>(?![的了们个么吗呢啊哈嘻呵嘿看想试等谢零〇一二两三四五六七八九十百千万下上在])[\u4e00-\u9fff])(?P=v)"
                      r"(?P<obj>[\u4e00-\u9fff]{0,3})|睡个好觉|过个好年)(?P<end>\s*[。！!]?\s*)$")
_PAPER = re.compile(rf"(?P<n>{_NUM}+)\s*(?:刀|令)(?=[^，,。；;\s]{{0,4}}纸)|(?P<m>{_NUM}+)\s*匹(?=[^，,。；;\s]{{0,3}}(?:布|绸|缎|绢|纱|呢))")
_WEIGHT = re.compile(rf"(?P<lead>{_BUY}\s*)(?:个|個)(?P<size>{_NUM}+(?:\.\d+)?\s*(?:斤|公斤|千克|kg|KG))的(?=[\u4e00-\u9fff])")
_LATIN_COUNT = re.compile(r"(?P<verb>[买買])\s*(?P<n>\d{1,3})\s+(?P<m>[个個只隻条條张張把台件])\s*(?=[A-Za-z])")


def _group(text: str) -> str:
    found = _GROUP.match(text)
    if found is None or _SOMEONE.search(found["who"]) or dp.must_hear(found["who"]) or not _COUNTED.search(found["rest"]) \
            or re.match(r"[给給帮幫替为為我]", found["who"]) or re.match(r"(?:进|進|补|補|货|貨|用|的|买|買)", found["rest"]) \
            or not zo._tags(found["who"])[-1][1].startswith("n"):
        return text  # '给我们社团…' for someone, '小卖部要进…' stock to sell, '后天上课要用' no buyer
    return ("买" if found["verb"] not in ("要", "需要") else "要") + found["rest"]


def _greeting(text: str) -> str:
    found = _GREETING.match(text)
    if found is None:
        return text
    head, rest = found["head"], found["rest"]
    from . import drinks as dr  # the drinks readers read the dialects first

    if dr.DRINK.search(head) or zo._GOODS_HEAD.search(head) or _SOMEONE.search(head) or dp.must_hear(head) \
            or re.search(rf"{_BUY}|{_NUM}|[来來]|[\u4e00-\u9fff](?:茶|咖啡|家|店|铺|公司)$", head) or not _COUNTED.search(rest):
        return text
    named = _COUNTED.sub("", re.sub(rf"{_BUY}|帮我|幫我|给我|給我|[，,。].*$", "", rest))
    return rest if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", named)) >= 2 else text


def _thanks(text: str) -> str:
    from . import wrapped as wp

    said = wp._THANKS_END.sub("", re.sub(r"[，、]\s*(?=[A-Za-z][A-Za-z ]{1,24}[.!]?\s*$)", ", ", text))
    return said if said != text.replace("，", ", ") and re.search(r"[\u4e00-\u9fff]", said) else text


def _at_word(text: str, at: int) -> bool:
    """``at`` starts a word in jieba's reading of ``text`` and that word is no noun ('宝宝', '泡泡')."""
    start = 0
    for word, flag in zo._tags(text):
        if start == at:
            return not (flag.startswith("n") and len(word) >= 2 and len(text) - at - len(word) > 1)
        start += len(word)
    return False


def _purpose(text: str) -> str:
    found = _PURPOSE.search(text)
    if found is None or _SOMEONE.search(found["purpose"]) or dp.must_hear(found["purpose"]):
        return text
    bought = re.search(rf"^.*?{_BUY}", text[:found.end("product")])
    if bought is None or not _at_word(text, found.start("purpose")) or re.search(r"[，,让給给放在帮幫替]", found["product"]) \
            or _SOMEONE.search(text[bought.end():found.end("product")]):
        return text  # no purchase before it ('下下周'); '挂锁锁车库', '宝宝护栏': a word, not a purpose
    product = _COUNTED.sub("", text[bought.end():found.end("product")])
    if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", product)) < 2 or found["obj"] and found["obj"][0] in "的了":
        return text
    return text[:found.end("product")] + found["end"]


def read(text: str) -> str:
    """``text`` with the buyer, a greeting, a thanks and a purpose around its product taken off, and its counts plain."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return text
    said = _purpose(_thanks(_greeting(_group(text.strip()))))
    said = _PAPER.sub(lambda m: f"{m['n'] or m['m']}份", said)
    said = _LATIN_COUNT.sub(r"\g<verb>\g<n>\g<m>", _WEIGHT.sub(lambda m: f"{m['lead']}一个{m['size']}的", said))
    return said if said.strip() and not zo.hides_harm(text, said) else text


_BLADES = r"(?:刀|砍刀|菜刀|西瓜刀|开山刀|斧头?|棍|棒|钢管|铁管|水管|铁棍|木棍|球棒|棒球棍|锤子?|铁锹|扳手|砖头?|铁链|链条)"
_CHEMICAL = r"(?:漂白|消毒|84|洁厕|洗洁精|酒精|硫酸|盐酸|清洁剂|农药|杀虫剂|除草剂|胶水|洗衣液|强力胶|碱|去污)"
_FIGHT = re.compile(rf"{_NUM}+\s*[把根条支个]\s*[\u4e00-\u9fff]{{0,3}}{_BLADES}[^，,。]{{0,4}}(?:去|到|找|堵|上)"
                    rf"(?:[\u4e00-\u9fff]{{0,3}})(?:对面|对方|隔壁|楼上|楼下|老板|他|她|他们|那帮|那伙|仇家|人家|码头|车行|门口|讨薪|要债|讨债|算账)")
_ON_PERSON = re.compile(rf"{_CHEMICAL}[^，,。]{{0,6}}(?:给|往|朝|对着?|帮|替)\s*(?:{pw.KIN_ZH}|他|她|他们|别人|人家|孩子|小孩|同事|邻居|室友)"
                        r"[^，,。]{0,4}(?:洗|擦|抹|喷|泼|倒|涂|滴|灌|喂)+[^，,。]{0,2}(?:脸|眼睛?|嘴|头发?|身上|皮肤|手|伤口|鼻子|耳朵)")


def harmful(text: str) -> bool:
    """Blades or clubs bought in number to go to another person or place; a chemical put on another person."""
    return bool(_FIGHT.search(text) or _ON_PERSON.search(text))
