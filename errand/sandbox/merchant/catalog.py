"""Hand-written vocabulary and fixed products the seeder draws from.

The fixed products exist so demos and tests have known targets ("AA batteries" under ¥40, a kettle, the
Sony WH-1000XM6); everything else is generated from the per-category vocabulary below.
"""

from __future__ import annotations

from typing import Any

# category -> (brands, nouns, adjectives, price range in fen, attribute choices)
CATEGORIES: dict[str, dict[str, Any]] = {
    "batteries": {
        "brands": ["Nanfu", "Duracell", "Energizer", "Panasonic", "GP", "Varta", "Eneloop", "Philips"],
        "nouns": ["AAA Batteries", "9V Battery", "CR2032 Coin Cells", "C Batteries", "D Batteries",
                  "18650 Rechargeable Cells", "Battery Charger", "LR44 Button Cells"],
        "adjectives": ["Alkaline", "Long-Life", "Rechargeable", "Industrial", "Ultra", "Eco"],
        "price": (500, 15000),
        "attrs": {"chemistry": ["alkaline", "lithium", "NiMH"], "shelf_life": ["5 years", "10 years"]},
    },
    "household": {
        "brands": ["Joyoung", "Supor", "Midea", "Lock&Lock", "Scotch-Brite", "Xiaomi Home", "Deli Home"],
        "nouns": ["Storage Box", "Laundry Basket", "Trash Bags", "Mop", "Sponge Set", "Hangers", "Light Bulb",
                  "Extension Cord", "Door Mat", "Paper Towels"],
        "adjectives": ["Heavy-Duty", "Compact", "Foldable", "Eco", "Premium", "Value"],
        "price": (300, 30000),
        "attrs": {"material": ["plastic", "steel", "bamboo", "cotton"], "color": ["white", "grey", "blue"]},
    },
    "electronics": {
        "brands": ["Xiaomi", "Huawei", "Anker", "Baseus", "Ugreen", "TP-Link", "Lenovo", "Sony", "Samsung"],
        "nouns": ["USB-C Charger", "Power Bank", "HDMI Cable", "Wi-Fi Router", "Smart Plug", "Webcam",
                  "Phone Case", "Tablet Stand", "SSD", "Mouse"],
        "adjectives": ["Fast", "Slim", "Pro", "Mini", "Wireless", "Smart"],
        "price": (1500, 250000),
        "attrs": {"connector": ["USB-C", "USB-A", "Lightning"], "warranty": ["1 year", "2 years"]},
    },
    "audio": {
        "brands": ["Sony", "Bose", "Edifier", "JBL", "Sennheiser", "Huawei", "Xiaomi", "Anker Soundcore"],
        "nouns": ["Wireless Earbuds", "Over-Ear Headphones", "Bluetooth Speaker", "Soundbar", "Wired Earphones",
                  "Studio Monitor Headphones"],
        "adjectives": ["Noise Cancelling", "Bass Boost", "Portable", "Hi-Res", "Sport", "Lightweight"],
        "price": (5000, 400000),
        "attrs": {"connectivity": ["Bluetooth 5.3", "Bluetooth 5.0", "wired"], "battery": ["20h", "30h", "40h"]},
    },
    "kitchen": {
        "brands": ["Supor", "Midea", "Joyoung", "Bear", "Tefal", "Zwilling", "Philips"],
        "nouns": ["Rice Cooker", "Frying Pan", "Chef Knife", "Cutting Board", "Air Fryer", "Blender",
                  "Food Container Set", "Wok", "Steamer"],
        "adjectives": ["Non-Stick", "Stainless", "Large", "Compact", "Smart", "Classic"],
        "price": (2000, 150000),
        "attrs": {"capacity": ["1L", "2L", "3L", "5L"], "material": ["stainless steel", "ceramic", "aluminium"]},
    },
    "groceries": {
        "brands": ["Three Squirrels", "Bestore", "Master Kong", "Yili", "Mengniu", "Lee Kum Kee", "Haitian",
                   "Nongfu Spring"],
        "nouns": ["Mixed Nuts", "Instant Noodles", "Milk", "Soy Sauce", "Green Tea", "Mineral Water",
                  "Dried Mango", "Oyster Sauce", "Rice"],
        "adjectives": ["Organic", "Family Size", "Low Sugar", "Classic", "Premium", "Value Pack"],
        "price": (300, 20000),
        "attrs": {"weight": ["250g", "500g", "1kg", "5kg"], "origin": ["Yunnan", "Zhejiang", "Xinjiang"]},
    },
    "beauty": {
        "brands": ["Proya", "Pechoin", "L'Oreal", "Shiseido", "Florasis", "Winona", "Perfect Diary"],
        "nouns": ["Face Cream", "Sunscreen", "Cleanser", "Lipstick", "Serum", "Sheet Masks", "Shampoo"],
        "adjectives": ["Hydrating", "Gentle", "Brightening", "Repair", "Daily", "Travel Size"],
        "price": (1000, 60000),
        "attrs": {"skin_type": ["dry", "oily", "sensitive", "all"], "volume": ["30ml", "50ml", "100ml"]},
    },
    "toys": {
        "brands": ["LEGO", "Keeppley", "Bandai", "Pop Mart", "Hape", "Mattel"],
        "nouns": ["Building Set", "Puzzle", "Plush Toy", "Blind Box Figure", "RC Car", "Board Game"],
        "adjectives": ["Classic", "Creative", "Deluxe", "Mini", "Educational", "Collector's"],
        "price": (1500, 120000),
        "attrs": {"age": ["3+", "6+", "8+", "12+"], "pieces": ["100", "500", "1000"]},
    },
    "sports": {
        "brands": ["Li-Ning", "Anta", "Decathlon", "Xtep", "Yonex", "Nike", "Adidas"],
        "nouns": ["Running Shoes", "Yoga Mat", "Badminton Racket", "Dumbbells", "Jump Rope", "Water Bottle",
                  "Basketball", "Cycling Gloves"],
        "adjectives": ["Lightweight", "Pro", "Training", "Outdoor", "Breathable", "Durable"],
        "price": (1500, 100000),
        "attrs": {"size": ["S", "M", "L", "XL"], "color": ["black", "red", "blue", "white"]},
    },
    "office": {
        "brands": ["Deli", "M&G", "Comix", "Kokuyo", "Pilot", "Muji"],
        "nouns": ["Gel Pens", "Notebook", "Stapler", "A4 Paper", "Sticky Notes", "Desk Organizer",
                  "Highlighters", "File Folders"],
        "adjectives": ["Smooth", "Refillable", "Premium", "Value Pack", "Minimal", "Colorful"],
        "price": (200, 20000),
        "attrs": {"color": ["black", "blue", "assorted"], "count": ["10", "24", "50", "100"]},
    },
    "pet": {
        "brands": ["Royal Canin", "Pedigree", "Whiskas", "Myfoodie", "Petkit", "Navarch"],
        "nouns": ["Cat Food", "Dog Food", "Cat Litter", "Pet Bed", "Chew Toy", "Water Fountain", "Leash"],
        "adjectives": ["Grain-Free", "Indoor", "Puppy", "Senior", "Natural", "Large Breed"],
        "price": (1000, 50000),
        "attrs": {"pet": ["cat", "dog"], "weight": ["1.5kg", "2kg", "5kg", "10kg"]},
    },
}

