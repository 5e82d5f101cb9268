"""The story a Chinese purchase is told in, read clause by clause so that only the clause that buys names the
product:

- the purchase clause is the one with a verb of buying or a count and a classifier next to a product's name
  ('腻子粉买两袋', '帐篷买一顶', '再买五个烧杯', '防晒喷雾两瓶');
- a clause before it that counts nothing, or only tells what broke ('装修师傅说墙面要补，', '周末要去露营，', '婚礼跟拍要用，',
  '被甲方折磨到崩溃，', '龙舟队的桨断了两把，'), is the story, read away when the purchase clause names a product itself;
  when it names none ('…，买一个'), a thing said to be needed or running out in the story is the product
  ('冬天一定要有暖宝宝' → 暖宝宝, '家里猫粮快见底了' → 猫粮);
- a clause after it telling a trip, a mood, a gift or a secret ('下周去海边', '冬天冷死了', '给自己的生日礼物',
  '别让我妈知道') is the story too, and so is a purpose after the product ('买个解压球发泄一下');
- a slang label before a colon ('人生建议：', '主打一个省心：', '懂的都懂：') and an opener ('我嘞个豆，') say nothing bought;
- inside the purchase clause: someone who sent the shopper ('师傅叫我去买…'), a group or its members who want it, with
  their place or team before 的 ('芭蕾班的小朋友要…', '队员要统一的…'), one's own family it is chosen for ('帮我老婆挑支…当
  礼物'), and an adverb of manner ('偷偷地买…');
- a pack's size before the count ('荧光笔五支装买三盒', '三公斤装的买两袋'), what each pack holds ('每包一百个'), '一次来五根',
  and the classifiers 口, 面 and 盆 counted like 个 ('两口汤桶', '一面铜锣', '三盆绿萝');
- a second product started and withdrawn ('再给我……算了就砧板一个'), when what is kept was named before;
- Hunan and Chaoshan words around the request: 嗯 (你) before a verb, 么子 (什么), 要得 (行), 人客 (客人), 欲 (要) before a
  verb, 明旦 (明天); watching a price said 守着 or 价钱落到.

A sentence about an order already placed is left as said, and so is any reading that would change whether the
sentence reads as harmful.
"""

from __future__ import annotations

import re

from . import harm as hm
from . import zh_attributes as za
from . import zh_packs as zp

_N = r"[零〇一二两三四五六七八九十百千\d]+"
_M = r"(?:[包盒瓶个件台副对袋箱支节只双套份罐桶条根本张把卷打斤片听板部枝串提盏枚顶筒捆束口面盆]|块(?![钱以左多内下上])|床(?![单垫头品上下边帘罩笠]))"
_ORDER = re.compile(r"ord_|订单|这单|那单|退|换货|换成|快递到|包裹|改到|改成|送货时间|到了没|物流", re.IGNORECASE)
_HAN = re.compile(r"[\u4e00-\u9fff]")

# Hunan and Chaoshan words, each where its context makes it that word.
_DIALECT = [
    (re.compile(r"^嗯(?=帮|给|替|莫|去|把|要)"), ""),  # Hunan 嗯 is 你 before what a person does
    (re.compile(r"么子"), "什么"),
    (re.compile(r"(?<=都)要得"), "行"),
    (re.compile(r"人客"), "客人"),
    (re.compile(r"(?<=[我你他她])欲(?=[\u4e00-\u9fff])|(?<=客人)欲(?=来|到)"), "要"),
    (re.compile(r"明旦"), "明天"),
    (re.compile(r"(?<=[帮给替]我)守(?:着|住)"), "盯着"),
    (re.compile(r"瞄(?:着|住|紧|牢)(?!准)"), "盯着"),  # '帮我瞄着…' eyes a price as 盯着 does ('瞄准' aims)
    (re.compile(r"(?<=[帮给替]我)入手"), "买"),
    (re.compile(r"价钱"), "价格"),
    (re.compile(r"(?<=价格)落(?=到)"), "降"),
]
# The classifiers 口, 面 and 盆 after a count, counted like 个: '两口汤桶', '一面铜锣', '三盆绿萝' (口罩, 面膜 stay).
_COUNTED = re.compile(r"(?<=[零〇一二两三四五六七八九十百千\d])(?:口(?![罩红香袋琴水腔服味气子碑径哨令音才头价])"
                      r"|面(?![膜包条粉霜巾纸具罩料试值积前子])|盆|束)(?=[\u4e00-\u9fffA-Za-z]{2}|[，,。！!\s]|$)")
