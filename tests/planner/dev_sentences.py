"""A development set for the offline planner, written as new shoppers speak and apart from the training
table (offline_table.py): other words, other orders of words, typos, terse and polite forms, both languages.

It is scored by ``bench/planner_eval.py`` and ``test_dev_set.py``. Same clock as the table: Saturday
2026-11-21 10:00 in Shanghai (tomorrow is Sunday the 22nd, Monday is the 23rd). The recent orders are the
table's three plus ord_s4, a pair of running shoes.

Each case is (expected kind, sentence, expected fields); a clarify case may name the facts it must ask for.
"""

from __future__ import annotations

from datetime import date
from typing import Any

T = "2026-11-21T"
M = "2026-11-22T"  # tomorrow
SUN, MON, TUE, WED, THU, FRI = (date(2026, 11, d) for d in (22, 23, 24, 25, 26, 27))
TODAY = date(2026, 11, 21)

DEV_ORDERS: list[dict[str, Any]] = [
    {"order_id": "ord_k1", "items": [{"product_id": "prd-00012", "title": "Midea 1.7L Stainless Electric Kettle"}]},
    {"order_id": "ord_b2", "items": [{"product_id": "prd-00001", "title": "Nanfu Alkaline AA Batteries, 12-Pack"}]},
    {"order_id": "ord_h3", "items": [
        {"product_id": "prd-00011", "title": "Sony WH-1000XM5 Wireless Noise Cancelling Headphones"},
        {"product_id": "prd-00014", "title": "Bear Glass Electric Kettle 1.8L"}]},
    {"order_id": "ord_s4", "items": [{"product_id": "prd-00031", "title": "Li-Ning Men's Running Shoes, Size 42"}]},
]

BUY: list[tuple[str, dict[str, Any]]] = [
    ("Can you order me a pair of running shoes under 400 yuan?", {"query": "running shoes", "quantity": 1, "max_unit_price": 40000}),
    ("I need a dozen eggs delivered home", {"query": "eggs", "quantity": 12, "address_label": "home"}),
    ("get 3 packs of tissues, max 20 rmb each", {"query": "tissues", "quantity": 3, "max_unit_price": 2000}),
    ("pls buy a phone case for iPhone 16 under 60 yuan", {"query": "phone case for iPhone 16", "quantity": 1, "max_unit_price": 6000}),
    ("buy two USB-C chargers, 150 yuan total", {"query": "USB-C chargers", "quantity": 2, "max_total": 15000, "max_unit_price": None}),
    ("order 6 bottles of mineral water for the office", {"query": "mineral water", "quantity": 6, "address_label": "office"}),
    ("I'd like to buy a yoga mat, budget 120", {"query": "yoga mat", "quantity": 1, "max_unit_price": 12000}),
    ("buy a Xiaomi power bank, not more than ¥199", {"query": "Xiaomi power bank", "max_unit_price": 19900}),
    ("buy half a dozen AA batteries", {"query": "AA batteries", "quantity": 6}),
    ("get me a couple of notebooks", {"query": "notebooks", "quantity": 2}),
    ("buy a bag of rice under 60 yuan", {"query": "rice", "quantity": 1, "max_unit_price": 6000}),
    ("buy two pairs of socks", {"query": "socks", "quantity": 2}),
    ("need a new desk lamp for work, under 200", {"query": "desk lamp", "max_unit_price": 20000, "address_label": "office"}),
    ("could u buy 2 bottles of shampoo pls", {"query": "shampoo", "quantity": 2}),
    ("Order a Bear electric kettle, deliver to home, max 120 yuan", {"query": "Bear electric kettle", "max_unit_price": 12000, "address_label": "home"}),
    ("I want to buy three cans of cola", {"query": "cola", "quantity": 3}),
    ("buy an umbrella please", {"query": "umbrella", "quantity": 1}),
    ("get 10 AAA batteries, no more than 3 yuan a piece", {"query": "AAA batteries", "quantity": 10, "max_unit_price": 300}),
    ("buy two phone chargers for under 100 yuan in total", {"query": "phone chargers", "quantity": 2, "max_total": 10000}),
    ("Please purchase a wireless keyboard under ¥250 for the office.", {"query": "wireless keyboard", "max_unit_price": 25000, "address_label": "office"}),
    ("buy 2 Sony WH-1000XM5", {"query": "Sony WH-1000XM5", "quantity": 2}),
    ("I would like two pairs of socks delivered to the office", {"query": "socks", "quantity": 2, "address_label": "office"}),
    ("buy toothpaste", {"query": "toothpaste", "quantity": 1}),
    ("hey, can you get me 4 rolls of kitchen paper?", {"query": "kitchen paper", "quantity": 4}),
    ("帮我买一双跑步鞋，400元以内", {"query": "running shoes", "quantity": 1, "max_unit_price": 40000}),
    ("买俩充电宝", {"query": "power bank", "quantity": 2}),
    ("来一打鸡蛋", {"query": "eggs", "quantity": 12}),
    ("我想买两包纸巾，每包不超过10块", {"query": "tissues", "quantity": 2, "max_unit_price": 1000}),
    ("帮我订三瓶矿泉水送到公司", {"query": "mineral water", "quantity": 3, "address_label": "office"}),
    ("买一个iPhone 16手机壳，60元以内", {"query": "iPhone 16 phone case", "quantity": 1, "max_unit_price": 6000}),
    ("给我买两副耳机，一共300元以内", {"query": "headphones", "quantity": 2, "max_total": 30000}),
    ("我要一个台灯", {"query": "desk lamp", "quantity": 1}),
]

