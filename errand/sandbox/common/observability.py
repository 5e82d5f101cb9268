"""The sandbox's telemetry: traces, ``/metrics`` and JSON log lines.

Traces: with an OTLP endpoint (``ERRAND_OTLP_ENDPOINT`` or ``OTEL_EXPORTER_OTLP_ENDPOINT``) the FastAPI app is
instrumented and continues the caller's trace from its ``traceparent``, so a merchant's spans sit inside the
errand's trace; without one nothing is installed. ``/metrics`` (Prometheus text, the operator's credential)
counts requests by route template, method and status, with their latency. Log lines are JSON objects
(``ERRAND_LOG_FORMAT``; JSON unless stderr is a terminal) carrying the trace id and, for requests of the
platform or an operator, the errand id the platform sends as W3C baggage: an anonymous caller's baggage is
not believed, so nobody outside can file log lines under another errand.

The sandbox keeps this module to itself rather than importing the worker's: it stands for a merchant's
service, and the worker depends on it, not the other way round.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import sys
import time
from datetime import UTC, datetime
from typing import Any

from fastapi import Depends, FastAPI, Response
from opentelemetry import baggage, propagate, trace
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from errand.sandbox.common.auth import Credentials, require_operator

ERRAND_BAGGAGE = "errand.id"
TRUSTED_ROLES = ("platform", "operator")
UNTRACED_PATHS = "/admin/health,/metrics"

log = logging.getLogger("sandbox.requests")
_request: contextvars.ContextVar[dict[str, str] | None] = contextvars.ContextVar("sandbox_request", default=None)


def otlp_endpoint() -> str:
    return os.environ.get("ERRAND_OTLP_ENDPOINT") or os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or ""


def configure_tracing(service_name: str = "errand-sandbox") -> bool:
    """Export spans over OTLP/HTTP when an endpoint is configured; returns whether tracing is on."""
    endpoint = otlp_endpoint()
    if not endpoint:
        return False
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=f"{endpoint.rstrip('/')}/v1/traces")))
    trace.set_tracer_provider(provider)
    return True


def _tracing_installed() -> bool:
    return not isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)


class JsonLogFormatter(logging.Formatter):
    """One JSON object a line, with the request's errand id and trace id when there are any."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage(),
            "service": "sandbox", **(_request.get() or {}),
        }
        span_context = trace.get_current_span().get_span_context()
        if span_context.is_valid:
            line["trace_id"] = format(span_context.trace_id, "032x")
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_logging(level: int = logging.WARNING, stream: Any = None) -> None:
    """JSON lines on stderr (or text on a terminal, or as ``ERRAND_LOG_FORMAT`` says)."""
    stream = stream or sys.stderr
    chosen = os.environ.get("ERRAND_LOG_FORMAT", "").strip().lower()
    as_json = chosen == "json" or (chosen != "text" and not (hasattr(stream, "isatty") and stream.isatty()))
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLogFormatter() if as_json else
                         logging.Formatter("%(asctime)s sandbox %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)


REGISTRY = CollectorRegistry(auto_describe=True)
REQUESTS = Counter("sandbox_requests", "Requests answered, by route template, method and status.",
                   ["route", "method", "status"], registry=REGISTRY)
LATENCY = Histogram("sandbox_request_seconds", "Time to answer, by route template and method.",
                    ["route", "method"], registry=REGISTRY)


def _route_template(scope: Scope) -> str:
    """The matched route's whole template (``/courier/pickups/{pickup_id}``), ``unmatched`` when none matched.

    A route of an included router knows only its own part of the path; the routers' prefixes are literal, so
    they are the request path's leading segments before the ones the route's template covers.
    """
    template = getattr(scope.get("route"), "path", None)
    if not template:
        return "unmatched"
    covered = len([part for part in template.split("/") if part])
    segments = [part for part in str(scope.get("path", "")).split("/") if part]
    prefix = segments[:max(len(segments) - covered, 0)]
    return "/" + "/".join([*prefix, *[part for part in template.split("/") if part]])


class RequestTelemetry:
    """Outermost ASGI middleware: counts and times every answer, and gives the request's log lines its
    errand id (only a trusted caller's) and trace id; a 4xx or 5xx answer is logged as a warning."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}
        fields: dict[str, str] = {"method": str(scope.get("method", ""))}
        credentials: Credentials = scope["app"].state.credentials
        if credentials.identify(headers.get("authorization")).role in TRUSTED_ROLES:
            errand_id = baggage.get_baggage(ERRAND_BAGGAGE, propagate.extract(headers))
            if errand_id:
                fields["errand_id"] = str(errand_id)[:255]
        token = _request.set(fields)
        status = 500
        started = time.perf_counter()

        async def tracking(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                span_context = trace.get_current_span().get_span_context()  # the server span, when traced
                if span_context.is_valid:
                    fields["trace_id"] = format(span_context.trace_id, "032x")
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        finally:
            route = _route_template(scope)
            fields["route"] = route
            REQUESTS.labels(route, fields["method"], str(status)).inc()
            LATENCY.labels(route, fields["method"]).observe(time.perf_counter() - started)
            if status >= 400:
                log.warning("%s %s answered %d", fields["method"], route, status)
            _request.reset(token)


def instrument(app: FastAPI) -> None:
    """``/metrics`` and request telemetry on ``app``; its server spans when tracing is on."""

    @app.get("/metrics", include_in_schema=False, dependencies=[Depends(require_operator)])
    async def metrics() -> Response:
        return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)

    if _tracing_installed():
        from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

        FastAPIInstrumentor.instrument_app(app, excluded_urls=UNTRACED_PATHS)
    app.add_middleware(RequestTelemetry)
