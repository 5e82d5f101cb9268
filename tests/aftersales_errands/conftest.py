"""The after-sales errand through real Temporal and the retail sandbox over HTTP: the example data set
(tests/aftersales/data) reset before each test, the shoppers' keys enrolled once, a worker per test."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from temporalio.client import Client, WorkflowHandle
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from errand.domain.aftersales import AftersalesIntent, AftersalesRequest, AftersalesStatus, change_digest
from errand.domain.approval import approval_message, key_id_of, public_key_b64, sign_b64
from errand.domain.models import SignedApproval
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.workflows import AftersalesWorkflow
from tests.aftersales.conftest import Shop, retail_keys, retail_sandbox  # noqa: F401 - re-exported fixtures

Handle = WorkflowHandle[AftersalesWorkflow, AftersalesStatus]


@pytest.fixture
def settings(retail_sandbox: SandboxProcess, tmp_path: Path) -> ErrandSettings:  # noqa: F811
    """The worker talks to the retail sandbox; a fresh ledger and task queue per test."""
    return ErrandSettings(home=retail_sandbox.home, sandbox_url=retail_sandbox.url,
                          database_url=f"sqlite:///{tmp_path / 'ledger.db'}",
                          task_queue=f"errand-test-{uuid.uuid4().hex[:8]}")


@pytest.fixture
def client(dev_server_env: WorkflowEnvironment) -> Client:
    """Real time: the merchant's quotes expire by the wall clock, which a time-skipping server runs ahead of."""
    return dev_server_env.client


@pytest.fixture
async def worker(client: Client, settings: ErrandSettings) -> AsyncIterator[Worker]:
    async with errand_worker(client, settings) as running:
        yield running


@pytest.fixture
def shop(retail_sandbox: SandboxProcess, retail_keys: dict[str, Ed25519PrivateKey]) -> Iterator[Shop]:  # noqa: F811
    """The loaded state, fresh for this test."""
    home, url = retail_sandbox.home, retail_sandbox.url
    with httpx.Client(base_url=url, timeout=10, headers={
            "Authorization": f"Bearer {read_token(home, 'platform')}"}) as client, \
            httpx.Client(base_url=url, timeout=10, headers={
                "Authorization": f"Bearer {read_token(home, 'operator')}"}) as operator:
        assert operator.post("/admin/aftersales/reset").status_code == 200
        yield Shop(client, operator, retail_keys)


def sign(shop: Shop, quote: dict[str, Any], signer: str | None = None) -> SignedApproval:
    """The shopper's signature over the change quote as the errand shows it (digest recomputed here)."""
    digest = change_digest(quote)
    private = shop.keys[signer or quote["shopper_id"]]
    return SignedApproval(shopper_id=quote["shopper_id"], quote_digest=digest,
                          signature=sign_b64(private, approval_message(digest)),
                          key_id=key_id_of(public_key_b64(private)))


async def start(client: Client, task_queue: str, shopper: str, change: dict[str, Any], **request: Any) -> Handle:
    intent = AftersalesIntent.model_validate({"shopper_id": shopper, "change": change,
                                              "sentence": f"{change['operation']} for {shopper}"})
    return await client.start_workflow(
        AftersalesWorkflow.run, AftersalesRequest(intent=intent, **request),
        id=f"aftersales-{shopper}-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def wait_state(handle: Handle, ready: Callable[[AftersalesStatus], bool],
                     timeout: float = 30.0) -> AftersalesStatus:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        status = await handle.query(AftersalesWorkflow.status)
        if ready(status):
            return status
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"errand stuck in {status.state}: {status.outcome}")
        await asyncio.sleep(0.1)


async def quoted(handle: Handle) -> AftersalesStatus:
    """The errand once it shows its quote (or ended without one)."""
    return await wait_state(handle, lambda s: s.state == "awaiting_approval" or s.finished)
