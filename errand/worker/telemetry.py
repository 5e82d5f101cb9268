"""Tracing and structured logs for the people on call.

Tracing is off, and costs nothing, unless an OTLP endpoint is configured (``ERRAND_OTLP_ENDPOINT``, or the
standard ``OTEL_EXPORTER_OTLP_ENDPOINT``) or a test hands ``configure_tracing`` an exporter. When on, one
errand is one trace: the client's ``StartWorkflow`` span is the root, Temporal's ``TracingInterceptor``
carries it through the workflow to every activity, the connectors' aiohttp sessions open a client span per
request and send ``traceparent`` (and the errand id as W3C baggage), and the sandbox's FastAPI
instrumentation continues the trace on the merchant's side.

Logs are one JSON object a line (``ERRAND_LOG_FORMAT=json``, the default when stderr is not a terminal),
each carrying the errand id (the workflow id) and the trace id when there is one.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections import OrderedDict
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import aiohttp
from opentelemetry import baggage, propagate, trace
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
from temporalio import activity, workflow

from errand.connectors._http import add_trace_config

ERRAND_BAGGAGE = "errand.id"
"""The W3C baggage entry carrying the errand id to backends, so their logs can name the errand."""

_state: dict[str, Any] = {"provider": None}
_errand_traces: OrderedDict[str, str] = OrderedDict()  # errand id -> its trace id, the most recent errands
MAX_REMEMBERED = 10_000


class TelemetrySettings(BaseSettings):
    """The observability knobs, from ``ERRAND_*`` variables (the sandbox reads the same names)."""

    model_config = SettingsConfigDict(env_prefix="ERRAND_", extra="ignore")

    otlp_endpoint: str = Field(default="", description="OTLP/HTTP base URL (…:4318); empty: tracing off")
    log_format: str = Field(default="", description="json | text; empty: JSON unless stderr is a terminal")
    metrics_port: int = Field(default=0, ge=0, le=65535, description="the worker's /metrics port; 0: off")
    metrics_host: str = Field(default="127.0.0.1", description="where the worker's /metrics listens")
    temporal_metrics_port: int = Field(default=0, ge=0, le=65535,
                                       description="the Temporal SDK's own exporter, loopback; 0: metrics_port + 1")


def otlp_endpoint() -> str:
    """The configured OTLP/HTTP base URL (``…:4318``), or empty when tracing is off."""
    return TelemetrySettings().otlp_endpoint or os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or ""


def configure_tracing(service_name: str, exporter: Any = None) -> bool:
    """Install a tracer provider exporting to ``exporter`` (else OTLP/HTTP to `otlp_endpoint`).

    Returns whether tracing is on. Without an exporter and an endpoint nothing is installed, so every
    span the libraries would open stays a no-op and no interceptor or trace config is added.
    """
    endpoint = otlp_endpoint() if exporter is None else ""
    if exporter is None and not endpoint:
        return tracing_enabled()  # nothing imported, nothing installed
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

    if exporter is None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        processor: Any = BatchSpanProcessor(OTLPSpanExporter(endpoint=f"{endpoint.rstrip('/')}/v1/traces"))
    else:
        processor = SimpleSpanProcessor(exporter)
    provider = _state["provider"]
    if provider is None:
        provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
        trace.set_tracer_provider(provider)
        _state["provider"] = provider
    provider.add_span_processor(processor)
    add_trace_config(http_trace_config)
    return True


def tracing_enabled() -> bool:
    return _state["provider"] is not None


def tracing_interceptors() -> list[Any]:
    """Temporal's tracing interceptor when tracing is on; none otherwise (no headers, no spans)."""
    if not tracing_enabled():
        return []
    from temporalio.contrib.opentelemetry import TracingInterceptor

    return [TracingInterceptor()]


def current_trace_id() -> str | None:
    """The current span's trace id as 32 hex digits, or None outside a recorded trace."""
    span_context = trace.get_current_span().get_span_context()
    return format(span_context.trace_id, "032x") if span_context.is_valid else None


def remember_trace(errand_id: str, trace_id: str) -> None:
    """Note an errand's trace, so a log line about it written outside any span (the SDK's own, after an
    activity failed) still names the trace."""
    _errand_traces[errand_id] = trace_id
    _errand_traces.move_to_end(errand_id)
    while len(_errand_traces) > MAX_REMEMBERED:
        _errand_traces.popitem(last=False)


