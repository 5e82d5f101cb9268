"""`errand kpis` over a ledger written by real errands: buys approved and delivered, rejected and left to expire,
and two returns (one straight to the refund, one a person had to decide), on the time-skipping server with the
worker and the sandbox over HTTP."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from asyncio.subprocess import PIPE

import pytest
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from connectors import CourierClient
from domain.models import Rejection
from ledger import Ledger
from ledger.kpis import kpis_from_ledger
from sandbox.auth import read_token
from sandbox.process import SandboxProcess
from tests.keys import shopper_key
from tests.scenarios import returns as return_scenarios
from tests.workflows.helpers import approval_for, start_buy, wait_state
from worker.settings import ErrandSettings
from workflows import BuyWorkflow

pytestmark = pytest.mark.asyncio

AWAITING = "awaiting_approval"


async def _delivered(client: Client, settings: ErrandSettings, sandbox: SandboxProcess) -> None:
    handle = await start_buy(client, settings.task_queue)
    status = await wait_state(handle, lambda s: s.state == AWAITING)
    await handle.signal(BuyWorkflow.approve, approval_for(status, sandbox))
    status = await wait_state(handle, lambda s: s.state == "shipping" or s.finished)
    assert status.order is not None and status.order.shipment_id
    async with CourierClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        await courier.advance(f"kpis-{status.order.shipment_id}", status.order.shipment_id, steps=10)
    assert (await handle.result()).state == "delivered"


async def _rejected(client: Client, settings: ErrandSettings) -> None:
    handle = await start_buy(client, settings.task_queue)
    await wait_state(handle, lambda s: s.state == AWAITING)
    await handle.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="too dear"))
    assert (await handle.result()).state == "rejected"


async def _expired(client: Client, settings: ErrandSettings) -> None:
    handle = await start_buy(client, settings.task_queue)
    await wait_state(handle, lambda s: s.state == AWAITING or s.finished)
    assert (await handle.result()).state == "expired"  # the test server skips the approval deadline


async def test_kpis_of_real_errands(ts_client: Client, settings: ErrandSettings, worker: object,
                                    sandbox: SandboxProcess, time_skipping_env: WorkflowEnvironment) -> None:
    shopper_key(sandbox, "alice")  # enrolled before the errands read the shopper's keys
    # Waiting for a result lets the test server skip time ahead of the sandbox's clock, which dates stock holds
    # and deliveries: the buys that are answered run in real time, the returns (dated in days) and the buy left
    # to expire after them.
    with time_skipping_env.auto_time_skipping_disabled():
        await _delivered(ts_client, settings, sandbox)
        await _rejected(ts_client, settings)
    for scenario in (return_scenarios.refunded, return_scenarios.needs_human_approved):
        handle = await scenario(ts_client, settings.task_queue, sandbox)
        assert (await handle.result()).state == "refunded"
    await _expired(ts_client, settings)

    with Ledger(settings.ledger_url) as ledger:
        report = kpis_from_ledger(ledger)
        assert kpis_from_ledger(ledger, kind="return").errands == 2
    assert (report.errands, report.finished) == (5, 5)
    funnel = report.conversion
    assert (funnel.offered, funnel.approved, funnel.delivered) == (3, 1, 1)
    assert (report.action_precision.part, report.action_precision.whole) == (1, 2)  # the expired one: no answer
    assert report.quotes_expired == 1
    # Only the return an operator decided needed a person.
    assert (report.first_contact_resolution.part, report.first_contact_resolution.whole) == (4, 5)
    assert set(report.handle_time) == {"buy", "return"}
    assert report.handle_time["buy"].count == 3 and report.handle_time["return"].count == 2
    for times in (*report.handle_time.values(), report.returns_processing):
        assert times.p50 is not None and times.p95 is not None and times.average is not None
        assert 0 < times.p50 <= times.p95
    assert report.returns_processing.count == 2
    assert report.returns_processing.p95 <= report.handle_time["return"].p95  # refund is before the last row
    assert (report.failed_delivery.part, report.failed_delivery.whole) == (0, 1)
    assert (report.compensation.part, report.compensation.whole) == (0, 1)  # one paid buy, nothing undone

    env = {**os.environ, "ERRAND_HOME": str(settings.home), "ERRAND_DATABASE_URL": settings.ledger_url}
    command = await asyncio.create_subprocess_exec(sys.executable, "-m", "cli.main", "kpis", "--json", "--kind", "buy",
                                                   env=env, stdout=PIPE, stderr=PIPE)
    out, err = await asyncio.wait_for(command.communicate(), timeout=60)
    assert command.returncode == 0, err.decode()
    printed = json.loads(out)
    assert printed["errands"] == 3 and printed["conversion"]["approval_rate"] == pytest.approx(1 / 3)
    assert printed["first_contact_resolution"] == {"part": 3, "whole": 3, "rate": 1.0}
