"""Chat sessions: a ConversationWorkflow per session; messages in, the agent's turns out as server-sent
events. The conversation never approves: a quote it relays is approved on its errand's own route."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Header, Request
from fastapi.responses import StreamingResponse
from temporalio.client import WorkflowQueryRejectedError
from temporalio.common import QueryRejectCondition
from temporalio.service import RPCError

from errand.cli.cmd_chat import start_chat
from errand.cli.kinds import kind_of
from errand.workflows import ChatEnd, ChatMessage

from . import service
from .auth import Shopper, ShopperDep
from .errors import ERROR_RESPONSES, ApiError
from .events import HistoryWatch, chat_stream, parse_last_event_id
from .idempotency import once
from .models import Accepted, ChatMessageBody, ChatRef, ChatStart, ChatView
from .pages import card_html
from .routes_errands import SSE_HEADERS
from .state import ApiState, api_state

router = APIRouter(tags=["chat"], responses=ERROR_RESPONSES)


def _links(chat_id: str) -> dict[str, str]:
    return {"self": f"/chats/{chat_id}", "messages": f"/chats/{chat_id}/messages",
            "events": f"/chats/{chat_id}/events"}


async def _chat(state: ApiState, shopper: Shopper, chat_id: str) -> Any:
    if not chat_id.startswith("chat-"):
        raise service.not_found(chat_id)
    return await service.owned_status(state, shopper, chat_id)


async def _chat_now(state: ApiState, shopper: Shopper, chat_id: str) -> Any:
    """The chat's status from one query while it runs (no describe first: a message and each stream read
    ask it); the full read when it has finished or is not there. Another shopper's chat is a 404 either way."""
    if not chat_id.startswith("chat-"):
        raise service.not_found(chat_id)
    status = await _running_status(state, chat_id)
    if status is None:
        return await service.owned_status(state, shopper, chat_id)
    if status.shopper_id != shopper.shopper_id:
        raise service.not_found(chat_id)
    return status


@router.post("/chats", status_code=201, response_model=ChatRef, summary="Open a chat session")
async def open_chat(request: Request, body: ChatStart, shopper: Shopper = ShopperDep,
                    idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    state = api_state(request)

    async def produce() -> tuple[int, ChatRef]:
        chat_id = await service.guarded(start_chat(await state.temporal(), state.settings, shopper.shopper_id))
        state.store.own(chat_id, shopper.shopper_id, "chat", "chat")
        return 201, ChatRef(chat_id=chat_id, links=_links(chat_id))

    return await once(request, shopper.scope, body, produce)


@router.get("/chats/{chat_id}", response_model=ChatView, summary="The conversation so far")
async def get_chat(request: Request, chat_id: str, shopper: Shopper = ShopperDep) -> ChatView:
    status = await _chat(api_state(request), shopper, chat_id)
    return ChatView(chat_id=chat_id, state=status.state, status=status.model_dump(mode="json"))


@router.post("/chats/{chat_id}/messages", status_code=202, response_model=Accepted,
             summary="Say something to the agent; its answer comes on the events stream")
async def send_message(request: Request, chat_id: str, body: ChatMessageBody, shopper: Shopper = ShopperDep,
                       idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    state = api_state(request)

    async def produce() -> tuple[int, Accepted]:
        status = await _chat_now(state, shopper, chat_id)
        if status.finished:
            raise ApiError(409, "chat_ended", f"the chat {chat_id} has ended; open a new one")
        client = await state.temporal()
        await service.guarded(client.get_workflow_handle(chat_id).signal(
            "message", ChatMessage(text=body.text.strip(), photos=body.photos)))
        state.nudge(chat_id)
        return 202, Accepted(errand_id=chat_id, accepted="message", state=status.state)

    return await once(request, shopper.scope, body, produce)


@router.post("/chats/{chat_id}/end", status_code=202, response_model=Accepted, summary="Close the chat")
async def end_chat(request: Request, chat_id: str, shopper: Shopper = ShopperDep,
                   idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    state = api_state(request)

    async def produce() -> tuple[int, Accepted]:
        status = await _chat(state, shopper, chat_id)
        client = await state.temporal()
        await service.guarded(client.get_workflow_handle(chat_id).signal("end", ChatEnd()))
        return 202, Accepted(errand_id=chat_id, accepted="end", state=status.state)

    return await once(request, shopper.scope, None, produce)


@router.get("/chats/{chat_id}/events", summary="The conversation's turns as server-sent events",
            response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}},
                             "description": "turn events (id resumable), errand events, then end"}})
async def chat_events(request: Request, chat_id: str, shopper: Shopper = ShopperDep,
                      last_event_id: str | None = Header(default=None, alias="Last-Event-ID")) -> StreamingResponse:
    state = api_state(request)
    await _chat_now(state, shopper, chat_id)
    client = await state.temporal_or_none()

    async def read() -> Any:
        return await _chat_now(state, shopper, chat_id)

    def remember(errand_id: str) -> None:
        # An errand the chat started is the shopper's: it joins their list (and its pages).
        state.store.own(errand_id, shopper.shopper_id, errand_id.split("-", 1)[0], "from chat")

    async def follow(errand_id: str) -> dict[str, Any] | None:
        return await errand_now(state, shopper, errand_id)

    async def stream() -> AsyncIterator[str]:
        with state.listening(chat_id) as wake, contextlib.ExitStack() as stack:
            watch = None if client is None else stack.enter_context(HistoryWatch(client, wake))
            async for event in chat_stream(read, parse_last_event_id(last_event_id), state.poll_seconds, remember,
                                           follow, wake, watch, chat_id):
                yield event

    return StreamingResponse(stream(), media_type="text/event-stream", headers=SSE_HEADERS)


async def errand_now(state: ApiState, shopper: Shopper, errand_id: str) -> dict[str, Any] | None:
    """An errand the chat started, read from the errand itself (as ``errand chat`` follows it): its state,
    whether it finished, its total and order, and its quote card for the chat page. None when it cannot be
    read now, or is not this shopper's (the conversation's own copy then stands)."""
    try:
        status = await _running_status(state, errand_id)
        if status is None:  # finished, or not there: the full read says which
            status = await service.owned_status(state, shopper, errand_id)
    except ApiError:
        return None
    if status.shopper_id != shopper.shopper_id:
        return None
    quote = getattr(status, "quote", None)
    order = getattr(status, "order", None)
    now: dict[str, Any] = {"state": status.state, "finished": status.finished, "card_html": card_html(status)}
    if quote is not None:
        now["total"] = quote.total
    if order is not None:
        now["order_id"] = order.order_id
    return now


async def _running_status(state: ApiState, errand_id: str) -> Any:
    """A running errand's status from one query (no describe first: the stream asks often); None when the
    query is refused (the errand finished or is not there)."""
    if not service.ERRAND_ID.match(errand_id):
        return None
    model = kind_of(errand_id).status_model
    client = await state.temporal()
    try:
        return await client.get_workflow_handle(errand_id).query("status", result_type=model,
                                                                 reject_condition=QueryRejectCondition.NOT_OPEN)
    except (RPCError, WorkflowQueryRejectedError):
        return None
