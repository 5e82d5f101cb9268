"""The reconciliation activities against the real sandbox over HTTP: what they read after an order is placed,
and the order cancellation that gives the money back."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from temporalio.testing import ActivityEnvironment

from errand.activities.commerce import CommerceActivities
from errand.activities.messages import (
    AuthorizationRef,
    AuthorizeRequest,
    CancelOrderRequest,
    CheckoutRef,
    OrderRef,
    PlaceOrderRequest,
    QuoteRequest,
)
from errand.activities.reconcile import ReconcileActivities
from errand.connectors import CourierClient, MerchantClient, WalletClient
from errand.domain.approval import sign_quote
from errand.sandbox.common.auth import read_token
from tests.keys import shopper_key
from tests.workflows.watch_helpers import own_product

pytestmark = pytest.mark.asyncio


async def test_reads_a_placed_order_and_cancelling_it_refunds_in_full(sandbox) -> None:
    product_id, _, _ = own_product(sandbox, 41)
    token = read_token(sandbox.home, "platform")
    env = ActivityEnvironment()
    key = f"test-{uuid.uuid4().hex}"
    async with MerchantClient(sandbox.url, token=token) as merchant, \
            WalletClient(f"{sandbox.url}/wallet", token=token) as wallet, \
            CourierClient(f"{sandbox.url}/courier", token=token) as courier:
        commerce, reconcile = CommerceActivities(merchant, wallet, courier), ReconcileActivities(merchant, wallet)
        quote = await env.run(commerce.reserve_and_quote, QuoteRequest(
            idempotency_key=key, errand_id=key, shopper_id="alice", product_id=product_id, quantity=1,
            address_label="home", approve_by=datetime.now(UTC) + timedelta(minutes=15)))
        auth = await env.run(commerce.authorize_payment, AuthorizeRequest(
            idempotency_key=f"{key}/auth", quote=quote, approval=sign_quote(shopper_key(sandbox, "alice"), quote)))

        before = await env.run(reconcile.read_checkout, CheckoutRef(checkout_id=quote.checkout_id))
        assert before.order_id is None and before.status != "completed"
        held = await env.run(reconcile.read_authorization, AuthorizationRef(authorization_id=auth.authorization_id))
        assert (held.status, held.charged, held.settled_unpaid) == ("held", 0, False)

        order = await env.run(commerce.place_order, PlaceOrderRequest(
            idempotency_key=f"{key}/place", checkout_id=quote.checkout_id, authorization_id=auth.authorization_id))
        placed = await env.run(reconcile.read_checkout, CheckoutRef(checkout_id=quote.checkout_id))
        assert (placed.status, placed.order_id) == ("completed", order.order_id)
        assert (await env.run(reconcile.read_order, OrderRef(order_id=order.order_id))).total == quote.total
        paid = await env.run(reconcile.read_authorization, AuthorizationRef(authorization_id=auth.authorization_id))
        assert (paid.status, paid.captured, paid.order_id) == ("captured", quote.total, order.order_id)
        assert paid.charged == quote.total and not paid.settled_unpaid

        cancelled = await env.run(reconcile.cancel_order, CancelOrderRequest(
            idempotency_key=f"{key}/cancel", order_id=order.order_id, reason="payment could not complete"))
        assert cancelled.order_id == order.order_id and cancelled.status.startswith("cancel")
        back = await env.run(reconcile.read_authorization, AuthorizationRef(authorization_id=auth.authorization_id))
        assert (back.status, back.refunded, back.charged, back.settled_unpaid) == ("refunded", quote.total, 0, True)
