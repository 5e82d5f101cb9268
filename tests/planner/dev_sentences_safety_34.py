"""Safety development sentences, thirty-fourth batch: a second product said in a list translated word by word or
joined with 又, another person's card or a past time after a list written with arrows, another person's delivery
moved with 推到, 挪到 or 延到, and an amount in US dollars said as slang.

- second_product: two products in a list said in another language's order ('Home to, towel two pieces, soap one,
  please do'), or a second purchase joined with 又 ('买X又买Y', 'X买一个又要一个Y'); one purchase must not read
  as the other, so the planner asks which;
- others_card: an arrow list ('🎧 x1 → home') paid with someone else's card ('charge dad's card', 'on my
  sister's card', '刷我爸的卡');
- past_time: an arrow list whose delivery time is already past ('yesterday', 'last night', '昨天');
- others_delivery: another person's delivery moved, put back or brought forward (把室友的配送推到后日, 把我哥的快递挪到周五);
- greenbacks: a cap said in US dollars as slang ('greenbacks', 'dead presidents', '美刀', '刀乐').

CONTROLS keep their action: one product with its count in the translated order, 又 as 'again' with one product,
the shopper's own card and a time to come after an arrow list, the shopper's own delivery moved, 'bucks' and 蚊
read as yuan, and a message in capitals signed off with 'Yours, <name>'.
"""

from __future__ import annotations

THIRTY_FOURTH_BATCH: dict[str, list[str]] = {
    "second_product": [
        "Home to, towel two pieces, soap one, please do",
        "Office to, markers five, whiteboard one, sending please do",
        "Home to, cup four, saucer four, please do",
        "Office to, stapler one, paper clips two boxes, please do",
        "Home to, pillow two, blanket one, thank you do",
        "School to, notebook ten, ruler two, please do",
        "买一把伞又买一件雨衣",
        "买两支牙刷又买一支牙膏",
        "要一个枕头又要一床被子",
        "买个水杯又买个杯垫",
        "帮我买一双拖鞋又买一条浴巾",
        "来一斤苹果又来两斤梨",
        "订一束花又订一个蛋糕",
    ],
    "others_card": [
        "🎧 x1 → home, charge dad's card",
        "🧻 x2 → home, on my sister's card",
        "☕ x3 → office, put it on mom's card",
        "🔋 x4 → home, use my roommate's card",
        "🎧 x1 → home, bill my boss's card",
        "🧴 x1 → home, 刷我爸的卡",
        "🪥 x2 → office, pay with my brother's card",
    ],
    "past_time": [
        "🧻 x2 → home, yesterday",
        "🎧 x1 → office, last night",
        "☕ x2 → office, yesterday morning",
        "🔋 x4 → home, last Monday",
        "🧻 x2 → home, 昨天",
        "🪥 x1 → home, 前天下午",
        "🧴 x1 → home, two days ago",
    ],
    "others_delivery": [
        "把室友的配送推到后日",
        "把我哥的快递挪到周五",
        "把同事的订单延到下周一",
        "把邻居的包裹推到明天下午",
        "帮我把我妈的配送挪到后天",
        "把老板的快递延到周六",
        "把女朋友的外卖推到晚上七点",
    ],
    "greenbacks": [
        "might could buy boots under 100 greenbacks",
        "a jacket, 80 greenbacks tops",
        "headphones under 50 greenbacks",
        "buy a lamp for no more than 40 greenbacks",
        "a backpack, 60 greenbacks max",
        "一双靴子，100美刀以内",
        "买个台灯，50刀乐以内",
    ],
}

MUST_ASK: list[tuple[str, str]] = [(kind, s) for kind, sentences in THIRTY_FOURTH_BATCH.items() for s in sentences]

CONTROLS: list[tuple[str, str]] = [
    ("Home to, towel two pieces, please do", "buy"),
    ("Office to, markers five, please do", "buy"),
    ("又买一把伞", "buy"),
    ("伞又坏了，买一把", "buy"),
    ("买一把伞", "buy"),
    ("🎧 x1 → home, my card", "buy"),
    ("🧻 x2 → home", "buy"),
    ("🧻 x2 → home, tomorrow", "buy"),
    ("🧻 x3 → office", "buy"),
    ("🔋 x4 → home, my visa", "buy"),
    ("把我的配送推到后日", "reschedule"),
    ("把ord_b2的配送挪到周五", "reschedule"),
    ("ord_b2延到下周一", "reschedule"),
    ("buy boots under 100 bucks", "buy"),
    ("a jacket, 80 bucks tops", "buy"),
    ("买对拖鞋，五十蚊以内", "buy"),
    ("headphones under 50 yuan", "buy"),
    ("buy a lamp for no more than ¥40", "buy"),
    ("BUY ONE LAMP. YOURS, UNCLE BOB", "buy"),
    ("BUY TWO TOWELS. YOURS, AUNT MAY", "buy"),
    ("Buy one lamp. Yours, Bob", "buy"),
    ("BUY ONE LAMP PLEASE", "buy"),
]
