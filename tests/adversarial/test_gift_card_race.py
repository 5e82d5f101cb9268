"""Two errands, one gift card: the card is spent elsewhere between the quotes and the approvals, and both quotes
are approved at once. On the time-skipping server with a worker, against the real sandbox.

Each quote was offered while the card held enough for it; by the time the shopper signs both, it holds enough
for one and a half. One errand may pay; the other must end saying what rule refused it with nothing held,
and the card must never go below zero or pay twice.
"""

from __future__ import annotations

import asyncio
import sqlite3
import uuid

import httpx
import pytest
from temporalio.client import Client, WorkflowHandle

from errand.connectors import WalletClient
from errand.domain.models import BuyIntent, ErrandStatus, Rejection
from errand.domain.payment import GIFT_CARD_RULE
from errand.domain.policy import SpendingCaps
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyRequest, BuyWorkflow
from tests.adversarial import own_methods as methods
from tests.adversarial.own_methods import AddMethod
from tests.sandbox.helpers import bearer
from tests.workflows.helpers import approval_for, wait_state

pytestmark = pytest.mark.asyncio

Handle = WorkflowHandle[BuyWorkflow, ErrandStatus]
own_methods = methods.own_methods  # a test's own payment methods, taken away when it ends


def _balance(sandbox: SandboxProcess, shopper: str, method_id: str) -> int:
    with httpx.Client(base_url=sandbox.url, headers=bearer(sandbox, "platform")) as client:
        methods = client.get(f"/wallet/shoppers/{shopper}/payment-methods").json()["payment_methods"]
    balance: int = next(m for m in methods if m["id"] == method_id)["balance"]
    return balance


def _holds(sandbox: SandboxProcess, quote_id: str) -> list[tuple[str, int]]:
    with sqlite3.connect(sandbox.db_path) as db:
        return [(str(s), int(c)) for s, c in db.execute(
            "SELECT status, captured FROM wallet_authorization WHERE quote_id = ?", (quote_id,))]


async def _start(client: Client, task_queue: str, card: str) -> Handle:
    intent = BuyIntent(shopper_id="chen", query="AA batteries", quantity=2, max_unit_price=4000,
                       sentence="two packs of AA batteries, pay with my gift card", pay_with=card)
    return await client.start_workflow(
        BuyWorkflow.run, BuyRequest(intent=intent, shipment_poll_seconds=1, use_loyalty_points=False),
        id=f"buy-chen-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def test_a_gift_card_spent_between_quotes_and_approvals_pays_once(
        ts_client: Client, settings: ErrandSettings, worker: object, sandbox: SandboxProcess,
        own_methods: AddMethod) -> None:
    card = own_methods("chen", balance=1_000_000)
    handles = [await _start(ts_client, settings.task_queue, card) for _ in range(2)]
    offered = [await wait_state(h, lambda s: s.state == "awaiting_approval" or s.finished) for h in handles]
    quotes = [s.quote for s in offered]
    assert all(q is not None and q.payment_method is not None and q.payment_method.method_id == card
               for q in quotes), [s.outcome for s in offered]
    totals = [q.total for q in quotes if q is not None]
    left = max(totals) + min(totals) // 2  # spent elsewhere: enough for either, not for both
    with sqlite3.connect(sandbox.db_path) as db:
        db.execute("UPDATE wallet_payment_method SET balance = ? WHERE id = ?", (left, card))

    await asyncio.gather(*(h.signal(BuyWorkflow.approve, approval_for(s, sandbox)) for h, s in zip(handles, offered)))
    ended = [await wait_state(h, lambda s: s.state in ("shipping", "delivered") or s.finished, timeout=90)
             for h in handles]
    paid = [s for s in ended if s.state in ("shipping", "delivered")]
    refused = [s for s in ended if s.state not in ("shipping", "delivered")]
    assert len(paid) == 1 and len(refused) == 1, [(s.state, s.outcome) for s in ended]
    assert refused[0].state == "failed" and GIFT_CARD_RULE in refused[0].outcome, refused[0].outcome
    assert "nothing charged" in refused[0].outcome or "nothing was charged" in refused[0].outcome, refused[0].outcome
    winner, loser = paid[0].quote, refused[0].quote
    assert winner is not None and loser is not None
    assert [c for _, c in _holds(sandbox, loser.quote_id)] in ([], [0])
    assert _balance(sandbox, "chen", card) == left - winner.total >= 0
    for handle in handles:
        await handle.cancel()


async def _spent(sandbox: SandboxProcess, shopper: str) -> int:
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet:
        return int((await wallet.spending(shopper))["counted"])


async def _capped(client: Client, task_queue: str, per_day: int | None) -> Handle:
    intent = BuyIntent(shopper_id="dana", query="AA batteries", quantity=1, max_unit_price=4000,
                       sentence="a pack of AA batteries")
    caps = SpendingCaps(per_day=per_day) if per_day is not None else None
    return await client.start_workflow(
        BuyWorkflow.run, BuyRequest(intent=intent, caps=caps, shipment_poll_seconds=1, use_loyalty_points=False),
        id=f"buy-dana-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def test_two_quotes_offered_side_by_side_do_not_outrun_the_daily_cap(
        ts_client: Client, settings: ErrandSettings, worker: object, sandbox: SandboxProcess) -> None:
    probe = await _capped(ts_client, settings.task_queue, None)
    total = (await wait_state(probe, lambda s: s.quote is not None or s.finished)).quote
    assert total is not None
    await probe.signal(BuyWorkflow.reject, Rejection(shopper_id="dana", reason="price probe"))
    per_day = await _spent(sandbox, "dana") + total.total + total.total // 2  # room for one, not two
    handles = [await _capped(ts_client, settings.task_queue, per_day) for _ in range(2)]
    offered = [await wait_state(h, lambda s: s.state == "awaiting_approval" or s.finished) for h in handles]
    assert all(s.state == "awaiting_approval" for s in offered), [s.outcome for s in offered]
    for handle, status in zip(handles, offered):
        await handle.signal(BuyWorkflow.approve, approval_for(status, sandbox))
        await wait_state(handle, lambda s: s.state in ("shipping", "delivered") or s.finished, timeout=90)
    ended = [await h.query(BuyWorkflow.status) for h in handles]
    try:
        assert sum(s.authorization is not None for s in ended) == 1, [(s.state, s.outcome) for s in ended]
        assert await _spent(sandbox, "dana") <= per_day
        refused = next(s for s in ended if s.authorization is None)
        assert refused.state == "over_cap" and refused.outcome.startswith("per-day cap:"), refused.outcome
        assert refused.quote is not None and _holds(sandbox, refused.quote.quote_id) == []
    finally:
        for handle in handles:
            await handle.cancel()
