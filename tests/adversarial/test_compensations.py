"""Attacks on the compensations: ambiguous failures of place-order, capture and void must not end in a lie.

Each test makes a money call fail in a way that does not say whether it took effect (the answer to a placed
order lost, a capture answered 409 because the money was already taken, a void refused) over real HTTP
against the sandbox subprocess, on the time-skipping Temporal server, and checks what the errand says against
what the wallet holds.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from temporalio import activity
from temporalio.worker import Worker

from bench.drivers import Tracked
from bench.invariants import SandboxDB, nothing_charged_check
from errand.activities.calls import call_backend
from errand.activities.messages import CaptureRequest
from errand.connectors import SandboxAdmin, WalletClient
from errand.domain.models import Authorization
from errand.ledger import Ledger
from errand.sandbox.common.auth import read_token
from errand.worker import run as worker_run
from errand.workflows import ALL_WORKFLOWS, BuyWorkflow
from tests.workflows.helpers import approval_for, start_buy, wait_state

pytestmark = pytest.mark.asyncio

AWAITING = lambda s: s.state == "awaiting_approval"
PAST_ORDER = lambda s: s.state == "shipping" or s.finished


async def _faults(sandbox, settings, *faults: tuple[str, int, int]) -> None:
    """Inject (route, status, count) one-shot faults."""
    async with SandboxAdmin(sandbox.url, token=settings.admin_token) as admin:
        await admin.clear_faults()
        for route, status, count in faults:
            await admin.inject_fault(route, status=status, count=count)


async def _clear(sandbox, settings) -> None:
    async with SandboxAdmin(sandbox.url, token=settings.admin_token) as admin:
        await admin.clear_faults()


async def _wallet(sandbox, settings, authorization_id: str) -> tuple[dict, list[str]]:
    """The authorization as the wallet holds it, and the kinds of its operations."""
    async with WalletClient(f"{sandbox.url}/wallet", token=settings.platform_token) as wallet:
        view = await wallet._request("GET", f"/authorizations/{authorization_id}")
        ops = [op.kind for op in await wallet.operations(authorization_id=authorization_id)]
    return view, ops


def _nothing_charged_holds(sandbox, errand_id: str, result) -> bool:
    """The chaos invariant on one errand, read from the sandbox's own database."""
    tracked = Tracked(errand_id=errand_id, kind="buy", plan="", shopper=result.shopper_id,
                      started_at=datetime.now(UTC), result=result)
    db = SandboxDB(sandbox.db_path)
    try:
        return nothing_charged_check([tracked], db).ok
    finally:
        db.close()


def _ledger_whats(settings, errand_id: str) -> list[str]:
    ledger = Ledger(settings.ledger_url)
    try:
        return [e.what for e in ledger.entries(errand_id)]
    finally:
        ledger.close()


async def _approve_under(ts_client, settings, sandbox, *faults: tuple[str, int, int]):
    handle = await start_buy(ts_client, settings.task_queue)
    status = await wait_state(handle, AWAITING)
    await _faults(sandbox, settings, *faults)
    try:
        await handle.signal(BuyWorkflow.approve, approval_for(status, sandbox))
        try:
            after = await wait_state(handle, PAST_ORDER, timeout=60)
        except AssertionError as exc:
            stuck = await handle.query(BuyWorkflow.status)
            raise AssertionError(f"{exc}; timeline {[(e.what, e.detail[:80]) for e in stuck.timeline]}") from exc
    finally:
        await _clear(sandbox, settings)
    return handle, status, after


async def test_a_placed_order_whose_answer_is_lost_carries_on_and_is_charged_once(
        ts_client, settings, worker, sandbox) -> None:
    # The merchant places the order, then reading it back fails for good: the activity fails after the
    # effect. Guessing "not placed" would void and say "nothing charged" while the order ships.
    handle, status, after = await _approve_under(ts_client, settings, sandbox, ("order.get", 404, 1))
    assert after.state in ("shipping", "delivered"), after.outcome
    assert "nothing charged" not in after.outcome
    assert after.order is not None and after.order.checkout_id == status.quote.checkout_id
    assert after.authorization is not None and after.authorization.status == "captured"
    view, ops = await _wallet(sandbox, settings, after.authorization.authorization_id)
    assert view["status"] == "captured" and view["captured"] == status.quote.total
    assert view["order_id"] in (None, after.order.order_id)
    assert ops.count("capture") == 1 and "void" not in ops and "refund" not in ops
    whats = _ledger_whats(settings, handle.id)
    assert "order.reconciled" in whats and "errand.failed" not in whats
    # The chaos invariant catches the lie the old compensation told about this very errand.
    lie = after.model_copy(update={"outcome": "the order could not be placed; authorization voided — nothing charged"})
    assert not _nothing_charged_holds(sandbox, handle.id, lie)


