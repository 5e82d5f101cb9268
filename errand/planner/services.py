"""Services said as if bought: a stay, tickets, a class, an appointment, a ride. No shop sends them to a saved
address, so the planner asks instead of buying (``scope`` holds flights, tables and the common bookings).

Each class is a verb of booking and its object, in English and Chinese:

- a stay: 'book an Airbnb', 'reserve a guesthouse room', 'a hostel for two nights', 订个民宿, 订间酒店, 住三晚, 开间房;
- tickets: 'two tickets to …', 'get us tickets for the match', 订两张电影票, 抢演唱会的票, 买张高铁票;
- a class or a course: 'sign me up for a yoga class', 'enrol her in swimming lessons', 报个游泳班, 约节私教课;
- an appointment: 约个牙医, 约个体检, 'get me in with a physio';
- a ride: 叫个车, 约辆车, 包车, 'get me a ride to the airport', 'book a cab for 6'.

Goods named like them stay goods: a 民宿-style lamp (民宿风台灯), a hotel-style pillow, a ticket holder, a booking
ledger, a yoga mat for a class; an invoice (发票) or stamps (邮票) are no tickets.
"""

from __future__ import annotations

import re

ASK = (("I can't book stays, tickets, classes, appointments or rides; I buy goods, order drinks, return an order, "
        "watch a price or move a delivery. Is there something to buy for it?"), "intent")

_N = r"(?:[一两二三四五六七八九十几\d]+|俩|仨)"
# A thing named after a service: '民宿风', '酒店同款', 'hotel-style', 'ticket holder'.
_LIKE_ZH = r"(?![\u4e00-\u9fff]{0,2}(?:风|同款|式|款|用|专用|级|拖鞋|毛巾|枕头|床品|被子|浴袍|牙刷|洗漱))"
_STAY_ZH = re.compile(
    rf"(?:订(?!书|单|阅|制|购|做|货)|预订|预定|定(?!制|做|期|时|位器))(?:个|一个|一间|间|{_N}间|家|一家)?[^，。！？,.!?]{{0,8}}?"
    rf"(?:民宿|酒店|宾馆|旅馆|客栈|青旅|旅社|房间|标间|大床房|套房|住处|住宿|营地|营位)" + _LIKE_ZH
    + rf"|(?:开|订)(?:个|一个|间|一间)房(?=[，。！？,.!?\s]|$)"
    rf"|(?:民宿|酒店|宾馆|旅馆|客栈|青旅|房间|标间|大床房)[^，。！？]{{0,6}}?住{_N}晚|住{_N}(?:晚|夜)|{_N}晚(?:的)?(?:住宿|房)")
_TICKET_ZH = re.compile(
    rf"(?:订|预订|抢|约|买|帮我买|帮我订|帮我抢|搞|弄)(?:{_N}张|张)?[^，。！？]{{0,10}}?(?:演唱会|音乐会|音乐节|话剧|电影|球赛|比赛|展览"
    rf"|景区|乐园|迪士尼|欢乐谷|高铁|动车|火车|汽车|大巴|船|飞机|机|门|车|球|戏|展)(?:的)?票(?![夹套袋盒本册据根])"
    rf"|{_N}张[^，。！？]{{0,12}}?(?<![发邮支股钞粮饭])票(?![夹套袋盒本册据根])")
_CLASS_ZH = re.compile(r"报(?:个|一个|名|了)?[^，。！？]{0,8}?(?:班|课|培训|训练营)(?![\u4e00-\u9fff]{0,2}(?:用|包|服|衣|本|桌|椅))(?!的)"
                       rf"|约(?:个|一个|{_N}节|节)?[^，。！？]{{0,6}}?(?:私教|体验课|试听课)")
