"""Scenarios of errands paid with the method the shopper named (payment-method-choice-v1): a buy paid by
gift card, a buy whose gift card is short of the total, and a bulk order paid by PayPal."""

from __future__ import annotations

import uuid

from temporalio.client import Client, WorkflowHandle

from errand.domain.intents import BulkOrderIntent, DrinkOptions
from errand.domain.models import BuyIntent, ErrandStatus
from errand.sandbox.process import SandboxProcess
from errand.workflows import BulkOrderRequest, BulkOrderWorkflow, BuyRequest, BuyWorkflow
from tests.workflows import bulk_helpers

from . import Scenario
from .buy import awaiting, deliver, sign


async def _buy(client: Client, task_queue: str, shopper: str, pay_with: str) -> WorkflowHandle[BuyWorkflow, ErrandStatus]:
    intent = BuyIntent(shopper_id=shopper, query="AA batteries", quantity=2, max_unit_price=4000,
                       sentence=f"two packs of AA batteries under ¥40, pay with {pay_with}", pay_with=pay_with)
    return await client.start_workflow(BuyWorkflow.run, BuyRequest(intent=intent, shipment_poll_seconds=1),
                                       id=f"buy-{shopper}-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def buy_gift_card(client: Client, task_queue: str, sandbox: SandboxProcess) -> WorkflowHandle[BuyWorkflow, ErrandStatus]:
    handle = await _buy(client, task_queue, "alice", "my gift card")
    await handle.signal(BuyWorkflow.approve, sign(await awaiting(handle), sandbox))
    await deliver(handle, sandbox)
    return handle


async def buy_gift_card_short(client: Client, task_queue: str,
                              sandbox: SandboxProcess) -> WorkflowHandle[BuyWorkflow, ErrandStatus]:
    return await _buy(client, task_queue, "bob", "gift card")


async def bulk_paypal(client: Client, task_queue: str, sandbox: SandboxProcess) -> bulk_helpers.Handle:
    intent = BulkOrderIntent(shopper_id="alice", item="brown-sugar milk tea", quantity=12, chain="chagee",
                             options=DrinkOptions(sugar="half"), deliver_by=bulk_helpers.afternoon(21),
                             sentence="12 cups of brown-sugar milk tea, use PayPal", pay_with="PayPal")
    handle = await client.start_workflow(
        BulkOrderWorkflow.run, BulkOrderRequest(intent=intent, shipment_poll_seconds=1),
        id=f"bulk-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)
    status = await bulk_helpers.wait_state(handle, lambda s: s.state == "awaiting_approval")
    await handle.signal(BulkOrderWorkflow.approve, bulk_helpers.approval_for(status, sandbox))
    await bulk_helpers.deliver_all(handle, sandbox)
    return handle


SCENARIOS: dict[str, Scenario] = {
    "buy-paid-by-gift-card": buy_gift_card,
    "buy-gift-card-short": buy_gift_card_short,
    "bulk-paid-by-paypal": bulk_paypal,
}
