"""Return errand scenarios for the replay corpus: refunded after a chosen pickup, refused by policy, and a
late damaged item approved by an operator (with its search attributes)."""

from __future__ import annotations

from temporalio.client import Client

from errand.domain.returns import Decision, SlotChoice
from errand.sandbox.process import SandboxProcess
from errand.worker.search_attributes import register_search_attributes
from errand.workflows import ReturnWorkflow
from tests.operator import record_decision
from tests.returns.helpers import (
    Handle,
    advance_pickup,
    delivered_order,
    png,
    product_in,
    start_return,
    upload,
    wait_state,
)

from . import Scenario


async def _pick_and_collect(handle: Handle, sandbox: SandboxProcess) -> Handle:
    status = await wait_state(handle, lambda s: s.state == "awaiting_slot_choice")
    await handle.signal(ReturnWorkflow.choose_slot, SlotChoice(slot_id=status.slots[0].slot_id))
    await advance_pickup(sandbox, handle)
    return handle


async def refunded(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    order = delivered_order(sandbox, product_in(sandbox, "kitchen"), days_ago=2)
    handle = await start_return(client, task_queue, order["order_id"], photos=[await upload(sandbox, png())])
    return await _pick_and_collect(handle, sandbox)


async def refused(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    order = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=1), days_ago=20)
    return await start_return(client, task_queue, order["order_id"], reason="changed_mind")


async def needs_human_approved(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    await register_search_attributes(client)
    order = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=2), days_ago=20)
    handle = await start_return(client, task_queue, order["order_id"], photos=[await upload(sandbox, png())],
                                search_attributes=True)
    await wait_state(handle, lambda s: s.state == "needs_human")
    recorded = record_decision(sandbox, order["order_id"], approve=True, note="cracked in transit")
    await handle.signal(ReturnWorkflow.decide, Decision(approve=True, note="cracked in transit", operator="olga",
                                                        decision_id=recorded["decision_id"]))
    return await _pick_and_collect(handle, sandbox)


SCENARIOS: dict[str, Scenario] = {
    "return-refunded": refunded,
    "return-refused": refused,
    "return-needs-human-approved": needs_human_approved,
}
