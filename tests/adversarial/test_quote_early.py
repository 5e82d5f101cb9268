"""An approval raced against the spending cap, over the real API, the CLI's approve and a raw signal, in front of
the Temporal dev server, a worker and the sandbox.

The buy errand shows its quote in the workflow task that receives it, with today's spend read beside the
reservation (quote-visible-early-v1). An attacker holding the shopper's key watches the errand and signs the
quote the instant any read shows it, through every door at once, while the shopper's daily cap refuses it:
nothing may be held, ordered or recorded as approved.
"""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

import httpx
import pytest
from temporalio.client import Client
from temporalio.service import RPCError

from errand.api.store import ApiStore
from errand.cli import errands
from errand.cli.errands import CliError
from errand.domain.approval import sign_quote
from errand.domain.models import ErrandStatus
from errand.ledger import Ledger
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyWorkflow
from tests.api import conftest as api
from tests.api.conftest import bearer
from tests.keys import enrol_shoppers, shopper_key

# The API's server, store, dev server and worker: the API folder's fixtures.
api_store, api_url, dev_client, dev_worker = api.api_store, api.api_url, api.dev_client, api.dev_worker


@pytest.fixture
def e2e_settings(settings: ErrandSettings, dev_client: Client) -> ErrandSettings:
    """The API's settings with a daily cap of one fen: every quote is over it."""
    enrol_shoppers(settings, "alice")
    return settings.model_copy(update={"temporal_address": dev_client.service_client.config.target_host,
                                       "shipment_poll_seconds": 1, "cap_per_day": 1})


async def _first_sight_of_the_quote(client: Client, errand_id: str) -> ErrandStatus:
    handle = client.get_workflow_handle_for(BuyWorkflow.run, errand_id)
    async with asyncio.timeout(60):
        while True:
            try:
                status = await handle.query(BuyWorkflow.status)
            except RPCError:
                await asyncio.sleep(0.005)
                continue
            if status.quote is not None or status.finished:
                return status
            await asyncio.sleep(0.005)


async def test_an_approval_raced_against_the_daily_cap_charges_nothing(
        api_url: str, api_store: ApiStore, e2e_settings: ErrandSettings, dev_worker: object, dev_client: Client,
        sandbox: SandboxProcess) -> None:
    alice = bearer(api_store.issue_token("alice"))
    intent = {"query": "AA batteries", "quantity": 2, "max_unit_price": 4000}
    async with httpx.AsyncClient(base_url=api_url, timeout=30) as http:
        started = await http.post("/errands", json={"intent": intent}, headers={**alice, "Idempotency-Key": "cap-1"})
        assert started.status_code == 201, started.text
        errand_id = started.json()["errand_id"]
        seen = await _first_sight_of_the_quote(dev_client, errand_id)
        assert seen.quote is not None, seen.outcome
        approval = sign_quote(shopper_key(sandbox, "alice"), seen.quote)

        async def through_api() -> httpx.Response:
            return await http.post(f"/errands/{errand_id}/approval", json=approval.model_dump(mode="json"),
                                   headers={**alice, "Idempotency-Key": "cap-approve"})

        async def through_cli() -> Any:
            try:
                return await errands.approve(dev_client, e2e_settings, errand_id, shopper="alice")
            except CliError as refused:
                return refused

        async def raw_signal() -> Any:
            try:
                return await dev_client.get_workflow_handle(errand_id).signal("approve", approval)
            except RPCError as over:
                return over

        api_answer, cli_answer, _ = await asyncio.gather(through_api(), through_cli(), raw_signal())
        assert api_answer.status_code in (409, 422), api_answer.text
        assert isinstance(cli_answer, CliError), cli_answer
        result = await dev_client.get_workflow_handle_for(BuyWorkflow.run, errand_id).result()

    assert result.state == "over_cap" and "per-day cap" in result.outcome, result.outcome
    assert result.authorization is None and result.order is None
    whats = [e.what for e in result.timeline]
    assert "approval.accepted" not in whats and "quote.offered" not in whats
    with sqlite3.connect(sandbox.db_path) as db:
        holds = db.execute("SELECT COUNT(*) FROM wallet_authorization WHERE quote_id = ?",
                           (seen.quote.quote_id,)).fetchone()[0]
    assert holds == 0
    ledger = Ledger(e2e_settings.ledger_url)
    try:
        assert "approval.accepted" not in [e.what for e in ledger.entries(errand_id)]
    finally:
        ledger.close()
