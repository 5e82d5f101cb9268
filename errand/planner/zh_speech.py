"""Chinese said in dialects and registers, read as the Mandarin roles the rules know: the pronoun (Hokkien 阮,
Hakka 𠊎, classical 吾, Taiwanese internet 偶/挖/窩 → 我), wanting (欲, Hakka 爱 → 要), buying (购 → 买, and a
shop's 进/补 before what it stocks → 买), home (厝, 屋企, 屋下, 屋里 → 家里), not (毋, 毋免), all (攏), that (彼),
a cap said classically (价不逾, 勿逾 → 不超过), Hunanese particles (哒, 咯), zhuyin letters written for particles
and measure words ('一ㄍ' → '一个', 'ㄉ' → '的', 'ㄅ', 'ㄋㄟ' dropped: never product text), and words of Taiwan
whose characters simplify to no mainland word ('藍芽' → '蓝牙', '螢光' → '荧光').

``spoken`` reads simplified text for every intent; ``shop_talk`` reads a purchase: a shop named before what it
stocks ('五金店要买…'), 'back home' said in Cantonese ('去屋企'), a thing lacking said before 'buy one'
('阮厝欠一台电风扇，买一台'), and 'the shop at the office address'.
"""

from __future__ import annotations

import re

from . import harm as hm
from . import lexicon as lx
from .scope import refusal

_N = lx.ZH_NUMBER
# Zhuyin letters (U+3105..U+312F, the extended block U+31A0..U+31BF) and its tone marks.
_ZHUYIN = r"[\u3105-\u312f\u31a0-\u31bf˙ˊˇˋ]"
_ZHUYIN_MEASURE = re.compile(r"(?<=[一二两三四五六七八九十几\d])\s*ㄍ")  # '一ㄍ' is 一个
# 'ㄉ' is 的 before a noun ('透明ㄉ殼') or after a wish ('要透明ㄉ', '很利ㄉ'); after a product's name it is only a
# particle ('行動電源ㄉ').
_ZHUYIN_OF = re.compile(r"(?P<wish>(?:要|很|超|好|比较|一点)[^\s，,。！!？?ㄉ]{0,4}?)?ㄉ(?(wish)|(?=[\u4e00-\u9fff]))")
_ZHUYIN_REST = re.compile(rf"{_ZHUYIN}+")
# 'der' written after Chinese for 的: 的 before a noun, a particle at a clause's end ('手機殼der').
_DER = re.compile(r"(?<=[\u4e00-\u9fff])\s?der(?![A-Za-z])(?P<next>(?=[\u4e00-\u9fff]))?", re.IGNORECASE)

# Pronouns of the dialects (and classical 余欲), read as 我 where a person speaks: before wanting, home or buying, or after 帮/给/替 or
# a word of going ('送去阮公司').
_PRONOUN = r"(?:阮|偶|挖|窝|吾|俺)"
_PRONOUN_SPEAKS = re.compile(rf"(?:(?<=[帮给替去到往回])|(?<![\u4e00-\u9fff])){_PRONOUN}(?=想|要|欲|爱|需|厝|家|屋|兜|的|之|买|购|公司|店|攏|拢|都)"
                             rf"|(?<=[帮给替]){_PRONOUN}")
