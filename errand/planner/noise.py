"""The words around a purchase that name no product: a voice assistant's wake word ("hey siri", "小度小度"),
slang and interjections ("ngl", "fr", "tysm", "家人们", "求求了"), punctuation said aloud by dictation
("comma", "句号"), and a frame saying who typed or asked for it ("mom said i can get", "我是孙女帮奶奶打字：",
"爷爷说要"). They are a closed class of function words, so they are taken out by the word before the slots
read the sentence; product words, attributes and numbers are left as they were.

It reads only the text of a sentence the planner already took as a purchase.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import written as wr

# A Chinese measure word after a count ('两盒', '一打', '三瓶').
_MEASURE = r"(?:包|盒|瓶|个|件|台|副|对|袋|箱|杯|支|节|只|双|套|份|罐|桶|条|根|本|张|把|卷|打|斤|块|片|听|板|部|提|盏)"

# A wake word for a voice assistant at the start: 'hey siri, …', 'alexa …', '小度小度 …'.
_WAKE = re.compile(r"^\s*(?:(?:hey|hi|ok|okay)\s+(?:siri|google)|alexa|siri|小度小度|小度|小爱同学|天猫精灵|嘿\s*siri)"
                   r"\s*[,，:：!！。.]?\s*", re.IGNORECASE)
# Punctuation said aloud by dictation: 'charger comma white', '电饭煲句号'.
_SAID_COMMA = re.compile(r"\s*\bcomma\b\s*|\s*逗号\s*", re.IGNORECASE)
_SAID_STOP = re.compile(r"\s*\b(?:full stop|period)\s*$|\s*句号\s*", re.IGNORECASE)
# Brackets and hyphens said aloud set a clause apart: 'shampoo open bracket anti dandruff close bracket' → 'shampoo,
# anti dandruff,'; 'lamp hyphen LED hyphen' → 'lamp, LED,'.
_SAID_MARKS = ((re.compile(r"\s*\bopen (?:bracket|paren(?:thesis)?)\s*", re.IGNORECASE), ", "),
               (re.compile(r"\s*\bclose (?:bracket|paren(?:thesis)?)\b", re.IGNORECASE), ","),
               # a dash cam, a dash of vanilla and a dash mount are no hyphen
               (re.compile(r"\s*\b(?:hyphen|dash(?!\s+(?:cams?|cameras?|boards?|mounts?|mats?|lights?|covers?|kits?|pads?|of)\b))"
                           r"\b\s*", re.IGNORECASE), ", "))
# Singapore English particles and tags said after a request: 'rice cooker lah', 'buy one leh', '… can or not'.
_SG_PARTICLE = re.compile(r"(?<![\w'-])(?:lah|leh|lor|meh|sia|liao|hor)(?![\w'-])\s*[,!]?"
                          r"|^\s*(?:wah|aiyo+|aiyah|alamak|walao)\b\s*[,!]?"
                          r"|[\s,]*\bcan (?:or )?not\s*[?!.]*\s*$", re.IGNORECASE)
# English slang and interjections no product name holds: 'yo', 'ngl', 'fr', 'rn', 'tysm', 'lowkey', 'ok go'.
_EN_SLANG = re.compile(
    r"(?<![\w'-])(?:yo|ngl|fr|frfr|rn|tysm|tyvm|ty|lmk|tbh|imo|idk|lowkey|highkey|bestie|bruh|pls+|plz|ok go|okay go"
    r"|(?:kinda |kind of |super |very |a bit )?urgent(?=\s*[:—-])|no cap|istg|omg|lol|lmao|ok(?:ay)?(?= (?:buy|get|order)\b))(?![\w'-])"
    r"\s*[,!:]?", re.IGNORECASE)
# 'like under 70': a hedge in front of a cap or a count, not a preference.
_HEDGE = re.compile(r"\blike\s+(?=(?:under|below|max|around|about|less than|no more than|<|¥|\d))", re.IGNORECASE)
# Shorthand for product words: 'w/ mic' → 'with mic', '15 ea' → '15 each'.
_SHORT = ((re.compile(r"\bw/\s*", re.IGNORECASE), "with "), (re.compile(r"(?<=\d)\s*ea\b", re.IGNORECASE), " each"),
          (re.compile(r"\s@\s*(?=max|under|¥|\d)", re.IGNORECASE), " "),
          (re.compile(r"\b(\d+|one|two|three) of (?:em|'em)\b", re.IGNORECASE), r"\1 of them"),
          # '2 of these desk lamps' (a link pasted after it): the count of the thing named
          (re.compile(r"\b(\d+|one|two|three|four|five) of (?:these|those) (?=[a-z]{3})", re.IGNORECASE), r"\1 "),
          # '4' for 'for' between a product's words and a word that is no unit: 'a ring light 4 tiktok' (not
          # after a verb or an article, where it counts: 'buy 4 staplers')
          (re.compile(r"(?<=[a-z] )(?<!\bbuy )(?<!\bget )(?<!\border )(?<!\bgrab )(?<!\bneed )(?<!\bwant )(?<!\bme )"
                      r"(?<!\bus )(?<!\bthe )(?<!\bof )(?<!\bfor )(?<!\bwith )(?<!\band )(?<!\bpurchase )(?<!\brestock )"
                      # (a model's number before its edition is part of its name: 'Mini 4 Pro', 'Watch 4 Classic')
                      r"4(?= (?!(?:packs?|pcs|pieces|boxes|bags|bottles|cans|rolls|sets|units|pairs|of|x|more|pro|max|plus"
                      r"|ultra|mini|lite|air|neo|classic|edition|series|gen)\b)[a-z]{3,}\s*(?:$|[,.;!?]))",
                      re.IGNORECASE), "for"))
# Who said the shopper may buy it, before what: 'mom said i can get …', 'my boss says to order …'.
_EN_FRAME = re.compile(r"^\s*(?:my\s+)?(?:mom|mum|dad|mother|father|wife|husband|boss|grandma|grandpa|granny|nan)\s+"
                       r"(?:said|says)\s+(?:(?:that\s+)?(?:i|we)\s+(?:can|could|should|may)\s+|to\s+)", re.IGNORECASE)
# Whom it is for, said between the verb and the product: 'get the depot a label printer' → 'get a label printer'.
_GET_FOR = re.compile(r"\b(?P<verb>get|buy|order)\s+(?:the|my|our)\s+[a-z]+\s+(?=(?:a|an|some|\d+)\s)", re.IGNORECASE)
# Chinese interjections, slang and forms of address said around the request.
_ZH_SLANG = re.compile(r"(?i:yyds)(?:的那种)?|绝了|巴适得很|巴适|家人们|宝子们|宝宝们|姐妹们|兄弟们|集美们|救命(?:啊)?|求求了|求求你了|拜托了|绝绝子|在线等|急急急|急用")
# Someone typing for someone else: '我是孙女帮奶奶打字：她要…', '替我妈发的：…'.
_ZH_TYPIST = re.compile(r"^\s*我是[\u4e00-\u9fff]{1,4}?[，,]?(?:帮|替|给)[\u4e00-\u9fff]{1,4}?(?:打字|发的?|说|问)[：:，,]?\s*"
                        r"(?:(?:她|他|他们|她们|老人家)(?=要|想|需要))?")
# A relative's wish reported: '爷爷说要买个收音机', '老婆说：…'.
_ZH_SAID = re.compile(r"^\s*(?:我)?(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|爸爸?|妈妈?|老婆|老公|媳妇|儿子|女儿|孙子|孙女|老板|领导)"
                      r"(?:说|讲)[：:，,]?\s*")
# A verb of buying said as slang or trade: '入一个' (入手), '补货' (restock), 'order 一袋'.
_ZH_VERB = ((re.compile(r"(?<=帮我)\s*入(?=[一二两三四五六七八九十\d个台部只支把件])|^\s*入手?(?=[一二两三四五六七八九十\d个台部只支])"), "买"),
            (re.compile(r"补货|補貨|进货|進貨"), "买"),
            # slang verbs of getting before a count: '给我整俩', '鸡蛋整一打', '蹲一个', '求一个', '帮我带两盒'
            (re.compile(rf"(?:(?<=[帮给替]我)|^|(?<=[\u4e00-\u9fff，,]))\s*整(?=\s*(?:俩|仨|{lx.ZH_NUMBER}\s*{_MEASURE}))"
                        rf"|^\s*(?:蹲|求)(?=\s*(?:俩|仨|{lx.ZH_NUMBER}\s*{_MEASURE}))"
                        r"|^\s*整(?=个[\u4e00-\u9fff]{2,})"  # '整个电饭锅嘛': 整 and the count 个
                        rf"|(?<=[帮给替]我)\s*带(?=\s*(?:俩|仨|{lx.ZH_NUMBER}\s*{_MEASURE}))"), "买"),
            (re.compile(r"(?<=[帮给替]我)\s*(?:order|buy|get)\s*(?=[一二两三四五六七八九十\d])", re.IGNORECASE), "买"))
# A saved address named in English inside Chinese: '送office地址', '（公司地址）'.
_ZH_ADDRESS = ((re.compile(r"(?:送|寄|发)(?:到)?\s*office(?:地址)?", re.IGNORECASE), "送到公司"),
               (re.compile(r"(?:送|寄|发)(?:到)?\s*home(?:地址)?", re.IGNORECASE), "送到家里"))


# A link or a catalogue code pasted beside the product's name: 'desk lamps https://shop.example.com/p/prd-00033',
# 'SKU 8841 - the bamboo cutting board', 'prd-00027 ceramic frying pan', '链接：https://…/SKU8841 竹砧板'.
_PASTED = re.compile(r"(?:链接|link)?[:：]?\s*https?://[^\s\u4e00-\u9fff，。]+|\bSKU\s?-?\d+\b|\bprd-\d+\b", re.IGNORECASE)
# Asking for it or running short of it, before the request: '求帮买一个…' → '帮买一个…', '学生党求买' → '买',
# '仓库缺胶带，买十卷' → '胶带，买十卷'.
_ZH_ASKING = ((re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,3}(?:党|人))?求(?=帮?买)"), ""),
              (re.compile(r"^\s*[\u4e00-\u9fff]{1,4}?缺(?=[\u4e00-\u9fff]{2,8}[，,]\s*买)"), ""))
# 卖 said for 买 after 给我/帮我 and before a count ('给俺卖个电热毯', '帮我卖两斤鸡蛋'); selling something of one's
# own ('卖掉', '卖了', '二手', '旧') stays as said, and is asked about.
_SOLD_FOR_BOUGHT = re.compile(rf"(?<=[帮给]我|[帮给]俺)卖(?=\s*(?:个|{lx.ZH_NUMBER}\s*{_MEASURE}))")
_OWN_TO_SELL = re.compile(r"卖(?:掉|了|出)|二手|旧|闲置|我的")


def _pasted(text: str) -> str:
    """``text`` without a pasted link or code, when words beside it name the product."""
    rest = _PASTED.sub(" ", text)
    return rest if re.search(r"[A-Za-z]{3}|[\u4e00-\u9fff]{2}", rest) else text


def _zh_asking(text: str) -> str:
    """'求帮买…', '布草间缺衣架，买…' read as the request they are."""
    for pattern, said in _ZH_ASKING:
        text = pattern.sub(said, text)
    return text


# The shopper endorsing a request quoted before: '→ 就照这个买', '——帮她买一下', '— just buy that pls', 'ok buy 2 packs'.
_ENDORSE = re.compile(r"\s*(?:→|->|—+|--)\s*(?:就|那就)?(?:照这个|按这个|照着|帮她|帮他)买(?:一下|吧)?\s*$"
                      r"|\s*(?:→|->|—+|--)\s*(?:just |so |pls |please )?(?:buy|get|order) (?:that|this|it)\b[\w\s!.]*$",
                      re.IGNORECASE)
# Singapore English asking whether it is sold, before the request: 'got sell yoga mat or not? buy one' → 'yoga mat,
# buy one'.
_GOT_SELL = re.compile(r"^\s*(?:you\s+)?(?:got|have)\s+(?:sell|selling)\s+(?P<what>[\w -]{2,40}?)\s+or not\s*\?\s*", re.IGNORECASE)
# 'buy one' after it: the count of the thing asked about ('… or not? buy one' → 'buy one yoga mat').
_COUNT_ONLY = re.compile(rf"^(?P<verb>(?:buy|get|order)\s+(?:{lx.EN_NUMBER}|a|an))\b(?!\s+[a-z]{{3,}})",
                         re.IGNORECASE)


def _sold(match: re.Match[str]) -> str:
    """The thing asked about named after the count that follows, else before it."""
    return f"\x00{match.group('what')}\x00"


def _asked_whether_sold(text: str) -> str:
    """'got sell yoga mat or not? buy one, blue' → 'buy one yoga mat, blue'."""
    marked = _GOT_SELL.sub(_sold, text, count=1)
    if "\x00" not in marked:
        return text
    _, what, rest = marked.split("\x00")
    count = _COUNT_ONLY.match(rest)
    return f"{count.group('verb')} {what}{rest[count.end():]}" if count else f"{what}, {rest}"
# People and animals: a new one of them is no purchase ('my dog died, get a new one' is asked about).
LIVING = (r"(?:son|daughter|kids?|child(?:ren)?|baby|boy|girl|dog|cat|pet|puppy|kitten|hamster|rabbit|bunny|parrot"
          r"|bird|budgie|fish|goldfish|guinea pig|tortoise|turtle|horse|wife|husband|partner|friend|mum|mom|dad"
          r"|brother|sister|grandma|grandpa|granny|neighbou?r|boss|colleague|roommate|flatmate)")
# A thing that broke, then 'get a new one': the new one is that thing ('my kettle broke, get a new one' → 'get a
# kettle'; 'the cheap kettle I had before broke so this time get a good one' → 'get a kettle').
_BROKE_NEW_ONE = re.compile(
    r"^\s*(?:my|our|the)\s+(?:(?:old|cheap|current|broken)\s+)?(?!" + LIVING + r"\b)(?P<what>(?:[a-z-]+\s+){0,2}?[a-z-]+?)\s+"
    r"(?:(?:i|we)\s+(?:had|got|bought|used)(?:\s+(?:before|last time|earlier))?\s+)?"
    r"(?:broke|is broken|has broken|died|is dead|stopped working|packed in|conked out)"
    r"(?:\s+(?:again|yesterday|today|last (?:week|night)|this (?:morning|week)))?[,.;]?\s*"
    r"(?:so\s+)?(?:(?:this time|please|pls)\s+)?(?P<verb>buy|get|order)\s+(?:me\s+)?(?:a\s+)?"
    r"(?:new|good|better|replacement|proper)\s+one\b", re.IGNORECASE)
# A remark after the product that the old one broke: 'buy a new kettle, mine broke', 'a rice cooker — ours died'.
_OLD_ONE_GONE = re.compile(
    r"\s*(?:[,;.—–(]|\s-)\s*(?:(?:because|since|as|cos|coz|'cause)\s+)?(?:mine|ours|my old one|our old one|the old one|the last one"
    r"|it|my old [a-z-]+|the old [a-z-]+|the one i had)\s+(?:just\s+)?(?:broke|(?:is|was|got) broken|has broken|died|is dead"
    r"|stopped working|packed in|conked out|gave up|cracked|leaks|is leaking)(?:\s+(?:again|yesterday|today|last (?:week|night)"
    r"|this (?:morning|week)))?\s*\)?[.!]?\s*$", re.IGNORECASE)
# Initials before a surname ('J. G. Ballard'): one name, no sentence ends after them.
_INITIALS = re.compile(r"(?<![A-Za-z])(?-i:([A-Z]))\.\s*(?=(?-i:[A-Z])(\.?))")
# A remark that the thing ran out, before the request: '家里没有洗衣液了，买三瓶' → '洗衣液，买三瓶'.
_RAN_OUT = re.compile(r"^\s*(?:家里|屋里|宿舍|公司|办公室)?没(?:有|得)?(?P<what>[\u4e00-\u9fffA-Za-z]{2,10}?)了\s*(?=[，,]\s*(?:买|要|来))")
# A reminder said as the request: '记得买两袋大米' is '买两袋大米'.
_REMIND = re.compile(r"(?<=[：:])\s*记得(?=买)|^\s*记得(?=买)")


# 'so get a new one', 'buy me a replacement one': a request for another of something named before.
NEW_ONE = re.compile(r"\b(?:buy|get|order)\s+(?:me\s+|us\s+)?(?:a\s+)?(?:new|replacement)\s+one\b", re.IGNORECASE)


def zh_verbs(text: str) -> str:
    """Chinese ``text`` with slang and trade verbs of buying said as '买' ('整俩暖水袋' → '买俩暖水袋'), and 卖
    slipped for 买 ('给俺卖个电热毯')."""
    text = wr.formal_zh(text)
    if not _OWN_TO_SELL.search(text):
        text = _SOLD_FOR_BOUGHT.sub("买", text)
    for pattern, verb in _ZH_VERB:
        text = pattern.sub(verb, text)
    return text


def clean(text: str) -> str:
    """``text`` without wake words, slang, interjections, said punctuation and a reported-speech frame."""
    rest = _REMIND.sub("", _ENDORSE.sub("", _WAKE.sub("", _pasted(wr.plain(text)))))
    rest = _SAID_STOP.sub("", _SAID_COMMA.sub(", ", rest))
    for pattern, said in _SAID_MARKS:
        rest = pattern.sub(said, rest)
    if re.search(r"[\u4e00-\u9fff]", rest):
        rest = _ZH_SLANG.sub(" ", rest)
        rest = _ZH_TYPIST.sub("", rest)
        rest = _ZH_SAID.sub("", rest)
        rest = _RAN_OUT.sub(r"\g<what>", rest)
        rest = wr.zh_remarks(zh_verbs(_zh_asking(rest)))
        for pattern, said in _ZH_ADDRESS:
            rest = pattern.sub(said, rest)
    rest = _OLD_ONE_GONE.sub("", _BROKE_NEW_ONE.sub(r"\g<verb> a \g<what>", rest))
    rest = _INITIALS.sub(lambda m: m.group(1) + ("" if m.group(2) else " "), rest)
    rest = _EN_FRAME.sub("get ", _asked_whether_sold(_GET_FOR.sub(r"\g<verb> ", rest)))
    rest = _EN_SLANG.sub(" ", _SG_PARTICLE.sub(" ", rest))
    rest = _HEDGE.sub("", rest)
    for pattern, written in _SHORT:
        rest = pattern.sub(written, rest)
    rest = " ".join(rest.split())
    return rest.strip(" ,") if re.search(r"\w", rest) else text
