"""A twelfth development set for the offline planner, about orders already placed: new sentences of each kind
the eighth fresh set showed misread, written before the mechanisms that read them.

Kinds: a return reason said by its meaning, not a keyword: what came is another model, brand or size than what
was ordered ('they sent size 40 trainers, I ordered a 42', '寄错牌子了', 'this is the XM4' of a WH-1000XM5 order,
'came as AAA' of an AA order, 'a Bear kettle' inside a Midea box); regret in any words ('second thoughts',
'I no need it now', '后悔', '冲动下单'), said of the shopper or of someone in the family ('she changed her mind');
a product that does not do its job ('all flat', 'does nothing', 'let water in', '一点电都没有', '哑了', '袂烧');
'sending them back', 'returning it', 'shipping … back' as the verb of a return; a new delivery time said with parts
of the day in other words and dialects (夜里, 下晡, 午前, 午后, 晏昼, 挨晚, 黄昏, 清早, 'first thing', 'after work',
'at dusk', 'before noon'); weekday names with stretched letters ('fridayyyy'); a reason's day before 'so' that is
not the new day; formal dates (十一月廿八日, 卅日, 十二月初三, 11月廿九日, 廿七日); questions on where an order is in stretched, Classical or
learner's English ('whennn is it cominggg', '身在何方', 'my order when it comes?').

Also: Cantonese returns (唔啱, 唔滚水, 退返, 唔係南孚), formal and learner's English ('fails to heat', 'no have power',
'the forenoon', 'the morrow'), where-questions asked last or in Singlish ('it comes when?', 'when reach ah') and
in northern, Hokkien and Shanghainese words (咋还没到, 啥物时阵, 啥地方).

The controls must stay questions: a delivery moved to a place that is no saved address (a boat, a campsite, a
pier, a pickup point), a date in a month already gone, another shopper's order asked after, a night hour or the
small hours, a shift by days from a date not given, an unknown order.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony WH-1000XM5 headphones and a Bear glass kettle, ord_s4 Li-Ning shoes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

SUN, MON, TUE, WED, THU, FRI, SAT = (date(2026, 11, d) for d in range(22, 29))
NOV30, DEC2, DEC3 = date(2026, 11, 30), date(2026, 12, 2), date(2026, 12, 3)
ASK: dict[str, Any] = {"kind": "clarify"}


def _moved(order: str | None, day: date | None, part: str | None = None) -> dict[str, Any]:
    return {"kind": "reschedule", "order_id": order, "preferred_date": day, "preferred_part_of_day": part}


def _returned(order: str, reason: str) -> dict[str, Any]:
    return {"kind": "return", "order_id": order, "reason": reason}


def _asked(topic: str, order: str | None = None) -> dict[str, Any]:
    expected: dict[str, Any] = {"kind": "question", "topic": topic}
    if order:
        expected["order_id"] = order
    return expected


PLACED: list[tuple[str, dict[str, Any]]] = [
    # another model, brand or size than the one ordered
    ("they sent size 40 trainers, I ordered a 42 — sending ord_s4 back", _returned("ord_s4", "wrong_item")),
    ("got AAA cells in the box but I'd ordered AA ones, return ord_b2", _returned("ord_b2", "wrong_item")),
    ("the Li-Ning box had Anta shoes inside, please return them", _returned("ord_s4", "wrong_item")),
    ("opened ord_k1 and it's a Philips kettle, not the Midea I paid for, return it", _returned("ord_k1", "wrong_item")),
    ("the kettle in ord_k1 is a 1.5L model, we ordered the 1.7 one, sending it back", _returned("ord_k1", "wrong_item")),
    ("ord_h3的耳机型号不对，退货", _returned("ord_h3", "wrong_item")),
    ("电池寄错牌子了，不是南孚的，退掉", _returned("ord_b2", "wrong_item")),
    ("李宁鞋子发来的码数错了，退", _returned("ord_s4", "wrong_item")),
    # regret, in any words
    ("please refund ord_s4, I no need the shoes now", _returned("ord_s4", "changed_mind")),
    ("we not want the batteries more, return ord_b2", _returned("ord_b2", "changed_mind")),
    ("having second thoughts about the Li-Ning shoes, return them", _returned("ord_s4", "changed_mind")),
    ("I regret buying ord_k1, send it back", _returned("ord_k1", "changed_mind")),
    ("my wife changed her mind about ord_k1, return it", _returned("ord_k1", "changed_mind")),
    ("后悔买这双李宁了，ord_s4退掉", _returned("ord_s4", "changed_mind")),
    ("冲动下单的南孚电池，退了吧", _returned("ord_b2", "changed_mind")),
    ("想了想还是算了，ord_s4退掉", _returned("ord_s4", "changed_mind")),
    # a product that does not do its job
    ("the XM5 left cup gives no sound at all, sending them back", _returned("ord_h3", "damaged")),
    ("ord_b2 batteries are all flat out of the pack, returning them", _returned("ord_b2", "damaged")),
    ("the Midea kettle does nothing when I press the switch, returning it", _returned("ord_k1", "damaged")),
    ("the Li-Ning shoes let water in on the first walk, sending them back", _returned("ord_s4", "damaged")),
    ("the XM5s don't block any sound on the train, ord_h3 is going back", _returned("ord_h3", "damaged")),
    ("shipping ord_b2 back, half the cells won't power anything", _returned("ord_b2", "damaged")),
    ("ord_k1的水壶烧不开水，退货", _returned("ord_k1", "damaged")),
    ("南孚电池一点电都没有，退", _returned("ord_b2", "damaged")),
    ("ord_h3的耳机左边哑了，退掉", _returned("ord_h3", "damaged")),
    ("这个水壶攏袂烧，ord_k1欲退", _returned("ord_k1", "damaged")),
    ("ord_h3耳机充不上电，退", _returned("ord_h3", "damaged")),
    ("the XM5s cancel no noise on the bus, ord_h3 is going back", _returned("ord_h3", "damaged")),
    # parts of the day in other words and dialects
    ("ord_k1改到礼拜三夜里送", _moved("ord_k1", WED, "evening")),
    ("ord_s4 明天下晡送", _moved("ord_s4", SUN, "afternoon")),
    ("ord_b2麻烦改到周五午前", _moved("ord_b2", FRI, "morning")),
    ("ord_h3 改到星期四晏昼送", _moved("ord_h3", THU, "afternoon")),
    ("ord_s4改到周二挨晚送吧", _moved("ord_s4", TUE, "evening")),
    ("ord_k1改成周日黄昏送", _moved("ord_k1", SUN, "evening")),
    ("can ord_b2 come first thing Tuesday", _moved("ord_b2", TUE, "morning")),
    ("reschedule ord_s4 to after work on Thursday please", _moved("ord_s4", THU, "evening")),
    ("ord_k1 改到后天午后", _moved("ord_k1", MON, "afternoon")),
    ("reschedule ord_h3 to Friday at dusk", _moved("ord_h3", FRI, "evening")),
    ("ord_b2改到周三清早送", _moved("ord_b2", WED, "morning")),
    ("move ord_k1 to wednesday before noon", _moved("ord_k1", WED, "morning")),
    ("ord_s4 能否改在本周五午间送达", _moved("ord_s4", FRI, "afternoon")),
    ("move ord_s4 to friday, a day later than planned", _moved("ord_s4", FRI)),
    # weekday names with stretched letters
    ("ord_s4 can it come fridayyyy morninggg", _moved("ord_s4", FRI, "morning")),
    ("thursdayyy evening for ord_h3 pleaseee", _moved("ord_h3", THU, "evening")),
    ("move ord_k1 to tuesdaaay", _moved("ord_k1", TUE)),
    # a reason's day, then the new one
    ("i'm at a wedding tomorrow so deliver ord_k1 on Tuesday morning", _moved("ord_k1", TUE, "morning")),
    ("exams on Monday so bring ord_s4 Wednesday evening instead", _moved("ord_s4", WED, "evening")),
    ("明天要出差，所以ord_h3改到周五上午送", _moved("ord_h3", FRI, "morning")),
    # formal dates
    ("烦请将ord_k1之配送改至十一月廿八日下午", _moved("ord_k1", SAT, "afternoon")),
    ("ord_s4 改于十一月卅日上午送达", _moved("ord_s4", NOV30, "morning")),
    ("恳请ord_h3延至十二月二日傍晚送达", _moved("ord_h3", DEC2, "evening")),
    ("ord_s4 改至十二月初三上午", _moved("ord_s4", DEC3, "morning")),
    ("ord_k1 请改于廿七日下午送达", _moved("ord_k1", FRI, "afternoon")),
    ("ord_b2 请于11月廿九日午后送达", _moved("ord_b2", date(2026, 11, 29), "afternoon")),
    # more reasons before 'so', and a Singlish ask
    ("we're moving house tomorrow, so ord_k1 on thursday evening please", _moved("ord_k1", THU, "evening")),
    ("I'm out tomorrow morning so deliver in the afternoon, ord_k1", _moved("ord_k1", SUN, "afternoon")),
    ("ord_k1 la, change to sunday morning can?", _moved("ord_k1", SUN, "morning")),
    # where an order is, in other words
    ("yo where my batteries at", _asked("where")),
    ("ord_b2 how long more", _asked("where", "ord_b2")),
    ("ord_b2 咋还没到啊", _asked("where", "ord_b2")),
    ("阮的电池啥物时阵会到", _asked("where")),
    ("ord_h3 侬晓得伊到啥地方了伐", _asked("where", "ord_h3")),
    ("耳机还没到，先帮我退了吧 ord_h3", _returned("ord_h3", "other")),
    ("ord_k1 when reach ah", _asked("where", "ord_k1")),
    ("my kettle, it comes when?", _asked("where")),
    ("the shoes, where are they", _asked("where")),
    ("I'll be home when it comes, monday evening ord_k1", _moved("ord_k1", MON, "evening")),
    ("ord_s4 whennn is it cominggg", _asked("where", "ord_s4")),
    ("wheree is ord_b2 nowww", _asked("where", "ord_b2")),
    ("敢问ord_s4身在何方", _asked("where", "ord_s4")),
    ("ord_h3何时可到", _asked("where", "ord_h3")),
    ("my order ord_k1 when it comes? I wait many days", _asked("where", "ord_k1")),
    ("the batteries where they are now? long time I am waiting", _asked("where")),
    # what came, weighed against the order's own title: another model code, battery size, shoe size or brand
    ("the trainers came in a 44 when I chose 42, send back ord_s4", _returned("ord_s4", "wrong_item")),
    ("ord_b2 came as AAA, should be AA, return please", _returned("ord_b2", "wrong_item")),
    ("inside the Midea box was a Bear kettle, return ord_k1", _returned("ord_k1", "wrong_item")),
    ("I wanted the XM5 but this is the XM4, return ord_h3", _returned("ord_h3", "wrong_item")),
    ("寄来的耳机是XM4，退货", _returned("ord_h3", "wrong_item")),
    ("电池不是我下单的那种，退货", _returned("ord_b2", "wrong_item")),
    # Cantonese: 唔啱 (does not fit), 唔滚水 (does not boil), 退返 (give back), 係 (is)
    ("對鞋唔啱size，退咗佢 ord_s4", _returned("ord_s4", "wrong_item")),
    ("ord_k1 个水壶唔滚水，退", _returned("ord_k1", "damaged")),
    ("呢啲電池冇電嘅，ord_b2 退返", _returned("ord_b2", "damaged")),
    ("電池個牌子唔係南孚，退貨", _returned("ord_b2", "wrong_item")),
    ("ord_b2 送来的是七号电池，我要五号，退货", _returned("ord_b2", "wrong_item")),
    # formal and learner's English
    ("Kindly process a return for ord_k1; the appliance fails to heat.", _returned("ord_k1", "damaged")),
    ("I wish to return ord_s4 as the footwear is not of the size I selected.", _returned("ord_s4", "wrong_item")),
    ("ord_h3: the headphones arrived with a malfunctioning left driver, return requested",
     _returned("ord_h3", "damaged")),
    ("this batteries no have power, I give back, ord_b2", _returned("ord_b2", "damaged")),
    ("the shoe is too much small for me, return please ord_s4", _returned("ord_s4", "wrong_item")),
    ("we'd like to send back ord_b2, turns out we had loads in the drawer", _returned("ord_b2", "changed_mind")),
    ("my daughter doesn't like the colour, return ord_s4", _returned("ord_s4", "changed_mind")),
    ("ord_h3 return — gift, recipient already owns a pair", _returned("ord_h3", "changed_mind")),
    ("Could the delivery of ord_k1 be moved to the forenoon of Thursday?", _moved("ord_k1", THU, "morning")),
    ("please arrange for ord_b2 to be delivered on the morrow, in the afternoon", _moved("ord_b2", SUN, "afternoon")),
    # more regret, and more products not doing their job
    ("I thought about it and I don't really need ord_b2, return it", _returned("ord_b2", "changed_mind")),
    ("不太想要了，李宁鞋子退了", _returned("ord_s4", "changed_mind")),
    ("反悔了，电池退掉", _returned("ord_b2", "changed_mind")),
    ("老公说家里用不着，水壶ord_k1退了", _returned("ord_k1", "changed_mind")),
    ("the kettle takes forever and never boils, returning ord_k1", _returned("ord_k1", "damaged")),
    ("the batteries are drained already, return ord_b2", _returned("ord_b2", "damaged")),
    ("ord_s4 sole came unglued after two days, return", _returned("ord_s4", "damaged")),
    ("电池用一下就没了，退掉ord_b2", _returned("ord_b2", "damaged")),
    ("鞋子穿了一天就脱线了，ord_s4退货", _returned("ord_s4", "damaged")),
    # near controls that keep their answers
    ("return the Bear kettle from ord_h3", _returned("ord_h3", "other")),
    ("ord_s4退货，42码的", _returned("ord_s4", "other")),
    ("return ord_b2, 12 pack of AA", _returned("ord_b2", "other")),
    ("the kettle from ord_k1 leaks, return it", _returned("ord_k1", "damaged")),
    ("return ord_s4, they're too small", _returned("ord_s4", "wrong_item")),
    ("ord_b2 送到了吗", _asked("status", "ord_b2")),
    ("I ordered the white one and got a pink one, return ord_s4", _returned("ord_s4", "wrong_item")),
]

ASKED: list[str] = [
    # a delivery moved to a place that is no saved address
    "send the kettle to the boat instead, we leave at 7",
    "deliver ord_s4 to the campsite on Friday instead",
    "ord_b2改送到码头，周五下午",
    "bring ord_h3 to the marina tomorrow evening",
    "ship ord_h3 to my sister's dorm on thursday evening",
    # a date already gone
    "上个月二十号之前送到",
    "deliver ord_k1 on the 3rd of last month",
    "move ord_k1 to last tuesday evening",
    # another shopper's order
    "bob嘅訂單到咗未",
    "chen的订单状态怎么样",
    "where is dana's parcel now??",
    # a night hour, an unknown order, no order named
    "move ord_k1 to sunday at 3am",
    "returning ord_q7, it's leaking",
    "寄错了，退",
    "后悔了，退",
    "sending them back, they don't work",
    "cancel ord_k1",
    "ord_k1 change to last sunday can?",
    "send ord_b2 to the harbour on friday",
    "ord_s4 寄到火车站，周六上午",
    "ord_b2 改到上个月廿号",
    "ord_b2 改到码头送，周五",
    "ord_h3 周日改送菜鸟驿站",
    # a shift by days from a date not given, and the small hours
    "push ord_k1 back by two days",
    "ord_k1 推迟一天送",
    "ord_k1 please come in the wee hours of monday",
]
