"""RescheduleDeliveryWorkflow on the time-skipping server against the real sandbox courier."""

from __future__ import annotations

import uuid

import pytest
from temporalio.client import Client

from errand.connectors import WalletClient
from errand.connectors.delivery import DeliveryClient
from errand.domain.approval import sign_quote
from errand.domain.delivery import DeliveryChoice, RescheduleStatus, choose_slot
from errand.domain.intents import RescheduleIntent
from errand.ledger import Ledger
from errand.sandbox.common.auth import read_token
from errand.workflows import RescheduleDeliveryWorkflow, RescheduleRequest
from tests.workflows.helpers import shopper_key

from .helpers import key, place_order, wait_for

pytestmark = pytest.mark.asyncio


async def _start(client: Client, task_queue: str, intent: RescheduleIntent, **request):
    return await client.start_workflow(
        RescheduleDeliveryWorkflow.run, RescheduleRequest(intent=intent, **request),
        id=f"resched-{intent.shopper_id}-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


def _whats(settings, errand_id: str) -> list[str]:
    ledger = Ledger(settings.ledger_url)
    try:
        return [e.what for e in ledger.entries(errand_id)]
    finally:
        ledger.close()


async def _slot(sandbox, shipment_id: str, part: str):
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        slot = choose_slot(await courier.slots(shipment_id), None, part)
    assert slot is not None
    return slot


async def test_slot_chosen_by_preference(ts_client, settings, worker, sandbox) -> None:
    order_id, shipment_id = await place_order(sandbox)
    wanted = await _slot(sandbox, shipment_id, "afternoon")
    intent = RescheduleIntent(shopper_id="alice", order_id=order_id, preferred_date=wanted.date,
                              preferred_part_of_day="afternoon", sentence=f"{wanted.date} afternoon")
    result: RescheduleStatus = await (await _start(ts_client, settings.task_queue, intent)).result()
    assert result.state == "rescheduled", result.outcome
    assert result.chosen_slot is not None and result.chosen_slot.slot_id == wanted.slot_id
    assert result.quote is None  # a free slot needs no signature
    assert result.shipment is not None and result.shipment.events[-1].status == "rescheduled"
    whats = _whats(settings, result.errand_id)
    assert "slot.chosen" in whats and "delivery.rescheduled" in whats and "errand.rescheduled" in whats


async def test_fee_needs_the_shoppers_signature(ts_client, settings, worker, sandbox) -> None:
    order_id, _ = await place_order(sandbox)
    intent = RescheduleIntent(shopper_id="alice", order_id=order_id, preferred_part_of_day="evening")
    handle = await _start(ts_client, settings.task_queue, intent)
    status = await wait_for(handle, lambda s: s.state == "awaiting_approval" or s.finished)
    assert status.state == "awaiting_approval" and status.quote is not None
    assert status.quote.total == status.quote.adjustments[0].amount > 0
    forged = sign_quote(shopper_key(sandbox, "bob"), status.quote).model_copy(
        update={"shopper_id": "alice"})
    await handle.signal(RescheduleDeliveryWorkflow.approve, forged)
    await handle.signal(RescheduleDeliveryWorkflow.approve, sign_quote(shopper_key(sandbox, "alice"),
                                                                       status.quote))
    result = await handle.result()
    assert result.state == "rescheduled", result.outcome
    assert result.chosen_slot is not None and result.chosen_slot.part_of_day == "evening"
    whats = _whats(settings, handle.id)
    assert whats.count("approval.refused") == 1 and "approval.accepted" in whats
    # The signed fee is charged through the wallet: held before booking, captured once after.
    assert result.authorization is not None and result.authorization.status == "captured"
    assert result.authorization.amount == status.quote.total
    assert whats.index("payment.authorized") < whats.index("delivery.rescheduled") < whats.index("payment.captured")
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet:
        kinds = [op.kind for op in await wallet.operations(authorization_id=result.authorization.authorization_id)]
    assert kinds == ["authorize", "capture"]


async def test_a_fee_slot_taken_meanwhile_voids_the_fee(ts_client, settings, worker, sandbox) -> None:
    order_id, shipment_id = await place_order(sandbox)
    intent = RescheduleIntent(shopper_id="alice", order_id=order_id, preferred_part_of_day="evening")
    handle = await _start(ts_client, settings.task_queue, intent)
    status = await wait_for(handle, lambda s: s.state == "awaiting_approval" or s.finished)
    assert status.state == "awaiting_approval" and status.quote is not None
    evening = await _slot(sandbox, shipment_id, "evening")
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        await courier.fill_slot(key(), evening.slot_id)  # someone else books the last place
    await handle.signal(RescheduleDeliveryWorkflow.approve, sign_quote(shopper_key(sandbox, "alice"),
                                                                       status.quote))
    await wait_for(handle, lambda s: s.state == "awaiting_choice" or s.finished)
    ledger = Ledger(settings.ledger_url)
    try:
        held = next(e for e in ledger.entries(handle.id) if e.what == "payment.authorized")
    finally:
        ledger.close()
    authorization_id = held.evidence()["authorization_id"]
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet:
        kinds = [op.kind for op in await wallet.operations(authorization_id=authorization_id)]
    assert kinds == ["authorize", "void"]  # not booked, nothing charged
    await handle.signal(RescheduleDeliveryWorkflow.choose, DeliveryChoice(keep=True))
    assert (await handle.result()).state == "kept"


async def test_fee_not_approved_keeps_the_delivery(ts_client, settings, worker, sandbox) -> None:
    order_id, shipment_id = await place_order(sandbox)
    # An evening the courier still has room in: some are fully booked, and other tests fill slots in this sandbox.
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        evening = next((s for s in await courier.slots(shipment_id) if s.part_of_day == "evening" and s.available),
                       None)
    if evening is None:
        pytest.skip("every paid (evening) slot in the shared sandbox is already taken by other tests")
    intent = RescheduleIntent(shopper_id="alice", order_id=order_id, preferred_date=evening.date,
                              preferred_part_of_day="evening")
    result = await (await _start(ts_client, settings.task_queue, intent)).result()
    assert result.state == "expired"
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        assert "rescheduled" not in [e.status for e in (await courier.get_shipment(shipment_id)).events]


async def test_too_late_offers_lockers_and_redirects(ts_client, settings, worker, sandbox) -> None:
    order_id, shipment_id = await place_order(sandbox)
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        await courier.advance(key(), shipment_id, steps=3)
    intent = RescheduleIntent(shopper_id="alice", order_id=order_id, preferred_part_of_day="morning")
    handle = await _start(ts_client, settings.task_queue, intent)
    status = await wait_for(handle, lambda s: s.state == "awaiting_choice" or s.finished)
    assert status.points and not status.slots
    await handle.signal(RescheduleDeliveryWorkflow.choose, DeliveryChoice(point_id=status.points[0].point_id))
    result = await handle.result()
    assert result.state == "redirected", result.outcome
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        assert (await courier.get_shipment(shipment_id)).events[-1].status == "redirected"
    assert "pickup_points.offered" in _whats(settings, handle.id)


async def test_too_late_and_no_answer_keeps_the_delivery(ts_client, settings, worker, sandbox) -> None:
    order_id, shipment_id = await place_order(sandbox)
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        await courier.advance(key(), shipment_id, steps=3)
    intent = RescheduleIntent(shopper_id="alice", order_id=order_id, preferred_part_of_day="morning")
    result = await (await _start(ts_client, settings.task_queue, intent)).result()
    assert result.state == "kept"


async def test_taken_slot_asks_again(ts_client, settings, worker, sandbox) -> None:
    order_id, shipment_id = await place_order(sandbox)
    wanted = await _slot(sandbox, shipment_id, "morning")
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        await courier.fill_slot(key(), wanted.slot_id)
    intent = RescheduleIntent(shopper_id="alice", order_id=order_id, preferred_date=wanted.date,
                              preferred_part_of_day="morning")
    handle = await _start(ts_client, settings.task_queue, intent)
    status = await wait_for(handle, lambda s: s.state == "awaiting_choice" or s.finished)
    assert status.slots and wanted.slot_id not in [s.slot_id for s in status.slots]
    other = next(s for s in status.slots if s.fee == 0)
    await handle.signal(RescheduleDeliveryWorkflow.choose, DeliveryChoice(slot_id=other.slot_id))
    result = await handle.result()
    assert result.state == "rescheduled" and result.chosen_slot is not None
    assert result.chosen_slot.slot_id == other.slot_id
    assert "slot.unavailable" in _whats(settings, handle.id)


async def test_unknown_and_delivered_orders_fail_cleanly(ts_client, settings, worker, sandbox) -> None:
    unknown = await (await _start(ts_client, settings.task_queue,
                                  RescheduleIntent(shopper_id="alice", order_id="ord_nope"))).result()
    assert unknown.state == "failed" and "no order ord_nope" in unknown.outcome
    order_id, shipment_id = await place_order(sandbox)
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        await courier.advance(key(), shipment_id, steps=10)
    delivered = await (await _start(ts_client, settings.task_queue,
                                    RescheduleIntent(shopper_id="alice", order_id=order_id))).result()
    assert delivered.state == "failed" and "already been delivered" in delivered.outcome
