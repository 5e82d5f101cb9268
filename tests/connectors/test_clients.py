"""The connectors against the real sandbox subprocess over HTTP."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from errand.connectors import (
    BackendRejected,
    BackendUnavailable,
    CourierClient,
    IdempotencyConflict,
    MerchantClient,
    SandboxAdmin,
    WalletClient,
)
from errand.connectors._http import _query
from errand.domain.approval import sign_quote
from errand.domain.models import Quote
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import free_port
from tests.keys import shopper_key


def k() -> str:
    return uuid.uuid4().hex


async def test_happy_path(sandbox):
    async with MerchantClient(sandbox.url, token=read_token(sandbox.home, "platform")) as merchant:
        await merchant.discover()
        assert merchant.wallet_url == f"{sandbox.url}/wallet"
        found = await merchant.search("AA batteries", max_price=4000, min_rating=4.0)
        assert found and all(p.price <= 4000 and p.rating >= 4.0 for p in found)
        product = found[0]
        buyer = await merchant.get_buyer("alice")
        assert {a.label for a in buyer.addresses} >= {"home", "office"}
        view = await merchant.create_checkout(k(), shopper_id="alice", product_id=product.product_id, quantity=2)
        assert view.status == "incomplete" and view.expires_at.tzinfo is not None
        view = await merchant.update_checkout(k(), view.checkout_id, address_label="home", loyalty_points=100)
        # Other tests share this sandbox and spend or hold alice's points: expect what is free, up to 100.
        free = buyer.loyalty_points - buyer.loyalty_points_held
        assert view.loyalty_points_used == min(100, free) and view.address is not None
        quote = Quote(quote_id="q1", errand_id="e1", shopper_id="alice", merchant="errand-sandbox",
                      checkout_id=view.checkout_id, lines=view.lines, subtotal=view.subtotal,
                      adjustments=view.adjustments, total=view.total, currency=view.currency,
                      loyalty_points_used=view.loyalty_points_used, address=view.address,
                      expires_at=datetime.now(UTC) + timedelta(minutes=5))
        approval = sign_quote(shopper_key(sandbox, "alice"), quote)
        async with WalletClient(merchant.wallet_url, token=read_token(sandbox.home, "platform")) as wallet:
            assert approval.key_id in [key.key_id for key in await wallet.get_public_keys("alice")]
            auth = await wallet.authorize(k(), quote, approval)
            assert auth.status == "held" and auth.amount == view.total
            order = await merchant.complete_checkout(k(), view.checkout_id, authorization_id=auth.authorization_id)
            assert order.total == view.total and order.shipment_id
            captured = await wallet.authorization(auth.authorization_id)  # the merchant captured on completion
            assert (captured.status, captured.captured, captured.order_id) == ("captured", auth.amount, order.order_id)
            with pytest.raises(BackendRejected) as platform_capture:  # the platform's credential moves no money
                await wallet.capture(k(), auth.authorization_id, auth.amount)
            assert platform_capture.value.status == 403
            ops = await wallet.operations(authorization_id=auth.authorization_id)
            assert [o.kind for o in ops].count("capture") == 1
        async with CourierClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
            shipment = await courier.get_shipment(order.shipment_id)
            assert shipment.order_id == order.order_id
            shipment = await courier.advance(k(), order.shipment_id, steps=10)
            assert shipment.delivered
        assert (await merchant.get_order(order.order_id)).order_id == order.order_id


async def test_not_found_is_rejected(sandbox):
    async with MerchantClient(sandbox.url, token=read_token(sandbox.home, "platform")) as merchant:
        with pytest.raises(BackendRejected) as info:
            await merchant.get_order("ord_missing")
        assert info.value.status == 404 and not info.value.retryable


async def test_injected_500_is_unavailable(sandbox):
    async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin, \
            MerchantClient(sandbox.url) as merchant:
        assert (await admin.health())["status"] == "ok"
        await admin.inject_fault("catalog.search", 500, 1)
        try:
            with pytest.raises(BackendUnavailable) as info:
                await merchant.search("kettle")
            assert info.value.retryable and info.value.status == 500 and info.value.code == "injected_fault"
            assert await merchant.search("kettle")
        finally:
            await admin.clear_faults()


async def test_connection_refused_is_unavailable():
    async with CourierClient(f"http://127.0.0.1:{free_port()}/courier") as courier:
        with pytest.raises(BackendUnavailable) as info:
            await courier.get_shipment("shp_x")
        assert info.value.retryable and info.value.status is None


async def test_idempotency_conflict(sandbox):
    async with MerchantClient(sandbox.url, token=read_token(sandbox.home, "platform")) as merchant:
        key = k()
        view = await merchant.create_checkout(key, shopper_id="bob", product_id="prd-00007", quantity=1)
        with pytest.raises(IdempotencyConflict) as info:
            await merchant.create_checkout(key, shopper_id="bob", product_id="prd-00007", quantity=2)
        assert not info.value.retryable and info.value.status == 409
        assert (await merchant.cancel_checkout(k(), view.checkout_id)).status == "canceled"


async def test_a_held_answer_is_a_retryable_timeout_and_a_fresh_connection_serves_the_next_call(sandbox):
    """The sandbox holds the search past the client's timeout (and then answers nobody): the connector says
    ``timeout``, retryable, and the next call on the same client gets its answer."""
    async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin, \
            MerchantClient(sandbox.url, timeout=0.5) as merchant:
        await admin._request("POST", "/admin/faults", json={"route": "catalog.search", "status": 503, "count": 1,
                                                            "latency_ms": 1500, "mode": "timeout"})
        try:
            with pytest.raises(BackendUnavailable) as info:
                await merchant.search("kettle")
            assert info.value.retryable and info.value.status is None and info.value.code == "timeout"
            assert await merchant.search("kettle")
        finally:
            await admin.clear_faults()


def test_query_values_are_sent_as_text():
    """Booleans go as ``true``/``false`` (what the backends parse) and ``None`` is left out; aiohttp itself
    refuses both."""
    assert _query({"active": False, "chain": None, "limit": 3}) == {"active": "false", "limit": "3"}
    assert _query({}) is None
