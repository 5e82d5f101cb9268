"""Shared by the bulk-order tests and scenarios: delivery times, starting, waiting, delivering."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from temporalio.client import Client, WorkflowHandle

from errand.connectors import CourierClient
from errand.connectors.stores import StoresClient
from errand.domain.approval import sign_quote
from errand.domain.bulk import BulkOrderStatus
from errand.domain.bulk_sentence import SHANGHAI
from errand.domain.intents import BulkOrderIntent, DrinkOptions
from errand.domain.models import SignedApproval
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.workflows import BulkOrderRequest, BulkOrderWorkflow
from tests.keys import shopper_key

Handle = WorkflowHandle[BulkOrderWorkflow, BulkOrderStatus]


def afternoon(day_offset: int, hour: int = 15) -> datetime:
    """``hour``:00 Shanghai time, ``day_offset`` days after the first such time at least 3 hours away.

    Each test books a different day so capacity held by one test never changes another's plan.
    """
    now = datetime.now(SHANGHAI)
    first = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    if first - now < timedelta(hours=3):
        first += timedelta(days=1)
    return first + timedelta(days=day_offset)


async def start_bulk(client: Client, task_queue: str, *, quantity: int, day: int, shopper: str = "alice",
                     chain: str | None = "chagee", item: str = "brown-sugar milk tea",
                     approval_timeout_seconds: int = 1800, decision_timeout_seconds: int = 900,
                     max_total: int | None = None) -> Handle:
    intent = BulkOrderIntent(shopper_id=shopper, item=item, quantity=quantity, chain=chain,
                             options=DrinkOptions(sugar="half"), deliver_by=afternoon(day), max_total=max_total,
                             sentence=f"{quantity} cups of {item}")
    return await client.start_workflow(
        BulkOrderWorkflow.run,
        BulkOrderRequest(intent=intent, approval_timeout_seconds=approval_timeout_seconds,
                         decision_timeout_seconds=decision_timeout_seconds, shipment_poll_seconds=1),
        id=f"bulk-{shopper}-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def wait_state(handle: Handle, done: Callable[[BulkOrderStatus], bool], timeout: float = 30.0) -> BulkOrderStatus:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        status = await handle.query(BulkOrderWorkflow.status)
        if done(status) or status.finished:
            return status
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out in state {status.state}: {status.outcome}")
        await asyncio.sleep(0.1)


def approval_for(status: BulkOrderStatus, sandbox: SandboxProcess,
                 signer: str | None = None) -> SignedApproval:
    assert status.quote is not None
    key = shopper_key(sandbox, signer or status.shopper_id)
    return sign_quote(key, status.quote)


async def reject_branch(sandbox: SandboxProcess, branch_id: str) -> None:
    async with StoresClient(f"{sandbox.url}/stores", token=read_token(sandbox.home, "operator")) as stores:
        await stores.reject_next(f"reject-{uuid.uuid4().hex}", branch_id, 1)


async def deliver_all(handle: Handle, sandbox: SandboxProcess) -> None:
    """Once the errand follows its shipments, move every parcel to delivered."""
    status = await wait_state(handle, lambda s: s.state == "shipping")
    async with CourierClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        for order in status.orders:
            if order.status == "placed" and order.shipment_id:
                await courier.advance(f"deliver-{order.shipment_id}", order.shipment_id, steps=10)


def now_utc() -> datetime:
    return datetime.now(UTC)
