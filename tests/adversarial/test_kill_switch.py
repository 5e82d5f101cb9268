"""Attacks on the kill switch: a hold must survive continue-as-new and bind the errands started later.

Both run on the time-skipping Temporal server against the sandbox subprocess over HTTP. A price watch and a
conversation continue as new while held; the hold is an operator's order to stop before the next side effect,
so losing it at the run boundary would let the watch buy (or the chat start a live errand) unattended.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from temporalio.client import Client, WorkflowHandle
from temporalio.service import RPCError

from errand.domain.policy import KillSwitch
from errand.workflows import BuyWorkflow, ConversationWorkflow, PriceWatchWorkflow
from tests.planner.chat_helpers import say, start_chat, wait_turn
from tests.workflows.watch_helpers import own_product, set_price, start_watch

pytestmark = pytest.mark.asyncio

HOLD = KillSwitch(reason="incident: stop every purchase", by="operator")


async def _until(handle: WorkflowHandle, query: Any, done: Callable[[Any], bool], timeout: float = 30.0) -> Any:
    """Query the latest run until ``done``; a query landing during continue-as-new is asked again."""
    deadline = asyncio.get_running_loop().time() + timeout
    status = None
    while asyncio.get_running_loop().time() < deadline:
        try:
            status = await handle.query(query, rpc_timeout=timedelta(seconds=2))
        except RPCError:
            await asyncio.sleep(0.2)
            continue
        if done(status):
            return status
        await asyncio.sleep(0.2)
    raise AssertionError(f"timed out: state {getattr(status, 'state', None)}, timeline "
                         f"{[(e.what, e.detail[:60]) for e in getattr(status, 'timeline', [])][-8:]}")


def _held(status: Any) -> bool:
    return any(e.what == "kill_switch.held" for e in status.timeline)


async def test_a_held_price_watch_stays_held_after_continuing_as_new(
        ts_client: Client, time_skipping_env, settings, worker, sandbox) -> None:
    product_id, _, _ = own_product(sandbox, 40)
    await set_price(sandbox, product_id, 80_000)
    started = await start_watch(ts_client, settings.task_queue, product_id, target=50_000, days=30,
                                samples_per_run=1)
    watch = ts_client.get_workflow_handle_for(PriceWatchWorkflow.run, started.id)  # the latest run, across continue-as-new
    await _until(watch, PriceWatchWorkflow.status, lambda s: s.track.samples >= 1)
    await watch.signal("hold", HOLD)

    await time_skipping_env.sleep(timedelta(hours=7))  # next sample: the watch continues as new
    await _until(watch, PriceWatchWorkflow.status, lambda s: s.runs >= 2)
    assert (await watch.describe()).run_id != started.result_run_id

    await set_price(sandbox, product_id, 40_000)  # the target is met in the new run
    await time_skipping_env.sleep(timedelta(hours=7))
    status = await _until(watch, PriceWatchWorkflow.status, lambda s: s.fired_price is not None and _held(s))
    await asyncio.sleep(1.0)
    status = await watch.query(PriceWatchWorkflow.status)
    assert status.buy_errand_id is None and status.quote is None and status.authorization is None

    await watch.signal("release_hold", HOLD)  # released, it goes on: the hold was what stopped it
    status = await _until(watch, PriceWatchWorkflow.status, lambda s: s.buy_errand_id is not None)
    await ts_client.get_workflow_handle(status.buy_errand_id).terminate("test over")
    await watch.terminate("test over")


async def test_a_held_conversation_starts_its_next_errand_held_after_continuing_as_new(
        ts_client: Client, settings, worker, sandbox) -> None:
    chat = await start_chat(ts_client, settings.task_queue, "dana", messages_before_continue=2)
    first_run = (await chat.describe()).run_id
    for text in ("hello", "thanks"):
        n = await say(chat, text)
        await wait_turn(chat, lambda t: True, n)
    await chat.signal("hold", HOLD)

    n = await say(chat, "two packs of AA batteries under ¥40, delivered home")  # the chat continues as new
    started = await wait_turn(chat, lambda t: t.kind in ("started", "unavailable", "error"), n)
    assert (await chat.describe()).run_id != first_run
    assert started.kind == "started" and started.errand_id
    child = ts_client.get_workflow_handle_for(BuyWorkflow.run, started.errand_id)
    await _until(child, BuyWorkflow.status, _held, timeout=15)
    await asyncio.sleep(2.0)
    status = await child.query(BuyWorkflow.status)
    assert status.quote is None and status.authorization is None and status.state != "awaiting_approval"
    assert "held" in started.text

    await chat.signal("release_hold", HOLD)
    await child.signal("release_hold", HOLD)
    await _until(child, BuyWorkflow.status, lambda s: s.state == "awaiting_approval" or s.finished)
    await child.terminate("test over")
    await chat.signal(ConversationWorkflow.end, {"reason": "test over"})