SELLERS = ["Errand Direct", "Tmall Flagship", "JD Self-Operated", "Pinduoduo Store", "Suning Outlet",
           "Hema Fresh", "Brand Official Store", "Shanghai Trading Co."]

# (brand, label, pack, price fen, rating, reviews, stock); the AA spread tests rely on.
AA_BATTERIES: list[tuple[str, str, int, int, float, int, int]] = [
    ("Nanfu", "Alkaline AA Batteries", 4, 990, 4.7, 52310, 800),
    ("Nanfu", "Alkaline AA Batteries", 8, 1890, 4.8, 48112, 650),
    ("Nanfu", "Alkaline AA Batteries", 12, 2690, 4.8, 30211, 500),
    ("Nanfu", "Alkaline AA Batteries", 24, 4990, 4.7, 20876, 300),
    ("Duracell", "Plus AA Batteries", 4, 1590, 4.6, 18230, 400),
    ("Duracell", "Plus AA Batteries", 8, 2990, 4.7, 15011, 350),
    ("Duracell", "Plus AA Batteries", 12, 3890, 4.6, 9123, 200),
    ("Duracell", "Optimum AA Batteries", 24, 7990, 4.5, 3120, 120),
    ("Energizer", "Max AA Batteries", 4, 1490, 4.5, 11200, 300),
    ("Energizer", "Max AA Batteries", 8, 2790, 4.6, 8800, 260),
    ("Energizer", "Ultimate Lithium AA Batteries", 4, 3990, 4.9, 2301, 150),
    ("Energizer", "Max AA Batteries", 24, 6990, 4.4, 1800, 90),
    ("Panasonic", "Evolta AA Batteries", 8, 2490, 4.4, 6300, 220),
    ("Panasonic", "Alkaline AA Batteries", 12, 3290, 4.3, 4100, 180),
    ("GP", "Super Alkaline AA Batteries", 8, 1690, 4.1, 7020, 400),
    ("GP", "Super Alkaline AA Batteries", 24, 4290, 4.0, 2210, 160),
    ("Eneloop", "Rechargeable AA Batteries", 4, 5990, 4.8, 5230, 100),
    ("Eneloop", "Rechargeable AA Batteries", 8, 7990, 4.8, 2120, 60),
    ("ValuCell", "AA Batteries Economy Pack", 24, 1990, 3.1, 940, 700),
    ("PowerMax", "Heavy Duty AA Batteries", 12, 1190, 2.8, 410, 900),
    ("Kodak", "Xtralife AA Batteries", 8, 1490, 3.4, 1280, 350),
    ("Philips", "LongLife AA Batteries", 4, 900, 3.9, 2004, 500),
]

