"""The nouns of an errand: shoppers, products, quotes, approvals, orders, shipments.

Every model here is plain data (pydantic), safe to import inside the workflow sandbox and to carry
through Temporal's pydantic data converter. Money is always integer minor units.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from .payment import ChosenMethod, QuotePaymentMethod, without_unchosen_method


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Address(_Model):
    label: str = Field(description="The shopper's name for it: home, office, ...")
    name: str
    line1: str
    city: str
    postal_code: str
    country: str = "CN"
    lat: float | None = None
    lng: float | None = None
    region: str = Field(default="", max_length=200,
                        description="state or province, where the address book has one (retail data sets do)")

    @model_serializer(mode="wrap")
    def _without_empty_region(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # An address without a region serializes exactly as before the field existed: quotes and profiles in
        # recorded histories keep their digests.
        data: dict[str, Any] = handler(self)
        if data.get("region", None) == "":
            del data["region"]
        return data


class PasskeyCredential(_Model):
    """A WebAuthn credential the wallet registered as a shopper key: what an assertion is checked against."""

    credential_id: str = Field(description="the authenticator's credential id, base64url")
    rp_id: str = Field(description="the relying party id it was created for (its hash is in every assertion)")
    origin: str = Field(description="the page origin its ceremonies must come from")
    sign_count: int = Field(default=0, ge=0, description="the last signature counter the wallet accepted")


class ShopperKey(_Model):
    """One of the shopper's active signing keys, as the wallet registered it (public half only)."""

    key_id: str
    public_key: str = Field(description="Ed25519 public key, raw 32 bytes, base64; for a passkey its COSE key")
    passkey: PasskeyCredential | None = Field(default=None, description="set when the key is a passkey")


class ShopperProfile(_Model):
    """What the merchant knows about a buyer, plus the wallet's active public keys."""

    shopper_id: str
    name: str
    addresses: list[Address]
    loyalty_points: int = Field(ge=0)
    keys: list[ShopperKey] = Field(default_factory=list, description="the wallet's active keys")
    public_key: str = Field(default="", description="the one key of profiles recorded before key ids")

    def key_for(self, key_id: str) -> str | None:
        """The active public key an approval names, or None. An approval without a key id matches only the
        single key of a profile recorded before key ids existed (so recorded histories replay)."""
        if not key_id:
            return self.public_key or None
        return next((key.public_key for key in self.keys if key.key_id == key_id), None)

    def passkey_for(self, key_id: str) -> tuple[str, PasskeyCredential] | None:
        """The active passkey an approval names (its COSE public key and credential), or None."""
        key = next((key for key in self.keys if key.key_id == key_id and key.passkey is not None), None)
        return (key.public_key, key.passkey) if key is not None and key.passkey is not None else None

    def address(self, label: str) -> Address | None:
        for address in self.addresses:
            if address.label == label:
                return address
        return None


class Product(_Model):
    product_id: str
    title: str
    brand: str
    category: str
    price: int = Field(ge=0, description="unit price, minor units")
    currency: str = "CNY"
    stock: int = Field(ge=0)
    rating: float = Field(ge=0, le=5)
    review_count: int = Field(ge=0)
    seller: str
    units_per_pack: int = Field(default=1, ge=1)
    attributes: dict[str, str] = Field(default_factory=dict)
    merchant: str = Field(default="", description="the configured merchant offering it; empty: the default one")


class NearMiss(_Model):
    """A product close to what was asked but not all of it, with what did not fit in the shopper's words
    ("over the ¥60.00 cap by ¥9.90", "for iPhone 16, not iphone 17"): offered as a question, never bought
    as if it were the thing asked for."""

    product: Product
    misses: list[str] = Field(default_factory=list)


