"""The MCP tests run on the real local stack: the Temporal dev server, the sandbox over HTTP and a worker."""

from __future__ import annotations

import os
import sys

import pytest

from errand.worker.settings import ErrandSettings
from tests.e2e.conftest import dev_client, dev_worker, e2e_settings  # noqa: F401 - re-exported fixtures

WEB_URL = "http://127.0.0.1:8800"


@pytest.fixture
def server_env(e2e_settings: ErrandSettings) -> dict[str, str]:  # noqa: F811
    """The environment `errand mcp` reads its settings from: the test's stack, nothing of the user's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ERRAND_")}
    env.update(ERRAND_HOME=str(e2e_settings.home), ERRAND_SANDBOX_URL=e2e_settings.sandbox_url,
               ERRAND_TEMPORAL_ADDRESS=e2e_settings.temporal_address, ERRAND_TASK_QUEUE=e2e_settings.task_queue,
               ERRAND_DATABASE_URL=e2e_settings.database_url, ERRAND_WEB_URL=WEB_URL,
               PYTHONPATH=os.pathsep.join(sys.path))
    return env


def errand_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "errand.cli.main", *args]