BULK: list[tuple[str, dict[str, Any]]] = [
    ("Can you get 25 milk teas to the office by 3pm?", {"item": "milk teas", "quantity": 25, "address_label": "office", "deliver_by": T + "15:00:00+08:00"}),
    ("we need twenty coffees at the office around 2", {"item": "coffees", "quantity": 20, "deliver_by": T + "14:00:00+08:00"}),
    ("order thirty cups of bubble tea from Heytea for tomorrow afternoon", {"item": "bubble tea", "quantity": 30, "chain": "Heytea", "deliver_by": M + "15:00:00+08:00"}),
    ("12 iced lattes, no sugar, by 11am", {"item": "iced lattes", "quantity": 12, "options": {"sugar": "none"}, "deliver_by": T + "11:00:00+08:00"}),
    ("get 40 cups of fruit tea for the team meeting at 4pm, less ice", {"item": "fruit tea", "quantity": 40, "options": {"ice": "less"}, "deliver_by": T + "16:00:00+08:00"}),
    ("order a dozen lattes from Luckin to the office", {"item": "lattes", "quantity": 12, "chain": "Luckin"}),
    ("15 hot americanos to the office at 9 tomorrow morning", {"item": "americanos", "quantity": 15, "options": {"ice": "hot"}, "deliver_by": M + "09:00:00+08:00"}),
    ("order fifty milk teas, half sugar, under 15 yuan per cup", {"item": "milk teas", "quantity": 50, "options": {"sugar": "half"}, "max_total": 75000}),
    ("10 cups of coffee for my home tonight", {"item": "coffee", "quantity": 10, "address_label": "home", "deliver_by": T + "19:00:00+08:00"}),
    ("Order 20 cups of milk tea from CoCo, delivered to the office at 3:30 pm", {"item": "milk tea", "quantity": 20, "chain": "CoCo", "deliver_by": T + "15:30:00+08:00"}),
    ("thirty bubble teas from the closest Nayuki branch by 5", {"item": "bubble teas", "quantity": 30, "chain": "Nayuki", "deliver_by": T + "17:00:00+08:00"}),
    ("下午四点前送三十杯奶茶到公司", {"item": "milk tea", "quantity": 30, "address_label": "office", "deliver_by": T + "16:00:00+08:00"}),
    ("帮我点二十杯瑞幸拿铁，明天上午九点送到办公室", {"item": "latte", "quantity": 20, "chain": "Luckin", "deliver_by": M + "09:00:00+08:00"}),
    ("订四十杯奶茶，少冰，每杯不超过18元", {"item": "milk tea", "quantity": 40, "options": {"ice": "less"}, "max_total": 72000}),
    ("来二十五杯柠檬茶，送到公司，下午三点", {"item": "lemon tea", "quantity": 25, "address_label": "office", "deliver_by": T + "15:00:00+08:00"}),
    ("两杯咖啡送到家", {"item": "coffee", "quantity": 2, "address_label": "home"}),
    ("order 700 coffees", {"kind": "clarify", "missing": ["quantity"]}),
    ("get coffee for the whole office at 3", {"kind": "clarify", "missing": ["quantity"]}),
]

