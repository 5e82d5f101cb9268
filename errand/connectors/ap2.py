"""The platform's side of UCP's AP2 mandate extension: a merchant that offers it signs its checkouts, and
Errand checks that signature against the merchant's discovery profile before any quote is built from one.

A merchant that does not offer the extension is quoted as before (its payment handler is the only path);
one that offers it and answers with a missing or tampered ``merchant_authorization`` is refused.
"""

from __future__ import annotations

from typing import Any

from errand.domain.mandate_ap2 import AP2_MANDATE, verify_merchant_authorization
from errand.domain.models import MerchantTerms

from .merchant import MerchantClient
from .merchant_shapes import CheckoutView


def offers_mandates(merchant: MerchantClient) -> bool:
    """Whether the merchant's discovery profile offers ``dev.ucp.shopping.ap2_mandate``."""
    return merchant.declares(AP2_MANDATE)


def signing_keys(merchant: MerchantClient) -> list[dict[str, Any]]:
    """The public keys the merchant's discovery profile lists (JWK), to check its signatures with."""
    keys = (merchant.profile or {}).get("signing_keys")
    return [k for k in keys if isinstance(k, dict)] if isinstance(keys, list) else []


def merchant_terms(merchant: MerchantClient, view: CheckoutView) -> MerchantTerms | None:
    """The checkout's signed terms, or None when the merchant does not offer the extension.

    Raises `errand.domain.mandate_ap2.MandateError` when it does and the signature is missing or does not
    verify against a key its discovery profile lists.
    """
    if not offers_mandates(merchant):
        return None
    key_id = verify_merchant_authorization(view.body, signing_keys(merchant))
    return MerchantTerms(checkout=view.body, key_id=key_id)


__all__ = ["MerchantTerms", "merchant_terms", "offers_mandates", "signing_keys"]