# Fixed showcase products: (brand, title, category, price fen, rating, reviews, stock, attributes)
SHOWCASE: list[tuple[str, str, str, int, float, int, int, dict[str, str]]] = [
    ("Sony", "Sony WH-1000XM6 Wireless Noise Cancelling Headphones", "audio", 299900, 4.8, 12044, 40,
     {"connectivity": "Bluetooth 5.3", "battery": "30h", "model": "WH-1000XM6"}),
    ("Sony", "Sony WH-1000XM5 Wireless Noise Cancelling Headphones", "audio", 219900, 4.7, 30882, 60,
     {"connectivity": "Bluetooth 5.2", "battery": "30h", "model": "WH-1000XM5"}),
    ("Midea", "Midea 1.7L Stainless Electric Kettle", "kitchen", 8900, 4.6, 20331, 300,
     {"capacity": "1.7L", "material": "stainless steel"}),
    ("Xiaomi Home", "Xiaomi Mijia Thermostatic Electric Kettle 1.5L", "kitchen", 14900, 4.7, 15220, 200,
     {"capacity": "1.5L", "material": "stainless steel"}),
    ("Bear", "Bear Glass Electric Kettle 1.8L", "kitchen", 6900, 4.2, 4410, 150,
     {"capacity": "1.8L", "material": "glass"}),
]

SHOPPERS: list[dict[str, Any]] = [
    {"id": "alice", "name": "Alice Wang", "points": 2500, "addresses": [
        ("home", "Alice Wang", "88 Huaihai Middle Rd, Apt 1201", "Shanghai", "200021", 31.2185, 121.4683),
        ("office", "Alice Wang", "1000 Lujiazui Ring Rd, Floor 23", "Shanghai", "200120", 31.2397, 121.4998),
    ]},
    {"id": "bob", "name": "Bob Li", "points": 0, "addresses": [
        ("home", "Bob Li", "12 Wensan Rd, Unit 5-302", "Hangzhou", "310013", 30.2783, 120.1382),
        ("office", "Bob Li", "969 Wenyi West Rd", "Hangzhou", "311121", 30.2810, 120.0225),
    ]},
    {"id": "chen", "name": "Chen Jing", "points": 12000, "addresses": [
        ("home", "Chen Jing", "55 Yuyuan Rd, Room 8", "Shanghai", "200040", 31.2222, 121.4400),
        ("office", "Chen Jing", "500 Zhangheng Rd", "Shanghai", "201203", 31.2036, 121.5903),
    ]},
    {"id": "dana", "name": "Dana Zhou", "points": 800, "addresses": [
        ("home", "Dana Zhou", "7 Beishan St", "Hangzhou", "310007", 30.2605, 120.1431),
        ("office", "Dana Zhou", "198 Xixi Rd", "Hangzhou", "310030", 30.2741, 120.0860),
    ]},
]

