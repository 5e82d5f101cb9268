"""ReturnWorkflow on the time-skipping server against the real sandbox: policy refusals, evidence, the
pickup slot (signal, timeout, taken), the warehouse receipt and exactly one refund."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from errand.connectors import WalletClient
from errand.connectors.returns import ReturnsClient
from errand.domain.returns import SlotChoice
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import ReturnWorkflow
from tests.operator import operator_token

from .helpers import advance_pickup, delivered_order, png, product_in, start_return, upload, wait_state


async def refunds(sandbox: SandboxProcess, authorization_id: str) -> list[int]:
    async with WalletClient(f"{sandbox.url}/wallet", token=operator_token(sandbox)) as wallet:
        return [op.amount for op in await wallet.operations(authorization_id) if op.kind == "refund"]


async def test_damaged_with_photo_chosen_slot_received_refunded_once(
        sandbox: SandboxProcess, ts_client: Client, settings: ErrandSettings, worker: object) -> None:
    order = delivered_order(sandbox, product_in(sandbox, "kitchen"), days_ago=2)
    photo = await upload(sandbox, png())
    handle = await start_return(ts_client, settings.task_queue, order["order_id"], photos=[photo])
    status = await wait_state(handle, lambda s: s.state == "awaiting_slot_choice")
    assert status.rma is not None and status.rma.refund_amount == order["total"]
    assert "arrived damaged" in status.support_reply and status.rma.rma_id in status.support_reply
    second = status.slots[1].slot_id
    await handle.signal(ReturnWorkflow.choose_slot, SlotChoice(slot_id=second))
    await advance_pickup(sandbox, handle)
    result = await handle.result()
    assert result.state == "refunded", result.outcome
    assert result.chosen_slot == second
    assert result.photos[0].verdict == "ok" and result.vision[0].status == "unavailable"
    assert await refunds(sandbox, order["authorization_id"]) == [order["total"]]
    whats = [e.what for e in result.timeline]
    assert whats.index("pickup.slot_chosen") < whats.index("pickup.booked") < whats.index("return.received") \
        < whats.index("payment.refunded")


@pytest.mark.parametrize("case", ["unknown_order", "not_delivered", "window_passed", "non_returnable",
                                  "missing_evidence", "bad_image"])
async def test_policy_refusals_name_the_rule_and_change_nothing(
        case: str, sandbox: SandboxProcess, ts_client: Client, settings: ErrandSettings, worker: object) -> None:
    good_photo = [await upload(sandbox, png())]
    category, days_ago, reason, photos, expected = {
        "unknown_order": (None, 0, "damaged", good_photo, "there is no order"),
        "not_delivered": ("kitchen", -2, "damaged", good_photo, "not delivered yet (label created)"),
        "window_passed": ("kitchen", 20, "changed_mind", [], "kitchen appliances can be returned within 15 days"),
        "non_returnable": ("groceries", 1, "damaged", good_photo, "groceries are perishable"),
        "missing_evidence": ("kitchen", 1, "damaged", [], "a photo of the item is required"),
        # The merchant takes only what reads as a PNG or JPEG header; the check finds the cut-off file.
        "bad_image": ("kitchen", 1, "not_as_described", [await upload(sandbox, png()[:-30])], "PNG"),
    }[case]
    order: dict[str, Any] = (delivered_order(sandbox, product_in(sandbox, category, offset=3), days_ago=days_ago)
             if category else {"order_id": "ord_0000000000000000", "authorization_id": None})
    handle = await start_return(ts_client, settings.task_queue, order["order_id"], reason=reason, photos=photos)
    result = await handle.result()
    assert result.state == "refused", result.outcome
    assert expected in result.outcome
    assert result.rma is None and result.pickup is None
    if order["authorization_id"]:
        assert await refunds(sandbox, order["authorization_id"]) == []


async def test_no_slot_choice_within_two_hours_takes_the_earliest(
        sandbox: SandboxProcess, time_skipping_env: WorkflowEnvironment, settings: ErrandSettings,
        worker: object) -> None:
    order = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=1), days_ago=1)
    handle = await start_return(time_skipping_env.client, settings.task_queue, order["order_id"],
                                reason="changed_mind")
    status = await wait_state(handle, lambda s: s.state == "awaiting_slot_choice")
    await time_skipping_env.sleep(timedelta(hours=2, minutes=1))
    await advance_pickup(sandbox, handle)
    result = await handle.result()
    assert result.state == "refunded", result.outcome
    assert result.chosen_slot == status.slots[0].slot_id
    assert "pickup.slot_defaulted" in [e.what for e in result.timeline]
    assert await refunds(sandbox, order["authorization_id"]) == [order["total"]]


async def test_a_slot_taken_meanwhile_falls_back_to_the_earliest_free_one(
        sandbox: SandboxProcess, ts_client: Client, settings: ErrandSettings, worker: object) -> None:
    order = delivered_order(sandbox, product_in(sandbox, "audio", offset=0), days_ago=3)
    handle = await start_return(ts_client, settings.task_queue, order["order_id"], reason="wrong_item")
    status = await wait_state(handle, lambda s: s.state == "awaiting_slot_choice")
    wanted, fallback = status.slots[-1].slot_id, status.slots[0].slot_id
    async with ReturnsClient(sandbox.url, token=operator_token(sandbox)) as returns:
        await returns.fill_slot(wanted)
    await handle.signal(ReturnWorkflow.choose_slot, SlotChoice(slot_id=wanted))
    await advance_pickup(sandbox, handle)
    result = await handle.result()
    assert result.state == "refunded", result.outcome
    assert result.chosen_slot == fallback
    taken = [e for e in result.timeline if e.what == "pickup.slot_taken"]
    assert len(taken) == 1 and "fully booked" in taken[0].detail