# 下单 before a count is buying: '下单一个'.
_ORDER_VERB = re.compile(rf"下单(?=\s*{_N}\s*{_M})")
# A pack's size before the count ('五支装', '三公斤装的', '八十抽装'), what each pack holds ('每包一百个'), '一次来五根'.
_PACK_SIZE = re.compile(rf"{_N}\s*(?:[支个片抽只根包袋块粒枚卷张条双]|公斤|千克|斤|克|升|毫升|kg|g|L|ml)装的?(?=\s*(?:[，,]\s*)?(?:买|来|要|{_N}\s*{_M}))",
                        re.IGNORECASE)
_PACK_HOLDS = re.compile(rf"(?:^|[，,])\s*每(?:包|盒|袋|箱|瓶|卷|提|桶)(?:装)?(?:{_N})\s*[个只张片支根抽粒双条枚](?=[，,。]|$)")
_AT_A_TIME = re.compile(rf"一次(?=(?:来|买|要|拿)\s*{_N})")
# A second product started and withdrawn: '，再给我……算了就砧板一个'.
_WITHDRAWN = re.compile(r"[，,]\s*(?:再|还)(?:给我|帮我)?(?:来|买|要)?\s*(?:……|…|——|\.{2,})+\s*算了[，,]?\s*(?:就|还是)?"
                        r"(?P<kept>[^，,。]+?)\s*[。！!]?$")
# Openers said as a clause of their own, and slang labels before a colon.
_OPENER = re.compile(r"^(?:我嘞个豆|我滴个乖乖|好家伙|我的天|我去|救命|家人们谁懂啊?|谁懂啊?"
                     # exclamations of surprise: '我的妈呀', '天哪', '哇塞', Nanjing's '乖乖隆地咚'
                     r"|我的天哪|我的妈呀?|我滴妈呀?|妈呀|天哪|天呐|天啊|哇塞|哇哦|哇|哎呀妈呀|哎哟喂|哎呀|乖乖隆[地滴][咚洞东]|乖乖|啧啧|绝了"
                     r")[，,！!~～\s]+")
_LABEL = re.compile(r"^(?:主打一个[\u4e00-\u9fff]{1,5}|(?:人生|过来人|真诚|个人|小小|友情|良心|血泪)建议|懂的都懂|划重点|重点|一句话|总之)[：:]\s*")
# Inside the purchase clause: someone who sent the shopper, an adverb of manner, a purpose after the product.
_SENT = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:(?:叫|让|喊|要)我们?(?:去|来)?|(?:说|讲)(?:是)?(?:要|想)?)(?=买)")
# Whom it was got ready for, before it with 的: '给亲家准备的茶叶礼盒'.
_READIED = re.compile(r"^(?:给|为)[\u4e00-\u9fff]{1,4}?准备的(?=[\u4e00-\u9fffA-Za-z]{2})")
# Praise said of the pointed product: '这款筋膜枪也太出片了' (the pointer stays for the reader).
_PRAISED = re.compile(r"^(?P<what>(?:这|那)[个款种只台把双件条支][\u4e00-\u9fffA-Za-z\d]{2,12}?)(?:也|真|简直|实在)?太[\u4e00-\u9fff]{1,3}了"
                      r"(?:吧|啊|呀)?(?=[，,！!]|$)")
