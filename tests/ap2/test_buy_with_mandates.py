"""A buy errand at a merchant that offers UCP's AP2 mandates: the quote is the merchant's signed checkout,
checked before it is shown; the shopper's approval carries the checkout mandate the workflow and the
merchant both verify; a tampered signature ends the errand before any quote; a merchant without the
extension is bought from as before."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from jwcrypto.jwk import JWK
from sd_jwt.holder import SDJWTHolder
from temporalio.client import Client

from errand.cli import errands
from errand.connectors import MerchantClient, WalletClient
from errand.domain.approval import sign_quote
from errand.domain.mandate_ap2 import AP2, AP2_MANDATE, approve_quote, mandate_key
from errand.domain.models import BuyIntent, ErrandStatus, Quote
from errand.ledger import Ledger
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.workflows.buy import BuyRequest
from tests.ap2.conftest import Proxy
from tests.keys import shopper_key

INTENT = BuyIntent(shopper_id="alice", query="AA batteries", quantity=2, max_unit_price=4000)


async def _start(client: Client, settings: ErrandSettings) -> str:
    errand_id = f"buy-alice-{uuid.uuid4().hex[:8]}"
    await client.start_workflow("buy", BuyRequest(intent=INTENT, shipment_poll_seconds=1), id=errand_id,
                                task_queue=settings.task_queue)
    return errand_id


def _whats(settings: ErrandSettings, errand_id: str) -> list[str]:
    ledger = Ledger(settings.ledger_url)
    try:
        return [e.what for e in ledger.entries(errand_id)]
    finally:
        ledger.close()


def _with_key_binding_by_another_key(mandate: str) -> str:
    """The same issuer-signed mandate presented with a key-binding JWT that a P-256 key other than its
    ``cnf`` key signed (same audience and nonce)."""
    kb_claims = json.loads(base64.urlsafe_b64decode(mandate.rsplit("~", 1)[1].split(".")[1] + "=="))
    holder = SDJWTHolder(mandate.rsplit("~", 1)[0] + "~")
    pem = mandate_key(Ed25519PrivateKey.generate()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    holder.create_presentation({}, nonce=kb_claims["nonce"], aud=kb_claims["aud"], holder_key=JWK.from_pem(pem),
                               sign_alg="ES256")
    forged: str = holder.sd_jwt_presentation
    return forged


async def test_signed_quote_to_order_with_the_checkout_mandate(dev_client: Client, ap2_settings: ErrandSettings,
                                                               served_profile: str, sandbox: SandboxProcess) -> None:
    """Errand's profile is readable, so the merchant negotiates the extension and requires the mandate."""
    settings = ap2_settings.model_copy(update={"platform_profile_url": served_profile})
    async with errand_worker(dev_client, settings):
        errand_id = await _start(dev_client, settings)
        status: ErrandStatus = await errands.wait_for(dev_client, errand_id,
                                                      lambda s: s.state == "awaiting_approval")
        quote = status.quote
        assert status.state == "awaiting_approval" and quote is not None, status.outcome
        # The quote is the merchant's signed checkout, checked against its discovery key before it was shown.
        assert quote.merchant_signed and quote.merchant_terms is not None
        signed = quote.merchant_terms.checkout
        assert signed["id"] == quote.checkout_id and signed[AP2]["merchant_authorization"].count(".") == 2
        assert {t["type"]: t["amount"] for t in signed["totals"]}["total"] == quote.total

        # A mandate whose key binding another key signed is refused by the workflow: nothing is paid.
        key = shopper_key(sandbox, "alice")
        good = approve_quote(key, quote, datetime.now(UTC))
        assert good.checkout_mandate is not None
        forged = good.model_copy(update={"checkout_mandate": _with_key_binding_by_another_key(good.checkout_mandate)})
        await dev_client.get_workflow_handle(errand_id).signal("approve", forged)
        status = await errands.wait_for(dev_client, errand_id,
                                        lambda s: any(e.what == "approval.refused" for e in s.timeline))
        assert [e.detail for e in status.timeline if e.what == "approval.refused"] == ["approval ignored: bad mandate"]
        assert status.state == "awaiting_approval" and status.authorization is None

        # The shopper's approval, as `errand approve` makes it: signature and checkout mandate.
        status = await errands.approve(dev_client, settings, errand_id)
        status = await errands.wait_for(dev_client, errand_id, lambda s: s.order is not None)
    assert status.order is not None and status.order.total == quote.total, status.outcome
    assert status.authorization is not None and status.authorization.status == "captured"
    whats = _whats(settings, errand_id)
    assert whats.index("quote.offered") < whats.index("approval.accepted") < whats.index("order.placed")


