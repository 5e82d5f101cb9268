"""Chinese as people type it in chat or dictate it to a phone, read as the plain Mandarin the rules know.

``typed`` rewrites, for every errand, only what names nothing or says a known word another way:

* chat slang and pinyin initials said before the request ('家人们谁懂啊，', 'xdm', 'u1s1', 'yyds的那款',
  '绝绝子！'), and a short tag with a colon ('commit:', 'todo:');
* a request written as bullets ('· 暖手宝 · 三个 · 送公司', '· 品名：车载冰箱 · 目标价：四百') as clauses;
* English words inside a Chinese sentence: buy, budget, max, under/below, each, home, office, watch;
* slips of voice input or a pinyin keyboard, from a small table of homophones, each rewritten only where the
  slip reads as nothing and the word it stands for fits ('帮我麦两桶' → '帮我买两桶', but 麦克风 and 燕麦 stay;
  '电吃' → '电池'; '下吴三点' → '下午三点'; '蜜学冰城' → '蜜雪冰城'; '取笑订单' → '取消订单');
* counts said '2x 抽纸' (→ '2个抽纸') and a cap said '每个不过五十' (→ '不超过');
* words around the product that are no part of it: '网上买' (where, not what), a purpose after a container
  ('编织袋装玉米' → '编织袋'), who recommended it ('钓友推荐的达瓦渔轮' → '达瓦渔轮'), '加两个…' as buying,
  a place named before 要买 ('果园要买…'), a saved address said in brackets after a place
  ('棋牌室（就是公司地址）' → '公司'), a glance at a price ('瞄一眼…的价' → '关注…的价格');
* a long ramble before the request, when the request ends the message ('…，你帮我买三卷垃圾袋吧，别的没事了'),
  kept whole when the ramble says anything an errand must hear (a card, an address, a refusal, money, goods no
  errand buys).

Text with no Chinese in it comes back unchanged.
"""

from __future__ import annotations

import re

from . import dropped as dp
from . import lexicon as lx
from . import phrases as ph
from . import segment as sg
from .scope import refusal

_N = lx.ZH_NUMBER
_CJK = r"[\u4e00-\u9fff]"
_MEASURE = r"[包盒瓶个件台副对袋箱杯支节只双套份罐桶条根本张把卷打斤块片听板部枝串提盏枚]"

