"""A stream with a ``HistoryWatch`` is pushed: a change in the workflow reaches the stream as soon as the
workflow task that made it completes, not at the stream's next poll (set here to 30 s so that a poll cannot
be what delivers it). Over a real Temporal dev server, with a probe workflow whose status is a timeline."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from temporalio import workflow
from temporalio.client import Client
from temporalio.worker import Worker

from errand.api import events
from errand.api.events import HistoryWatch, chat_stream, errand_stream
from errand.domain.models import TimelineEntry
from errand.workflows.chat_models import ChatErrand, ChatStatus, ChatTurn

pytestmark = pytest.mark.asyncio
AT = datetime(2025, 5, 1, 12, tzinfo=UTC)


@workflow.defn(name="stream-push-probe", sandboxed=False)
class Probe:
    def __init__(self) -> None:
        self._steps: list[str] = ["started"]
        self._done = False

    @workflow.run
    async def run(self) -> None:
        await workflow.wait_condition(lambda: self._done, timeout=timedelta(minutes=5))

    @workflow.signal
    def step(self, what: str) -> None:
        self._steps.append(what)
        self._done = what == "finished"

    @workflow.query
    def steps(self) -> list[str]:
        return self._steps


def _reader(client: Client, workflow_id: str) -> Any:
    async def read() -> Any:
        steps = await client.get_workflow_handle(workflow_id).query(Probe.steps)
        timeline = [TimelineEntry(at=AT + timedelta(seconds=n), who="agent", what=what)
                    for n, what in enumerate(steps)]
        finished = steps[-1] == "finished"
        return SimpleNamespace(errand_id=workflow_id, state=steps[-1], timeline=timeline, finished=finished,
                               outcome="", shopper_id="alice")
    return read


async def _next_frame(stream: Any, timeout: float) -> str:
    async with asyncio.timeout(timeout):
        while True:
            text = await anext(stream)
            if text.startswith(("id:", "event:")):
                return str(text)


@pytest.fixture(autouse=True)
def _no_fallback_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback reads of a pushed stream are 30 s apart too: only the push can deliver in time."""
    monkeypatch.setattr(events, "PUSHED_POLL_SECONDS", 30.0)


async def test_an_errand_stream_hears_a_change_at_once(dev_server_env) -> None:
    client = dev_server_env.client
    queue = f"push-{uuid.uuid4().hex[:8]}"
    async with Worker(client, task_queue=queue, workflows=[Probe]):
        probe = f"probe-{uuid.uuid4().hex[:8]}"
        handle = await client.start_workflow(Probe.run, id=probe, task_queue=queue)
        with HistoryWatch(client, asyncio.Event()) as watch:
            stream = errand_stream(_reader(client, probe), None, 30.0, watch, probe)
            assert "started" in await _next_frame(stream, 10)
            await asyncio.sleep(0.5)  # the stream now waits: its next poll is 30 s away
            loop = asyncio.get_running_loop()
            signalled = loop.time()
            await handle.signal(Probe.step, "quoted")
            assert "quoted" in await _next_frame(stream, 5)
            assert loop.time() - signalled < 2
            await handle.signal(Probe.step, "finished")
            assert "finished" in await _next_frame(stream, 5)
            assert "event: end" in await _next_frame(stream, 5)


async def test_a_chat_stream_hears_its_errand_change_at_once(dev_server_env) -> None:
    client = dev_server_env.client
    queue = f"push-{uuid.uuid4().hex[:8]}"
    async with Worker(client, task_queue=queue, workflows=[Probe]):
        chat, errand = f"probe-{uuid.uuid4().hex[:8]}", f"probe-{uuid.uuid4().hex[:8]}"
        for workflow_id in (chat, errand):
            await client.start_workflow(Probe.run, id=workflow_id, task_queue=queue)
        read_errand = _reader(client, errand)

        async def read() -> ChatStatus:  # the conversation relays nothing: only the errand's own state moves
            return ChatStatus(errand_id=chat, shopper_id="alice", state="listening",
                              turns=[ChatTurn(at=AT, who="agent", text="On it", kind="started", errand_id=errand)],
                              errands=[ChatErrand(errand_id=errand, kind="buy", state="searching")])

        async def follow(errand_id: str) -> dict[str, Any] | None:
            status = await read_errand()
            return {"state": status.state, "finished": status.finished}

        wake = asyncio.Event()
        with HistoryWatch(client, wake) as watch:
            stream = chat_stream(read, None, 30.0, None, follow, wake, watch, chat)
            assert "turn" in await _next_frame(stream, 10)
            assert '"state":"started"' in await _next_frame(stream, 10)
            await asyncio.sleep(0.5)
            await client.get_workflow_handle(errand).signal(Probe.step, "awaiting_approval")
            assert '"state":"awaiting_approval"' in await _next_frame(stream, 5)
            for workflow_id in (chat, errand):
                await client.get_workflow_handle(workflow_id).signal(Probe.step, "finished")