# Devices a phone case, screen protector or charger can be made for; a title names one ("... for iPhone 16").
DEVICES = ["iPhone 15", "iPhone 16", "iPhone 16 Pro", "iPhone 16 Pro Max", "Galaxy S24", "Galaxy S24 Ultra",
           "Pixel 9", "Huawei Mate 60", "Huawei Pura 70", "Xiaomi 14", "Redmi Note 13"]

COLORS = ["black", "white", "red", "blue", "grey", "green", "pink", "clear"]

# Attributes a kind of product really has, beyond its category's: drawn per product and, where a shopper
# would name them ("for iPhone 16", "size 42", "black"), written into the title as shops do.
NOUN_ATTRS: dict[str, dict[str, list[str]]] = {
    "Phone Case": {"compatible": DEVICES, "color": COLORS},
    "USB-C Charger": {"power": ["20W", "30W", "65W", "100W"]},
    "Power Bank": {"capacity": ["5000mAh", "10000mAh", "20000mAh"], "color": ["black", "white"]},
    "SSD": {"storage": ["256GB", "512GB", "1TB", "2TB"]},
    "Mouse": {"color": ["black", "white", "grey", "pink"]},
    "Wireless Earbuds": {"color": ["black", "white", "blue"]},
    "Over-Ear Headphones": {"color": ["black", "white", "grey"]},
    "Bluetooth Speaker": {"color": ["black", "blue", "red"]},
    "Running Shoes": {"size": ["38", "39", "40", "41", "42", "43", "44", "45"], "color": COLORS[:6]},
    "Cycling Gloves": {"size": ["S", "M", "L", "XL"]},
    "Water Bottle": {"capacity": ["500ml", "750ml", "1L"], "color": COLORS[:7]},
    "Yoga Mat": {"color": ["black", "blue", "pink", "green", "grey"]},
    "Frying Pan": {"size": ["24cm", "28cm", "32cm"]},
    "Wok": {"size": ["30cm", "32cm", "34cm"]},
    "Rice Cooker": {"capacity": ["2L", "3L", "4L", "5L"]},
    "Cat Food": {"pet": ["cat"]},
    "Cat Litter": {"pet": ["cat"]},
    "Dog Food": {"pet": ["dog"]},
    "Mineral Water": {"volume": ["550ml", "1.5L", "5L"]},
    "Milk": {"volume": ["250ml", "1L"]},
    "Soy Sauce": {"volume": ["500ml", "1.8L"]},
}
"""Which of these a title names (the rest are left to the product's detail)."""
TITLE_ATTRS = ("compatible", "capacity", "storage", "power", "size", "volume")

