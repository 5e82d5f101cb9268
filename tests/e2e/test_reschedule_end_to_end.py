"""Rescheduling on the real dev server, the way the CLI does it: refusals first, then an evening slot whose
fee is approved with `errand approve`'s signature path."""

from __future__ import annotations

import pytest
from temporalio.client import Client

from errand.cli import errands
from errand.cli.cmd_reschedule import start_reschedule
from errand.cli.errands import CliError
from errand.connectors.delivery import DeliveryClient
from errand.domain.delivery import choose_slot
from errand.worker.settings import ErrandSettings
from tests.resched.helpers import key, place_order


async def test_reschedule_with_a_fee_approved_by_signature(dev_client: Client, e2e_settings: ErrandSettings,
                                                           dev_worker: object, sandbox) -> None:
    settings = e2e_settings
    with pytest.raises(CliError, match="cannot read"):
        await start_reschedule(dev_client, settings, "alice", None, "whenever suits")
    with pytest.raises(CliError, match="has no order"):
        await start_reschedule(dev_client, settings, "alice", "ord_nope", "tomorrow")
    delivered_order, delivered_shipment = await place_order(sandbox)
    async with DeliveryClient(f"{settings.sandbox_url}/courier", token=settings.admin_token) as courier:
        await courier.advance(key(), delivered_shipment, steps=10)
    with pytest.raises(CliError, match="already been delivered"):
        await start_reschedule(dev_client, settings, "alice", delivered_order, "tomorrow")

    order_id, shipment_id = await place_order(sandbox)
    async with DeliveryClient(f"{settings.sandbox_url}/courier", token=settings.admin_token) as courier:
        evening = choose_slot(await courier.slots(shipment_id), None, "evening")
    assert evening is not None and evening.fee > 0
    errand_id = await start_reschedule(dev_client, settings, "alice", order_id, f"{evening.date} evening")
    assert errand_id.startswith("resched-alice-")
    status = await errands.wait_for(dev_client, errand_id, lambda s: s.state == "awaiting_approval")
    assert status.state == "awaiting_approval" and status.quote is not None
    assert status.quote.total == evening.fee
    await errands.approve(dev_client, settings, errand_id)
    status = await errands.wait_for(dev_client, errand_id, lambda s: s.finished)
    assert status.state == "rescheduled", status.outcome
    assert status.chosen_slot is not None and status.chosen_slot.slot_id == evening.slot_id
    description = await dev_client.get_workflow_handle(errand_id).describe()
    assert (await description.static_summary() or "").startswith(f"reschedule {order_id} for alice")
