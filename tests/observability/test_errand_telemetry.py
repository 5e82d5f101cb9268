"""One real buy errand on the time-skipping server against a real sandbox subprocess, observed.

Worker-side spans are collected in memory (``InMemorySpanExporter``); the sandbox, a separate process, exports
its spans with the production OTLP/HTTP exporter to a tiny receiver run by the test (tests/observability/
otlp_receiver.py), so the merchant's side is checked through the same path a collector would see. The first
catalog search is made to fail once (a one-shot fault), so the errand also leaves a backend error, an
activity retry and warning log lines behind.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment
from typer.testing import CliRunner

from errand.cli.enrolment import enrol_seeded_shoppers
from errand.cli.keystore import KeyStore
from errand.cli.main import app as cli_app
from errand.connectors import CourierClient, SandboxAdmin
from errand.ledger import Ledger
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess, free_port
from errand.worker.metrics import metrics_listener, temporal_runtime
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.worker.telemetry import JsonLogFormatter, configure_tracing, tracing_interceptors
from errand.workflows import BuyWorkflow, ChatEnd, ConversationWorkflow
from tests.planner.chat_helpers import say, start_chat, wait_turn
from tests.temporal_fixtures import _binary
from tests.workflows.helpers import approval_for, start_buy, wait_state

pytestmark = pytest.mark.timeout(240)


@dataclass
class Observed:
    errand_id: str
    settings: ErrandSettings
    worker_spans: list[ReadableSpan]
    sandbox_spans: list
    worker_metrics: str
    sandbox_metrics: str
    sandbox_log: Path
    worker_log: str
    trace_id: str
    cli_status: str


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
async def observed(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Observed]:
    from tests.observability.otlp_receiver import otlp_receiver

    home = tmp_path_factory.mktemp("observed-home")
    exporter = InMemorySpanExporter()
    assert configure_tracing("errand-worker", exporter=exporter)
    worker_log = io.StringIO()
    handler = logging.StreamHandler(worker_log)
    handler.setFormatter(JsonLogFormatter("worker"))
    handler.setLevel(logging.WARNING)
    logging.getLogger().addHandler(handler)
    async with otlp_receiver(free_port()) as receiver:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("ERRAND_OTLP_ENDPOINT", receiver.url)
            env.setenv("OTEL_BSP_SCHEDULE_DELAY", "100")
            env.setenv("ERRAND_LOG_FORMAT", "json")
            sandbox = SandboxProcess(home, seed=7, products=2000, log_path=home / "sandbox.log").start()
        try:
            await asyncio.to_thread(enrol_seeded_shoppers, KeyStore(home), sandbox.url,
                                    read_token(home, "operator"))
            settings = ErrandSettings(home=home, sandbox_url=sandbox.url, task_queue=f"obs-{uuid.uuid4().hex[:8]}",
                                      database_url=f"sqlite:///{home / 'ledger.db'}")
            ts_env = await WorkflowEnvironment.start_time_skipping(
                test_server_existing_path=_binary("temporal-test-server"), data_converter=pydantic_data_converter)
            try:
                yield await _run_errand(ts_env, settings, sandbox, exporter, receiver, worker_log)
            finally:
                await ts_env.shutdown()
        finally:
            sandbox.stop()
            logging.getLogger().removeHandler(handler)


async def _run_errand(ts_env: WorkflowEnvironment, settings: ErrandSettings, sandbox: SandboxProcess,
                      exporter: InMemorySpanExporter, receiver, worker_log: io.StringIO) -> Observed:
    config = ts_env.client.config()
    # The shopper's client traces what it starts (as the CLI does with an endpoint set) ...
    shopper = Client(**{**config, "interceptors": [*config["interceptors"], *tracing_interceptors()]})
    # ... and the worker runs as `python -m errand.worker` does: its own connection, with the SDK's metrics exporter.
    temporal_port, metrics_port = free_port(), free_port()
    worker_client = await Client.connect(ts_env.client.service_client.config.target_host,
                                         data_converter=pydantic_data_converter,
                                         runtime=temporal_runtime(temporal_port))
    operator = read_token(settings.home, "operator")
    async with (metrics_listener(metrics_port, temporal_metrics_url=f"http://127.0.0.1:{temporal_port}/metrics"),
                errand_worker(worker_client, settings)):
        async with SandboxAdmin(sandbox.url, token=operator) as admin:
            await admin.inject_fault("catalog.search", 503, 1)
        handle = await start_buy(shopper, settings.task_queue)
        status = await wait_state(handle, lambda s: s.state == "awaiting_approval")
        await handle.signal(BuyWorkflow.approve, approval_for(status, sandbox))
        status = await wait_state(handle, lambda s: s.state == "shipping" or s.finished)
        assert status.order is not None and status.order.shipment_id
        async with CourierClient(f"{sandbox.url}/courier", token=operator) as courier:
            await courier.advance(f"obs-{status.order.shipment_id}", status.order.shipment_id, steps=10)
        result = await handle.result()
        assert result.state == "delivered", result.outcome
        chat = await start_chat(shopper, settings.task_queue, "chen")  # a planner call (the offline planner)
        assert (await wait_turn(chat, lambda t: True, await say(chat, "hello"))).kind == "question"
        await chat.signal(ConversationWorkflow.end, ChatEnd())
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{metrics_port}/metrics") as answer:
                assert answer.status == 200
                worker_metrics = await answer.text()
            async with http.get(f"{sandbox.url}/metrics", headers={"Authorization": f"Bearer {operator}"}) as answer:
                assert answer.status == 200
                sandbox_metrics = await answer.text()
    worker_spans = list(exporter.get_finished_spans())
    roots = [s for s in worker_spans if s.name == "StartWorkflow:buy"
             and s.attributes.get("temporalWorkflowID") == handle.id]
    assert len(roots) == 1, [s.name for s in worker_spans]
    trace_id = format(roots[0].context.trace_id, "032x")
    await receiver.wait_for(lambda s: s.trace_id == trace_id and s.name.startswith("POST /checkout"))
    cli_status = await asyncio.to_thread(_errand_status, settings, ts_env, handle.id)
    return Observed(handle.id, settings, worker_spans, list(receiver.spans), worker_metrics, sandbox_metrics,
                    sandbox.home / "sandbox.log", worker_log.getvalue(), trace_id, cli_status)


def _errand_status(settings: ErrandSettings, ts_env: WorkflowEnvironment, errand_id: str) -> str:
    env = {"ERRAND_HOME": str(settings.home), "ERRAND_DATABASE_URL": settings.database_url,
           "ERRAND_TEMPORAL_ADDRESS": ts_env.client.service_client.config.target_host,
           "ERRAND_TASK_QUEUE": settings.task_queue, "COLUMNS": "200"}
    done = CliRunner().invoke(cli_app, ["status", errand_id], env=env)
    assert done.exit_code == 0, done.output
    return done.output


async def test_one_trace_covers_workflow_activities_http_and_the_merchants_spans(observed: Observed) -> None:
    in_trace = [s for s in observed.worker_spans if format(s.context.trace_id, "032x") == observed.trace_id]
    names = {s.name for s in in_trace}
    assert "RunWorkflow:buy" in names
    assert {"RunActivity:search_products", "RunActivity:record_ledger"} <= names, sorted(names)
    http_clients = [s for s in in_trace if s.kind is SpanKind.CLIENT and s.instrumentation_scope.name
                    == "errand.connectors"]
    assert any(s.name.startswith("POST /checkout-sessions") for s in http_clients), sorted(names)
    # The search that the fault failed is in the trace too, with its 503.
    assert any(s.attributes.get("http.response.status_code") == 503 for s in http_clients)

    merchant = [s for s in observed.sandbox_spans if s.service == "errand-sandbox" and s.trace_id == observed.trace_id]
    server = [s for s in merchant if s.kind == 2]  # SPAN_KIND_SERVER
    assert server, {s.name for s in observed.sandbox_spans}
    # Nested, not merely sharing an id: each server span's parent is one of the worker's HTTP client spans.
    client_ids = {format(s.context.span_id, "016x") for s in http_clients}
    assert all(s.parent_span_id in client_ids for s in server)
    assert {s.trace_id for s in observed.sandbox_spans if s.service == "errand-sandbox"
            and s.name.startswith("POST /checkout")} == {observed.trace_id}


async def test_ledger_rows_and_errand_status_carry_the_trace_id(observed: Observed) -> None:
    with Ledger(observed.settings.ledger_url) as ledger:
        rows = ledger.entries(observed.errand_id)
        assert ledger.verify().ok
    assert rows and {row.trace_id for row in rows} == {observed.trace_id}
    assert f"trace {observed.trace_id}" in observed.cli_status


def _samples(text: str, name: str) -> dict[str, float]:
    found = {}
    for line in text.splitlines():
        if line.startswith(name) and not line.startswith("#"):
            series, _, value = line.rpartition(" ")
            found[series] = float(value)
    return found


async def test_metrics_on_worker_and_sandbox(observed: Observed) -> None:
    text = observed.worker_metrics
    assert _samples(text, 'errand_errands_started_total{kind="buy"}')
    assert _samples(text, 'errand_errands_ended_total{kind="buy",outcome="delivered"}')
    assert _samples(text, 'errand_approvals_total{result="accepted",verdict="valid"}')
    for counter in ("errand_payment_holds_total", "errand_payment_captures_total"):
        assert _samples(text, counter)[counter] >= 1
    for declared in ("errand_payment_voids_total", "errand_payment_refunds_total", "errand_compensations_total",
                     "errand_approvals_total"):
        assert f"# TYPE {declared} counter" in text
    assert _samples(text, 'errand_planner_calls_total{outcome="ok"}')
    assert _samples(text, "errand_planner_latency_seconds_count")["errand_planner_latency_seconds_count"] >= 1
    errors = _samples(text, "errand_backend_errors_total")
    assert any('route="/catalog/search"' in series and 'status="503"' in series for series in errors), errors
    # The Temporal SDK's own runtime metrics, from its core's exporter, on the same scrape.
    assert "temporal_worker_task_slots_available" in text and "temporal_request" in text

    sandbox = observed.sandbox_metrics
    assert any('route="/checkout-sessions/{checkout_id}/complete"' in series
               for series in _samples(sandbox, "sandbox_requests_total")), sandbox[:2000]
    assert any('status="503"' in series for series in _samples(sandbox, "sandbox_requests_total"))
    assert _samples(sandbox, "sandbox_request_seconds_count")


async def test_every_series_the_grafana_dashboard_queries_is_served(observed: Observed) -> None:
    dashboard = json.loads((Path(__file__).resolve().parents[2] / "deploy/grafana/dashboards/errand.json")
                           .read_text())
    exprs = [target["expr"] for panel in dashboard["panels"] for target in panel["targets"]]
    names = {name.removesuffix("_bucket") for expr in exprs
             for name in re.findall(r"\b(?:errand|sandbox|temporal)_[a-z_]+", expr)}
    assert len(names) >= 12
    served = observed.worker_metrics + observed.sandbox_metrics
    assert not {name for name in names if name not in served}


async def test_logs_are_json_lines_with_errand_and_trace_ids(observed: Observed) -> None:
    sandbox_lines = _json_lines(observed.sandbox_log.read_text())
    failed_search = [line for line in sandbox_lines if line.get("status") == 503 or "503" in line["message"]]
    assert failed_search, observed.sandbox_log.read_text()[-2000:]
    assert failed_search[0]["errand_id"] == observed.errand_id
    assert failed_search[0]["trace_id"] == observed.trace_id

    worker_lines = _json_lines(observed.worker_log)
    assert worker_lines and all(line["service"] == "worker" for line in worker_lines)
    about_errand = [line for line in worker_lines if line.get("errand_id") == observed.errand_id]
    assert about_errand, observed.worker_log[-2000:]
    assert any(line.get("trace_id") == observed.trace_id for line in about_errand), about_errand