# Chat slang and pinyin initials that name nothing, said before the request (and '的那款' after them).
_SLANG = (
    r"(?:家人们|集美们|姐妹们|兄弟们|宝子们|宝宝们|朋友们)(?:谁懂啊?|救命)?|谁懂啊|救命啊?|绝绝子|真的会谢|"
    r"(?-i:xdm|u1s1|yyds|nsdd|awsl|dddd|kswl|xswl|zqsg|yygq|bdjw|srds|tql|yysy|dbq|bhys|gkd|nbcs|ssfd|omg|OMG|lol|emmm*|hhh+)|哈哈+|嘿嘿+|emo了"
)
_LEAD_SLANG = re.compile(
    rf"^(?:\s*(?:{_SLANG}|(?-i:e?m+|h+)(?=[\s，,！!。~～]))(?:的(?:那|这)?款?)?[\s，,！!。~～]*)+",
    re.IGNORECASE,
)
_TAIL_SLANG = re.compile(rf"[\s，,！!~～]*(?:{_SLANG})[\s！!。~～]*$", re.IGNORECASE)
# Slang verbs of buying before a count ('安排两箱啤酒', '拿下一台', '剁手买一个', '囤十包'); not a count of people or
# of times ('安排两个人'), and 冲 not before cups (冲两杯咖啡 is making it).
_SLANG_BUY = re.compile(
    rf"(?:(?<=^)|(?<=[帮给替]我)|(?<=[，,\s]))(?:安排|拿下|剁手买?|囤|拍下|冲(?!\s*(?:{_N})\s*杯))"
    rf"(?=\s*(?:俩|仨|{_N})\s*{_MEASURE}?[\u4e00-\u9fffA-Za-z\d])(?!\s*(?:俩|仨|{_N})\s*{_MEASURE}?(?:[人位名次趟遍下天月年]|小时|钟头))"
)
# Someone who asked for it, said first: '老板说让我买…', '我妈叫我买…'.
_ASKED_ME = re.compile(r"^[\u4e00-\u9fff]{1,5}?(?:说)?(?:让|叫)我(?=买)")
# Falling said as 掉: '掉到八百' is 降到八百.
_FALLS = re.compile(rf"掉(?=到\s*(?:{_N}|\d))")
# A short tag with a colon before a Chinese request: 'commit: …', 'todo：…', '// …'.
_TAG = re.compile(
    r"^\s*(?:(?:commit|todo|note|memo|ps|fyi|btw|msg|tip)\s*[:：]|//+|#+|>+)\s*(?=[\u4e00-\u9fffA-Za-z])",
    re.IGNORECASE,
)
# Bullets: '· a · b', '• a • b', '- a - b' (a dash bullet only when the message opens with one).
_BULLET = re.compile(r"\s*[·•●▪◦]\s*")
_DASH_BULLETS = re.compile(r"^\s*[-*]\s+(?=\S)")
# A field's label in a bulleted form: '品名：…' names the product, '数量：两个' the count.
_FIELD = re.compile(r"(?:(?<=^)|(?<=[，,]))\s*(?:品名|商品|名称|产品|物品|东西|数量|个数)\s*[:：]\s*")
_FIELD_NAME = re.compile(
    r"(?:品名|商品|名称|产品|物品|数量|个数|预算|目标价|价格上限|送到?|寄到?|地址)\s*[:：]"
)
_COUNT_FIELD = re.compile(r"(?:数量|个数)\s*[:：]\s*(?P<n>\d{1,3})(?=\s*(?:[，,]|$))")
_SEND_FIELD = re.compile(r"(?:送到?|寄到?|地址|收货地址)\s*[:：]\s*")
_PRICE_FIELD = re.compile(r"(?P<name>目标价|预算|价格上限|上限)\s*[:：]\s*")

# English words said inside Chinese, next to a Chinese word ('帮我buy两个', '就 buy 一副', '送office'): Mandarin
# words there; an English phrase of its own ('，office，', 'buy-alice-…', 'Google Home') is left as it is.
_HAN = re.compile(r"[\u4e00-\u9fff]")
_EN_CAP = re.compile(
    r"(?<![A-Za-z])(?:(?P<under>under|below|less than)|(?P<max>max|maximum|at most))\s*[:：]?\s*[¥￥]?\s*"
    r"(?P<n>\d+(?:\.\d+)?)(?![\d.A-Za-z])\s*(?=[\u4e00-\u9fff，。；！,]|$)",
    re.IGNORECASE,
)
_EN_BUDGET = re.compile(
    r"(?<![A-Za-z])budget\s*[:：]?\s*[¥￥]?\s*(?P<n>\d+(?:\.\d+)?)(?![\d.A-Za-z])\s*(?=[\u4e00-\u9fff，。；！,]|$)",
    re.IGNORECASE,
)
_EN_WORDS: dict[str, str] = {
    "buy": "买",
    "budget": "预算",
    "each": "每个",
    "home": "家里",
    "office": "公司",
    "watch": "关注",
    "pls": "",
    "plz": "",
    "thx": "",
}
_EN_WORD = re.compile(
    r" ?(?<![A-Za-z_-])(?P<w>buy|budget|each|home|office|watch|pls|plz|thx)(?![A-Za-z_-]) ?"
)