def trace_of(errand_id: str | None) -> str | None:
    return _errand_traces.get(errand_id) if errand_id else None


def current_errand_id() -> str | None:
    """The workflow id of the activity or workflow running now, else the one carried in baggage."""
    if activity.in_activity():
        return activity.info().workflow_id
    if workflow.in_workflow():
        return workflow.info().workflow_id
    value = baggage.get_baggage(ERRAND_BAGGAGE)
    return str(value) if value else None


_tracer = trace.get_tracer("errand.connectors")


async def _on_request_start(_session: Any, ctx: SimpleNamespace, params: aiohttp.TraceRequestStartParams) -> None:
    url = params.url
    span = _tracer.start_span(f"{params.method} {url.path}", kind=trace.SpanKind.CLIENT, attributes={
        "http.request.method": params.method, "url.full": str(url.with_query(None)),
        "server.address": url.host or "", "server.port": url.port or 0})
    carrier: dict[str, str] = {}
    span_context = trace.set_span_in_context(span)
    errand_id = current_errand_id()
    if errand_id:
        trace_id = current_trace_id()
        if trace_id:
            remember_trace(errand_id, trace_id)
        span_context = baggage.set_baggage(ERRAND_BAGGAGE, errand_id, span_context)
    propagate.inject(carrier, context=span_context)
    params.headers.update(carrier)
    ctx.span = span


async def _on_request_end(_session: Any, ctx: SimpleNamespace, params: aiohttp.TraceRequestEndParams) -> None:
    span = getattr(ctx, "span", None)
    if span is not None:
        span.set_attribute("http.response.status_code", params.response.status)
        if params.response.status >= 500:
            span.set_status(trace.StatusCode.ERROR)
        span.end()


async def _on_request_exception(_session: Any, ctx: SimpleNamespace,
                                params: aiohttp.TraceRequestExceptionParams) -> None:
    span = getattr(ctx, "span", None)
    if span is not None:
        span.record_exception(params.exception)
        span.set_status(trace.StatusCode.ERROR, type(params.exception).__name__)
        span.end()


def http_trace_config() -> aiohttp.TraceConfig:
    """A client span per connector request, its context sent as ``traceparent`` (and the errand as baggage)."""
    config = aiohttp.TraceConfig()
    config.on_request_start.append(_on_request_start)
    config.on_request_end.append(_on_request_end)
    config.on_request_exception.append(_on_request_exception)
    return config


class JsonLogFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, service, errand id and trace id when known."""

    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage(),
            "service": self.service,
        }
        temporal = getattr(record, "temporal_activity", None) or getattr(record, "temporal_workflow", None)
        errand_id = (temporal or {}).get("workflow_id") or current_errand_id()
        if errand_id:
            line["errand_id"] = errand_id
        trace_id = current_trace_id() or trace_of(errand_id)
        if trace_id:
            line["trace_id"] = trace_id
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def json_logs_wanted(stream: Any = None) -> bool:
    """``ERRAND_LOG_FORMAT`` (json | text); unset: JSON unless the stream is a terminal."""
    chosen = TelemetrySettings().log_format.strip().lower()
    if chosen in ("json", "text"):
        return chosen == "json"
    stream = stream or sys.stderr
    return not (hasattr(stream, "isatty") and stream.isatty())


def configure_logging(service: str, level: int = logging.WARNING, stream: Any = None) -> logging.Handler:
    """Log to ``stream`` (stderr) as JSON lines, or as text on a terminal; returns the handler installed."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if json_logs_wanted(stream):
        handler.setFormatter(JsonLogFormatter(service))
    else:
        handler.setFormatter(logging.Formatter(f"%(asctime)s {service} %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return handler


__all__ = ["ERRAND_BAGGAGE", "JsonLogFormatter", "TelemetrySettings", "configure_logging", "configure_tracing",
           "current_errand_id", "current_trace_id", "http_trace_config", "json_logs_wanted", "otlp_endpoint",
           "tracing_enabled", "tracing_interceptors", "worker_tracing_interceptors"]


def worker_tracing_interceptors(client: Any) -> list[Any]:
    """The tracing interceptor for a worker, unless its client already has one (the worker inherits it)."""
    from temporalio.contrib.opentelemetry import TracingInterceptor

    if any(isinstance(each, TracingInterceptor) for each in client.config().get("interceptors", [])):
        return []
    return tracing_interceptors()