# Chinese names the shoppers use, indexed beside the English ones (segmented into words when seeded).
NOUNS_ZH: dict[str, str] = {
    "AAA Batteries": "七号电池", "9V Battery": "9V电池", "CR2032 Coin Cells": "纽扣电池", "C Batteries": "二号电池",
    "D Batteries": "一号电池", "18650 Rechargeable Cells": "充电锂电池", "Battery Charger": "电池充电器",
    "LR44 Button Cells": "纽扣电池", "Storage Box": "收纳箱", "Laundry Basket": "脏衣篮", "Trash Bags": "垃圾袋",
    "Mop": "拖把", "Sponge Set": "海绵", "Hangers": "衣架", "Light Bulb": "灯泡", "Extension Cord": "插线板",
    "Door Mat": "地垫", "Paper Towels": "厨房纸巾", "USB-C Charger": "充电器", "Power Bank": "充电宝",
    "HDMI Cable": "数据线", "Wi-Fi Router": "无线路由器", "Smart Plug": "智能插座", "Webcam": "摄像头",
    "Phone Case": "手机壳", "Tablet Stand": "平板支架", "SSD": "固态硬盘", "Mouse": "鼠标",
    "Wireless Earbuds": "无线耳机", "Over-Ear Headphones": "头戴式耳机", "Bluetooth Speaker": "蓝牙音箱",
    "Soundbar": "回音壁", "Wired Earphones": "有线耳机", "Studio Monitor Headphones": "监听耳机",
    "Rice Cooker": "电饭煲", "Frying Pan": "平底锅", "Chef Knife": "菜刀", "Cutting Board": "砧板",
    "Air Fryer": "空气炸锅", "Blender": "破壁机", "Food Container Set": "保鲜盒", "Wok": "炒锅", "Steamer": "蒸锅",
    "Mixed Nuts": "每日坚果", "Instant Noodles": "方便面", "Milk": "牛奶", "Soy Sauce": "酱油", "Green Tea": "绿茶",
    "Mineral Water": "矿泉水", "Dried Mango": "芒果干", "Oyster Sauce": "蚝油", "Rice": "大米",
    "Face Cream": "面霜", "Sunscreen": "防晒霜", "Cleanser": "洗面奶", "Lipstick": "口红", "Serum": "精华液",
    "Sheet Masks": "面膜", "Shampoo": "洗发水", "Building Set": "积木", "Puzzle": "拼图", "Plush Toy": "毛绒玩具",
    "Blind Box Figure": "盲盒", "RC Car": "遥控车", "Board Game": "桌游", "Running Shoes": "跑步鞋",
    "Yoga Mat": "瑜伽垫", "Badminton Racket": "羽毛球拍", "Dumbbells": "哑铃", "Jump Rope": "跳绳",
    "Water Bottle": "运动水杯", "Basketball": "篮球", "Cycling Gloves": "骑行手套", "Gel Pens": "中性笔",
    "Notebook": "笔记本", "Stapler": "订书机", "A4 Paper": "A4纸", "Sticky Notes": "便利贴",
    "Desk Organizer": "桌面收纳", "Highlighters": "荧光笔", "File Folders": "文件夹", "Cat Food": "猫粮",
    "Dog Food": "狗粮", "Cat Litter": "猫砂", "Pet Bed": "宠物窝", "Chew Toy": "磨牙玩具", "Water Fountain": "饮水机",
    "Leash": "牵引绳", "AA Batteries": "五号电池", "Electric Kettle": "电热水壶", "Headphones": "耳机",
    "Ceramic Travel Mug": "陶瓷杯",
}
BRANDS_ZH: dict[str, str] = {
    "Nanfu": "南孚", "Xiaomi": "小米", "Xiaomi Home": "米家", "Huawei": "华为", "Midea": "美的", "Supor": "苏泊尔",
    "Joyoung": "九阳", "Bear": "小熊", "Sony": "索尼", "Li-Ning": "李宁", "Anta": "安踏", "Deli": "得力",
    "Three Squirrels": "三只松鼠", "Bestore": "良品铺子", "Master Kong": "康师傅", "Yili": "伊利", "Mengniu": "蒙牛",
    "Nongfu Spring": "农夫山泉", "Haitian": "海天", "Lee Kum Kee": "李锦记", "Proya": "珀莱雅", "Pechoin": "百雀羚",
    "Florasis": "花西子", "Winona": "薇诺娜", "Perfect Diary": "完美日记", "Lenovo": "联想", "Samsung": "三星",
    "Pop Mart": "泡泡玛特", "Xtep": "特步", "M&G": "晨光", "Royal Canin": "皇家", "Duracell": "金霸王",
}
COLORS_ZH: dict[str, str] = {"black": "黑色", "white": "白色", "red": "红色", "blue": "蓝色", "grey": "灰色",
                             "green": "绿色", "pink": "粉色", "clear": "透明"}
