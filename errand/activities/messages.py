"""The one-model arguments and results of Errand's activities.

Plain pydantic data, imported by workflows (inside the sandbox) and by the activity implementations.
Adding a field with a default keeps recorded histories replayable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from errand.domain.models import Address, Authorization, Order, Product, Quote, Shipment, SignedApproval


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ShopperRef(_Message):
    shopper_id: str


class SearchRequest(_Message):
    query: str
    category: str | None = None
    max_price: int | None = None
    limit: int = 50


class SkippedMerchant(_Message):
    """A merchant left out of a search (slow, down, or answering nonsense), and why."""

    merchant: str
    url: str = ""
    reason: str


class SearchResult(_Message):
    products: list[Product]
    skipped: list[SkippedMerchant] = Field(default_factory=list)
    closest: list[Product] = Field(default_factory=list, description="when nothing matched every word: the "
                                                                     "merchants' closest, never to be bought unasked")
    lacking: dict[str, list[str]] = Field(default_factory=dict,
                                          description="merchant/product_id: what of the query it does not have")


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
    merchant: str = Field(default="", description="the configured merchant's key; empty: the default one")
    discount_codes: list[str] = Field(default_factory=list)


class OfferQuote(_Message):
    """One merchant's offer priced to the door (a real checkout), for comparing merchants."""

    merchant: str
    product_id: str
    title: str
    total: int
    currency: str
    shipping: int = 0
    discounts: int = 0
    rating: float = 0.0
    quote: Quote | None = None
    failed: str = ""


class BestOfferRequest(_Message):
    """Price the best candidate of each merchant as a checkout; keep the cheapest delivered, release the rest."""

    offers: list[QuoteRequest]
    ratings: list[float] = Field(default_factory=list)


class BestOffer(_Message):
    chosen: OfferQuote
    compared: list[OfferQuote]


class ReleaseRequest(_Message):
    idempotency_key: str
    checkout_id: str
    merchant: str = ""


class ReleaseResult(_Message):
    checkout_id: str
    status: str


class AuthorizeRequest(_Message):
    idempotency_key: str
    quote: Quote
    approval: SignedApproval
    daily_cap: int | None = Field(default=None, description="the errand's daily cap, minor units: the wallet "
                                  "holds only within it (and its own), deciding at the hold")


class PlaceOrderRequest(_Message):
    idempotency_key: str
    checkout_id: str
    authorization_id: str
    merchant: str = ""
    amount: int | None = Field(default=None, description="what the shopper signed; a token payment needs it")
    currency: str = ""
    checkout_mandate: str | None = Field(default=None, description="the shopper's AP2 checkout mandate, presented "
                                         "on complete to a merchant that signed the quote's terms")


class CaptureRequest(_Message):
    idempotency_key: str
    authorization_id: str
    amount: int
    merchant: str = ""
    order_id: str | None = None


class VoidRequest(_Message):
    idempotency_key: str
    authorization_id: str
    merchant: str = ""
    checkout_id: str | None = None


class RefundRequest(_Message):
    idempotency_key: str
    authorization_id: str
    amount: int
    reason: str


class ShipmentRef(_Message):
    shipment_id: str


class AuthorizationRef(_Message):
    authorization_id: str


class AuthorizationState(_Message):
    """What the wallet says of one authorization, read to reconcile after an ambiguous failure."""

    authorization_id: str
    amount: int
    currency: str
    status: str = Field(description="held | captured | voided | expired | partially_refunded | refunded")
    captured: int = 0
    refunded: int = 0
    checkout_id: str | None = None
    order_id: str | None = None

    @property
    def charged(self) -> int:
        """Money taken from the shopper and not given back (minor units)."""
        return self.captured - self.refunded

    @property
    def settled_unpaid(self) -> bool:
        """Whether the wallet confirms the shopper is out of nothing: released, or refunded in full."""
        return self.status in ("voided", "expired", "refunded") and self.charged == 0


class CheckoutRef(_Message):
    checkout_id: str
    merchant: str = ""


class CheckoutState(_Message):
    """A checkout session's status at the merchant, and its order once one was placed."""

    checkout_id: str
    status: str
    order_id: str | None = None


class OrderRef(_Message):
    order_id: str
    merchant: str = ""


class CancelOrderRequest(_Message):
    """Ask the merchant to cancel a placed order (it refunds what the order captured)."""

    idempotency_key: str
    order_id: str
    reason: str = ""
    merchant: str = ""


class OrderCancellation(_Message):
    order_id: str
    status: str


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
    "Address", "Authorization", "AuthorizationRef", "AuthorizationState", "AuthorizeRequest", "BestOffer",
    "BestOfferRequest", "CancelOrderRequest", "CaptureRequest", "CheckoutRef", "CheckoutState", "LedgerWrite",
    "LedgerWritten", "OfferQuote", "Order", "OrderCancellation", "OrderRef", "PlaceOrderRequest",
    "QuoteRequest", "RefundRequest", "ReleaseRequest", "ReleaseResult", "SearchRequest", "SearchResult",
    "Shipment", "ShipmentRef", "ShopperRef", "SkippedMerchant", "VoidRequest",
]
