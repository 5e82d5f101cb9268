"""The merchant's side of UCP's AP2 mandate extension (``dev.ucp.shopping.ap2_mandate``).

Discovery offers the extension; every checkout the merchant renders carries its terms signed
(``ap2.merchant_authorization``, `errand.domain.mandate_ap2.sign_checkout`, with the key discovery lists
under ``signing_keys``, the one order webhooks are signed with), so any platform can check them.

On complete, a platform that negotiated the extension must present the shopper's checkout mandate: the
checkout was opened with the platform's profile URL (``UCP-Agent``) and that profile, fetched under the order
webhooks' guard, declares the extension. The mandate must verify (issuer and key binding), be bound to this
merchant and this checkout, carry a ``merchant_authorization`` this merchant made over the checkout it
holds, and state this checkout's totals and currency as they stand. For a shopper's checkout its issuer
must be one of the shopper's active wallet keys; a guest has none, so a guest's mandate proves only that
the holder of its key authorized exactly this checkout. A platform that did not negotiate the extension
(or whose profile cannot be read) completes as before, and an ``ap2`` member it sends is ignored.
"""

from __future__ import annotations

import logging
from datetime import datetime
from time import monotonic
from typing import Any

from fastapi import Request
from sqlmodel import Session

from errand.domain.mandate_ap2 import (
    AP2,
    AP2_MANDATE,
    MandateError,
    sign_checkout,
    verify_mandate,
    verify_merchant_authorization,
)
from errand.sandbox.common.errors import UCP_VERSION, UCPError
from errand.sandbox.common.outbound import RefusedTarget, guarded_client
from errand.sandbox.db import CheckoutRow
from errand.sandbox.merchant.order_events import (
    PROFILE_TTL_SECONDS,
    TIMEOUT,
    ProfileResolver,
    ProfileUnavailable,
)
from errand.sandbox.merchant.signing_key import merchant_signing_key, public_jwk, signing_jwks
from errand.sandbox.settings import SandboxSettings
from errand.sandbox.wallet.keys import active_public_key

log = logging.getLogger("sandbox.ap2")

_negotiated: dict[str, tuple[float, bool]] = {}
"""Platform profile URL → (until when, whether it declares the extension)."""


def capability() -> dict[str, Any]:
    """The extension's entry in discovery's ``capabilities``."""
    return {"version": UCP_VERSION, "extends": "dev.ucp.shopping.checkout",
            "spec": f"https://ucp.dev/{UCP_VERSION}/specification/ap2-mandates",
            "schema": f"https://ucp.dev/{UCP_VERSION}/schemas/shopping/ap2_mandate.json"}


def signed(body: dict[str, Any], settings: SandboxSettings) -> dict[str, Any]:
    """The rendered checkout with its terms signed in ``ap2.merchant_authorization``."""
    key = merchant_signing_key(settings.home)
    return {**body, AP2: {"merchant_authorization": sign_checkout(key, public_jwk(key.public_key())["kid"], body)}}


def _declares(document: Any) -> bool:
    ucp = document.get("ucp") if isinstance(document, dict) else None
    capabilities = ucp.get("capabilities") if isinstance(ucp, dict) else None
    return isinstance(capabilities, dict) and AP2_MANDATE in capabilities


async def negotiated(request: Request, profile_url: str | None) -> bool:
    """Whether the platform whose profile opened the checkout declares the extension (cached a while)."""
    if not profile_url:
        return False
    cached = _negotiated.get(profile_url)
    if cached is not None and cached[0] > monotonic():
        return cached[1]
    settings: SandboxSettings = request.app.state.settings
    async with guarded_client(request.app.state.webhook_settings, TIMEOUT) as client:
        resolver = ProfileResolver(client, request.app.state.webhook_settings,
                                   getattr(settings, "trusted_platform_profiles", None) or ())
        try:
            declares = _declares(await resolver.document(profile_url))
        except (RefusedTarget, ProfileUnavailable) as exc:
            log.info("platform profile %s not read (%s): the AP2 extension is not negotiated", profile_url[:200], exc)
            declares = False
    _negotiated[profile_url] = (monotonic() + PROFILE_TTL_SECONDS, declares)
    return declares


def _totals(body: dict[str, Any]) -> list[tuple[str, int]]:
    return sorted((str(t.get("type")), int(t.get("amount", 0))) for t in body.get("totals") or [])


def check_mandate(session: Session, row: CheckoutRow, request_body: dict[str, Any], current: dict[str, Any],
                  settings: SandboxSettings, now: datetime) -> None:
    """Refuse (4xx) a completion whose checkout mandate does not authorize exactly ``current``, the checkout
    as the merchant renders it now."""
    ap2 = request_body.get(AP2)
    mandate = ap2.get("checkout_mandate") if isinstance(ap2, dict) else None
    if not mandate:
        raise UCPError(422, "mandate_required", "this platform negotiated dev.ucp.shopping.ap2_mandate: "
                       "completing needs ap2.checkout_mandate, the shopper's mandate for this checkout")

    def trusted(kid: str, public_key: str) -> bool:
        if row.buyer_id is None:
            return True
        return active_public_key(session, row.buyer_id, kid) == public_key

    try:
        authorized = verify_mandate(str(mandate), merchant=settings.merchant_id, checkout_id=row.id,
                                    trusted=trusted, now=now)
        verify_merchant_authorization(authorized, signing_jwks(settings))
    except MandateError as exc:
        status = 403 if exc.code == "mandate_invalid_signature" else 422
        if exc.code.startswith("merchant_authorization"):
            exc = MandateError("mandate_scope_mismatch", f"the mandate answers terms this merchant did not sign "
                               f"({exc.message})")
        raise UCPError(status, exc.code, exc.message, "unrecoverable") from exc
    if _totals(authorized) != _totals(current) or authorized.get("currency") != current.get("currency"):
        raise UCPError(422, "mandate_scope_mismatch", f"the mandate authorizes {_totals(authorized)} "
                       f"{authorized.get('currency')}, but checkout {row.id} now totals {_totals(current)} "
                       f"{current.get('currency')}", "unrecoverable")
