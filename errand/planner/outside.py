"""Requests that look like errands and are not, each read as a whole class of phrasing:

- a drug or product to beat a doping, drug or urine test ("a masking agent so he passes doping control",
  "能让尿检查不出来的药"); a test kit bought for itself is a purchase;
- gift or shopping cards asked for by a boss, a manager or a director, the shape of a scam whatever the channel
  ("my boss messaged on WeChat, buy 5 Apple gift cards", "领导微信说急需，帮他买十张苹果卡");
- another person's order or parcel asked about in Cantonese or with a name before 的/嘅 ("bob嘅包裹而家喺邊",
  "阿明嘅訂單去到邊", "我老細嘅訂單幾時到", a spouse's or a colleague called by surname: "我老婆的订单", "小王的快递");
  the shopper's own (我嘅, 阮的) and an order id are not;
- a chore that is not shopping: a poem or a song made up on request ("吟诗一首", "赋诗一首", "compose a sonnet"); a
  book of poems is a product;
- a seat on a boat, ferry or cruise ("船票", "渡輪飛", "a cruise cabin"); a toy boat is a product;
- an amount in fivers or tenners ("a fiver at most", "under a tenner", "two fivers max"), a currency the errand
  cannot carry (a five-pound bag of rice is a weight);
- a count in 亿 ("一亿支", "十亿双"), more than any shop holds;
- a chain's drink with where and when but no count and no order placed, read as a change of delivery: the count
  of a new drinks order is asked for;
- a purchase sent to a person named where the place should be ('buy 2 mugs, to bob');
- a delivery moved to a new place ("send the batteries to the ship instead", "ord_k1改送到码头");
- a delivery deadline in a month or year already gone ("上个月二十号之前送到", "去年圣诞节前", "by last month").
- a parking spot or a road's traffic asked about, and wages paid to people (read in chores.py);
- a question about another person's orders, the shopper's health or fortune (read in off_orders.py).
"""

from __future__ import annotations

import re

from . import chores as ch
from . import drinks as dr
from . import off_orders as oo
from . import phrases as ph

# Beating a test: the test named, with a word for getting past it or hiding something from it.
_TEST = (r"(?:(?:drug|urine|doping|dope|piss|pee|hair|blood|steroid|dui|breathalyser|breathalyzer|toxicology|tox)\s*"
         r"(?:tests?|screens?|screening|checks?|control)|\bdoping\b|\bbreathalys[ei]rs?\b)")
_ZH_TEST = r"(?:尿检|尿檢|药检|藥檢|验尿|驗尿|兴奋剂|興奮劑|毒检|毒檢|血检|血檢|毛发检测|酒驾检测|酒测|检测|檢測|检查|檢查)"
_BEAT_TEST = re.compile(
    rf"\b(?:pass|beat|cheat|fool|trick|get past|get through|dodge|evade|clear|flush|mask|hide\b[^.?!]{{0,30}}\bfrom)\b"
    rf"[^.?!]{{0,30}}{_TEST}|\bmasking agents?\b|{_TEST}[^.?!]{{0,20}}\b(?:undetect\w*|clean|negative)\b"
    rf"|(?:躲过|躲過|逃过|逃過|骗过|騙過|蒙混|通过|通過|应付|應付|过|過)[^，。！？]{{0,6}}{_ZH_TEST}"
    rf"|{_ZH_TEST}[^，。！？]{{0,6}}(?:查不出|测不出|測不出|验不出|驗不出|检测不出|檢測不出|检查不出|过关|過關|蒙混|阴性|陰性)"
    r"|(?:查不出|测不出|測不出|验不出|驗不出|检测不出|檢測不出)(?:来|來)?(?:的)?(?:药|藥|东西|東西)", re.IGNORECASE)
# Someone above the shopper at work, and a gift, shopping or top-up card.
_SUPERIOR = re.compile(
    r"\b(?:boss|manager|ceo|cfo|director|supervisor|chairman|president|principal|headmaster|line manager|head of \w+)\b"
    r"|领导|領導|老板|老闆|老細|经理|經理|总经理|總經理|主管|老总|老總|总监|總監|上司|董事长|董事長|校长|校長|局长|处长|主任", re.IGNORECASE)
