"""A bulk order the nearest branches cannot make by the asked time offers the earliest time they can make the
whole order, computed by the stores from slot capacity, and goes on with a one-word "yes"."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx

from errand.domain.bulk_sentence import SHANGHAI
from errand.domain.intents import BulkOrderIntent, DrinkOptions
from errand.domain.models import Rejection
from errand.sandbox.common.auth import read_token
from errand.workflows import BulkOrderRequest, BulkOrderWorkflow
from errand.workflows.choice import ErrandChoice
from tests.workflows.bulk_helpers import Handle, wait_state


def _soon(minutes: int) -> datetime:
    return (datetime.now(SHANGHAI) + timedelta(minutes=minutes)).replace(second=0, microsecond=0)


async def _start(client: Any, task_queue: str, quantity: int, deliver_by: datetime) -> Handle:
    intent = BulkOrderIntent(shopper_id="alice", item="brown-sugar milk tea", quantity=quantity, chain="chagee",
                             options=DrinkOptions(sugar="half"), deliver_by=deliver_by,
                             sentence=f"{quantity} cups of brown-sugar milk tea at {deliver_by:%H:%M}")
    return await client.start_workflow(BulkOrderWorkflow.run, BulkOrderRequest(intent=intent, shipment_poll_seconds=1),
                                       id=f"bulk-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def test_forty_cups_45_minutes_ahead_offers_a_later_time_and_goes_on_after_yes(ts_client, settings, worker,
                                                                                     sandbox) -> None:
    asked = _soon(45)
    handle = await _start(ts_client, settings.task_queue, 40, asked)
    asking = await wait_state(handle, lambda s: s.state == "awaiting_choice")
    assert asking.state == "awaiting_choice", asking.outcome
    offered = asking.offered_deliver_by
    assert offered is not None and offered > asked
    assert "nearest branches can make only" in asking.question and f"by {offered:%H:%M}" in asking.question
    assert asking.question.endswith("Reply “yes” or “no”.") and asking.quote is None

    await handle.signal(BulkOrderWorkflow.choose, ErrandChoice(answer="2", shopper_id="alice"))  # not an answer
    await handle.signal(BulkOrderWorkflow.choose, ErrandChoice(answer="yes", shopper_id="alice"))
    quoted = await wait_state(handle, lambda s: s.state == "awaiting_approval")
    assert quoted.state == "awaiting_approval", quoted.outcome
    assert quoted.quote is not None and sum(line.quantity for line in quoted.quote.lines) == 40
    assert all(b.ready_at <= offered for b in quoted.branches)
    assert [e.what for e in quoted.timeline].count("delivery.moved") == 1
    await handle.signal(BulkOrderWorkflow.reject, Rejection(shopper_id="alice", reason="test over"))
    assert (await handle.result()).state == "rejected"


async def test_no_to_the_later_time_orders_nothing(ts_client, settings, worker, sandbox) -> None:
    handle = await _start(ts_client, settings.task_queue, 40, _soon(40))
    await wait_state(handle, lambda s: s.state == "awaiting_choice")
    await handle.signal(BulkOrderWorkflow.choose, ErrandChoice(answer="no"))
    result = await handle.result()
    assert result.state == "no_match" and "you declined" in result.outcome and result.quote is None


def test_earliest_route_refuses_strangers_and_bad_input(sandbox) -> None:
    platform = {"Authorization": f"Bearer {read_token(sandbox.home, 'platform')}"}
    after = _soon(45).isoformat()
    good = {"shopper_id": "alice", "item": "brown-sugar milk tea", "cups": 40, "after": after, "chain": "chagee"}
    url = f"{sandbox.url}/stores/earliest"
    assert httpx.get(url, params=good).status_code == 401  # a shopper's address is not for strangers
    for bad in ({"cups": 0}, {"cups": 501}, {"cups": "many"}, {"after": "soon"}, {"limit": 0},
                {"max_branches": 99}, {"item": ""}):
        r = httpx.get(url, params={**good, **bad}, headers=platform)
        assert r.status_code == 422, (bad, r.text)
    assert httpx.get(url, params={**good, "shopper_id": "nobody"}, headers=platform).status_code == 404
    body = httpx.get(url, params=good, headers=platform).json()
    assert body["cups"] == 40 and datetime.fromisoformat(body["deliver_by"]) > datetime.fromisoformat(after)
    assert sum(b["available"] for b in body["branches"]) >= 40
    # Five hundred cups cannot be made fresh by four branches at any time: said, not guessed.
    assert httpx.get(url, params={**good, "cups": 500}, headers=platform).json()["deliver_by"] is None
