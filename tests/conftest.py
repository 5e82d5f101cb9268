"""Fixtures every test folder may use: the sandbox subprocess, Temporal servers, a worker per test."""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from tests.sandbox_fixture import sandbox  # noqa: F401 - re-exported fixture
from tests.temporal_fixtures import dev_server_env, time_skipping_env  # noqa: F401 - re-exported fixtures

UCP_FIGURES = Path(__file__).resolve().parents[1] / ".cache" / "ucp-suite-figures.json"
_STARTED = time.time()


def pytest_configure(config: pytest.Config) -> None:
    """A pytest-xdist worker process starts with COLUMNS=80 in its environment. Rich fixes a console's width from
    COLUMNS when the console is made, and the CLI's consoles are made when its modules are imported (at
    collection), so a command run in-process would wrap its output at 80 columns in a worker and at the width
    the test gives it in a serial run. A worker drops it."""
    if "PYTEST_XDIST_WORKER" in os.environ:
        os.environ.pop("COLUMNS", None)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """In a parallel run the UCP conformance figure is written by a worker process, whose terminal output is
    not shown: print the line it wrote to .cache during this run."""
    if getattr(config.option, "dist", "no") == "no" or not UCP_FIGURES.is_file():
        return
    if UCP_FIGURES.stat().st_mtime >= _STARTED:
        terminalreporter.write_line(json.loads(UCP_FIGURES.read_text())["line"])


@pytest.fixture
def settings(sandbox: SandboxProcess, tmp_path: Path) -> ErrandSettings:  # noqa: F811
    """Settings for one test: the shared sandbox, a fresh ledger, a fresh task queue."""
    return ErrandSettings(
        home=sandbox.home, sandbox_url=sandbox.url, database_url=f"sqlite:///{tmp_path / 'ledger.db'}",
        task_queue=f"errand-test-{uuid.uuid4().hex[:8]}",
    )


@pytest.fixture
def ts_client(time_skipping_env: WorkflowEnvironment) -> Client:  # noqa: F811
    return time_skipping_env.client


@pytest.fixture
async def worker(ts_client: Client, settings: ErrandSettings) -> AsyncIterator[Worker]:
    async with errand_worker(ts_client, settings) as running:
        yield running
