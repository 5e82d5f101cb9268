"""A buy errand at a merchant that is not Errand's generated world: the UCP sample flower shop, a guest
checkout with no buyer extension, a platform-supplied destination, a shipping option and a discount code
the shopper named, paid through its token handler only after the shopper signed."""

from __future__ import annotations

import uuid

import pytest
from temporalio.client import Client

from errand.cli import errands
from errand.domain.models import BuyIntent, ErrandStatus
from errand.ledger import Ledger
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.workflows.buy import BuyRequest


async def _start(client: Client, settings: ErrandSettings, intent: BuyIntent) -> str:
    errand_id = f"buy-alice-{uuid.uuid4().hex[:8]}"
    await client.start_workflow("buy", BuyRequest(intent=intent, shipment_poll_seconds=1), id=errand_id,
                                task_queue=settings.task_queue)
    return errand_id


async def test_sentence_to_order_at_the_flower_shop(dev_client: Client, platform_settings: ErrandSettings,
                                                    flower_shop: SandboxProcess) -> None:
    settings = platform_settings.model_copy(update={"merchants": flower_shop.url})
    intent = BuyIntent(shopper_id="alice", query="tulips", quantity=2, discount_codes=["10OFF"],
                       sentence="two bunches of tulips with code 10OFF, delivered home")
    async with errand_worker(dev_client, settings):
        errand_id = await _start(dev_client, settings, intent)
        status: ErrandStatus = await errands.wait_for(dev_client, errand_id, lambda s: s.state == "awaiting_approval")
        quote = status.quote
        assert status.state == "awaiting_approval" and quote is not None, status.outcome
        # The quote is the merchant's answer: 2 × 30.00, 10% off, the cheapest shipping to a CN address.
        assert [(li.product_id, li.quantity, li.unit_price) for li in quote.lines] == [("bouquet_tulips", 2, 3000)]
        assert {(a.kind, a.amount) for a in quote.adjustments} == {("discount", -600), ("shipping", 500)}
        assert quote.total == 5900 and quote.currency == "USD" and quote.address.label == "home"
        assert status.authorization is None  # nothing is held, let alone paid, before the signature

        status = await errands.approve(dev_client, settings, errand_id)
        status = await errands.wait_for(dev_client, errand_id, lambda s: s.finished, timeout=60)
    assert status.state == "ordered", status.outcome
    assert status.order is not None and status.order.total == quote.total
    assert status.authorization is not None and status.authorization.status == "captured"
    ledger = Ledger(settings.ledger_url)
    try:
        whats = [e.what for e in ledger.entries(errand_id)]
    finally:
        ledger.close()
    assert whats.index("payment.authorized") < whats.index("order.placed")


async def test_a_forged_approval_pays_nothing(dev_client: Client, platform_settings: ErrandSettings,
                                              flower_shop: SandboxProcess) -> None:
    """The token is released only against a hold the signed approval produced: an approve signal with a
    signature that does not verify leaves the checkout unpaid."""
    import base64

    from errand.domain.models import SignedApproval

    settings = platform_settings.model_copy(update={"merchants": flower_shop.url})
    intent = BuyIntent(shopper_id="alice", query="tulips", quantity=1)
    async with errand_worker(dev_client, settings):
        errand_id = await _start(dev_client, settings, intent)
        status: ErrandStatus = await errands.wait_for(dev_client, errand_id, lambda s: s.state == "awaiting_approval")
        assert status.quote_digest is not None
        forged = SignedApproval(shopper_id="alice", quote_digest=status.quote_digest,
                                signature=base64.b64encode(bytes(64)).decode())
        await dev_client.get_workflow_handle(errand_id).signal("approve", forged)
        status = await errands.wait_for(dev_client, errand_id,
                                        lambda s: any(e.what == "approval.refused" for e in s.timeline))
        assert status.state == "awaiting_approval" and status.authorization is None and status.order is None
        await dev_client.get_workflow_handle(errand_id).cancel()


@pytest.mark.parametrize("query", ["gardenias"])
async def test_nothing_in_stock_is_no_match_not_a_crash(dev_client: Client, platform_settings: ErrandSettings,
                                                        flower_shop: SandboxProcess, query: str) -> None:
    settings = platform_settings.model_copy(update={"merchants": flower_shop.url})
    async with errand_worker(dev_client, settings):
        errand_id = await _start(dev_client, settings, BuyIntent(shopper_id="alice", query=query, quantity=1))
        status: ErrandStatus = await errands.wait_for(dev_client, errand_id, lambda s: s.finished)
    assert status.state in ("no_match", "failed"), status.outcome