# Word for word, longest first: wanting, buying, home, negation, a classical cap, particles, Taiwan's words.
_WORDS: dict[str, str] = {
    "𠊎爱": "我要", "𠊎": "我", "余欲": "我要", "我兜": "我家", "想欲": "想要", "吾之": "我的", "吾家": "我家",
    "攏欲": "要", "拢欲": "要", "毋免": "不用", "毋通": "不要", "毋": "不", "攏": "都", "拢": "都",
    "价不逾": "不超过", "价勿逾": "不超过", "不逾": "不超过", "勿逾": "不超过", "毋逾": "不超过", "莫逾": "不超过",
    "返屋企": "回家", "屋企": "家里", "屋下": "家里", "屋里": "家里", "厝里": "家里", "厝": "家里",
    "掉惹": "掉了", "冇得": "没有", "恰饭": "吃饭", "哒": "了",
    "买返": "买", "买番": "买", "求购": "买",
    "观望": "关注", "之价": "的价格", "则告之": "就告诉我", "告之": "告诉我",
    "蓝芽": "蓝牙", "萤光": "荧光", "萤幕": "荧幕",
}
_WORD = re.compile("|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)))
# '欲' and classical '购' before buying: '欲买' → '要买', '我欲购' → '我要买'; '彼' before a kind is 那 (not 彼此).
_WANT = re.compile(r"欲(?=[买购订退换要])|(?<=我)欲|(?:(?<=[，,])|^)爱(?=买)")
_BUY = re.compile(r"(?<=要)购(?![买物])|(?<![\u4e00-\u9fff])购(?![买物])")
_THAT = re.compile(r"彼(?=[款个种支台只件把])")
# Classical '至四千' before an amount is 到.
_UP_TO = re.compile(rf"(?:(?<=[，,])|^)至(?=\s*{_N})")
# Classical '吾需…' is 我需要.
_NEED = re.compile(r"(?<=我)需(?!要)")
# '太贵' said in Hokkien (傷貴, simplified 伤贵).
_TOO = re.compile(r"伤(?=[贵大小多少])")

# A shop stocking up: '进二十箱…', '补六卷…', '要进五卷…', '要补打火机'; not 补发, 补差价, 补开发票 (after-sales) and not
# a sentence about an order already placed.
_SHOP_VERB = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[要再先得来去里帮给替店铺部]))(?:进|补)(?=\s*{_N}\s*[包盒瓶个件台袋箱支只双套罐桶条根本张把卷斤块片板提])"
                        r"(?![^，,。]{0,5}(?:发票|收据|差价|运费|邮费|款|钱|课|觉|票|证))"
                        r"|(?<=要)(?:进|补)(?!货款|发|寄|差|开|办|交|签|偿|充|贴|课|习|票|单|件|齐|一下|上|全|好|过|来|去)"
                        r"(?=[\u4e00-\u9fffA-Za-z])(?![^，,。]{0,5}(?:发票|收据|差价|运费|邮费|款|钱|课|觉|票|证))")
_PLACED = re.compile(r"ord_|订单|这单|那单|包裹|快递|少发|漏发|少了|缺了|退|换货", re.IGNORECASE)


# Cantonese possession by a classifier before a card: '用阿明張卡' is 用阿明的卡 (not '一张卡').
_WHOSE_CARD = re.compile(r"(?:俾|用)(?P<who>[^，,。\s\d一二两三四五六七八九十几这那哪]{1,6}?)张(?=(?:信用|银行)?卡)")

# Put on someone's tab: '记在老王账上', Cantonese '记喺阿明数度' is paying with that person's account.
_ON_TAB = re.compile(r"记(?:在|喺|到)(?P<who>[^，,。\s]{1,6}?)的?(?:账|帐|数)(?:上|度|下|里)?")

# A broken thing remarked on before a request to buy its replacement by name ('店里的秤坏了，买个电子秤'): the remark
# is the reason, not a return; kept when an order, a return, an exchange or a repair is named.
_BROKEN = re.compile(r"^[^，,。；;]{1,14}?(?:坏|坏掉|打烂|打碎|摔坏|摔碎|摔烂|烂|破|裂|碎)(?:了|咗|晒|嗮)[，,。；;\s]\s*"
                     r"(?=(?:再|重新|就|那就|帮我|给我|帮手|帮忙|同我|唔该|请)?(?:买|购买)(?P<rest>[^，,。；;]*))")
_AFTER_SALES = re.compile(r"ord_|订单|这单|那单|退|换|修|赔|保修|售后", re.IGNORECASE)


def _past_broken(text: str) -> str:
    broken = _BROKEN.match(text)
    if broken is None or _AFTER_SALES.search(text):
        return text
    remark = broken.group(0)[: broken.start("rest")]
    if hm.harmful(remark) or refusal(remark) is not None:  # '我部伪基站坏咗，买过部': the harm named stays to be read
        return text
    named = re.sub(rf"^(?:{_N})?\s*[个台只把件支张套条双对盒包瓶袋箱块部副顶盏根本床幅]?", "", broken.group("rest"))
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", re.sub(r"新(?:的|嘅)?|一下|吧|啦|喇", "", named)):  # '买对新嘅'
        return text
    rest = text[broken.end():]
    # '风筒坏了，买个新风筒': 'new' before the very thing that broke is no part of its name
    again = re.search(r"新的?(?P<thing>[\u4e00-\u9fffA-Za-z]{2,})", rest)
    if again and again.group("thing") in text[: broken.end()]:
        rest = rest[: again.start()] + rest[again.start("thing"):]
    return rest