RETURNS: list[tuple[str, dict[str, Any]]] = [
    ("I want to return the kettle from order ord_k1, it leaks", {"order_id": "ord_k1", "reason": "damaged"}),
    ("the batteries I bought don't work, can I get my money back?", {"order_id": "ord_b2", "reason": "damaged"}),
    ("send back the Sony headphones, they're not what was advertised", {"order_id": "ord_h3", "product_id": "prd-00011", "reason": "not_as_described"}),
    ("return my running shoes, they're too small", {"order_id": "ord_s4", "reason": "wrong_item"}),
    ("退货，鞋子太小了", {"order_id": "ord_s4", "reason": "wrong_item"}),
    ("耳机坏了，申请退款", {"order_id": "ord_h3", "product_id": "prd-00011", "reason": "damaged"}),
    ("i wanna return order ord_b2", {"order_id": "ord_b2", "reason": "other"}),
    ("Refund please — the kettle from my latest order is dented", {"order_id": "ord_k1", "reason": "damaged"}),
    ("the Bear kettle arrived scratched, return it", {"order_id": "ord_h3", "product_id": "prd-00014", "reason": "damaged"}),
    ("I don't need the batteries anymore, return them", {"order_id": "ord_b2", "reason": "changed_mind"}),
    ("can I return something?", {"kind": "clarify", "missing": ["order_id"]}),
    ("I want to return the kettle", {"kind": "clarify", "missing": ["order_id"]}),
    ("return the headphones, wrong colour", {"order_id": "ord_h3", "product_id": "prd-00011", "reason": "wrong_item"}),
    ("这双鞋不合适，想退", {"order_id": "ord_s4", "reason": "wrong_item"}),
    ("订单 ord_k1 的水壶漏水，退货", {"order_id": "ord_k1", "reason": "damaged"}),
    ("the midea kettel stopped working", {"order_id": "ord_k1", "reason": "damaged"}),
    ("return ord_h3, i changed my mind", {"order_id": "ord_h3", "reason": "changed_mind"}),
    ("I'd like to send back the shoes I ordered", {"order_id": "ord_s4", "reason": "other"}),
    ("电池是假货，要退款", {"order_id": "ord_b2", "reason": "not_as_described"}),
    ("refund the nanfu batteries pls, they leaked", {"order_id": "ord_b2", "reason": "damaged"}),
]

WATCH: list[tuple[str, dict[str, Any]]] = [
    ("let me know if the Sony WH-1000XM5 gets cheaper than 1800 yuan", {"query": "Sony WH-1000XM5", "target_price": 180000, "buy_when_met": False}),
    ("keep an eye on AirPods Pro prices for two weeks and tell me if they drop under ¥1500", {"query": "AirPods Pro", "target_price": 150000, "days": 14}),
    ("ping me when Xiaomi kettle is below 99 yuan", {"query": "Xiaomi kettle", "target_price": 9900}),
    ("if the Midea kettle drops to 70 yuan, buy it", {"query": "Midea kettle", "target_price": 7000, "buy_when_met": True}),
    ("watch iPhone 16 price for a month, alert me under 5000", {"query": "iPhone 16", "target_price": 500000, "days": 30}),
    ("notify me if the yoga mat goes on sale below ¥60", {"query": "yoga mat", "target_price": 6000}),
    ("monitor the price of Nanfu AA batteries, tell me under 25 rmb", {"query": "Nanfu AA batteries", "target_price": 2500}),
    ("buy the Bear glass kettle once it's under 50 yuan", {"query": "Bear glass kettle", "target_price": 5000, "buy_when_met": True}),
    ("can you watch the Dyson V12 for 3 weeks and buy it if it's under 3000 yuan", {"query": "Dyson V12", "target_price": 300000, "days": 21, "buy_when_met": True}),
    ("keep an eye on the Sony headphones", {"kind": "clarify", "missing": ["target_price"]}),
    ("tell me when it gets cheaper", {"kind": "clarify"}),
    ("iPad降到3000元告诉我", {"query": "iPad", "target_price": 300000}),
    ("帮我关注一下小米手环的价格，低于200元就买", {"query": "Xiaomi band", "target_price": 20000, "buy_when_met": True}),
    ("盯一下索尼耳机，两周内降到1600就告诉我", {"query": "Sony headphones", "target_price": 160000, "days": 14, "buy_when_met": False}),
    ("美的水壶便宜到60块就帮我买", {"query": "Midea kettle", "target_price": 6000, "buy_when_met": True}),
    ("watch AA batteries, buy if under ¥15", {"query": "AA batteries", "target_price": 1500, "buy_when_met": True}),
    ("Track Sony WH-1000XM6 for 10 days, target price 2100 yuan", {"query": "Sony WH-1000XM6", "target_price": 210000, "days": 10}),
    ("let me know when the desk lamp falls below ¥100 within the next 2 weeks", {"query": "desk lamp", "target_price": 10000, "days": 14}),
    ("tell me if the price of the Xiaomi kettle drops below 110 yuan", {"query": "Xiaomi kettle", "target_price": 11000}),
    ("watch the price of a Sony WH-1000XM5 and grab it at ¥1700", {"query": "Sony WH-1000XM5", "target_price": 170000, "buy_when_met": True}),
]

