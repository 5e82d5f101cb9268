"""After-sales changes as the agent asks for them, and the errand's status.

The change models are the request the merchant quotes (docs/after-sales-policy.md): one per operation,
told apart by ``operation``. They are also the tool input schemas given to LLM planners, so field
descriptions are written for a model to read. No change carries an amount: the merchant's quote says what
moves, and the shopper signs that quote, never the agent's reading of a sentence.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .approval import canonical_json
from .intents import ShopperId
from .models import ErrandStatusBase
from .money import format_minor

CHANGE_QUOTE_KIND = "errand/after-sales-change/v1"
"""The ``kind`` a merchant's change quote carries: its digest can never be a purchase quote's."""

CANCEL_REASONS = ("no longer needed", "ordered by mistake")

_Id = Annotated[str, Field(min_length=1, max_length=100)]
_OrderId = Annotated[str, Field(min_length=1, max_length=100, description="the order id, e.g. '#W0000001'")]
_Items = Annotated[list[_Id], Field(min_length=1, max_length=100)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ShippingAddress(_Model):
    """A whole postal address: a change replaces every field."""

    address1: str = Field(min_length=1, max_length=200)
    address2: str = Field(default="", max_length=200)
    city: str = Field(min_length=1, max_length=100)
    state: str = Field(default="", max_length=200)
    country: str = Field(min_length=1, max_length=100)
    zip: str = Field(min_length=1, max_length=20)


class CancelOrder(_Model):
    """Cancel a pending order as a whole; what was paid goes back to the methods that paid it."""

    operation: Literal["cancel"] = "cancel"
    order_id: _OrderId
    reason: str = Field(max_length=200, description="'no longer needed' or 'ordered by mistake' (the merchant "
                                                    "refuses any other reason by rule cancel.reason)")


class ChangeAddress(_Model):
    """Ship a pending order to another address."""

    operation: Literal["change_address"] = "change_address"
    order_id: _OrderId
    address: ShippingAddress


class ChangePaymentMethod(_Model):
    """Pay a pending order with another of the shopper's payment methods (once)."""

    operation: Literal["change_payment_method"] = "change_payment_method"
    order_id: _OrderId
    payment_method_id: _Id = Field(description="the shopper's method, e.g. 'gift_card_4806466'")


class ChangeItems(_Model):
    """Swap items of a pending order for other variants of the same products, all in one change."""

    operation: Literal["change_items"] = "change_items"
    order_id: _OrderId
    item_ids: _Items = Field(description="the order's items to change, one entry per line")
    new_item_ids: _Items = Field(description="the variant each becomes, in the same order")
    payment_method_id: _Id = Field(description="pays or receives the price difference")


class ReturnItems(_Model):
    """Return items of a delivered order; refunded when they are received."""

    operation: Literal["return"] = "return"
    order_id: _OrderId
    item_ids: _Items
    payment_method_id: _Id = Field(description="the original payment method or a gift card of the shopper")


class ExchangeItems(_Model):
    """Exchange items of a delivered order for other variants of the same products."""

    operation: Literal["exchange"] = "exchange"
    order_id: _OrderId
    item_ids: _Items
    new_item_ids: _Items
    payment_method_id: _Id = Field(description="pays or receives the price difference")


class ChangeDefaultAddress(_Model):
    """Replace the shopper's default address (orders already placed keep theirs)."""

    operation: Literal["change_default_address"] = "change_default_address"
    address: ShippingAddress


AftersalesChange = Annotated[CancelOrder | ChangeAddress | ChangePaymentMethod | ChangeItems | ReturnItems
                             | ExchangeItems | ChangeDefaultAddress, Field(discriminator="operation")]
"""One change, as the merchant's quote route takes it."""

OPERATIONS: tuple[str, ...] = ("cancel", "change_address", "change_payment_method", "change_items", "return",
                               "exchange", "change_default_address")


class AftersalesIntent(_Model):
    """One after-sales change for an identified shopper: the after-sales errand's intent. Without a change
    it is a hand-over: ``handover`` summarises for a person what the shopper wants that no rule covers."""

    kind: Literal["aftersales"] = "aftersales"
    shopper_id: ShopperId
    change: AftersalesChange | None = None
    handover: str = Field(default="", max_length=2000, description="for a person: what is asked and why")
    sentence: str = Field(default="", max_length=2000)


class AftersalesRequest(_Model):
    """Start the after-sales errand; the quote is the merchant's, and signing waits at most this long."""

    intent: AftersalesIntent
    approval_timeout_seconds: int = Field(default=15 * 60, ge=1, le=15 * 60,
                                          description="the merchant's quotes expire after 15 minutes")
    search_attributes: bool = Field(default=False, description="upsert ErrandState/ErrandNeedsHuman; only "
                                                               "when the namespace has them registered")


class ChangeQuote(_Model):
    """The merchant's quote of a change: exactly what the shopper signs (its digest over ``quote``)."""

    quote: dict[str, Any]
    quote_digest: str

    @property
    def quote_id(self) -> str:
        return str(self.quote["quote_id"])

    @property
    def expires_at(self) -> datetime:
        return datetime.fromisoformat(str(self.quote["expires_at"]))


class AftersalesStatus(ErrandStatusBase):
    """The after-sales errand's ``status`` query."""

    kind: str = "aftersales"
    intent: AftersalesIntent
    quote: dict[str, Any] | None = Field(default=None, description="the merchant's quote, as signed")
    quote_digest: str | None = None
    summary: str = Field(default="", description="the quote's own words: what changes and the money")
    money: list[dict[str, Any]] = Field(default_factory=list)
    refused_rule: str | None = None
    needs_human: bool = False
    applied: dict[str, Any] | None = Field(default=None, description="the merchant's answer to the change")


def change_digest(quote: dict[str, Any]) -> str:
    """Hex sha256 of a change quote's canonical JSON: what the shopper's approval signs."""
    return hashlib.sha256(canonical_json(quote)).hexdigest()


def money_lines(money: list[dict[str, Any]], currency: str) -> list[str]:
    """Each movement of a quote in words: '$12.34 paid by gift_card_1 now'."""
    out = []
    for move in money:
        amount = int(move.get("amount", 0))
        verb = "paid by" if move.get("transaction_type") == "payment" else "refunded to"
        when = {"now": "now", "on_receipt": "when the goods are received",
                "on_exchange": "when the exchange is made"}.get(str(move.get("when")), str(move.get("when")))
        out.append(f"{format_minor(amount, currency)} {verb} {move.get('payment_method_id')} {when}")
    return out


__all__ = ["CANCEL_REASONS", "CHANGE_QUOTE_KIND", "OPERATIONS", "AftersalesChange", "AftersalesIntent",
           "AftersalesRequest", "AftersalesStatus", "CancelOrder", "ChangeAddress", "ChangeDefaultAddress",
           "ChangeItems", "ChangePaymentMethod", "ChangeQuote", "ExchangeItems", "ReturnItems", "ShippingAddress",
           "change_digest", "money_lines"]