# Homophones of voice input and pinyin keyboards: (slip, the word, where the slip stands for it).
_SLIPS: list[tuple[re.Pattern[str], str]] = [
    # 麦 for 买 after a request's opening and before a count or 'some' (not 麦克风, 燕麦, 小麦)
    (re.compile(rf"(?:(?<=^)|(?<=[帮给替]我)|(?<=[我想要去再就]))麦(?=\s*(?:{_N}|俩|仨|个|点|些|了))"), "买"),
    (re.compile(r"电吃(?!饭)"), "电池"),
    (re.compile(r"(?<=[上中下])吴(?=\s*(?:[一二两三四五六七八九十\d]|点|送|到|前|[，,。！!]|$))"), "午"),
    (re.compile(r"蜜学冰城|密雪冰城|蜜雪冰成|蜜血冰城"), "蜜雪冰城"),
    (re.compile(r"霸王茶[鸡机几]"), "霸王茶姬"),
    (re.compile(r"茶百到|茶白道"), "茶百道"),
    (
        re.compile(r"瑞性|(?<![\u4e00-\u9fff])瑞星(?=的?[\u4e00-\u9fff]{0,4}(?:拿铁|咖啡|美式|瑞纳冰))"),
        "瑞幸",
    ),
    (re.compile(r"星爸爸"), "星巴克"),
    (re.compile(r"奈学|耐雪"), "奈雪"),
    (re.compile(r"古名(?=的?[\u4e00-\u9fff]{0,6}(?:杯|茶|奶|水))"), "古茗"),
    (re.compile(r"取笑(?=\s*(?:一下)?(?:那|这|我的|订单|那单|这单|预约|ord_))"), "取消"),
    (re.compile(r"(?<=[帮给替]我)够买"), "购买"),
]

# '2x 抽纸', '3x洗碗布': a count written 'Nx' before the product.
_LEAD_TIMES = re.compile(r"^(?P<n>\d{1,3})\s*[x×]\s*(?=[\u4e00-\u9fff])")
# '俩杯', '仨箱': two and three before a measure word.
_PAIR_TRIO = re.compile(rf"[俩仨](?=\s*{_MEASURE})")
# '牙刷 3x': the same count written after the product, at a clause's end.
_TRAILING_TIMES = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?P<n>\d{1,3})\s*[x×](?=\s*(?:[，,。！!；;]|$))")
# Ten thousands said in Chinese ('一万二', '两万', '一万五千'), written as digits for the amount readers.
_MYRIAD = re.compile(
    r"(?<![\d一二两三四五六七八九十百千])(?P<w>[一二两三四五六七八九])万(?:(?P<q>[一二两三四五六七八九])千?)?"
    r"(?![\d一二两三四五六七八九十百千万零])"
)


def _myriad(match: re.Match[str]) -> str:
    before, after = (
        match.string[max(0, match.start() - 3) : match.start()],
        match.string[match.end() : match.end() + 2],
    )
    if not (
        re.search(r"(?:跌|降|低于|超过|高于|预算|价|到|破|于|[:：])\s*$", before)
        or re.match(r"\s*(?:块|元|以|之内)", after)
    ):
        return match.group(0)  # an amount only where a price is said
    digits = "一二三四五六七八九"
    ten_thousands = 2 if match.group("w") == "两" else digits.index(match.group("w")) + 1
    thousands = (
        0 if not match.group("q") else 2 if match.group("q") == "两" else digits.index(match.group("q")) + 1
    )
    return str(ten_thousands * 10000 + thousands * 1000)


# '每个不过五十': 'not over' after each one.
_EACH_NOT_OVER = re.compile(rf"(?<=[个件只瓶盒袋包支台])不过(?=\s*(?:{_N}|\d))")

