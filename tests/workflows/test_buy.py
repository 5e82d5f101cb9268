"""BuyWorkflow on the time-skipping test server, against the real sandbox over HTTP.

The approval deadline is 30 minutes of workflow time; the test server skips it in well under a second.
"""

from __future__ import annotations

import pytest
from temporalio.client import WorkflowFailureError

from errand.connectors import CourierClient, SandboxAdmin, WalletClient
from errand.domain.approval import quote_digest
from errand.domain.models import Rejection, SignedApproval
from errand.ledger import Ledger
from errand.sandbox.common.auth import read_token
from errand.workflows import BuyWorkflow
from tests.operator import stranger_http
from tests.sandbox.helpers import as_platform, key, open_checkout

from .helpers import approval_for, start_buy, wait_state

pytestmark = pytest.mark.asyncio

AWAITING = lambda s: s.state == "awaiting_approval"


async def _deliver(sandbox, handle) -> None:
    status = await wait_state(handle, lambda s: s.state in ("shipping",) or s.finished)
    if status.order is not None and status.order.shipment_id:
        async with CourierClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
            await courier.advance(f"test-advance-{status.order.shipment_id}", status.order.shipment_id, steps=10)


async def _operations(sandbox, authorization_id: str) -> list[str]:
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet:
        return [op.kind for op in await wallet.operations(authorization_id=authorization_id)]


def _ledger_whats(settings, errand_id: str) -> list[str]:
    ledger = Ledger(settings.ledger_url)
    try:
        return [e.what for e in ledger.entries(errand_id)]
    finally:
        ledger.close()


async def test_happy_path_charges_once_and_delivers(ts_client, settings, worker, sandbox) -> None:
    handle = await start_buy(ts_client, settings.task_queue)
    status = await wait_state(handle, AWAITING)
    assert status.ranking is not None and status.ranking.chosen is not None
    assert status.quote is not None and status.quote.total > 0
    assert status.quote_digest == quote_digest(status.quote)
    assert status.ranking.chosen.product.price <= 4000

    await handle.signal(BuyWorkflow.approve, approval_for(status, sandbox))
    await _deliver(sandbox, handle)
    result = await handle.result()

    assert result.state == "delivered", result.outcome
    assert result.shipment is not None and result.shipment.delivered
    assert result.order is not None and result.order.total == status.quote.total
    assert result.authorization is not None
    kinds = await _operations(sandbox, result.authorization.authorization_id)
    assert kinds.count("capture") == 1 and "void" not in kinds
    whats = _ledger_whats(settings, handle.id)
    for step in ("quote.offered", "approval.accepted", "payment.authorized", "order.placed", "payment.captured",
                 "errand.delivered"):
        assert step in whats


async def test_no_approval_expires_after_thirty_minutes_and_releases_stock(ts_client, settings, worker,
                                                                           sandbox) -> None:
    handle = await start_buy(ts_client, settings.task_queue)
    status = await wait_state(handle, AWAITING)
    result = await handle.result()  # the test server skips the 30-minute deadline
    assert result.state == "expired"
    assert result.authorization is None
    whats = _ledger_whats(settings, handle.id)
    assert "stock.released" in whats and "errand.expired" in whats
    assert status.quote is not None
    assert (result.timeline[-1].at - status.timeline[0].at).total_seconds() >= 30 * 60 - 5


async def test_rejection_releases_stock_and_charges_nothing(ts_client, settings, worker, sandbox) -> None:
    handle = await start_buy(ts_client, settings.task_queue)
    await wait_state(handle, AWAITING)
    await handle.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="changed my mind"))
    result = await handle.result()
    assert result.state == "rejected" and result.outcome == "changed my mind"
    assert result.authorization is None
    assert "stock.released" in _ledger_whats(settings, handle.id)


async def test_invalid_approvals_change_nothing_and_are_recorded(ts_client, settings, worker, sandbox) -> None:
    handle = await start_buy(ts_client, settings.task_queue)
    status = await wait_state(handle, AWAITING)
    assert status.quote is not None
    good = approval_for(status, sandbox)
    forged = [
        approval_for(status, sandbox, signer="bob").model_copy(
            update={"shopper_id": "alice", "key_id": good.key_id}),
        approval_for(status, sandbox, signer="bob").model_copy(update={"shopper_id": "bob"}),
        good.model_copy(update={"quote_digest": "0" * 64}),
        SignedApproval(shopper_id="alice", quote_digest=good.quote_digest, signature="bm90IGEgc2lnbmF0dXJl",
                       key_id=good.key_id),
        approval_for(status, sandbox, signer="bob").model_copy(update={"shopper_id": "alice"}),  # bob's key
    ]
    for approval in forged:
        await handle.signal(BuyWorkflow.approve, approval)
    status = await wait_state(
        handle, lambda s: sum(e.what == "approval.refused" for e in s.timeline) == len(forged))
    assert status.state == "awaiting_approval" and status.authorization is None
    verdicts = [e.detail for e in status.timeline if e.what == "approval.refused"]
    assert verdicts == ["approval ignored: bad signature", "approval ignored: wrong shopper",
                        "approval ignored: other quote", "approval ignored: malformed",
                        "approval ignored: unknown key"]
    assert _ledger_whats(settings, handle.id).count("approval.refused") == len(forged)

    await handle.signal(BuyWorkflow.approve, good)
    await _deliver(sandbox, handle)
    assert (await handle.result()).state == "delivered"


