"""Requests written as a database statement, a transcript or a table row, said plainly:

- SQL: 'INSERT INTO cart (item, qty) VALUES (…)' is a purchase, an INSERT into drinks an office order, 'SELECT status
  FROM orders WHERE id = …' a question about that order, 'UPDATE orders SET …' with a day a move; 'DELETE FROM
  orders' is a cancellation (which the planner asks about), and any other statement is left as typed;
- a transcript or an interview ('Q: What do you need? A: … Q: How many? A: …'): the answers read by their questions;
- a markdown table row ('| item | qty |' over '| mugs | 2 |'): the cells read by their headers.

Each reader gives the request said plainly, or None when the text is not its format (``wrapped.plain`` calls them).
"""

from __future__ import annotations

import re

from . import dropped as dp
from . import phrases as ph

_I = re.IGNORECASE

# ---- SQL -------------------------------------------------------------------------------------------------------

_INSERT = re.compile(r"^\s*insert\s+into\s+(?P<table>[\w.]+)\s*(?:\((?P<cols>[^)]*)\))?\s*values\s*\((?P<vals>.*)\)"
                     r"\s*;?\s*$", _I)
_SELECT = re.compile(r"^\s*select\s+(?P<what>[\w\s,*]+?)\s+from\s+(?P<table>[\w.]+)\s+where\s+(?P<where>.+?)\s*;?\s*$", _I)
_DELETE = re.compile(r"^\s*(?:delete\s+from|drop\s+table|truncate(?:\s+table)?)\s+(?P<table>[\w.]+)"
                     r"(?:\s+where\s+(?P<where>.+?))?\s*;?\s*$", _I)
_UPDATE = re.compile(r"^\s*update\s+(?P<table>[\w.]+)\s+set\s+(?P<sets>.+?)\s+where\s+(?P<where>.+?)\s*;?\s*$", _I)
_VALUE = re.compile(r"\s*(?:'(?P<q>(?:[^']|'')*)'|\"(?P<dq>[^\"]*)\"|(?P<bare>[^,]+?))\s*(?:,|$)")
_PAIR = re.compile(r"(?P<col>\w+)\s*(?:=|like)\s*(?:'(?P<q>[^']*)'|\"(?P<dq>[^\"]*)\"|(?P<bare>[\w.:-]+))", _I)
_ORDERS = re.compile(r"^(?:\w+\.)?(?:orders?|shipments?|deliveries|purchases)$", _I)
_CART = re.compile(r"^(?:\w+\.)?(?:cart|basket|orders?|purchases?|shopping(?:_list)?|buy|items|wants)$", _I)
_DRINKS = re.compile(r"^(?:\w+\.)?(?:drinks?|drink_orders?|bulk(?:_orders?)?|office_drinks|teas?|coffees?)$", _I)
# What a column (or a header, or an interviewer's question) asks for.
_ROLES = (
    ("order", re.compile(r"^(?:id|order_?id|order|ord)$|which order|order (?:id|number)|what order", _I)),
    ("count", re.compile(r"^(?:qty|quantity|count|n|num|number|cups|pcs|units)$|how many|quantity|\bqty\b", _I)),
    ("cap", re.compile(r"^(?:max_?price|cap|budget|price|max|limit|under)$|budget|max(?:imum)? price|spend|how much", _I)),
    ("address", re.compile(r"^(?:address|to|deliver_?to|destination|label|ship_?to|where|place)$|\bwhere\b|address"
                           r"|destination", _I)),
    ("time", re.compile(r"^(?:time|deliver_?by|when|at|date|delivery_?date|slot|day|part_of_day|part|window)$"
                        r"|\bwhen\b|\btime\b|\bday\b|\bdate\b", _I)),
    ("chain", re.compile(r"^(?:chain|shop|store|brand|vendor)$|which (?:shop|chain|store|brand)|from where", _I)),
    ("reason", re.compile(r"^(?:reason|why)$|\bwhy\b|reason|what(?:'s| is) wrong|what happened", _I)),
    ("item", re.compile(r"^(?:item|product|name|query|what|goods|sku|description|drink)$|\bwhat\b|\bneed\b|\bitem\b"
                        r"|\bproduct\b|which (?:one|drink|model)|\bwant\b", _I)),
)
_LABEL = re.compile(r"^(?:the\s+)?(?P<label>home|office|house|work)\.?$", _I)


