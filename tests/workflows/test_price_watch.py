"""PriceWatchWorkflow on the time-skipping server, against the real sandbox over HTTP."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from temporalio.client import Client
from temporalio.worker import Worker

from errand.connectors import BackendRejected, WalletClient
from errand.connectors.mandates import MandateClient
from errand.domain.models import ErrandStatus, Rejection
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyWorkflow, PriceWatchWorkflow, WatchCancel
from errand.workflows.price_watch import interval_bucket

from .watch_helpers import (
    checkout_status,
    own_product,
    quote_for,
    set_price,
    signed_mandate,
    start_watch,
    wait_watch,
)


async def _operations(sandbox: SandboxProcess, authorization_id: str | None = None) -> list[str]:
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet:
        if authorization_id is None:
            return [op.kind for op in await wallet.operations(shopper_id="alice")]
        return [op.kind for op in await wallet.operations(authorization_id=authorization_id)]


async def test_a_30_day_watch_ends_at_its_deadline_carrying_its_summary_across_runs(
        ts_client: Client, settings: ErrandSettings, worker: Worker, sandbox: SandboxProcess) -> None:
    product_id, _, _ = own_product(sandbox, 10)
    await set_price(sandbox, product_id, 80_000)
    handle = await start_watch(ts_client, settings.task_queue, product_id, target=50_000, days=30,
                               samples_per_run=50)
    await wait_watch(handle, lambda s: s.track.samples >= 1)
    await set_price(sandbox, product_id, 70_000)
    status = await handle.result()
    assert status.state == "ended"
    assert "no price at or below ¥500.00 in 30 days; lowest seen ¥700.00" in status.outcome
    # Every 6 hours for 30 days is 121 samples; a loaded machine can make the test server skip past one.
    assert 101 <= status.track.samples <= 121
    assert status.runs == -(-status.track.samples // 50)  # continued as new every 50, the summary carried along
    track = status.track
    assert (track.current, track.min, track.max, track.median) == (70_000, 70_000, 80_000, 70_000)
    assert track.low_30d == 70_000
    buckets = [interval_bucket(p.at, timedelta(hours=6)) for p in track.recent]
    assert len(set(buckets)) == len(buckets) == track.samples
    assert timedelta(days=29) < track.recent[-1].at - track.recent[0].at <= timedelta(days=30)
    assert [e.what for e in status.timeline][-1] == "errand.ended"


async def test_fires_and_buys_under_the_mandate_with_nobody_present(
        ts_client: Client, settings: ErrandSettings, worker: Worker, sandbox: SandboxProcess) -> None:
    product_id, _, title = own_product(sandbox, 11)
    await set_price(sandbox, product_id, 80_000)
    handle = await start_watch(ts_client, settings.task_queue, product_id, target=60_000, quantity=2,
                               mandate=signed_mandate(sandbox, product_id, 60_000, quantity=2))
    await wait_watch(handle, lambda s: s.track.samples >= 1)
    await set_price(sandbox, product_id, 55_000)
    status = await handle.result()
    assert status.state == "bought", status.outcome
    assert status.fired_price == 55_000
    assert status.quote is not None and status.quote.lines[0].unit_price == 55_000
    assert status.quote.lines[0].quantity == 2
    assert status.authorization is not None and status.authorization.status == "captured"
    assert status.order is not None and status.order.total == status.quote.total
    assert await _operations(sandbox, status.authorization.authorization_id) == ["authorize", "capture"]
    assert title in status.outcome


async def test_a_purchase_over_the_mandate_is_refused_and_charges_nothing(
        ts_client: Client, settings: ErrandSettings, worker: Worker, sandbox: SandboxProcess) -> None:
    product_id, _, _ = own_product(sandbox, 12)
    await set_price(sandbox, product_id, 55_000)
    before = await _operations(sandbox)
    handle = await start_watch(ts_client, settings.task_queue, product_id, target=60_000,
                               mandate=signed_mandate(sandbox, product_id, 50_000))
    status = await handle.result()
    assert status.state == "refused"
    assert "mandate_price_exceeded" in status.outcome and "nothing charged" in status.outcome
    assert status.authorization is None
    assert await _operations(sandbox) == before
    assert status.quote is not None and await checkout_status(sandbox, status.quote.checkout_id) == "canceled"


async def test_an_expired_mandate_buys_nothing(
        ts_client: Client, settings: ErrandSettings, worker: Worker, sandbox: SandboxProcess) -> None:
    product_id, _, _ = own_product(sandbox, 13)
    await set_price(sandbox, product_id, 80_000)
    mandate = signed_mandate(sandbox, product_id, 60_000, expires_at=datetime.now(UTC) + timedelta(seconds=20))
    handle = await start_watch(ts_client, settings.task_queue, product_id, target=60_000, mandate=mandate)
    await wait_watch(handle, lambda s: s.track.samples >= 1)
    await set_price(sandbox, product_id, 55_000)
    status = await handle.result()  # fires at the next 6-hour boundary, after the mandate's expiry
    assert status.state == "refused"
    assert "the mandate expired" in status.outcome and "nothing charged" in status.outcome
    assert status.quote is None and status.authorization is None


async def test_without_a_mandate_the_shopper_is_asked_to_approve_a_buy(
        ts_client: Client, settings: ErrandSettings, worker: Worker, sandbox: SandboxProcess) -> None:
    product_id, price, _ = own_product(sandbox, 15)
    await set_price(sandbox, product_id, price)
    handle = await start_watch(ts_client, settings.task_queue, product_id, target=price)
    status = await wait_watch(handle, lambda s: s.buy_errand_id is not None)
    assert status.state == "awaiting_approval"
    buy = ts_client.get_workflow_handle_for(BuyWorkflow.run, status.buy_errand_id)
    for _ in range(300):
        child: ErrandStatus = await buy.query(BuyWorkflow.status)
        if child.state == "awaiting_approval" or child.finished:
            break
        await asyncio.sleep(0.1)
    assert child.state == "awaiting_approval", child.outcome
    assert child.quote is not None and child.quote.lines[0].unit_price <= price
    await buy.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="not now"))
    result = await handle.result()
    assert result.state == "rejected" and status.buy_errand_id in result.outcome


async def test_cancel_stops_the_watch(
        ts_client: Client, settings: ErrandSettings, worker: Worker, sandbox: SandboxProcess) -> None:
    product_id, _, _ = own_product(sandbox, 16)
    await set_price(sandbox, product_id, 80_000)
    handle = await start_watch(ts_client, settings.task_queue, product_id, target=10_000)
    await wait_watch(handle, lambda s: s.track.samples >= 1)
    await handle.signal(PriceWatchWorkflow.cancel, WatchCancel(reason="found it elsewhere"))
    status = await handle.result()
    assert (status.state, status.outcome) == ("cancelled", "found it elsewhere")
    assert status.track.samples == 1


async def test_a_cancelled_watch_revokes_its_mandate(
        ts_client: Client, settings: ErrandSettings, worker: Worker, sandbox: SandboxProcess) -> None:
    product_id, _, _ = own_product(sandbox, 17)
    await set_price(sandbox, product_id, 80_000)
    mandate = signed_mandate(sandbox, product_id, 10_000, single_use=False)
    handle = await start_watch(ts_client, settings.task_queue, product_id, target=10_000, mandate=mandate)
    await wait_watch(handle, lambda s: s.track.samples >= 1)
    await handle.signal(PriceWatchWorkflow.cancel, WatchCancel(reason="changed my mind"))
    status = await handle.result()
    assert status.state == "cancelled" and status.mandate_id == mandate.mandate.mandate_id
    await set_price(sandbox, product_id, 9_000)
    quote = await quote_for(sandbox, product_id)
    async with MandateClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as mandates:
        assert (await mandates.get(mandate.mandate.mandate_id, shopper_id="alice")).status == "revoked"
        with pytest.raises(BackendRejected) as refused:  # the price is now met, and still nothing is bought
            await mandates.authorize(f"after-cancel-{quote.checkout_id}", mandate.mandate.mandate_id, quote)
        assert refused.value.code == "mandate_revoked"
