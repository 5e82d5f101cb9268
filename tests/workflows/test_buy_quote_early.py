"""The quote is offered in the workflow task that receives it: today's spend for the daily cap is read beside
the reservation, not one activity round trip after it, and the shopper's profile beside the catalogue search.
The cap still decides before anyone can approve."""

from __future__ import annotations

import uuid

import pytest
from temporalio.api.enums.v1 import EventType
from temporalio.client import Client, WorkflowHandle
from temporalio.service import RPCError

from errand.domain.models import BuyIntent, ErrandStatus
from errand.domain.policy import SpendingCaps
from errand.ledger import Ledger
from errand.workflows import BuyRequest, BuyWorkflow

from .helpers import approval_for, wait_state

pytestmark = pytest.mark.asyncio


async def _start(client: Client, task_queue: str, caps: SpendingCaps) -> WorkflowHandle[BuyWorkflow, ErrandStatus]:
    intent = BuyIntent(shopper_id="alice", query="AA batteries", quantity=2, max_unit_price=4000,
                       sentence="2 AA batteries")
    return await client.start_workflow(BuyWorkflow.run, BuyRequest(intent=intent, caps=caps),
                                       id=f"buy-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def _activity_events(handle: WorkflowHandle[BuyWorkflow, ErrandStatus]) -> list[tuple[str, str]]:
    """(scheduled|completed, activity type) in history order."""
    names: dict[int, str] = {}
    out: list[tuple[str, str]] = []
    for event in (await handle.fetch_history()).events:
        if event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            names[event.event_id] = event.activity_task_scheduled_event_attributes.activity_type.name
            out.append(("scheduled", names[event.event_id]))
        elif event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
            out.append(("completed", names[event.activity_task_completed_event_attributes.scheduled_event_id]))
    return out


async def test_daily_spend_is_read_beside_the_reservation(ts_client, settings, worker, sandbox) -> None:
    handle = await _start(ts_client, settings.task_queue, SpendingCaps(per_errand=10**9, per_day=10**10))
    status = await wait_state(handle, lambda s: s.state == "awaiting_approval" or s.finished)
    assert status.state == "awaiting_approval", status.outcome
    events = await _activity_events(handle)
    # Read while the merchant prices the cart: nothing is left to ask once the quote is back.
    assert events.index(("scheduled", "spent_today")) < events.index(("completed", "reserve_and_quote"))
    after_quote = events[events.index(("completed", "reserve_and_quote")) + 1:]
    assert ("scheduled", "spent_today") not in after_quote
    # Neither of the first two reads waits for the other.
    assert events.index(("scheduled", "search_products")) < events.index(("completed", "get_shopper_profile"))
    await handle.cancel()


async def test_an_approval_of_a_quote_over_the_daily_cap_charges_nothing(ts_client, settings, worker,
                                                                          sandbox) -> None:
    """An attacker signs the quote the moment any read shows it and signals at once: the cap still refuses,
    the stock is released and no approval is ever looked at."""
    handle = await _start(ts_client, settings.task_queue, SpendingCaps(per_day=1))
    status = await wait_state(handle, lambda s: s.quote is not None or s.finished, timeout=60)
    assert status.quote is not None, status.outcome
    assert status.state != "awaiting_approval"  # never offered for signing
    try:
        await handle.signal(BuyWorkflow.approve, approval_for(status, sandbox))
    except RPCError:
        pass  # already over: the refusal ended it before the signature arrived
    result = await handle.result()
    assert result.state == "over_cap", result.outcome
    assert "per-day cap" in result.outcome
    assert result.authorization is None and result.order is None
    whats = [e.what for e in result.timeline]
    assert "policy.cap_exceeded" in whats
    assert "approval.accepted" not in whats and "quote.offered" not in whats
    ledger = Ledger(settings.ledger_url)
    try:
        assert "approval.accepted" not in [e.what for e in ledger.entries(handle.id)]
    finally:
        ledger.close()
