"""The worker's entry point (`run_worker`, as `errand worker` runs it) serves /metrics with ERRAND_METRICS_PORT,
the Temporal SDK's series included; and its logs are JSON lines unless told otherwise."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from temporalio.testing import WorkflowEnvironment

from errand.sandbox.process import free_port
from errand.worker.run import run_worker
from errand.worker.settings import ErrandSettings
from errand.worker.telemetry import configure_logging


async def test_run_worker_serves_metrics_on_its_port(time_skipping_env: WorkflowEnvironment, settings: ErrandSettings,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()
    monkeypatch.setenv("ERRAND_METRICS_PORT", str(port))
    monkeypatch.setenv("ERRAND_TEMPORAL_METRICS_PORT", str(free_port()))
    settings = settings.model_copy(
        update={"temporal_address": time_skipping_env.client.service_client.config.target_host})
    stop = asyncio.Event()
    running = asyncio.create_task(run_worker(settings, stop))
    try:
        text = ""
        async with httpx.AsyncClient() as http:
            for _ in range(100):  # the worker's pollers report their slots once they start
                try:
                    text = (await http.get(f"http://127.0.0.1:{port}/metrics")).text
                except httpx.TransportError:
                    text = ""
                if "temporal_worker_task_slots_available" in text:
                    break
                await asyncio.sleep(0.1)
        assert "# TYPE errand_errands_started_total counter" in text
        assert f'task_queue="{settings.task_queue}"' in text  # the SDK's series, for this worker
    finally:
        stop.set()
        await asyncio.wait_for(running, 30)
    async with httpx.AsyncClient() as http:
        with pytest.raises(httpx.TransportError):  # the listener stops with the worker
            await http.get(f"http://127.0.0.1:{port}/metrics", timeout=2)


def _log_through(monkeypatch: pytest.MonkeyPatch, log_format: str) -> list[str]:
    monkeypatch.setenv("ERRAND_LOG_FORMAT", log_format)
    root = logging.getLogger()
    stream, level = io.StringIO(), root.level  # a StringIO is not a terminal
    handler = configure_logging("worker", stream=stream)
    try:
        logging.getLogger("errand.test").warning("first\nsecond")
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    return stream.getvalue().splitlines()


def test_logs_are_json_lines_off_a_terminal_and_text_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _log_through(monkeypatch, "")
    assert len(lines) == 1 and json.loads(lines[0])["message"] == "first\nsecond"
    assert json.loads(lines[0])["service"] == "worker"
    assert " worker WARNING first" in _log_through(monkeypatch, "text")[0]


def test_without_an_endpoint_tracing_installs_nothing() -> None:
    """In a fresh process (this one may have tracing on from another test): no SDK, no interceptor, no hook."""
    probe = (
        "import sys\n"
        "from errand.worker.telemetry import configure_tracing, tracing_interceptors\n"
        "from errand.connectors import _http\n"
        "assert configure_tracing('errand-worker') is False\n"
        "assert tracing_interceptors() == [] and _http._TRACE_CONFIGS == []\n"
        "assert not [m for m in sys.modules if m.startswith('opentelemetry.sdk')]\n"
        "print('off')\n")
    env = {k: v for k, v in os.environ.items() if k not in ("ERRAND_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT")}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=env,
                          cwd=Path(__file__).resolve().parents[2], check=False)
    assert done.returncode == 0 and done.stdout.strip() == "off", done.stderr
