"""A bulk order paid with the method the shopper named, on the time-skipping server against the real sandbox:
a gift card pays what the branches took from its balance; a gift card short of the total holds nothing."""

from __future__ import annotations

import uuid

import httpx
from temporalio.client import Client

from errand.domain.intents import BulkOrderIntent, DrinkOptions
from errand.domain.payment import GIFT_CARD_RULE
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import BulkOrderRequest, BulkOrderWorkflow
from tests.sandbox.helpers import bearer

from .bulk_helpers import Handle, afternoon, approval_for, deliver_all, wait_state


async def _start(client: Client, task_queue: str, shopper: str, day: int) -> Handle:
    intent = BulkOrderIntent(shopper_id=shopper, item="brown-sugar milk tea", quantity=12, chain="chagee",
                             options=DrinkOptions(sugar="half"), deliver_by=afternoon(day),
                             sentence="12 cups of brown-sugar milk tea, pay with my gift card", pay_with="gift card")
    return await client.start_workflow(BulkOrderWorkflow.run, BulkOrderRequest(intent=intent, shipment_poll_seconds=1),
                                       id=f"bulk-{shopper}-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


def _balance(sandbox: SandboxProcess, shopper: str) -> int:
    with httpx.Client(base_url=sandbox.url, headers=bearer(sandbox, "platform")) as client:
        methods = client.get(f"/wallet/shoppers/{shopper}/payment-methods").json()["payment_methods"]
    balance: int = next(m for m in methods if m["source"] == "gift_card")["balance"]
    return balance


async def test_a_gift_card_pays_the_cups(ts_client: Client, settings: ErrandSettings, worker: object,
                                         sandbox: SandboxProcess) -> None:
    before = _balance(sandbox, "alice")
    handle = await _start(ts_client, settings.task_queue, "alice", day=22)
    status = await wait_state(handle, lambda s: s.state == "awaiting_approval")
    assert status.quote is not None and status.quote.payment_method is not None, status.outcome
    assert status.quote.payment_method.method_id == "gift_card_alice"
    await handle.signal(BulkOrderWorkflow.approve, approval_for(status, sandbox))
    await deliver_all(handle, sandbox)
    result = await handle.result()
    assert result.state in ("delivered", "completed"), result.outcome
    assert result.authorization is not None and result.authorization.status == "captured"
    assert _balance(sandbox, "alice") == before - status.quote.total


async def test_a_short_gift_card_holds_nothing(ts_client: Client, settings: ErrandSettings, worker: object,
                                               sandbox: SandboxProcess) -> None:
    before = _balance(sandbox, "bob")
    result = await (await _start(ts_client, settings.task_queue, "bob", day=23)).result()
    assert result.state == "failed" and result.outcome.startswith(GIFT_CARD_RULE), result.outcome
    assert result.authorization is None and "capacity.released" in [e.what for e in result.timeline]
    assert _balance(sandbox, "bob") == before
