"""The second independent judged evaluation set for catalogue discovery: queries as shoppers type them.

How it was written: by hand, after the first discovery set (bench/eval/search_queries.py) had been measured
and read, and apart from the search code. Its author read only that set (for its format and conventions),
bench/eval/judging.py (what a predicate means) and the catalogue generator (errand/sandbox/merchant/catalog.py,
errand/sandbox/seed.py) to learn which categories, products, brands, attributes and Chinese names exist in a
seed-7 catalogue of 20,000 products. The search code, its query parsing, its spelling correction and the
search development queries were not read, and the search was not run on these queries. Each judgment was
checked against the generated seed-7 catalogue with ``bench.eval.judging.relevance`` (exact products exist
for "match", only near ones for "close", nothing for "no_match" and "ask"). No query repeats or nearly repeats
one of the first set (difflib ratio below 0.85 against every one of them).

It asks for what the first set asks for, in other words and about other products: attributes in words
(colour, size, capacity, wattage, storage, pack size, compatibility "for Galaxy S24"), brands in English and
Chinese, units written three ways ("750ml", "0.5 litre", "1升"; "20000mah", "10,000 mah", "2万毫安";
"28cm", "34 cm", "32厘米"), budgets ("under 80", "80元以内", "100块以下"), typos, word order, plurals, the
words shoppers use where the catalogue says something else ("chopping board", "power strip", "生抽"),
Chinese product words that need segmenting, requests phrased as an agent passes them on, things the
catalogue does not sell, requests too vague to search, and requests nothing meets in full though near
products exist.

THIS SET MUST NEVER BE USED TO WRITE RULES: no synonym, translation, stop word or special case may be
added because a query here needs it. It measures discovery afterwards; a rule written from it makes the
score meaningless. Fix general mechanisms (segmentation, stemming, unit normalisation, ranking) and measure.

Each case:

* ``query``: the shopper's text; ``lang``: "en" or "zh".
* ``relevant``: a predicate over catalogue products (seed 7, 20,000 products) naming the products that
  answer the query exactly (grade 2); ``near``: optionally, products that are close but miss something the
  shopper said (over the budget, another size), grade 1. ``bench.eval.judging.relevance`` applies both;
  the predicate keys are documented there.
* ``outcome``: "match" (exact products exist and should rank first), "close" (nothing meets every wish but
  the ``near`` products are close: the errand should offer them and say what did not fit, as a question),
  "no_match" (the catalogue has nothing close: an honest "no match"), "ask" (too vague to search: ask).
* ``expect_match``: False only where the catalogue genuinely has nothing close ("no_match" and "ask").

Conventions, as in the first set: a budget bounds the listed price of the product as sold (a pack's price),
inclusive; "under 80" means ¥80 or less. A size, colour or capacity the shopper names is a must; a wish the
catalogue cannot express (a word such as "for travel") is not judged. A named brand is a must, and the same
kind of product from another brand is near. A device a case is made for is a must ("Galaxy S24" is not the
"Galaxy S24 Ultra").
"""

from __future__ import annotations

from typing import Any

Query = dict[str, Any]


def _q(query: str, relevant: dict[str, Any] | None, *, near: dict[str, Any] | None = None,
       outcome: str = "match") -> Query:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in query) else "en"
    return {"query": query, "lang": lang, "relevant": relevant, "near": near, "outcome": outcome,
            "expect_match": outcome in ("match", "close")}


