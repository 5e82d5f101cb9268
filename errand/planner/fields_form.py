"""A request typed as a form of fields instead of prose, read as the same request said in a sentence.

Shoppers paste fields: ``qty: 3; item: dish brushes; deliver: home``, ``item=HDMI cable | qty=2 | max_each=45``,
``品名：垃圾桶；数量：2；地址：家``, a header row of keys then a row of values (``item, qty, to — reel, 2,
office``), or a title before the fields (``价格提醒：品名=九阳豆浆机；目标价=299``). ``read`` recognises such a
form, names each key's slot from a lexicon of key words in English and Chinese, chooses the errand from the keys
present (or from a ``type``/``action`` key), and writes the plain sentence a shopper would have said. The planner
then reads that sentence as it reads any other, so every safety check still runs on the form's content.

A form with a key the planner cannot honour (an approval or payment given in the form, a request made for
someone else, an address that is not saved, a key it does not know) or with an empty, zero or negative count
or amount is asked about instead.
"""

from __future__ import annotations

import re

from . import form_prose as fp
from . import lexicon as lx
from . import phrases as ph
from . import structured as sd

# key words, written lower case with spaces for '_', '-' and '.'
_SLOTS: dict[str, tuple[str, ...]] = {
    "item": ("item", "items", "product", "product name", "item name", "name", "goods", "thing", "article", "what",
             "drink", "drinks", "beverage", "sku", "品名", "商品", "名称", "物品", "东西", "产品", "货品", "商品名",
             "商品名称", "饮品", "饮料", "宝贝"),
    "count": ("qty", "quantity", "count", "number", "num", "units", "pcs", "pieces", "how many", "cups", "no of items",
              "数量", "件数", "个数", "杯数", "份数", "数目"),
    "unit_cap": ("max", "max each", "max unit", "max unit price", "max price", "cap", "each", "unit price", "unit cap",
                 "price cap", "price limit", "limit", "max per item", "per item", "price", "单价", "单价上限",
                 "最高单价", "上限", "限价", "价格上限", "最高价"),
    "total_cap": ("total", "max total", "total budget", "budget total", "total cap", "total max", "total price",
                  "总价", "总预算", "总价上限", "总额", "合计", "总共"),
    "budget": ("budget", "预算"),
    "address": ("to", "ship to", "shipto", "deliver", "deliver to", "delivery", "delivery address", "address", "addr",
                "destination", "dest", "send to", "ship", "地址", "送到", "送至", "收货地址", "配送地址", "送货地址",
                "寄到", "收货", "where", "place", "location", "送哪", "送哪里", "送货"),
    "chain": ("chain", "store", "shop", "from", "outlet", "门店", "店", "店铺", "商家"),
    "brand": ("brand", "make", "品牌", "牌子"),
    "time": ("by", "time", "deadline", "deliver by", "delivery time", "arrive by", "eta", "due", "when", "送达时间",
             "时间", "截止", "截止时间", "送达", "到达时间"),
    "target": ("target", "target price", "below", "alert below", "alert at", "price target", "threshold", "trigger",
               "watch price", "目标价", "目标价格", "提醒价", "低于"),
    "days": ("days", "duration", "period", "watch for", "watch days", "天数", "期限", "时长", "监控天数"),
    "action": ("action", "do", "then", "on hit", "when met", "操作", "动作", "到价", "到价后"),
    "type": ("type", "intent", "kind", "request", "request type", "类型", "类别", "业务", "事项"),
    "errand": ("errand", "errand id", "errand no", "job", "job id", "ref", "reference", "任务", "任务号", "工单"),
    "order": ("order", "order id", "orderid", "order no", "order number", "订单", "订单号", "单号"),
    "reason": ("reason", "why", "issue", "problem", "原因", "退货原因", "理由"),
    "date": ("date", "new date", "day", "delivery date", "reschedule to", "move to", "new day", "日期", "新日期",
             "改到", "改期", "送货日期", "配送日期"),
    "slot": ("slot", "time slot", "part of day", "window", "delivery window", "时段", "时间段"),
    "question": ("question", "q", "ask", "query", "问题", "咨询"),
    "sugar": ("sugar", "sweetness", "甜度", "糖"),
    "ice": ("ice", "冰", "冰量", "温度"),
    "color": ("colour", "color", "颜色"),
    "size": ("size", "cup size", "尺码", "尺寸", "杯型"),
    "model": ("model", "spec", "style", "型号", "规格", "款式"),
    "watch": ("watch", "price watch", "price alert", "alert", "价格提醒", "降价提醒", "盯价"),
    # the planner never takes these from a form: approval and payment are the shopper's own steps
    "approval": ("approve", "approved", "approval", "auto approve", "confirm", "confirmed", "confirmation", "pay",
                 "payment", "paid", "pay now", "skip", "skip approval", "force", "override", "bypass", "authorize",
                 "authorise", "审批", "批准", "支付", "付款", "确认", "免确认", "跳过", "授权"),
    # a form filled in for another person
    "person": ("customer", "shopper", "user", "account", "for", "recipient", "buyer", "on behalf of", "behalf",
               "requested by", "sender", "requester",
               "客户", "收件人", "用户", "账号", "账户", "代", "代买"),
}
_SLOT_OF = {key: slot for slot, keys in _SLOTS.items() for key in keys}

