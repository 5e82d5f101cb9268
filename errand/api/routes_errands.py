"""Errands: start one (a sentence or a typed intent), list, read, follow (server-sent events), approve with
a signature (or a passkey), reject, and the bulk order's decision after a branch failed."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Header, Request
from fastapi.responses import StreamingResponse
from pydantic import ValidationError

from errand.cli import errands
from errand.domain.models import BuyIntent, SignedApproval

from . import listing, planning, service
from .auth import Shopper, ShopperDep
from .errors import ERROR_RESPONSES, ApiError
from .events import HistoryWatch, errand_stream, parse_last_event_id
from .idempotency import once
from .models import (
    Accepted,
    BulkDecisionBody,
    ErrandList,
    ErrandRef,
    ErrandView,
    RejectBody,
    SlotBody,
    StartErrand,
)
from .state import api_state

router = APIRouter(tags=["errands"], responses=ERROR_RESPONSES)
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def links(errand_id: str) -> dict[str, str]:
    return {"self": f"/errands/{errand_id}", "events": f"/errands/{errand_id}/events",
            "page": f"/app/errands/{errand_id}"}


def view_of(status: Any) -> ErrandView:
    return ErrandView(errand_id=status.errand_id, kind=status.kind, shopper_id=status.shopper_id,
                      state=status.state, finished=status.finished, outcome=status.outcome,
                      status=status.model_dump(mode="json"))


async def _start(request: Request, shopper: Shopper, body: StartErrand) -> ErrandRef:
    state = api_state(request)
    if body.sentence is not None:
        planned = await planning.start_from_sentence(state, shopper.shopper_id, body.sentence)
        errand_id, summary = planned.errand_id, planned.summary
    else:
        assert body.intent is not None
        try:
            intent = BuyIntent(shopper_id=shopper.shopper_id, **body.intent.model_dump())
        except ValidationError as exc:
            raise ApiError(422, "invalid_request", str(exc.errors(include_url=False)[0]["msg"])) from exc
        errand_id = await service.guarded(_start_typed(await state.temporal(), state.settings, intent))
        summary = errands.summary_of(intent)
    state.store.own(errand_id, shopper.shopper_id, errand_id.split("-", 1)[0], summary)
    return ErrandRef(errand_id=errand_id, kind=errand_id.split("-", 1)[0], summary=summary, links=links(errand_id))


async def _start_typed(client: Any, settings: Any, intent: BuyIntent) -> str:
    """A typed intent takes the sentence path's checks and request (``errands.start_buy`` without parsing)."""
    import uuid

    from errand.domain.policy import caps_from_settings
    from errand.workflows import BuyRequest, BuyWorkflow

    await errands.check_shopper(settings, intent)
    errand_id = f"buy-{intent.shopper_id}-{uuid.uuid4().hex[:8]}"
    request = BuyRequest(intent=intent, approval_timeout_seconds=settings.approval_timeout_seconds,
                         shipment_poll_seconds=settings.shipment_poll_seconds,
                         caps=caps_from_settings(settings.cap_per_errand, settings.cap_per_day))
    await client.start_workflow(BuyWorkflow.run, request, id=errand_id, task_queue=settings.task_queue,
                                static_summary=errands.summary_of(intent), **errands.held_start(settings))
    return errand_id


@router.post("/errands", status_code=201, response_model=ErrandRef,
             summary="Start an errand from a sentence or a typed intent",
             description="A sentence goes through the planner (the chat's, with the worker's planner settings) "
                         "and starts the errand it reads: a purchase, bulk order, return, price watch or "
                         "reschedule. When the planner asks a question instead, the answer is **422** with "
                         "`error.code` `clarification_needed` and the question as `error.message`; nothing was "
                         "started (send a fuller sentence, or open a chat to answer it there). Other refusals: "
                         "`not_an_errand` (a question about an errand), `not_available` (a kind this worker does "
                         "not run), 503 `planner_unavailable`, 504 `planner_timeout`.")
async def start_errand(request: Request, body: StartErrand, shopper: Shopper = ShopperDep,
                       idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    async def produce() -> tuple[int, ErrandRef]:
        return 201, await _start(request, shopper, body)

    return await once(request, shopper.scope, body, produce)


@router.get("/errands", response_model=ErrandList, summary="The signed-in shopper's errands, newest first",
            description="Every errand of the shopper that Temporal holds on this task queue, wherever it was "
                        "started (the API, `errand` commands, a chat, MCP, a watch buying); never another "
                        "shopper's. `kind` filters by the id's kind (`buy`, `bulk`, `return`, `watch`, `resched`) "
                        "or the workflow type. 503 while Temporal cannot be reached.")
async def list_errands(request: Request, shopper: Shopper = ShopperDep, kind: str | None = None,
                       limit: int = 50) -> ErrandList:
    if not 1 <= limit <= 200:
        raise ApiError(422, "invalid_request", "limit must be between 1 and 200")
    if kind is not None and len(kind) > 32:
        raise ApiError(422, "invalid_request", "kind is at most 32 characters")
    rows = await listing.errands_of(api_state(request), shopper.shopper_id, limit, kind)
    return ErrandList(errands=[ErrandRef(errand_id=r.errand_id, kind=r.kind, summary=r.summary,
                                         created_at=r.created_at, execution=r.execution, links=links(r.errand_id))
                               for r in rows])


@router.get("/errands/{errand_id}", response_model=ErrandView, summary="One errand's status")
async def get_errand(request: Request, errand_id: str, shopper: Shopper = ShopperDep) -> ErrandView:
    return view_of(await service.owned_status(api_state(request), shopper, errand_id))


@router.get("/errands/{errand_id}/events", summary="The errand's timeline as server-sent events",
            response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}},
                             "description": "events quote, state, question, refusal, outcome; then end"}})
