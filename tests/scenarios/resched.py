"""Reschedule errand scenarios for the replay corpus: a slot chosen by preference, a fee approved with a
signature, too late → locker chosen, and a buy errand whose failed delivery attempt starts a reschedule."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from temporalio.client import Client, WorkflowHandle

from errand.connectors.delivery import DeliveryClient
from errand.domain.approval import sign_quote
from errand.domain.delivery import DeliveryChoice, DeliveryEvent, RescheduleStatus, choose_slot
from errand.domain.intents import RescheduleIntent
from errand.domain.models import ErrandStatus
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.workflows import BuyWorkflow, RescheduleDeliveryWorkflow, RescheduleRequest
from tests.resched.helpers import key, place_order, wait_for
from tests.workflows.helpers import shopper_key

from . import Scenario
from .buy import awaiting, sign, start


async def _start(client: Client, task_queue: str, intent: RescheduleIntent) -> WorkflowHandle[Any, Any]:
    return await client.start_workflow(RescheduleDeliveryWorkflow.run, RescheduleRequest(intent=intent),
                                       id=f"resched-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def slot_chosen(client: Client, task_queue: str, sandbox: SandboxProcess) -> WorkflowHandle[Any, Any]:
    order_id, shipment_id = await place_order(sandbox)
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        slot = choose_slot(await courier.slots(shipment_id), None, "afternoon")
    assert slot is not None
    return await _start(client, task_queue, RescheduleIntent(
        shopper_id="alice", order_id=order_id, preferred_date=slot.date, preferred_part_of_day="afternoon"))


async def fee_approved(client: Client, task_queue: str, sandbox: SandboxProcess) -> WorkflowHandle[Any, Any]:
    order_id, _ = await place_order(sandbox)
    handle = await _start(client, task_queue, RescheduleIntent(shopper_id="alice", order_id=order_id,
                                                               preferred_part_of_day="evening"))
    status: RescheduleStatus = await wait_for(handle, lambda s: s.state == "awaiting_approval" or s.finished)
    assert status.quote is not None
    await handle.signal(RescheduleDeliveryWorkflow.approve,
                        sign_quote(shopper_key(sandbox, "alice"), status.quote))
    return handle


async def locker(client: Client, task_queue: str, sandbox: SandboxProcess) -> WorkflowHandle[Any, Any]:
    order_id, shipment_id = await place_order(sandbox)
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        await courier.advance(key(), shipment_id, steps=3)
    handle = await _start(client, task_queue, RescheduleIntent(shopper_id="alice", order_id=order_id,
                                                               preferred_part_of_day="morning"))
    status = await wait_for(handle, lambda s: s.state == "awaiting_choice" or s.finished)
    await handle.signal(RescheduleDeliveryWorkflow.choose, DeliveryChoice(point_id=status.points[0].point_id))
    return handle


async def failed_attempt_rescheduled(client: Client, task_queue: str,
                                     sandbox: SandboxProcess) -> WorkflowHandle[Any, Any]:
    handle = await start(client, task_queue)
    await handle.signal(BuyWorkflow.approve, sign(await awaiting(handle), sandbox))
    status = await wait_for(handle, lambda s: s.shipment is not None or s.finished, model=ErrandStatus)
    assert status.order is not None and status.order.shipment_id is not None
    shipment_id = status.order.shipment_id
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        await courier.hold(key(), shipment_id)
        await courier.fail_next_attempt(key(), shipment_id)
        failed = await courier.advance(key(), shipment_id, steps=10)
        # What the event receiver would send for the courier's webhook.
        await handle.signal(BuyWorkflow.delivery_event, DeliveryEvent(
            event_id=f"{shipment_id}:{len(failed.events)}", shipment_id=shipment_id, seq=len(failed.events),
            status=failed.status, at=datetime.now(UTC), shipment=failed))
        status = await wait_for(handle, lambda s: any(e.what == "delivery.failed_attempt" for e in s.timeline),
                                model=ErrandStatus)
        note = next(e for e in status.timeline if e.what == "delivery.failed_attempt")
        child = client.get_workflow_handle_for(
            RescheduleDeliveryWorkflow.run, next(w for w in note.detail.split() if w.startswith("resched-")))
        offer = await wait_for(child, lambda s: s.state == "awaiting_choice" or s.finished)
        slot = choose_slot(offer.slots, None, "morning")
        assert slot is not None
        await child.signal(RescheduleDeliveryWorkflow.choose, DeliveryChoice(slot_id=slot.slot_id))
        await wait_for(child, lambda s: s.finished)
        await courier.advance(key(), shipment_id, steps=10)
    return handle


SCENARIOS: dict[str, Scenario] = {
    "resched-slot-chosen": slot_chosen,
    "resched-fee-approved": fee_approved,
    "resched-locker": locker,
    "buy-failed-attempt-rescheduled": failed_attempt_rescheduled,
}
