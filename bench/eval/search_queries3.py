"""The third independent judged evaluation set for catalogue discovery: queries as shoppers type them.

How it was written: by hand, apart from the search code, after the first two discovery sets
(bench/eval/search_queries.py, bench/eval/search_queries2.py). Its author read only the second set (for its
format, conventions and docstring), bench/eval/judging.py (what a predicate means) and the catalogue
generator (errand/sandbox/merchant/catalog.py, errand/sandbox/seed.py) to learn which categories, products,
brands, attributes and Chinese names exist in a seed-7 catalogue of 20,000 products, and the search check
in bench/eval/check_sets.py to build that catalogue the same way; the first set's queries were listed only to
avoid repeating them. The search code, its query parsing, its spelling correction, its
synonyms and the search development queries were not read, and neither the search nor bench/search_eval.py
was run on these queries. Each judgment was checked against the generated seed-7 catalogue
(``generate_products(7, 20_000)``, as ``bench/eval/check_sets.py`` builds it) with
``bench.eval.judging.relevance``: exact products exist for "match", only near ones for "close", nothing for
"no_match" and "ask". No query repeats or nearly repeats one of the first two sets (difflib ratio below 0.85
against every one of them) or another query of this set.

It asks for what the first two sets ask for, in new words and mostly about other products (webcams, smart
plugs, tablet stands, 9V and D cells, battery chargers, soundbars, wired and studio headphones, steamers,
food containers, blenders, chef knives, mops, sponges, light bulbs, dried mango, mixed nuts, noodles, oyster
sauce, cleansers, lipsticks, sheet masks, plush toys, blind boxes, board games, jump ropes, basketballs,
dumbbells, sticky notes, A4 paper, file folders, pet beds, chew toys, leashes): attributes in words (colour,
size, capacity, wattage, storage, connector, warranty, battery life, skin type, age, pieces, origin,
material, "for Pixel 9"), brands in English and Chinese (also Chinese brand names the catalogue does not
list beside the English one: 漫步者, 双立人, 松下, 飞利浦, 迪卡侬, 百乐, 齐心, 宝路, 耐威克, 麦富迪, 美泰), units
written several ways ("256 gig", "1 terabyte", "2T"; "一万毫安"; "2 liters", "五升", "1000ml", "一点八升",
"250毫升"; "32 centimetres", "30厘米"; "5 kilo", "1公斤"), budgets ("under 30 yuan", "under 50 kuai", "up to 500 CNY",
"预算三百以内", "5块钱以内", "¥50"), typos ("routter", "stapller", "shampo", "steemer", "highliter",
"basketbal"), word order, plurals, the words shoppers use where the catalogue says something else
("cover", "skillet", "bin bags", "still water", "moisturiser", "teddy bear", "desk tidy", "充电头", "插排",
"菜板", "泡面", "猫窝", "遛狗绳", "收纳盒", "油皮", "大号电池"), Chinese product words that need segmenting
("小米智能插座", "宝路狗粮", "三星S24Ultra手机套"), English mixed into Chinese ("Anker 充电宝 10000mAh"),
negations the predicates can express ("not black", "不要黑色": every other colour the product comes in),
long descriptive requests, requests phrased as an agent passes them on ("The user is asking for ...",
"客户说要买 ..."), things the catalogue does not sell, requests too vague to search, and requests nothing
meets in full though near products exist (a brand not sold, a size, capacity, colour, pack or budget the
catalogue lacks).

THIS SET MUST NEVER BE USED TO WRITE RULES: no synonym, translation, stop word or special case may be
added because a query here needs it. It measures discovery afterwards; a rule written from it makes the
score meaningless. Fix general mechanisms (segmentation, stemming, unit normalisation, ranking) and measure.

Each case:

* ``query``: the shopper's text; ``lang``: "en" or "zh" (any Chinese character makes it "zh").
* ``relevant``: a predicate over catalogue products (seed 7, 20,000 products) naming the products that
  answer the query exactly (grade 2); ``near``: optionally, products that are close but miss something the
  shopper said (over the budget, another size, another brand), grade 1. ``bench.eval.judging.relevance``
  applies both; the predicate keys are documented there.
* ``outcome``: "match" (exact products exist and should rank first), "close" (nothing meets every wish but
  the ``near`` products are close: the errand should offer them and say what did not fit, as a question),
  "no_match" (the catalogue has nothing close: an honest "no match"), "ask" (too vague to search: ask).
* ``expect_match``: False only where the catalogue genuinely has nothing close ("no_match" and "ask").

Conventions, as in the first two sets: a budget bounds the listed price of the product as sold (a pack's
price), inclusive; "under 30 yuan" means ¥30 or less. A size, colour, capacity, skin type, age or pack the
shopper names is a must; a wish the catalogue cannot express ("for a watch", "jasmine", "cheapest first")
is not judged. A named brand is a must, and the same kind of product from another brand is near (where the
shopper also names a size or colour, the near products are the named brand's in another size or colour, as
in the second set). A brand the catalogue does not sell (Logitech, Lululemon, 公牛) makes the request
"close". A device a case is made for is a must. "Not black" means any colour the product comes in but black.
"""

from __future__ import annotations

from typing import Any

Query = dict[str, Any]


