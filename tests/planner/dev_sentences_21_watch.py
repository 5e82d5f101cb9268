"""A twenty-first development set, for price watches said in forms the watch reader did not know: written here before
the readers were changed, to check they read sentences they were not written from.

Kinds: how long said as a noun ('45 days of watching', 'a fortnight of tracking', 'a 20-day watch on …'); the buy said
auto-buy, snap up or scoop up, a count bought 'at 1,100 each or less', 'the moment it hits'; the name of a list before
a colon ('camping wish list:', 'watchlist:'); forecasts the shopper wants to hear of once they come true, in both
languages ('预计未来十天 … 有望回落至 … 届时请提醒', 'the X may fall to 800 within 10 days — alert me then'); brands whose
names begin with a number word (三只松鼠, 六个核桃, 两面针, 361度, 3M, '7 For All Mankind'); Chinese buys after the
price said 就下一台, 就下一条, 就下单, 就入手.

The asked sentences stay questions: a watch without a product or a target, a watch called off ('stop watching',
'别盯了', '不用盯了', '取消…价格提醒'), a target in another currency, a forecast with no price, a watch longer than a year,
a watch said with another errand.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _watch


def _buys(query: str | list[str], target: int, quantity: int = 1, **more: Any) -> dict[str, Any]:
    return _watch(query, target, buy_when_met=True, quantity=quantity, **more)


def _tells(query: str | list[str], target: int, **more: Any) -> dict[str, Any]:
    return _watch(query, target, buy_when_met=False, **more)


READ: list[tuple[str, dict[str, Any]]] = [
    # how long said as a noun, then the buy at a price
    ("Kindle Scribe: 30 days of watching, buy 1 at 2,000 or less", _buys("Kindle Scribe", 200000, days=30)),
    ("Garmin Forerunner 265: 60 days of watching, buy 2 at 1,800 each or less", _buys("Garmin Forerunner 265", 180000, 2, days=60)),
    ("Bose QuietComfort Ultra: two weeks of watching, buy one at 1,500 or under", _buys("Bose QuietComfort Ultra", 150000, days=14)),
    ("Lego Titanic: 20 days of watching, buy 3 at 3,000 each or under", _buys("Lego Titanic", 300000, 3, days=20)),
    ("Sony WH-1000XM5: a month of watching, buy 2 at 1,999 each or less", _buys("Sony WH-1000XM5", 199900, 2, days=30)),
    ("Nintendo Switch OLED: 10 days of watching, buy one at 1,800 or less", _buys("Nintendo Switch OLED", 180000, days=10)),
    ("DJI Mini 4 Pro: three weeks of watching, alert me at 4,500 or less", _tells("DJI Mini 4 Pro", 450000, days=21)),
    ("Fujifilm X100VI: 90 days of watching, tell me at 9,000", _tells("Fujifilm X100VI", 900000, days=90)),
    ("Shokz OpenRun Pro: six weeks of watching, tell me at 999 or less", _tells("Shokz OpenRun Pro", 99900, days=42)),
    ("a 20-day watch on the Anker 737 power bank, buy one at 400 or under", _buys("Anker 737 power bank", 40000, days=20)),
    ("Breville Barista Express: 60 days of watching, grab one when it hits 3,500",
     _buys("Breville Barista Express", 350000, days=60)),
    ("Lego Technic Porsche: a fortnight of watching, auto-buy one at 1,000 or less",
     _buys("Lego Technic Porsche", 100000, days=14)),
    ("Sony A7C II: 30 days of tracking, alert me at 11,000", _tells("Sony A7C II", 1100000, days=30)),
    ("Theragun Mini: watch for 20 days, auto-buy one at 900 or under", _buys("Theragun Mini", 90000, days=20)),
    # a list's name before the product; auto-buy, snap up, scoop up
    ("camping wish list: Jetboil Flash stove, auto-buy one at 700 or under", _buys(["Jetboil Flash stove", "Jetboil Flash"], 70000)),
    ("kitchen watchlist: Le Creuset casserole, auto-buy one at 1,500 or less", _buys("Le Creuset casserole", 150000)),
    ("gym wish list: Hyperice Hypervolt 2, auto-buy two at 1,200 each or under", _buys("Hyperice Hypervolt 2", 120000, 2)),
    ("watchlist: Apple AirPods Pro 2, buy one at 1,400 or less", _buys("Apple AirPods Pro 2", 140000)),
    ("birthday wish list: Lego Millennium Falcon, auto-buy one at 4,000 or less", _buys("Lego Millennium Falcon", 400000)),
    ("reading wish list: Kindle Colorsoft, auto-buy one at 1,800 or under", _buys("Kindle Colorsoft", 180000)),
    ("wishlist: Nintendo Switch 2 Pro Controller, snap up two when they hit 400",
     _buys("Nintendo Switch 2 Pro Controller", 40000, 2)),
    ("auto-buy a Kindle Paperwhite at 800 or under", _buys("Kindle Paperwhite", 80000)),
    ("auto-buy the Dyson V15 when it hits 3,500", _buys("Dyson V15", 350000)),
    ("Stanley Quencher tumbler — grab 2 when it hits 300", _buys("Stanley Quencher tumbler", 30000, 2)),
    ("snap up a Switch 2 the moment it hits 2,600", _buys(["Switch 2", "Nintendo Switch 2"], 260000)),
    ("Yeti Rambler bottle, snap up three if it drops to 250 each", _buys("Yeti Rambler bottle", 25000, 3)),
    ("Ninja air fryer — scoop up one the moment it drops to 500", _buys("Ninja air fryer", 50000)),
    # brands that begin with a number
    ("3M Littmann stethoscope: 30 days of watching, buy one at 1,200 or less", _buys("3M Littmann stethoscope", 120000, days=30)),
    ("361 Degrees running shoes: auto-buy two at 300 each or under", _buys("361 Degrees running shoes", 30000, 2)),
    ("7 For All Mankind jeans: auto-buy one at 800 or under", _buys("7 For All Mankind jeans", 80000)),
    ("7 For All Mankind jeans, snap up two if they drop to 600 each", _buys("7 For All Mankind jeans", 60000, 2)),
    ("1More Evo earbuds: 30 days of watching, buy one at 500 or less", _buys("1More Evo earbuds", 50000, days=30)),
    ("七匹狼夹克降到三百就拍一件", _buys("七匹狼夹克", 30000)),
    ("七匹狼皮带，降到一百就下一条", _buys("七匹狼皮带", 10000)),
    ("九阳豆浆机降到四百就下单", _buys("九阳豆浆机", 40000)),
    ("九阳破壁机Y1，跌到一千就下单", _buys(["九阳破壁机Y1", "九阳Y1"], 100000)),
    ("五粮液降到九百就拍两瓶", _buys("五粮液", 90000, 2)),
    ("五粮液普五降到九百就下两瓶", _buys(["五粮液普五", "五粮液"], 90000, 2)),
    ("六个核桃降到五十就买三箱", _buys("六个核桃", 5000, 3)),
    ("六个核桃整箱降到四十提醒我，盯一个礼拜", _tells("六个核桃", 4000, days=7)),
    ("361度跑鞋降到两百就入一双", _buys("361度跑鞋", 20000)),
    ("三只松鼠夏威夷果跌到四十通知我", _tells("三只松鼠夏威夷果", 4000)),
    ("七彩虹显卡RTX4060跌到两千提醒我", _tells(["七彩虹显卡RTX4060", "七彩虹RTX4060"], 200000)),
    ("五芳斋粽子降到六十就拍三盒", _buys("五芳斋粽子", 6000, 3)),
    ("六神花露水降到十块就买五瓶", _buys("六神花露水", 1000, 5)),
    ("三星Galaxy S25降到五千告诉我", _tells(["三星Galaxy S25", "Samsung Galaxy S25"], 500000)),
    ("三顿半咖啡降到一百就拍两盒", _buys("三顿半咖啡", 10000, 2)),
    ("两面针牙膏降到八块就买十支", _buys("两面针牙膏", 800, 10)),
    ("十月稻田大米降到五十就买两袋", _buys("十月稻田大米", 5000, 2)),
    ("3M口罩降到一百就拍两盒", _buys("3M口罩", 10000, 2)),
    ("3M防护口罩降到六十就拍三包", _buys("3M防护口罩", 6000, 3)),
    ("九牧马桶降到两千就下一台", _buys("九牧马桶", 200000)),
    ("八喜冰淇淋降到六十提醒我", _tells("八喜冰淇淋", 6000)),
    # a buy after the price; a brand and model kept as said
    ("卡西欧电钢琴PX-S1100，降到三千就下一台", _buys(["卡西欧电钢琴PX-S1100", "卡西欧PX-S1100"], 300000)),
    ("戴森吹风机HD15，跌到两千就拍下", _buys(["戴森吹风机HD15", "Dyson hair dryer HD15"], 200000)),
    ("小米手环9跌到一百五就入手", _buys("小米手环9", 15000)),
    ("罗技G502鼠标降到两百就下单", _buys(["罗技G502鼠标", "罗技G502", "Logitech G502 mouse"], 20000)),
    ("任天堂Switch 2降到两千五就入手一台", _buys("任天堂Switch 2", 250000)),
    ("索尼WH-1000XM5降到一千五告诉我", _tells(["索尼WH-1000XM5", "Sony WH-1000XM5"], 150000)),
    ("苹果AirPods Pro 2降到一千三提醒我", _tells(["苹果AirPods Pro 2", "Apple AirPods Pro 2"], 130000)),
    ("佳能R50降到四千告诉我，盯三个礼拜", _tells("佳能R50", 400000, days=21)),
    ("华为Mate 70跌到五千通知我", _tells("华为Mate 70", 500000)),
    # forecasts the shopper wants to hear of
    ("Forecast: the Kindle Paperwhite may fall to 800 within 10 days — alert me then", _tells("Kindle Paperwhite", 80000, days=10)),
    ("analysts expect the iPad Air to dip to 3,800 over the next 20 days; when it does, tell me",
     _tells("iPad Air", 380000, days=20)),
    ("Prices are expected to drop: if the Sony WH-1000XM5 gets to 1,800 in the next two weeks, let me know",
     _tells("Sony WH-1000XM5", 180000, days=14)),
    ("the Garmin Fenix 8 is expected to drop to 6,000 within 30 days; alert me", _tells("Garmin Fenix 8", 600000, days=30)),
    ("预计未来十天，戴森V12价格有望跌到两千，届时请提醒", _tells(["戴森V12", "Dyson V12"], 200000, days=10)),
    ("预计未来两周，小米手环9有望降到一百五，到时候提醒我", _tells("小米手环9", 15000, days=14)),
    ("预计未来一个月，佳能R50价格有望回落至四千，届时请通知我", _tells("佳能R50", 400000, days=30)),
    ("预计下个月任天堂Switch 2会回落到两千二，到时候告诉我", _tells("任天堂Switch 2", 220000)),
    ("据预测，大疆Mini 4 Pro二十天内价格有望回落至四千，届时请提醒", _tells(["大疆Mini 4 Pro", "DJI Mini 4 Pro"], 400000, days=20)),
    ("预计未来三天，三只松鼠每日坚果有望降到八十，届时提醒我", _tells("三只松鼠每日坚果", 8000, days=3)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # no target, or no product
    ("Kindle Scribe: 30 days of watching", ASK),
    ("45 days of watching, buy 2 at 1,100 each or less", ASK),
    ("three weeks of watching, alert me at 4,500 or less", ASK),
    ("wish list: auto-buy one at 260 or under", ASK),
    ("watchlist: Apple AirPods Pro 2", ASK),
    ("auto-buy one at 900 or under", ASK),
    ("auto-buy the Dyson V15", ASK),
    ("auto-buy 2 Dyson V15", ASK),
    ("snap up the Dyson V15", ASK),
    ("降到两千八就下一台", ASK),
    ("grab 2 when it hits 300", ASK),
    ("预计未来七天罗技G502价格有望回落，届时请提醒", ASK),
    ("预计未来七天，价格有望回落至五百，届时请提醒", ASK),
    ("analysts expect prices to fall next month; tell me then", ASK),
    # a watch called off
    ("stop watching the Theragun Prime", ASK),
    ("cancel the watch on the Kindle Scribe", ASK),
    ("stop the price watch on the Switch 2, I already bought one", ASK),
    ("don't auto-buy the Theragun Mini any more, stop watching it", ASK),
    ("别盯了，戴森吹风机HD15", ASK),
    ("三只松鼠坚果礼盒不用盯了", ASK),
    ("六个核桃不用再盯了", ASK),
    ("取消任天堂Switch 2的价格提醒", ASK),
    # a target in another currency
    ("Kindle Scribe: 30 days of watching, buy one at $250 or less", ASK),
    ("auto-buy the Dyson V15 when it hits €400", ASK),
    ("snap up two Bose QuietComfort Ultra earbuds when they hit £150", ASK),
    ("索尼A7C2降到一千美元告诉我", ASK),
    ("七匹狼夹克降到五十美元就下一件", ASK),
    # longer than a year; another errand beside it
    ("Theragun Prime: 400 days of watching, buy one at 1,100 or less", ASK),
    ("Garmin Forerunner 265: 60 days of watching, buy 2 at 1,800 each or less, and buy a Kindle Scribe now", ASK),
]