_GIFT_CARDS = re.compile(
    r"\b(?:gift|steam|itunes|apple|google play|amazon|jd|tmall|prepaid|top-?up|recharge|store|shopping|game|voucher"
    r"|starbucks)\s*(?:gift\s*)?cards?\b|购物卡|購物卡|礼品卡|禮品卡|充值卡|京东卡|京東卡|苹果卡|蘋果卡|游戏卡|点卡|储值卡|超市卡"
    r"|E卡|e卡|卡券|礼券|禮券|提货卡|提貨卡", re.IGNORECASE)
# Someone the shopper has not met, or knows only from a message: the other shape of the same scam.
_STRANGER = re.compile(
    r"\b(?:strangers?|(?:met|know|knew|chatting with|talking to)\s+(?:\w+\s+)?(?:online|on (?:the )?(?:internet|an app|a dating"
    r" \w+|instagram|facebook|tinder|wechat|whatsapp|telegram))|online (?:friend|boyfriend|girlfriend|date)"
    r"|who (?:messaged|texted|called|emailed|dm'?d|contacted|rang) (?:me|us)|(?:never|haven'?t|have not) met)\b"
    r"|陌生人|网上认识|网友|网恋|不认识的人|没见过面|(?:短信|电话|私信)(?:里|上)?(?:让|叫|要)我",
    re.IGNORECASE,
)
# Whose order: a name or a person before 嘅/的 and an order, parcel or address.
_OWN = {"我", "我哋", "我地", "我們", "我们", "阮", "咱", "咱们", "咱們", "自己", "我自己", "俺", "偶", "吾", "my", "mine", "our"}
_WHOSE = re.compile(
    r"(?P<who>(?<![A-Za-z_\d])[A-Za-z]{2,12}(?![A-Za-z_\d])|佢哋|佢|人哋|人家|阿[\u4e00-\u9fff]|我?(?:老細|老细|老闆|老板|同事|朋友|鄰居|邻居"
    r"|家姐|細佬|细佬|室友|經理|经理|上司|客人|客戶|客户|老公|老婆|先生|太太|妈妈|媽媽|爸爸|我妈|我媽|我爸|阿媽|阿爸|哥哥|姐姐|弟弟"
    r"|妹妹|儿子|兒子|女儿|女兒)"
    # a colleague called by surname: '小李', '老王'
    r"|[小老](?:李|王|张|張|刘|劉|陈|陳|杨|楊|赵|趙|黄|黃|周|吴|吳|徐|孙|孫|胡|朱|高|林|何|郭|罗|羅|梁|宋|郑|鄭"
    r"|谢|謝|韩|韓|唐|冯|馮|许|許|邓|鄧|曹|彭|曾|萧|蕭|田|董|潘|袁|蔡|蒋|蔣|余|于|杜|叶|葉|程|魏|苏|蘇|吕|呂|丁|任|沈|姚|卢|盧"
    r"|姜|崔|钟|鐘|谭|譚|陆|陸|汪|范|金|石|廖|贾|賈|夏|韦|韋|付|方|白|邹|鄒|孟|熊|秦|邱|江|尹|薛|闫|段|雷|侯|龙|龍|史|陶|黎|贺|賀"
    r"|顾|顧|毛|郝|龚|龔|邵|万|萬|钱|錢|严|嚴|覃|武|戴|莫|孔|向|汤|湯))\s*(?:嘅|的|既|嘅個|的那个)\s*"
    r"(?:訂單|订单|包裹|快遞|快递|單嘢|地址|電話|电话|貨|货)", re.IGNORECASE)