PHONE_CASE = {"category": "electronics", "title_any": ["Phone Case"]}
CHARGER = {"category": "electronics", "title_any": ["USB-C Charger"]}
POWER_BANK = {"category": "electronics", "title_any": ["Power Bank"]}
SSD = {"category": "electronics", "title_any": ["SSD"]}
MOUSE = {"category": "electronics", "title_any": ["Mouse"]}
AA = {"category": "batteries", "attrs": {"size": "AA"}}
AAA = {"category": "batteries", "title_any": ["AAA Batteries"]}
EARBUDS = {"category": "audio", "title_any": ["Wireless Earbuds"]}
OVER_EAR = {"category": "audio", "title_any": ["Over-Ear Headphones", "WH-1000XM"]}
SPEAKER = {"category": "audio", "title_any": ["Bluetooth Speaker"]}
SOUNDBAR = {"category": "audio", "title_any": ["Soundbar"]}
STUDIO = {"category": "audio", "title_any": ["Studio Monitor Headphones"]}
ANY_HEADPHONES = {"category": "audio", "title_any": ["Earbuds", "Headphones", "Earphones"]}
RICE_COOKER = {"category": "kitchen", "title_any": ["Rice Cooker"]}
FRYING_PAN = {"category": "kitchen", "title_any": ["Frying Pan"]}
WOK = {"category": "kitchen", "title_any": ["Wok"]}
AIR_FRYER = {"category": "kitchen", "title_any": ["Air Fryer"]}
CUTTING_BOARD = {"category": "kitchen", "title_any": ["Cutting Board"]}
KETTLE = {"title_any": ["Kettle"]}
STORAGE_BOX = {"category": "household", "title_any": ["Storage Box"]}
LAUNDRY_BASKET = {"category": "household", "title_any": ["Laundry Basket"]}
DOOR_MAT = {"category": "household", "title_any": ["Door Mat"]}
HANGERS = {"category": "household", "title_any": ["Hangers"]}
GREEN_TEA = {"category": "groceries", "title_any": ["Green Tea"]}
MILK = {"category": "groceries", "title_any": ["Milk"]}
SOY_SAUCE = {"category": "groceries", "title_any": ["Soy Sauce"]}
WATER = {"category": "groceries", "title_any": ["Mineral Water"]}
RICE = {"category": "groceries", "title_any": ["Rice"]}
SERUM = {"category": "beauty", "title_any": ["Serum"]}
FACE_CREAM = {"category": "beauty", "title_any": ["Face Cream"]}
SUNSCREEN = {"category": "beauty", "title_any": ["Sunscreen"]}
LIPSTICK = {"category": "beauty", "title_any": ["Lipstick"]}
SHAMPOO = {"category": "beauty", "title_any": ["Shampoo"]}
BUILDING_SET = {"category": "toys", "title_any": ["Building Set"]}
PUZZLE = {"category": "toys", "title_any": ["Puzzle"]}
SHOES = {"category": "sports", "title_any": ["Running Shoes"]}
YOGA_MAT = {"category": "sports", "title_any": ["Yoga Mat"]}
BOTTLE = {"category": "sports", "title_any": ["Water Bottle"]}
GLOVES = {"category": "sports", "title_any": ["Cycling Gloves"]}
GEL_PENS = {"category": "office", "title_any": ["Gel Pens"]}
HIGHLIGHTERS = {"category": "office", "title_any": ["Highlighters"]}
CAT_FOOD = {"category": "pet", "title_any": ["Cat Food"]}
DOG_FOOD = {"category": "pet", "title_any": ["Dog Food"]}
CAT_LITTER = {"category": "pet", "title_any": ["Cat Litter"]}
FOUNTAIN = {"category": "pet", "title_any": ["Water Fountain"]}


def _with(base: dict[str, Any], **more: Any) -> dict[str, Any]:
    merged = dict(base)
    for key, value in more.items():
        merged[key] = {**merged.get(key, {}), **value} if key == "attrs" else value
    return merged


