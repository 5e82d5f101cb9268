"""A small development set of judged catalogue searches (seed 7, 20,000 products).

Each query names what a relevant product is, not which one: ``title`` words that must all be in the title
``attributes`` it must have exactly, an optional price cap. A
product with the title words and every attribute is fully relevant (grade 2); with the title words only, it
is a fair substitute (grade 1). Written before the search was tuned and used to develop it; the independent
set in bench/eval is kept apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class JudgedQuery:
    text: str
    title: tuple[str, ...]
    attributes: dict[str, str] = field(default_factory=dict)
    max_price: int | None = None
    brand: str | None = None

    def judgment(self) -> dict[str, Any]:
        """The query in the form bench/eval's judging reads (grade 2: ``relevant``, grade 1: ``near``)."""
        near: dict[str, Any] = {"title_all": list(self.title)}
        if self.brand:
            near["brand_any"] = [self.brand]
        relevant = dict(near)
        attrs = {k: v for k, v in self.attributes.items() if k != "pack"}
        if attrs:
            relevant["attrs"] = attrs
        if "pack" in self.attributes:
            relevant["pack"] = int(self.attributes["pack"])
        if self.max_price is not None:
            relevant["max_price"] = self.max_price
        return {"query": self.text, "relevant": relevant, "near": near, "max_price": self.max_price}


DEV_QUERIES: list[JudgedQuery] = [
    JudgedQuery("a phone case for an iPhone 16", ("phone case",), {"compatible": "iPhone 16"}, 6000),
    JudgedQuery("iphone 16 pro max case", ("phone case",), {"compatible": "iPhone 16 Pro Max"}),
    JudgedQuery("cover for my galaxy s24", ("phone case",), {"compatible": "Galaxy S24"}),
    JudgedQuery("clear case for pixel 9", ("phone case",), {"compatible": "Pixel 9", "color": "clear"}),
    JudgedQuery("AA batteries", ("aa batteries",), max_price=4000),
    JudgedQuery("pack of 24 AA batteries", ("aa batteries",), {"pack": "24"}),
    JudgedQuery("an electric kettle", ("kettle",)),
    JudgedQuery("1.5 litre kettle", ("kettle",), {"capacity": "1.5L"}),
    JudgedQuery("sony noise cancelling headphones", ("noise cancelling", "headphones"), brand="Sony"),
    JudgedQuery("2L rice cooker", ("rice cooker",), {"capacity": "2L"}),
    JudgedQuery("rice cooker 2 litres under 200 yuan", ("rice cooker",), {"capacity": "2L"}, 20000),
    JudgedQuery("black running shoes size 42", ("running shoes",), {"size": "42", "color": "black"}),
    JudgedQuery("running shoes eu 44", ("running shoes",), {"size": "44"}),
    JudgedQuery("20000mAh power bank", ("power bank",), {"capacity": "20000mAh"}),
    JudgedQuery("1TB SSD", ("ssd",), {"storage": "1TB"}),
    JudgedQuery("65W usb-c charger", ("usb-c charger",), {"power": "65W"}),
    JudgedQuery("white wireless earbuds", ("wireless earbuds",), {"color": "white"}),
    JudgedQuery("cat food 2kg", ("cat food",), {"weight": "2kg"}),
    JudgedQuery("dog food", ("dog food",)),
    JudgedQuery("yoga mat pink", ("yoga mat",), {"color": "pink"}),
    JudgedQuery("28cm frying pan", ("frying pan",), {"size": "28cm"}),
    JudgedQuery("1 litre water bottle", ("water bottle",), {"capacity": "1L"}),
    JudgedQuery("Lee Kum Kee oyster sauce", ("oyster sauce",), brand="Lee Kum Kee"),
    JudgedQuery("gel pens", ("gel pens",)),
    JudgedQuery("some trash bags please", ("trash bags",)),
    JudgedQuery("iphone 17 case", ("phone case",), {"compatible": "iPhone 17"}),
    JudgedQuery("purple yoga mat", ("yoga mat",), {"color": "purple"}),
    JudgedQuery("blutooth speaker", ("bluetooth speaker",)),
    JudgedQuery("wireles earbuds black", ("wireless earbuds",), {"color": "black"}),
    JudgedQuery("instant noodels", ("instant noodles",)),
    JudgedQuery("badmington racket", ("badminton racket",)),
    JudgedQuery("wireless ear buds", ("wireless earbuds",)),
    JudgedQuery("head phones noise cancelling", ("noise cancelling", "headphones")),
    JudgedQuery("two litre rice cooker", ("rice cooker",), {"capacity": "2L"}),
    JudgedQuery("pack of twelve AA batteries", ("aa batteries",), {"pack": "12"}),
    JudgedQuery("AA batteries, budget 30 yuan", ("aa batteries",), max_price=3000),
    JudgedQuery("两升电饭煲", ("rice cooker",), {"capacity": "2L"}),
    JudgedQuery("买一个iPhone 16的手机壳", ("phone case",), {"compatible": "iPhone 16"}),
    JudgedQuery("五号电池", ("aa batteries",)),
    JudgedQuery("电热水壶", ("kettle",)),
    JudgedQuery("黑色跑步鞋 42码", ("running shoes",), {"size": "42", "color": "black"}),
    JudgedQuery("小米充电宝", ("power bank",), brand="Xiaomi"),
    JudgedQuery("猫粮", ("cat food",)),
    JudgedQuery("无线耳机", ("wireless earbuds",)),
    JudgedQuery("蓝牙音箱", ("bluetooth speaker",)),
    JudgedQuery("瑜伽垫", ("yoga mat",)),
    # Written before the second round of tuning: model codes written without their hyphen, brands and product
    # words in Chinese said another way, 号/粒/节 counts, a head noun with words no product has, a price cap
    # that nothing meets (the closest above it are offered; the cap is in the text, so no filter is passed).
    JudgedQuery("WH1000XM6 headphones", ("wh-1000xm6",)),
    JudgedQuery("sony xm5 headphones", ("wh-1000xm5",), brand="Sony"),
    JudgedQuery("乐高积木", ("building set",), brand="LEGO"),
    JudgedQuery("劲量7号电池", ("aaa batteries",), brand="Energizer"),
    JudgedQuery("耐克跑步鞋", ("running shoes",), brand="Nike"),
    JudgedQuery("苏泊尔电饭锅", ("rice cooker",), brand="Supor"),
    JudgedQuery("拖布", ("mop",)),
    JudgedQuery("煎锅", ("frying pan",)),
    JudgedQuery("网络摄像头", ("webcam",)),
    JudgedQuery("五号电池 8节", ("aa batteries",), {"pack": "8"}),
    JudgedQuery("南孚电池 4粒", ("batteries",), {"pack": "4"}, brand="Nanfu"),
    JudgedQuery("sunscreen for a beach holiday trip", ("sunscreen",)),
    JudgedQuery("dumbbells for my home gym workouts", ("dumbbells",)),
    JudgedQuery("stapler that works on thick paper stacks", ("stapler",)),
    JudgedQuery("yoga mat under 3 yuan", ("yoga mat",)),
    JudgedQuery("bluetooth speaker under 10 yuan", ("bluetooth speaker",)),
]
