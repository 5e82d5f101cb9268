"""Standing mandates: the shopper's signed permission to buy later, when nobody is present.

A mandate names what may be bought (one product, or anything matching a query), at most how much per unit,
how many, from which merchant and until when; it is single use unless it says otherwise. The shopper signs
``mandate_message(mandate_digest(mandate))`` with the same Ed25519 key that signs quotes, so a model or an
operator cannot widen it. The wallet checks every purchase made under a mandate with ``check_purchase``
and refuses anything outside it with one of the ``MandateVerdict`` codes (named after UCP's AP2 codes
where one fits).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from datetime import datetime
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, model_validator

from .approval import canonical_json, key_id_of, public_key_b64
from .models import Quote

MANDATE_CONTEXT = "errand/mandate/v1:"

MandateVerdict = Literal[
    "ok", "mandate_invalid_signature", "mandate_expired", "mandate_scope_mismatch", "mandate_price_exceeded",
    "mandate_quantity_exceeded", "mandate_used", "mandate_total_exceeded", "mandate_budget_exceeded",
    "mandate_revoked",
]

# Without an explicit ``max_total`` a purchase may cost its lines at the mandate's unit price and quantity
# plus this much for delivery (minor units): the wallet never holds more than the mandate could mean.
DELIVERY_ALLOWANCE = 1000
# Fields added after mandates were first signed: left out of the digest while unset, so the digest (and the
# signature) of a mandate made before them is unchanged.
_LATER_FIELDS = ("max_total", "budget", "max_uses")


class Mandate(BaseModel):
    """What the shopper allows an errand to buy on their behalf. Its digest binds every field."""

    model_config = ConfigDict(extra="forbid")

    mandate_id: str = Field(min_length=1, max_length=80)
    shopper_id: str = Field(min_length=1, max_length=64)
    product_id: str | None = Field(default=None, description="the one product allowed; or use query")
    query: str | None = Field(default=None, max_length=200, description="every word must be in the title")
    max_unit_price: int = Field(gt=0, description="minor units")
    quantity: int = Field(ge=1, le=99, description="at most this many units")
    currency: str = "CNY"
    merchant: str = Field(min_length=1, description="the merchant's host, as quotes name it")
    expires_at: datetime
    single_use: bool = True
    nonce: str = Field(min_length=8, max_length=64)
    max_total: int | None = Field(default=None, gt=0, description="the most one purchase may cost (minor)")
    budget: int | None = Field(default=None, gt=0, description="the most all purchases together may hold")
    max_uses: int | None = Field(default=None, ge=1, le=1000, description="how many purchases, if not 1")

    @property
    def total_limit(self) -> int:
        """The most one purchase may cost: ``max_total``, else the lines at their limits plus delivery."""
        return self.max_total or self.max_unit_price * self.quantity + DELIVERY_ALLOWANCE

    @property
    def use_limit(self) -> int | None:
        """How many purchases the mandate allows (None: as many as the budget and expiry allow)."""
        if self.max_uses is not None:
            return self.max_uses
        return 1 if self.single_use else None

    @model_validator(mode="after")
    def _scoped(self) -> Mandate:
        if not self.product_id and not self.query:
            raise ValueError("a mandate names a product_id or a query")
        return self


class SignedMandate(BaseModel):
    """A mandate with the shopper's base64 Ed25519 signature over its digest."""

    model_config = ConfigDict(extra="forbid")

    mandate: Mandate
    signature: str
    key_id: str = Field(default="", max_length=64, description="the registered key that signed, by thumbprint")


def mandate_digest(mandate: Mandate) -> str:
    """Hex sha256 of the mandate's canonical JSON (later fields only when set)."""
    body = mandate.model_dump(mode="json")
    for name in _LATER_FIELDS:
        if body.get(name) is None:
            body.pop(name, None)
    return hashlib.sha256(canonical_json(body)).hexdigest()


def mandate_message(digest: str) -> bytes:
    return (MANDATE_CONTEXT + digest).encode("ascii")


def sign_mandate(private_key: Ed25519PrivateKey, mandate: Mandate) -> SignedMandate:
    signature = private_key.sign(mandate_message(mandate_digest(mandate)))
    return SignedMandate(mandate=mandate, signature=base64.b64encode(signature).decode("ascii"),
                         key_id=key_id_of(public_key_b64(private_key)))


def signature_ok(signed: SignedMandate, public_key_b64: str | None) -> bool:
    """Whether ``signed`` carries a valid signature by the holder of ``public_key_b64``: the registered,
    active key that ``signed.key_id`` names, or None when there is none (never valid)."""
    if public_key_b64 is None:
        return False
    try:
        signature = base64.b64decode(signed.signature, validate=True)
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64, validate=True))
        key.verify(signature, mandate_message(mandate_digest(signed.mandate)))
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def check_purchase(mandate: Mandate, quote: Quote, now: datetime) -> tuple[MandateVerdict, str]:
    """Whether the quote is inside the mandate, and why not. Pure: the wallet and workflows both call it."""
    if now >= mandate.expires_at:
        return "mandate_expired", f"the mandate expired at {mandate.expires_at.isoformat()}"
    if quote.shopper_id != mandate.shopper_id:
        return "mandate_scope_mismatch", "the quote is for another shopper"
    if quote.merchant != mandate.merchant:
        return "mandate_scope_mismatch", f"the mandate is for {mandate.merchant}, not {quote.merchant}"
    if quote.currency != mandate.currency:
        return "mandate_scope_mismatch", f"the mandate is in {mandate.currency}, the quote in {quote.currency}"
    if len(quote.lines) != 1:
        return "mandate_scope_mismatch", "a mandate covers one product line"
    line = quote.lines[0]
    if mandate.product_id and line.product_id != mandate.product_id:
        return "mandate_scope_mismatch", f"the mandate is for {mandate.product_id}, not {line.product_id}"
    if mandate.query and not all(word in line.title.lower() for word in mandate.query.lower().split()):
        return "mandate_scope_mismatch", f"“{line.title}” does not match “{mandate.query}”"
    if line.unit_price > mandate.max_unit_price:
        return "mandate_price_exceeded", (f"unit price {line.unit_price} is over the mandate's "
                                          f"{mandate.max_unit_price}")
    if line.quantity > mandate.quantity:
        return "mandate_quantity_exceeded", f"{line.quantity} units, the mandate allows {mandate.quantity}"
    if quote.total > mandate.total_limit:
        return "mandate_total_exceeded", f"total {quote.total} is over the mandate's {mandate.total_limit}"
    return "ok", "inside the mandate"


__all__ = ["DELIVERY_ALLOWANCE", "MANDATE_CONTEXT", "Mandate", "MandateVerdict", "SignedMandate",
           "check_purchase", "mandate_digest", "mandate_message", "sign_mandate", "signature_ok"]
