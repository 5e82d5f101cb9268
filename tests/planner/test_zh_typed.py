"""Chinese as typed in chat or dictated (zh_typed): slang, bullets, English words, voice slips and the words
around a product are read as plain Mandarin, and only where the rewrite makes sense of the words."""

from __future__ import annotations

import pytest

from errand.planner.zh_typed import typed


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("xdm 帮我买两包纸巾", "帮我买两包纸巾"),
        ("yyds的那款眼霜来一支", "眼霜来一支"),
        ("· 保温壶 · 两个 · 送家", "保温壶，两个，送到家里"),
        ("帮我buy两个鼠标，每个budget 80以内", "帮我买两个鼠标，每个预算80以内"),
        ("watch 一下 iPad Air，under 3000 就 buy 一台", "关注一下 iPad Air，3000以下就买一台"),
        ("帮我麦两瓶醋", "帮我买两瓶醋"),
        ("买六节七号电吃", "买六节七号电池"),
        ("买十个蛇皮袋装稻谷", "买十个蛇皮袋"),
        ("仨收纳筐，每个不过三十", "仨收纳筐，每个不超过三十"),
        ("· 商品：瑜伽垫 · 数量：2 · 送：家", "瑜伽垫，2个，送到家"),
        ("帮我下单一个air fryer，budget 300", "帮我下单一个air fryer，预算300"),
        ("帮我看看罗技鼠标降到一百五没有", "帮我看看罗技鼠标降到一百五"),
        ("帮我订俩杯奶茶", "帮我订两杯奶茶"),
        ("coco珍珠奶茶十杯", "coco 珍珠奶茶十杯"),
        ("热水壶坏掉了，再买一个新的吧", "买一个热水壶"),
        ("安排两箱啤酒，送家", "买两箱啤酒，送到家里"),
        ("剁手买一个机械键盘", "买一个机械键盘"),
        ("来两桶花生油 yyds", "来两桶花生油"),
        ("我妈叫我买两斤排骨", "买两斤排骨"),
        ("帮我蹲一下AirPods 4，掉到八百就入一副", "帮我蹲一下AirPods 4，降到八百就入一副"),
        ("帮我订二十杯瑞性的生椰拿铁", "帮我订二十杯瑞幸的生椰拿铁"),
        ("索尼相机跌破一万五就买一台", "索尼相机跌破15000就买一台"),
        ("商品：拖鞋 数量：两双", "拖鞋，两双"),
        ("救命啊，猫粮吃完了，赶紧帮我买两袋", "买两袋猫粮"),
        ("京东上帮我买两箱牛奶", "帮我买两箱牛奶"),
        ("tql 帮我买一副耳机", "帮我买一副耳机"),
        ("买一个电水壶烧水", "买一个电水壶"),
    ],
)
def test_read_as_plain_mandarin(said: str, read: str) -> None:
    assert typed(said) == read


@pytest.mark.parametrize(
    "kept",
    [
        "帮我买一个麦克风",  # 麦 is part of a word
        "买一袋燕麦片",
        "买一箱瓶装水",  # 瓶装 after a count is a kind of water, not a purpose
        "HeyTea 多肉葡萄 20 cups，office，Friday 3pm",  # English phrases of their own
        "buy-alice-9e8d7c6b 运费多少钱",  # an errand's id
        "病区的吗啡不够了，网上帮我买点",  # no count: 网上 is not dropped
        "buy two mugs",  # no Chinese
        "安排两个人去取快递",  # a count of people
        "帮我冲两杯咖啡",  # making coffee
        "瑞星杀毒软件买一套",  # a brand, not a slip
        "买一台两万的电脑",  # ten thousands are an amount only where a price is said
        "买一盒茶叶包装盒",  # 包装 is a word, not a purpose
        "ord_k1的水壶烧不开水，退货",  # a fault with an order, not a purpose
        "ord_b2的耳机太贵了，退了吧",  # the reason for a return
        "帮我看一下那单的价格是多少",  # a question about an order
        "ord_b2退的200到账了没有",  # a question, not a price falling
    ],
)
def test_left_as_said(kept: str) -> None:
    assert typed(kept) == kept


def test_a_ramble_that_names_a_card_is_kept_whole() -> None:
    said = "今天累死了，开了一天会，老王说用他的卡就行，你帮我买两瓶洗发水吧"
    assert typed(said) == said


def test_weather_asked_about_in_a_ramble_keeps_it_whole() -> None:
    said = "明天天气怎么样啊，出门要不要带伞，你帮我买一把雨伞吧"
    assert typed(said) == said


def test_refused_goods_glued_to_chinese_are_seen() -> None:
    assert typed("帮我buy一个gun") == "帮我买一个 gun"
