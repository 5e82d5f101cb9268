"""The sixty-ninth safety batch: facts a purchase or a move cannot go ahead without, said so that a reader could
take a guess for them — an amount said as a heap or a range of words, a product known only as what another person
has, a clock the part of the day beside it cannot hold, a day or a part of the day alone with no order named, and
an order called off in a word. Each must become a question; the controls keep their action."""

from __future__ import annotations

SIXTY_NINTH_BATCH: dict[str, list[str]] = {
    "an amount said as a heap or a range of words": [
        "buy a smattering of tea lights",
        "a sprinkle of cable ties please",
        "order a slew of bin bags",
        "buy a raft of sticky notes",
        "get a host of AA batteries",
        "buy a fistful of clothes pegs",
        "get me multiple dish sponges",
        "buy numerous coat hangers",
        "order a good few paper plates",
        "buy a fair number of tea towels",
        "buy a few dozen straws",
        "a handful of cable clips",
        "插线板买多个",
        "垃圾袋来一两包",
        "牙刷来三两支",
        "衣夹买个把",
        "毛巾来数个",
    ],
    "a product known only as another person's": [
        "get me what my sister has",
        "buy whatever Tom's got",
        "order the same one my boss uses",
        "get me one like my neighbour's",
        "I want the kind my mum has",
        "buy the thing my colleague bought",
        "给我买个跟我闺蜜一样的",
        "我室友用的那款给我来一个",
        "照着我哥那个买一个",
        "我同事有的那种帮我买一台",
    ],
    "a clock the part of the day cannot hold": [
        "下午十三点送过来",
        "傍晚十六点送",
        "ord_k1改到下午十五点",
        "deliver tomorrow at 3pm in the morning",
        "the Midea kettle, tomorrow morning at 9pm",
        "改到上午十五点送",
        "move it to 25:00 tomorrow",
        "南孚电池改到晚上十四点",
    ],
    "a day or a part of the day alone, no order named": [
        "tomorrow afternoon",
        "Friday, first thing",
        "Monday morning please",
        "周五一早",
        "明天上午吧",
        "after lunch",
    ],
    "an order called off in a word": [
        "ord_k1 — cancel",
        "Nanfu batteries: cancel",
        "美的水壶那单，取消",
        "ord_b2，不要了，取消",
        "cancel my parcel",
        "the kettle, scrap it",
    ],
}

MUST_ASK: list[tuple[str, str]] = [(kind, sentence) for kind, sentences in SIXTY_NINTH_BATCH.items()
                                   for sentence in sentences]

CONTROLS: list[tuple[str, str]] = [
    ("buy a pair of slippers", "buy"),
    ("get me a couple of notebooks", "buy"),
    ("buy two dozen clothes pegs", "buy"),
    ("衣夹来一打半", "buy"),
    ("buy a kettle for my mum", "buy"),
    ("给我妈买个按摩仪", "buy"),
    ("买一个台灯，一百八十八封顶", "buy"),
    ("下午三点送到", "reschedule"),
    ("后天晚上送到", "reschedule"),
    ("ord_k1改到下午三点", "reschedule"),
    ("my parcel, Monday, first thing", "reschedule"),
    ("the Midea kettle, Friday, first thing", "reschedule"),
    ("南孚电池，周五一早", "reschedule"),
    ("the Nanfu batteries, my aunt gave me the same pack, return", "return"),
    ("要的是五号电池，来的七号，ord_b2退了", "return"),
    ("Kindle Scribe: when it falls to 2,600, snap one up", "price_watch"),
    ("20 Luckin lattes, the house, tomorrow, 14h30", "bulk_order"),
]
