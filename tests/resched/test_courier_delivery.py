"""The sandbox courier's delivery changes over real HTTP: slots, reschedule, too late, lockers, failures."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from errand.connectors import BackendRejected, MerchantClient, WalletClient
from errand.connectors.delivery import DeliveryClient
from errand.domain.approval import sign_quote
from errand.domain.delivery import choose_slot, fee_quote
from errand.sandbox.common.auth import read_token
from tests.workflows.helpers import shopper_key

from .helpers import place_order

pytestmark = pytest.mark.asyncio


def _key() -> str:
    return uuid.uuid4().hex


async def _held_shipment(courier: DeliveryClient) -> str:
    body = await courier._request("POST", "/shipments", json={"order_id": f"ord-test-{_key()[:8]}",
                                                               "destination": {"postal_code": "200001",
                                                                               "line1": "1 Nanjing Rd",
                                                                               "city": "Shanghai"}},
                                  idempotency_key=_key())
    await courier.hold(_key(), body["shipment_id"])
    return str(body["shipment_id"])


async def test_slots_reschedule_and_fee_rules(sandbox) -> None:
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        sid = await _held_shipment(courier)
        slots = await courier.slots(sid)
        assert {s.part_of_day for s in slots} == {"morning", "afternoon", "evening"}
        assert all(s.fee > 0 for s in slots if s.part_of_day == "evening")
        free = choose_slot(slots, None, "afternoon")
        assert free is not None and free.fee == 0
        evening = choose_slot(slots, None, "evening")
        assert evening is not None
        with pytest.raises(BackendRejected) as refused:
            await courier.reschedule(_key(), sid, evening.slot_id, accepted_fee=0)
        assert refused.value.code == "fee_mismatch"
        with pytest.raises(BackendRejected) as unpaid:  # the fee must be held in the wallet first
            await courier.reschedule(_key(), sid, evening.slot_id, accepted_fee=evening.fee)
        assert unpaid.value.code == "payment_required"
        moved = await courier.reschedule(_key(), sid, free.slot_id, accepted_fee=0)
        assert moved.events[-1].status == "rescheduled" and moved.status == "in_transit"

        await courier.fill_slot(_key(), free.slot_id)
        with pytest.raises(BackendRejected) as full:
            await courier.reschedule(_key(), sid, free.slot_id, accepted_fee=0)
        assert full.value.code == "slot_full"
        assert not next(s for s in await courier.slots(sid) if s.slot_id == free.slot_id).available
        with pytest.raises(BackendRejected) as unknown:
            await courier.reschedule(_key(), sid, "1999-01-01:morning", accepted_fee=0)
        assert unknown.value.code == "unknown_slot"


async def test_a_fee_slot_is_booked_only_against_the_buyers_held_payment(sandbox) -> None:
    _order_id, sid = await place_order(sandbox, "alice")
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier, \
            WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet, \
            MerchantClient(sandbox.url, token=read_token(sandbox.home, "platform")) as merchant:
        evening = choose_slot(await courier.slots(sid), None, "evening")
        assert evening is not None and evening.fee > 0
        shipment = await courier.get_shipment(sid)

        async def hold(shopper: str):
            address = (await merchant.get_buyer(shopper)).addresses[0]
            quote = fee_quote(errand_id=f"resched-{shopper}-test", shopper_id=shopper, shipment=shipment,
                              slot=evening, address=address, expires_at=datetime.now(UTC) + timedelta(minutes=5))
            return await wallet.authorize(_key(), quote, sign_quote(shopper_key(sandbox, shopper), quote))

        not_the_buyer = await hold("bob")
        with pytest.raises(BackendRejected) as refused:
            await courier.reschedule(_key(), sid, evening.slot_id, evening.fee, not_the_buyer.authorization_id)
        assert refused.value.code == "payment_failed"
        assert await courier.release_fee_hold(_key(), not_the_buyer.authorization_id) == "voided"

        paid = await hold("alice")
        moved = await courier.reschedule(_key(), sid, evening.slot_id, evening.fee, paid.authorization_id)
        assert moved.events[-1].status == "rescheduled"
        with pytest.raises(BackendRejected) as again:  # one hold pays for one booking
            await courier.reschedule(_key(), sid, evening.slot_id, evening.fee, paid.authorization_id)
        assert again.value.code == "payment_failed"
        captured = await wallet.authorization(paid.authorization_id)  # the courier took it with the booking
        assert (captured.status, captured.captured, captured.payee) == ("captured", evening.fee, "courier")
        with pytest.raises(BackendRejected) as bound:  # a used fee hold is not released
            await courier.release_fee_hold(_key(), paid.authorization_id)
        assert bound.value.status == 409


async def test_too_late_then_locker_then_delivered(sandbox) -> None:
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        sid = await _held_shipment(courier)
        out = await courier.advance(_key(), sid, steps=3)
        assert out.status == "out_for_delivery"
        slot = choose_slot(await courier.slots(sid), None, "morning")
        assert slot is not None
        with pytest.raises(BackendRejected) as late:
            await courier.reschedule(_key(), sid, slot.slot_id, accepted_fee=slot.fee)
        assert late.value.status == 409 and late.value.code == "too_late"
        points = await courier.pickup_points(sid)
        assert points and points[0].kind == "locker"
        redirected = await courier.redirect(_key(), sid, points[0].point_id)
        assert redirected.events[-1].status == "redirected"
        done = await courier.advance(_key(), sid, steps=5)
        assert done.status == "delivered" and points[0].point_id in done.events[-1].description
        seqs = [e.status for e in done.events]
        assert seqs[:4] == ["label_created", "picked_up", "in_transit", "out_for_delivery"]
        with pytest.raises(BackendRejected) as delivered:
            await courier.redirect(_key(), sid, points[1].point_id)
        assert delivered.value.code == "already_delivered"


async def test_failed_attempt_waits_for_a_new_slot(sandbox) -> None:
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        sid = await _held_shipment(courier)
        await courier.fail_next_attempt(_key(), sid)
        failed = await courier.advance(_key(), sid, steps=10)
        assert failed.status == "failed_attempt"
        assert (await courier.advance(_key(), sid, steps=10)).status == "failed_attempt"
        slot = choose_slot(await courier.slots(sid), None, None)
        assert slot is not None
        await courier.reschedule(_key(), sid, slot.slot_id, accepted_fee=slot.fee)
        done = await courier.advance(_key(), sid, steps=10)
        assert done.status == "delivered"
        assert [e.status for e in done.events][-4:] == ["failed_attempt", "rescheduled", "out_for_delivery",
                                                        "delivered"]


async def test_unknown_shipment_is_404(sandbox) -> None:
    async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        with pytest.raises(BackendRejected) as missing:
            await courier.slots("shp_nope")
        assert missing.value.status == 404
