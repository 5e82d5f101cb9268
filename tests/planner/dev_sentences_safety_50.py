"""Safety development sentences, fiftieth batch: what must become a question back however it is worded. A price
watch or an errand called off (stop watching, 不用盯了, 取消提醒, 'forget the alert on …'); a purchase whose verb is
negated (别买了, 不用买了, "don't get the … anymore", 'hold off on buying'); a question about when or where an order
arrives, pointing at a product two recent orders hold ('the kettle', 那个水壶, 壶 alone,
with a Midea stainless kettle in ord_k1 and a Bear glass kettle in ord_h3); an amount said as a heap or left open
('loads of', 'a ton of', 'as many as you can', 'dozens of', 一大堆, 老鼻子了, 管够, 越多越好, 有多少要多少).

CONTROLS keep what the planner does with them: a watch set up (盯着…降到…告诉我, 'watch …, don't buy it'), a purchase
with a negated word that is no negated buy ("don't forget to buy …", 不用插电的), a question about one order named
('the headphones', 美的壶, 'the glass kettle') or about the shopper's own parcel or kettle ('my parcel', 'my kettle'),
and purchases with a count said beside a heap word or a heap word that is part of the product.
"""

from __future__ import annotations

FIFTIETH_BATCH: dict[str, list[str]] = {
    "watch called off": [
        "stop watching the Garmin Fenix price",
        "you can quit tracking the Bose speaker now",
        "forget the price alert on the Vitamix",
        "no need to keep an eye on the air purifier any more",
        "drop the watch on the Switch OLED",
        "call off the Kindle price watch",
        "kill the alert for the robot mop",
        "I don't need you to monitor the Sonos price anymore",
        "unwatch the Lego Millennium Falcon",
        "turn off the price notifications for the standing desk",
        "Breville espresso machine — stop tracking it, I bought one",
        "I'm done watching the Dyson Airwrap",
        "美的洗碗机不用盯了",
        "小米手环别再盯着了",
        "苏泊尔电饭煲的价格不看了",
        "取消戴森吸尘器的降价提醒",
        "飞利浦剃须刀那个提醒关掉吧",
        "华为平板不蹲了，已经买了",
        "别帮我关注那个按摩椅了",
        "空气净化器的盯价删了",
        "停止监控索尼相机的价格",
        "投影仪先别盯了",
    ],
    "purchase negated": [
        "don't get the bath mat anymore",
        "no need to order the printer paper after all",
        "hold off on buying the office chair",
        "you needn't get the desk fan any longer",
        "I won't be needing them, don't purchase the hiking boots",
        "晾衣架别买了",
        "拖把不用买了，家里还有",
        "电热水袋先不买了",
        "那双棉拖甭买了",
        "加湿器不要了",
        "保温杯别再下单了",
    ],
    "when one of two kettles arrives": [
        "when is the kettle supposed to show up?",
        "what's the ETA on the kettle",
        "is the kettle still coming today?",
        "where's that kettle got to?",
        "when does the electric kettle get here?",
        "what time is the kettle turning up?",
        "水壶哪天能送到",
        "这个壶到哪儿了",
        "那只烧水壶啥时候到",
        "壶现在物流到哪了",
        "热水壶几号能到",
        "那个电水壶还要多久到",
    ],
    "amount as a heap": [
        "buy loads of clothes pegs",
        "get me heaps of bin liners",
        "order a ton of kitchen roll",
        "grab a boatload of AAA batteries",
        "buy as many tea lights as you can",
        "order dozens of paper straws",
        "buy oodles of hair clips",
        "buy umpteen birthday candles",
        "get a mountain of napkins for the party",
        "衣架买它一大堆",
        "垃圾袋买老鼻子了",
        "抽纸管够买",
        "湿巾给我来一大堆",
        "电池有多少要多少",
        "晾衣夹越多越好",
        "纸杯买上百个",
        "保鲜膜多多益善",
        "蜡烛整它个够",
        "气球买海量的",
    ],
}

MUST_ASK: list[tuple[str, str]] = [(kind, sentence) for kind, sentences in FIFTIETH_BATCH.items()
                                   for sentence in sentences]

CONTROLS: list[tuple[str, str]] = [
    ("盯着破壁机，降到300告诉我", "price_watch"),
    ("watch the Dyson V15 and tell me when it's under 3000", "price_watch"),
    ("keep an eye on the Kindle, ping me below 800, don't buy it", "price_watch"),
    ("先别买，盯着小米空气净化器，降到六百告诉我", "price_watch"),
    ("帮我关注一下索尼耳机，低于1500提醒我", "price_watch"),
    ("buy a digital stop watch", "buy"),
    ("don't forget to buy 2 bags of rice", "buy"),
    ("买个不用插电的小风扇", "buy"),
    ("buy a frying pan that won't stick", "buy"),
    ("when do the headphones arrive?", "question"),
    ("美的壶到哪了", "question"),
    ("how much was the glass kettle order?", "question"),
    ("has the stainless kettle shipped yet?", "question"),
    ("电池那单花了多少钱", "question"),
    ("小熊壶什么时候到", "question"),
    ("where's my parcel?", "question"),
    ("我的快递到哪了", "question"),
    ("has my kettle been sent out yet?", "question"),
    ("buy 3 coat hangers", "buy"),
    ("heaps? nah, buy 4 coat hangers", "buy"),
    ("buy a bunch of bananas", "buy"),
    ("buy a 2 ton hydraulic jack", "buy"),
    ("buy 6 rolls of paper towels, we go through tons of them", "buy"),
    ("纸巾买两提，管够", "buy"),
    ("买一大袋大米", "buy"),
    ("买一盒积木", "buy"),
    ("buy a loaf of bread", "buy"),
    ("买三包抽纸", "buy"),
]