def _q(query: str, relevant: dict[str, Any] | None, *, near: dict[str, Any] | None = None,
       outcome: str = "match") -> Query:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in query) else "en"
    return {"query": query, "lang": lang, "relevant": relevant, "near": near, "outcome": outcome,
            "expect_match": outcome in ("match", "close")}


# electronics
WEBCAM = {"category": "electronics", "title_any": ["Webcam"]}
SMART_PLUG = {"category": "electronics", "title_any": ["Smart Plug"]}
HDMI = {"category": "electronics", "title_any": ["HDMI Cable"]}
TABLET_STAND = {"category": "electronics", "title_any": ["Tablet Stand"]}
ROUTER = {"category": "electronics", "title_any": ["Wi-Fi Router"]}
PHONE_CASE = {"category": "electronics", "title_any": ["Phone Case"]}
CHARGER = {"category": "electronics", "title_any": ["USB-C Charger"]}
POWER_BANK = {"category": "electronics", "title_any": ["Power Bank"]}
SSD = {"category": "electronics", "title_any": ["SSD"]}
MOUSE = {"category": "electronics", "title_any": ["Mouse"]}
# batteries
NINE_V = {"category": "batteries", "title_any": ["9V Battery"]}
CELLS_18650 = {"category": "batteries", "title_any": ["18650"]}
BATTERY_CHARGER = {"category": "batteries", "title_any": ["Battery Charger"]}
D_CELLS = {"category": "batteries", "title_any": ["D Batteries"]}
C_CELLS = {"category": "batteries", "title_any": ["C Batteries"]}
LR44 = {"category": "batteries", "title_any": ["LR44"]}
AAA = {"category": "batteries", "title_any": ["AAA Batteries"]}
AA = {"category": "batteries", "attrs": {"size": "AA"}}
# audio
EARBUDS = {"category": "audio", "title_any": ["Wireless Earbuds"]}
SPEAKER = {"category": "audio", "title_any": ["Bluetooth Speaker"]}
SOUNDBAR = {"category": "audio", "title_any": ["Soundbar"]}
WIRED = {"category": "audio", "title_any": ["Wired Earphones"]}
STUDIO = {"category": "audio", "title_any": ["Studio Monitor Headphones"]}
OVER_EAR = {"category": "audio", "title_any": ["Over-Ear Headphones", "WH-1000XM"]}
# kitchen
KNIFE = {"category": "kitchen", "title_any": ["Chef Knife"]}
STEAMER = {"category": "kitchen", "title_any": ["Steamer"]}
CONTAINERS = {"category": "kitchen", "title_any": ["Food Container Set"]}
BLENDER = {"category": "kitchen", "title_any": ["Blender"]}
FRYING_PAN = {"category": "kitchen", "title_any": ["Frying Pan"]}
WOK = {"category": "kitchen", "title_any": ["Wok"]}
AIR_FRYER = {"category": "kitchen", "title_any": ["Air Fryer"]}
CUTTING_BOARD = {"category": "kitchen", "title_any": ["Cutting Board"]}
RICE_COOKER = {"category": "kitchen", "title_any": ["Rice Cooker"]}
KETTLE = {"title_any": ["Kettle"]}
# household
MOP = {"category": "household", "title_any": ["Mop"]}
SPONGES = {"category": "household", "title_any": ["Sponge Set"]}
HANGERS = {"category": "household", "title_any": ["Hangers"]}
EXTENSION = {"category": "household", "title_any": ["Extension Cord"]}
BULB = {"category": "household", "title_any": ["Light Bulb"]}
TRASH_BAGS = {"category": "household", "title_any": ["Trash Bags"]}
PAPER_TOWELS = {"category": "household", "title_any": ["Paper Towels"]}
STORAGE_BOX = {"category": "household", "title_any": ["Storage Box"]}
DOOR_MAT = {"category": "household", "title_any": ["Door Mat"]}
LAUNDRY_BASKET = {"category": "household", "title_any": ["Laundry Basket"]}
# groceries
MANGO = {"category": "groceries", "title_any": ["Dried Mango"]}
NUTS = {"category": "groceries", "title_any": ["Mixed Nuts"]}
NOODLES = {"category": "groceries", "title_any": ["Instant Noodles"]}
OYSTER = {"category": "groceries", "title_any": ["Oyster Sauce"]}
SOY_SAUCE = {"category": "groceries", "title_any": ["Soy Sauce"]}
GREEN_TEA = {"category": "groceries", "title_any": ["Green Tea"]}
MILK = {"category": "groceries", "title_any": ["Milk"]}
WATER = {"category": "groceries", "title_any": ["Mineral Water"]}
RICE = {"category": "groceries", "title_any": ["Rice"]}
# beauty
CLEANSER = {"category": "beauty", "title_any": ["Cleanser"]}
LIPSTICK = {"category": "beauty", "title_any": ["Lipstick"]}
MASKS = {"category": "beauty", "title_any": ["Sheet Masks"]}
FACE_CREAM = {"category": "beauty", "title_any": ["Face Cream"]}
SHAMPOO = {"category": "beauty", "title_any": ["Shampoo"]}
SERUM = {"category": "beauty", "title_any": ["Serum"]}
SUNSCREEN = {"category": "beauty", "title_any": ["Sunscreen"]}
# toys
PUZZLE = {"category": "toys", "title_any": ["Puzzle"]}
PLUSH = {"category": "toys", "title_any": ["Plush Toy"]}
BLIND_BOX = {"category": "toys", "title_any": ["Blind Box Figure"]}
RC_CAR = {"category": "toys", "title_any": ["RC Car"]}
BOARD_GAME = {"category": "toys", "title_any": ["Board Game"]}
BUILDING_SET = {"category": "toys", "title_any": ["Building Set"]}
# sports
JUMP_ROPE = {"category": "sports", "title_any": ["Jump Rope"]}
DUMBBELLS = {"category": "sports", "title_any": ["Dumbbells"]}
BASKETBALL = {"category": "sports", "title_any": ["Basketball"]}
RACKET = {"category": "sports", "title_any": ["Badminton Racket"]}
GLOVES = {"category": "sports", "title_any": ["Cycling Gloves"]}
SHOES = {"category": "sports", "title_any": ["Running Shoes"]}
YOGA_MAT = {"category": "sports", "title_any": ["Yoga Mat"]}
BOTTLE = {"category": "sports", "title_any": ["Water Bottle"]}
# office
STAPLER = {"category": "office", "title_any": ["Stapler"]}
A4 = {"category": "office", "title_any": ["A4 Paper"]}
STICKY = {"category": "office", "title_any": ["Sticky Notes"]}
GEL_PENS = {"category": "office", "title_any": ["Gel Pens"]}
HIGHLIGHTERS = {"category": "office", "title_any": ["Highlighters"]}
FOLDERS = {"category": "office", "title_any": ["File Folders"]}
NOTEBOOK = {"category": "office", "title_any": ["Notebook"]}
ORGANIZER = {"category": "office", "title_any": ["Desk Organizer"]}
# pet
PET_BED = {"category": "pet", "title_any": ["Pet Bed"]}
CHEW_TOY = {"category": "pet", "title_any": ["Chew Toy"]}
LEASH = {"category": "pet", "title_any": ["Leash"]}
DOG_FOOD = {"category": "pet", "title_any": ["Dog Food"]}
CAT_FOOD = {"category": "pet", "title_any": ["Cat Food"]}
CAT_LITTER = {"category": "pet", "title_any": ["Cat Litter"]}
FOUNTAIN = {"category": "pet", "title_any": ["Water Fountain"]}


