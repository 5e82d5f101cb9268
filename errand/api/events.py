"""Server-sent events: an errand's timeline and a conversation's turns, as they happen, resumable.

Each event's id is the time of the entry it reports (microseconds since the epoch) and its rank among
entries of the same instant, ``<micros>-<rank>``: timelines and turns only grow, and a conversation carries
its turns (with their times) into its next run, so the id names the same entry across reconnects. A client
that reconnects with ``Last-Event-ID`` gets only what came after it. An errand's stream reads the status
every ``ApiState.poll_seconds`` and ends (``event: end``) once the errand has finished; a chat's stream looks
again soon after something happened and backs off to that interval while nothing does.

Given a ``HistoryWatch``, a stream is pushed rather than polled: the watch long-polls each followed workflow's
Temporal history (the server answers as events land) and wakes the stream when a workflow task completes,
the moment the status query can answer something new. Reading again every ``PUSHED_POLL_SECONDS`` stays as
the fallback.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any, Self

from temporalio.api.enums.v1 import EventType
from temporalio.client import Client
from temporalio.service import RPCError

from errand.domain.models import TimelineEntry
from errand.workflows.chat_models import ChatTurn

KEEPALIVE_SECONDS = 15.0
RETRY_MILLISECONDS = 2000
FAST_POLL_SECONDS = 0.05
"""How soon a chat's stream looks again after something happened: the next step usually follows quickly."""
BUSY_SECONDS = 5.0
"""How long a chat's stream keeps looking that often while an errand is working (searching, quoting) rather
than waiting for someone; then it backs off to ``poll_seconds``."""
_WAITING = ("awaiting_", "watching", "held")
PUSHED_POLL_SECONDS = 2.0
"""How often a pushed stream reads anyway (a change its watch missed, say while Temporal was unreachable)."""
WATCH_RETRY_SECONDS = 1.0

_CHANGED = {EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT,
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW}
_CLOSED = _CHANGED - {EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
                      EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW}


class HistoryWatch:
    """Wakes a stream (sets ``wake``) whenever a followed workflow completes a workflow task or closes.

    Each followed workflow's history is long-polled (``wait_new_event``): Temporal answers as soon as events
    are appended, so the stream reads the status once per change instead of every few milliseconds. A run
    that continues as new is followed into the next; a closed one is let go; an error (Temporal unreachable)
    is retried after ``WATCH_RETRY_SECONDS``, the stream's fallback reads covering the gap.
    """

    def __init__(self, client: Client, wake: asyncio.Event) -> None:
        self._client = client
        self.wake = wake
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def follow(self, workflow_id: str) -> None:
        if workflow_id not in self._tasks:
            self._tasks[workflow_id] = asyncio.create_task(self._watch(workflow_id))

    def close(self) -> None:
        for task in self._tasks.values():
            task.cancel()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    async def _watch(self, workflow_id: str) -> None:
        handle = self._client.get_workflow_handle(workflow_id)
        while True:
            closed = False
            try:
                async for event in handle.fetch_history_events(wait_new_event=True):
                    if event.event_type in _CHANGED:
                        self.wake.set()
                    closed = event.event_type in _CLOSED
            except RPCError:
                await asyncio.sleep(WATCH_RETRY_SECONDS)
                continue
            self.wake.set()
            if closed:
                return
            await asyncio.sleep(0.01)  # continued as new: the next run's history

_EVENT_OF = {"quote.offered": "quote", "errand.started": "state", "product.chosen": "state"}


def parse_last_event_id(text: str | None) -> tuple[int, int] | None:
    """``<micros>-<rank>`` → (micros, rank); None for a missing or malformed id (start from the beginning)."""
    if not text:
        return None
    micros, _, rank = text.strip().partition("-")
    if not (micros.isdigit() and rank.isdigit()) or len(micros) > 20 or len(rank) > 6:
        return None
    return int(micros), int(rank)


def _micros(at: datetime) -> int:
    return int(at.timestamp() * 1_000_000)


def ranked(times: Sequence[datetime]) -> list[tuple[int, int]]:
    """The event position of each entry: its time and its rank among earlier entries of the same time."""
    seen: dict[int, int] = {}
    out: list[tuple[int, int]] = []
    for at in times:
        micros = _micros(at)
        rank = seen.get(micros, 0)
        seen[micros] = rank + 1
        out.append((micros, rank))
    return out


def kind_of_timeline(entry: TimelineEntry) -> str:
    """The event type a client listens for: quote, question, outcome, refusal or state."""
    if entry.what in _EVENT_OF:
        return _EVENT_OF[entry.what]
    if entry.what.startswith("errand."):
        return "outcome"
    if entry.what.endswith(".refused"):
        return "refusal"
    if entry.what.startswith(("question", "slots.", "decision.")):
        return "question"
    return "state"


def frame(event_id: str | None, event: str, data: dict[str, Any]) -> str:
    lines = [f"id: {event_id}"] if event_id else []
    lines += [f"event: {event}", "data: " + json.dumps(data, ensure_ascii=False, separators=(",", ":"))]
    return "\n".join(lines) + "\n\n"