# Where it is bought, not what: '网上买…', '在网上下单…'.
_ONLINE = re.compile(
    rf"(?:在|去|从)?(?:网上|淘宝上?|京东上?|天猫上?|拼多多上?)(?=(?:帮我|给我)?(?:买|购买|下单|订)\s*(?:{_N}|俩|仨)\s*{_MEASURE})"
)
# A purpose said after a container: '编织袋装玉米' (not '瓶装水' after a count: '一箱瓶装水').
_PURPOSE = re.compile(
    r"(?<=[^\W\d一二两三四五六七八九十几包盒瓶个件袋箱只支条罐桶杯壶锅盆电][袋盒箱桶瓶罐筐篮杯壶锅盆子])"
    rf"(?:用来|拿来)?(?:装|盛|放|泡|煮|烧)(?![不没])(?:{_CJK}){{1,3}}?(?=[，,。！!；;]|$)"
)
# Who recommended it: '钓友推荐的达瓦渔轮', '同事安利的…'.
_RECOMMENDED = re.compile(
    rf"(?:(?<=^)|(?<=[，,\s]))[\u4e00-\u9fffA-Za-z]{{1,5}}?(?:推荐|安利|种草)(?:给我)?的(?={_CJK}|[A-Za-z])"
)
# '加两个鼠标垫': adding some is buying them.
_ADD = re.compile(
    rf"(?P<pre>(?:^|[，,])\s*(?:[给帮替]{_CJK}{{1,3}}?)?)加(?=\s*(?:{_N})\s*{_MEASURE}[\u4e00-\u9fffA-Za-z]{{2,}})"
)
# A place named before 要买: '果园要买五卷防鸟网' (the place is who wants it, not the product).
_PLACE_WANTS = re.compile(rf"^{_CJK}{{1,4}}?(?:要|得|需要)(?=买\s*(?:{_N}|俩|仨)\s*{_MEASURE})")
# A saved address said in brackets after a place: '棋牌室（就是公司地址）', 'stage 剧场（公司地址）'.
_AT_LABEL = re.compile(
    r"^[\u4e00-\u9fffA-Za-z\s]{1,12}?[（(]\s*(?:就是|也就是|即|=)?\s*(?P<label>公司|家里?|办公室)的?地址\s*[)）]"
)
# A glance at a price: '每天瞄一眼美的烤箱的价' → '每天关注美的烤箱的价格'.
_GLANCE = re.compile(r"(?:瞄|瞅|盯|看|扫)(?:一眼|一下)(?=[^，,。]{2,20}?的?价)")
_PRICE_END = re.compile(r"(?<=的)价(?![格钱位])")

# Where a thing goes said as '送家' at a clause's end ('今晚七点送家'): home.
_SEND_HOME = re.compile(r"(?<=[送寄])家(?=\s*(?:[，,。！!；;]|$))")
# A drink's options said right after its count ('来二十杯热的', '二十杯少冰') are a clause of their own.
_CUP_OPTIONS = re.compile(
    r"(?<=杯)(?=(?:热的?|冰的?|温的?|常温|少冰|去冰|多冰|少糖|半糖|无糖|微糖|全糖|大杯|中杯|超大杯)"
    r"\s*(?:[，,。！!；;]|$))"
)
# A chain's Latin name glued to its drink ('coco珍珠奶茶', 'Manner拿铁'): a word of its own.
_LATIN_CHAIN = re.compile(
    r"(?<![A-Za-z])(?P<chain>"
    + "|".join(sorted((re.escape(w) for w in ph.CHAINS if w.isascii()), key=len, reverse=True))
    + r")(?=[\u4e00-\u9fff])",
    re.IGNORECASE,
)
# A count written 'x18' after a drink when a drinks chain is named: cups.
_X_CUPS = re.compile(r"\s*[x×]\s?(?P<n>\d{1,3})(?=\s*(?:[，,。！!；;]|$))")
# A remark that it is dear, glued to the product ('大疆Mini 4 Pro有点贵，…'): no part of its name.
_DEAR = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z\d])(?<!如果)(?<!要是)(?<!不要)(?<!不能)(?:有点|有些|太|好|真|挺|也太|实在太)贵"
    r"(?:了|啊|呀|哦)*(?=\s*(?:[，,。！!；;]|$))"
)
# 'whether it has fallen to N yet': '降到一百五没有' is 降到一百五.
_YET = re.compile(
    r"(?P<fall>(?:降|跌|掉)(?:到|破)\s*[\d一二两三四五六七八九十百千万.]+(?:块|元)?)了?没(?:有)?(?=\s*(?:[，,。！!？?]|$))"
)
# Why it is bought online, said first: '服务区买不到，…', '楼下超市卖完了，…'.
_NOT_THERE = re.compile(
    r"^[^，,。！!]{0,10}?(?:买不到|没货了?|缺货了?|卖完了|断货了?|没得卖|没有卖的?)[，,。！!]\s*(?=\S)"
)
# 换 with a count, a product and a price cap, and no order named: buying a replacement ('换一副麻将牌，四百以内').
_REPLACE = re.compile(
    rf"(?:(?<=^)|(?<=[，,\s])|(?<=公司)|(?<=家里))换(?=\s*(?:{_N})\s*{_MEASURE}[^，,。]{{2,}})"
)
_CAP_SAID = re.compile(r"以内|以下|之内|不超过|不高于|预算|最多")
_ORDER_SAID = re.compile(r"ord_|订单|这单|那单|退|换货|换成|换个颜色|换个尺码", re.IGNORECASE)
# '预算 ≤ 200', '≤200': a cap written with a sign.
_AT_MOST_SIGN = re.compile(r"(?:≤|<=|＜=|⩽)\s*[¥￥]?\s*(?P<n>\d+(?:\.\d+)?)")