async def test_order_failure_after_authorize_voids_and_releases(ts_client, settings, worker, sandbox) -> None:
    handle = await start_buy(ts_client, settings.task_queue)
    status = await wait_state(handle, AWAITING)
    async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
        await admin.inject_fault("checkout.complete", status=422, count=1)
    try:
        await handle.signal(BuyWorkflow.approve, approval_for(status, sandbox))
        result = await handle.result()
    finally:
        async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
            await admin.clear_faults()
    assert result.state == "failed" and "nothing charged" in result.outcome
    assert result.authorization is not None and result.authorization.status == "voided"
    kinds = await _operations(sandbox, result.authorization.authorization_id)
    assert "capture" not in kinds and kinds.count("void") == 1
    whats = _ledger_whats(settings, handle.id)
    # Cancelling the checkout is what releases the hold made for it: the merchant voids it, the wallet says so.
    assert whats.index("payment.authorized") < whats.index("stock.released") < whats.index("errand.failed")


async def test_price_cap_below_every_match_ends_no_match(ts_client, settings, worker) -> None:
    handle = await start_buy(ts_client, settings.task_queue, max_unit_price=1)
    result = await handle.result()
    assert result.state == "no_match" and "cheapest is" in result.outcome
    assert result.quote is None


async def test_unknown_shopper_fails_with_a_named_reason(ts_client, settings, worker) -> None:
    handle = await start_buy(ts_client, settings.task_queue, shopper="nobody")
    result = await handle.result()
    assert result.state == "failed" and "could not start" in result.outcome


async def test_more_than_in_stock_is_refused(ts_client, settings, worker) -> None:
    handle = await start_buy(ts_client, settings.task_queue, quantity=999, max_unit_price=None)
    result = await handle.result()
    assert result.state == "no_match" and "in stock" in result.outcome


async def test_workflow_never_fails_on_garbage_signal(ts_client, settings, worker, sandbox) -> None:
    handle = await start_buy(ts_client, settings.task_queue)
    await wait_state(handle, AWAITING)
    await ts_client.get_workflow_handle(handle.id).signal("approve", {"unexpected": True})
    await ts_client.get_workflow_handle(handle.id).signal("approve", "not even an object")
    await handle.signal(BuyWorkflow.reject, Rejection(shopper_id="alice"))
    try:
        result = await handle.result()
    except WorkflowFailureError as exc:  # pragma: no cover - the point of the test
        raise AssertionError("a garbage signal failed the workflow") from exc
    assert result.state == "rejected"


async def test_an_emptied_shelf_moves_the_errand_to_the_next_best_product(ts_client, settings, worker,
                                                                          sandbox) -> None:
    # The race a busy shop has: between alice's search and her reservation, bob takes every unit of the
    # product she was about to buy (her reservation is held up 2 s by the sandbox, bob's is not).
    async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
        await admin.inject_fault("checkout.create", status=0, count=1, latency_ms=2000)
        handle = await start_buy(ts_client, settings.task_queue, shopper="alice")
        reserving = await wait_state(handle, lambda s: s.state == "reserving" or s.finished)
        assert reserving.ranking is not None and reserving.ranking.chosen is not None
        first = reserving.ranking.chosen.product
        with stranger_http(sandbox, timeout=10) as client:  # open_checkout acts for bob as the platform
            stock = client.post("/catalog/product", json={"id": first.product_id}).json()["product"]["metadata"]
            taken = open_checkout(client, first.product_id, stock["stock"], buyer="bob")
            assert taken.status_code == 201, taken.text
            try:
                status = await wait_state(handle, lambda s: s.state == "awaiting_approval" or s.finished)
                assert status.state == "awaiting_approval", status.outcome
                assert status.quote is not None and status.quote.lines[0].product_id != first.product_id
                assert status.ranking is not None and status.ranking.chosen is not None
                assert status.quote.lines[0].product_id == status.ranking.chosen.product.product_id
                assert status.ranking.chosen.product.price <= 4000  # still within the shopper's limits
                entries = Ledger(settings.ledger_url)
                try:
                    moved = [e for e in entries.entries(handle.id) if e.what == "product.chosen"]
                finally:
                    entries.close()
                assert len(moved) == 2 and moved[1].evidence()["out_of_stock"] == first.product_id
                await handle.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="test over"))
                assert (await handle.result()).state == "rejected"
            finally:
                client.post(f"/checkout-sessions/{taken.json()['id']}/cancel",
                            headers=key() | as_platform(client))