# what a ``type``/``action`` value or a title before the fields asks for
_KINDS: tuple[tuple[str, str], ...] = (
    ("watch", r"watch|alert|notify|remind|tell me|track price|提醒|通知|盯|监控|降价"),
    ("return", r"return|refund|send back|退"),
    ("reschedule", r"reschedul|move|change date|redeliver|改期|改时间|改送|改到|延期"),
    ("question", r"question|status|ask|query|查询|问|咨询"),
    ("cancel", r"cancel|取消"),
    ("bulk", r"drinks?|bulk|group order|团购|点单|奶茶"),
    ("buy", r"buy|purchase|order|get|auto ?buy|购买|买|下单|采购|入"),
)
_SELF = re.compile(r"^(?:me|myself|self|mine|i|alice|我|自己|本人)$", re.IGNORECASE)
_PLACES = {"home": "home", "house": "home", "my home": "home", "flat": "home", "apartment": "home", "家": "home",
           "家里": "home", "我家": "home", "住处": "home", "office": "office", "work": "office", "the office": "office",
           "my office": "office", "公司": "office", "办公室": "office", "单位": "office"}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_KEY_SHAPE = re.compile(r"^(?:[a-z][a-z0-9 ]{0,23}|[\u4e00-\u9fff]{1,6})$")

Read = tuple[str, str] | None
"""``("sentence", text)`` to plan as prose, ``("ask", question)``, or None when the text is not a form."""


def _key(raw: str) -> str:
    """'Max_Each' → 'max each'; a unit in brackets is set aside ('price (yuan)' → 'price')."""
    raw = re.sub(r"\s*[(（][^)）]*[)）]\s*", " ", raw)
    return " ".join(re.sub(r"[_\-.]+", " ", raw.strip().lower()).split())