# 'buy the exercise books, buy twenty': a count said again with the verb, after a clause naming the product.
_COUNT_AGAIN = re.compile(rf"^(?P<first>(?:帮我|给我)?买(?![^，,]*{_N}\s*{_M})[^，,]{{2,}})[，,]\s*(?:买|要|来)(?=\s*{_N}\s*{_M}\s*(?:[，,]|$))")
# A shop the thing is had from, before it with 的: '裁缝铺的软尺', '文具店的铅笔'.
_SHOP_OF = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:店|铺|馆|摊)的(?=[\u4e00-\u9fffA-Za-z]{2})")
# A price watch: left to its own reader.
_WATCHED = re.compile(rf"(?:降|跌|掉|落)(?:到|至|破)|盯|蹲|看牢|看着|提醒|通知我|价格|的价|目标价|watch|{_N}\s*杯|到{_N}\s*(?:块|元)?(?:就|再)?(?:告诉|提醒|通知|喊|叫)")
_MANNER = re.compile(r"^(?:偷偷|悄悄|默默|[\u4e00-\u9fff]{2,4}地)地?(?=买)")
_PURPOSE_AFTER = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:发泄|冷静|放松|解压|续命|提神|压压惊|犒劳自己|奖励自己|解馋)(?:一下)?$")
# A group or its members who want it, their place or team said first: '芭蕾班的小朋友要…', '队员要统一的…'.
_PEOPLE = (r"(?:小朋友|孩子们|孩子|学生们?|同学们?|队员们?|团员们?|员工们?|同事们?|老人家|老人们?|爷爷奶奶|老师们?|工人们?"
           r"|师傅们?|阿姨们?|大家|客人们?|会员们?|选手们?|球员们?|演员们?|志愿者们?|住户们?|宝宝们?|家长们?)")
_MEMBERS = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,6}}的)?{_PEOPLE}(?:都)?(?:要|需要|想要)(?:统一的?)?(?=[\u4e00-\u9fffA-Za-z]{{2}})")
# One's own family the shopper chooses it for: '帮我老婆挑支…', '给我妈挑条…'; the gift said after it.
_FAMILY = r"(?:老婆|老公|媳妇|爱人|妈妈?|爸爸?|女朋友|男朋友|儿子|女儿|闺女|对象)"
_CHOSEN_FOR = re.compile(rf"^(?P<verb>帮|给|替)我(?:的)?{_FAMILY}(?:挑|选|买)(?=\s*(?:{_N})?\s*{_M}|[\u4e00-\u9fff]{{2}})")
_AS_GIFT = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:当|做|作为)(?:生日|新年|圣诞|节日)?(?:礼物|礼品)$")
# Clauses after the purchase that tell a story: a trip, a gift, a secret, a mood.
_AFTER = re.compile(r"^(?:(?:(?:下|这|本)(?:周[一二三四五六日天末]?|个?月|礼拜)|周末|明天|后天|过几天|假期|寒假|暑假|国庆|春节)"
                    r"(?:要|准备|打算)?去[\u4e00-\u9fff]{1,6}"
                    r"|给(?:自己|我?[\u4e00-\u9fff]{1,3})的[\u4e00-\u9fff]{0,4}(?:礼物|礼品)|奖励自己的?"
                    r"|(?:别|不要|莫)(?:让|告诉|跟)[\u4e00-\u9fff]{1,6}"
                    r"|[\u4e00-\u9fff]{0,4}(?:冷|热|累|困|烦|馋)(?:死|坏)了|(?:这样|这样子|酱子|免得|省得|不然)[\u4e00-\u9fff]{2,}"
                    r"|(?:家里|屋里)?(?:都|快|已经)?(?:没有|没|用完|用光|见底|不够用?)了)$")
# A story clause that names what is needed or running out: '冬天一定要有暖宝宝', '家里猫粮快见底了'.
_NEEDED = re.compile(r"一定(?:要|得)(?:有|带|备)(?P<what>[\u4e00-\u9fffA-Za-z\d]{2,10})$"
                     r"|^(?:[\u4e00-\u9fff]{1,4}的|家里|屋里)?(?P<short>[\u4e00-\u9fffA-Za-z\d]{2,8}?)(?:快|又|都|已经)?"
                     r"(?:见底|用完|用光|吃完|喝完|没有|没|不够用?)了$")
