"""`errand kpis` over a ledger written by real errands: buys delivered (one after a failed attempt and a
reschedule), rejected, rolled back and left to expire, and two returns (one straight to the refund, one a person
had to decide), on the time-skipping server with the worker and the sandbox over HTTP."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from asyncio.subprocess import PIPE

import pytest
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment

from errand.connectors import CourierClient, SandboxAdmin
from errand.domain.models import Rejection
from errand.ledger import Ledger
from errand.ledger.kpis import kpis_from_ledger
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyWorkflow
from tests.keys import shopper_key
from tests.scenarios import resched as resched_scenarios
from tests.scenarios import returns as return_scenarios
from tests.workflows.helpers import approval_for, start_buy, wait_state

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


async def _order_failed(client: Client, settings: ErrandSettings, sandbox: SandboxProcess) -> None:
    """Approved and paid, then the merchant cannot place the order: the hold is undone and the stock released."""
    handle = await start_buy(client, settings.task_queue)
    status = await wait_state(handle, lambda s: s.state == AWAITING)
    async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
        await admin.inject_fault("checkout.complete", status=422, count=1)
        try:
            await handle.signal(BuyWorkflow.approve, approval_for(status, sandbox))
            result = await handle.result()
        finally:
            await admin.clear_faults()
    assert result.state == "failed" and "nothing charged" in result.outcome


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
        await _order_failed(ts_client, settings, sandbox)
        # Delivered after a failed attempt and a redelivery the shopper chose (a reschedule errand of its own).
        redelivered = await resched_scenarios.failed_attempt_rescheduled(ts_client, settings.task_queue, sandbox)
        assert (await redelivered.result()).state == "delivered"
    for scenario in (return_scenarios.refunded, return_scenarios.needs_human_approved):
        handle = await scenario(ts_client, settings.task_queue, sandbox)
        assert (await handle.result()).state == "refunded"
    await _expired(ts_client, settings)

    with Ledger(settings.ledger_url) as ledger:
        report = kpis_from_ledger(ledger)
        buys = kpis_from_ledger(ledger, kind="buy")
        assert kpis_from_ledger(ledger, kind="return").errands == 2
        assert kpis_from_ledger(ledger, kind="reschedule").errands == 1
    assert (report.errands, report.finished) == (8, 8)
    # Five buys offered a quote; three were approved (delivered, delivered after a failed attempt, order
    # failed); one was rejected, one left to expire.
    funnel = buys.conversion
    assert (funnel.offered, funnel.approved, funnel.delivered) == (5, 3, 2)
    assert (buys.action_precision.part, buys.action_precision.whole) == (3, 4)  # the expired one: no answer
    assert buys.quotes_expired == 1
    # Only the return an operator decided needed a person.
    assert (report.first_contact_resolution.part, report.first_contact_resolution.whole) == (7, 8)
    assert (buys.first_contact_resolution.part, buys.first_contact_resolution.whole) == (5, 5)
    assert set(report.handle_time) == {"buy", "resched", "return"}
    assert report.handle_time["buy"].count == 5 and report.handle_time["return"].count == 2
    for times in (*report.handle_time.values(), report.returns_processing):
        assert times.p50 is not None and times.p95 is not None and times.average is not None
        assert 0 < times.p50 <= times.p95
    assert report.returns_processing.count == 2
    assert report.returns_processing.p95 <= report.handle_time["return"].p95  # refund is before the last row
    # One failed attempt; two deliveries.
    assert (buys.failed_delivery.part, buys.failed_delivery.whole) == (1, 3)
    # Three buys were paid; the one whose order failed was rolled back.
    assert (buys.compensation.part, buys.compensation.whole) == (1, 3)

    env = {**os.environ, "ERRAND_HOME": str(settings.home), "ERRAND_DATABASE_URL": settings.ledger_url}
    command = await asyncio.create_subprocess_exec(sys.executable, "-m", "errand.cli.main", "kpis", "--json", "--kind", "buy",
                                                   env=env, stdout=PIPE, stderr=PIPE)
    out, err = await asyncio.wait_for(command.communicate(), timeout=60)
    assert command.returncode == 0, err.decode()
    printed = json.loads(out)
    assert printed["errands"] == 5 and printed["conversion"]["approval_rate"] == pytest.approx(3 / 5)
    assert printed["compensation"] == {"part": 1, "whole": 3, "rate": pytest.approx(1 / 3)}