# A poem or a song made up on request, not bought.
_CHORE = re.compile(
    r"(?:吟|赋|賦|作|写|寫|做|來|来|念|背|唱|填)(?:一|两|兩|几|幾)?(?:首(?!饰|飾|付|页|頁|都|长|長|次|先)|阙|闋)(?:诗|詩|词|詞|歌|曲|打油诗|绝句|絕句|律诗|律詩)?"
    r"(?![\u4e00-\u9fff]{0,4}(?:集|书|書|本|册|冊))"
    r"|(?:吟诗|吟詩|赋诗|賦詩|作诗|作詩|写诗|寫詩|填词|填詞)"
    r"|\b(?:write|compose|recite|sing|pen|make up|improvise)\b (?:me |us |her |him |them )?(?:a |an |some |one )?(?:[\w-]+ ){0,2}"
    r"(?:poems?|sonnets?|haikus?|limericks?|songs?|verses?|odes?|raps?|ballads?|lullab(?:y|ies))\b", re.IGNORECASE)
_BUYING = re.compile(r"买|買|购|購|订购|下单|\b(?:buy|order|purchase|get)\b", re.IGNORECASE)
# A seat on a boat: a ticket for a ferry, a boat or a cruise.
_BOAT_SEAT = re.compile(
    r"船票|船飛|船飞|船位|渡轮票|渡輪票|轮渡票|輪渡票|渡轮飞|渡輪飛|轮渡飞|輪渡飛|客轮票|客輪票|邮轮票|郵輪票"
    r"|(?:邮轮|郵輪)(?!模型|玩具|拼图|拼圖|积木|積木|海报|海報)|(?:订|訂|买|買)[^，。！？]{0,8}(?:去|往|到)[^，。！？]{0,8}(?:嘅|的)?(?:船|渡轮|渡輪)(?!模|玩具)"
    r"|\b(?:ferry|boat|cruise|hovercraft|catamaran|sailing)\s+(?:tickets?|passes?|cabins?|berths?|crossings?|trips?|seats?)\b"
    r"|\bcabin (?:on|aboard) (?:a|the) (?:ferry|cruise|ship|boat)\b", re.IGNORECASE)
# Money in fivers and tenners.
_NOTES = re.compile(r"\bquid\b|\b(?:a|one|two|three|four|five|\d+) (?:fivers?|tenners?)\b|\b(?:fivers?|tenners?)\b(?!\s+(?:notebook|pack))",
                    re.IGNORECASE)
# A count in hundreds of millions.
_YI_COUNT = re.compile(r"[\d一二两兩三四五六七八九十百千万萬]+[亿億]")
# A deadline in a month or year already gone.
_GONE = re.compile(
    r"(?:上个?月|上個?月|去年|前年|上半年|上个?季度|上個?季度)[^，。！？,买買]{0,8}?(?:之前|以前|前|底)[^，。！？,买買]{0,4}"
    r"(?:送|到|寄|交)"
    r"|\b(?:by|before|no later than) (?:the (?:end|start|middle) of )?last (?:month|year|week|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|weekend)\b", re.IGNORECASE)

# A delivery sent somewhere new while its time moves: "send the batteries to the ship instead", "改送到码头".
_WHEN_WORDS = (r"(?:morning|afternoon|evening|night|weekend|weekday|day|week|month|next|following|end|start|beginning|same"
               r"|earliest|latest|first|last|slot|window|\w+day|\d)")
_NEW_PLACE = re.compile(
    rf"\b(?:send|deliver|bring|ship|take|redirect|reroute|drop)\b[^.?!]{{0,40}}?\bto (?:the|my|our|his|her|their) (?!{_WHEN_WORDS}\b)"
    r"[a-z]+|\bredirect\b|\breroute\b"
    r"|改(?:送|寄|发)(?:到|去|往)|(?:送|寄)(?:到|去)(?!家|公司|办公室|单位|屋)[\u4e00-\u9fff]{1,4}(?:去|吧)?[，,。]?\s*(?:改|换)", re.IGNORECASE)

# An order already placed, said in the sentence: 'the teas I ordered', 'ord_b2', '那单'.
_PLACED = re.compile(r"\b(?:ordered|orders?|ord_\w+|bought|deliveries|delivery)\b|订的|訂的|下的单|那单|那張單|订单|訂單|的单|買咗|买了|點咗",
                     re.IGNORECASE)

