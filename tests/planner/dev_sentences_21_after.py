"""A twenty-first development set, for return reasons, verbless reschedules, order questions, saved addresses said
in a parenthesis and drinks-order fields: written here before the readers were changed, to check they read
sentences they were not written from.

Kinds: a change of mind told as the same thing got as a present ('my aunt bought me the very same …', 送了个一样的)
or as a thing that is not for the shopper ('just not for me', 不适合我); damage told as a piece out of a part ('a
chip out of the lid') or a switch that will not click on; the listing's figure set against the figure received in
any words ('listing said 12 … I got 8', 'pack: twelve. inside: nine', 说是十二粒装，只有十粒); a reschedule said as an
order and a day with no verb ('Nanfu batteries on 27 November, morning, cheers', 南孚电池，周三上午, a Q/A
transcript of order, day and time); the shopper's own cost ('what did the batteries order cost me all told?') and
何时送达 as when it arrives; a place said to be the office or home address in a parenthesis or an appositive, and
the 'home' of 'nursing home' no home address; clocks said as 三点过五分 and an ask-verb (要求订, 请求订购) kept out of
the drink's name.

The controls stay questions: a product two orders share ('the kettle, Thursday morning', 壶，周四上午), a day gone
('last Tuesday', 20 November, 上周五), an unknown order, a refund to another person, another person's order, a
place said to be someone else's address, an impossible count, two errands at once.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_formats import ASK, TZ, _buy

SUN, MON, TUE, WED, THU, FRI, SAT = (date(2026, 11, d) for d in range(22, 29))
DEC1 = date(2026, 12, 1)


def _bulk(item: str | list[str], quantity: int, deliver_by: str, **more: Any) -> dict[str, Any]:
    return {"kind": "bulk_order", "item": item, "quantity": quantity, "deliver_by": deliver_by + TZ, **more}


def _moved(order: str, day: date | None, part: str | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"kind": "reschedule", "order_id": order, "preferred_date": day}
    if part:
        found["preferred_part_of_day"] = part
    return found


def _ret(order: str, reason: str) -> dict[str, Any]:
    return {"kind": "return", "order_id": order, "reason": reason}


def _asked(topic: str, **more: Any) -> dict[str, Any]:
    return {"kind": "question", "topic": topic, **more}


READ: list[tuple[str, dict[str, Any]]] = [
    # the same thing got as a present
    ("my aunt bought me the very same Nanfu batteries, so return ord_b2", _ret("ord_b2", "changed_mind")),
    ("got an identical Midea kettle as a birthday present, send mine back", _ret("ord_k1", "changed_mind")),
    ("a friend gave me the exact same Sony headphones, return mine", _ret("ord_h3", "changed_mind")),
    ("my brother sent me the same glass kettle last week, return ord_h3", _ret("ord_h3", "changed_mind")),
    ("朋友送了个一样的美的壶，退掉", _ret("ord_k1", "changed_mind")),
    ("同事送了我一副同款的索尼耳机，我这副退了", _ret("ord_h3", "changed_mind")),
    ("我妹送了我一副一模一样的索尼耳机，把我的退了", _ret("ord_h3", "changed_mind")),  # control: as it was
    # not for the shopper
    ("the Sony headphones just aren't for me, send them back", _ret("ord_h3", "changed_mind")),
    ("the glass kettle's not really for me, return it", _ret("ord_h3", "changed_mind")),
    ("the Nanfu batteries are not my thing after all, return ord_b2", _ret("ord_b2", "changed_mind")),
    ("美的壶不适合我，退了吧", _ret("ord_k1", "changed_mind")),
    ("索尼耳机不太适合我，退掉", _ret("ord_h3", "changed_mind")),
    # damage: a piece out of a part, a switch that will not click on
    ("the Bear kettle arrived with a chip out of the lid, return it", _ret("ord_h3", "damaged")),
    ("glass kettle came with a chunk out of the handle — send it back", _ret("ord_h3", "damaged")),
    ("玻璃壶到的时候壶嘴缺了一块，退货", _ret("ord_h3", "damaged")),
    ("the Midea kettle's switch won't click down, completely dead — take it back", _ret("ord_k1", "damaged")),
    ("hey, the glass kettle's switch won't click on, totally dead — take it back", _ret("ord_h3", "damaged")),
    ("the Sony headphones won't power up, totally dead — send them back", _ret("ord_h3", "damaged")),
    ("美的壶开关按不下去，完全不通电，退了", _ret("ord_k1", "damaged")),
    # the listing's figure against the figure received
    ("listing said 12 batteries, I got 8, return ord_b2", _ret("ord_b2", "not_as_described")),
    ("the battery pack said twelve, only nine inside, return them", _ret("ord_b2", "not_as_described")),
    ("battery page: 12 a pack. what arrived: 9. return ord_b2", _ret("ord_b2", "not_as_described")),
    ("Nanfu box says 12, counted 10 when I opened it — return them", _ret("ord_b2", "not_as_described")),
    ("南孚电池页面写十二节，收到八节，退货", _ret("ord_b2", "not_as_described")),
    ("南孚电池说是十二节装，打开才九节，退了", _ret("ord_b2", "not_as_described")),
    ("电池标的一盒十二粒，拆开就十粒，退货", _ret("ord_b2", "not_as_described")),
    ("说好一包十二个，结果只有九个，南孚电池退了", _ret("ord_b2", "not_as_described")),  # control
    # an order and a day, no verb
    ("batteries on 27 November, morning, cheers", _moved("ord_b2", FRI, "morning")),
    ("alright mate — Midea kettle on 26 November, evening, cheers", _moved("ord_k1", THU, "evening")),
    ("the Nanfu batteries: the 25th, in the afternoon, please", _moved("ord_b2", WED, "afternoon")),
    ("Sony headphones, Friday evening if poss", _moved("ord_h3", FRI, "evening")),
    ("the glass kettle — Sunday, after lunch, ta", _moved("ord_h3", SUN, "afternoon")),
    ("hiya, the stainless kettle on Monday, morning please", _moved("ord_k1", MON, "morning")),
    ("ord_b2 on 1 December, evening, thanks", _moved("ord_b2", DEC1, "evening")),
    ("南孚电池，周三上午", _moved("ord_b2", WED, "morning")),
    ("美的壶，下周二下午，谢谢", _moved("ord_k1", TUE, "afternoon")),
    ("索尼耳机：12月1号晚上", _moved("ord_h3", DEC1, "evening")),
    ("Q: Which order? A: ord_k1. Q: Day? A: Friday. Q: When? A: afternoon.", _moved("ord_k1", FRI, "afternoon")),
    ("Q: Order? A: the Sony headphones. Q: New day? A: Tuesday. Q: Time? A: evening.", _moved("ord_h3", TUE, "evening")),
    ("Midea kettle: Tuesday, afternoon please", _moved("ord_k1", TUE, "afternoon")),  # control: as it was
    ("ord_h3: Thursday afternoon if poss", _moved("ord_h3", THU, "afternoon")),  # control: as it was
    # the shopper's own cost, and 何时送达
    ("what did the batteries order cost me all told?", _asked("cost", order_id="ord_b2")),
    ("what did the headphones order cost me, shipping included?", _asked("cost", order_id="ord_h3")),
    ("what did the Midea kettle order cost me altogether?", _asked("cost", order_id="ord_k1")),  # control
    ("记者提问：ord_k1 何时送达？", _asked("where", order_id="ord_k1")),
    ("南孚电池何时送达", _asked("where", order_id="ord_b2")),
    ("美的壶预计何时送达？", _asked("where", order_id="ord_k1")),
    ("请问 ord_h3 何时到达？", _asked("where", order_id="ord_h3")),  # control: as it was
    # a place said to be the office or home address
    ("nursing home (our office address): 4 wall clocks", _buy(["wall clocks", "wall clock"], 4, address_label="office")),
    ("care home (the office address): 6 bath towels", _buy(["bath towels", "bath towel"], 6, address_label="office")),
    ("dance school (our office address): 3 yoga mats", _buy(["yoga mats", "yoga mat"], 3, address_label="office")),
    ("the pet salon — that's our office address — two grooming tables",
     _buy(["grooming tables", "grooming table"], 2, address_label="office")),
    ("my studio (that's the home address): 2 desk lamps", _buy(["desk lamps", "desk lamp"], 2, address_label="home")),
    ("nursing home (the office address): 20 Mixue lemon teas, Tuesday at 3pm",
     _bulk(["lemon teas", "lemon tea"], 20, "2026-11-24T15:00:00", chain="Mixue", address_label="office")),
    ("美甲店（公司地址）霸王茶姬伯牙绝弦十杯，周三下午三点送公司",
     _bulk("伯牙绝弦", 10, "2026-11-25T15:00:00", chain="Chagee", address_label="office")),
    ("瑜伽馆（公司的地址）喜茶多肉葡萄十五杯，周五中午送",
     _bulk("多肉葡萄", 15, "2026-11-27T12:00:00", chain="Heytea", address_label="office")),
    ("按摩店（公司地址）：买三条毛巾", _buy(["毛巾", "towel"], 3, address_label="office")),  # control
    # clocks as 三点过五分, and an ask-verb kept out of the drink
    ("喜茶多肉葡萄十杯，本周五下午四点过十分送公司",
     _bulk("多肉葡萄", 10, "2026-11-27T16:10:00", chain="Heytea", address_label="office")),
    ("蜜雪冰城柠檬水二十杯，明天下午两点过一刻送家里",
     _bulk("柠檬水", 20, "2026-11-22T14:15:00", chain="Mixue", address_label="home")),
    ("霸王茶姬伯牙绝弦八杯，周二下午三点过二十送公司",
     _bulk("伯牙绝弦", 8, "2026-11-24T15:20:00", chain="Chagee", address_label="office")),
    ("用户要求订喜茶芝芝莓莓十杯，周三下午三点前送达公司",
     _bulk("芝芝莓莓", 10, "2026-11-25T15:00:00", chain="Heytea", address_label="office")),
    ("老板要求订蜜雪冰城柠檬水三十杯，明天中午送公司",
     _bulk("柠檬水", 30, "2026-11-22T12:00:00", chain="Mixue", address_label="office")),
    ("请求订购喜茶多肉葡萄六杯，明天下午三点送家里",
     _bulk("多肉葡萄", 6, "2026-11-22T15:00:00", chain="Heytea", address_label="home")),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # a product two orders share
    ("the kettle, Thursday morning", ASK),
    ("the kettle: the 24th, afternoon", ASK),
    ("壶，周四上午", ASK),
    ("the kettle on Friday afternoon please", ASK),
    ("Q: Which order? A: the kettle. Q: Day? A: Friday.", ASK),
    ("the kettle's just not for me, return it", ASK),
    ("return the kettle, it's dead", ASK),
    # a day gone, a date no month has, an unknown order, no order at all
    ("the batteries, last Tuesday morning", ASK),
    ("Nanfu batteries on 20 November, morning", ASK),
    ("南孚电池，上周五下午", ASK),
    ("the batteries, yesterday evening", ASK),
    ("美的壶，2月30号上午", ASK),
    ("ord_z9, Friday morning", ASK),
    ("a toaster, Thursday morning", ASK),
    # a refund to another person
    ("return the batteries and put the refund on my brother's card", ASK),
    ("退南孚电池，钱打到我朋友卡上", ASK),
    ("glass kettle showed up cracked, refund it to my sister", ASK),
    ("退美的壶，我妹送了个一样的，钱退给我妹", ASK),
    # another person's order
    ("what did my neighbour's order cost her?", ASK),
    ("how much did my flatmate's headphones order cost him?", ASK),
    # a place said to be someone else's address, or no saved one
    ("funeral home (my sister's address): 2 guest books", ASK),
    ("send 3 doormats to the funeral home", ASK),
    ("the hotel (our office address): 3 bath towels", ASK),
    ("my neighbour's flat (the home address): 2 desk lamps", ASK),
    # an impossible count, two errands at once
    ("蜜雪冰城柠檬水三千杯，明天下午三点过五分送公司", ASK),
    ("喜茶多肉葡萄十杯，本周五下午四点过十分送公司，再买个吹风机", ASK),
    ("the batteries: Monday morning, and return the headphones", ASK),
]
