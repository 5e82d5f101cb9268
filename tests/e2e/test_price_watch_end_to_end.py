"""Price watches on the real dev server: started the way `errand watch --mandate` starts one, and many
watchers of one product sampling in real time."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from temporalio.client import Client

from errand.cli import errands
from errand.cli.cmd_watch import cancel_watch
from errand.cli.cmd_watch import start_watch as cli_start_watch
from errand.cli.watch_render import price_chart_png
from errand.connectors import WalletClient
from errand.connectors.prices import PriceAdmin
from errand.domain.watch import PriceWatchStatus
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import PriceWatchWorkflow, WatchCancel
from errand.workflows.price_watch import interval_bucket
from tests.workflows.watch_helpers import checkout_status, own_product, set_price, signed_mandate, start_watch


async def test_watch_started_like_the_cli_follows_the_price_and_buys_under_its_mandate(
        dev_client: Client, e2e_settings: ErrandSettings, dev_worker: object, sandbox: SandboxProcess,
        tmp_path: Path) -> None:
    product_id, _, title = own_product(sandbox, 20)
    await set_price(sandbox, product_id, 42_000)
    waiting = await cli_start_watch(dev_client, e2e_settings, product_id, below="¥400", days=30,
                                    shopper="alice", mandate=True, every="6h")
    assert waiting.startswith("watch-alice-")
    status = await errands.wait_for(dev_client, waiting, lambda s: s.track.samples >= 1)  # type: ignore[attr-defined]
    assert isinstance(status, PriceWatchStatus) and status.state == "watching"
    assert status.mandate_id == f"mdt-{waiting}" and status.track.current == 42_000
    description = await dev_client.get_workflow_handle(waiting).describe()
    assert (await description.static_summary() or "").startswith(f"watch {title} for ≤ ¥400.00")
    cancelled = await cancel_watch(dev_client, waiting, "changed my mind")
    assert (cancelled.state, cancelled.outcome) == ("cancelled", "changed my mind")

    await set_price(sandbox, product_id, 39_900)
    # Another interval, so not the 6-hour bucket's shared reading of ¥420 (a price is up to one interval old).
    buying = await cli_start_watch(dev_client, e2e_settings, product_id, below="¥400", days=30,
                                   shopper="alice", mandate=True, quantity=2, every="5h")
    done = await errands.wait_for(dev_client, buying, lambda s: s.finished, timeout=60)
    assert done.state == "bought", done.outcome
    assert done.quote is not None and [(li.unit_price, li.quantity) for li in done.quote.lines] == [(39_900, 2)]
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet:
        assert done.authorization is not None
        ops = await wallet.operations(authorization_id=done.authorization.authorization_id)
    assert [op.kind for op in ops] == ["authorize", "capture"] and ops[1].amount == done.quote.total

    price_chart_png([p.price for p in done.track.recent], done.intent.target_price, tmp_path / "chart.png")
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")


async def test_many_watchers_of_one_product_share_one_backend_call_per_interval(
        dev_client: Client, e2e_settings: ErrandSettings, dev_worker: object, sandbox: SandboxProcess) -> None:
    product_id, _, _ = own_product(sandbox, 21)
    await set_price(sandbox, product_id, 80_000)
    interval = timedelta(seconds=2)
    async with PriceAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
        before = (await admin.reads(product_id))["reads"].get(product_id, 0)
        handles = await asyncio.gather(*(start_watch(dev_client, e2e_settings.task_queue, product_id, target=10_000,
                                                     days=1, interval_hours=interval.total_seconds() / 3600)
                                         for _ in range(8)))
        await asyncio.sleep(7)
        for handle in handles:
            await handle.signal(PriceWatchWorkflow.cancel, WatchCancel(reason="enough"))
        results = await asyncio.gather(*(h.result() for h in handles))
        reads = (await admin.reads(product_id))["reads"][product_id] - before
    buckets = {interval_bucket(p.at, interval) for r in results for p in r.track.recent}
    samples = sum(r.track.samples for r in results)
    assert all(r.state == "cancelled" for r in results)
    assert samples >= 8 * 2 and len(buckets) >= 2
    assert reads == len(buckets)  # one merchant call per interval, not one per watcher


async def test_a_single_use_mandate_buys_once_however_many_watches_carry_it(
        dev_client: Client, e2e_settings: ErrandSettings, dev_worker: object, sandbox: SandboxProcess) -> None:
    # On the dev server, not the time-skipping one: two workflows firing at once there has tripped the test
    # server's own timer-lock bookkeeping ("Unbalanced lock and unlock calls"), leaving a workflow task
    # unanswered until a ten-year execution timeout. Nothing here needs time to be skipped.
    product_id, _, _ = own_product(sandbox, 14)
    await set_price(sandbox, product_id, 30_000)
    mandate = signed_mandate(sandbox, product_id, 30_000)
    handles = [await start_watch(dev_client, e2e_settings.task_queue, product_id, target=30_000, mandate=mandate)
               for _ in range(2)]
    results = sorted(await asyncio.gather(*(h.result() for h in handles)), key=lambda r: r.state)
    assert [r.state for r in results] == ["bought", "refused"], [r.outcome for r in results]
    reused = results[1]
    assert "mandate_used" in reused.outcome and "nothing charged" in reused.outcome
    assert reused.authorization is None
    assert reused.quote is not None and await checkout_status(sandbox, reused.quote.checkout_id) == "canceled"
