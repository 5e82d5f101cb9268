"""The chat's event stream follows each errand the chat started by the errand's own state: the conversation
relays its errands' progress slowly, and a quote card drawn from its copy stayed at "reserving" without
its Approve button."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

from errand.api.events import chat_stream
from errand.workflows.chat_models import ChatErrand, ChatStatus, ChatTurn

ERRAND = "buy-alice-1234abcd"


def _chat(state: str, finished: bool = False) -> ChatStatus:
    at = datetime(2025, 5, 1, 12, tzinfo=UTC)
    return ChatStatus(errand_id="chat-alice-1", shopper_id="alice", state="ended" if finished else "listening",
                      turns=[ChatTurn(at=at, who="agent", text="On it", kind="started", errand_id=ERRAND)],
                      errands=[ChatErrand(errand_id=ERRAND, kind="buy", state=state)])


def _events(frames: list[str], name: str) -> list[dict[str, Any]]:
    out = []
    for text in frames:
        lines = dict(line.split(": ", 1) for line in text.strip().splitlines() if ": " in line)
        if lines.get("event") == name:
            out.append(json.loads(lines["data"]))
    return out


async def _collect(stream: Any, until: Any, timeout: float = 5.0) -> list[str]:
    frames: list[str] = []
    async with asyncio.timeout(timeout):
        async for text in stream:
            frames.append(text)
            if until(frames):
                break
    await stream.aclose()
    return frames


async def test_the_errands_own_state_wins_over_the_conversations_slow_copy() -> None:
    own = iter(["reserving", "awaiting_approval", "awaiting_approval"])

    async def read() -> ChatStatus:
        return _chat("reserving")  # the conversation has not relayed anything since

    async def follow(errand_id: str) -> dict[str, Any] | None:
        assert errand_id == ERRAND
        return {"state": next(own, "awaiting_approval"), "finished": False, "total": 3800}

    seen: list[str] = []
    stream = chat_stream(read, None, 0.01, seen.append, follow)
    frames = await _collect(stream, lambda f: any(e["state"] == "awaiting_approval" for e in _events(f, "errand")))
    states = [e["state"] for e in _events(frames, "errand")]
    assert states == ["reserving", "awaiting_approval"]
    assert _events(frames, "errand")[-1]["total"] == 3800 and seen == [ERRAND]


async def test_an_unreadable_errand_keeps_its_last_own_state_and_finished_ones_are_not_read() -> None:
    answers: list[dict[str, Any] | None] = [{"state": "awaiting_approval", "finished": False}, None, None,
                                            {"state": "delivered", "finished": True}]
    reads: list[str] = []

    async def read() -> ChatStatus:
        return _chat("reserving")

    async def follow(errand_id: str) -> dict[str, Any] | None:
        reads.append(errand_id)
        return answers.pop(0) if answers else {"state": "delivered", "finished": True}

    stream = chat_stream(read, None, 0.01, None, follow)
    frames = await _collect(stream, lambda f: any(e["state"] == "delivered" for e in _events(f, "errand")))
    # Two failed reads in between do not flip the card back to the conversation's stale "reserving".
    assert [e["state"] for e in _events(frames, "errand")] == ["awaiting_approval", "delivered"]
    count = len(reads)
    await asyncio.sleep(0.05)
    assert len(reads) == count  # the stream stopped (and, once delivered, reads it no more)


async def test_a_nudge_makes_the_stream_look_at_once() -> None:
    said = asyncio.Event()
    reads = 0

    async def read() -> ChatStatus:
        nonlocal reads
        reads += 1
        return _chat("answered", finished=reads > 1)

    wake = asyncio.Event()
    stream = chat_stream(read, None, 30.0, None, None, wake)

    async def nudge() -> None:
        await asyncio.sleep(0.1)
        said.set()
        wake.set()

    task = asyncio.create_task(nudge())
    frames = await _collect(stream, lambda f: bool(_events(f, "end")), timeout=2.0)
    await task
    assert said.is_set() and _events(frames, "end")