async def errand_events(request: Request, errand_id: str, shopper: Shopper = ShopperDep,
                        last_event_id: str | None = Header(default=None, alias="Last-Event-ID")) -> StreamingResponse:
    state = api_state(request)
    await service.owned_status(state, shopper, errand_id)  # 404 before the stream opens

    async def read() -> Any:
        return await service.owned_status(state, shopper, errand_id)

    client = await state.temporal_or_none()

    async def stream() -> AsyncIterator[str]:
        with contextlib.ExitStack() as stack:
            watch = None if client is None else stack.enter_context(HistoryWatch(client, asyncio.Event()))
            async for event in errand_stream(read, parse_last_event_id(last_event_id), state.poll_seconds, watch,
                                             errand_id):
                yield event

    return StreamingResponse(stream(), media_type="text/event-stream", headers=SSE_HEADERS)


@router.post("/errands/{errand_id}/approval", status_code=202, response_model=Accepted,
             summary="Approve the errand's quote with the shopper's signature or passkey assertion",
             description="The approval (an Ed25519 signature over the quote digest, or a WebAuthn assertion in "
                         "`passkey` whose challenge is derived from that digest) is verified against the errand's "
                         "current quote and the shopper's registered keys before it is signalled; the errand and "
                         "the wallet verify it again. The API never signs anything itself.")
async def approve(request: Request, errand_id: str, body: SignedApproval, shopper: Shopper = ShopperDep,
                  idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    state = api_state(request)

    async def produce() -> tuple[int, Accepted]:
        status = await service.verify_then_signal(state, await state.temporal(), shopper, errand_id, body)
        return 202, Accepted(errand_id=errand_id, accepted="approval", state=status.state)

    return await once(request, shopper.scope, body, produce)


@router.post("/errands/{errand_id}/reject", status_code=202, response_model=Accepted,
             summary="Decline the errand's quote")
async def reject(request: Request, errand_id: str, body: RejectBody, shopper: Shopper = ShopperDep,
                 idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    async def produce() -> tuple[int, Accepted]:
        status = await service.reject(api_state(request), shopper, errand_id, body.reason)
        return 202, Accepted(errand_id=errand_id, accepted="rejection", state=status.state)

    return await once(request, shopper.scope, body, produce)


@router.post("/errands/{errand_id}/decision", status_code=202, response_model=Accepted,
             summary="A bulk order after a branch failed: keep the rest, or cancel everything")
async def bulk_decision(request: Request, errand_id: str, body: BulkDecisionBody, shopper: Shopper = ShopperDep,
                        idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    from errand.domain.bulk import BulkDecision

    state = api_state(request)

    async def produce() -> tuple[int, Accepted]:
        status = await service.owned_status(state, shopper, errand_id)
        if status.kind != "bulk_order" or status.state != "awaiting_decision":
            raise ApiError(409, "nothing_to_decide", f"errand {errand_id} is {status.state.replace('_', ' ')}: "
                           "there is nothing to decide")
        signal = "accept_partial" if body.accept_partial else "cancel_all"
        client = await state.temporal()
        await service.guarded(client.get_workflow_handle(errand_id).signal(
            signal, BulkDecision(shopper_id=shopper.shopper_id)))
        return 202, Accepted(errand_id=errand_id, accepted=signal, state=status.state)

    return await once(request, shopper.scope, body, produce)


@router.post("/errands/{errand_id}/slot", status_code=202, response_model=Accepted,
             summary="A return: choose the pickup slot")
async def choose_slot(request: Request, errand_id: str, body: SlotBody, shopper: Shopper = ShopperDep,
                      idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    from errand.domain.returns import SlotChoice

    state = api_state(request)

    async def produce() -> tuple[int, Accepted]:
        status = await service.owned_status(state, shopper, errand_id)
        if status.kind != "return" or status.state != "awaiting_slot_choice":
            raise ApiError(409, "nothing_to_choose", f"errand {errand_id} is {status.state.replace('_', ' ')}: "
                           "there is no slot to choose")
        if body.slot_id not in {slot.slot_id for slot in status.slots}:
            raise ApiError(422, "unknown_slot", f"“{body.slot_id}” is not one of the offered slots")
        client = await state.temporal()
        await service.guarded(client.get_workflow_handle(errand_id).signal("choose_slot",
                                                                           SlotChoice(slot_id=body.slot_id)))
        return 202, Accepted(errand_id=errand_id, accepted="slot", state=status.state)

    return await once(request, shopper.scope, body, produce)
