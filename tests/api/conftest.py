"""API tests: the app in-process (httpx over ASGI) for what needs no Temporal, and a real uvicorn server in
front of the real dev server, worker and sandbox for the rest."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from errand.api.app import create_app
from errand.api.store import ApiStore
from errand.sandbox.process import free_port
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from tests.keys import enrol_shoppers

OPERATOR = "operator-token-for-tests-0123456789"


@pytest.fixture
def api_store(tmp_path: Path) -> Iterator[ApiStore]:
    store = ApiStore(f"sqlite:///{tmp_path / 'api.db'}")
    yield store
    store.close()


@pytest.fixture
def offline_app(tmp_path: Path, api_store: ApiStore) -> FastAPI:
    """The app with no Temporal behind it (routes that need it answer 503)."""
    settings = ErrandSettings(home=tmp_path, temporal_address="127.0.0.1:1", operator_token=OPERATOR,
                              sandbox_url="http://127.0.0.1:1")
    return create_app(settings, store=api_store)


@pytest.fixture
async def offline(offline_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=offline_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8800") as client:
        yield client


@pytest.fixture
def dev_client(dev_server_env: WorkflowEnvironment) -> Client:
    return dev_server_env.client


@pytest.fixture
def e2e_settings(settings: ErrandSettings, dev_client: Client) -> ErrandSettings:
    enrol_shoppers(settings, "alice", "bob")
    return settings.model_copy(update={"temporal_address": dev_client.service_client.config.target_host,
                                       "shipment_poll_seconds": 1})


@pytest.fixture
async def dev_worker(dev_client: Client, e2e_settings: ErrandSettings) -> AsyncIterator[Worker]:
    async with errand_worker(dev_client, e2e_settings) as running:
        yield running


@pytest.fixture
def api_url(e2e_settings: ErrandSettings, api_store: ApiStore) -> Iterator[str]:
    """A real uvicorn serving the app on a free loopback port (its own thread and event loop)."""
    app = create_app(e2e_settings, store=api_store)
    app.state.api.poll_seconds = 0.2
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the API did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
