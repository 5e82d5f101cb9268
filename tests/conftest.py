"""Fixtures every test folder may use: the sandbox subprocess, Temporal servers, a worker per test."""

from __future__ import annotations

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