@contextlib.asynccontextmanager
async def _worker_capturing_as_a_payee(client, settings, sandbox) -> AsyncIterator[None]:
    """A worker whose capture step asks the wallet to capture (as a capture did before the merchant took the
    money at completion): with the hold already captured for the order, the wallet answers 409."""
    merchant_token = read_token(sandbox.home, "merchant")

    @activity.defn(name="capture_payment")
    async def capture_payment(request: CaptureRequest) -> Authorization:
        async with WalletClient(f"{sandbox.url}/wallet", token=merchant_token) as wallet:
            view = await wallet.authorization(request.authorization_id)
            return await call_backend(wallet.capture(request.idempotency_key, request.authorization_id,
                                                 request.amount, order_id=view.order_id))

    async with contextlib.AsyncExitStack() as stack:
        activities = [a for a in await worker_run._activities(settings, stack)
                      if getattr(a, "__temporal_activity_definition").name != "capture_payment"]
        async with Worker(client, task_queue=settings.task_queue, workflows=ALL_WORKFLOWS,
                          workflow_runner=worker_run.workflow_runner(), activities=[*activities, capture_payment]):
            yield


async def test_a_capture_answered_409_after_the_money_was_taken_is_success(ts_client, settings, sandbox) -> None:
    # The merchant captured the hold when it completed the checkout; the capture step then hears a real
    # 409 already_captured from the wallet. Taking that for "no money moved" would void and lie.
    async with _worker_capturing_as_a_payee(ts_client, settings, sandbox):
        handle, status, after = await _approve_under(ts_client, settings, sandbox)
    assert after.state in ("shipping", "delivered"), after.outcome
    assert after.authorization is not None and after.authorization.status == "captured"
    view, ops = await _wallet(sandbox, settings, after.authorization.authorization_id)
    assert view["status"] == "captured" and view["captured"] == status.quote.total
    assert ops.count("capture") == 1 and "void" not in ops and "refund" not in ops
    whats = _ledger_whats(settings, handle.id)
    assert "payment.reconciled" in whats and "errand.failed" not in whats


async def test_a_void_that_fails_does_not_claim_nothing_charged(ts_client, settings, worker, sandbox) -> None:
    # The merchant refuses the order (nothing placed); then every way of releasing the hold is refused:
    # cancelling the checkout (which voids the hold at the merchant) and voiding. The hold is still live, so "nothing charged" would be a guess.
    handle, _status, after = await _approve_under(
        ts_client, settings, sandbox, ("checkout.complete", 422, 1), ("checkout.cancel", 409, 5),
        ("wallet.void", 409, 5))
    assert after.state == "failed"
    assert after.authorization is not None
    view, _ = await _wallet(sandbox, settings, after.authorization.authorization_id)
    assert view["status"] == "held", (after.outcome, [(e.what, e.detail) for e in after.timeline])
    assert "nothing charged" not in after.outcome
    assert "still held" in after.outcome
    whats = _ledger_whats(settings, handle.id)
    assert "payment.needs_attention" in whats


async def test_an_order_refused_before_it_was_placed_says_nothing_charged_once_the_wallet_confirms(
        ts_client, settings, worker, sandbox) -> None:
    # The honest counterpart: nothing placed, the hold released; the wallet confirms and the errand says so.
    handle, _status, after = await _approve_under(ts_client, settings, sandbox, ("checkout.complete", 422, 1))
    assert after.state == "failed" and "nothing charged" in after.outcome
    assert after.authorization is not None
    view, ops = await _wallet(sandbox, settings, after.authorization.authorization_id)
    assert view["status"] in ("voided", "expired") and view["captured"] == 0
    assert "capture" not in ops
    assert _nothing_charged_holds(sandbox, handle.id, after)