def _with(base: dict[str, Any], **more: Any) -> dict[str, Any]:
    merged = dict(base)
    for key, value in more.items():
        merged[key] = {**merged.get(key, {}), **value} if key == "attrs" else value
    return merged


QUERIES: list[Query] = [
    # electronics: connector, warranty, compatibility, colours with a negation, wattage, capacity, storage
    _q("webcam with usb-c", _with(WEBCAM, attrs={"connector": "USB-C"}), near=WEBCAM),
    _q("联想 摄像头", _with(WEBCAM, brand_any=["Lenovo"]), near=WEBCAM),
    _q("tp-link smart plugs under 30 yuan", _with(SMART_PLUG, brand_any=["TP-Link"], max_price=3000),
       near=_with(SMART_PLUG, brand_any=["TP-Link"])),
    _q("小米智能插座", _with(SMART_PLUG, brand_any=["Xiaomi"]), near=SMART_PLUG),
    _q("hdmi cable with a two year warranty", _with(HDMI, attrs={"warranty": "2 years"}), near=HDMI),
    _q("baseus ipad holder", _with(TABLET_STAND, brand_any=["Baseus"]), near=TABLET_STAND),
    _q("平板支架 三星", _with(TABLET_STAND, brand_any=["Samsung"]), near=TABLET_STAND),
    _q("lenovo wifi routter", _with(ROUTER, brand_any=["Lenovo"]), near=ROUTER),
    _q("Pura 70 phone cover green", _with(PHONE_CASE, attrs={"compatible": "Huawei Pura 70", "color": "green"}),
       near=_with(PHONE_CASE, attrs={"compatible": "Huawei Pura 70"})),
    _q("小米14 透明手机壳", _with(PHONE_CASE, attrs={"compatible": "Xiaomi 14", "color": "clear"}),
       near=_with(PHONE_CASE, attrs={"compatible": "Xiaomi 14"})),
    _q("iphone15 case, not black",
       _with(PHONE_CASE, attrs={"compatible": "iPhone 15",
                                "color": ["white", "red", "blue", "grey", "green", "pink", "clear"]}),
       near=_with(PHONE_CASE, attrs={"compatible": "iPhone 15"})),
    _q("三星S24Ultra手机套 不要黑色",
       _with(PHONE_CASE, attrs={"compatible": "Galaxy S24 Ultra",
                                "color": ["white", "red", "blue", "grey", "green", "pink", "clear"]}),
       near=_with(PHONE_CASE, attrs={"compatible": "Galaxy S24 Ultra"})),
    _q("30 watt usb-c wall charger", _with(CHARGER, attrs={"power": "30W"}), near=CHARGER),
    _q("huawei 65W 充电头", _with(CHARGER, brand_any=["Huawei"], attrs={"power": "65W"}),
       near=_with(CHARGER, brand_any=["Huawei"])),
    _q("5000 mAh power bank in black", _with(POWER_BANK, attrs={"capacity": "5000mAh", "color": "black"}),
       near=_with(POWER_BANK, attrs={"capacity": "5000mAh"})),
    _q("一万毫安 充电宝 白色", _with(POWER_BANK, attrs={"capacity": "10000mAh", "color": "white"}),
       near=_with(POWER_BANK, attrs={"capacity": "10000mAh"})),
    _q("power bank 10000mAh under ¥50", _with(POWER_BANK, attrs={"capacity": "10000mAh"}, max_price=5000),
       near=_with(POWER_BANK, attrs={"capacity": "10000mAh"})),
    _q("256 gig ssd", _with(SSD, attrs={"storage": "256GB"}), near=SSD),
    _q("2T 固态", _with(SSD, attrs={"storage": "2TB"}), near=SSD),
    _q("samsung solid-state drive 1 terabyte", _with(SSD, brand_any=["Samsung"], attrs={"storage": "1TB"}),
       near=_with(SSD, brand_any=["Samsung"])),
    _q("grey computer mouse by ugreen", _with(MOUSE, brand_any=["Ugreen"], attrs={"color": "grey"}),
       near=_with(MOUSE, brand_any=["Ugreen"])),
    _q("Anker 充电宝 10000mAh", _with(POWER_BANK, brand_any=["Anker"], attrs={"capacity": "10000mAh"}),
       near=_with(POWER_BANK, brand_any=["Anker"])),
    # batteries: sizes in words, pack sizes, Chinese size names, brands the catalogue names only in English
    _q("9 volt batteries 2 pack", _with(NINE_V, pack=2), near=NINE_V),
    _q("9V电池 南孚", _with(NINE_V, brand_any=["Nanfu"]), near=NINE_V),
    _q("varta 18650 rechargeable", _with(CELLS_18650, brand_any=["Varta"]), near=CELLS_18650),
    _q("松下电池充电器", _with(BATTERY_CHARGER, brand_any=["Panasonic"]), near=BATTERY_CHARGER),
    _q("D cell batteries x2", _with(D_CELLS, pack=2), near=D_CELLS),
    _q("大号电池", D_CELLS),
    _q("Duracell的二号电池 两节装", _with(C_CELLS, brand_any=["Duracell"], pack=2), near=_with(C_CELLS, brand_any=["Duracell"])),
    _q("LR44 10粒装", _with(LR44, pack=10), near=LR44),
    _q("coin cell batteries for a watch", {"category": "batteries", "title_any": ["CR2032", "LR44"]}),
    _q("triple-A rechargeables eneloop", _with(AAA, brand_any=["Eneloop"]), near=AAA),
    _q("AAA batteries with a 10 year shelf life", _with(AAA, attrs={"shelf_life": "10 years"}), near=AAA),
    _q("5号电池 飞利浦 4粒", _with(AA, brand_any=["Philips"], pack=4), near=AA),
    # audio: brands in Chinese the catalogue lacks, connectivity, battery life, colours, budgets
    _q("soundcore earbuds black", _with(EARBUDS, brand_any=["Anker Soundcore"], attrs={"color": "black"}),
       near=_with(EARBUDS, brand_any=["Anker Soundcore"])),
    _q("漫步者 蓝牙音箱", _with(SPEAKER, brand_any=["Edifier"]), near=SPEAKER),
    _q("blue jbl bluetooth speaker", _with(SPEAKER, brand_any=["JBL"], attrs={"color": "blue"}),
       near=_with(SPEAKER, brand_any=["JBL"])),
    _q("回音壁 小米", _with(SOUNDBAR, brand_any=["Xiaomi"]), near=SOUNDBAR),
    _q("tv speaker bar sony", _with(SOUNDBAR, brand_any=["Sony"]), near=SOUNDBAR),
    _q("有线耳机 森海塞尔", _with(WIRED, brand_any=["Sennheiser"]), near=WIRED),
    _q("wired in-ear headphones under 100 yuan", _with(WIRED, max_price=10000), near=WIRED),
    _q("监听耳机 1000元以下", _with(STUDIO, max_price=100000), near=STUDIO),
    _q("over ear headphones with bluetooth 5.3", _with(OVER_EAR, attrs={"connectivity": "Bluetooth 5.3"}),
       near=OVER_EAR),
    _q("huawei headphones over-ear grey", _with(OVER_EAR, brand_any=["Huawei"], attrs={"color": "grey"}),
       near=_with(OVER_EAR, brand_any=["Huawei"])),
    _q("speaker that lasts 40 hours", _with(SPEAKER, attrs={"battery": "40h"}), near=SPEAKER),
    _q("bose降噪耳机",
       {"category": "audio", "brand_any": ["Bose"], "title_all": ["Noise Cancelling"],
        "title_any": ["Earbuds", "Headphones", "Earphones"]},
       near={"category": "audio", "brand_any": ["Bose"], "title_any": ["Earbuds", "Headphones", "Earphones"]}),
    _q("JBL 音箱 黑色", _with(SPEAKER, brand_any=["JBL"], attrs={"color": "black"}),
       near=_with(SPEAKER, brand_any=["JBL"])),
    # kitchen: knives, steamers, containers, blenders; sizes and capacities written several ways
    _q("菜刀 双立人", _with(KNIFE, brand_any=["Zwilling"]), near=KNIFE),
    _q("kitchen knife under 50 yuan", _with(KNIFE, max_price=5000), near=KNIFE),
    _q("supor steemer pot", _with(STEAMER, brand_any=["Supor"]), near=STEAMER),
    _q("蒸锅 美的", _with(STEAMER, brand_any=["Midea"]), near=STEAMER),
    _q("ceramic steamer", _with(STEAMER, attrs={"material": "ceramic"}), near=STEAMER),
    _q("保鲜盒 九阳", _with(CONTAINERS, brand_any=["Joyoung"]), near=CONTAINERS),
    _q("stainless steel meal prep containers", _with(CONTAINERS, attrs={"material": "stainless steel"}),
       near=CONTAINERS),
    _q("smoothie maker philips", _with(BLENDER, brand_any=["Philips"]), near=BLENDER),
    _q("blender 2 liters", _with(BLENDER, attrs={"capacity": "2L"}), near=BLENDER),
    _q("不粘平底锅 24cm", _with(FRYING_PAN, attrs={"size": "24cm"}, title_all=["Non-Stick"]),
       near=_with(FRYING_PAN, attrs={"size": "24cm"})),
    _q("skillet 32 centimetres", _with(FRYING_PAN, attrs={"size": "32cm"}), near=FRYING_PAN),
    _q("tefal wok 30厘米", _with(WOK, brand_any=["Tefal"], attrs={"size": "30cm"}),
       near=_with(WOK, brand_any=["Tefal"])),
    _q("midea air fryer, 2 litres", _with(AIR_FRYER, brand_any=["Midea"], attrs={"capacity": "2L"}),
       near=_with(AIR_FRYER, brand_any=["Midea"])),
    _q("空气炸锅 五升", _with(AIR_FRYER, attrs={"capacity": "5L"}), near=AIR_FRYER),
    _q("aluminium cutting boards", _with(CUTTING_BOARD, attrs={"material": "aluminium"}), near=CUTTING_BOARD),
    _q("菜板 小熊", _with(CUTTING_BOARD, brand_any=["Bear"]), near=CUTTING_BOARD),
    _q("rice cooker by philips, 5 litres", _with(RICE_COOKER, brand_any=["Philips"], attrs={"capacity": "5L"}),
       near=_with(RICE_COOKER, brand_any=["Philips"])),
    _q("电饭煲 两升", _with(RICE_COOKER, attrs={"capacity": "2L"}), near=RICE_COOKER),
    _q("米家电水壶", _with(KETTLE, brand_any=["Xiaomi Home"]), near=KETTLE),
    # household: everyday words, colours, materials, pack sizes
    _q("mop scotch brite", _with(MOP, brand_any=["Scotch-Brite"]), near=MOP),
    _q("拖把 灰色", _with(MOP, attrs={"color": "grey"}), near=MOP),
    _q("sponges for washing up", SPONGES),
    _q("衣架 竹制 十个装", _with(HANGERS, attrs={"material": "bamboo"}, pack=10),
       near=_with(HANGERS, attrs={"material": "bamboo"})),
    _q("white extension cable", _with(EXTENSION, attrs={"color": "white"}), near=EXTENSION),
    _q("lightbulbs 6 pack", _with(BULB, pack=6), near=BULB),
    _q("灯泡 米家", _with(BULB, brand_any=["Xiaomi Home"]), near=BULB),
    _q("bin bags 10-pack", _with(TRASH_BAGS, pack=10), near=TRASH_BAGS),
    _q("垃圾袋 5块钱以内", _with(TRASH_BAGS, max_price=500), near=TRASH_BAGS),
    _q("paper towels under 5 yuan", _with(PAPER_TOWELS, max_price=500), near=PAPER_TOWELS),
    _q("blue plastic storage bins", _with(STORAGE_BOX, attrs={"color": "blue", "material": "plastic"}),
       near=STORAGE_BOX),
    _q("收纳盒 灰色 塑料", _with(STORAGE_BOX, attrs={"color": "grey", "material": "plastic"}), near=STORAGE_BOX),
    _q("bamboo entrance rug", _with(DOOR_MAT, attrs={"material": "bamboo"}), near=DOOR_MAT),
    _q("foldable laundry hamper", _with(LAUNDRY_BASKET, title_all=["Foldable"]), near=LAUNDRY_BASKET),
    # groceries: weights and volumes in words and characters, origins, brands, everyday words
    _q("三只松鼠 芒果干 500克", _with(MANGO, brand_any=["Three Squirrels"], attrs={"weight": "500g"}),
       near=_with(MANGO, brand_any=["Three Squirrels"])),
    _q("dried mangoes under 10 yuan", _with(MANGO, max_price=1000), near=MANGO),
    _q("每日坚果 1公斤", _with(NUTS, attrs={"weight": "1kg"}), near=NUTS),
    _q("mixed nuts from xinjiang", _with(NUTS, attrs={"origin": "Xinjiang"}), near=NUTS),
    _q("康师傅泡面 6包", _with(NOODLES, brand_any=["Master Kong"], pack=6),
       near=_with(NOODLES, brand_any=["Master Kong"])),
    _q("cup noodles master kong", _with(NOODLES, brand_any=["Master Kong"]), near=NOODLES),
    _q("haitian oyster sauce", _with(OYSTER, brand_any=["Haitian"]), near=OYSTER),
    _q("李锦记 蚝油 250克", _with(OYSTER, brand_any=["Lee Kum Kee"], attrs={"weight": "250g"}),
       near=_with(OYSTER, brand_any=["Lee Kum Kee"])),
    _q("light soy sauce 500ml", _with(SOY_SAUCE, attrs={"volume": "500ml"}), near=SOY_SAUCE),
    _q("酱油 一点八升", _with(SOY_SAUCE, attrs={"volume": "1.8L"}), near=SOY_SAUCE),
    _q("organic green tea from yunnan", _with(GREEN_TEA, attrs={"origin": "Yunnan"}, title_all=["Organic"]),
       near=_with(GREEN_TEA, attrs={"origin": "Yunnan"})),
    _q("绿茶 250克 农夫山泉", _with(GREEN_TEA, brand_any=["Nongfu Spring"], attrs={"weight": "250g"}),
       near=_with(GREEN_TEA, brand_any=["Nongfu Spring"])),
    _q("mengniu milk 1l", _with(MILK, brand_any=["Mengniu"], attrs={"volume": "1L"}),
       near=_with(MILK, brand_any=["Mengniu"])),
    _q("蒙牛纯牛奶 250毫升", _with(MILK, brand_any=["Mengniu"], attrs={"volume": "250ml"}),
       near=_with(MILK, brand_any=["Mengniu"])),
    _q("still water 550 ml", _with(WATER, attrs={"volume": "550ml"}), near=WATER),
    _q("农夫山泉 1.5L", _with(WATER, brand_any=["Nongfu Spring"], attrs={"volume": "1.5L"}),
       near=_with(WATER, brand_any=["Nongfu Spring"])),
    _q("jasmine rice 5 kilo", _with(RICE, attrs={"weight": "5kg"}), near=RICE),
    _q("新疆大米 1kg", _with(RICE, attrs={"weight": "1kg", "origin": "Xinjiang"}),
       near=_with(RICE, attrs={"origin": "Xinjiang"})),
    # beauty: skin types in everyday Chinese, volumes, brands, plurals
    _q("facial cleanser sensitive skin 100ml", _with(CLEANSER, attrs={"skin_type": ["sensitive", "all"],
                                                                     "volume": "100ml"}),
       near=_with(CLEANSER, attrs={"skin_type": ["sensitive", "all"]})),
    _q("洗面奶 油皮", _with(CLEANSER, attrs={"skin_type": ["oily", "all"]}), near=CLEANSER),
    _q("花西子口红", _with(LIPSTICK, brand_any=["Florasis"]), near=LIPSTICK),
    _q("lipsticks under 30 yuan", _with(LIPSTICK, max_price=3000), near=LIPSTICK),
    _q("面膜 薇诺娜 敏感肌", _with(MASKS, brand_any=["Winona"], attrs={"skin_type": ["sensitive", "all"]}),
       near=_with(MASKS, brand_any=["Winona"])),
    _q("hydrating sheet masks", _with(MASKS, title_all=["Hydrating"]), near=MASKS),
    _q("百雀羚面霜50ml", _with(FACE_CREAM, brand_any=["Pechoin"], attrs={"volume": "50ml"}),
       near=_with(FACE_CREAM, brand_any=["Pechoin"])),
    _q("moisturiser for oily skin", _with(FACE_CREAM, attrs={"skin_type": ["oily", "all"]}), near=FACE_CREAM),
    _q("loreal shampo", _with(SHAMPOO, brand_any=["L'Oreal"]), near=SHAMPOO),
    _q("珀莱雅精华 30毫升", _with(SERUM, brand_any=["Proya"], attrs={"volume": "30ml"}),
       near=_with(SERUM, brand_any=["Proya"])),
    _q("travel size sunscreen that works for dry skin",
       _with(SUNSCREEN, attrs={"skin_type": ["dry", "all"]}, title_all=["Travel Size"]),
       near=_with(SUNSCREEN, attrs={"skin_type": ["dry", "all"]})),
    _q("完美日记防晒", _with(SUNSCREEN, brand_any=["Perfect Diary"]), near=SUNSCREEN),
    # toys: pieces, ages, everyday words, brands in Chinese
    _q("hape jigsaw with 1000 pieces", _with(PUZZLE, brand_any=["Hape"], attrs={"pieces": "1000"}),
       near=_with(PUZZLE, brand_any=["Hape"])),
    _q("拼图 500片", _with(PUZZLE, attrs={"pieces": "500"}), near=PUZZLE),
    _q("teddy bears", PLUSH),
    _q("毛绒公仔", PLUSH),
    _q("bandai blind box", _with(BLIND_BOX, brand_any=["Bandai"]), near=BLIND_BOX),
    _q("RC car 6+", _with(RC_CAR, attrs={"age": "6+"}), near=RC_CAR),
    _q("遥控车 美泰", _with(RC_CAR, brand_any=["Mattel"]), near=RC_CAR),
    _q("桌游 12岁以上", _with(BOARD_GAME, attrs={"age": "12+"}), near=BOARD_GAME),
    _q("lego building kit 1000 pcs", _with(BUILDING_SET, brand_any=["LEGO"], attrs={"pieces": "1000"}),
       near=_with(BUILDING_SET, brand_any=["LEGO"])),
    _q("LEGO 积木 12+", _with(BUILDING_SET, brand_any=["LEGO"], attrs={"age": "12+"}),
       near=_with(BUILDING_SET, brand_any=["LEGO"])),
    # sports: sizes in words, colours with a negation, brands in Chinese
    _q("李宁跳绳", _with(JUMP_ROPE, brand_any=["Li-Ning"]), near=JUMP_ROPE),
    _q("decathlon jumping rope", _with(JUMP_ROPE, brand_any=["Decathlon"]), near=JUMP_ROPE),
    _q("哑铃 迪卡侬", _with(DUMBBELLS, brand_any=["Decathlon"]), near=DUMBBELLS),
    _q("dumbbell set under 50 kuai", _with(DUMBBELLS, max_price=5000), near=DUMBBELLS),
    _q("篮球 安踏", _with(BASKETBALL, brand_any=["Anta"]), near=BASKETBALL),
    _q("basketbal nike", _with(BASKETBALL, brand_any=["Nike"]), near=BASKETBALL),
    _q("badminton racquets 2 pack", _with(RACKET, pack=2), near=RACKET),
    _q("cycling gloves medium", _with(GLOVES, attrs={"size": "M"}), near=GLOVES),
    _q("骑行手套 L码 黑色", _with(GLOVES, attrs={"size": "L", "color": "black"}),
       near=_with(GLOVES, attrs={"size": "L"})),
    _q("adidas running trainers, white, size 40",
       _with(SHOES, brand_any=["Adidas"], attrs={"size": "40", "color": "white"}),
       near=_with(SHOES, brand_any=["Adidas"])),
    _q("特步跑鞋 39码", _with(SHOES, brand_any=["Xtep"], attrs={"size": "39"}),
       near=_with(SHOES, brand_any=["Xtep"])),
    _q("running shoes size 41 but not white",
       _with(SHOES, attrs={"size": "41", "color": ["black", "red", "blue", "grey", "green"]}),
       near=_with(SHOES, attrs={"size": "41"})),
    _q("瑜伽垫 绿色", _with(YOGA_MAT, attrs={"color": "green"}), near=YOGA_MAT),
    _q("blue drinks bottle 1000ml", _with(BOTTLE, attrs={"capacity": "1L", "color": "blue"}),
       near=_with(BOTTLE, attrs={"capacity": "1L"})),
    _q("运动水壶 750毫升", _with(BOTTLE, attrs={"capacity": "750ml"}), near=BOTTLE),
    # office: brands in Chinese, counts, colours, typos, everyday words
    _q("得力订书机", _with(STAPLER, brand_any=["Deli"]), near=STAPLER),
    _q("stapller deli", _with(STAPLER, brand_any=["Deli"]), near=STAPLER),
    _q("a4 copy paper 10 packs", _with(A4, pack=10), near=A4),
    _q("A4纸 晨光", _with(A4, brand_any=["M&G"]), near=A4),
    _q("blue sticky notes", _with(STICKY, attrs={"color": "blue"}), near=STICKY),
    _q("便利贴 100张", _with(STICKY, attrs={"count": "100"}), near=STICKY),
    _q("百乐中性笔", _with(GEL_PENS, brand_any=["Pilot"]), near=GEL_PENS),
    _q("highliter pens assorted colours", _with(HIGHLIGHTERS, attrs={"color": "assorted"}), near=HIGHLIGHTERS),
    _q("kokuyo file folders blue", _with(FOLDERS, brand_any=["Kokuyo"], attrs={"color": "blue"}),
       near=_with(FOLDERS, brand_any=["Kokuyo"])),
    _q("文件夹 10个装", _with(FOLDERS, pack=10), near=FOLDERS),
    _q("齐心 笔记本", _with(NOTEBOOK, brand_any=["Comix"]), near=NOTEBOOK),
    _q("desk tidy", ORGANIZER),
    # pet: beds, chew toys, leashes, brands in Chinese the catalogue lacks
    _q("dog bed for large breeds", _with(PET_BED, attrs={"pet": "dog"}, title_all=["Large Breed"]),
       near=_with(PET_BED, attrs={"pet": "dog"})),
    _q("猫窝", _with(PET_BED, attrs={"pet": "cat"}), near=PET_BED),
    _q("chew toys for puppies", _with(CHEW_TOY, attrs={"pet": "dog"}, title_all=["Puppy"]),
       near=_with(CHEW_TOY, attrs={"pet": "dog"})),
    _q("遛狗绳", _with(LEASH, attrs={"pet": "dog"}), near=LEASH),
    _q("pedigree senior dog food 5kg", _with(DOG_FOOD, brand_any=["Pedigree"], attrs={"weight": "5kg"},
                                             title_all=["Senior"]),
       near=_with(DOG_FOOD, brand_any=["Pedigree"])),
    _q("宝路狗粮", _with(DOG_FOOD, brand_any=["Pedigree"]), near=DOG_FOOD),
    _q("耐威克猫砂", _with(CAT_LITTER, brand_any=["Navarch"]), near=CAT_LITTER),
    _q("麦富迪猫粮 1.5公斤", _with(CAT_FOOD, brand_any=["Myfoodie"], attrs={"weight": "1.5kg"}),
       near=_with(CAT_FOOD, brand_any=["Myfoodie"])),
    _q("cat water fountain under 30 yuan", _with(FOUNTAIN, attrs={"pet": "cat"}, max_price=3000),
       near=_with(FOUNTAIN, attrs={"pet": "cat"})),
    # requests as an agent passes them on
    _q("The user is asking for a Bluetooth speaker from JBL in red, budget up to 500 CNY.",
       _with(SPEAKER, brand_any=["JBL"], attrs={"color": "red"}, max_price=50000),
       near=_with(SPEAKER, brand_any=["JBL"])),
    _q("Shopper wants: dog food, grain-free, Royal Canin, 2kg bag",
       _with(DOG_FOOD, brand_any=["Royal Canin"], attrs={"weight": "2kg"}, title_all=["Grain-Free"]),
       near=_with(DOG_FOOD, brand_any=["Royal Canin"])),
    _q("用户需要：蓝色的垃圾袋，六卷装", _with(TRASH_BAGS, attrs={"color": "blue"}, pack=6),
       near=_with(TRASH_BAGS, attrs={"color": "blue"})),
    _q("客户说要买一个小熊的空气炸锅，预算三百以内", _with(AIR_FRYER, brand_any=["Bear"], max_price=30000),
       near=_with(AIR_FRYER, brand_any=["Bear"])),
    _q("Please find the customer a 20W charger, any brand, cheapest first", _with(CHARGER, attrs={"power": "20W"}),
       near=CHARGER),
    _q("帮用户找一下华为的充电宝，两万毫安的", _with(POWER_BANK, brand_any=["Huawei"], attrs={"capacity": "20000mAh"}),
       near=_with(POWER_BANK, brand_any=["Huawei"])),
    _q("My principal needs white over-ear headphones from Sennheiser; please search the catalogue.",
       _with(OVER_EAR, brand_any=["Sennheiser"], attrs={"color": "white"}),
       near=_with(OVER_EAR, brand_any=["Sennheiser"])),
    _q("顾客想要一个适合小米14的手机壳，粉色", _with(PHONE_CASE, attrs={"compatible": "Xiaomi 14", "color": "pink"}),
       near=_with(PHONE_CASE, attrs={"compatible": "Xiaomi 14"})),
    # close: nothing meets every wish, the near products should be offered with what did not fit
    _q("白色鼠标 罗技", None, near=_with(MOUSE, attrs={"color": "white"}), outcome="close"),
    _q("glass food containers", None, near=CONTAINERS, outcome="close"),
    _q("插排 公牛", None, near=EXTENSION, outcome="close"),
    _q("green yoga mat lululemon", None, near=_with(YOGA_MAT, attrs={"color": "green"}), outcome="close"),
    _q("Galaxy S23 cover", None, near=_with(PHONE_CASE, title_any=["for Galaxy S24"]), outcome="close"),
    _q("60 watt type-c power adapter", None, near=CHARGER, outcome="close"),
    _q("128GB SSD", None, near=SSD, outcome="close"),
    _q("XXL bike gloves", None, near=GLOVES, outcome="close"),
    _q("平底锅 20厘米", None, near=FRYING_PAN, outcome="close"),
    _q("orange water bottle", None, near=BOTTLE, outcome="close"),
    _q("牛奶 500毫升", None, near=MILK, outcome="close"),
    _q("soy sauce 1 litre bottle", None, near=SOY_SAUCE, outcome="close"),
    _q("猫砂 20公斤", None, near=CAT_LITTER, outcome="close"),
    _q("9V battery 12-pack", None, near=NINE_V, outcome="close"),
    _q("sony earbuds in pink", None, near=_with(EARBUDS, brand_any=["Sony"]), outcome="close"),
    _q("3000 piece jigsaw", None, near=PUZZLE, outcome="close"),
    _q("dumbbells under 10 yuan", None, near=DUMBBELLS, outcome="close"),
    _q("面膜 5块钱以内", None, near=MASKS, outcome="close"),
    _q("适用于Mate 70的保护壳", None, near=_with(PHONE_CASE, title_any=["for Huawei"]), outcome="close"),
    # nothing close: an honest "no match"
    _q("microwave oven", None, outcome="no_match"),
    _q("空调 1.5匹", None, outcome="no_match"),
    _q("wine glasses set of 6", None, outcome="no_match"),
    _q("鱼缸", None, outcome="no_match"),
    _q("bicycle helmet", None, outcome="no_match"),
    _q("baby wipes", None, outcome="no_match"),
    _q("whey protein powder 2kg", None, outcome="no_match"),
    _q("牙膏 美白", None, outcome="no_match"),
    _q("羽绒服 男款", None, outcome="no_match"),
    _q("laptop bag 15 inch", None, outcome="no_match"),
    _q("iPad Air 13 inch", None, outcome="no_match"),
    _q("香水 女士", None, outcome="no_match"),
    _q("red nail polish", None, outcome="no_match"),
    _q("电动自行车", None, outcome="no_match"),
    _q("fresh strawberries 1kg", None, outcome="no_match"),
    _q("床垫 1.8米", None, outcome="no_match"),
    # too vague to search: ask
    _q("something cheap and useful", None, outcome="ask"),
    _q("我想买点好东西", None, outcome="ask"),
    _q("what's good today?", None, outcome="ask"),
    _q("帮我挑一个", None, outcome="ask"),
    _q("same as before please", None, outcome="ask"),
    _q("来点实用的", None, outcome="ask"),
    _q("a gift for a coworker under 100", None, outcome="ask"),
    _q("帮我买个礼物送朋友", None, outcome="ask"),
]

__all__ = ["QUERIES", "Query"]
