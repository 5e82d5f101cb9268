"""A sentence to an errand through the planner, the same way the chat reads it.

The API plans nothing itself: it opens a one-message conversation (``ConversationWorkflow``), whose planner
activity (``plan_errand``, with the worker's planner settings: offline rules or a model) reads the sentence
and either starts the errand as a child (abandoned when the chat closes, so it outlives it) or asks a
question. The planner call is recorded in the ledger like any chat turn, and the API holds no model key.
The conversation is closed once it has answered.

What comes back: the errand it started; or, when the planner asks, the question (a 422 whose code is
``clarification_needed``: nothing was started, and the caller sends a fuller sentence or opens a chat); or
a refusal that names why nothing started. The planner's answer to a question about an errand is not
relayed (it is read from an errand the caller may not own): ``GET /errands/{id}`` answers that.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from temporalio.client import Client
from temporalio.service import RPCError

from errand.cli.cmd_chat import start_chat
from errand.workflows import ChatEnd, ChatMessage

from . import service
from .errors import ApiError
from .state import ApiState

PLAN_TIMEOUT_SECONDS = 60.0
"""How long a start waits for the planner's answer (a model backend retries with back-off before it)."""
_POLL_SECONDS = 0.02


@dataclass(frozen=True)
class Planned:
    errand_id: str
    summary: str
    chat_id: str


async def start_from_sentence(state: ApiState, shopper_id: str, sentence: str, *,
                              timeout: float = PLAN_TIMEOUT_SECONDS) -> Planned:
    """Plan ``sentence`` for ``shopper_id`` and return the errand it started; an ``ApiError`` otherwise."""
    client = await state.temporal()
    chat_id = await service.guarded(start_chat(client, state.settings, shopper_id))
    state.store.own(chat_id, shopper_id, "chat", "a sentence sent to POST /errands")
    handle = client.get_workflow_handle(chat_id)
    await service.guarded(handle.signal("message", ChatMessage(text=sentence)))
    turn, errands = await _first_answer(client, chat_id, timeout)
    if turn is None:
        raise ApiError(504, "planner_timeout", f"the planner did not answer within {timeout:.0f} s; nothing was "
                       f"started yet: follow /chats/{chat_id}/events to see what it does")
    await _close(client, chat_id)
    kind, text, errand_id = turn.get("kind"), str(turn.get("text", "")), turn.get("errand_id")
    if kind == "started" and isinstance(errand_id, str):
        summary = next((str(e.get("summary", "")) for e in errands if e.get("errand_id") == errand_id), "")
        return Planned(errand_id=errand_id, summary=summary or sentence, chat_id=chat_id)
    if kind == "question":
        raise ApiError(422, "clarification_needed", text)
    if kind == "unavailable":
        raise ApiError(422, "not_available", text)
    if kind == "error":
        raise ApiError(503, "planner_unavailable", "the planner could not read the sentence right now; nothing "
                       "was started: try again in a minute")
    raise ApiError(422, "not_an_errand", "that reads as a question about an errand, not one to start: read an "
                   "errand with GET /errands/{errand_id}, or ask in a chat")


async def _first_answer(client: Client, chat_id: str, timeout: float) -> tuple[dict[str, Any] | None,
                                                                               list[dict[str, Any]]]:
    """The conversation's first agent turn after the sentence, and its errands; (None, []) on timeout."""
    handle = client.get_workflow_handle(chat_id)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        try:
            status: dict[str, Any] = await handle.query("status", result_type=dict)
        except RPCError:
            status = {}  # the first workflow task has not run yet
        turns = status.get("turns") or []
        answered = [t for t in turns if t.get("who") == "agent"]
        if answered:
            return answered[0], list(status.get("errands") or [])
        await asyncio.sleep(_POLL_SECONDS)
    return None, []


async def _close(client: Client, chat_id: str) -> None:
    try:
        await client.get_workflow_handle(chat_id).signal("end", ChatEnd(reason="answered POST /errands"))
    except RPCError:
        pass  # it ended already; the errand it started goes on either way
