"""BulkOrderWorkflow on the time-skipping server against the real sandbox stores, wallet and courier."""

from __future__ import annotations

from errand.connectors import WalletClient
from errand.connectors.stores import StoresClient
from errand.domain.approval import quote_digest
from errand.domain.bulk import BulkDecision
from errand.domain.models import Rejection, SignedApproval
from errand.sandbox.common.auth import read_token
from errand.workflows import BulkOrderWorkflow

from .bulk_helpers import approval_for, deliver_all, reject_branch, start_bulk, wait_state

AWAITING = lambda s: s.state == "awaiting_approval"


async def _ops(sandbox, authorization_id: str) -> list[tuple[str, int]]:
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet:
        return [(op.kind, op.amount) for op in await wallet.operations(authorization_id=authorization_id)]


async def _order_statuses(sandbox, ids: list[str]) -> list[str]:
    async with StoresClient(f"{sandbox.url}/stores", token=read_token(sandbox.home, "platform")) as stores:
        return [(await stores.get_order(i)).status for i in ids]


async def test_single_branch_happy_path(ts_client, settings, worker, sandbox) -> None:
    handle = await start_bulk(ts_client, settings.task_queue, quantity=12, day=1)
    status = await wait_state(handle, AWAITING)
    assert status.plan is not None and not status.plan.split
    assert status.quote is not None and status.quote_digest == quote_digest(status.quote)
    assert len(status.quote.lines) == 1 and status.quote.lines[0].quantity == 12
    assert status.quote.total == sum(b.total for b in status.branches)

    await handle.signal(BulkOrderWorkflow.approve, approval_for(status, sandbox))
    await deliver_all(handle, sandbox)
    result = await handle.result()
    assert result.state == "delivered", result.outcome
    assert result.authorization is not None
    ops = await _ops(sandbox, result.authorization.authorization_id)
    assert ops == [("authorize", status.quote.total), ("capture", status.quote.total)]
    assert all(s.delivered for s in result.shipments) and len(result.shipments) == 1