class BuyIntent(_Model):
    """A validated wish to buy: what, how many, at most how much, delivered where."""

    shopper_id: str = Field(min_length=1, max_length=64)
    query: str = Field(min_length=1, max_length=200)
    quantity: int = Field(ge=1, le=999)
    max_unit_price: int | None = Field(default=None, gt=0, description="cap per unit, minor units")
    max_total: int | None = Field(default=None, gt=0, description="cap on the whole quote, minor units")
    currency: str = "CNY"
    category: str | None = None
    address_label: str = "home"
    sentence: str = ""
    discount_codes: list[str] = Field(default_factory=list, max_length=5,
                                      description="codes the shopper named, offered to merchants that take them")
    pay_with: ChosenMethod = None

    @model_serializer(mode="wrap")
    def _without_unchosen_method(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return without_unchosen_method(handler(self))


class Candidate(_Model):
    product: Product
    value_score: float = Field(description="lower is better value")
    note: str = ""


class Ranking(_Model):
    chosen: Candidate | None
    considered: list[Candidate]
    excluded: int = 0
    reason: str


class QuoteLine(_Model):
    product_id: str
    title: str
    quantity: int
    unit_price: int
    line_total: int


class Adjustment(_Model):
    kind: Literal["discount", "loyalty", "shipping", "fee"]
    label: str
    amount: int = Field(description="signed minor units; discounts are negative")


class Quote(_Model):
    """The exact thing a shopper signs. Its digest binds every field below."""

    quote_id: str
    errand_id: str
    shopper_id: str
    merchant: str
    checkout_id: str
    lines: list[QuoteLine]
    subtotal: int
    adjustments: list[Adjustment]
    total: int = Field(ge=0)
    currency: str
    loyalty_points_used: int = 0
    address: Address
    expires_at: datetime
    merchant_terms: MerchantTerms | None = Field(
        default=None, description="the merchant's signed checkout (UCP AP2), verified before the quote was shown")
    payment_method: QuotePaymentMethod | None = Field(
        default=None, description="the shopper's method that pays, when they chose one; signed with the rest")

    @property
    def merchant_signed(self) -> bool:
        return self.merchant_terms is not None

    @model_serializer(mode="wrap")
    def _without_unsigned_terms(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # A quote without signed terms serializes (and so digests) exactly as before the field existed:
        # approvals in recorded histories keep matching their quotes.
        data: dict[str, Any] = handler(self)
        if data.get("merchant_terms", 0) is None:
            del data["merchant_terms"]
        # Likewise a quote whose shopper chose no payment method: its digest is the one it always had.
        if data.get("payment_method", 0) is None:
            del data["payment_method"]
        return data


class MerchantTerms(_Model):
    """The checkout as the merchant signed it (``ap2.merchant_authorization`` inside), which the shopper's
    checkout mandate carries; ``key_id`` is the merchant key from its discovery profile that verified it."""

    checkout: dict[str, Any]
    key_id: str


class PasskeyApproval(_Model):
    """A WebAuthn assertion whose challenge is ``passkey_challenge(quote digest)``, as the browser returned it
    (every field base64url)."""

    credential_id: str = Field(min_length=1, max_length=1400)
    authenticator_data: str = Field(min_length=1, max_length=4000)
    client_data_json: str = Field(min_length=1, max_length=4000)
    signature: str = Field(min_length=1, max_length=1000)
    user_handle: str | None = Field(default=None, max_length=100)


class SignedApproval(_Model):
    """The approve signal: the shopper's Ed25519 signature over the quote digest, or a passkey's assertion
    over it (``passkey``; ``key_id`` then names the passkey and ``signature`` repeats the assertion's)."""

    shopper_id: str
    quote_digest: str
    signature: str = Field(description="base64 Ed25519 signature over approval_message(quote_digest)")
    key_id: str = Field(default="", max_length=64, description="the registered key that signed, by thumbprint")
    passkey: PasskeyApproval | None = None
    checkout_mandate: str | None = Field(default=None, max_length=64_000, description="for a merchant-signed quote: "
                                         "the shopper's AP2 checkout mandate (SD-JWT+KB) for its checkout")


class Rejection(_Model):
    shopper_id: str = ""
    reason: str = "rejected by shopper"


class Authorization(_Model):
    authorization_id: str
    amount: int
    currency: str
    status: Literal["held", "captured", "voided", "expired", "refunded", "partially_refunded"]


class Order(_Model):
    order_id: str
    checkout_id: str
    status: str
    total: int
    currency: str
    shipment_id: str | None = None


class TrackingEvent(_Model):
    at: datetime
    status: str
    description: str


class Shipment(_Model):
    shipment_id: str
    order_id: str
    status: Literal["label_created", "picked_up", "in_transit", "out_for_delivery", "delivered", "failed_attempt",
                    "returned"]
    events: list[TrackingEvent] = Field(default_factory=list)

    @property
    def delivered(self) -> bool:
        return self.status == "delivered"


class TimelineEntry(_Model):
    at: datetime
    who: Literal["agent", "shopper", "system", "operator"]
    what: str
    detail: str = ""


ErrandState = Literal[
    "searching", "awaiting_choice", "reserving", "awaiting_approval", "paying", "placing_order", "shipping",
    "delivered", "rejected", "expired", "failed", "no_match", "over_cap", "ordered",
]
TERMINAL_STATES: frozenset[str] = frozenset({
    "delivered", "rejected", "expired", "failed", "no_match", "completed", "cancelled", "refunded", "refused",
    "partially_delivered", "bought", "ended", "rescheduled", "redirected", "kept",
    "over_cap", "ordered",
})
"""States in which an errand of any kind has finished; an errand kind may add its own terminal names here."""


class ErrandStatusBase(_Model):
    """What every errand's `status` query has: who, which state, what happened, how it ended."""

    errand_id: str
    kind: str
    shopper_id: str
    state: str
    timeline: list[TimelineEntry] = Field(default_factory=list)
    outcome: str = ""
    question: str = Field(default="", description="what the errand is asking the shopper now, if anything")

    @property
    def finished(self) -> bool:
        return self.state in TERMINAL_STATES


class ErrandStatus(ErrandStatusBase):
    """What the buy errand's `status` query returns: the whole state of one purchase."""

    kind: str = "buy"
    state: ErrandState
    intent: BuyIntent
    ranking: Ranking | None = None
    nearest: list[NearMiss] = Field(default_factory=list, description="offered when nothing fitted exactly")
    quote: Quote | None = None
    quote_digest: str | None = None
    authorization: Authorization | None = None
    order: Order | None = None
    shipment: Shipment | None = None
