"""What one message says in an after-sales dialogue: which change, which order lines and variants, which payment
method, which address, and the reason for a cancellation; ``merge`` adds it to the dialogue so far."""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from errand.domain.aftersales import ShippingAddress

from .aftersales_dialogue import Dialogue, DialogueFacts, Operation

ORDER_ID = re.compile(r"#W\d{4,10}\b", re.IGNORECASE)
ITEM_ID = re.compile(r"(?<![\d#W])\d{10}(?!\d)")
METHOD_ID = re.compile(r"\b(?:gift_card|credit_card|paypal)_\d+\b")
NO = re.compile(r"^(?:n|no|nope|not? (?:yet|now)|wait|stop|don'?t|不|不要|不用|算了|取消吧|先不)\b", re.IGNORECASE)

_OPERATIONS: list[tuple[Operation, re.Pattern[str]]] = [
    ("change_default_address", re.compile(r"default (?:shipping )?address|默认地址", re.IGNORECASE)),
    ("exchange", re.compile(r"\bexchange\b|换货|换成别的|调换", re.IGNORECASE)),
    ("return", re.compile(r"\b(?:return|send (?:it|them) back)\b|退货|退回", re.IGNORECASE)),
    ("change_payment_method", re.compile(r"payment method|pay (?:it |the order )?(?:with|by) (?:another|my|a "
                                         r"different|the)|(?:支付|付款)方式|换.{0,4}(?:卡|支付)", re.IGNORECASE)),
    ("change_address", re.compile(r"(?:shipping|delivery)? ?address|ship (?:it|the order) to|改地址|收货地址|"
                                  r"送到别的地方", re.IGNORECASE)),
    ("change_items", re.compile(r"\b(?:change|swap|modify) (?:the |my |an? |some )?(?:items?|size|colou?r|variant)"
                                r"|different (?:size|colou?r)|换(?:尺码|颜色|款)|改(?:尺码|颜色)|修改商品", re.IGNORECASE)),
    ("cancel", re.compile(r"\bcancel\b|取消", re.IGNORECASE)),
]
_REASONS = [("no longer needed", re.compile(r"no longer need|don'?t need|not needed|不需要|不要了|用不上", re.IGNORECASE)),
            ("ordered by mistake", re.compile(r"by mistake|mistaken|accident|wrong(?:ly)? order|买错|下错|误",
                                              re.IGNORECASE))]
_GIVEN_REASON = re.compile(r"\b(?:because|reason(?: is)?:?|since)\s+(.{3,120})$|因为(.{2,60})$", re.IGNORECASE)
_DONE = re.compile(r"\b(?:that'?s (?:all|it|everything)|nothing else|no more|only (?:that|those|these)|all of them"
                   r"|no,? that'?s it)\b|就这些|没有了|没了|就这(?:个|几个)", re.IGNORECASE)
_TO = re.compile(r"\s(?:to|into|for)\s|换成|改成|换为|改为|→|->", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:;|,? and |，|；|、|以及|还有)\s*", re.IGNORECASE)


def operation_of(text: str) -> Operation | None:
    return next((op for op, pattern in _OPERATIONS if pattern.search(text)), None)


def payment_methods(facts: DialogueFacts) -> list[dict[str, Any]]:
    return list((facts.shopper or {}).get("payment_methods") or [])


def chosen_method(text: str, facts: DialogueFacts) -> str | None:
    """A method named by id, or by kind when the shopper has one of that kind."""
    named = METHOD_ID.search(text)
    if named:
        return named.group(0)
    for word, source in (("gift card", "gift_card"), ("礼品卡", "gift_card"), ("paypal", "paypal"),
                         ("credit card", "credit_card"), ("信用卡", "credit_card"), ("card", "credit_card")):
        if word in text.lower():
            kinds = [m["id"] for m in payment_methods(facts) if m.get("source") == source]
            if len(kinds) == 1:
                return str(kinds[0])
    if re.search(r"original|same (?:card|method)|原路|原支付", text, re.IGNORECASE):
        paid = [t["payment_method_id"] for t in (facts.order or {}).get("payment_history", [])
                if t.get("transaction_type") == "payment"]
        return str(paid[0]) if paid else None
    return None


