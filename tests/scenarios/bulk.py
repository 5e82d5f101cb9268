"""Bulk order scenarios for the replay corpus: one branch, a split, and a branch refusing after approval
(the shopper accepts the rest, or cancels everything)."""

from __future__ import annotations

from temporalio.client import Client

from errand.domain.bulk import BulkDecision
from errand.sandbox.process import SandboxProcess
from errand.workflows import BulkOrderWorkflow
from tests.workflows.bulk_helpers import (
    Handle,
    approval_for,
    deliver_all,
    reject_branch,
    start_bulk,
    wait_state,
)

from . import Scenario

AWAITING = lambda s: s.state == "awaiting_approval"


async def _approved(client: Client, task_queue: str, sandbox: SandboxProcess, quantity: int, day: int) -> Handle:
    handle = await start_bulk(client, task_queue, quantity=quantity, day=day)
    status = await wait_state(handle, AWAITING)
    await handle.signal(BulkOrderWorkflow.approve, approval_for(status, sandbox))
    await deliver_all(handle, sandbox)
    return handle


async def single(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    return await _approved(client, task_queue, sandbox, 12, day=11)


async def split(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    return await _approved(client, task_queue, sandbox, 60, day=12)


async def _partial(client: Client, task_queue: str, sandbox: SandboxProcess, day: int, accept: bool) -> Handle:
    handle = await start_bulk(client, task_queue, quantity=60, day=day)
    status = await wait_state(handle, AWAITING)
    await reject_branch(sandbox, status.branches[-1].branch_id)
    await handle.signal(BulkOrderWorkflow.approve, approval_for(status, sandbox))
    await wait_state(handle, lambda s: s.state == "awaiting_decision")
    if accept:
        await handle.signal(BulkOrderWorkflow.accept_partial, BulkDecision(shopper_id="alice"))
        await deliver_all(handle, sandbox)
    else:
        await handle.signal(BulkOrderWorkflow.cancel_all, BulkDecision(shopper_id="alice"))
    return handle


async def partial_accepted(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    return await _partial(client, task_queue, sandbox, day=13, accept=True)


async def partial_cancelled(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    return await _partial(client, task_queue, sandbox, day=14, accept=False)


SCENARIOS: dict[str, Scenario] = {
    "bulk-single": single,
    "bulk-split": split,
    "bulk-partial-accepted": partial_accepted,
    "bulk-partial-cancelled": partial_cancelled,
}
