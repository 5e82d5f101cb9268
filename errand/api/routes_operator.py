"""Operator endpoints: the needs-human queue, decisions on returns, the kill switch, KPIs. Operator token only."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Header, Request

from errand.cli.cmd_chat import set_kill_switch
from errand.domain.returns import Decision
from errand.ledger import Ledger
from errand.ledger.kpis import kpis_from_ledger, normalize_kind, parse_since

from . import service
from .auth import Operator, OperatorDep
from .errors import ERROR_RESPONSES, ApiError
from .idempotency import once
from .models import (
    Accepted,
    ErrandView,
    KillSwitchBody,
    KillSwitchResult,
    NeedsHuman,
    NeedsHumanList,
    ReturnDecisionBody,
)
from .routes_errands import view_of
from .state import api_state

router = APIRouter(prefix="/operator", tags=["operator"], responses=ERROR_RESPONSES)


@router.get("/needs-human", response_model=NeedsHumanList, summary="Errands waiting for a person")
async def needs_human(request: Request, operator: Operator = OperatorDep) -> NeedsHumanList:
    from errand.domain.returns import SEARCH_ATTRIBUTE_NEEDS_HUMAN
    from errand.worker.search_attributes import register_search_attributes

    state = api_state(request)
    client = await state.temporal()
    # A namespace that has never seen a return lacks the attribute the query names: add it (as `errand return`).
    if not await register_search_attributes(client, state.settings.temporal_namespace):
        raise ApiError(503, "temporal_error", "the namespace has no ErrandNeedsHuman search attribute and "
                       "Temporal refused to add it")
    found: list[NeedsHuman] = []
    query = (f'TaskQueue="{state.settings.task_queue}" AND ExecutionStatus="Running" AND '
             f"{SEARCH_ATTRIBUTE_NEEDS_HUMAN} = true")

    async def collect() -> None:
        async for execution in client.list_workflows(query):
            status = await service.any_status(state, execution.id)
            found.append(NeedsHuman(errand_id=execution.id, state=status.state,
                                    summary=getattr(status, "outcome", "") or status.state))
            if len(found) >= 200:
                return

    await service.guarded(collect())
    return NeedsHumanList(errands=found)


@router.get("/errands/{errand_id}", response_model=ErrandView, summary="Any errand's status")
async def operator_errand(request: Request, errand_id: str, operator: Operator = OperatorDep) -> ErrandView:
    return view_of(await service.any_status(api_state(request), errand_id))


@router.post("/errands/{errand_id}/decision", status_code=202, response_model=Accepted,
             summary="Settle a return the rules could not (recorded at the returns desk first)")
async def decide_return(request: Request, errand_id: str, body: ReturnDecisionBody,
                        operator: Operator = OperatorDep,
                        idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    from errand.cli.cmd_return import decide

    state = api_state(request)

    async def produce() -> tuple[int, Accepted]:
        status = await service.any_status(state, errand_id)
        if status.kind != "return":
            raise ApiError(409, "not_a_return", f"{errand_id} is not a return errand")
        client = await state.temporal()
        done = await service.guarded(decide(client, errand_id, Decision(approve=body.approve, note=body.note),
                                            state.settings))
        return 202, Accepted(errand_id=errand_id, accepted="decision", state=done.state)

    return await once(request, operator.scope, body, produce)


@router.post("/kill-switch", response_model=KillSwitchResult, summary="Hold (or release) every running errand")
async def kill_switch(request: Request, body: KillSwitchBody, operator: Operator = OperatorDep,
                      idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    state = api_state(request)

    async def produce() -> tuple[int, KillSwitchResult]:
        count = await service.guarded(set_kill_switch(await state.temporal(), state.settings, body.on, body.reason))
        return 200, KillSwitchResult(on=body.on, errands=count)

    return await once(request, operator.scope, body, produce)


@router.get("/kpis", summary="Funnel, durations and money KPIs from the ledger")
async def kpis(request: Request, since: str | None = None, kind: str | None = None,
               operator: Operator = OperatorDep) -> dict[str, object]:
    state = api_state(request)
    try:
        start = parse_since(since)
        wanted = normalize_kind(kind)
    except ValueError as exc:
        raise ApiError(422, "invalid_request", str(exc)) from exc

    def read() -> dict[str, object]:
        with Ledger(state.settings.ledger_url) as ledger:
            return kpis_from_ledger(ledger, since=start, kind=wanted).as_json()

    return await asyncio.to_thread(read)
