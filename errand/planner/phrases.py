"""Phrase readers the offline planner shares between intents: ids, addresses, options, chains, the Chinese
glossary that turns product words into the catalogue's English, and matching a sentence to recent orders.
"""

from __future__ import annotations

import re

from .context import OrderSummary

ERRAND_ID = re.compile(r"\b(?:buy|bulk|return|watch|price_watch|pricewatch|reschedule)-[a-z0-9_]+-[0-9a-f]{8}\b")
ORDER_ID = re.compile(r"(?<![A-Za-z0-9])ord[_-][A-Za-z0-9_]{2,40}")
CJK = re.compile(r"[\u4e00-\u9fff]")

GLOSSARY: dict[str, str] = {
    "降噪耳机": "noise cancelling headphones", "电水壶": "electric kettle", "烧水壶": "kettle", "水壶": "kettle",
    "耳机": "headphones", "电池": "batteries", "充电电池": "rechargeable batteries", "黑糖": "brown sugar",
    "珍珠奶茶": "bubble milk tea", "奶茶": "milk tea", "果茶": "fruit tea", "柠檬茶": "lemon tea",
    "咖啡": "coffee", "拿铁": "latte", "美式": "americano", "索尼": "Sony", "小米": "Xiaomi", "美的": "Midea",
    "小熊": "Bear", "南孚": "Nanfu", "纸巾": "tissues", "牙膏": "toothpaste", "洗发水": "shampoo",
    "矿泉水": "mineral water", "数据线": "charging cable", "充电器": "charger", "鼠标": "mouse", "键盘": "keyboard",
    "台灯": "desk lamp", "杯子": "mug", "马克杯": "mug", "保温杯": "insulated bottle",
}
_GLOSSARY_KEYS = sorted(GLOSSARY, key=len, reverse=True)

CHAINS: dict[str, str] = {
    "heytea": "Heytea", "喜茶": "Heytea", "nayuki": "Nayuki", "奈雪": "Nayuki", "coco": "CoCo", "luckin": "Luckin",
    "瑞幸": "Luckin", "starbucks": "Starbucks", "星巴克": "Starbucks", "mixue": "Mixue", "蜜雪冰城": "Mixue",
    "chagee": "Chagee", "霸王茶姬": "Chagee", "tea stone": "Tea Stone", "manner": "Manner",
}


def translate(text: str) -> str:
    """Chinese product words to the catalogue's English; untranslated text is kept as it is."""
    out = text
    for key in _GLOSSARY_KEYS:
        out = out.replace(key, f" {GLOSSARY[key]} ")
    return " ".join(out.split())


def address_label(text: str, labels: list[str], default: str) -> str | None:
    """The saved address a sentence names ("delivered home", "送到公司"); ``default`` when none is named;
    None when it names a label the shopper has not saved."""
    lower = text.lower()
    if re.search(r"送到家|送回家|寄到家|到家里|送家里|\b(?:to|at) (?:my )?home\b|\bdelivered home\b|\bhome\b", lower):
        found = "home"
    elif re.search(r"公司|办公室|单位|\b(?:office|work)\b", lower):
        found = "office"
    else:
        named = re.search(r"\bto (?:my |the )?([a-z]+)'?s? (?:place|address)\b", lower)
        if named and named.group(1) not in labels:
            return None
        found = named.group(1) if named else default
    return found


def drink_options(text: str) -> dict[str, str]:
    lower = text.lower()
    options: dict[str, str] = {}
    if re.search(r"\blarge\b|大杯|超大杯", lower):
        options["size"] = "large"
    elif re.search(r"\b(?:regular|medium)\b|中杯", lower):
        options["size"] = "regular"
    sugar = [(r"\b(?:no sugar|sugar[- ]free|unsweetened|zero sugar)\b|无糖|不加糖|去糖", "none"),
             (r"\bhalf(?:[- ]sugar| sweet)\b|半糖", "half"), (r"\bless(?:[- ]sugar| sweet)\b|少糖", "less"),
             (r"\blight(?:[- ]sugar| sweet)\b|微糖", "light"), (r"\b(?:full|normal|regular)[- ]sugar\b|全糖|正常糖", "full")]
    for pattern, value in sugar:
        if re.search(pattern, lower):
            options["sugar"] = value
            break
    ice = [(r"\bno[- ]ice\b|\bwithout ice\b|去冰|不加冰|常温", "none"), (r"\bless[- ]ice\b|少冰", "less"),
           (r"\bhot\b|热饮|热的|热(?=奶茶|咖啡|拿铁|美式|果茶)", "hot"), (r"\b(?:normal|regular|full)[- ]ice\b|正常冰|多冰", "normal")]
    for pattern, value in ice:
        if re.search(pattern, lower):
            options["ice"] = value
            break
    return options


def chain(text: str) -> str | None:
    lower = text.lower()
    for word, name in CHAINS.items():
        if (re.search(rf"\b{re.escape(word)}\b", lower) if word.isascii() else word in text):
            return name
    return None


_STOP = {"the", "a", "an", "my", "of", "from", "order", "it", "this", "that", "is", "was", "i", "to", "and",
         "for", "want", "return", "refund", "broken", "damaged", "please", "me", "back", "with", "in", "on"}


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 1}


def match_orders(text: str, orders: list[OrderSummary]) -> list[tuple[OrderSummary, str | None]]:
    """Recent orders (and which item) a sentence points at by naming an item, e.g. "the kettle"."""
    said = _words(translate(text))
    scored: list[tuple[int, OrderSummary, str | None]] = []
    for order in orders:
        for item in order.items:
            overlap = len(said & (_words(item.title) - {"pack", "wireles", "l", "1", "2"}))
            if overlap:
                scored.append((overlap, order, item.product_id))
    best = max((score for score, _, _ in scored), default=0)
    # Only the best-matching items count: "the Midea kettle" is the Midea one, not every kettle.
    return [(order, product) for score, order, product in scored if score == best]