# A clause that tells what the thing costs, said in surprise: '电热毯才九十多', '这榨汁杯只要六十块'.
_PRICED = re.compile(rf"^(?:(?:这|那)[个款件套床台只双条把]?)?(?P<what>[\u4e00-\u9fffA-Za-z\d]{{2,10}}?)(?:居然|竟然|也就|才卖|才要|只卖|只要|才)"
                     rf"{_N}(?:多|来|出头)?(?:块钱?|元)?(?:一[个件套台只双条床把])?(?:啊|呀|哇|耶)?$")
# 来 as the verb before a count, after a product whose last character makes a word with it ('弹力带来五根', '笔记本来三本').
_COME = re.compile(rf"(?<=[\u4e00-\u9fffA-Za-z]{{2}})(?<![要会能过回出起下上再就还又也人友客们他她我你谁])来(?=\s*{_N}\s*{_M}\s*(?:[，,。！!；;]|$))")
# A clause that tells what broke, with how many: '桨断了两把', '灯坏了一片' (a story before a purchase clause).
_BROKE = re.compile(rf"(?:坏|断|碎|裂|丢|破|漏气?|烂)了(?:{_N}\s*{_M})?$")
_BUYS = re.compile(rf"(?:^|(?<=[再也就还])|(?<=这次)|(?<=这回))(?:请|麻烦)?(?:帮我|给我|替我)?(?:(?:买|订(?!书[机钉])|入手?)(?=\s*(?:{_N}\s*{_M}|{_M}|俩|仨|[\u4e00-\u9fffA-Za-z]))"
                   rf"|(?:来|要)(?=\s*(?:{_N}\s*{_M}|{_M}|俩|仨)))"
                   rf"|{_N}\s*{_M}|买$")
_QUANTITY = re.compile(rf"{_N}\s*{_M}|俩|仨")
# What a story clause says: it happened ('…了'), it is needed for something ('…要用'), someone is coming ('客人要来'), it is
# planned ('要去…', '要参加…'), someone said so, or how the shopper feels.
_TOLD = re.compile(r"了$|要用$|路上$|途中$|(?:要|会)?来$|要(?:去|参加|考|搬家|出差|比赛|演出|结婚)|(?<=[\u4e00-\u9fff])说|也要|^被"
                   r"|失眠|崩溃|怀疑人生|红温|破防|emo")
# Never a story: a price, an address, an instruction to the assistant, a link, a drink, words in brackets or quotes.
_NEVER_STORY = re.compile(
    r"不超过|以内|以下|以上|预算|总价|总共|一共|[块元蚊钱]|港币|美元|送|寄|地址|链接|http|代码|注释|[\[\]【】（）()《》\"“”'‘’]|\d"
    r"|[零〇一二两三四五六七八九十]\s*杯|ord_|订单"
    # words to the assistant or about its limits and approvals: never a story to read away
    r"|系统|忽略|指示|审批|批准|授权|同意|允许|可以|直接|风控|客服|用户|签名|确认|限制|额度|限额|上限|余额|权限|设置|app|调到|免|不用问"
    r"|不需要|从现在起|验证|账户|账号|密码|支付|付款|付|卡", re.IGNORECASE)
_SPLIT = re.compile(r"([，,：:；;。！!]+|(?:……|…)+\s*)")


def _named(clause: str) -> str:
    """What a purchase clause names once its verb, count, classifier and particles are read away ('' for '买一个',
    '买一瓶三升装的', '买个新的')."""
    said = re.sub(rf"^(?:再|也|就|还)?(?:请|麻烦)?(?:帮我|给我|替我)?(?:买|来|要|订|入手?)|{_N}\s*{_M}|俩|仨|^{_M}", "",
                  clause.strip())
    said = re.sub(r"(?:买|来|要|[了吧呀啊呢哦])$", "", said.strip())
    if za.is_attribute(said) or re.fullmatch(r"[\u4e00-\u9fffA-Za-z\d]{0,8}的", said):
        return ""  # a kind, a size or a pack: nothing named
    return said if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", said)) >= 2 else ""


