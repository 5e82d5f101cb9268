"""Server-sent events: an errand's timeline and a conversation's turns, as they happen, resumable.

Each event's id is the time of the entry it reports (microseconds since the epoch) and its rank among
entries of the same instant, ``<micros>-<rank>``: timelines and turns only grow, and a conversation carries
its turns (with their times) into its next run, so the id names the same entry across reconnects. A client
that reconnects with ``Last-Event-ID`` gets only what came after it. The stream reads the status every
``ApiState.poll_seconds``; an errand's stream ends (``event: end``) once the errand has finished.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any

from errand.domain.models import TimelineEntry
from errand.workflows.chat_models import ChatTurn

KEEPALIVE_SECONDS = 15.0
RETRY_MILLISECONDS = 2000

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
                        poll_seconds: float) -> AsyncIterator[str]:
    """The errand's timeline after ``last``; then, as it grows, each new entry with the state at that moment."""
    yield f"retry: {RETRY_MILLISECONDS}\n\n"
    idle = 0.0
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
        idle = 0.0 if sent else idle + poll_seconds
        if idle >= KEEPALIVE_SECONDS:
            idle = 0.0
            yield ": keepalive\n\n"
        await asyncio.sleep(poll_seconds)


def turn_data(chat_id: str, turn: ChatTurn) -> dict[str, Any]:
    return {"chat_id": chat_id, "at": turn.at.isoformat(), "who": turn.who, "text": turn.text, "kind": turn.kind,
            "errand_id": turn.errand_id}


async def chat_stream(read: Callable[[], Awaitable[Any]], last: tuple[int, int] | None, poll_seconds: float,
                      on_errand: Callable[[str], None] | None = None) -> AsyncIterator[str]:
    """The conversation's turns after ``last`` (shopper's and agent's), then new ones as they come; an
    ``errand`` event whenever an errand the chat follows changes state."""
    yield f"retry: {RETRY_MILLISECONDS}\n\n"
    states: dict[str, str] = {}
    idle = 0.0
    while True:
        status = await read()
        sent = False
        for turn, position in zip(status.turns, ranked([t.at for t in status.turns]), strict=True):
            if last is not None and position <= last:
                continue
            last = position
            sent = True
            yield frame(f"{position[0]}-{position[1]}", "turn", turn_data(status.errand_id, turn))
        for errand in status.errands:
            if states.get(errand.errand_id) != errand.state:
                if errand.errand_id not in states and on_errand is not None:
                    on_errand(errand.errand_id)
                states[errand.errand_id] = errand.state
                sent = True
                yield frame(None, "errand", errand.model_dump(mode="json"))
        if status.finished:
            yield frame(None, "end", {"chat_id": status.errand_id, "state": status.state})
            return
        idle = 0.0 if sent else idle + poll_seconds
        if idle >= KEEPALIVE_SECONDS:
            idle = 0.0
            yield ": keepalive\n\n"
        await asyncio.sleep(poll_seconds)