# A person where the place should be, at the end of a purchase: 'buy 2 mugs, to bob', 'a kettle, to Alice', ', to my
# sister'; a saved place ('to home', ', to the office') is a label, and 'to give to her' is no address.
_PERSON_WORD = (r"(?:bob|alice|dana|chen|mum|mom|mother|dad|father|grandma|grandpa|gran|granny|nan|sister|brother|friend"
                r"|boss|neighbou?r|aunt(?:ie)?|uncle|cousin|son|daughter|him|her|them|(?-i:[A-Z][a-z]+))")
_PLACE_WORD = (r"(?:home|house|office|work|school|gym|desk|door|flat|apartment|dorm|studio|shop|store|the|my|our|today"
               r"|tomorrow|tonight|\w+day|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)\b")
_POLITE_END = r"(?:\s+(?:pls|plz|please|thx|thanks|asap|ok|lah|ya))*\s*[.!]*\s*$"
_TO_A_PERSON = re.compile(
    rf"[,;，]\s*(?:and )?(?:ship |send |deliver |post )?to (?:my |our )?(?!{_PLACE_WORD}){_PERSON_WORD}{_POLITE_END}"
    rf"|\bto (?!{_PLACE_WORD})(?:bob|alice|dana|chen|(?-i:[A-Z][a-z]+)){_POLITE_END}", re.IGNORECASE)


def _drinks_without_count(text: str) -> bool:
    """A chain's drink and where and when it goes, with no count and no order placed: '老虎堂黑糖波波拿铁，送家里，明天中午'
    asks for a new drinks order, not a change to one."""
    return bool(ph.chain(text) and dr.DRINK.search(text) and not _PLACED.search(text))


def _someone_elses(text: str) -> bool:
    for match in _WHOSE.finditer(text):
        who = match.group("who").lower()
        if who in _OWN or who.startswith("ord"):
            continue
        return True
    return False


def outside(text: str, kind: str) -> tuple[str, str] | None:
    """(question, missing fact) when the sentence is one of the classes above; else None."""
    if (chore := ch.chore(text, kind)) is not None:
        return chore
    if _BEAT_TEST.search(text):
        return ("I can't help with that. Is there something else I can get for you?", "intent")
    if _GIFT_CARDS.search(text) and (_SUPERIOR.search(text) or _STRANGER.search(text)):
        return (
            (
                "Gift cards asked for by a boss, someone senior or someone known only online are a common scam; "
                "please check with them in person first. What would you like me to do?"
            ),
            "intent",
        )
    if _someone_elses(text):
        return ("I can only look at your own orders and addresses. Which of yours do you mean?", "order_id")
    if kind == "question" and (aside := oo.question(text)) is not None:
        return aside  # 'why did chen return his stuff', 'is this rash on my arm serious', "what's my horoscope"
    if kind != "question" and (_CHORE.search(text) and not _BUYING.search(_CHORE.sub(" ", text)) or _BOAT_SEAT.search(text)):
        return (("I can't do that here. I can buy something, order drinks, return an order, watch a price or move "
                 "a delivery."), "intent")
    if kind in ("buy", "bulk_order", "price_watch") and _NOTES.search(text):
        return ("I can only carry amounts in yuan; what is that in yuan?",
                "target_price" if kind == "price_watch" else "max_unit_price")
    if kind in ("buy", "bulk_order") and _TO_A_PERSON.search(text):
        return ("I can only send to one of your saved addresses; which one?", "address_label")
    if kind in ("buy", "bulk_order") and _YI_COUNT.search(text):
        return ("That is more than a household buys at once; how many do you need?", "quantity")
    if kind == "reschedule" and _drinks_without_count(text):
        return ("How many cups should I order? I read this as a new drinks order.", "quantity")
    if kind == "reschedule" and _NEW_PLACE.search(text):
        return (("A delivery's time can move, its address cannot once the order is placed; the merchant or courier "
                 "can help. When should it come instead?"), "address_label")
    if kind in ("buy", "bulk_order", "reschedule") and _GONE.search(text):
        return ("That time has already passed; when should it come?", "deliver_by")
    return None