QUERIES: list[Query] = [
    # electronics: compatibility, wattage, capacity, storage, colours
    _q("phone case compatible with Galaxy S24", _with(PHONE_CASE, title_all=["Galaxy S24"], title_none=["Ultra"]),
       near=PHONE_CASE),
    _q("clear case for pixel 9", _with(PHONE_CASE, attrs={"compatible": "Pixel 9", "color": "clear"}),
       near=_with(PHONE_CASE, attrs={"compatible": "Pixel 9"})),
    _q("华为mate60手机壳", _with(PHONE_CASE, attrs={"compatible": "Huawei Mate 60"}), near=PHONE_CASE),
    _q("红米note13 手机壳 粉色", _with(PHONE_CASE, attrs={"compatible": "Redmi Note 13", "color": "pink"}),
       near=_with(PHONE_CASE, attrs={"compatible": "Redmi Note 13"})),
    _q("cases for iphone 16 pro max", _with(PHONE_CASE, attrs={"compatible": "iPhone 16 Pro Max"}), near=PHONE_CASE),
    _q("65w usb c charger", _with(CHARGER, attrs={"power": "65W"}), near=CHARGER),
    _q("100 watt charger for my laptop", _with(CHARGER, attrs={"power": "100W"}), near=CHARGER),
    _q("20W快充充电器", _with(CHARGER, attrs={"power": "20W"}), near=CHARGER),
    _q("anker charger under 100 yuan", _with(CHARGER, brand_any=["Anker"], max_price=10000),
       near=_with(CHARGER, brand_any=["Anker"])),
    _q("power bank 20000mah", _with(POWER_BANK, attrs={"capacity": "20000mAh"}), near=POWER_BANK),
    _q("portable charger 10,000 mah white", _with(POWER_BANK, attrs={"capacity": "10000mAh", "color": "white"}),
       near=_with(POWER_BANK, attrs={"capacity": "10000mAh"})),
    _q("2万毫安充电宝", _with(POWER_BANK, attrs={"capacity": "20000mAh"}), near=POWER_BANK),
    _q("充电宝 100块以下", _with(POWER_BANK, max_price=10000), near=POWER_BANK),
    _q("1tb ssd", _with(SSD, attrs={"storage": "1TB"}), near=SSD),
    _q("512g固态硬盘", _with(SSD, attrs={"storage": "512GB"}), near=SSD),
    _q("2 TB solid state drive", _with(SSD, attrs={"storage": "2TB"}), near=SSD),
    _q("pink mouse", _with(MOUSE, attrs={"color": "pink"}), near=MOUSE),
    _q("computer mice", MOUSE),
    _q("华为路由器", {"category": "electronics", "title_any": ["Wi-Fi Router"], "brand_any": ["Huawei"]},
       near={"category": "electronics", "title_any": ["Wi-Fi Router"]}),
    _q("smart sockets", {"category": "electronics", "title_any": ["Smart Plug"]}),
    _q("tablet holder for the desk", {"category": "electronics", "title_any": ["Tablet Stand"]}),
    _q("ugreen hdmi cord", {"category": "electronics", "title_any": ["HDMI Cable"], "brand_any": ["Ugreen"]},
       near={"category": "electronics", "title_any": ["HDMI Cable"]}),
    # batteries: sizes in words and numbers, pack sizes, Chinese counting
    _q("AAA battery 4 pack", _with(AAA, pack=4), near=AAA),
    _q("七号电池 金霸王", _with(AAA, brand_any=["Duracell"]), near=AAA),
    _q("1号电池", {"category": "batteries", "title_any": ["D Batteries"]}),
    _q("size C batteries", {"category": "batteries", "title_any": ["C Batteries"]}),
    _q("lr44 button batteries", {"category": "batteries", "title_any": ["LR44"]}),
    _q("cr2032 x10", {"category": "batteries", "title_any": ["CR2032"], "pack": 10},
       near={"category": "batteries", "title_any": ["CR2032"]}),
    _q("eneloop aa 8 pack", _with(AA, brand_any=["Eneloop"], pack=8), near=AA),
    _q("AA电池 24节", _with(AA, pack=24), near=AA),
    _q("五号电池 四节装", _with(AA, pack=4), near=AA),
    _q("duracell AA under 20", _with(AA, brand_any=["Duracell"], max_price=2000),
       near=_with(AA, brand_any=["Duracell"])),
    _q("lithium double a", _with(AA, title_all=["Lithium"]), near=AA),
    _q("5号充电电池", _with(AA, attrs={"chemistry": "NiMH"}), near=AA),
    # audio: colours, brands, connectivity, battery life
    _q("white earbuds", _with(EARBUDS, attrs={"color": "white"}), near=EARBUDS),
    _q("蓝色无线耳机", _with(EARBUDS, attrs={"color": "blue"}), near=EARBUDS),
    _q("earbuds with 40 hour battery", _with(EARBUDS, attrs={"battery": "40h"}), near=EARBUDS),
    _q("edifier soundbar", _with(SOUNDBAR, brand_any=["Edifier"]), near=SOUNDBAR),
    _q("bose over ear headphones", _with(OVER_EAR, brand_any=["Bose"]), near=OVER_EAR),
    _q("头戴式耳机 降噪", _with(OVER_EAR, title_all=["Noise Cancelling"]), near=OVER_EAR),
    _q("sennheiser studio monitors headphone", _with(STUDIO, brand_any=["Sennheiser"]), near=STUDIO),
    _q("red portable speaker", _with(SPEAKER, attrs={"color": "red"}), near=SPEAKER),
    _q("bluetooth speaker under 100", _with(SPEAKER, max_price=10000), near=SPEAKER),
    _q("earphones with a cable", {"category": "audio", "title_any": ["Wired Earphones"]}),
    _q("耳机 300元以内", _with(ANY_HEADPHONES, max_price=30000), near=ANY_HEADPHONES),
    # kitchen: capacities and sizes written three ways, materials, brands
    _q("3 litre rice cooker", _with(RICE_COOKER, attrs={"capacity": "3L"}), near=RICE_COOKER),
    _q("电饭煲 4L 苏泊尔", _with(RICE_COOKER, attrs={"capacity": "4L"}, brand_any=["Supor"]),
       near=_with(RICE_COOKER, brand_any=["Supor"])),
    _q("28cm frying pan", _with(FRYING_PAN, attrs={"size": "28cm"}), near=FRYING_PAN),
    _q("32厘米炒锅", _with(WOK, attrs={"size": "32cm"}), near=WOK),
    _q("wok 34 cm", _with(WOK, attrs={"size": "34cm"}), near=WOK),
    _q("tefal pan", {"category": "kitchen", "title_any": ["Frying Pan", "Wok"], "brand_any": ["Tefal"]},
       near={"category": "kitchen", "title_any": ["Frying Pan", "Wok"]}),
    _q("chopping board", CUTTING_BOARD),
    _q("破壁机 九阳", {"category": "kitchen", "title_any": ["Blender"], "brand_any": ["Joyoung"]},
       near={"category": "kitchen", "title_any": ["Blender"]}),
    _q("airfryer 5l", _with(AIR_FRYER, attrs={"capacity": "5L"}), near=AIR_FRYER),
    _q("kettle 1.5 litre", {"title_all": ["Kettle", "1.5L"]}, near=KETTLE),
    _q("烧水壶 1.8升", {"title_all": ["Kettle", "1.8L"]}, near=KETTLE),
    _q("kettle under 80", _with(KETTLE, max_price=8000), near=KETTLE),
    _q("电水壶 80元以内", _with(KETTLE, max_price=8000), near=KETTLE),
    # household: colours, materials, pack sizes, the words shoppers use
    _q("grey laundry basket", _with(LAUNDRY_BASKET, attrs={"color": "grey"}), near=LAUNDRY_BASKET),
    _q("garbage bags", {"category": "household", "title_any": ["Trash Bags"]}),
    _q("cotton doormat", _with(DOOR_MAT, attrs={"material": "cotton"}), near=DOOR_MAT),
    _q("地垫 灰色", _with(DOOR_MAT, attrs={"color": "grey"}), near=DOOR_MAT),
    _q("power strip", {"category": "household", "title_any": ["Extension Cord"]}),
    _q("LED bulbs", {"category": "household", "title_any": ["Light Bulb"]}),
    _q("steel hangers 10 pack", _with(HANGERS, attrs={"material": "steel"}, pack=10), near=HANGERS),
    _q("lock & lock storage boxes", _with(STORAGE_BOX, brand_any=["Lock&Lock"]), near=STORAGE_BOX),
    _q("厨房纸", {"category": "household", "title_any": ["Paper Towels"]}),
    # groceries: weights and volumes, brands, other words for the same thing
    _q("green tea 500g", _with(GREEN_TEA, attrs={"weight": "500g"}), near=GREEN_TEA),
    _q("芒果干 良品铺子", {"category": "groceries", "title_any": ["Dried Mango"], "brand_any": ["Bestore"]},
       near={"category": "groceries", "title_any": ["Dried Mango"]}),
    _q("milk 1 litre", _with(MILK, attrs={"volume": "1L"}), near=MILK),
    _q("伊利牛奶 250ml", _with(MILK, brand_any=["Yili"], attrs={"volume": "250ml"}), near=_with(MILK, brand_any=["Yili"])),
    _q("haitian soy sauce 1.8L", _with(SOY_SAUCE, brand_any=["Haitian"], attrs={"volume": "1.8L"}),
       near=_with(SOY_SAUCE, brand_any=["Haitian"])),
    _q("生抽 海天", _with(SOY_SAUCE, brand_any=["Haitian"]), near=SOY_SAUCE),
    _q("lee kum kee oyster sauce",
       {"category": "groceries", "title_any": ["Oyster Sauce"], "brand_any": ["Lee Kum Kee"]},
       near={"category": "groceries", "title_any": ["Oyster Sauce"]}),
    _q("大米 5公斤", _with(RICE, attrs={"weight": "5kg"}), near=RICE),
    _q("5L bottled water", _with(WATER, attrs={"volume": "5L"}), near=WATER),
    _q("ramen noodles", {"category": "groceries", "title_any": ["Instant Noodles"]}),
    # beauty: skin types, volumes, brands in Chinese
    _q("serum for dry skin", _with(SERUM, attrs={"skin_type": ["dry", "all"]}), near=SERUM),
    _q("薇诺娜精华", _with(SERUM, brand_any=["Winona"]), near=SERUM),
    _q("面霜 敏感肌", _with(FACE_CREAM, attrs={"skin_type": ["sensitive", "all"]}), near=FACE_CREAM),
    _q("shiseido sunscreen 30 ml", _with(SUNSCREEN, brand_any=["Shiseido"], attrs={"volume": "30ml"}),
       near=_with(SUNSCREEN, brand_any=["Shiseido"])),
    _q("sun cream", SUNSCREEN),
    _q("face wash", {"category": "beauty", "title_any": ["Cleanser"]}),
    _q("洗发水 100毫升", _with(SHAMPOO, attrs={"volume": "100ml"}), near=SHAMPOO),
    # toys
    _q("keeppley building blocks", _with(BUILDING_SET, brand_any=["Keeppley"]), near=BUILDING_SET),
    _q("积木 3岁", _with(BUILDING_SET, attrs={"age": "3+"}), near=BUILDING_SET),
    _q("500 pcs jigsaw", _with(PUZZLE, attrs={"pieces": "500"}), near=PUZZLE),
    _q("stuffed animal for a toddler", {"category": "toys", "title_any": ["Plush Toy"]}),
    _q("遥控汽车", {"category": "toys", "title_any": ["RC Car"]}),
    _q("bandai figures", {"category": "toys", "title_any": ["Figure"], "brand_any": ["Bandai"]},
       near={"category": "toys", "title_any": ["Figure"]}),
    # sports: shoe sizes, colours, bottle capacities written three ways
    _q("black running shoes 43", _with(SHOES, attrs={"size": "43", "color": "black"}),
       near=_with(SHOES, attrs={"size": "43"})),
    _q("跑鞋 42码", _with(SHOES, attrs={"size": "42"}), near=SHOES),
    _q("nike runners size 44", _with(SHOES, brand_any=["Nike"], attrs={"size": "44"}),
       near=_with(SHOES, brand_any=["Nike"])),
    _q("安踏跑步鞋 43码 白色", _with(SHOES, brand_any=["Anta"], attrs={"size": "43", "color": "white"}),
       near=_with(SHOES, brand_any=["Anta"])),
    _q("yoga mats pink", _with(YOGA_MAT, attrs={"color": "pink"}), near=YOGA_MAT),
    _q("water bottle 750ml", _with(BOTTLE, attrs={"capacity": "750ml"}), near=BOTTLE),
    _q("gym bottle 0.5 litre", _with(BOTTLE, attrs={"capacity": "500ml"}), near=BOTTLE),
    _q("1升运动水杯", _with(BOTTLE, attrs={"capacity": "1L"}), near=BOTTLE),
    _q("cycling gloves XL", _with(GLOVES, attrs={"size": "XL"}), near=GLOVES),
    _q("dumbells", {"category": "sports", "title_any": ["Dumbbells"]}),
    _q("李宁羽毛球拍", {"category": "sports", "title_any": ["Badminton Racket"], "brand_any": ["Li-Ning"]},
       near={"category": "sports", "title_any": ["Badminton Racket"]}),
    # office
    _q("blue gel pen", _with(GEL_PENS, attrs={"color": "blue"}), near=GEL_PENS),
    _q("荧光笔 晨光", _with(HIGHLIGHTERS, brand_any=["M&G"]), near=HIGHLIGHTERS),
    _q("desk organiser", {"category": "office", "title_any": ["Desk Organizer"]}),
    _q("kokuyo notebooks", {"category": "office", "title_any": ["Notebook"], "brand_any": ["Kokuyo"]},
       near={"category": "office", "title_any": ["Notebook"]}),
    _q("stapler under 10 yuan", {"category": "office", "title_any": ["Stapler"], "max_price": 1000},
       near={"category": "office", "title_any": ["Stapler"]}),
    # pet
    _q("grain free dog food", _with(DOG_FOOD, title_all=["Grain-Free"]), near=DOG_FOOD),
    _q("cat litter 10 kg", _with(CAT_LITTER, attrs={"weight": "10kg"}), near=CAT_LITTER),
    _q("皇家猫粮 2公斤", _with(CAT_FOOD, brand_any=["Royal Canin"], attrs={"weight": "2kg"}),
       near=_with(CAT_FOOD, brand_any=["Royal Canin"])),
    _q("whiskas cat food 1.5kg", _with(CAT_FOOD, brand_any=["Whiskas"], attrs={"weight": "1.5kg"}),
       near=_with(CAT_FOOD, brand_any=["Whiskas"])),
    _q("petkit water fountain", _with(FOUNTAIN, brand_any=["Petkit"]), near=FOUNTAIN),
    _q("宠物饮水机", FOUNTAIN),
    # close: nothing meets every wish, the near products should be offered with what did not fit
    _q("a two litre kettle", None, near=KETTLE, outcome="close"),
    _q("bamboo chopping board", None, near=CUTTING_BOARD, outcome="close"),
    _q("30,000 mAh portable battery", None, near=POWER_BANK, outcome="close"),
    _q("4TB固态硬盘", None, near=SSD, outcome="close"),
    _q("size 47 trainers", None, near=SHOES, outcome="close"),
    _q("1升电饭煲", None, near=RICE_COOKER, outcome="close"),
    _q("case for iphone 17", None, near=_with(PHONE_CASE, title_any=["for iPhone"]), outcome="close"),
    _q("purple wireless earbuds", None, near=EARBUDS, outcome="close"),
    _q("WH-1000XM5 under 2000", None, near={"title_any": ["WH-1000XM5"]}, outcome="close"),
    _q("炒锅 40厘米", None, near=WOK, outcome="close"),
    # nothing close: an honest "no match"
    _q("robot vacuum cleaner", None, outcome="no_match"),
    _q("扫地机器人", None, outcome="no_match"),
    _q("mechanical keyboard", None, outcome="no_match"),
    _q("智能手表", None, outcome="no_match"),
    _q("coffee beans 1kg", None, outcome="no_match"),
    _q("hair dryer", None, outcome="no_match"),
    _q("帐篷 四人", None, outcome="no_match"),
    _q("office chair ergonomic", None, outcome="no_match"),
    _q("橄榄油", None, outcome="no_match"),
    _q("toilet paper 12 rolls", None, outcome="no_match"),
    _q("洗衣液", None, outcome="no_match"),
    _q("acoustic guitar", None, outcome="no_match"),
    _q("纸尿裤 L码", None, outcome="no_match"),
    _q("mascara waterproof", None, outcome="no_match"),
    # too vague to search: ask
    _q("anything under 50", None, outcome="ask"),
    _q("有什么推荐的吗", None, outcome="ask"),
    _q("a present for my girlfriend", None, outcome="ask"),
    _q("随便看看", None, outcome="ask"),
    _q("stuff for the house", None, outcome="ask"),
    _q("给孩子买点东西", None, outcome="ask"),
]

__all__ = ["QUERIES", "Query"]
