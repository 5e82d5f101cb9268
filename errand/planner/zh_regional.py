"""Chinese regional speech and chat slang around a request, read by the class of each word: a lexicon, not a list of
sentences, so a word met in one sentence is read the same way in any other.

The classes, each read only where its context makes it that word (the same characters are common words elsewhere):

- pronouns of Shandong and Henan: 俺 (我), 恁 before what a person does (你: '恁给俺买…', but not 恁大);
- verbs of getting before a count: 弄, 整, 搞, and the voice slip 埋 (买): '给俺弄两个…', '帮我埋三瓶…' (埋地灯 stays);
- exclamations and tags said as clauses of their own: '弄啥嘞，', '哎呀妈呀，', '咋整啊，', '…，中不中';
- particles and praise at a clause's end, on a word boundary found by the segmenter: '…噻', '…哈', '…yyds',
  '…老灵额', '…得劲儿', '…包的' (娃哈哈, 钱包 and 面包 are words of their own, so they keep their last character);
- praise as a framing: '被这款X种草了' and '被X硬控了' (X), '种草了这个X', '室友说这款X…' (the recommender);
- time words of the north: 夜来 (昨天, not 夜来香), 前儿 (前天); a time word before a thing used up, then the
  request ('前儿卫生纸用完了，再买一提'), is when, not what;
- a cap said 以里 (以内), a pack said with its size ('一大袋', '一小盒': one bag), an urgency aside ('（急）'), and the
  voice slips 公斯 and 工司 for 公司.

A rewrite that would change whether the sentence reads as harmful is not made, so a harmful product behind these
words is read, and refused, as itself.
"""

from __future__ import annotations

import re

from . import harm as hm
from . import segment as sg
from . import zh_attributes as za

_N = r"[零〇一二两三四五六七八九十百千\d]+"
_MEASURE = r"[包盒瓶个件台副对袋箱支节只双套份罐桶条根本张把卷打斤块片听板部枝串提盏枚顶饼筒捆]"  # not 杯: drinks keep their verb

# Pronouns: 俺 is always 'I'; 恁 is 'you' where a person acts ('恁给俺…', '恁帮俺…', '恁就跟俺说').
_YOU = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[，,]))恁(?=给|帮|替|把|就|要|想|看|说|跟|再|也|先)")
# Verbs of getting before a count or a classifier and a name ('给俺弄两个拖把', '弄俩鼠标垫', '帮我埋三瓶…'): buying.
_GET = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[，,！!])|(?<=[帮给替]我)|(?<=[再也就先]))(?:弄|整|搞|埋)"
                  rf"(?=\s*(?:俩|仨|{_N}\s*{_MEASURE}|个(?=[\u4e00-\u9fffA-Za-z]{{2}})))"
                  r"(?!个(?:人|房|屋|家|月|星期|礼拜|周|上午|下午|晚上|早上|过程|世界))")  # 整个人, 整个月: 'the whole'

# What 弄 or 整 gets that is no merchandise, so the verb is not read as buying: papers ('弄一张病假条'), a place or a
# ticket, or goods to sell on ('弄两条烟放店里卖'); those sentences stay as said, and are asked about.
_NOT_GOODS = re.compile(r"假条|病假|请假|证明|证书|证件|身份证|驾照|发票|执照|文凭|学历|公章|印章|单据|收据|合同|指标|名额|门路|票|卖")
# Exclamations and chat openers said as a clause of their own before the request.
_EXCLAIM = (r"(?:弄啥(?:嘞|呢|哩)?|咋(?:整|办|回事儿?)(?:啊|呀|嘞)?|谁懂啊?|家人们|老铁们|集美们|宝子们|哎呀妈呀|我的妈呀|我滴妈呀?"
            r"|哎哟喂?|哎呀|天哪|天呐|妈耶|完犊子了?|绝了|真香|救命啊?|闭眼(?:入|冲|买)|冲冲冲)")
