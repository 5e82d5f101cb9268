"""Which of the shopper's payment methods pays: the reference a shopper gives and the method it names.

A shopper names a method the way people do ("gift card", "PayPal", "card ending 4242", "Visa") or by the
wallet's id; ``resolve_method`` finds exactly one of the shopper's own methods or says why not (none such,
or more than one fits), never a near match. What the quote shows and the signature covers is a
``QuotePaymentMethod``: the wallet's id, its kind and how it reads ("Gift card (balance ¥120.00)",
"Visa ·4242"). Pure functions and plain data: safe inside a workflow.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .money import format_minor

MethodKind = Literal["gift_card", "paypal", "credit_card"]
GIFT_CARD_RULE = "payment.gift_card_covers"
"""The after-sales policy's rule a short gift card breaks (docs/after-sales-policy.md)."""

PayWith = str
ChosenMethod = Annotated[PayWith | None, Field(
    min_length=1, max_length=80,
    description="the shopper's payment method: the wallet's method id, or a kind they named (\"gift card\", "
                "\"PayPal\", \"card ending 4242\"); absent: the wallet's default way")]
"""An intent's ``pay_with`` (buy and bulk orders alike)."""


def without_unchosen_method(data: dict[str, Any]) -> dict[str, Any]:
    """An intent that names no method serializes exactly as before the field existed (its serializer's body)."""
    if data.get("pay_with", 0) is None:
        del data["pay_with"]
    return data
"""What the shopper said about paying: a method id, or a kind ("gift card", "PayPal", "card ending 4242")."""

_KIND_WORDS: tuple[tuple[MethodKind, tuple[str, ...]], ...] = (
    ("gift_card", ("gift card", "giftcard", "gift", "礼品卡", "礼物卡")),
    ("paypal", ("paypal", "pay pal", "贝宝")),
    ("credit_card", ("credit card", "debit card", "card", "信用卡", "银行卡", "卡")),
)
_BRANDS = ("visa", "mastercard", "amex", "american express", "discover", "jcb", "unionpay", "银联")
_ID = re.compile(r"[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)+")
_LAST_FOUR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


class WalletMethod(BaseModel):
    """One payment method as the wallet lists it (``GET /wallet/shoppers/{id}/payment-methods``)."""

    model_config = ConfigDict(extra="ignore")

    id: str
    source: MethodKind
    balance: int | None = None
    brand: str | None = None
    last_four: str | None = None
    currency: str = "CNY"


class QuotePaymentMethod(BaseModel):
    """The method a quote is paid with, as the shopper sees and signs it."""

    model_config = ConfigDict(extra="forbid")

    method_id: str = Field(min_length=1, max_length=80, description="the wallet's id of the shopper's method")
    kind: MethodKind
    display: str = Field(max_length=120, description="how it reads on the quote card")


class MethodResolution(BaseModel):
    """The method a reference names, or why none was chosen (``problem``, said to the shopper)."""

    model_config = ConfigDict(extra="forbid")

    method: QuotePaymentMethod | None = None
    balance: int | None = Field(default=None, description="a gift card's balance when resolved, minor units")
    currency: str = "CNY"
    problem: str = ""


def display_of(method: WalletMethod) -> str:
    if method.source == "gift_card":
        return f"Gift card (balance {format_minor(method.balance or 0, method.currency)})"
    if method.source == "paypal":
        return "PayPal"
    brand = (method.brand or "card").strip()
    return f"{brand[:1].upper()}{brand[1:]} ·{method.last_four or '????'}"


def _kinds_of(wanted: str) -> set[MethodKind]:
    """Every kind the words name (a "card" inside "gift card" names only the gift card)."""
    kinds: set[MethodKind] = set()
    rest = wanted
    for kind, words in _KIND_WORDS:
        for word in words:
            if word in rest:
                kinds.add(kind)
                rest = rest.replace(word, " ")
    if any(brand in rest for brand in _BRANDS):
        kinds.add("credit_card")
    return kinds


