"""Scenarios for errands that offer the nearest thing they can: a buy with no exact match asks about the closest
products (answered "1", then approved and delivered; or answered "no"), and a bulk order the nearest branches
cannot make in time is offered the earliest time they can ("yes", then approved and delivered)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from temporalio.client import Client, WorkflowHandle

from errand.domain.bulk_sentence import SHANGHAI
from errand.domain.intents import BulkOrderIntent, DrinkOptions
from errand.sandbox.process import SandboxProcess
from errand.workflows import BulkOrderRequest, BulkOrderWorkflow, BuyWorkflow
from errand.workflows.choice import ErrandChoice
from tests.workflows.bulk_helpers import approval_for, deliver_all

from . import Scenario
from .buy import Handle, awaiting, deliver, sign, start


async def _until(handle: WorkflowHandle[Any, Any], done: Callable[[Any], bool]) -> Any:
    """The errand's status once ``done`` holds or it finished."""
    query = BulkOrderWorkflow.status if handle.id.startswith("bulk-") else BuyWorkflow.status
    for _ in range(300):
        status = await handle.query(query)
        if done(status) or status.finished:
            return status
        await asyncio.sleep(0.1)
    raise TimeoutError("the errand did not get there within 30 s")


def _asking(status: Any) -> bool:
    return bool(status.state == "awaiting_choice")


async def _phone_case(client: Client, task_queue: str) -> Handle:
    """Alice wants a case for a phone the catalogue has no case for: the errand asks about the closest."""
    handle = await start(client, task_queue, query="phone case for an iPhone 17", quantity=1, max_unit_price=6000,
                         sentence="a phone case for an iPhone 17 under ¥60")
    asking = await _until(handle, _asking)
    assert asking.state == "awaiting_choice" and asking.nearest, asking.outcome
    return handle


async def nearest_chosen(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    handle = await _phone_case(client, task_queue)
    await handle.signal(BuyWorkflow.choose, ErrandChoice(answer="1", shopper_id="alice"))
    await handle.signal(BuyWorkflow.approve, sign(await awaiting(handle), sandbox))
    await deliver(handle, sandbox)
    return handle


async def nearest_declined(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    handle = await _phone_case(client, task_queue)
    await handle.signal(BuyWorkflow.choose, ErrandChoice(answer="no", shopper_id="alice"))
    return handle


async def earliest_accepted(client: Client, task_queue: str, sandbox: SandboxProcess) -> WorkflowHandle[Any, Any]:
    """Forty cups 45 minutes ahead: more than the nearest branches' slots hold by then, so a later time."""
    deliver_by = (datetime.now(SHANGHAI) + timedelta(minutes=45)).replace(second=0, microsecond=0)
    intent = BulkOrderIntent(shopper_id="alice", item="brown-sugar milk tea", quantity=40, chain="chagee",
                             options=DrinkOptions(sugar="half"), deliver_by=deliver_by,
                             sentence=f"40 cups of brown-sugar milk tea at {deliver_by:%H:%M}")
    handle = await client.start_workflow(BulkOrderWorkflow.run, BulkOrderRequest(intent=intent, shipment_poll_seconds=1),
                                         id=f"bulk-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)
    asking = await _until(handle, _asking)
    assert asking.state == "awaiting_choice" and asking.offered_deliver_by is not None, asking.outcome
    await handle.signal(BulkOrderWorkflow.choose, ErrandChoice(answer="yes", shopper_id="alice"))
    quoted = await _until(handle, lambda s: s.state == "awaiting_approval")
    await handle.signal(BulkOrderWorkflow.approve, approval_for(quoted, sandbox))
    await deliver_all(handle, sandbox)
    return handle


SCENARIOS: dict[str, Scenario] = {
    "buy-nearest-chosen": nearest_chosen,
    "buy-nearest-declined": nearest_declined,
    "bulk-earliest-accepted": earliest_accepted,
}
