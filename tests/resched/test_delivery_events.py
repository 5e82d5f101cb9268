"""Courier webhooks → the event receiver → ``delivery_event`` signals on the buy errand.

The buy errands here poll once an hour, and the time-skipping server only skips time while a test waits
for a result: whatever the errand learns before then, it learned from an event.
"""

from __future__ import annotations

import asyncio
import uuid

import pytest

from errand.connectors import SandboxAdmin
from errand.connectors.delivery import DeliveryClient
from errand.domain.delivery import DeliveryChoice, DeliveryEvent, choose_slot
from errand.domain.models import BuyIntent, ErrandStatus
from errand.sandbox.common.auth import read_token
from errand.worker.events import open_receiver
from errand.workflows import BuyRequest, BuyWorkflow, RescheduleDeliveryWorkflow
from tests.workflows.helpers import approval_for

from .helpers import key, wait_for

pytestmark = pytest.mark.asyncio


async def _bought_and_held(client, task_queue: str, sandbox, poll_seconds: int = 3600):
    intent = BuyIntent(shopper_id="alice", query="AA batteries", quantity=2, max_unit_price=4000,
                       sentence="two packs of AA batteries")
    handle = await client.start_workflow(
        BuyWorkflow.run, BuyRequest(intent=intent, shipment_poll_seconds=poll_seconds),
        id=f"buy-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)
    status = await wait_for(handle, lambda s: s.state == "awaiting_approval" or s.finished, model=ErrandStatus)
    await handle.signal(BuyWorkflow.approve, approval_for(status, sandbox))
    status = await wait_for(handle, lambda s: (s.order is not None and s.order.shipment_id is not None)
                            or s.finished, model=ErrandStatus)
    assert status.order is not None and status.order.shipment_id is not None, status.outcome
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        await courier.hold(key(), status.order.shipment_id)
    # Followed (and tagged at the courier) once the first tracking poll is in.
    await wait_for(handle, lambda s: s.shipment is not None, model=ErrandStatus)
    return handle, status.order.shipment_id


def _tracking(status: ErrandStatus) -> list[str]:
    return [e.what for e in status.timeline if e.what.startswith("shipment.")]


async def test_failed_attempt_event_starts_rescheduling(ts_client, settings, worker, sandbox) -> None:
    async with open_receiver(ts_client, sandbox.url, token=read_token(sandbox.home, "operator")) as (receiver, _url):
        handle, shipment_id = await _bought_and_held(ts_client, settings.task_queue, sandbox)
        async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
            await courier.fail_next_attempt(key(), shipment_id)
            await courier.advance(key(), shipment_id, steps=10)
        status = await wait_for(handle, lambda s: any(e.what == "delivery.failed_attempt" for e in s.timeline),
                                model=ErrandStatus)
        assert status.shipment is not None and status.shipment.status == "failed_attempt"
        assert receiver.signalled >= 1
        note = next(e for e in status.timeline if e.what == "delivery.failed_attempt")
        child_id = next(word for word in note.detail.split() if word.startswith("resched-"))
        child = ts_client.get_workflow_handle_for(RescheduleDeliveryWorkflow.run, child_id)
        offer = await wait_for(child, lambda s: s.state == "awaiting_choice" or s.finished)
        slot = choose_slot(offer.slots, None, "afternoon")
        assert slot is not None
        await child.signal(RescheduleDeliveryWorkflow.choose, DeliveryChoice(slot_id=slot.slot_id))
        assert (await child.result()).state == "rescheduled"
        async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
            await courier.advance(key(), shipment_id, steps=10)
        await wait_for(handle, lambda s: s.shipment is not None and s.shipment.delivered, model=ErrandStatus)
        result = await handle.result()
    assert result.state == "delivered", result.outcome
    assert _tracking(result)[-4:] == ["shipment.failed_attempt", "shipment.rescheduled",
                                      "shipment.out_for_delivery", "shipment.delivered"]


async def test_duplicate_and_out_of_order_events_apply_once(ts_client, settings, worker, sandbox) -> None:
    async with open_receiver(ts_client, sandbox.url, token=read_token(sandbox.home, "operator")) as (receiver, _url):
        handle, shipment_id = await _bought_and_held(ts_client, settings.task_queue, sandbox)
        async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
            await admin.inject_fault("courier.webhook.duplicate", status=500, count=20)
            await admin.inject_fault("courier.webhook.reorder", status=500, count=2)
        try:
            async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
                await courier.advance(key(), shipment_id, steps=2)
                status = await wait_for(handle, lambda s: "shipment.in_transit" in _tracking(s), model=ErrandStatus)
                # What the receiver cannot know (it restarted, say), the errand drops by sequence number.
                stale = DeliveryEvent(event_id="replayed", shipment_id=shipment_id, seq=2, status="picked_up",
                                      at=status.timeline[0].at, shipment=status.shipment)
                await handle.signal(BuyWorkflow.delivery_event, stale)
                await courier.advance(key(), shipment_id, steps=10)
            await wait_for(handle, lambda s: s.shipment is not None and s.shipment.delivered, model=ErrandStatus)
        finally:
            async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
                await admin.clear_faults()
        result = await handle.result()
    assert receiver.duplicates >= 1
    tracking = _tracking(result)
    assert tracking == ["shipment.label_created", "shipment.picked_up", "shipment.in_transit",
                        "shipment.out_for_delivery", "shipment.delivered"]


async def test_polling_carries_on_when_the_receiver_is_down(ts_client, settings, worker, sandbox) -> None:
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        dead = await courier.subscribe(key(), "http://127.0.0.1:9/events")
        try:
            handle, shipment_id = await _bought_and_held(ts_client, settings.task_queue, sandbox, poll_seconds=1)
            await courier.advance(key(), shipment_id, steps=10)
            result = await asyncio.wait_for(handle.result(), timeout=60)
        finally:
            await courier.unsubscribe(key(), dead)
    assert result.state == "delivered"
    assert _tracking(result)[-1] == "shipment.delivered"