RESCHEDULE: list[tuple[str, dict[str, Any]]] = [
    ("Can my parcel come tomorrow evening instead?", {"preferred_date": SUN, "preferred_part_of_day": "evening"}),
    ("could you deliver on Monday instead", {"preferred_date": MON}),
    ("I'm not home today, can it come on Tuesday afternoon?", {"preferred_date": TUE, "preferred_part_of_day": "afternoon"}),
    ("move it to Wednesday morning", {"preferred_date": WED, "preferred_part_of_day": "morning"}),
    ("please bring my order on sunday evening rather than today", {"preferred_date": SUN, "preferred_part_of_day": "evening"}),
    ("can ord_k1 arrive the day after tomorrow?", {"order_id": "ord_k1", "preferred_date": MON}),
    ("change delivery time to this afternoon", {"preferred_date": TODAY, "preferred_part_of_day": "afternoon"}),
    ("deliver ord_b2 next Friday instead", {"order_id": "ord_b2", "preferred_date": FRI}),
    ("i'll be out, send it tomorrow morning pls", {"preferred_date": SUN, "preferred_part_of_day": "morning"}),
    ("can the delivery be later, like tonight?", {"preferred_date": TODAY, "preferred_part_of_day": "evening"}),
    ("能不能明天晚上再送", {"preferred_date": SUN, "preferred_part_of_day": "evening"}),
    ("快递改到周三上午", {"preferred_date": WED, "preferred_part_of_day": "morning"}),
    ("我今天不在家，后天送吧", {"preferred_date": MON}),
    ("订单ord_h3能改成下周一下午送吗", {"order_id": "ord_h3", "preferred_date": MON, "preferred_part_of_day": "afternoon"}),
    ("明天上午送可以吗", {"preferred_date": SUN, "preferred_part_of_day": "morning"}),
    ("reschedule pls", {"kind": "clarify", "missing": ["preferred_date"]}),
    ("can it come later?", {"kind": "clarify", "missing": ["preferred_date"]}),
    ("I won't be in on Monday, please deliver Tuesday evening", {"preferred_date": TUE, "preferred_part_of_day": "evening"}),
    ("push my delivery to Thursday", {"preferred_date": THU}),
    ("delivery tomorrow at 7pm instead?", {"preferred_date": SUN, "preferred_part_of_day": "evening"}),
]

QUESTIONS: list[tuple[str, dict[str, Any]]] = [
    ("has my kettle shipped yet?", {"topic": "status"}),
    ("where's my parcel", {"topic": "where"}),
    ("how much did bulk-alice-1234abcd cost?", {"errand_id": "bulk-alice-1234abcd", "topic": "cost"}),
    ("when does ord_b2 arrive?", {"order_id": "ord_b2", "topic": "where"}),
    ("what's going on with my milk tea order", {"topic": "status"}),
    ("我的订单发货了吗", {"topic": "status"}),
    ("奶茶还要多久到", {"topic": "where"}),
    ("is ord_h3 delivered?", {"order_id": "ord_h3", "topic": "status"}),
    ("how much have I paid for buy-alice-0a1b2c3d", {"errand_id": "buy-alice-0a1b2c3d", "topic": "cost"}),
    ("any update on my order?", {"topic": "status"}),
    ("is my coffee on its way?", {"topic": "where"}),
    ("did the return go through?", {"topic": "status"}),
]

OTHER: list[tuple[str, dict[str, Any]]] = [
    ("buy me the cheapest thing you can find", {"missing": ["query"]}),
    ("transfer 500 yuan to my friend", {}),
    ("buy a gun", {}),
    ("cancel my order", {}),
    ("what's 2+2", {}),
    ("buy something for my mom", {"missing": ["query"]}),
    ("get me coffee or tea", {}),
    ("change my password", {}),
    ("帮我订一张去北京的机票", {}),
    ("给我讲个笑话", {}),
    ("approve the quote for me", {}),
    ("buy 10000 batteries", {}),
    ("use my card to pay bob 200", {}),
    ("buy sleeping pills, as many as possible", {}),
    ("return", {"missing": ["order_id"]}),
    ("watch", {}),
    ("make it 3", {}),
    ("I need it", {"missing": ["query"]}),
    ("book a table at a restaurant for 7pm", {}),
    ("随便买点什么", {"missing": ["query"]}),
    ("order 100 iPhones to 12 Nanjing Road", {}),
    ("buy some stuff for the party", {"missing": ["query"]}),
]

KIND_OF_DEV = {"buy": BUY, "bulk_order": BULK, "return": RETURNS, "price_watch": WATCH, "reschedule": RESCHEDULE,
               "question": QUESTIONS, "clarify": OTHER}
