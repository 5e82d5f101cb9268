"""An after-sales change quote as the page shows it: the order, the action, each change old → new, the money
that moves per payment method (signed, from the shopper's side: a payment leaves, a refund comes back), the
policy rules that apply (docs/after-sales-policy.md) and the expiry. Values are plain text; the template
escapes them like any merchant text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from errand.domain.money import format_minor

RULES_EVERY_CHANGE = ("identity.own_orders", "approval.signed", "approval.single_use", "approval.expired",
                      "change.stale")
"""The rules every change is confirmed under."""

RULES_BY_OPERATION: dict[str, tuple[str, ...]] = {
    "cancel": ("cancel.status_pending", "cancel.reason"),
    "change_address": ("address.status_pending",),
    "change_payment_method": ("payment.status_pending", "payment.single_payment", "payment.other_method",
                              "payment.method_of_owner", "payment.gift_card_covers"),
    "change_items": ("items.status_pending", "items.once", "items.pairs", "items.in_order", "items.same_product",
                     "items.available", "payment.method_of_owner", "payment.gift_card_covers"),
    "return": ("return.status_delivered", "items.in_order", "return.refund_method", "payment.method_of_owner"),
    "exchange": ("exchange.status_delivered", "items.in_order", "items.pairs", "items.same_product",
                 "items.available", "payment.method_of_owner", "payment.gift_card_covers"),
    "change_default_address": (),
}
"""The rules of each operation, as the policy's section for it names them."""

_ACTIONS = {"cancel": "Cancel the order", "change_address": "Change the shipping address",
            "change_payment_method": "Change the payment method", "change_items": "Change items",
            "return": "Return items", "exchange": "Exchange items",
            "change_default_address": "Change the default address"}
_LABELS = {"status": "Order status", "address": "Shipping address", "default_address": "Default address",
           "payment_method": "Payment method", "cancel_reason": "Reason", "price_difference": "Price difference",
           "return_items": "Items returned", "return_payment_method_id": "Refund to",
           "exchange_payment_method_id": "Difference through"}
_FIRST = ("status", "address", "default_address", "payment_method", "items")
"""The changes shown first (the order's state, then what replaces what); the others follow as quoted."""
_WHEN = {"now": "now", "on_receipt": "when the goods are received", "on_exchange": "when the exchange is made"}


@dataclass(frozen=True)
class ChangeRow:
    what: str
    old: str
    new: str


@dataclass(frozen=True)
class MoneyRow:
    method: str
    verb: str
    amount: int
    """Signed minor units from the shopper's side: negative leaves them, positive comes back."""
    text: str
    when: str


@dataclass(frozen=True)
class ChangeView:
    operation: str
    action: str
    order_id: str | None
    summary: str
    currency: str
    changes: list[ChangeRow] = field(default_factory=list)
    money: list[MoneyRow] = field(default_factory=list)
    rules: tuple[str, ...] = ()
    policy_version: str = ""
    expires_at: str = ""


def signed_money(amount: int, currency: str) -> str:
    """'+$12.34' or '−$12.34' (a true minus sign); '$0.00' for nothing."""
    text = format_minor(abs(amount), currency)
    return text if amount == 0 else ("+" if amount > 0 else "−") + text


def _address(value: Any) -> str:
    if not isinstance(value, dict):
        return str(value)
    place = " ".join(str(value.get(k) or "") for k in ("state", "zip")).strip()
    parts = [value.get("address1"), value.get("address2"), value.get("city"), place, value.get("country")]
    return ", ".join(str(p) for p in parts if p)


def _item(value: Any, currency: str) -> str:
    if not isinstance(value, dict):
        return str(value)
    options = ", ".join(f"{k} {v}" for k, v in sorted((value.get("options") or {}).items()))
    price = value.get("price")
    return (f"{value.get('item_id', '')}" + (f" ({options})" if options else "")
            + (f" · {format_minor(int(price), currency)}" if isinstance(price, int) else ""))


def _rows(changes: dict[str, Any], currency: str) -> list[ChangeRow]:
    rows: list[ChangeRow] = []
    for key, value in sorted(changes.items(), key=lambda kv: _FIRST.index(kv[0]) if kv[0] in _FIRST else len(_FIRST)):
        label = _LABELS.get(key, key.replace("_", " ").capitalize())
        if key == "items" and isinstance(value, list):
            rows += [ChangeRow(f"Line {int(line.get('line', 0)) + 1}", _item(line.get("from"), currency),
                               _item(line.get("to"), currency)) for line in value if isinstance(line, dict)]
        elif isinstance(value, dict) and {"from", "to"} <= value.keys():
            show = _address if key in ("address", "default_address") else str
            rows.append(ChangeRow(label, show(value["from"]), show(value["to"])))
        elif key == "price_difference" and isinstance(value, int):
            rows.append(ChangeRow(label, "", format_minor(value, currency)))
        elif isinstance(value, list):
            rows.append(ChangeRow(label, "", ", ".join(str(v) for v in value)))
        else:
            rows.append(ChangeRow(label, "", str(value)))
    return rows


def _money(moves: list[Any], currency: str) -> list[MoneyRow]:
    rows = []
    for move in moves:
        if not isinstance(move, dict):
            continue
        paid = move.get("transaction_type") == "payment"
        amount = -int(move.get("amount", 0)) if paid else int(move.get("amount", 0))
        rows.append(MoneyRow(method=str(move.get("payment_method_id", "")), verb="paid by" if paid else "refunded to",
                             amount=amount, text=signed_money(amount, currency),
                             when=_WHEN.get(str(move.get("when")), str(move.get("when", "")))))
    return rows


def change_view(quote: dict[str, Any]) -> ChangeView:
    """The change quote ``quote`` (as signed) for the page."""
    currency = str(quote.get("currency") or "USD")
    operation = str(quote.get("operation", ""))
    changes = quote.get("changes")
    return ChangeView(operation=operation, action=_ACTIONS.get(operation, operation.replace("_", " ")),
                      order_id=str(quote["order_id"]) if quote.get("order_id") else None,
                      summary=str(quote.get("summary", "")), currency=currency,
                      changes=_rows(changes if isinstance(changes, dict) else {}, currency),
                      money=_money(list(quote.get("money") or []), currency),
                      rules=RULES_EVERY_CHANGE + RULES_BY_OPERATION.get(operation, ()),
                      policy_version=str(quote.get("policy_version", "")),
                      expires_at=str(quote.get("expires_at", "")))


__all__ = ["RULES_BY_OPERATION", "RULES_EVERY_CHANGE", "ChangeView", "change_view", "signed_money"]
