"""A judged evaluation set for catalogue discovery: queries as shoppers type them, and what is relevant.

How it was written: by hand, by someone thinking of what a shopper types into a shop's search box or says
to the agent (short, misspelt, with sizes, colours, capacities, brands, pack sizes, units written three
ways, budgets, and Chinese product words), after reading only the catalogue generator
(errand/sandbox/merchant/catalog.py, errand/sandbox/seed.py) to learn which categories, products and
attributes exist. Queries are not product titles. The search code was not read.

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
POWER_BANK = {"category": "electronics", "title_any": ["Power Bank"]}
CHARGER = {"category": "electronics", "title_any": ["USB-C Charger"]}
AA = {"category": "batteries", "attrs": {"size": "AA"}}
AAA = {"category": "batteries", "title_any": ["AAA Batteries"]}
KETTLE = {"title_any": ["Kettle"]}
EARBUDS = {"category": "audio", "title_any": ["Wireless Earbuds"]}
OVER_EAR = {"category": "audio", "title_any": ["Over-Ear Headphones", "Studio Monitor Headphones", "WH-1000XM"]}
SPEAKER = {"category": "audio", "title_any": ["Bluetooth Speaker"]}
RICE_COOKER = {"category": "kitchen", "title_any": ["Rice Cooker"]}
YOGA_MAT = {"category": "sports", "title_any": ["Yoga Mat"]}
SHOES = {"category": "sports", "title_any": ["Running Shoes"]}
CAT_FOOD = {"category": "pet", "title_any": ["Cat Food"]}
DOG_FOOD = {"category": "pet", "title_any": ["Dog Food"]}


def _with(base: dict[str, Any], **more: Any) -> dict[str, Any]:
    merged = dict(base)
    for key, value in more.items():
        merged[key] = {**merged.get(key, {}), **value} if key == "attrs" else value
    return merged


QUERIES: list[Query] = [
    # compatibility, budgets
    _q("phone case for iPhone 16 under 60 yuan", _with(PHONE_CASE, max_price=6000), near=PHONE_CASE),
    _q("iphone 16 case", PHONE_CASE),
    _q("a case for my phone", PHONE_CASE),
    _q("cheap phone case", PHONE_CASE),
    _q("samsung phone case", _with(PHONE_CASE, brand_any=["Samsung"]), near=PHONE_CASE),
    _q("手机壳 苹果16", PHONE_CASE),
    _q("iPhone 16 手机壳 50元以内", _with(PHONE_CASE, max_price=5000), near=PHONE_CASE),
    _q("charger for iPhone 16", CHARGER),
    _q("usb c charger fast charging", CHARGER),
    _q("USB-C charger Anker", _with(CHARGER, brand_any=["Anker"]), near=CHARGER),
    _q("type-c充电器", CHARGER),
    _q("power bank for travel under 200", _with(POWER_BANK, max_price=20000), near=POWER_BANK),
    _q("powerbank", POWER_BANK),
    _q("pwoer bank xiaomi", _with(POWER_BANK, brand_any=["Xiaomi"]), near=POWER_BANK),
    _q("充电宝 小米", _with(POWER_BANK, brand_any=["Xiaomi"]), near=POWER_BANK),
    _q("移动电源", POWER_BANK),
    _q("hdmi cable for my monitor", {"category": "electronics", "title_any": ["HDMI Cable"]}),
    _q("HDMI线", {"category": "electronics", "title_any": ["HDMI Cable"]}),
    _q("wifi router tp link", _with({"category": "electronics", "title_any": ["Wi-Fi Router"]}, brand_any=["TP-Link"]),
       near={"category": "electronics", "title_any": ["Wi-Fi Router"]}),
    _q("无线路由器", {"category": "electronics", "title_any": ["Wi-Fi Router"]}),
    _q("smart plug that works with my phone", {"category": "electronics", "title_any": ["Smart Plug"]}),
    _q("webcam for zoom calls", {"category": "electronics", "title_any": ["Webcam"]}),
    _q("电脑摄像头", {"category": "electronics", "title_any": ["Webcam"]}),
    _q("ipad stand", {"category": "electronics", "title_any": ["Tablet Stand"]}),
    _q("ssd samsung", _with({"category": "electronics", "title_any": ["SSD"]}, brand_any=["Samsung"]),
       near={"category": "electronics", "title_any": ["SSD"]}),
    _q("固态硬盘", {"category": "electronics", "title_any": ["SSD"]}),
    _q("wireless mouse logitech", None, near={"category": "electronics", "title_any": ["Mouse"]}, outcome="close"),
    _q("鼠标 无线", {"category": "electronics", "title_any": ["Mouse"]}),
    # batteries: sizes, pack sizes, Chinese names
    _q("AA batteries", AA),
    _q("double A batteries 24 pack", _with(AA, pack=24), near=AA),
    _q("aa batterys under 40", _with(AA, max_price=4000), near=AA),
    _q("rechargeable AA", _with(AA, attrs={"chemistry": "NiMH"}), near=AA),
    _q("5号电池", AA),
    _q("南孚5号电池 12粒", _with(AA, brand_any=["Nanfu"], pack=12), near=_with(AA, brand_any=["Nanfu"])),
    _q("7号电池", AAA),
    _q("triple a batteries duracell", _with(AAA, brand_any=["Duracell"]), near=AAA),
    _q("CR2032 coin battery for my car key", {"category": "batteries", "title_any": ["CR2032"]}),
    _q("纽扣电池 CR2032", {"category": "batteries", "title_any": ["CR2032"]}),
    _q("9v battery for smoke alarm", {"category": "batteries", "title_any": ["9V Battery"]}),
    _q("18650 rechargable cells", {"category": "batteries", "title_any": ["18650"]}),
    _q("battery charger eneloop", _with({"category": "batteries", "title_any": ["Battery Charger"]}, brand_any=["Eneloop"]),
       near={"category": "batteries", "title_any": ["Battery Charger"]}),
    # audio
    _q("noise cancelling headphones", _with(OVER_EAR, title_all=["Noise Cancelling"]), near=OVER_EAR),
    _q("sony wh1000xm5", {"title_any": ["WH-1000XM5"]}, near={"title_any": ["WH-1000XM6"]}),
    _q("sony xm6 headphones", {"title_any": ["WH-1000XM6"]}, near={"title_any": ["WH-1000XM5"]}),
    _q("索尼降噪耳机", _with(OVER_EAR, brand_any=["Sony"], title_all=["Noise Cancelling"]),
       near=_with(OVER_EAR, brand_any=["Sony"])),
    _q("wireless earbuds under 300", _with(EARBUDS, max_price=30000), near=EARBUDS),
    _q("earbuds for running", EARBUDS, near={"category": "audio", "title_any": ["Sport"]}),
    _q("蓝牙耳机", {"category": "audio", "title_any": ["Wireless Earbuds", "Over-Ear Headphones", "WH-1000XM"]}),
    _q("bluetooth speaker jbl", _with(SPEAKER, brand_any=["JBL"]), near=SPEAKER),
    _q("bluetooh speaker waterproof", SPEAKER),
    _q("蓝牙音箱 200块以内", _with(SPEAKER, max_price=20000), near=SPEAKER),
    _q("soundbar for tv", {"category": "audio", "title_any": ["Soundbar"]}),
    _q("wired earphones with mic", {"category": "audio", "title_any": ["Wired Earphones"]}),
    _q("hedphones for studio", {"category": "audio", "title_any": ["Studio Monitor Headphones"]}),
    # kitchen: capacities written three ways
    _q("2L rice cooker", _with(RICE_COOKER, attrs={"capacity": "2L"}), near=RICE_COOKER),
    _q("rice cooker 2 litre", _with(RICE_COOKER, attrs={"capacity": "2L"}), near=RICE_COOKER),
    _q("rice cooker 2000ml", _with(RICE_COOKER, attrs={"capacity": "2L"}), near=RICE_COOKER),
    _q("5升电饭煲", _with(RICE_COOKER, attrs={"capacity": "5L"}), near=RICE_COOKER),
    _q("电饭锅 美的", _with(RICE_COOKER, brand_any=["Midea"]), near=RICE_COOKER),
    _q("electric kettle", KETTLE),
    _q("kettle 1.7l", {"title_all": ["Kettle", "1.7L"]}, near=KETTLE),
    _q("glass kettle", {"title_all": ["Kettle", "Glass"]}, near=KETTLE),
    _q("电热水壶", KETTLE),
    _q("air fryer for a family of four", {"category": "kitchen", "title_any": ["Air Fryer"]}),
    _q("空气炸锅 3L以上", _with({"category": "kitchen", "title_any": ["Air Fryer"]}, attrs={"capacity": ["3L", "5L"]}),
       near={"category": "kitchen", "title_any": ["Air Fryer"]}),
    _q("non stick frying pan", _with({"category": "kitchen", "title_any": ["Frying Pan"]}, title_all=["Non-Stick"]),
       near={"category": "kitchen", "title_any": ["Frying Pan"]}),
    _q("不粘锅", {"category": "kitchen", "title_any": ["Frying Pan", "Wok"]}),
    _q("chef's knife zwilling", _with({"category": "kitchen", "title_any": ["Chef Knife"]}, brand_any=["Zwilling"]),
       near={"category": "kitchen", "title_any": ["Chef Knife"]}),
    _q("菜刀", {"category": "kitchen", "title_any": ["Chef Knife"]}),
    _q("wok", {"category": "kitchen", "title_any": ["Wok"]}),
    _q("blender for smoothies", {"category": "kitchen", "title_any": ["Blender"]}),
    _q("lunch boxes / food containers", {"category": "kitchen", "title_any": ["Food Container Set"]}),
    # household: colours, pack sizes
    _q("blue storage box", _with({"category": "household", "title_any": ["Storage Box"]}, attrs={"color": "blue"}),
       near={"category": "household", "title_any": ["Storage Box"]}),
    _q("收纳箱 白色", _with({"category": "household", "title_any": ["Storage Box"]}, attrs={"color": "white"}),
       near={"category": "household", "title_any": ["Storage Box"]}),
    _q("trash bags 10 pack", _with({"category": "household", "title_any": ["Trash Bags"]}, pack=10),
       near={"category": "household", "title_any": ["Trash Bags"]}),
    _q("垃圾袋", {"category": "household", "title_any": ["Trash Bags"]}),
    _q("mop for the kitchen floor", {"category": "household", "title_any": ["Mop"]}),
    _q("bamboo hangers", _with({"category": "household", "title_any": ["Hangers"]}, attrs={"material": "bamboo"}),
       near={"category": "household", "title_any": ["Hangers"]}),
    _q("衣架", {"category": "household", "title_any": ["Hangers"]}),
    _q("light bulb", {"category": "household", "title_any": ["Light Bulb"]}),
    _q("extension lead", {"category": "household", "title_any": ["Extension Cord"]}),
    _q("插线板", {"category": "household", "title_any": ["Extension Cord"]}),
    _q("kitchen roll paper towels", {"category": "household", "title_any": ["Paper Towels"]}),
    # groceries: weights
    _q("mixed nuts 1kg", _with({"category": "groceries", "title_any": ["Mixed Nuts"]}, attrs={"weight": "1kg"}),
       near={"category": "groceries", "title_any": ["Mixed Nuts"]}),
    _q("三只松鼠坚果", _with({"category": "groceries", "title_any": ["Mixed Nuts"]}, brand_any=["Three Squirrels"]),
       near={"category": "groceries", "title_any": ["Mixed Nuts"]}),
    _q("instant noodels", {"category": "groceries", "title_any": ["Instant Noodles"]}),
    _q("方便面 康师傅", _with({"category": "groceries", "title_any": ["Instant Noodles"]}, brand_any=["Master Kong"]),
       near={"category": "groceries", "title_any": ["Instant Noodles"]}),
    _q("soy sauce", {"category": "groceries", "title_any": ["Soy Sauce"]}),
    _q("蚝油", {"category": "groceries", "title_any": ["Oyster Sauce"]}),
    _q("rice 5kg bag", _with({"category": "groceries", "title_any": ["Rice"], "title_none": ["Rice Cooker"]},
                             attrs={"weight": "5kg"}),
       near={"category": "groceries", "title_any": ["Rice"]}),
    _q("bottled water nongfu", _with({"category": "groceries", "title_any": ["Mineral Water"]}, brand_any=["Nongfu Spring"]),
       near={"category": "groceries", "title_any": ["Mineral Water"]}),
    _q("矿泉水", {"category": "groceries", "title_any": ["Mineral Water"]}),
    _q("low sugar milk", _with({"category": "groceries", "title_any": ["Milk"]}, title_all=["Low Sugar"]),
       near={"category": "groceries", "title_any": ["Milk"]}),
    # beauty: volumes, skin types
    _q("sunscreen 50ml", _with({"category": "beauty", "title_any": ["Sunscreen"]}, attrs={"volume": "50ml"}),
       near={"category": "beauty", "title_any": ["Sunscreen"]}),
    _q("sunscren for oily skin", _with({"category": "beauty", "title_any": ["Sunscreen"]}, attrs={"skin_type": ["oily", "all"]}),
       near={"category": "beauty", "title_any": ["Sunscreen"]}),
    _q("防晒霜", {"category": "beauty", "title_any": ["Sunscreen"]}),
    _q("face cream for sensitive skin", _with({"category": "beauty", "title_any": ["Face Cream"]},
                                              attrs={"skin_type": ["sensitive", "all"]}),
       near={"category": "beauty", "title_any": ["Face Cream"]}),
    _q("洗面奶", {"category": "beauty", "title_any": ["Cleanser"]}),
    _q("lipstick perfect diary", _with({"category": "beauty", "title_any": ["Lipstick"]}, brand_any=["Perfect Diary"]),
       near={"category": "beauty", "title_any": ["Lipstick"]}),
    _q("面膜", {"category": "beauty", "title_any": ["Sheet Masks"]}),
    _q("shampoo travel size", _with({"category": "beauty", "title_any": ["Shampoo"]}, title_all=["Travel Size"]),
       near={"category": "beauty", "title_any": ["Shampoo"]}),
    # toys, sports, office, pet
    _q("lego set for an 8 year old", _with({"category": "toys", "brand_any": ["LEGO"]}, attrs={"age": ["3+", "6+", "8+"]}),
       near={"category": "toys", "brand_any": ["LEGO"]}),
    _q("乐高", {"category": "toys", "brand_any": ["LEGO"]}),
    _q("1000 piece puzzle", _with({"category": "toys", "title_any": ["Puzzle"]}, attrs={"pieces": "1000"}),
       near={"category": "toys", "title_any": ["Puzzle"]}),
    _q("盲盒 泡泡玛特", _with({"category": "toys", "title_any": ["Blind Box"]}, brand_any=["Pop Mart"]),
       near={"category": "toys", "title_any": ["Blind Box"]}),
    _q("remote control car", {"category": "toys", "title_any": ["RC Car"]}),
    _q("board games for family night", {"category": "toys", "title_any": ["Board Game"]}),
    _q("red yoga mat", None, near=YOGA_MAT, outcome="close"),  # the catalogue has no red yoga mats
    _q("瑜伽垫", YOGA_MAT),
    _q("running shoes size L", None, near=SHOES, outcome="close"),  # running shoes come in EU sizes 38-45
    _q("running shoes size 42", _with(SHOES, attrs={"size": "42"}), near=SHOES),
    _q("li ning running shoes under 500", _with(SHOES, brand_any=["Li-Ning"], max_price=50000),
       near=_with(SHOES, brand_any=["Li-Ning"])),
    _q("跑步鞋", SHOES),
    _q("badminton racket yonex", _with({"category": "sports", "title_any": ["Badminton Racket"]}, brand_any=["Yonex"]),
       near={"category": "sports", "title_any": ["Badminton Racket"]}),
    _q("哑铃", {"category": "sports", "title_any": ["Dumbbells"]}),
    _q("skipping rope", {"category": "sports", "title_any": ["Jump Rope"]}),
    _q("water bottle for the gym", {"category": "sports", "title_any": ["Water Bottle"]}),
    _q("black gel pens 10 pack", _with({"category": "office", "title_any": ["Gel Pens"]}, attrs={"color": "black"}, pack=10),
       near={"category": "office", "title_any": ["Gel Pens"]}),
    _q("中性笔 黑色", _with({"category": "office", "title_any": ["Gel Pens"]}, attrs={"color": "black"}),
       near={"category": "office", "title_any": ["Gel Pens"]}),
    _q("a4 printer paper", {"category": "office", "title_any": ["A4 Paper"]}),
    _q("post-it notes", {"category": "office", "title_any": ["Sticky Notes"]}),
    _q("订书机", {"category": "office", "title_any": ["Stapler"]}),
    _q("muji notebook", _with({"category": "office", "title_any": ["Notebook"]}, brand_any=["Muji"]),
       near={"category": "office", "title_any": ["Notebook"]}),
    _q("cat food for indoor cats 2kg", _with(CAT_FOOD, attrs={"weight": "2kg"}), near=CAT_FOOD),
    _q("royal canin dog food", _with(DOG_FOOD, brand_any=["Royal Canin"]), near=DOG_FOOD),
    _q("猫砂", {"category": "pet", "title_any": ["Cat Litter"]}),
    _q("猫粮 10公斤", _with(CAT_FOOD, attrs={"weight": "10kg"}), near=CAT_FOOD),
    _q("something for my cat to drink from", {"category": "pet", "title_any": ["Water Fountain"]}),
    _q("dog leash", {"category": "pet", "title_any": ["Leash"]}),
    # close: nothing meets every wish, the near products should be offered with what did not fit
    _q("phone case under 5 yuan", None, near=PHONE_CASE, outcome="close"),
    _q("sony xm6 under 1000", None, near={"title_any": ["WH-1000XM6"]}, outcome="close"),
    _q("AA batteries 100 pack", None, near=AA, outcome="close"),
    _q("purple yoga mat", None, near=YOGA_MAT, outcome="close"),
    _q("10L rice cooker", None, near=RICE_COOKER, outcome="close"),
    # nothing close: an honest "no match"
    _q("iPhone 16 Pro Max 256GB", None, outcome="no_match"),
    _q("washing machine", None, outcome="no_match"),
    _q("sofa bed", None, outcome="no_match"),
    _q("fresh salmon fillet", None, outcome="no_match"),
    _q("train ticket to Beijing", None, outcome="no_match"),
    _q("gold necklace", None, outcome="no_match"),
    _q("car tyres 205/55 R16", None, outcome="no_match"),
    _q("baby formula stage 1", None, outcome="no_match"),
    _q("prescription glasses", None, outcome="no_match"),
    _q("冰箱 双开门", None, outcome="no_match"),
    _q("电动牙刷", None, outcome="no_match"),
    _q("口罩 N95", None, outcome="no_match"),
    _q("笔记本电脑", None, outcome="no_match"),
    _q("printer ink cartridge HP 305", None, outcome="no_match"),
    # too vague to search: ask
    _q("something nice", None, outcome="ask"),
    _q("gift for my dad", None, outcome="ask"),
    _q("the usual", None, outcome="ask"),
    _q("便宜的", None, outcome="ask"),
    _q("买点东西", None, outcome="ask"),
]

__all__ = ["QUERIES", "Query"]