def _buying(clause: str) -> bool:
    return bool(_BUYS.search(clause)) and not _BROKE.search(clause) and not _PRICED.match(clause.strip())


def _story(clause: str) -> bool:
    """A clause before the purchase that tells a story: something happened or broke ('…了'), is needed for an
    occasion ('…要用'), is planned ('要去…', '要参加…'), was said by someone ('…说…'), or how the shopper feels; never
    one holding a price, an address, an instruction or a drink."""
    clause = clause.strip()
    if _PRICED.match(clause):
        return True  # '羊毛衫才一百多': a price remarked on, no cap
    if not clause or _NEVER_STORY.search(clause):
        return False
    return bool(_BROKE.search(clause) or _TOLD.search(clause) or _NEEDED.search(clause)) and not _QUANTITY.search(_BROKE.sub("", clause))


def _retold(text: str) -> str:
    """``text`` with its story clauses read away around the purchase clause."""
    pieces = _SPLIT.split(text)
    words = pieces[0::2]
    marks = pieces[1::2] + [""]
    buying = [i for i, w in enumerate(words) if _buying(w)]
    if not buying:
        return text
    at = buying[0]
    if at > 0 and not all(_story(w) for w in words[:at]):
        return text  # a clause before that is no story: a price, an address, a count, the product
    clause = _MANNER.sub("", words[at].strip())
    purposed = _PURPOSE_AFTER.sub("", _AS_GIFT.sub("", clause))
    if purposed != clause and not _named(purposed):
        return purposed  # '被老板气到红温，买个冷静一下': a purpose, and nothing named to buy
    words[at] = clause = purposed
    if at > 0:
        if _named(clause):
            words, marks, at = [re.sub(r"^(?:再|这次|这回)(?=买)", "", clause), *words[at + 1:]], marks[at:], 0
        else:
            needed = [m.group("what") or m.group("short") for w in words[:at]
                      if (m := _NEEDED.search(w.strip()) or _PRICED.match(w.strip()))]
            if needed:
                words, marks, at = [needed[-1], *words[at:]], ["，", *marks[at:]], 1
    kept = [(w, m) for i, (w, m) in enumerate(zip(words, marks, strict=True)) if i <= at or not _AFTER.match(w.strip())]
    return "".join(w + m for w, m in kept)


def read(text: str) -> str:
    """Simplified Chinese purchase ``text`` with its story read out of the product's way; a sentence about an order,
    or one the reading would make read as harmful or not, comes back as said."""
    if not _HAN.search(text) or _ORDER.search(text):
        return text
    said = text
    for pattern, word in _DIALECT:
        text = pattern.sub(word, text)
    text = _COME.sub("买", _ORDER_VERB.sub("买", _COUNTED.sub("个", zp.read(text))))
    text = _AT_A_TIME.sub("", _PACK_HOLDS.sub("", _PACK_SIZE.sub("", text)))
    withdrawn = _WITHDRAWN.search(text)
    if withdrawn:
        kept = re.sub(rf"{_N}\s*{_M}|俩|仨", "", withdrawn.group("kept")).strip()
        if kept and kept in text[: withdrawn.start()]:
            text = text[: withdrawn.start()]
    text = _LABEL.sub("", _OPENER.sub("", text))
    chosen = _CHOSEN_FOR.match(text)
    if chosen:
        text = chosen.group("verb") + "我买" + text[chosen.end():]
    text = _READIED.sub("", _SHOP_OF.sub("", _MEMBERS.sub("要", _SENT.sub("", text))))
    text = _COUNT_AGAIN.sub(r"\g<first>，", _PRAISED.sub(r"\g<what>", text))
    if not _WATCHED.search(text):
        text = _retold(text)
    text = re.sub(r"^[，,：:\s]+|[，,\s]+$", "", re.sub(rf"^(?:再(?=买\s*{_N})|这次(?=买)|这回(?=买))", "", text))
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", text) or hm.harmful(text) != hm.harmful(said):
        return said
    return text