def _two_named(lowered: str) -> str:
    """What makes the words name two methods at once ("PayPal, not the gift card", two last fours, two brands),
    or nothing: such words are asked about, never settled by which word comes first."""
    kinds = _kinds_of(lowered)
    if len(kinds) > 1:
        return " and ".join(sorted(kind.replace("_", " ") for kind in kinds))
    digits = set(_LAST_FOUR.findall(lowered))
    if len(digits) > 1:
        return " and ".join(f"a card ending {d}" for d in sorted(digits))
    brands = {b for b in _BRANDS if b in lowered}
    if len(brands) > 1:
        return " and ".join(sorted(brands))
    return ""


def _describe(methods: list[WalletMethod]) -> str:
    return ", ".join(display_of(m) for m in methods) or "none"


def resolve_method(methods: list[WalletMethod], wanted: PayWith) -> MethodResolution:
    """The one method of ``methods`` (all the shopper's own) that ``wanted`` names, or the problem."""
    text = " ".join(wanted.strip().split())
    if not text:
        return MethodResolution(problem="no payment method was named")
    by_id = [m for m in methods if m.id == text]
    if not by_id and _ID.fullmatch(text):
        # An id is looked up as an id: another shopper's ("paypal_bob") is none of yours, not "PayPal".
        return MethodResolution(problem=f"you hold no payment method {text}")
    if not by_id:
        lowered = text.casefold()
        if two := _two_named(lowered):
            return MethodResolution(problem=f"“{text}” names more than one payment method ({two}): say the one "
                                            "that pays")
        kinds = _kinds_of(lowered)
        kind = next(iter(kinds)) if kinds else None
        digits = _LAST_FOUR.findall(lowered)
        brand = next((b for b in _BRANDS if b in lowered), None)
        if kind is None and not digits:
            return MethodResolution(problem=f"“{text}” names no kind of payment method (a gift card, PayPal or "
                                            "a card ending in four digits)")
        by_id = [m for m in methods
                 if (kind is None or m.source == kind)
                 and (not digits or (m.source == "credit_card" and m.last_four == digits[-1]))
                 and (brand is None or (m.brand or "").casefold() == brand)]
    if not by_id:
        return MethodResolution(problem=f"you hold no payment method that is “{text}” (you hold: "
                                        f"{_describe(methods)})")
    if len(by_id) > 1:
        return MethodResolution(problem=f"“{text}” fits more than one of your payment methods "
                                        f"({_describe(by_id)}): say which (e.g. the card's last four digits)")
    found = by_id[0]
    return MethodResolution(method=QuotePaymentMethod(method_id=found.id, kind=found.source,
                                                      display=display_of(found)),
                            balance=found.balance if found.source == "gift_card" else None,
                            currency=found.currency)


def gift_card_short(resolution: MethodResolution, total: int, currency: str) -> str:
    """Why a gift card cannot pay ``total`` (empty when it can, or when the method is no gift card)."""
    method = resolution.method
    if method is None or method.kind != "gift_card":
        return ""
    balance = resolution.balance or 0
    if balance >= total:
        return ""
    return (f"{GIFT_CARD_RULE}: the gift card holds {format_minor(balance, currency)}, the total is "
            f"{format_minor(total, currency)}; a gift card must hold at least the total")


def methods_from(body: dict[str, Any]) -> list[WalletMethod]:
    """The wallet's answer read into methods (unknown kinds are left out)."""
    out = []
    for raw in body.get("payment_methods", []):
        if isinstance(raw, dict) and raw.get("source") in ("gift_card", "paypal", "credit_card"):
            out.append(WalletMethod.model_validate(raw))
    return out


__all__ = [
    "GIFT_CARD_RULE",
    "ChosenMethod",
    "MethodKind",
    "MethodResolution",
    "PayWith",
    "QuotePaymentMethod",
    "WalletMethod",
    "display_of",
    "gift_card_short",
    "methods_from",
    "resolve_method",
    "without_unchosen_method",
]
