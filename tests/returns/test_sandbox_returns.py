"""The sandbox's returns over real HTTP, through the connector: policy, RMAs, pickups, support desk."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from errand.connectors import BackendRejected
from errand.connectors.returns import ReturnsClient
from errand.sandbox.process import SandboxProcess
from tests.operator import operator_token, platform_token, record_decision

from .helpers import delivered_order, png, product_in


def k() -> str:
    return uuid.uuid4().hex


async def test_policy_by_category(sandbox: SandboxProcess) -> None:
    async with ReturnsClient(sandbox.url) as returns:
        policy = await returns.policy()
    assert not policy.for_category("groceries").returnable and not policy.for_category("beauty").returnable
    assert policy.for_category("kitchen").window_days == 15 and policy.for_category("toys").window_days == 7
    assert policy.evidence_required_for == ["damaged", "not_as_described"]


async def test_backdated_delivery_and_order_facts(sandbox: SandboxProcess) -> None:
    order = delivered_order(sandbox, product_in(sandbox, "audio", offset=7), days_ago=4)
    async with ReturnsClient(sandbox.url, token=platform_token(sandbox)) as returns:
        facts = await returns.order_facts(order["order_id"])
        with pytest.raises(BackendRejected) as missing:
            await returns.order_facts("ord_nope")
    assert facts.delivered and facts.lines[0].category == "audio" and facts.authorization_id
    assert facts.delivered_at is not None
    assert abs((datetime.now(UTC) - facts.delivered_at) - timedelta(days=4)) < timedelta(minutes=1)
    assert missing.value.status == 404


@pytest.mark.parametrize(("category", "days_ago", "shopper", "code"), [
    ("kitchen", -1, "alice", "not_delivered"),
    ("kitchen", 16, "alice", "outside_return_window"),
    ("groceries", 0.5, "alice", "not_returnable"),
    ("kitchen", 1, "bob", "not_buyer"),
])
async def test_rma_refusals(sandbox: SandboxProcess, category: str, days_ago: float | None, shopper: str,
                            code: str) -> None:
    order = delivered_order(sandbox, product_in(sandbox, category, offset=11), days_ago=days_ago)
    async with ReturnsClient(sandbox.url, token=platform_token(sandbox)) as returns:
        with pytest.raises(BackendRejected) as refused:
            await returns.create_rma(k(), order_id=order["order_id"], shopper_id=shopper, product_id=None,
                                     reason="changed_mind", description="", photos=[])
    assert refused.value.code == code


async def test_rma_once_per_item_pickup_to_warehouse_and_support_reply(sandbox: SandboxProcess) -> None:
    order = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=12), days_ago=30)
    record_decision(sandbox, order["order_id"], approve=True, note="cracked in transit")
    async with ReturnsClient(sandbox.url, token=operator_token(sandbox)) as returns:
        key = k()
        args = {"order_id": order["order_id"], "shopper_id": "alice", "product_id": None, "reason": "damaged",
                "description": "cracked", "photos": [], "exception_note": "approved by olga: cracked in transit"}
        rma = await returns.create_rma(key, **args)  # type: ignore[arg-type]
        assert (await returns.create_rma(key, **args)).rma_id == rma.rma_id  # type: ignore[arg-type]
        with pytest.raises(BackendRejected) as again:
            await returns.create_rma(k(), **args)  # type: ignore[arg-type]
        assert again.value.code == "rma_exists"
        assert rma.refund_amount == order["total"] and rma.status == "authorized"

        reply = await returns.send_support_message(k(), order_id=order["order_id"], shopper_id="alice",
                                                   rma_id=rma.rma_id, body="the lid is cracked")
        title = order["lines"][0]["title"]
        assert f"your {title} arrived damaged" in reply["reply"] and rma.rma_id in reply["reply"]
        assert [m["body"] for m in await returns.support_messages(order["order_id"])] == ["the lid is cracked"]

        slots = await returns.pickup_slots()
        assert len(slots) == 6 and all(s.starts_at > datetime.now(UTC) for s in slots)
        with pytest.raises(BackendRejected) as unknown:
            await returns.book_pickup(k(), rma.rma_id, "slot-tomorrow-noon")
        assert unknown.value.code == "unknown_slot"
        with pytest.raises(BackendRejected) as past:
            await returns.book_pickup(k(), rma.rma_id, "slot-19990101-am")
        assert past.value.code == "slot_taken" and "already started" in past.value.message
        await returns.fill_slot(slots[2].slot_id)
        with pytest.raises(BackendRejected) as taken:
            await returns.book_pickup(k(), rma.rma_id, slots[2].slot_id)
        assert taken.value.status == 409 and taken.value.code == "slot_taken"
        pickup = await returns.book_pickup(k(), rma.rma_id, slots[0].slot_id)
        assert pickup.status == "booked" and (await returns.get_rma(rma.rma_id)).status == "pickup_booked"
        with pytest.raises(BackendRejected) as twice:
            await returns.book_pickup(k(), rma.rma_id, slots[1].slot_id)
        assert twice.value.code == "pickup_exists"

        moved = await returns.advance_pickup(k(), pickup.pickup_id, steps=3)
        assert [e.status for e in moved.events] == ["booked", "picked_up", "in_transit", "at_warehouse"]
        received = await returns.get_rma(rma.rma_id)
        assert received.status == "received" and received.received_at is not None


async def test_photo_upload_is_content_addressed_and_bounded(sandbox: SandboxProcess) -> None:
    image = png(320, 240)
    async with ReturnsClient(sandbox.url) as returns:
        first = await returns.upload_photo(k(), image, "image/png")
        assert await returns.upload_photo(k(), image, "image/png") == first
        assert await returns.get_photo(first) == image
        with pytest.raises(BackendRejected) as big:
            await returns.upload_photo(k(), b"\0" * (8 * 1024 * 1024 + 1), "image/png")
        assert big.value.status == 413
