"""The plain sentence a form of fields stands for, in English or in Chinese, one writer per errand.

Each writer takes the form's fields by slot (see ``fields_form``), its amounts in yuan and its saved address,
and writes the request as a shopper would say it, for the planner to read like any other sentence.
"""

from __future__ import annotations

import re
from datetime import date

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_ZH_PLACE = {"home": "家", "office": "公司"}


def _iso_date(value: str, zh: bool) -> str:
    match = re.fullmatch(r"(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})", value.strip())
    if match is None:
        return value
    try:
        day = date(int(match.group(1) or 2000), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return value
    return f"{day.month}月{day.day}日" if zh else f"{_MONTHS[day.month - 1]} {day.day}"


def _zh_clock(value: str) -> str:
    match = re.fullmatch(r"(\d{1,2})[:：](\d{2})", value.strip())
    if match is None:
        return value
    hour, minute = int(match.group(1)), int(match.group(2))
    return f"{hour}点" + ("" if minute == 0 else "半" if minute == 30 else f"{minute}分")


def _en_item(fields: dict[str, str]) -> str:
    item = fields.get("item", "")
    brand = fields.get("brand")
    if brand and brand.lower() not in item.lower():
        item = f"{brand} {item}"
    if "color" in fields:
        item = f"{fields['color']} {item}"
    for slot in ("model", "size"):
        if slot in fields:
            item = f"{item}, {slot} {fields[slot]}"
    return item


def _en_count(fields: dict[str, str]) -> str:
    count = fields.get("count", "")
    match = re.fullmatch(r"(\S+)\s+([a-z]+)", count, re.IGNORECASE)
    return f"{match.group(1)} {match.group(2)} of " if match else f"{count} " if count else ""


def _en_caps(caps: dict[str, str]) -> str:
    words = {"unit_cap": ", under {} yuan each", "total_cap": ", {} yuan in total", "budget": ", budget {}"}
    return "".join(words[slot].format(caps[slot]) for slot in words if slot in caps)


def _en_place(place: str | None) -> str:
    if place is None:
        return ""
    return f", deliver to {place}" if place in ("home", "office") else f", to my {place}'s place"


def _en_buy(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    when = f", deliver {fields['time']}" if "time" in fields else ""
    return f"buy {_en_count(fields)}{_en_item(fields)}{_en_caps(caps)}{_en_place(place)}{when}"


def _en_bulk(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    options = "".join(f", {_option(fields[slot], slot)}" for slot in ("sugar", "ice") if slot in fields)
    size = f", {fields['size']}" if "size" in fields else ""
    chain = fields.get("chain") or fields.get("brand")
    source = f" from {chain}" if chain else ""
    when = f" by {fields['time']}" if "time" in fields else ""
    return f"order {_en_count(fields)}{fields.get('item', '')}{source}{options}{size}{_en_caps(caps)}" \
           f"{_en_place(place)}{when}"


def _option(value: str, slot: str) -> str:
    if _CJK.search(value) or re.search(slot, value, re.IGNORECASE):
        return value
    return "no sugar" if slot == "sugar" and value.lower() in ("none", "no", "0", "zero") else \
        "no ice" if slot == "ice" and value.lower() in ("none", "no", "0", "zero") else f"{value} {slot}"


def _buys(fields: dict[str, str]) -> bool:
    action = fields.get("action", "")
    return bool(re.search(r"buy|purchase|order|买|下单|入", action, re.IGNORECASE))


def _en_watch(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    days = fields.get("days", "")
    span = f" for {days}" + (" days" if re.fullmatch(r"\d+", days) else "") if days else ""
    target = caps.get("target")
    if target is None:
        return f"watch the price of {_en_item(fields)}{span}"
    count = fields.get("count", "1")
    if _buys(fields) and count not in ("1", "one") and not days:  # a purchase that waits for its price
        return f"buy {count} {_en_item(fields)} when the price drops below {target} yuan"
    then = "buy it" if _buys(fields) else "notify me"
    return f"watch the price of {_en_item(fields)}{span}, {then} when it is below {target} yuan"


def _en_return(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    what = fields.get("order") or f"the {fields.get('item', 'order')}"
    if "order" in fields and "item" in fields:
        what = f"the {fields['item']} from {fields['order']}"
    return f"return {what}" + (f", {fields['reason']}" if "reason" in fields else "")


def _en_reschedule(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    day = f" on {_iso_date(fields['date'], False)}" if "date" in fields else ""
    part = fields.get("slot") or fields.get("time")  # 'delivery time: morning'
    slot = f" in the {part}" if part else ""
    return f"please deliver {fields.get('order', 'my order')}{day}{slot} instead"


def _en_question(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    about = fields.get("order") or fields.get("errand") or fields.get("item") or "my order"
    return f"{about}: {fields['question']}" if "question" in fields else f"what is the status of {about}?"


def _en_cancel(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    return f"cancel {fields.get('order') or fields.get('item') or 'my order'}"


def _zh_item(fields: dict[str, str]) -> str:
    item = fields.get("item", "")
    brand = fields.get("brand")
    if brand and brand not in item:
        item = brand + item
    return fields.get("color", "") + item + "".join(f"，{fields[s]}" for s in ("model", "size") if s in fields)


def _zh_count(fields: dict[str, str], measure: str) -> str:
    count = fields.get("count", "")
    return count + measure if re.fullmatch(r"\d+", count) else count


def _zh_caps(caps: dict[str, str]) -> str:
    words = {"unit_cap": "，单价不超过{}元", "total_cap": "，总价不超过{}元", "budget": "，预算{}元"}
    return "".join(words[slot].format(caps[slot]) for slot in words if slot in caps)


def _zh_place(place: str | None) -> str:
    if place is None:
        return ""
    return f"，送到{_ZH_PLACE[place]}" if place in _ZH_PLACE else f"，to my {place}'s place"


def _zh_buy(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    when = f"，{_zh_clock(fields['time'])}送到" if "time" in fields else ""
    return f"买{_zh_count(fields, '个')}{_zh_item(fields)}{_zh_caps(caps)}{_zh_place(place)}{when}"


def _zh_bulk(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    chain = fields.get("chain") or fields.get("brand")
    source = f"，{chain}" if chain else ""
    options = "".join(f"，{_option(fields[s], s)}" for s in ("sugar", "ice", "size") if s in fields)
    when = f"，{_zh_clock(fields['time'])}前送到" if "time" in fields else ""
    return f"点{_zh_count(fields, '杯')}{fields.get('item', '')}{source}{options}{_zh_caps(caps)}{_zh_place(place)}{when}"


def _zh_watch(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    days = fields.get("days", "")
    span = days + ("天" if re.fullmatch(r"\d+", days) else "") if days else ""
    target = caps.get("target")
    if target is None:
        return f"盯{_zh_item(fields)}的价格{span}"
    return f"盯{_zh_item(fields)}的价格{span}，低于{target}元" + ("就买" if _buys(fields) else "提醒我")


def _zh_return(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    what = (fields.get("order", "") + fields.get("item", "")) or "订单"
    return f"{what}退货" + (f"，{fields['reason']}" if "reason" in fields else "")


def _zh_reschedule(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    day = _iso_date(fields["date"], True) if "date" in fields else ""
    return f"{fields.get('order', '我的订单')}改到{day}{fields.get('slot') or fields.get('time', '')}送"


def _zh_question(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    about = fields.get("order") or fields.get("errand") or fields.get("item") or "我的订单"
    return about + fields.get("question", "现在什么状态")


def _zh_cancel(fields: dict[str, str], caps: dict[str, str], place: str | None) -> str:
    return f"取消{fields.get('order') or fields.get('item') or '订单'}"


EN = {"buy": _en_buy, "bulk": _en_bulk, "watch": _en_watch, "return": _en_return, "reschedule": _en_reschedule,
       "question": _en_question, "cancel": _en_cancel}
ZH = {"buy": _zh_buy, "bulk": _zh_bulk, "watch": _zh_watch, "return": _zh_return, "reschedule": _zh_reschedule,
       "question": _zh_question, "cancel": _zh_cancel}
