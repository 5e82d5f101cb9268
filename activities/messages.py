"""The one-model arguments and results of Errand's activities.

Plain pydantic data, imported by workflows (inside the sandbox) and by the activity implementations.
Adding a field with a default keeps recorded histories replayable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from domain.models import Address, Authorization, Order, Product, Quote, Shipment, SignedApproval


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ShopperRef(_Message):
    shopper_id: str


class SearchRequest(_Message):
    query: str
    category: str | None = None
    max_price: int | None = None
    limit: int = 50


class SearchResult(_Message):
    products: list[Product]


class QuoteRequest(_Message):
    """Reserve stock and price the cart: one checkout session, its address and loyalty points."""

    idempotency_key: str
    errand_id: str
    shopper_id: str
    product_id: str
    quantity: int
    address_label: str
    loyalty_points: int = 0
    approve_by: datetime = Field(description="the latest expiry the workflow will wait for")


class ReleaseRequest(_Message):
    idempotency_key: str
    checkout_id: str


class ReleaseResult(_Message):
    checkout_id: str
    status: str


class AuthorizeRequest(_Message):
    idempotency_key: str
    quote: Quote
    approval: SignedApproval


class PlaceOrderRequest(_Message):
    idempotency_key: str
    checkout_id: str
    authorization_id: str


class CaptureRequest(_Message):
    idempotency_key: str
    authorization_id: str
    amount: int


class VoidRequest(_Message):
    idempotency_key: str
    authorization_id: str


class RefundRequest(_Message):
    idempotency_key: str
    authorization_id: str
    amount: int
    reason: str


class ShipmentRef(_Message):
    shipment_id: str


class LedgerWrite(_Message):
    idempotency_key: str
    errand_id: str
    who: Literal["agent", "shopper", "system", "operator"]
    what: str
    evidence: dict[str, Any] = Field(default_factory=dict)
    outcome: str = ""


class LedgerWritten(_Message):
    seq: int
    row_hash: str
    duplicate: bool


__all__ = [
    "Address", "AuthorizeRequest", "Authorization", "CaptureRequest", "LedgerWrite", "LedgerWritten", "Order",
    "PlaceOrderRequest", "QuoteRequest", "RefundRequest", "ReleaseRequest", "ReleaseResult", "SearchRequest",
    "SearchResult", "Shipment", "ShipmentRef", "ShopperRef", "VoidRequest",
]