async def errand_stream(read: Callable[[], Awaitable[Any]], last: tuple[int, int] | None,
                        poll_seconds: float, watch: HistoryWatch | None = None,
                        errand_id: str | None = None) -> AsyncIterator[str]:
    """The errand's timeline after ``last``; then, as it grows, each new entry with the state at that moment.
    With ``watch`` (and the errand's id), it reads again when the errand's history says something changed."""
    yield f"retry: {RETRY_MILLISECONDS}\n\n"
    if watch is not None and errand_id is not None:
        watch.follow(errand_id)
    else:
        watch = None
    spoke_at = asyncio.get_running_loop().time()
    while True:
        status = await read()
        positions = ranked([e.at for e in status.timeline])
        sent = False
        for entry, position in zip(status.timeline, positions, strict=True):
            if last is not None and position <= last:
                continue
            last = position
            sent = True
            yield frame(f"{position[0]}-{position[1]}", kind_of_timeline(entry), {
                "errand_id": status.errand_id, "state": status.state, "at": entry.at.isoformat(), "who": entry.who,
                "what": entry.what, "detail": entry.detail, "finished": status.finished})
        if status.finished:
            yield frame(None, "end", {"errand_id": status.errand_id, "state": status.state,
                                      "outcome": status.outcome})
            return
        now = asyncio.get_running_loop().time()
        if sent:
            spoke_at = now
        elif now - spoke_at >= KEEPALIVE_SECONDS:
            spoke_at = now
            yield ": keepalive\n\n"
        await _woken(None if watch is None else watch.wake, poll_seconds if watch is None else PUSHED_POLL_SECONDS)


def turn_data(chat_id: str, turn: ChatTurn) -> dict[str, Any]:
    return {"chat_id": chat_id, "at": turn.at.isoformat(), "who": turn.who, "text": turn.text, "kind": turn.kind,
            "errand_id": turn.errand_id}


async def chat_stream(read: Callable[[], Awaitable[Any]], last: tuple[int, int] | None, poll_seconds: float,
                      on_errand: Callable[[str], None] | None = None,
                      follow: Callable[[str], Awaitable[dict[str, Any] | None]] | None = None,
                      wake: asyncio.Event | None = None, watch: HistoryWatch | None = None,
                      chat_id: str | None = None) -> AsyncIterator[str]:
    """The conversation's turns after ``last`` (shopper's and agent's), then new ones as they come; an
    ``errand`` event whenever an errand the chat started changes state.

    The conversation relays its errands' progress slowly (its follower backs off), so each unfinished
    errand is read through ``follow`` (its own status, or None when it cannot be read now) and its own
    state wins over the conversation's copy. The stream looks again ``FAST_POLL_SECONDS`` after anything
    changed or ``wake`` was set (the shopper just said something), backing off to ``poll_seconds``. With
    ``watch`` (whose ``wake`` is ``wake``), the conversation's and each unfinished errand's histories wake it
    instead, and it reads on its own only every ``PUSHED_POLL_SECONDS``.
    """
    yield f"retry: {RETRY_MILLISECONDS}\n\n"
    if watch is not None and chat_id is not None:
        watch.follow(chat_id)
        wake = watch.wake
    else:
        watch = None
    sent_states: dict[str, str] = {}
    changed_at = spoke_at = asyncio.get_running_loop().time()
    direct: dict[str, dict[str, Any]] = {}
    interval = poll_seconds
    while True:
        status = await read()
        sent = False
        for turn, position in zip(status.turns, ranked([t.at for t in status.turns]), strict=True):
            if last is not None and position <= last:
                continue
            last = position
            sent = True
            yield frame(f"{position[0]}-{position[1]}", "turn", turn_data(status.errand_id, turn))
        relayed = [errand.model_dump(mode="json") for errand in status.errands]
        if follow is not None:
            unfinished = [e["errand_id"] for e in relayed
                          if not e["finished"] and not direct.get(e["errand_id"], {}).get("finished")]
            if watch is not None:
                for errand_id in unfinished:
                    watch.follow(errand_id)
            for errand_id, fresh in zip(unfinished, await asyncio.gather(*map(follow, unfinished)), strict=True):
                if fresh is not None:
                    direct[errand_id] = fresh
        for errand in relayed:
            errand_id = errand["errand_id"]
            if errand["finished"] and not direct.get(errand_id, {}).get("finished"):
                direct.pop(errand_id, None)  # the conversation saw it end first (say, stopped by an operator)
            data = {**errand, **direct.get(errand_id, {})}
            if sent_states.get(errand_id) != data["state"]:
                if errand_id not in sent_states and on_errand is not None:
                    on_errand(errand_id)
                sent_states[errand_id] = data["state"]
                sent = True
                yield frame(None, "errand", data)
        if status.finished:
            yield frame(None, "end", {"chat_id": status.errand_id, "state": status.state})
            return
        loop_time = asyncio.get_running_loop().time()
        if sent:
            changed_at = loop_time
        working = any(not d.get("finished") and not str(d.get("state", "")).startswith(_WAITING)
                      for d in direct.values())
        busy = working and loop_time - changed_at < BUSY_SECONDS  # its next step is near: do not back off
        if watch is not None:
            interval = PUSHED_POLL_SECONDS  # the histories say when to look
        else:
            interval = FAST_POLL_SECONDS if sent or busy else min(interval * 1.5, poll_seconds)
        if sent:
            spoke_at = loop_time
        elif loop_time - spoke_at >= KEEPALIVE_SECONDS:
            spoke_at = loop_time
            yield ": keepalive\n\n"
        if await _woken(wake, interval) and watch is None:
            interval = FAST_POLL_SECONDS


async def _woken(wake: asyncio.Event | None, seconds: float) -> bool:
    """Sleep ``seconds``, or less when ``wake`` is set meanwhile (answers whether it was, and clears it)."""
    if wake is None:
        await asyncio.sleep(seconds)
        return False
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(wake.wait(), seconds)
    woken = wake.is_set()
    wake.clear()
    return woken
