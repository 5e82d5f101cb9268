"""Scenarios for buying across merchants other than the sandbox's generated world: the UCP sample flower shop
run as three merchants (its data with different prices and shipping rules, each its own process and merchant
id), none with a courier. The search fans out, each merchant's best is priced to the door and the cheapest
delivered is bought; the order, fulfilled by the merchant itself, ends the errand as ordered. In the second,
a merchant that went down after the worker discovered it is noted and skipped.

The merchants are started here, in a temporary home each, beside a worker of the scenario's own that knows
them (the sandbox stays the shoppers' wallet). Without the UCP sample data the scenarios cannot run.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from temporalio.client import Client

from errand.domain.models import BuyIntent
from errand.sandbox.process import SandboxProcess
from errand.workflows import BuyRequest, BuyWorkflow
from tests.platform.conftest import FLOWER_SHOP, TOKENS, flower_shop_copy

from . import Scenario
from .buy import Handle, awaiting, sign
from .own_worker import own_worker

# Tulips: 30.00 + 5.00 shipping at the sample shop; cheapest on the shelf at "cheap-stems" but its shipping is
# dear; "free-ship-florist" is dearer on the shelf and cheapest delivered.
SHOPS: dict[str, dict[str, object]] = {
    "sample-florist": {}, "cheap-stems": {"prices": {"bouquet_tulips": 2800}, "shipping": 1500},
    "free-ship-florist": {"prices": {"bouquet_tulips": 3200}, "shipping": 0}}


@contextmanager
def _florists() -> Iterator[dict[str, SandboxProcess]]:
    if not FLOWER_SHOP.is_dir():
        raise FileNotFoundError(f"the UCP sample data is not at {FLOWER_SHOP}")
    with tempfile.TemporaryDirectory(prefix="errand-florists-") as root, ExitStack() as stack:
        running: dict[str, SandboxProcess] = {}
        for merchant_id, change in SHOPS.items():
            data = flower_shop_copy(Path(root) / merchant_id / "data", **change)  # type: ignore[arg-type]
            merchant = SandboxProcess(Path(root) / merchant_id / "home", dataset="flower_shop", dataset_dir=data,
                                      startup_timeout=90.0, env={"ERRAND_SANDBOX_MERCHANT_ID": merchant_id})
            running[merchant_id] = stack.enter_context(merchant)
        yield running


async def _tulips(client: Client, sandbox: SandboxProcess, *, down: str | None = None) -> Handle:
    with _florists() as florists:
        async with own_worker(client, sandbox, merchants=",".join(p.url for p in florists.values()),
                              merchant_search_timeout_seconds=3.0, payment_tokens=TOKENS) as settings:
            if down is not None:
                florists[down].stop()  # after the worker discovered it, before the search
            handle = await client.start_workflow(
                BuyWorkflow.run, BuyRequest(intent=BuyIntent(shopper_id="alice", query="tulips", quantity=1,
                                                             sentence="a bunch of tulips, delivered home")),
                id=f"buy-alice-{uuid.uuid4().hex[:8]}", task_queue=settings.task_queue)
            status = await awaiting(handle)
            assert status.quote is not None, status.outcome
            await handle.signal(BuyWorkflow.approve, sign(status, sandbox))
            await handle.result()
    return handle


async def several_merchants_ordered(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    return await _tulips(client, sandbox)


async def merchant_down_skipped(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    return await _tulips(client, sandbox, down="free-ship-florist")


SCENARIOS: dict[str, Scenario] = {
    "buy-several-merchants-ordered": several_merchants_ordered,
    "buy-merchant-down-skipped": merchant_down_skipped,
}