def _role(name: str) -> str | None:
    return next((role for role, pattern in _ROLES if pattern.search(name.strip())), None)


def _guess(value: str) -> str:
    """The role of a value given with no column: a count, a label, an order id, a time, a chain, else the item."""
    if re.fullmatch(r"\d{1,3}", value):
        return "count"
    if _LABEL.match(value):
        return "address"
    if re.fullmatch(r"ord_\w+", value, _I):
        return "order"
    if re.search(r"\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\b(?:morning|afternoon|evening|tomorrow|today|mon|tue|wed|thu|fri"
                 r"|sat|sun)\w*\b", value, _I):
        return "time"
    if ph.chain(value) is not None and len(value.split()) <= 2:
        return "chain"
    return "item"


def _said(fields: dict[str, list[str]], drinks: bool) -> str | None:
    """A request said plainly from its fields; None when no item, no order or nothing to do with one is given."""
    one = {role: ", ".join(values) for role, values in fields.items()}
    place = _LABEL.match(one.get("address", ""))
    to = ""
    if "address" in one:
        label = place.group("label").lower() if place else one["address"]
        to = " to home" if label in ("home", "house") else f" to the {label}" if place else f" to {label}"
    if "item" in one:
        item, count = one["item"].rstrip(". "), one.get("count", "").rstrip(". ")
        if drinks or "chain" in one:
            chain = f" from {one['chain']}" if "chain" in one else ""
            when = f", {one['time']}" if "time" in one else ""
            return f"order {count} {item}{chain}{to}{when}"
        cap = f", under {one['cap']}" if "cap" in one else ""
        bare = re.sub(r"^(?:an?|one)\s+", "", item, flags=_I)
        return f"buy {count or 1} {bare}{cap}{to}"
    if "order" in one and "time" in one:
        return f"move {one['order']} to {one['time']}{to}"  # an address answered stays heard: a redirect asks
    if "order" in one and "reason" in one:
        return f"return {one['order']}, {one['reason']}{to}"
    return None


def _values(raw: str) -> list[str]:
    return [(m.group("q") or m.group("dq") or m.group("bare") or "").replace("''", "'").strip()
            for m in _VALUE.finditer(raw) if m.group(0).strip()]


def sql(text: str) -> str | None:
    if (insert := _INSERT.match(text)) is not None:
        table, values = insert.group("table"), _values(insert.group("vals"))
        columns = [c.strip() for c in (insert.group("cols") or "").split(",") if c.strip()]
        if columns and len(columns) != len(values):
            return None
        fields: dict[str, list[str]] = {}
        for i, value in enumerate(values):
            role = _role(columns[i]) if columns else _guess(value)
            fields.setdefault(role or "item", []).append(value)
        if _DRINKS.match(table):
            return _said(fields, drinks=True)
        return _said(fields, drinks=False) if _CART.match(table) else None
    if (select := _SELECT.match(text)) is not None and _ORDERS.match(select.group("table")):
        pairs = {m.group("col").lower(): m.group("q") or m.group("dq") or m.group("bare") for m in
                 _PAIR.finditer(select.group("where"))}
        order = next((v for k, v in pairs.items() if _role(k) == "order"), None)
        if order is None:
            return None
        return f"where is {order}?" if re.search(r"eta|deliver|arriv|date", select.group("what"), _I) \
            else f"has {order} shipped yet?"
    if (delete := _DELETE.match(text)) is not None:
        where = {m.group("col").lower(): m.group("q") or m.group("dq") or m.group("bare") for m in
                 _PAIR.finditer(delete.group("where") or "")}
        order = next((v for k, v in where.items() if _role(k) == "order"), None)
        return f"cancel {order or 'all my orders'}" if _ORDERS.match(delete.group("table")) else None
    if (update := _UPDATE.match(text)) is not None and _ORDERS.match(update.group("table")):
        sets = {m.group("col").lower(): m.group("q") or m.group("dq") or m.group("bare") for m in
                _PAIR.finditer(update.group("sets"))}
        where = {m.group("col").lower(): m.group("q") or m.group("dq") or m.group("bare") for m in
                 _PAIR.finditer(update.group("where"))}
        order = next((v for k, v in where.items() if _role(k) == "order"), None)
        if order is None or not sets or any(_role(k) != "time" for k in sets):
            return None  # a status, a price or an address set by a statement is left as typed, and asked about
        return f"move {order} to {', '.join(sets.values())}"
    return None