def spoken(text: str) -> str:
    """Simplified ``text`` with the dialects' function words in Mandarin and zhuyin letters read or dropped."""
    text = _DER.sub(lambda m: "的" if m.group("next") else "", text)
    zhuyin = re.search(_ZHUYIN, text)
    if zhuyin:
        text = _ZHUYIN_REST.sub(" ", _ZHUYIN_OF.sub(lambda m: (m.group("wish") or "") + "的", _ZHUYIN_MEASURE.sub("个", text)))
        text = " ".join(text.split())
    text = _PRONOUN_SPEAKS.sub("我", text)
    text = _WORD.sub(lambda m: _WORDS[m.group(0)], text)
    text = _BUY.sub("买", _NEED.sub("需要", _WANT.sub("要", text)))
    text = _TOO.sub("太", _THAT.sub("那", _UP_TO.sub("到", text)))
    text = _WHOSE_CARD.sub(lambda m: f"用{m.group('who')}的", text)
    text = _ON_TAB.sub(lambda m: "" if m.group("who") in ("我", "我们") else f"用{m.group('who')}的账户付", text)
    if not _PLACED.search(text):
        text = _SHOP_VERB.sub("买", text)
    return _past_broken(text)


# A shop or workplace named before what it buys: '五金店要买…', '村口小卖部要买…', '理发店买…'.
_SCENES = r"(?:小卖部|门市部|便利店|超市|店|铺|馆|摊|厂|食堂|仓库|档口|档|工地|工作室|作坊|诊所|车间|幼儿园|学校|教室|宿舍|实验室|球队|剧组)"
_SCENE = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?{_SCENES}(?:里|上|这边|那边)?(?:要|需要|得|想|该)?(?=买)")
# The place wants the product, its count after it: '车间里要劳保手套五十双', '鱼档要冰袋三十个' (要 is the verb).
_SCENE_WANTS = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?{_SCENES}(?:里|上|这边|那边)?(?:要|需要)"
                          rf"(?=[\u4e00-\u9fffA-Za-z]{{2,12}}?\s*{_N}\s*[\u4e00-\u9fff]\s*(?:[，,。！!；;]|$))")
# Cantonese 'to home' or 'to the office' after the product: '…去屋企', '…返屋企', '送返屋企'.
_TOWARDS = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])(?<![送寄])(?:去|返|回)(?=家|公司|办公室)|(?<=[送寄])返(?=家|公司|办公室)")
# 'the shop at the office address': the saved address, the rest is where it stands.
_AT_ADDRESS = re.compile(r"(?:(?<=公司)|(?<=家)|(?<=家里))的?地址(?:那边|那儿|那里|这边)?(?:的(?:店|铺|门店|仓库|店面|档口))?")
# A thing lacking or wanted said first, then only 'buy one': '阮厝欠一台电风扇，买一台', '阿嬷要一台电暖器，帮阮买一台'.
_LACKING = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?(?:欠|缺|少|没有|没|想要|需要|要)了?(?P<count>{_N}\s*[\u4e00-\u9fff])?"
                      r"(?P<what>[\u4e00-\u9fffA-Za-z\d]{1,12})[，,]\s*(?:就|那就|帮我|给我|请)?(?:买|要|来)"
                      rf"(?P<again>{_N}\s*[\u4e00-\u9fff])?(?P<tail>(?:[，,]?\s*(?:送|寄)[^，,]*)?[。！!]?)$")


# Classical '一方', '一具', '一册' count an inkstone, an instrument or a book as 一个; a wish about price with no amount ('毋免傷貴' → '不用太贵')
# names nothing.
_PIECE = re.compile(r"(?<=[一二两三四五六七八九十\d])(?:方(?![面向法案便式形圆])|具(?![体有备])|册(?![子]))")
_NOT_DEAR = re.compile(r"[，,]\s*(?:不用|不要|别|莫|不必)?太贵(?:的)?(?:就行|就好|哦|喔)?(?=[，,。！!]|$)")


def shop_talk(text: str) -> str:
    """A purchase's text with the shop it is for, 'towards home' and 'the shop at the office address' read, and a
    thing lacking said before 'buy one' put after the verb."""
    text = _AT_ADDRESS.sub("", _TOWARDS.sub("送到", _NOT_DEAR.sub("", _PIECE.sub("个", text))))
    lacking = _LACKING.match(text)
    if lacking and not re.search(rf"{_N}\s*[\u4e00-\u9fff]", lacking.group("what")):
        count = lacking.group("again") or lacking.group("count") or ""
        text = f"买{count}{lacking.group('what')}{lacking.group('tail')}"
    return _SCENE.sub("", _SCENE_WANTS.sub("买", text))