# A broken or used-up thing, then 'buy a new one' ('鱼缸的过滤器坏了，买一个新的'): the new one is that thing.
_NEW_ONE = re.compile(
    rf"^(?P<thing>[\u4e00-\u9fffA-Za-z\d ]{{2,12}}?)(?:又|也|都|全|已经|有点)?(?:坏了|坏掉了|摔坏了|烂了|丢了|没了|[用吃喝]完了|[用吃喝]光了|[裂断碎破漏]了|烧了|烧坏了|不亮了|不能用了|用不了了"
    # worn out rather than broken: '剪刀钝了', '拖鞋旧了', '雨刮器老化了', '防滑垫发霉了', '锅铲松了'
    rf"|[钝旧松脏锈]了|生锈了|老化了|发霉了|发黄了|变形了|起球了|掉色了|磨平了|磨破了|不好用了)"
    rf"[，,]\s*(?P<ask>(?:赶紧|赶快|快|马上|再|就|那就)?(?:帮我|给我)?(?:再)?(?:买|换|来|订|补)(?P<count>\s*(?:{_N})?\s*(?:{_MEASURE}|床|顶))?)"
    rf"(?P<new>新的?)?(?:吧|呀|啊|哦)?(?=\s*(?:[，,。！!；;]|$))"
)


# The product praised in use, then another asked for: '这拖鞋穿着挺舒服，再来一双' (the other one is that product).
_AGAIN = re.compile(
    rf"^(?:这|那)?(?:个|款|双|件|种|支|把|条|台|套)?(?P<thing>[\u4e00-\u9fffA-Za-z\d]{{2,8}}?)(?:穿着|用着|吃着|戴着|喝着|睡着|盖着"
    rf"|穿起来|用起来|吃起来|戴起来)[^，,。！!]{{1,6}}[，,！!]\s*(?:您|你)?再(?:给我|帮我|给)?(?:来|拿|买|要)(?P<count>\s*{_N}\s*{_MEASURE})"
    rf"(?=\s*(?:[，,。！!；;]|$))"
)


# Where a broken thing is kept, said before it: '家里的', '宿舍的', '直播间', '阳台的'.
_KEPT_AT = (r"(?:(?:家里|公司|我家|咱家|咱们家|俺家|我们家|家中|我们|我|厨房|卧室|客厅|阳台|浴室|厕所|宿舍|车里|车上|店里|院子|花园|门口"
            r"|[\u4e00-\u9fff]{1,3}(?:间|室|房|厅|店|铺|馆|摊|档))的?)+(?=[\u4e00-\u9fffA-Za-z]{2})")