_LEAD_EXCLAIM = re.compile(rf"^(?:\s*{_EXCLAIM}[\s，,！!。~～]+)+(?=\S)")
# Tags asking for agreement, said as the last clause: '…，中不中', '…，行不行', '…，好不好'.
_TAG = re.compile(r"[，,]\s*(?:中不中|中不|行不行|行不|好不好|成不成|可以不|妥不妥|得不得)[？?！!。~～]*\s*$")
# Praise and particles said at a clause's end, as whole words: the segmenter's words are joined from the end.
_PRAISE = frozenset(["yyds", "绝绝子", "绝了", "得劲", "得劲儿", "老灵", "老灵额", "老灵的", "灵额", "交关灵", "真香", "包的",
                     "太香了", "巴适", "巴适得很", "闭眼入", "闭眼冲", "闭眼买", "冲就完了", "入股不亏", "无限回购"])
_PARTICLES = frozenset(["噻", "嘞", "哩", "撒", "哈", "呗", "昂", "嗷", "哟"])
# Praise as a framing: '被这款吸尘器种草了', '被X硬控了' (X); '种草了这个…', '看上了这款…' (the pointer stays for the reader).
_CAPTURED = re.compile(r"^被(?P<thing>[^，,。]{2,14}?)(?:给)?(?:硬控|种草|圈粉|拿捏|迷住|征服)(?:住)?了?(?=[，,！!。]|$)")
_TAKEN_BY = re.compile(r"^(?:种草|硬控|看上|相中|看中|迷上|爱上)了?(?=(?:这|那)[个款种只台把双件条支])")
# Someone who praised it, said first: '室友说这款台灯包的', '搭子讲这个…'.
_SAID_BY = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:说|讲|推荐|安利)(?=(?:这|那)[个款种只台把双件条支])")
# 'also' between the one it is for and the verb: '帮我也买一个', '给我也来一根' (the request is the same).
_ALSO = re.compile(r"(?<=[帮给替]我)也(?=买|来|要|订|下单|整)")
# Shanghainese 搿 (this) before a classifier.
_THIS = re.compile(r"搿(?=[个只款种件条双台把])")
# Time words of the north; a time word before a thing used up or lost, then the request, is when, not what.
_TIME = re.compile(r"夜来(?!香)|前儿(?:个)?(?=[\u4e00-\u9fff])")
_USED_UP = re.compile(r"^(?:昨天|前天|昨晚|刚才|刚刚|今早|今天早上)(?=[\u4e00-\u9fffA-Za-z]{2,12}?(?:又|也)?(?:用完|用光|没了|丢了|坏了|断了|吃完|喝完|掉了)"
                      r"[^，,]*[，,]\s*(?:再|就|赶紧|那就)?(?:帮我|给我)?(?:买|来|要|补|订|换))")
# A thing that broke or ran out, remarked on first, then another thing named and asked for ('充电线又断了，USB-C充电器买一个',
# '鼠标坏了，罗技鼠标买一个'): the remark is the reason; kept when an order, a return or a repair is named.
_REMARK = re.compile(r"^[^，,。！!]{2,12}?(?:又|也|都)?(?:坏|断|丢|破|裂|碎|漏|没电|不亮|用完|用光|没)(?:掉)?了[，,！!。]\s*")
_ASK = re.compile(rf"(?:买|来|要|换|下单)\s*(?:{_N}|俩|仨)?\s*{_MEASURE}?")
_AFTER_SALES = re.compile(r"ord_|订单|这单|那单|退|换货|修|赔|保修|售后|快递|包裹", re.IGNORECASE)
# A wish that it not be dear, said first ('毋免太贵，…', '不用太贵，…'): no cap, no product.
_NOT_DEAR = re.compile(r"^(?:毋免|不用|不要|别|甭|莫|不必)太贵(?:了|的)?[，,]\s*")
# 'that will do' after a count ('洗发水三瓶就好'): the count is the request.
_WILL_DO = re.compile(rf"(?<=[零〇一二两三四五六七八九十百千\d]{_MEASURE})就(?:好|行|够|可以)了?(?=\s*[。！!]?\s*$)")
# A cap said 以里; a pack said with its size between count and classifier ('一大袋', '一小盒').
_WITHIN = re.compile(r"(?<=[\d零一二两三四五六七八九十百千万块元])以里")
_SIZED_PACK = re.compile(r"(?<=[一二两三四五六七八九十\d])(?:大|小)(?=[袋罐盒包箱瓶桶捆])")
# An urgency aside in brackets, first or last: '（急）', '(加急)', '【急用】'.
_URGENT = re.compile(r"^\s*[（(【\[]\s*(?:急|加急|急用|急需|紧急|很急|特急|在线等)\s*[)）】\]]\s*|\s*[（(【\[]\s*(?:急|加急|急用|急需|紧急|很急|特急|在线等)\s*[)）】\]]\s*$")
# The voice slips of the office: '公斯', '工司'.
_OFFICE = re.compile(r"公斯|工司")


