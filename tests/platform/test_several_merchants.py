"""Three merchants at once (the flower shop's data with different prices and shipping rules, each its own
process and merchant id): the search fans out, each merchant's best is priced to the door by the merchant,
the cheapest delivered wins and the reason says which merchant and why; a merchant that is down is noted
and skipped, never fatal."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from temporalio.client import Client

from errand.cli import errands
from errand.domain.models import BuyIntent, ErrandStatus
from errand.ledger import Ledger
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.workflows.buy import BuyRequest

from .conftest import FLOWER_SHOP, flower_merchant, flower_shop_copy

# Tulips: 30.00 + 5.00 shipping at the sample shop; cheapest on the shelf at "cheap-stems" but its shipping
# is dear; "free-ship-florist" is dearer on the shelf and cheapest delivered.
SHOPS = {"sample-florist": {}, "cheap-stems": {"prices": {"bouquet_tulips": 2800}, "shipping": 1500},
         "free-ship-florist": {"prices": {"bouquet_tulips": 3200}, "shipping": 0}}


@pytest.fixture(scope="module")
def three_merchants(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SandboxProcess]]:
    if not FLOWER_SHOP.is_dir():
        pytest.skip(f"the UCP sample data is not at {FLOWER_SHOP}")
    running: dict[str, SandboxProcess] = {}
    try:
        for merchant_id, change in SHOPS.items():
            base = tmp_path_factory.mktemp(merchant_id)
            data = flower_shop_copy(base / "data", **change)  # type: ignore[arg-type]
            with pytest.MonkeyPatch.context() as env:
                env.setenv("ERRAND_SANDBOX_MERCHANT_ID", merchant_id)
                running[merchant_id] = flower_merchant(base / "home", data).start()
        yield running
    finally:
        for proc in running.values():
            proc.stop()


def _settings(settings: ErrandSettings, merchants: dict[str, SandboxProcess]) -> ErrandSettings:
    return settings.model_copy(update={"merchants": ",".join(p.url for p in merchants.values()),
                                       "merchant_search_timeout_seconds": 3.0})


async def _start(client: Client, settings: ErrandSettings) -> str:
    errand_id = f"buy-alice-{uuid.uuid4().hex[:8]}"
    await client.start_workflow("buy", BuyRequest(intent=BuyIntent(shopper_id="alice", query="tulips", quantity=1)),
                                id=errand_id, task_queue=settings.task_queue)
    return errand_id


def _ledger(settings: ErrandSettings, errand_id: str) -> list[tuple[str, str, dict[str, object]]]:
    ledger = Ledger(settings.ledger_url)
    try:
        return [(e.what, e.outcome, json.loads(e.evidence_json)) for e in ledger.entries(errand_id)]
    finally:
        ledger.close()


async def test_the_cheapest_delivered_offer_wins_and_the_reason_names_the_merchant(
        dev_client: Client, platform_settings: ErrandSettings, three_merchants: dict[str, SandboxProcess]) -> None:
    settings = _settings(platform_settings, three_merchants)
    async with errand_worker(dev_client, settings):
        errand_id = await _start(dev_client, settings)
        status: ErrandStatus = await errands.wait_for(dev_client, errand_id, lambda s: s.state == "awaiting_approval")
        assert status.quote is not None, status.outcome
        assert status.quote.merchant == "free-ship-florist" and status.quote.total == 3200
        assert status.ranking is not None and status.ranking.reason.startswith(
            "Buying from free-ship-florist: Spring Tulips at $32.00 delivered (free shipping), the cheapest "
            "delivered of 3 merchants")
        assert "cheap-stems: $43.00" in status.ranking.reason and "sample-florist: $35.00" in status.ranking.reason

        await errands.approve(dev_client, settings, errand_id)
        status = await errands.wait_for(dev_client, errand_id, lambda s: s.finished, timeout=60)
    assert status.state == "ordered" and status.order is not None and status.order.total == 3200, status.outcome
    compared = [e for e in _ledger(settings, errand_id) if e[0] == "merchant.chosen"]
    assert len(compared) == 1 and compared[0][2]["merchant"] == "free-ship-florist"


async def test_a_merchant_that_is_down_is_skipped_and_noted(
        dev_client: Client, platform_settings: ErrandSettings, three_merchants: dict[str, SandboxProcess]) -> None:
    settings = _settings(platform_settings, three_merchants)
    async with errand_worker(dev_client, settings):
        three_merchants["free-ship-florist"].stop()  # killed after the worker discovered it, before the search
        errand_id = await _start(dev_client, settings)
        status: ErrandStatus = await errands.wait_for(dev_client, errand_id, lambda s: s.state == "awaiting_approval")
        assert status.quote is not None, status.outcome
        assert status.quote.merchant == "sample-florist" and status.quote.total == 3500
        await dev_client.get_workflow_handle(errand_id).cancel()
    skipped = [e for e in _ledger(settings, errand_id) if e[0] == "merchant.skipped"]
    assert len(skipped) == 1 and skipped[0][2]["merchant"] == "free-ship-florist", skipped
