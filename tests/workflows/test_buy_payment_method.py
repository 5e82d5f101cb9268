"""A buy errand paid with the method the shopper chose, on the time-skipping server against the real sandbox:
a gift card pays the total from its balance and a refund gives it back; a gift card short of the total, a
method that is not the shopper's, and a method swapped after signing are refused with nothing charged."""

from __future__ import annotations

import uuid

import httpx
import pytest
from temporalio.client import Client, WorkflowHandle

from errand.connectors import CourierClient, WalletClient
from errand.domain.approval import sign_quote
from errand.domain.models import BuyIntent, ErrandStatus, Rejection
from errand.domain.payment import GIFT_CARD_RULE
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyRequest, BuyWorkflow
from tests.keys import shopper_key
from tests.sandbox.helpers import bearer, key

from .helpers import approval_for, wait_state

pytestmark = pytest.mark.asyncio

Handle = WorkflowHandle[BuyWorkflow, ErrandStatus]


async def _start(client: Client, task_queue: str, pay_with: str, shopper: str = "alice") -> Handle:
    intent = BuyIntent(shopper_id=shopper, query="AA batteries", quantity=2, max_unit_price=4000,
                       sentence=f"two packs of AA batteries, pay with {pay_with}", pay_with=pay_with)
    return await client.start_workflow(BuyWorkflow.run, BuyRequest(intent=intent, shipment_poll_seconds=1),
                                       id=f"buy-{shopper}-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


def _balance(sandbox: SandboxProcess, shopper: str, method_id: str) -> int:
    with httpx.Client(base_url=sandbox.url, headers=bearer(sandbox, "platform")) as client:
        methods = client.get(f"/wallet/shoppers/{shopper}/payment-methods").json()["payment_methods"]
    balance: int = next(m for m in methods if m["id"] == method_id)["balance"]
    return balance


async def _deliver(sandbox: SandboxProcess, handle: Handle) -> None:
    status = await wait_state(handle, lambda s: s.state == "shipping" or s.finished)
    if status.order is not None and status.order.shipment_id:
        async with CourierClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
            await courier.advance(f"advance-{status.order.shipment_id}", status.order.shipment_id, steps=10)


async def test_a_gift_card_pays_the_total_and_a_refund_returns_it(
        ts_client: Client, settings: ErrandSettings, worker: object, sandbox: SandboxProcess) -> None:
    before = _balance(sandbox, "alice", "gift_card_alice")
    handle = await _start(ts_client, settings.task_queue, "my gift card")
    status = await wait_state(handle, lambda s: s.state == "awaiting_approval" or s.finished)
    quote = status.quote
    assert quote is not None and quote.payment_method is not None, status.outcome
    assert (quote.payment_method.method_id, quote.payment_method.kind) == ("gift_card_alice", "gift_card")
    assert quote.payment_method.display.startswith("Gift card (balance ¥")
    await handle.signal(BuyWorkflow.approve, approval_for(status, sandbox))
    await _deliver(sandbox, handle)
    result = await handle.result()
    assert result.state == "delivered", result.outcome
    assert result.authorization is not None and result.authorization.amount == quote.total
    assert _balance(sandbox, "alice", "gift_card_alice") == before - quote.total
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "merchant")) as merchant:
        await merchant.refund(key()["Idempotency-Key"], result.authorization.authorization_id, quote.total,
                              "returned")
    assert _balance(sandbox, "alice", "gift_card_alice") == before
    whats = [entry.what for entry in result.timeline]
    assert whats.index("payment_method.chosen") < whats.index("quote.offered") < whats.index("payment.captured")


async def test_a_gift_card_short_of_the_total_ends_the_errand_with_nothing_charged(
        ts_client: Client, settings: ErrandSettings, worker: object, sandbox: SandboxProcess) -> None:
    before = _balance(sandbox, "bob", "gift_card_bob")
    handle = await _start(ts_client, settings.task_queue, "gift card", shopper="bob")
    result = await handle.result()
    assert result.state == "failed" and result.outcome.startswith(GIFT_CARD_RULE), result.outcome
    assert "nothing charged" in result.outcome and result.authorization is None and result.quote is None
    assert "stock.released" in [entry.what for entry in result.timeline]
    assert _balance(sandbox, "bob", "gift_card_bob") == before


async def test_another_shoppers_method_is_not_the_shoppers_to_pay_with(
        ts_client: Client, settings: ErrandSettings, worker: object, sandbox: SandboxProcess) -> None:
    result = await (await _start(ts_client, settings.task_queue, "paypal_bob")).result()
    assert result.state == "failed" and "no payment method paypal_bob" in result.outcome, result.outcome
    assert result.quote is None and result.ranking is None
    vague = await (await _start(ts_client, settings.task_queue, "card")).result()
    assert vague.state == "failed" and "more than one" in vague.outcome and "·4242" in vague.outcome


async def test_a_method_swapped_after_signing_is_refused(
        ts_client: Client, settings: ErrandSettings, worker: object, sandbox: SandboxProcess) -> None:
    handle = await _start(ts_client, settings.task_queue, "card ending 4242")
    status = await wait_state(handle, lambda s: s.state == "awaiting_approval" or s.finished)
    assert status.quote is not None and status.quote.payment_method is not None, status.outcome
    assert status.quote.payment_method.display == "Visa ·4242"
    gift = status.quote.payment_method.model_copy(update={"method_id": "gift_card_alice", "kind": "gift_card"})
    swapped = sign_quote(shopper_key(sandbox, "alice"), status.quote.model_copy(update={"payment_method": gift}))
    await handle.signal(BuyWorkflow.approve, swapped)
    refused = await wait_state(handle, lambda s: "approval.refused" in [e.what for e in s.timeline])
    assert refused.state == "awaiting_approval" and refused.authorization is None
    await handle.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="not that card"))
    result = await handle.result()
    assert result.state == "rejected" and result.authorization is None
