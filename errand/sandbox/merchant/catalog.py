"""Hand-written vocabulary and fixed products the seeder draws from.

The fixed products exist so demos and tests have known targets ("AA batteries" under ¥40, a kettle, the
Sony WH-1000XM6); everything else is generated from the per-category vocabulary below.
"""

from __future__ import annotations

# category -> (brands, nouns, adjectives, price range in fen, attribute choices)
CATEGORIES: dict[str, dict] = {
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

SHOPPERS: list[dict] = [
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