def shipping_address(text: str) -> ShippingAddress | None:
    """'12 Elm St, Apt 3, Boston, MA 02110, USA' (the unit optional): street, city, state and zip, country."""
    parts = [p.strip() for p in re.split(r"[,，]", text.split(":", 1)[-1]) if p.strip()]
    if len(parts) < 4:
        return None
    state_zip = re.match(r"^([A-Za-z .]*?)\s*(\d{5}(?:-\d{4})?)$", parts[-2])
    if state_zip is None:
        return None
    street = re.sub(r"^.*?\b(?:to|is)\s+", "", parts[0], flags=re.IGNORECASE) if re.search(r"\d", parts[0]) else parts[0]
    street = re.sub(r"^[^\d]*?(?=\d)", "", street) or street
    try:
        return ShippingAddress(address1=street, address2=", ".join(parts[1:-3]), city=parts[-3],
                               state=state_zip.group(1).strip(), zip=state_zip.group(2), country=parts[-1])
    except ValidationError:
        return None


def words(text: str) -> set[str]:
    return {w for w in re.split(r"[^\w]+", text.lower()) if w}


def line_of(phrase: str, order: dict[str, Any]) -> str | None:
    """The order line a phrase means: by item id, else by product name (one line of that product left)."""
    item = ITEM_ID.search(phrase)
    lines = order.get("items", [])
    if item:
        return item.group(0)
    said = words(phrase.replace("-", ""))
    # "the keyboard" names the Mechanical Keyboard: any word of the product's name that says something.
    named = [line for line in lines if {w for w in words(line["name"].replace("-", "")) if len(w) > 3} & said]
    ids = {line["item_id"] for line in named}
    if len(ids) == 1:
        return str(named[0]["item_id"])
    if len(ids) > 1:  # the same product in two variants: the options the shopper said pick one
        scored = [(len(words(" ".join(line["options"].values())) & words(phrase)), line["item_id"]) for line in named]
        best = max(scored)[0]
        winners = {i for s, i in scored if s == best}
        return str(winners.pop()) if best and len(winners) == 1 else None
    return None


def variant_of(phrase: str, product: dict[str, Any] | None) -> str | None:
    """The variant a phrase names: by item id, else the one whose option values it says most (and uniquely)."""
    item = ITEM_ID.search(phrase)
    if item:
        return item.group(0)
    if product is None:
        return None
    said = words(phrase)
    scored = sorted(((len(words(" ".join(v["options"].values())) & said), v["item_id"])
                     for v in product.get("variants", [])), reverse=True)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return str(scored[0][1])


def pairs(text: str, facts: DialogueFacts, swap: bool) -> tuple[list[str], list[str]]:
    """Items named in a message: with ``swap``, each '<line> to <variant>' clause as a pair."""
    order = facts.order or {}
    products = {p["product_id"]: p for p in facts.products}
    olds: list[str] = []
    news: list[str] = []
    for clause in _SPLIT.split(text):
        if swap:
            halves = _TO.split(clause, maxsplit=1)
            if len(halves) != 2:
                continue
            old = line_of(halves[0], order)
            line = next((ln for ln in order.get("items", []) if ln["item_id"] == old), None)
            new = variant_of(halves[1], products.get(line["product_id"]) if line else None)
            if old and new:
                olds.append(old)
                news.append(new)
        else:
            ids = ITEM_ID.findall(clause)
            if ids:
                olds.extend(ids)
                continue
            if re.search(r"\b(?:all|everything|whole order)\b|全部|都退", clause, re.IGNORECASE):
                olds.extend(line["item_id"] for line in order.get("items", []))
                continue
            old = line_of(clause, order)
            if old:
                olds.append(old)
    return olds, news


def merge(dialogue: Dialogue, text: str, facts: DialogueFacts) -> Dialogue:
    """The dialogue with what this message adds (nothing it already holds is dropped)."""
    d = dialogue.model_copy(deep=True)
    op = operation_of(text)
    if op is not None and (d.operation is None or op != d.operation and d.proposed is None and not d.item_ids):
        d.operation = op
    order = ORDER_ID.search(text)
    if order:
        d.order_id = order.group(0).upper()
    method = chosen_method(text, facts)
    if method:
        d.payment_method_id = method
    if d.operation == "cancel" and d.reason is None:
        d.reason = next((r for r, pattern in _REASONS if pattern.search(text)), None)
        given = _GIVEN_REASON.search(text)
        if d.reason is None and given:
            d.reason = (given.group(1) or given.group(2) or "").strip(" .。")
    if d.operation in ("change_address", "change_default_address") and d.address is None:
        d.address = shipping_address(text)
    if d.operation in ("change_items", "exchange", "return") and not d.items_complete:
        olds, news = pairs(text, facts, swap=d.operation != "return")
        d.item_ids += olds
        d.new_item_ids += news
        # A return names its items at once; a swap is complete when the shopper says there is nothing more.
        done = bool(_DONE.search(text) or not olds and NO.search(text))
        d.items_complete = bool(olds and d.operation == "return" or d.item_ids and done)
    return d
