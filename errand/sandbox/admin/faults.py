"""Fault injection: one-shot faults on a named route, and a standing, seeded profile of random faults.

One-shot faults (``POST /admin/faults {route, status, count, latency_ms, mode}``) make the next ``count``
calls of a route fail or slow down. The standing profile (``errand.sandbox.admin.fault_profile``: from
``ERRAND_SANDBOX_FAULTS_*`` or ``PUT /admin/faults/profile``) draws, for every call, whether it errors,
times out or has its answer dropped, deterministically under a seed.

What each kind does to the call:

- ``error``: rejected before the handler touches the database, so the change is never applied;
- ``timeout``: held for ``timeout_ms`` (past the client's timeout), then applied; a retry with the same
  Idempotency-Key waits for it and replays its answer;
- ``drop``: applied and stored, then the client gets a 502 ``connection_dropped`` instead of the answer
  (``errand.sandbox.common.idempotency`` swaps the response); a retry with the same key replays the stored answer.

Webhook senders ask ``FaultBook.webhook_plan(event_id)`` how to deliver one event (duplicated, held back).
Faults live in memory (one sandbox process).
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from errand.sandbox.admin.fault_profile import FaultProfile, unit_draw
from errand.sandbox.common.auth import require_operator
from errand.sandbox.common.errors import UCPError

FaultKind = Literal["error", "timeout", "drop", "crash"]

FAULT_HEADER = "x-sandbox-fault"
"""Set on every injected failure; the idempotency layer never stores such an answer."""

DROP_FLAG = "sandbox_fault_drop"
"""Key in the ASGI scope's state: the handler's answer must be dropped after it is stored."""

CRASH_FLAG = "sandbox_fault_crash"
"""Key in the ASGI scope's state: the process dies after the handler ran, before its answer is committed."""


class FaultSpec(BaseModel):
    """Body of ``POST /admin/faults``: a one-shot fault on the next ``count`` calls of ``route``."""

    route: str = Field(description="e.g. checkout.complete, wallet.capture, catalog.search")
    status: int = Field(default=500, ge=0, le=599, description="<400 means latency only (mode error)")
    count: int = Field(default=1, ge=1)
    latency_ms: int = Field(default=0, ge=0, le=60000)
    mode: FaultKind = Field(default="error", description="error: fail before applying; timeout: hold for "
                                                         "latency_ms, then apply; drop: apply, answer 502; "
                                                         "crash: apply, then the process dies before answering")


@dataclass
class _Fault:
    status: int
    remaining: int
    latency_ms: int
    mode: FaultKind = "error"


@dataclass(frozen=True)
class FaultDecision:
    """What happens to one call."""

    kind: FaultKind | None = None
    status: int = 0
    latency_ms: int = 0
    hold_ms: int = 0


@dataclass(frozen=True)
class WebhookPlan:
    """How to deliver one webhook event.

    Attributes:
        deliveries: how many times to send it (2 when duplicated).
        delay_ms: how long to hold it back before sending, so that later events overtake it.
    """

    deliveries: int = 1
    delay_ms: int = 0

    @property
    def duplicated(self) -> bool:
        return self.deliveries > 1

    @property
    def reordered(self) -> bool:
        return self.delay_ms > 0


