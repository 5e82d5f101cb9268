"""Phrase readers the offline planner shares between intents: ids, addresses, options, chains, the Chinese
glossary that turns product words into the catalogue's English, and matching a sentence to recent orders.
"""

from __future__ import annotations

import re

from .context import OrderSummary

# 'buy-alice-9e8d7c6b', also glued to Chinese ('buy-alice-9e8d7c6b现在什么状态'): ASCII edges, since \b does not
# separate ASCII from CJK.
ERRAND_ID = re.compile(r"(?<![A-Za-z0-9])(?:buy|bulk|return|watch|price_watch|pricewatch|reschedule)-[a-z0-9_]+"
                       r"-[0-9a-f]{8}(?![A-Za-z0-9])")
ORDER_ID = re.compile(r"(?<![A-Za-z0-9])ord[_-][A-Za-z0-9_]{2,40}")
CJK = re.compile(r"[\u4e00-\u9fff]")

GLOSSARY: dict[str, str] = {
    "降噪耳机": "noise cancelling headphones", "电水壶": "electric kettle", "烧水壶": "kettle", "水壶": "kettle",
    "耳机": "headphones", "电池": "batteries", "充电电池": "rechargeable batteries", "黑糖": "brown sugar",
    "珍珠奶茶": "pearl milk tea", "奶茶": "milk tea", "果茶": "fruit tea", "柠檬茶": "lemon tea",
    "咖啡": "coffee", "拿铁": "latte", "美式": "americano", "索尼": "Sony", "小米": "Xiaomi", "美的": "Midea",
    "小熊": "Bear", "南孚": "Nanfu", "纸巾": "tissues", "牙膏": "toothpaste", "洗发水": "shampoo",
    "矿泉水": "mineral water", "数据线": "charging cable", "充电器": "charger", "鼠标": "mouse", "键盘": "keyboard",
    "台灯": "desk lamp", "杯子": "mug", "马克杯": "mug", "保温杯": "insulated bottle",
    "跑步鞋": "running shoes", "跑鞋": "running shoes", "运动鞋": "sneakers", "鞋子": "shoes", "鞋": "shoes",
    "袜子": "socks", "衣服": "clothes", "T恤": "T-shirt", "外套": "jacket", "裤子": "trousers", "帽子": "hat",
    "充电宝": "power bank", "移动电源": "power bank", "鸡蛋": "eggs", "手机壳": "phone case", "手机": "phone",
    "手环": "band", "手表": "watch", "平板": "tablet", "笔记本电脑": "laptop", "笔记本": "notebooks",
    "可乐": "cola", "雨伞": "umbrella", "伞": "umbrella", "大米": "rice", "牛奶": "milk", "面包": "bread",
    "卫生纸": "toilet paper", "厨房纸": "kitchen paper", "洗衣液": "laundry detergent", "牙刷": "toothbrush",
    "瑜伽垫": "yoga mat", "插座": "power strip", "灯泡": "light bulb", "吹风机": "hair dryer", "音箱": "speaker",
    "显示器": "monitor", "椅子": "chair", "枕头": "pillow", "毛巾": "towel", "茶叶": "tea", "绿茶": "green tea",
    "苹果": "Apple", "华为": "Huawei", "戴森": "Dyson", "九阳": "Joyoung", "李宁": "Li-Ning", "耐克": "Nike",
    "阿迪达斯": "Adidas", "罗技": "Logitech", "鼠标垫": "mouse pad", "剃须刀": "shaver",
    "电饭煲": "rice cooker", "蓝牙音箱": "bluetooth speaker", "巧克力": "chocolate", "香蕉": "bananas",
    "方便面": "instant noodles", "湿巾": "wet wipes", "橄榄油": "olive oil", "咖啡豆": "coffee beans",
    "路由器": "router", "电视": "TV", "飞利浦": "Philips", "任天堂": "Nintendo",
}
_GLOSSARY_KEYS = sorted(GLOSSARY, key=len, reverse=True)