async def test_split_across_branches_one_quote_one_capture(ts_client, settings, worker, sandbox) -> None:
    handle = await start_bulk(ts_client, settings.task_queue, quantity=60, day=2)
    status = await wait_state(handle, AWAITING)
    assert status.plan is not None and status.plan.split
    assert "no single branch" in status.plan.reason
    assert sum(a.quantity for a in status.plan.allocations) == 60 and len(status.branches) >= 2
    assert status.quote is not None and len(status.quote.lines) == len(status.branches)
    # 60 cups at one chain: the 30+ tier applies to every branch's line.
    assert all(b.discount == b.line_total * 1000 // 10000 for b in status.branches)

    await handle.signal(BulkOrderWorkflow.approve, approval_for(status, sandbox))
    await deliver_all(handle, sandbox)
    result = await handle.result()
    assert result.state == "delivered", result.outcome
    assert len(result.orders) == len(status.branches) and all(o.status == "placed" for o in result.orders)
    assert result.authorization is not None
    ops = await _ops(sandbox, result.authorization.authorization_id)
    assert ops == [("authorize", status.quote.total), ("capture", status.quote.total)]


async def test_partial_failure_accept_partial_captures_only_what_was_placed(ts_client, settings, worker,
                                                                            sandbox) -> None:
    handle = await start_bulk(ts_client, settings.task_queue, quantity=60, day=3)
    status = await wait_state(handle, AWAITING)
    refused = status.branches[1]
    await reject_branch(sandbox, refused.branch_id)
    await handle.signal(BulkOrderWorkflow.approve, approval_for(status, sandbox))
    asking = await wait_state(handle, lambda s: s.state == "awaiting_decision")
    assert asking.authorization is not None and asking.authorization.status == "held"
    assert any(e.what == "branch.rejected" for e in asking.timeline)
    assert any(e.what == "decision.requested" for e in asking.timeline)
    await handle.signal(BulkOrderWorkflow.accept_partial, BulkDecision(shopper_id="alice"))
    await deliver_all(handle, sandbox)
    result = await handle.result()

    assert result.state == "partially_delivered", result.outcome
    placed = [o for o in result.orders if o.status == "placed"]
    expected = sum(b.total for b in status.branches if b.branch_order_id != refused.branch_order_id)
    assert result.captured == expected == sum(o.total for o in placed)
    assert result.authorization is not None
    ops = await _ops(sandbox, result.authorization.authorization_id)
    assert ops == [("authorize", status.quote.total), ("capture", expected)]
    assert await _order_statuses(sandbox, [refused.branch_order_id]) == ["rejected"]


async def test_partial_failure_cancel_all_charges_nothing(ts_client, settings, worker, sandbox) -> None:
    async with StoresClient(f"{sandbox.url}/stores", token=read_token(sandbox.home, "platform")) as stores:
        points_before = (await stores.loyalty("alice"))["chagee"]
    handle = await start_bulk(ts_client, settings.task_queue, quantity=60, day=4)
    status = await wait_state(handle, AWAITING)
    await reject_branch(sandbox, status.branches[-1].branch_id)
    await handle.signal(BulkOrderWorkflow.approve, approval_for(status, sandbox))
    await wait_state(handle, lambda s: s.state == "awaiting_decision")
    await handle.signal(BulkOrderWorkflow.cancel_all, BulkDecision(shopper_id="alice"))
    result = await handle.result()

    assert result.state == "cancelled", result.outcome
    assert result.authorization is not None and result.authorization.status == "voided"
    ops = await _ops(sandbox, result.authorization.authorization_id)
    assert [k for k, _ in ops] == ["authorize", "void"]
    statuses = await _order_statuses(sandbox, [b.branch_order_id for b in status.branches])
    assert set(statuses) <= {"cancelled", "rejected"} and "cancelled" in statuses
    async with StoresClient(f"{sandbox.url}/stores", token=read_token(sandbox.home, "platform")) as stores:
        assert (await stores.loyalty("alice"))["chagee"] == points_before  # redeemed points came back


async def test_no_decision_defaults_to_cancel_all(ts_client, settings, worker, sandbox) -> None:
    handle = await start_bulk(ts_client, settings.task_queue, quantity=60, day=5, decision_timeout_seconds=600)
    status = await wait_state(handle, AWAITING)
    await reject_branch(sandbox, status.branches[0].branch_id)
    await handle.signal(BulkOrderWorkflow.approve, approval_for(status, sandbox))
    result = await handle.result()  # the test server skips the ten-minute decision timeout
    assert result.state == "cancelled"
    assert result.authorization is not None and result.authorization.status == "voided"


async def test_no_approval_expires_and_releases_capacity(ts_client, settings, worker, sandbox) -> None:
    handle = await start_bulk(ts_client, settings.task_queue, quantity=30, day=6)
    status = await wait_state(handle, AWAITING)
    result = await handle.result()
    assert result.state == "expired"
    async with StoresClient(f"{sandbox.url}/stores", token=read_token(sandbox.home, "platform")) as stores:
        quote = await stores.get_quote(status.quote.checkout_id)  # type: ignore[union-attr]
    assert quote.status == "released" and all(b.status == "released" for b in quote.branch_orders)


async def test_invalid_approvals_are_recorded_then_reject(ts_client, settings, worker, sandbox) -> None:
    handle = await start_bulk(ts_client, settings.task_queue, quantity=12, day=7)
    status = await wait_state(handle, AWAITING)
    await handle.signal(BulkOrderWorkflow.approve, approval_for(status, sandbox, signer="bob"))
    forged = approval_for(status, sandbox)
    await handle.signal(BulkOrderWorkflow.approve, SignedApproval(shopper_id="alice", quote_digest="0" * 64,
                                                                  signature=forged.signature))
    refused = await wait_state(handle, lambda s: sum(e.what == "approval.refused" for e in s.timeline) == 2)
    assert refused.state == "awaiting_approval" and refused.authorization is None
    await handle.signal(BulkOrderWorkflow.reject, Rejection(shopper_id="alice", reason="too dear"))
    result = await handle.result()
    assert result.state == "rejected" and result.authorization is None
    details = [e.detail for e in result.timeline if e.what == "approval.refused"]
    assert details == ["approval ignored: unknown key", "approval ignored: other quote"]  # bob's key, then forged


async def test_too_many_cups_for_the_neighbourhood_is_no_match(ts_client, settings, worker, sandbox) -> None:
    handle = await start_bulk(ts_client, settings.task_queue, quantity=500, day=8)
    result = await handle.result()
    assert result.state == "no_match" and "nearest branches can make only" in result.outcome
    assert result.quote is None