# A ramble before the request: the request opens the last clauses ('你帮我买三卷垃圾袋吧，别的没事了').
_REQUEST = re.compile(
    r"[，,。！!；;]\s*(?:那|那就|所以|就|你)?(?:就)?(?:帮我|给我|替我|麻烦你|请你?)(?:买|订|下单|购买)"
)
_CLOSER = re.compile(
    r"[，,。！!]\s*(?:别的|其他的?|其它的?)(?:都)?(?:没事|不用|没有)了?[。！!]?$|[，,。！!]\s*就这些了?[。！!]?$"
    r"|[，,。！!]\s*谢谢(?:啦|了|你)?[。！!]?$"
)
_ASKING = re.compile(r"[吗呢？?]|怎么样|如何|查|告诉|预报")
_GLUED = re.compile(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z])|(?<=[A-Za-z])(?=[\u4e00-\u9fff])")
# What a ramble may not hide: payment, a card, an address, a refusal or a change, money, orders, anyone else's.
_MATTERS = re.compile(
    r"卡|账|付|钱|元|块|地址|送(?:到|去|回|给|家|公司|办公室)|寄|退|换|取消|不要|别买|不用买|订单|单号|[帮给替为][他她]|[他她]的"
    r"|\d|[帮给替]我|顺便|还要|也要|再买|还买|买了|下单|订"
)


def _unramble(text: str) -> str:
    text = _CLOSER.sub("", text)
    request = None
    for request in _REQUEST.finditer(text):
        pass
    if (
        request is None
        or request.start() < 12
        or len(re.findall(r"[，,。！!；;]", text[: request.start()])) < 2
    ):
        return text
    ramble = text[: request.start()]
    # the weather remarked on in a story ('天气越来越冷了') is no question about it
    told = ramble if _ASKING.search(ramble) else re.sub(r"天气", "", ramble)
    if _MATTERS.search(ramble) or dp.must_hear(told):
        return text
    return text[request.start() + 1 :].strip()


def _english(text: str) -> str:
    text = _EN_BUDGET.sub(lambda m: f"预算{m.group('n')}", text)
    text = _EN_CAP.sub(lambda m: f"{m.group('n')}以下" if m.group("under") else f"最多{m.group('n')}", text)

    def word(match: re.Match[str]) -> str:
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        if not (_HAN.match(before) or _HAN.match(after)):
            return match.group(0)
        said = match.group(0)
        lead = " " if said.startswith(" ") and re.match(r"[A-Za-z\d]", before) else ""
        trail = " " if said.endswith(" ") and re.match(r"[A-Za-z]", after) else ""
        return lead + _EN_WORDS[match.group("w")] + trail

    return _EN_WORD.sub(word, text)


