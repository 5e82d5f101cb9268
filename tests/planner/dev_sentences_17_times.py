"""A seventeenth development set, for times, dates and durations said in words the readers did not know, in English
and Chinese: new sentences of the kinds the twelfth fresh set showed misread, written here before the mechanisms
were built, to check they read sentences they were not written from.

Kinds: a drinks deadline said as an English clock in words ('twenty to four', 'five and twenty past three', 'a
quarter to six'), on a 24-hour dial without a colon ('1545 tomorrow'), with a dot before pm ('4.15pm'), or said
earlier in the sentence and pointed back to ('by then'); a Chinese clock said with 差 ('四点差一刻', '差五分三点')
or 三刻; a day said as an ordinal in words ('the twenty-fifth'), as a span from today ('three days from now', 'in a
fortnight', 'a week on Tuesday', 'Tuesday week', 五天后, 两个礼拜后, 半个月后), with Chinese numerals 廿 and 卅,
or in northern speech (明儿, 今儿, 后儿); a part of the day said in dialect or in images (晌午, 过晌, 擦黑, 傍黑儿,
一大早, 上半天, 'at dusk', 'at sundown'); a watch's length said as 'a month and a half', 'a period of forty (40)
days', 一个半月, 仨礼拜, 半年, and how often it looks said as 'every other day', 'twice weekly', 'three times a
day', 一天看三回, 隔天看一次, 早晚各看一次 or with the check after its frequency. Then controls that must keep their
reading, and sentences of those forms that must stay a question: a clock no dial shows ('27:00', 26点, '14:80'), a
date no month holds (the thirty-first of November, 11月卅一), and a time already past today said in these words
(今儿清早八点, 'today at quarter past eight', '0715 today', 今天一大早).

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony headphones and a Bear glass kettle, ord_s4 Li-Ning running shoes).
``READ`` and ``ASKED`` are read by the whole planner.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_formats import ASK, M, T, _bulk, _moved, _watch

TUE, WED, THU, FRI, SAT = (f"2026-11-{d}T" for d in (24, 25, 26, 27, 28))
MON = "2026-11-23T"

READ: list[tuple[str, dict[str, Any]]] = [
    # drinks: an English clock said in words, on the dial without a colon, with a dot, or pointed back to
    ("22 iced americanos from Luckin to the office by twenty to four",
     _bulk(["iced americanos", "iced americano"], 22, T + "15:40:00", chain="Luckin", address_label="office")),
    ("order 15 jasmine milk teas from Chagee for the office at five and twenty past three",
     _bulk(["jasmine milk teas", "jasmine milk tea"], 15, T + "15:25:00", chain="Chagee", address_label="office")),
    ("Mixue lemon tea, 30 cups, to the office by a quarter to six",
     _bulk(["lemon tea", "lemon teas"], 30, T + "17:45:00", chain="Mixue", address_label="office")),
    ("16 coconut lattes from Luckin to the office, 1545 tomorrow",
     _bulk(["coconut lattes", "coconut latte"], 16, M + "15:45:00", chain="Luckin", address_label="office")),
    ("twelve mango smoothies from HeyTea to the office at 4.15pm",
     _bulk(["mango smoothies", "mango smoothie"], 12, T + "16:15:00", chain="Heytea", address_label="office")),
    ("the board meets at ten past three, so 14 americanos from Luckin to the office by then",
     _bulk(["americanos", "americano"], 14, T + "15:10:00", chain="Luckin", address_label="office")),
    ("20 oolong milk teas from Chagee to the office on Friday at twenty-five to five",
     _bulk(["oolong milk teas", "oolong milk tea"], 20, FRI + "16:35:00", chain="Chagee", address_label="office")),
    ("order 20 lemon teas from Mixue to the office on the twenty-fifth by 3pm",
     _bulk(["lemon teas", "lemon tea"], 20, WED + "15:00:00", chain="Mixue", address_label="office")),
    ("25 brown sugar milk teas from Tiger Sugar to the office three days from now at 2pm",
     _bulk(["brown sugar milk teas", "brown sugar milk tea"], 25, TUE + "14:00:00", chain="Tiger Sugar",
           address_label="office")),
    ("10 flat whites from Luckin to the office a week from today, by 11am",
     _bulk(["flat whites", "flat white"], 10, SAT + "11:00:00", chain="Luckin", address_label="office")),
    # drinks in Chinese: 差, 三刻, 廿 and 卅, northern day words, parts of the day in dialect
    ("奈雪霸气橙子十五杯，明天晌午送到公司", _bulk(["霸气橙子"], 15, M + "12:00:00", chain="Nayuki", address_label="office")),
    ("茶百道杨枝甘露二十杯，明天擦黑送公司", _bulk(["杨枝甘露"], 20, M + "19:00:00", address_label="office")),
    ("蜜雪冰城柠檬水二十五杯，周二一大早送公司", _bulk(["柠檬水"], 25, TUE + "09:00:00", chain="Mixue", address_label="office")),
    ("霸王茶姬伯牙绝弦十六杯，三点三刻送到公司", _bulk(["伯牙绝弦"], 16, T + "15:45:00", chain="Chagee", address_label="office")),
    ("喜茶多肉葡萄十二杯，四点差一刻送公司", _bulk(["多肉葡萄"], 12, T + "15:45:00", chain="Heytea", address_label="office")),
    ("瑞幸生椰拿铁十杯，差五分三点送到公司", _bulk(["生椰拿铁"], 10, T + "14:55:00", chain="Luckin", address_label="office")),
    ("瑞幸美式二十杯，11月卅号下午两点送公司", _bulk(["美式", "americano"], 20, "2026-11-30T14:00:00", chain="Luckin", address_label="office")),
    ("古茗芝士葡萄三十杯，11月廿七下午四点送公司", _bulk(["芝士葡萄"], 30, FRI + "16:00:00", chain="Guming",
                                              address_label="office")),
    ("一点点四季春十四杯，明儿下午四点送公司", _bulk(["四季春"], 14, M + "16:00:00", address_label="office")),
    ("古茗杨梅冰二十杯，五天后中午送公司", _bulk(["杨梅冰"], 20, THU + "12:00:00", chain="Guming", address_label="office")),
    ("喜茶芝芝莓莓十八杯，后儿上半天十点送公司", _bulk(["芝芝莓莓"], 18, MON + "10:00:00", chain="Heytea", address_label="office")),
    # reschedules: ordinal days in words, spans from today, parts of the day in images
    ("push ord_k1 back to the twenty-seventh, in the morning", _moved("ord_k1", date(2026, 11, 27), "morning")),
    ("could ord_s4 come on the 3rd of next month, afternoon", _moved("ord_s4", date(2026, 12, 3), "afternoon")),
    ("deliver ord_h3 a week on Tuesday, evening", _moved("ord_h3", date(2026, 12, 1), "evening")),
    ("move ord_b2 to four days from now, morning", _moved("ord_b2", date(2026, 11, 25), "morning")),
    ("bring ord_k1 in a fortnight, in the afternoon", _moved("ord_k1", date(2026, 12, 5), "afternoon")),
    ("reschedule ord_s4 to Tuesday week, morning", _moved("ord_s4", date(2026, 12, 1), "morning")),
    ("can ord_b2 come in two days' time, in the evening", _moved("ord_b2", date(2026, 11, 23), "evening")),
    ("can ord_h3 come at sundown on Wednesday", _moved("ord_h3", date(2026, 11, 25), "evening")),
    ("move ord_k1 to the twenty-ninth at dusk", _moved("ord_k1", date(2026, 11, 29), "evening")),
    ("move the headphones to the evening of the twenty-eighth", _moved("ord_h3", date(2026, 11, 28), "evening")),
    ("shift the running shoes to the afternoon two days from now", _moved("ord_s4", date(2026, 11, 23), "afternoon")),
    ("ord_k1改到四天后下午送", _moved("ord_k1", date(2026, 11, 25), "afternoon")),
    ("ord_s4改到11月廿八傍晚", _moved("ord_s4", date(2026, 11, 28), "evening")),
    ("ord_h3改成两个礼拜后的上午", _moved("ord_h3", date(2026, 12, 5), "morning")),
    ("ord_b2改到礼拜三过晌", _moved("ord_b2", date(2026, 11, 25), "afternoon")),
    ("把ord_k1改到明儿擦黑送", _moved("ord_k1", date(2026, 11, 22), "evening")),
    ("ord_s4改到后儿上半天", _moved("ord_s4", date(2026, 11, 23), "morning")),
    ("ord_b2改到半个月后的下午", _moved("ord_b2", date(2026, 12, 6), "afternoon")),
    ("ord_h3改到下礼拜四傍黑儿送", _moved("ord_h3", date(2026, 11, 26), "evening")),
    # watches: how long, said in other words
    ("keep an eye on the DJI Mini 4 Pro, alert me under 4000, over a period of forty (40) days",
     _watch(["DJI Mini 4 Pro"], 400000, days=40)),
    ("track the Kindle Oasis below 1500 for a month and a half", _watch(["Kindle Oasis"], 150000, days=45)),
    ("iPad mini降到三千提醒我，盯一个半月", _watch(["iPad mini"], 300000, days=45)),
    ("小米手环降到两百通知我，盯仨礼拜", _watch(["小米手环", "Xiaomi band"], 20000, days=21)),
    ("戴森吸尘器降到两千告诉我，盯半年", _watch(["戴森吸尘器"], 200000, days=180)),
    ("佳能相机降到五千提醒我，看俩月", _watch(["佳能相机"], 500000, days=60)),
    # watches: how often, said in other words
    ("watch the Garmin Fenix 8 and tell me under 5000, check every other day",
     _watch(["Garmin Fenix 8"], 500000, interval_hours=48.0)),
    ("keep tabs on the Steam Deck OLED, ping me below 2800, three times a day",
     _watch(["Steam Deck OLED"], 280000, interval_hours=8.0)),
    ("tell me when the Bose SoundLink Max drops under 2000, check it twice weekly",
     _watch(["Bose SoundLink Max"], 200000, interval_hours=84.0)),
    ("Sonos Era 100: three times a day check; under 1300 tell me", _watch(["Sonos Era 100"], 130000, interval_hours=8.0)),
    ("华为手表降到一千五提醒我，一天看三回", _watch(["华为手表", "Huawei watch"], 150000, interval_hours=8.0)),
    ("苹果手表降到两千提醒我，隔天看一次", _watch(["苹果手表", "Apple watch"], 200000, interval_hours=48.0)),
    ("羽绒服降到五百通知我，早晚各看一次", _watch(["羽绒服"], 50000, interval_hours=12.0)),
    # controls: forms the readers already knew, which must keep their reading
    ("order 12 milk teas from Mixue to the office by half past two",
     _bulk(["milk teas", "milk tea"], 12, T + "14:30:00", chain="Mixue", address_label="office")),
    ("蜜雪冰城珍珠奶茶二十杯，大后天下午三点送公司", _bulk(["珍珠奶茶", "pearl milk tea"], 20, TUE + "15:00:00", chain="Mixue", address_label="office")),
    ("奈雪宝藏茶十杯，12月初二上午十点送公司", _bulk(["宝藏茶"], 10, "2026-12-02T10:00:00", chain="Nayuki", address_label="office")),
    ("move ord_b2 to the 26th, afternoon", _moved("ord_b2", date(2026, 11, 26), "afternoon")),
    ("reschedule ord_s4 to first thing Monday", _moved("ord_s4", date(2026, 11, 23), "morning")),
    ("ord_b2改到后天下午", _moved("ord_b2", date(2026, 11, 23), "afternoon")),
    ("watch the AirPods 4 under 900, for 10 days", _watch(["AirPods 4"], 90000, days=10)),
    ("watch the Sony A7C II, tell me under 11000, for six weeks", _watch(["Sony A7C II"], 1100000, days=42)),
    ("索尼耳机降到一千八提醒我，每天看一次", _watch(["索尼耳机", "Sony headphones"], 180000, interval_hours=24.0)),
    ("track the Fujifilm X100VI under 9000, check once a week", _watch(["Fujifilm X100VI"], 900000, interval_hours=168.0)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # a clock no dial shows, a date no month holds
    ("move ord_b2 to tomorrow at 27:00", ASK),
    ("ord_k1改到后天下午26点", ASK),
    ("ord_h3改到明天14:80", ASK),
    ("20 lattes from Luckin to the office by 9:65 tomorrow", ASK),
    ("move ord_s4 to November the thirty-first", ASK),
    ("蜜雪冰城奶茶三十杯，11月卅一下午送公司", ASK),
    # a time already past today, said in these words
    ("蜜雪冰城柠檬水二十杯，今儿清早八点送公司", ASK),
    ("Luckin americano x 20 to the office, today at quarter past eight", ASK),
    ("HeyTea grape cheese tea x 18 to the office, 0715 today", ASK),
    ("喜茶多肉葡萄二十杯，今天一大早送公司", ASK),
    ("ord_k1改到昨儿下午", ASK),
]