def _pair(segment: str) -> tuple[str, str] | None:
    segment = re.sub(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+", "", segment)  # a bullet or a number before a line
    match = re.match(r"^\s*([^:：=]{1,24}?)\s*[:：=]\s*(.*?)\s*$", segment)
    if match is None or not _KEY_SHAPE.match(_key(match.group(1))) or len(_key(match.group(1)).split()) > 3:
        return None
    return _key(match.group(1)), match.group(2)


def _pairs(text: str) -> tuple[str | None, list[tuple[str, str]]] | None:
    """The title (if any) and the key-value pairs of a form; None when the text is not written as one."""
    header = _header_row(text)
    if header is not None:
        return None, header
    flat = re.sub(r"\s*\n\s*", "; ", text.strip())
    for splitter in (r"\s*[;；|]\s*", r"\s+/\s+", r"\s*/\s*", r"\s*[,，、]\s*"):
        segments = [s for s in re.split(splitter, flat) if s.strip()]
        if len(segments) < 2 and not re.search(r"[:：=].*[:：=]", flat):
            continue
        title = None
        first = _pair(segments[0]) if segments else None
        inner = _pair(first[1]) if first is not None else None
        if first is not None and inner is not None and _slot(inner[0]):
            title, segments[0] = first[0], first[1]  # '价格提醒：品名=…': the errand named before its fields
        pairs = [_pair(s) for s in segments]
        if len(pairs) >= 2 and all(p is not None for p in pairs):
            found = [p for p in pairs if p is not None]
            if any(_slot(k) for k, _ in found):
                return title, found
    return None


# A Markdown table's rule under its header ('|---|:---:|'), and the pipes at the ends of its rows.
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_TABLE_EDGE = re.compile(r"^\s*\|\s?|\s?\|\s*$")


def _header_row(text: str) -> list[tuple[str, str]] | None:
    """'item, qty, to — extension reel, 2, office' or a row of keys over a row of values (a Markdown table's too,
    '| item | qty |' over '|---|---|' over '| mug | 2 |')."""
    lines = [_TABLE_EDGE.sub("", line) for line in text.strip().splitlines() if line.strip() and not _TABLE_RULE.match(line)]
    if len(lines) == 2 and not re.search(r"[:：=]", lines[0]):
        head, values = lines
    else:
        match = re.match(r"^(.+?)\s*(?:—|–|\s-\s|=>|->|[:：])\s*(.+)$", " ".join(lines))
        if match is None:
            return None
        head, values = match.groups()
    keys = [_key(k) for k in re.split(r"\s*[,，、|/\t]\s*", head.strip()) if k.strip()]
    cells = [v.strip() for v in re.split(r"\s*[,，、|/\t]\s*", values.strip())]
    if len(keys) < 2 or len(keys) != len(cells) or not all(_slot(k) for k in keys):
        return None
    return list(zip(keys, cells, strict=True))


# a key not in the lexicon, known by a word inside it ('期望送达时间', 'item price cap', 'delivery date')
_KEY_PARTS: tuple[tuple[str, str], ...] = (
    ("approval", r"approv|pay|审批|支付|付款"), ("person", r"customer|recipient|收件人|客户"),
    ("total_cap", r"total|总价|总额|总预算"), ("budget", r"budget|预算"),
    ("target", r"target|目标价|提醒价"), ("unit_cap", r"(?:max|cap|limit).*price|price.*(?:max|cap|limit)|单价|上限"),
    ("date", r"date|日期"), ("slot", r"slot|时段"), ("time", r"time|时间|送达"), ("address", r"address|地址"),
    ("count", r"qty|quantity|数量"), ("reason", r"reason|原因"), ("order", r"order (?:id|no|number)|订单"),
    ("item", r"^(?:item|product)|品名|商品"),
)


def _slot(key: str) -> str | None:
    found = _SLOT_OF.get(key) or _SLOT_OF.get(key.replace(" ", ""))
    return found or next((slot for slot, part in _KEY_PARTS if re.search(part, key)), None)


def read(sentence: str, labels: list[str]) -> Read:
    """Read ``sentence`` as a form of fields: the sentence it stands for, a question, or None (not a form)."""
    sentence = sd.command(sentence) or sentence  # 'buy --qty 2 --item mug', 'buy(item="mug")', 'chore: …' unwrapped
    lines = [lx.normalise(" ".join(line.split())) for line in sentence.splitlines()]
    text = "\n".join(line for line in lines if line)
    if re.fullmatch(r"\{.*\}", text, re.DOTALL):  # '{"item": "mug", "qty": 2}'
        text = re.sub(r"[\"“”]", "", text[1:-1])
    found = _pairs(text)
    if found is None:
        return None
    title, pairs = found
    fields: dict[str, str] = {}
    if title is not None:
        fields["type"] = title
    for key, value in pairs:
        slot = _slot(key)
        if slot == "person" and key == "for" and re.search(r"\d+\s*(?:days?|weeks?|months?)", value, re.IGNORECASE):
            slot = "days"
        if slot is None:
            return "ask", f"I don't know the field “{key}”; could you say what it means, or write the request as a sentence?"
        if slot == "approval":
            return "ask", ("I can't take an approval or a payment from the request itself: I show you the item and "
                           "the price first and you approve it. Shall I find it for you?")
        if key == "from" and ph.chain(value) is None:  # 'from: support team' names a sender, not a shop
            slot = "person"
        if key in ("by", "requested by") and not _TIMEISH.search(value):  # 'by: my manager' names a person
            slot = "person"
        if slot == "person" and not _SELF.match(value.strip()):
            return "ask", "I can only shop and look after orders for you, on your own account. What can I get for you?"
        if slot == "person":
            continue
        if not value.strip():
            return "ask", f"The “{key}” field is empty; what should it be?"
        if slot == "watch":  # 'watch: iPad mini': the product to watch; 'price alert: yes'
            fields.setdefault("type", "watch")
            if re.fullmatch(r"yes|y|on|true|是|开", value.strip(), re.IGNORECASE):
                continue
            slot = "item"
        if slot in fields and fields[slot].strip().lower() != value.strip().lower():
            return "ask", f"The form gives two different “{key}” values; which one do you mean?"
        fields[slot] = value.strip().lower() if re.fullmatch(r"(?:ord|buy|bulk|watch|return)[_-][\w-]+", value.strip(),
                                                              re.IGNORECASE) else value.strip()
    return _sentence(fields, labels)


def _kind_of(value: str) -> str | None:
    """The errand a type, action or title names; None for anything longer than a name ('buy, and also …')."""
    if len(value.split()) > 3 or len(value) > 20:
        return None
    for kind, pattern in _KINDS:
        if re.search(pattern, value, re.IGNORECASE):
            return kind
    return None


def _errand(fields: dict[str, str]) -> str | None:
    for slot in ("type", "action"):
        if slot in fields:
            kind = _kind_of(fields[slot])
            if kind is None:
                return None
            if kind == "buy" and ("target" in fields or _kind_of(fields.get("type", "")) == "watch"):
                return "watch"  # 'action: buy' in a watch: buy once the price is met
            if kind != "watch" or slot == "type" or "target" in fields or "days" in fields:
                return kind
    if "target" in fields or "days" in fields:
        return "watch"
    if "order" in fields or "errand" in fields:
        for slot, kind in (("date", "reschedule"), ("slot", "reschedule"), ("reason", "return"),
                           ("question", "question")):
            if slot in fields:
                return kind
        return None
    if "date" in fields or "slot" in fields:
        return "reschedule"
    if "question" in fields:
        return "question"
    if "item" not in fields:
        return None
    if "reason" in fields:
        return "return"
    drink = any(s in fields for s in ("chain", "sugar", "ice"))
    return "bulk" if drink else "buy"


def _sentence(fields: dict[str, str], labels: list[str]) -> Read:
    kind = _errand(fields)
    if kind is None:
        return "ask", ("I'm not sure what you'd like me to do with this form. I can buy something, order drinks, "
                       "return an order, watch a price or reschedule a delivery.")
    zh = bool(_CJK.search(fields.get("item") or " ".join(fields.values())))
    if "count" in fields:
        fields["count"] = re.sub(r"^[x×*]\s*(?=\d)", "", fields["count"])  # 'x2'
        lead = re.match(r"\s*([-−]?\d+|[a-z]+(?:[- ][a-z]+)?|[零〇一二两三四五六七八九十百千万]+)", fields["count"], re.IGNORECASE)
        number = lx.any_number(lead.group(1)) if lead and not lead.group(1).startswith(("-", "−")) else None
        if number is None or number <= 0:
            return "ask", "How many would you like? A count must be a number, at least one."
    caps: dict[str, str] = {}
    for slot in ("unit_cap", "total_cap", "budget"):  # '30 in total' in a cap, '100 each' in a budget
        if slot in fields and re.search(r"\btotal\b|\bin all\b|总共|一共|合计", fields[slot], re.IGNORECASE):
            fields.setdefault("total_cap", fields.pop(slot))
        elif slot in fields and re.search(r"\beach\b|apiece|\bper\b|/\s*(?:pc|piece|个|件)|每", fields[slot]):
            fields.setdefault("unit_cap", fields.pop(slot))
    for slot in ("unit_cap", "total_cap", "budget", "target"):
        if slot in fields:
            raw = _BOUND.sub("", _BOUND.sub("", fields[slot].strip())).strip()
            amount = lx.amount_minor(raw)
            if amount is None and re.fullmatch(r"[-−]?\d+(?:\.\d+)?", raw):
                return "ask", "An amount must be more than zero; how much at most, in yuan?"
            if amount is None:
                return "ask", f"I could not read the amount “{fields[slot]}”; how much, in yuan?"
            caps[slot] = f"{amount // 100}" if amount % 100 == 0 else f"{amount / 100:.2f}"
    if "time" in fields and "address" not in fields and _place(fields["time"], labels):
        fields["address"] = fields.pop("time")  # '送达：公司': where, not when
    if "address" in fields and "time" not in fields and not _place(fields["address"], labels) \
            and _WHEN.search(fields["address"]):
        fields["time"] = fields.pop("address")  # 'deliver: tomorrow 3pm': when, not where
    place = None
    if "address" in fields:
        place = _place(fields["address"], labels)
        if place is None:
            return "ask", ("Which of your saved addresses should it go to? I can only deliver to an address you "
                           "have saved (for example home or office).")
    writer = fp.ZH if zh else fp.EN
    return "sentence", writer[kind](fields, caps, place)


_WHEN = re.compile(r"\d\s*(?:am|pm|点|時|时)|\d[:：]\d\d|\b(?:tonight|today|tomorrow|noon|morning|afternoon|evening)\b"
                   r"|今天|今晚|明天|后天|上午|下午|中午|晚上", re.IGNORECASE)


# the words around an amount in a field: '≤30', 'under ¥45', '3元以内', '45 each'
_BOUND = re.compile(r"^(?:[≤<]=?|under|below|max|at most|up to|not over|total|一共|总共|每个|每件|不超过|低于|最多|小于)\s*"
                    r"|^(?:¥|￥|rmb|cny)\s*|\s*(?:元|块钱|块|yuan|rmb|cny|¥)?\s*(?:以内|以下|之内|each|apiece|in total"
                    r"|total|in all|per (?:item|piece|unit|one)|/\s*(?:pc|pcs|piece|item|unit|个|件)|每个|一个)?\s*$",
                    re.IGNORECASE)


_TIMEISH = re.compile(r"\d|\b(?:tonight|today|tomorrow|noon|midnight|morning|afternoon|evening|night|asap|eod|lunch"
                      r"|mon|tue|wed|thu|fri|sat|sun)|[点號号日周星期礼拜今明后早晚午夜]", re.IGNORECASE)


def _place(value: str, labels: list[str]) -> str | None:
    """A saved address named in a field ('home', 'the office', '公司地址'); None for anything else."""
    said = re.sub(r"\s*[(（][^)）]*[)）]", "", value).strip().lower()
    said = re.sub(r"^(?:the|my|our)\s+|\s*(?:address|addr)$|地址$|那边$|这边$", "", said)
    found = _PLACES.get(said)
    return found if found else said if said in labels else None
