"""Shared by the workflow tests: start a buy errand, wait for a state, sign like the shopper does."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable

from temporalio.client import Client, WorkflowHandle

from errand.domain.approval import sign_quote
from errand.domain.models import BuyIntent, ErrandStatus, SignedApproval
from errand.sandbox.process import SandboxProcess
from errand.workflows import BuyRequest, BuyWorkflow
from tests.keys import shopper_key

__all__ = ["approval_for", "shopper_key", "start_buy", "wait_state"]


async def start_buy(client: Client, task_queue: str, *, shopper: str = "alice", query: str = "AA batteries",
                    quantity: int = 2, max_unit_price: int | None = 4000, max_total: int | None = None,
                    approval_timeout_seconds: int = 1800) -> WorkflowHandle[BuyWorkflow, ErrandStatus]:
    intent = BuyIntent(shopper_id=shopper, query=query, quantity=quantity, max_unit_price=max_unit_price,
                       max_total=max_total, sentence=f"{quantity} {query}")
    return await client.start_workflow(
        BuyWorkflow.run,
        BuyRequest(intent=intent, approval_timeout_seconds=approval_timeout_seconds, shipment_poll_seconds=1),
        id=f"buy-{shopper}-{uuid.uuid4().hex[:8]}", task_queue=task_queue,
    )


async def wait_state(handle: WorkflowHandle[BuyWorkflow, ErrandStatus],
                     done: Callable[[ErrandStatus], bool], timeout: float = 30.0) -> ErrandStatus:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        status = await handle.query(BuyWorkflow.status)
        if done(status):
            return status
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out in state {status.state}: {status.outcome}")
        await asyncio.sleep(0.1)


def approval_for(status: ErrandStatus, sandbox: SandboxProcess, signer: str | None = None) -> SignedApproval:
    assert status.quote is not None
    return sign_quote(shopper_key(sandbox, signer or status.shopper_id), status.quote)
