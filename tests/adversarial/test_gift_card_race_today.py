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

from errand.domain.models import BuyIntent, ErrandStatus
from errand.domain.payment import GIFT_CARD_RULE
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