_APPOINTMENT_ZH = re.compile(r"约(?:个|一个|一下|下)?(?:牙医|医生|大夫|专家号|专家|体检|理发师?|美容|按摩|推拿|针灸|化妆师|摄影师)")
_RIDE_ZH = re.compile(rf"(?:叫|约|打|喊|订)(?:个|一个|辆|一辆|{_N}辆)?(?:车|专车|快车|出租车?|的士|滴滴|网约车)(?![\u4e00-\u9fff]{{0,1}}(?:载|用|座|贴|衣|罩|蜡|垫|钥匙))"
                      r"|包(?:个|一辆|辆)?车(?=[去到回，。！？,.!?]|$)|租(?:个|一辆|辆)?车(?=[去到回，。！？,.!?]|$)")

# A stay, a ticket or a ride ends its phrase: what follows is where, when or for how long ('a hotel in Shanghai',
# 'a cabin for the weekend'), not another noun ('a cabin air filter', 'a ticket printer').
_ENDS = r"(?=\s*(?:$|[,.;!?]|\b(?:in|at|for|near|by|on|from|to|this|next|tonight|tomorrow|over|during|with|please|pls)\b))"
_STAY_EN = re.compile(
    r"\b(?:book|reserve|get|find|arrange|sort out|sort)\b (?:me |us |them )?(?:a |an |the |one |two |three |\d+ )?(?:[\w'-]+ ){0,3}?"
    r"(?:airbnbs?|hostels?|guest ?houses?|b&bs?|bnbs?|homestays?|motels?|inns?|resorts?|campsites?|cabins?|villas?|hotel rooms?"
    r"|hotels?|suites?|accommodation|lodging|rooms?)" + _ENDS
    + r"|\b(?:airbnb|hostel|guest ?house|b&b|bnb|homestay|motel|hotel|room|cabin|villa|inn)s? for (?:\d+|one|two|three|four|five"
    r"|six|seven|a couple of|a few) nights?\b", re.IGNORECASE)
_TICKET_EN = re.compile(
    r"\b(?:get|buy|book|reserve|grab|order|sort|score|snag)\b (?:me |us |them )?(?:(?:\d+|a|one|two|three|four|five|six|a pair of"
    r"|a couple of|some) )?(?:[\w'-]+ ){0,3}?tickets?" + _ENDS, re.IGNORECASE)
_CLASS_EN = re.compile(
    r"\b(?:sign|enrol|enroll|register|book)\b (?:me |us |him |her |them |my \w+ )?(?:up )?(?:for|in|on|into) (?:a |an |the |some )?"
    r"(?:[\w'-]+ ){0,3}(?:class|classes|course|courses|lessons?|workshops?|sessions?|camp|bootcamp|program(?:me)?|membership"
    r"|trial)\b", re.IGNORECASE)
_RIDE_EN = re.compile(
    r"\b(?:get|book|call|order|arrange|hail|grab)\b (?:me |us |them )?(?:a |an )?(?:ride|lift|taxi|cab|uber|didi|car|chauffeur"
    r"|shuttle|limo|minicab)\b(?=\s+(?:to|from|at|for|home|back)\b)", re.IGNORECASE)
# 'book a doctor for my cough', 'get me a dentist appointment': a visit, not a doctor's bag or a dentist's mirror.
_APPOINTMENT_EN = re.compile(
    r"\b(?:book|make|get|arrange|schedule|find|sort|order)\b (?:me |us |him |her |them )?(?:a |an )?(?:(?:doctor|dentist|gp|vet|physio"
    r"|hair|eye|optician)(?:'?s)? )?(?:appointment|doctor|dentist|gp|physio|haircut|massage|check-?up|consultation)" + _ENDS,
    re.IGNORECASE)

_ALL = (_STAY_ZH, _TICKET_ZH, _CLASS_ZH, _APPOINTMENT_ZH, _RIDE_ZH, _STAY_EN, _TICKET_EN, _CLASS_EN, _RIDE_EN,
        _APPOINTMENT_EN)


def booked(text: str) -> bool:
    """The sentence books a service (a stay, tickets, a class, an appointment, a ride), not goods."""
    return any(pattern.search(text) for pattern in _ALL)


def question(text: str) -> tuple[str, str] | None:
    """(question, missing fact) when the sentence books a service rather than buying goods; else None."""
    return ASK if booked(text) else None