# ---- a transcript, a table row ---------------------------------------------------------------------------------

_QA = re.compile(r"(?<!\w)(?:Q|Question)\s*[:.]\s*(?P<q>.+?)\s*(?<!\w)(?:A|Answer)\s*[:.]\s*(?P<a>.+?)"
                 r"(?=\s*(?<!\w)(?:Q|Question)\s*[:.]|$)")
_NON_ANSWER = re.compile(r"^(?:you tell me|no idea|dunno|i don'?t know|not sure|\?+|idk|who knows)\W*$", _I)
_BARE_VERB = re.compile(r"^(?:please\s+)?(?:return|send (?:it|them) back|refund|move|buy|get|order)(?:\s+(?:it|them|that|this))?"
                        r"(?:\s+back)?(?:,?\s*please)?[.!]*\s*$", _I)
_AFTER = re.compile(r"(?<=[.!])\s+(?P<verb>(?:please\s+)?(?:return|send (?:it|them) back|refund|move|buy|get|order)"
                    r"\b.*)$", _I)


def transcript(text: str) -> str | None:
    pairs = list(_QA.finditer(text))
    if not pairs or not text.lstrip().startswith(("Q", "q")):
        return None
    if any(dp.must_hear(p.group("q")) for p in pairs):
        return None  # 'Q: Shall I approve the payment? A: yes' stays as said
    fields: dict[str, list[str]] = {}
    asked: list[str] = []
    trailing = ""
    for p in pairs:
        answer = p.group("a").strip()
        if (after := _AFTER.search(answer)) is not None:
            trailing, answer = after.group("verb"), answer[: after.start()].strip()
        answer = answer.rstrip(". ")
        if _NON_ANSWER.match(answer):
            asked.append(p.group("q"))
            continue
        fields.setdefault(_role(p.group("q")) or "item", []).append(answer)
    if asked and not fields:
        return " ".join(asked)  # 'Q: Has ord_b2 shipped yet? A: you tell me': the question is the shopper's
    # what the closing line adds beyond its verb ('… Please refund it to my friend's card') stays heard
    rest = "" if not trailing or _BARE_VERB.match(trailing) else f". {trailing}"
    if trailing and re.match(r"(?:please\s+)?(?:return|send|refund)", trailing, _I) and "order" in fields:
        return (f"return {', '.join(fields['order'])}, "
                + ", ".join(fields.get("reason", []) + fields.get("item", [])) + rest)
    said = _said(fields, drinks=False)
    if said is None or "item" in fields and "time" in fields and "order" not in fields:
        return ", ".join(v for values in fields.values() for v in values) + (f". {trailing}" if trailing else "")
    return said + rest if said is not None else None


_SEPARATOR = re.compile(r"\|\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|")


def table(text: str) -> str | None:
    if not re.match(r"^\s*\|.*\|\s*$", text) or text.count("|") < 3:
        return None
    separator = _SEPARATOR.search(text)
    if separator is None:
        cells = [c.strip() for c in text.strip().strip("|").split("|") if c.strip()]
        return ", ".join(cells)
    head = [c.strip() for c in text[: separator.start()].strip().strip("|").split("|")]
    body = [c.strip() for c in text[separator.end():].strip().strip("|").split("|")]
    if len(head) != len(body):
        return None
    fields: dict[str, list[str]] = {}
    for name, value in zip(head, body, strict=True):
        if value:
            fields.setdefault(_role(name) or "item", []).append(value)
    return _said(fields, drinks=False)