class FaultBook:
    """The active faults: one-shot faults by route, the standing profile, and counts of what was injected.

    Args:
        profile: standing random faults (none when omitted).
    """

    def __init__(self, profile: FaultProfile | None = None) -> None:
        self._faults: dict[str, _Fault] = {}
        # Requests under an Idempotency-Key on the money paths decide in worker threads of their own, at once: a
        # fault set for one call is taken by one of them, and counts are not lost.
        self._lock = threading.RLock()
        self._profile = profile or FaultProfile()
        self._seen: Counter[tuple[str, str]] = Counter()
        self.injected: Counter[str] = Counter()

    @property
    def profile(self) -> FaultProfile:
        return self._profile

    def add(self, spec: FaultSpec) -> None:
        with self._lock:
            self._faults[spec.route] = _Fault(spec.status, spec.count, spec.latency_ms, spec.mode)

    def set_profile(self, profile: FaultProfile) -> None:
        """Replace the standing profile; draw counters restart so the seed replays from the beginning."""
        with self._lock:
            self._profile = profile
            self._seen.clear()

    def clear(self) -> None:
        """Remove one-shot faults and the standing profile, and reset the counts of what was injected."""
        with self._lock:
            self._faults.clear()
            self.set_profile(FaultProfile())
            self.injected.clear()

    def snapshot(self) -> dict[str, dict[str, int | str]]:
        with self._lock:
            return {route: {"status": f.status, "remaining": f.remaining, "latency_ms": f.latency_ms,
                            "mode": f.mode} for route, f in self._faults.items()}

    def decide(self, route: str, key: str = "") -> FaultDecision:
        """Decide the fate of one call of ``route`` (``key``: its Idempotency-Key, '' for reads)."""
        with self._lock:
            return self._decide(route, key)

    def _decide(self, route: str, key: str) -> FaultDecision:
        fault = self._faults.get(route)
        if fault is not None:
            fault.remaining -= 1
            if fault.remaining <= 0:
                del self._faults[route]
            if fault.mode == "timeout":
                return self._count(FaultDecision("timeout", hold_ms=fault.latency_ms), route)
            if fault.mode in ("drop", "crash"):
                return self._count(FaultDecision(fault.mode, latency_ms=fault.latency_ms), route)
            kind: FaultKind | None = "error" if fault.status >= 400 else None
            return self._count(FaultDecision(kind, status=fault.status, latency_ms=fault.latency_ms), route)
        rates = self._profile.for_route(route)
        if rates is None:
            return FaultDecision()
        # Keyed by (route, key, attempt): a write's fate does not depend on how other requests interleave.
        attempt = self._seen[(route, key)]
        self._seen[(route, key)] += 1
        draw = unit_draw(self._profile.seed, route, key, attempt)
        if draw < rates.error_rate:
            decision = FaultDecision("error", status=rates.error_status, latency_ms=rates.latency_ms)
        elif draw < rates.error_rate + rates.timeout_rate:
            decision = FaultDecision("timeout", latency_ms=rates.latency_ms, hold_ms=rates.timeout_ms)
        elif draw < rates.error_rate + rates.timeout_rate + rates.drop_rate:
            decision = FaultDecision("drop", latency_ms=rates.latency_ms)
        else:
            decision = FaultDecision(latency_ms=rates.latency_ms)
        return self._count(decision, route)

    def _count(self, decision: FaultDecision, route: str) -> FaultDecision:
        if decision.kind is not None:
            self.injected[f"{decision.kind}:{route}"] += 1
        return decision

    async def check(self, route: str, key: str = "", scope_state: dict[str, Any] | None = None) -> None:
        """Apply the fault decided for one call: sleep, raise an injected error, hold, or mark a drop."""
        decision = self.decide(route, key)
        if decision.latency_ms:
            await asyncio.sleep(decision.latency_ms / 1000)
        if decision.kind == "error":
            # The header tells the idempotency layer not to remember this answer: a retry must really run.
            raise UCPError(decision.status, "injected_fault", f"injected fault on {route}",
                           headers={FAULT_HEADER: "1"})
        if decision.kind == "timeout" and decision.hold_ms:
            # The client gives up meanwhile; the handler then runs and applies the change all the same.
            await asyncio.sleep(decision.hold_ms / 1000)
        if decision.kind == "drop" and scope_state is not None:
            scope_state[DROP_FLAG] = route
        if decision.kind == "crash" and scope_state is not None:
            scope_state[CRASH_FLAG] = route

    def webhook_plan(self, event_id: str) -> WebhookPlan:
        """How to deliver the webhook event ``event_id``: duplicated and/or held back, under the seed."""
        hooks = self._profile.webhooks
        seed = self._profile.seed
        deliveries = 2 if unit_draw(seed, "webhook.duplicate", event_id) < hooks.duplicate_rate else 1
        delay = hooks.reorder_delay_ms if unit_draw(seed, "webhook.reorder", event_id) < hooks.reorder_rate else 0
        if deliveries > 1:
            self.injected["duplicate:webhook"] += 1
        if delay:
            self.injected["reorder:webhook"] += 1
        return WebhookPlan(deliveries=deliveries, delay_ms=delay)


async def check_fault(request: Request, route: str) -> None:
    """Apply any injected fault for ``route`` (call first thing in a handler)."""
    state = request.scope.setdefault("state", {})
    await request.app.state.faults.check(route, request.headers.get("idempotency-key", ""), state)


def faults_router() -> APIRouter:
    """The fault book, under ``/admin``: an operator's lever only."""
    router = APIRouter(dependencies=[Depends(require_operator)])

    def view(book: FaultBook) -> dict[str, Any]:
        return {"faults": book.snapshot(), "profile": book.profile.model_dump(mode="json"),
                "injected": dict(sorted(book.injected.items()))}

    @router.post("/faults")
    async def inject(spec: FaultSpec, request: Request) -> dict[str, Any]:
        request.app.state.faults.add(spec)
        return view(request.app.state.faults)

    @router.put("/faults/profile")
    async def set_profile(profile: FaultProfile, request: Request) -> dict[str, Any]:
        request.app.state.faults.set_profile(profile)
        return view(request.app.state.faults)

    @router.delete("/faults")
    async def clear(request: Request) -> dict[str, Any]:
        request.app.state.faults.clear()
        return view(request.app.state.faults)

    @router.get("/faults")
    async def list_faults(request: Request) -> dict[str, Any]:
        return view(request.app.state.faults)

    return router
