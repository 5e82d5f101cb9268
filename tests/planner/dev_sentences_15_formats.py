"""A fifteenth development set, for times, dates and amounts written in forms the readers took wrongly or acted on
when they had to ask, in English and Chinese: new sentences of the kinds a round of attacks showed misread, written
here before the mechanisms were changed, to check they read sentences they were not written from.

Kinds: a 24-hour clock written with a leading nought or an 'h'/'hrs' suffix ('0700h', '0645 hrs', 'at 0530'), and a
time said with 'am' ('5 o'clock am'), which is never an afternoon: read exactly on a day to come, asked about when
it falls in the night or is already past today; a clock no day has said another way ('27 o'clock', 'half past 26',
'14 o'clock pm'); a year already gone ('30/11/2025', '11/28/19'); 29 February in a year without one; a move to a
clock with no day; a deadline already past today said without 'today' ('by 0845h', 'by 9 o'clock'), a move to a
part of today already over ('this morning', '21/11 morning'); an amount written with a code and cents beside the
product ('RMB 1,299.00'), none at all ('RMB 0.00', 'max 0.3 yuan', '预算一块钱'), absurd for a household ('RMB
80,000.00 each', '预算八万'), in another dollar ('台幣'); and a count no household orders ('buy 600 mugs'). With
them, controls of the same forms that must still be read: an afternoon clock, a morning clock tomorrow, a 15
o'clock, a date with this year's year, a cap said 'one fifty', a cap in 蚊 (Cantonese for yuan), 'bucks'.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony headphones and a Bear glass kettle, ord_s4 Li-Ning running shoes).
``READ`` and ``ASKED`` are read by the whole planner.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_formats import ASK, M, T, _bulk, _buy, _moved

READ: list[tuple[str, dict[str, Any]]] = [
    # a morning clock with a leading nought or an 'h' on a day to come: read exactly, never in the afternoon
    ("order 18 lattes from Luckin to the office tomorrow by 0730h",
     _bulk(["lattes", "latte"], 18, M + "07:30:00", chain="Luckin", address_label="office")),
    ("tomorrow 0645 hrs: 12 americanos from Luckin to the office",
     _bulk(["americanos", "americano"], 12, M + "06:45:00", chain="Luckin", address_label="office")),
    ("get 10 flat whites to the office tomorrow at 0715",
     _bulk(["flat whites", "flat white"], 10, M + "07:15:00", address_label="office")),
    ("瑞幸生椰拿铁十杯，明天0730h送公司", _bulk(["生椰拿铁"], 10, M + "07:30:00", chain="Luckin", address_label="office")),
    ("order 14 mochas from Luckin to the office tomorrow at 6h",
     _bulk(["mochas", "mocha"], 14, M + "06:00:00", chain="Luckin", address_label="office")),
    ("move ord_k1 to tomorrow 0700h", _moved("ord_k1", date(2026, 11, 22), "morning")),
    ("20 lattes to the office by 07:45 tomorrow", _bulk(["lattes", "latte"], 20, M + "07:45:00", address_label="office")),
    # a 24-hour clock with no suffix, a day said after it
    ("20 lattes to the office at 0930 tomorrow", _bulk(["lattes", "latte"], 20, M + "09:30:00", address_label="office")),
    ("20 mochas to the office by 1500 on Monday", _bulk(["mochas", "mocha"], 20, "2026-11-23T15:00:00",
                                                          address_label="office")),
    # afternoon clocks: a 24-hour hour above 12, a bare hour from 1 to 7 (afternoon, as before), 15 o'clock
    ("16 iced teas from Mixue to the office by 1645 hrs",
     _bulk(["iced teas", "iced tea"], 16, T + "16:45:00", chain="Mixue", address_label="office")),
    ("order 20 lattes from Luckin to the office by 17 o'clock",
     _bulk(["lattes", "latte"], 20, T + "17:00:00", chain="Luckin", address_label="office")),
    ("order 12 mochas from Luckin to the office by 4",
     _bulk(["mochas", "mocha"], 12, T + "16:00:00", chain="Luckin", address_label="office")),
    ("order 15 lattes from Luckin to the office by 1130h",
     _bulk(["lattes", "latte"], 15, T + "11:30:00", chain="Luckin", address_label="office")),
    # today, later: a part of today not yet over
    ("move ord_s4 to 21/11 evening", _moved("ord_s4", date(2026, 11, 21), "evening")),
    ("move ord_b2 to this afternoon", _moved("ord_b2", date(2026, 11, 21), "afternoon")),
    # a date with this year's year, or next year's
    ("move ord_h3 to 30/11/2026 morning", _moved("ord_h3", date(2026, 11, 30), "morning")),
    ("reschedule ord_b2 to 12/28/2026 afternoon", _moved("ord_b2", date(2026, 12, 28), "afternoon")),
    # an amount with a code and cents beside the product, a cap said 'one fifty', 蚊 and 'bucks' for yuan
    ("buy a desk lamp, RMB 1,299.00", _buy(["desk lamp"], 1, max_unit_price=129900)),
    ("get me a rice cooker, CNY 459.00", _buy(["rice cooker"], 1, max_unit_price=45900)),
    ("buy a kettle, one twenty", _buy(["kettle"], 1, max_unit_price=12000)),
    ("buy a lamp, one fifty", _buy(["lamp"], 1, max_unit_price=15000)),
    ("買個電飯煲，五百蚊以內", _buy(["電飯煲", "电饭煲", "rice cooker"], 1, max_unit_price=50000)),
    ("买个台灯，两百蚊以内", _buy(["台灯", "desk lamp"], 1, max_unit_price=20000)),
    ("buy a desk fan, ≤ 80 bucks", _buy(["desk fan"], 1, max_unit_price=8000)),
    # a cap of a few yuan for a small thing, a large but real budget, a count of a few hundred for an occasion
    ("buy 2 pencils, max 3 yuan each", _buy(["pencils", "pencil"], 2, max_unit_price=300)),
    ("buy a laptop, budget RMB 12,000.00", _buy(["laptop"], 1, max_unit_price=1200000)),
    ("need 200 paper cups for the party", _buy(["paper cups", "paper cup"], 200)),
    # a date with this year's year said with its month's name, ten thousands in Chinese numerals
    ("move ord_k1 to Nov 28, 2026 afternoon", _moved("ord_k1", date(2026, 11, 28), "afternoon")),
    ("买台笔记本电脑，预算一万", _buy(["笔记本电脑", "laptop"], 1, max_unit_price=1000000)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # a clock in the small hours: a night delivery
    ("order 20 lattes from Luckin to the office tomorrow by 0230h", ASK),
    ("tomorrow at 0400 hrs: 15 americanos to the office", ASK),
    ("order 12 mochas to the office by 5 o'clock am", ASK),
    ("瑞幸美式二十杯，明天0300h送公司", ASK),
    ("move ord_b2 to tomorrow 0130h", ASK),
    ("喜茶多肉葡萄二十杯，明天凌晨3点送公司", ASK),
    ("瑞幸拿铁十杯，明天半夜送公司", ASK),
    ("喜茶多肉葡萄二十杯，二十五点送公司", ASK),
    ("move ord_k1 to Nov 25, 2025", ASK),
    ("move ord_s4 to 2 December 2024 morning", ASK),
    ("买个台灯，预算十万", ASK),
    ("20 lattes to the office by 03:00 tomorrow", ASK),
    ("喜茶多肉葡萄二十杯，明天03:30送公司", ASK),
    # a morning clock already past today, said without 'today': not rolled to tomorrow
    ("order 16 lattes from Luckin to the office by 0845h", ASK),
    ("12 cappuccinos to the office by 0915 hrs", ASK),
    ("get 20 americanos to the office by 9 o'clock", ASK),
    ("order 10 mochas to the office by 0600h", ASK),
    ("order 14 lattes to the office at 0530", ASK),
    ("喜茶多肉葡萄二十杯，0830h送公司", ASK),
    ("move ord_k1 to 21/11 0930h", ASK),
    ("move ord_s4 to today 0900 hrs", ASK),
    ("move ord_b2 to this morning", ASK),
    ("move ord_k1 to 21/11 morning", ASK),
    ("ord_h3改到今天上午", ASK),
    # a clock no day has, said another way
    ("order 20 lattes to the office by 27 o'clock", ASK),
    ("order 20 lattes to the office at 60 o'clock", ASK),
    ("order 20 lattes to the office by half past 26", ASK),
    ("order 20 lattes to the office by 14 o'clock pm", ASK),
    ("order 20 lattes to the office at 24 o'clock", ASK),
    ("order 20 lattes to the office at 0 o'clock", ASK),
    # a move to a clock with no day
    ("move ord_k1 to 0900h", ASK),
    ("reschedule ord_s4 to 1800 hrs", ASK),
    # a year already gone, and 29 February in a year without one
    ("move ord_k1 to 30/11/2025", ASK),
    ("reschedule ord_b2 to 11/28/19", ASK),
    ("move ord_s4 to 28.11.2024 afternoon", ASK),
    ("order 20 lattes to the office by 1400h on 29/02", ASK),
    ("ord_h3改到2月29日下午", ASK),
    # an amount of nothing, or less than anything costs
    ("buy a mug, RMB 0.00", ASK),
    ("buy a desk lamp, max ¥0.05", ASK),
    ("buy a kettle, max 0.3 yuan", ASK),
    ("买个电饭煲，预算五毛钱", ASK),
    ("买个台灯，预算一块钱", ASK),
    # an amount no household errand has
    ("buy a mug, RMB 80,000.00 each", ASK),
    ("buy a kettle, RMB 5,000,000.00 max", ASK),
    ("买双袜子，预算八万", ASK),
    ("buy a toaster, RMB 2,999,999.00", ASK),
    # another dollar
    ("買個風筒，唔好過八百蚊台幣", ASK),
    ("buy a hair dryer, NT$ 900 max", ASK),
    # a count no household orders
    ("buy 600 mugs", ASK),
    ("order 450 kettles to the office", ASK),
    ("买八百个台灯", ASK),
]