async def test_without_the_mandate_the_merchant_places_no_order(dev_client: Client, ap2_settings: ErrandSettings,
                                                                served_profile: str, sandbox: SandboxProcess) -> None:
    """An approval without a mandate (an older client) passes the workflow, but the merchant that negotiated
    the extension refuses to complete: the hold is voided and nothing is charged."""
    settings = ap2_settings.model_copy(update={"platform_profile_url": served_profile})
    async with errand_worker(dev_client, settings):
        errand_id = await _start(dev_client, settings)
        status: ErrandStatus = await errands.wait_for(dev_client, errand_id,
                                                      lambda s: s.state == "awaiting_approval")
        assert status.quote is not None
        await dev_client.get_workflow_handle(errand_id).signal(
            "approve", sign_quote(shopper_key(sandbox, "alice"), status.quote))
        status = await errands.wait_for(dev_client, errand_id, lambda s: s.finished)
    assert status.state == "failed" and "mandate" in status.outcome and "nothing charged" in status.outcome
    assert status.order is None and status.authorization is not None
    async with WalletClient(f"{settings.sandbox_url}/wallet", token=settings.platform_token) as wallet:
        view = await wallet.authorization(status.authorization.authorization_id)
    assert view.status == "voided" and view.captured == 0


async def test_a_tampered_merchant_signature_ends_the_errand_before_any_quote(
        dev_client: Client, ap2_settings: ErrandSettings, proxied: Any, sandbox: SandboxProcess) -> None:
    """Between the merchant and Errand the checkout's line title is changed (totals still add up): its
    signature no longer holds, so no quote is shown, nothing is held and nothing is paid."""
    def retitle(path: str, body: dict[str, Any]) -> dict[str, Any]:
        if path.startswith("/checkout-sessions") and body.get("line_items"):
            body["line_items"][0]["item"]["title"] = "Premium " + body["line_items"][0]["item"]["title"]
        return body

    seen: Proxy = await proxied(retitle)
    settings = ap2_settings.model_copy(update={"sandbox_url": seen.url})
    async with errand_worker(dev_client, settings):
        errand_id = await _start(dev_client, settings)
        status: ErrandStatus = await errands.wait_for(dev_client, errand_id, lambda s: s.finished)
    assert status.state == "failed" and "signature" in status.outcome, status.outcome
    assert status.quote is None and status.authorization is None and status.order is None
    assert "quote.offered" not in _whats(settings, errand_id)
    assert seen.checkout_ids, "the merchant was asked for a checkout"
    async with MerchantClient(sandbox.url, token=settings.platform_token) as merchant:
        held = [await merchant.get_checkout(checkout_id) for checkout_id in set(seen.checkout_ids)]
    assert {view.status for view in held} == {"canceled"}  # the stock hold released


async def test_a_merchant_without_the_extension_is_bought_from_as_before(
        dev_client: Client, ap2_settings: ErrandSettings, proxied: Any) -> None:
    """A merchant that neither offers the extension nor signs its checkouts: an unsigned quote, an approval
    without a mandate, an order (the payment handler path alone)."""
    def unsigned(path: str, body: dict[str, Any]) -> dict[str, Any]:
        body.pop(AP2, None)
        (body.get("ucp") or {}).get("capabilities", {}).pop(AP2_MANDATE, None)
        return body

    seen: Proxy = await proxied(unsigned)
    settings = ap2_settings.model_copy(update={"sandbox_url": seen.url})
    async with errand_worker(dev_client, settings):
        errand_id = await _start(dev_client, settings)
        status: ErrandStatus = await errands.wait_for(dev_client, errand_id,
                                                      lambda s: s.state == "awaiting_approval")
        quote: Quote | None = status.quote
        assert quote is not None and not quote.merchant_signed, status.outcome
        status = await errands.approve(dev_client, settings, errand_id)
        status = await errands.wait_for(dev_client, errand_id, lambda s: s.order is not None)
    assert status.order is not None and status.order.total == quote.total, status.outcome


def test_the_mandate_key_is_the_approval_keys_own(sandbox: SandboxProcess) -> None:
    """The P-256 mandate key is derived from the approval key: the same on every call, and no other key's."""
    key = shopper_key(sandbox, "alice")
    one, two = mandate_key(key), mandate_key(key)
    assert one.private_numbers().private_value == two.private_numbers().private_value
    assert mandate_key(shopper_key(sandbox, "bob")).private_numbers().private_value != one.private_numbers().private_value