def typed(text: str) -> str:
    """``text`` (simplified Mandarin) with chat slang, bullets, English words, voice slips and words around the
    product read as plain Mandarin; unchanged when it has no Chinese."""
    if not re.search(_CJK, text):
        return text
    said = text
    text = _TAG.sub("", _LEAD_SLANG.sub("", text))
    text = _TAIL_SLANG.sub("", text) or text
    text = _FALLS.sub("降", _ASKED_ME.sub("", _SLANG_BUY.sub("买", text)))
    fields = len(_FIELD_NAME.findall(text)) >= 2  # '品名：除湿盒；数量：六个；送：家'
    if _BULLET.search(text) or _DASH_BULLETS.match(text) or fields:
        text = _BULLET.sub("，", text) if _BULLET.search(text) else re.sub(r"\s+[-*]\s+", "，", text)
        text = re.sub(r"\s*[；;|]\s*|\s+(?=" + _FIELD_NAME.pattern + ")", "，", text) if fields else text
        text = _COUNT_FIELD.sub(lambda m: f"{m.group('n')}个", text)
        text = _SEND_FIELD.sub("送到", text)
        text = _PRICE_FIELD.sub(lambda m: m.group("name"), _FIELD.sub("", text.strip("，-* ")))
        text = re.sub(r"^[-*]\s+", "", text)
    if re.search(r"[A-Za-z]", text):
        text = _english(text)
    for slip, word in _SLIPS:
        text = slip.sub(word, text)
    text = _PAIR_TRIO.sub(lambda m: "两" if m.group(0) == "俩" else "三", text)
    text = _LEAD_TIMES.sub(lambda m: f"{m.group('n')}个", text)
    text = _TRAILING_TIMES.sub(lambda m: f" x{m.group('n')}", text)
    text = _EACH_NOT_OVER.sub("不超过", text)
    text = _MYRIAD.sub(_myriad, text)
    text = _ONLINE.sub("", text)
    if re.search(r"买|订|来", text) and not _ORDER_SAID.search(text):  # a purchase, not a fault with an order
        text = _PURPOSE.sub("", text)
    text = _RECOMMENDED.sub("", text)
    text = _AT_LABEL.sub(lambda m: "公司" if m.group("label") in ("公司", "办公室") else "家里", text)
    if not _ORDER_SAID.search(text) and "单" not in text:
        text = _ADD.sub(lambda m: m.group("pre") + "买", text)
    text = _PLACE_WANTS.sub("", text)
    if _GLANCE.search(text) and not _ORDER_SAID.search(text) and not re.search(r"多少|几|吗|？|\?", text):
        text = _PRICE_END.sub("价格", _GLANCE.sub("关注", text))
    text = _SEND_HOME.sub("到家里", _CUP_OPTIONS.sub("，", text))
    text = _LATIN_CHAIN.sub(lambda m: m.group("chain") + " ", text)
    if ph.chain(text) and not re.search(rf"{_N}\s*杯", text):
        text = _X_CUPS.sub(lambda m: f"{m.group('n')}杯", text)
    text = _NOT_THERE.sub("", text) if _ORDER_SAID.search(text) else _DEAR.sub("", _NOT_THERE.sub("", text))
    text = _YET.sub(lambda m: m.group("fall"), text)
    if _CAP_SAID.search(text) and not _ORDER_SAID.search(text):
        text = _REPLACE.sub("买", text)
    text = _AT_MOST_SIGN.sub(lambda m: f"{m.group('n')}以内", text)
    new_one = _NEW_ONE.match(text)
    if (
        new_one is not None
        and (new_one.group("new") or new_one.group("count"))
        and not _ORDER_SAID.search(text)
    ):
        thing = re.sub(  # where it is kept, or a classifier said as 'the' ('部风筒', '宿舍的台灯', '直播间补光灯')
            rf"^(?:{_KEPT_AT})|(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])", "", new_one.group("thing")
        )
        first = sg.words(thing)[:1]  # a classifier standing alone is 'the' ('部电视'); 对讲机 and 打印纸 are words
        thing = thing[1:] if first and len(first[0]) == 1 and re.fullmatch(_MEASURE, first[0]) and len(thing) > 2 else thing
        rest = text[new_one.end() :]
        # kept at the office ('公司的打印机坏了'), and no other place said: it goes to the office
        at_work = re.match(rf"{_KEPT_AT}", new_one.group("thing")) and re.search(r"公司|办公室", new_one.group("thing"))
        rest += "，送公司" if at_work and not re.search(r"[送寄发]", rest) else ""
        count = re.sub(r"[床顶]$", "个", (new_one.group("count") or "").strip())  # '一床' (a quilt) counted as 一个
        text = f"买{count or '一个'}{thing}" + rest
    again = _AGAIN.match(text)
    if again is not None and not _ORDER_SAID.search(text):
        text = f"买{again.group('count').strip()}{again.group('thing')}" + text[again.end():]
    text = _unramble(text)
    # an English word glued to Chinese is still a word when refused goods are looked for ('帮我buy一个gun')
    spaced = _GLUED.sub(" ", text)
    if spaced != text and refusal(spaced) is not None and refusal(text) is None:
        text = spaced
    return text.strip() or said