CHAINS: dict[str, str] = {
    "heytea": "Heytea", "喜茶": "Heytea", "nayuki": "Nayuki", "奈雪": "Nayuki", "coco": "CoCo", "luckin": "Luckin",
    "瑞幸": "Luckin", "starbucks": "Starbucks", "星巴克": "Starbucks", "mixue": "Mixue", "蜜雪冰城": "Mixue",
    "chagee": "Chagee", "霸王茶姬": "Chagee", "tea stone": "Tea Stone", "manner": "Manner",
    "tiger sugar": "Tiger Sugar", "tigersugar": "Tiger Sugar", "老虎堂": "Tiger Sugar", "hey tea": "Heytea",
    "coco都可": "CoCo", "都可": "CoCo", "茶百道": "ChaPanda", "古茗": "Guming", "一点点": "Alittle Tea",
}


def translate(text: str) -> str:
    """Chinese product words to the catalogue's English; untranslated text is kept as it is."""
    out = text
    for key in _GLOSSARY_KEYS:
        out = out.replace(key, f" {GLOSSARY[key]} ")
    return " ".join(out.split())


_NOT_THERE = re.compile(r"(?:不要|不用|别|甭|莫|不)(?:再)?(?:送|寄|发)(?:到|去|回|往)?(?:家里?|公司|办公室|单位)")


def address_label(text: str, labels: list[str], default: str) -> str | None:
    """The saved address a sentence names ("delivered home", "送到公司"); ``default`` when none is named;
    None when it names a label the shopper has not saved."""
    # a place said not to send to is not where it goes: '不要送家里，送公司', '别寄公司'
    lower = _NOT_THERE.sub("，", text.lower())
    if re.search(r"\bto \d+\s+\w+(?:\s+\w+)?\s+(?:road|rd|street|st|avenue|ave|lu|lane)\b|\bthis address\b"
                 r"|[路街]\d+号|\d+号楼", lower):
        return None
    # one's own flat or house is home: 'to the flat', 'to my apartment' (not 'to my mum's flat')
    if re.search(r"送到家|送回家|寄到家|到家里|送家里|\b(?:to|at) (?:my )?home\b|\bdelivered home\b|\bhome\b"
                 r"|\b(?:to|at) (?:the|my|our) (?:flat|apartment|apt|house)\b|\b(?:to|at) (?:my|our) (?:own )?place\b", lower):
        found = "home"
    elif re.search(r"公司|办公室|单位|(?<![a-z])(?:office|work)(?![a-z])", lower):  # '送office' as well
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


def without_chain(text: str) -> str:
    """The item words without the store chain's name ("瑞幸 latte" → "latte")."""
    for word in CHAINS:
        text = re.sub(rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word), " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


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


def _close(a: str, b: str) -> bool:
    """Two words the same but for one typo (a letter swapped, missing, extra or wrong): 'kettel' ~ 'kettle'."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] <= 1 or sorted(a) == sorted(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 2


def _overlap(said: set[str], title: set[str]) -> int:
    return sum(1 for word in title if any(_close(word, s) for s in said))


def match_orders(text: str, orders: list[OrderSummary]) -> list[tuple[OrderSummary, str | None]]:
    """Recent orders (and which item) a sentence points at by naming an item, e.g. "the kettle", "鞋子",
    forgiving one typo a word ("the midea kettel")."""
    # a date's numbers are no part of an item's name: '12月1号' is not the 12 of a '12-Pack'
    said = _words(translate(re.sub(r"\d{1,2}\s*月\s*\d{1,2}\s*[号號日]?", " ", text)))
    scored: list[tuple[int, OrderSummary, str | None]] = []
    for order in orders:
        for item in order.items:
            overlap = _overlap(said, _words(item.title) - {"pack", "wireles", "l", "1", "2", "men'", "men", "size"})
            if overlap:
                scored.append((overlap, order, item.product_id))
    best = max((score for score, _, _ in scored), default=0)
    # Only the best-matching items count: "the Midea kettle" is the Midea one, not every kettle.
    return [(order, product) for score, order, product in scored if score == best]