def _tail(clause: str) -> str:
    """A clause without praise or particles said at its end as words of their own ('这款拖鞋老灵额' → '这款拖鞋')."""
    words, removed = sg.words(clause), ""
    for _ in range(3):
        for size in (3, 2, 1):
            said = "".join(words[-size:]) if len(words) > size else ""
            if said.lower() in _PRAISE or size == 1 and said in _PARTICLES:
                words, removed = words[:-size], said + removed
                break
        else:
            break
    if not removed:
        return clause
    return re.sub(r"\s*".join(map(re.escape, removed)) + r"\s*$", "", clause, flags=re.IGNORECASE)


def _clauses(text: str) -> str:
    """Each clause's end read by ``_tail``, the punctuation between them kept."""
    pieces = re.split(r"([，,。！!？?~～；;]+)", text)
    return "".join(p if i % 2 or not re.search(r"[\u4e00-\u9fffA-Za-z]", p) else _tail(p) for i, p in enumerate(pieces))


def _past_remark(text: str) -> str:
    """``text`` from the request, when a remark that something broke or ran out comes first and the request names
    what to buy ('充电线又断了，USB-C充电器买一个'); '垃圾袋又没了，买三卷' and '…，买一瓶三升装的' name nothing after it
    and stay."""
    remark = _REMARK.match(text)
    if remark is None or _AFTER_SALES.search(text):
        return text
    rest = text[remark.end():]
    first = re.split(r"[，,。！!]", rest, maxsplit=1)[0]
    named = re.sub(r"新的?|帮我|给我|再|一下|吧", "", _ASK.sub("", first))
    if not _ASK.search(first) or len(re.findall(r"[\u4e00-\u9fffA-Za-z]", named)) < 2 or za.is_attribute(named.strip()):
        return text
    return rest


def read(text: str) -> str:
    """Simplified Chinese ``text`` with the regional and chat words above read; unchanged when a rewrite would make it
    read as harmful or not, or would leave nothing."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return text
    said = text
    text = _URGENT.sub("", text) or text
    text = _OFFICE.sub("公司", _THIS.sub("这", _TIME.sub(lambda m: "昨天" if m.group(0) == "夜来" else "前天", text)))
    text = _YOU.sub("你", text).replace("俺", "我")
    text = _WITHIN.sub("以内", _SIZED_PACK.sub("", text))
    text = _TAG.sub("", _LEAD_EXCLAIM.sub("", text))
    text = _clauses(text)
    text = _CAPTURED.sub(lambda m: m.group("thing"), text)
    text = _SAID_BY.sub("", _TAKEN_BY.sub("", text))
    text = _USED_UP.sub("", text if _NOT_GOODS.search(text) else _GET.sub("买", _ALSO.sub("", text)))
    text = _WILL_DO.sub("", _NOT_DEAR.sub("", text))
    text = _past_remark(re.sub(r"^[，,！!。\s]+", "", text))
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", text) or hm.harmful(text) != hm.harmful(said):
        return said
    return text
