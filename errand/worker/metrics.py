"""The worker's Prometheus metrics, served on ``/metrics`` (``ERRAND_METRICS_PORT``).

Errand's own series are counted outside workflow code, which must stay deterministic: what happened to an
errand is read from the ledger rows the worker writes (``errand.started``, ``approval.refused``,
``payment.captured``, …), each counted once (a retried write that finds its row already there is not
counted again); planner calls and their latency from the activity that calls the planner; backend errors
from the connectors' HTTP answers. The Temporal SDK's own runtime metrics (task slots, poll and request
latencies, workflow and activity completions) are exported by its core on a loopback port of their own
and appended to the same ``/metrics`` answer, so one scrape target has both.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import aiohttp
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from temporalio import activity
from temporalio.runtime import PrometheusConfig, Runtime, TelemetryConfig
from temporalio.worker import ActivityInboundInterceptor, ExecuteActivityInput, Interceptor

from errand.ledger import LedgerRecord

REGISTRY = CollectorRegistry(auto_describe=True)

ERRANDS_STARTED = Counter("errand_errands_started", "Errands started, by kind.", ["kind"], registry=REGISTRY)
ERRANDS_ENDED = Counter("errand_errands_ended", "Errands ended, by kind and outcome (final state).",
                        ["kind", "outcome"], registry=REGISTRY)
APPROVALS = Counter("errand_approvals", "Approvals received, accepted or refused, by verdict.",
                    ["result", "verdict"], registry=REGISTRY)
HOLDS = Counter("errand_payment_holds", "Payment holds (authorizations) placed.", registry=REGISTRY)
CAPTURES = Counter("errand_payment_captures", "Payments captured.", registry=REGISTRY)
VOIDS = Counter("errand_payment_voids", "Payment holds voided.", registry=REGISTRY)
REFUNDS = Counter("errand_payment_refunds", "Payments refunded.", registry=REGISTRY)
COMPENSATIONS = Counter("errand_compensations", "Compensating (rollback) steps, by action and outcome.",
                        ["action", "outcome"], registry=REGISTRY)
PLANNER_CALLS = Counter("errand_planner_calls", "Planner calls, by outcome.", ["outcome"], registry=REGISTRY)
PLANNER_LATENCY = Histogram("errand_planner_latency_seconds", "Planner call latency.", registry=REGISTRY,
                            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 40, 60))
BACKEND_ERRORS = Counter("errand_backend_errors", "Backend answers of 4xx/5xx and transport failures, by "
                         "merchant (host) and route.", ["merchant", "route", "status"], registry=REGISTRY)

PLANNER_ACTIVITIES = frozenset({"plan_errand"})
_COMPENSATING = {"stock.released": "release_stock", "payment.voided": "void_payment",
                 "order.cancelled": "cancel_order", "capacity.released": "release_capacity",
                 "branch.cancelled": "cancel_branch", "mandate.revoked": "revoke_mandate"}
_FAILED_COMPENSATION = re.compile(r"^compensation\.(?P<action>[a-z_]{1,40})_failed$")
_KIND = re.compile(r"^[a-z_]{1,20}$")
_LABEL = re.compile(r"^[a-z0-9_.:-]{1,64}$")


def _kind(errand_id: str) -> str:
    prefix = errand_id.split("-", 1)[0]
    return prefix if _KIND.match(prefix) else "other"


def _label(value: Any, default: str) -> str:
    text = str(value) if value is not None else ""
    return text if _LABEL.match(text) else default


def count_ledger_row(record: LedgerRecord) -> None:
    """Count one newly written ledger row in the series it belongs to (most rows count in none)."""
    what = record.what
    if what == "errand.started":
        ERRANDS_STARTED.labels(_kind(record.errand_id)).inc()
    elif what.startswith("errand."):
        ERRANDS_ENDED.labels(_kind(record.errand_id), _label(what.removeprefix("errand."), "other")).inc()
    elif what in ("approval.accepted", "approval.refused"):
        verdict = record.evidence.get("verdict") or ("valid" if what == "approval.accepted" else "other")
        APPROVALS.labels(what.removeprefix("approval."), _label(verdict, "other")).inc()
    elif what == "payment.authorized":
        HOLDS.inc()
    elif what == "payment.captured":
        CAPTURES.inc()
    elif what == "payment.refunded":
        REFUNDS.inc()
    if what == "payment.voided":
        VOIDS.inc()
    if what in _COMPENSATING:
        COMPENSATIONS.labels(_COMPENSATING[what], "done").inc()
    elif failed := _FAILED_COMPENSATION.match(what):
        COMPENSATIONS.labels(failed["action"], "failed").inc()


class _ActivityMetrics(ActivityInboundInterceptor):
    async def execute_activity(self, input: ExecuteActivityInput) -> Any:
        kind = activity.info().activity_type
        if kind not in PLANNER_ACTIVITIES:
            return await super().execute_activity(input)
        started = time.perf_counter()
        outcome = "error"
        try:
            result = await super().execute_activity(input)
            outcome = "ok"
            return result
        finally:
            PLANNER_CALLS.labels(outcome).inc()
            PLANNER_LATENCY.observe(time.perf_counter() - started)


class MetricsInterceptor(Interceptor):
    """Planner calls and latency, measured around the activity that calls the planner."""

    def intercept_activity(self, next: ActivityInboundInterceptor) -> ActivityInboundInterceptor:
        return _ActivityMetrics(next)


_ID_LIKE = re.compile(r"[0-9_.A-Z%]|^.{25,}$")
MAX_ROUTES = 200
_routes: set[str] = set()


def route_of(path: str) -> str:
    """A path with its id-like segments (digits, underscores, dots, capitals, long) as ``{id}``; a bounded set."""
    route = "/".join("{id}" if _ID_LIKE.search(part) else part for part in path.split("/")) or "/"
    if route not in _routes:
        if len(_routes) >= MAX_ROUTES:
            return "other"
        _routes.add(route)
    return route


async def _on_request_end(_session: Any, _ctx: SimpleNamespace, params: aiohttp.TraceRequestEndParams) -> None:
    status = params.response.status
    if status >= 400:
        BACKEND_ERRORS.labels(f"{params.url.host}:{params.url.port}", route_of(params.url.path), str(status)).inc()


async def _on_request_exception(_session: Any, _ctx: SimpleNamespace,
                                params: aiohttp.TraceRequestExceptionParams) -> None:
    BACKEND_ERRORS.labels(f"{params.url.host}:{params.url.port}", route_of(params.url.path), "transport").inc()


def backend_error_trace_config() -> aiohttp.TraceConfig:
    """Count every 4xx/5xx answer and transport failure of the connectors, by merchant and route."""
    config = aiohttp.TraceConfig()
    config.on_request_end.append(_on_request_end)
    config.on_request_exception.append(_on_request_exception)
    return config


def temporal_runtime(port: int) -> Runtime:
    """A Temporal runtime whose core exports its metrics in Prometheus format on ``127.0.0.1:port``."""
    return Runtime(telemetry=TelemetryConfig(metrics=PrometheusConfig(bind_address=f"127.0.0.1:{port}")))


async def render(temporal_metrics_url: str = "") -> bytes:
    """Errand's series, then the Temporal SDK's (when its exporter answers: a scrape never fails on it)."""
    body = generate_latest(REGISTRY)
    if temporal_metrics_url:
        try:
            async with (aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session,
                        session.get(temporal_metrics_url) as answer):
                if answer.status == 200:
                    body += b"\n" + await answer.read()
        except (TimeoutError, aiohttp.ClientError):
            pass
    return body


@contextlib.asynccontextmanager
async def metrics_listener(port: int, host: str = "127.0.0.1",
                           temporal_metrics_url: str = "") -> AsyncIterator[web.AppRunner]:
    """A small HTTP listener answering ``GET /metrics``, stopped on exit."""

    async def metrics(_request: web.Request) -> web.Response:
        response = web.Response(body=await render(temporal_metrics_url))
        response.headers["Content-Type"] = CONTENT_TYPE_LATEST
        return response

    app = web.Application()
    app.router.add_get("/metrics", metrics)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
        yield runner
    finally:
        await runner.cleanup()
