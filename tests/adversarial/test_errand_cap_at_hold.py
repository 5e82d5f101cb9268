"""The errand's own daily cap decided by the wallet at the hold.

A hold request may carry the errand's daily cap (``daily_cap_minor``); the wallet holds to the smaller of it
and its own, in the transaction that serializes the shopper's holds. Two approvals arriving at the same
instant both read today's spend before either hold exists; only the hold can tell them apart.
"""

from __future__ import annotations

import asyncio
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session
from temporalio.client import Client, WorkflowHandle

from errand.connectors import WalletClient
from errand.domain.models import Address, Adjustment, BuyIntent, ErrandStatus, Quote, QuoteLine, Rejection
from errand.domain.policy import SpendingCaps
from errand.sandbox.common.auth import read_token
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import make_engine
from errand.sandbox.migrations import create_schema
from errand.sandbox.process import SandboxProcess
from errand.sandbox.seed import ensure_seeded
from errand.sandbox.settings import SandboxSettings
from errand.sandbox.wallet import payments
from errand.worker.settings import ErrandSettings
from errand.workflows import BuyRequest, BuyWorkflow
from tests.operator import stranger_http
from tests.sandbox.helpers import as_platform, bearer, key, open_checkout, quote_for, set_address, sign
from tests.workflows.helpers import approval_for, wait_state

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _quote(checkout_id: str, unit: int = 5000, shipping: int = 800) -> Quote:
    return Quote(quote_id=f"q-{checkout_id}", errand_id="e", shopper_id="dana", merchant="errand-sandbox",
                 checkout_id=checkout_id, subtotal=unit, total=unit + shipping, currency="CNY",
                 lines=[QuoteLine(product_id="p", title="t", quantity=1, unit_price=unit, line_total=unit)],
                 adjustments=[Adjustment(kind="shipping", label="Shipping", amount=shipping)],
                 address=Address(label="home", name="D", line1="x", city="y", postal_code="1"),
                 expires_at=NOW + timedelta(minutes=10))


@pytest.fixture()
def session(tmp_path: Path):
    ensure_seeded(tmp_path / "sandbox.db", 7, 50)
    engine = make_engine(tmp_path / "sandbox.db")
    create_schema(engine)
    with Session(engine, expire_on_commit=False) as s:
        yield s


def _hold(session: Session, checkout_id: str, settings: SandboxSettings, daily_cap: int | None):
    return payments.open_hold(session, quote=_quote(checkout_id), payee="errand-sandbox", digest=checkout_id,
                              made_by="platform:e", now=NOW, settings=settings, daily_cap=daily_cap)


def test_the_errands_cap_lowers_the_wallets_and_counts_open_holds(session: Session) -> None:
    settings = SandboxSettings(cap_per_day=100_000, cap_per_authorization=0)
    _hold(session, "chk_1", settings, daily_cap=12_000)  # 5 800 of 12 000
    _hold(session, "chk_2", settings, daily_cap=12_000)  # 11 600 of 12 000
    with pytest.raises(UCPError) as capped:
        _hold(session, "chk_3", settings, daily_cap=12_000)
    assert capped.value.status == 422 and capped.value.code == "spending_cap_exceeded"
    assert "errand's daily cap of 12000" in capped.value.content and "11600" in capped.value.content
    _hold(session, "chk_4", settings, daily_cap=None)  # the wallet's own cap alone still has room


def test_a_huge_requested_cap_does_not_raise_the_wallets_own(session: Session) -> None:
    settings = SandboxSettings(cap_per_day=12_000, cap_per_authorization=0)
    _hold(session, "chk_1", settings, daily_cap=10**15)
    _hold(session, "chk_2", settings, daily_cap=10**15)
    with pytest.raises(UCPError) as capped:
        _hold(session, "chk_3", settings, daily_cap=10**15)
    assert capped.value.code == "spending_cap_exceeded" and "the daily cap of 12000" in capped.value.content


# Over HTTP, against the shared sandbox -------------------------------------------------------------------


def _stocked(sandbox: SandboxProcess) -> str:
    """A well-stocked, mid-priced product no other test's story uses."""
    with sqlite3.connect(sandbox.db_path) as db:
        row = db.execute("SELECT id FROM product WHERE num BETWEEN 17000 AND 18000 AND stock - held >= 100 "
                         "AND price BETWEEN 2000 AND 20000 ORDER BY num LIMIT 1 OFFSET 3").fetchone()
    assert row is not None
    return str(row[0])


def _platform(sandbox: SandboxProcess) -> dict[str, str]:
    return {"Authorization": f"Bearer {read_token(sandbox.home, 'platform')}"}


def _body(sandbox: SandboxProcess, quote: Quote, daily_cap: int | None) -> dict:
    return {"shopper_id": quote.shopper_id, "quote": quote.model_dump(mode="json"),
            "approval": sign(sandbox, quote).model_dump(mode="json"), "daily_cap_minor": daily_cap}


async def test_two_holds_at_the_same_instant_under_the_errands_cap_one_is_held(sandbox: SandboxProcess) -> None:
    with stranger_http(sandbox, timeout=30) as http:
        product = _stocked(sandbox)
        checkouts = [set_address(http, open_checkout(http, product, 1, buyer="chen").json()["id"]) for _ in range(2)]
        quotes = [quote_for(c) for c in checkouts]
        spent = http.get("/wallet/shoppers/chen/spending", headers=_platform(sandbox)).json()
        total = quotes[0].total
        assert spent["cap_per_day"] >= spent["counted"] + 2 * total  # the wallet's own cap would take both
        cap = spent["counted"] + total + total // 2  # room for one
        try:
            async with httpx.AsyncClient(base_url=sandbox.url, timeout=30) as client:
                answers = await asyncio.gather(*(client.post(
                    "/wallet/authorizations", json=_body(sandbox, quote, cap),
                    headers={"Idempotency-Key": uuid.uuid4().hex} | _platform(sandbox)) for quote in quotes))
            assert sorted(r.status_code for r in answers) == [201, 422], [r.text for r in answers]
            refused = next(r for r in answers if r.status_code == 422).json()["messages"][0]
            assert refused["code"] == "spending_cap_exceeded" and "errand's daily cap" in refused["content"]
            after = http.get("/wallet/shoppers/chen/spending", headers=_platform(sandbox)).json()
            assert after["counted"] == spent["counted"] + total
        finally:
            for checkout in checkouts:
                http.post(f"/checkout-sessions/{checkout['id']}/cancel", headers=key() | as_platform(http))


def test_a_negative_requested_cap_is_a_clear_422(sandbox: SandboxProcess) -> None:
    with stranger_http(sandbox) as http:
        checkout = set_address(http, open_checkout(http, _stocked(sandbox), 1, buyer="chen").json()["id"])
        quote = quote_for(checkout)
        try:
            r = http.post("/wallet/authorizations", json=_body(sandbox, quote, -1),
                          headers={"Idempotency-Key": uuid.uuid4().hex} | _platform(sandbox))
            assert r.status_code == 422 and r.json()["messages"][0]["code"] == "invalid_request"
        finally:
            http.post(f"/checkout-sessions/{checkout['id']}/cancel", headers=key() | as_platform(http))


# Through real Temporal: two errands approved at once --------------------------------------------------------


async def _spent(sandbox: SandboxProcess, shopper: str) -> int:
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet:
        return int((await wallet.spending(shopper))["counted"])


async def _capped(client: Client, task_queue: str, per_day: int | None) -> WorkflowHandle[BuyWorkflow, ErrandStatus]:
    intent = BuyIntent(shopper_id="bob", query="AA batteries", quantity=1, max_unit_price=4000,
                       sentence="a pack of AA batteries")
    caps = SpendingCaps(per_day=per_day) if per_day is not None else None
    return await client.start_workflow(
        BuyWorkflow.run, BuyRequest(intent=intent, caps=caps, shipment_poll_seconds=1, use_loyalty_points=False),
        id=f"buy-bob-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def test_two_errands_approved_at_the_same_instant_pay_once_under_the_daily_cap(
        ts_client: Client, settings: ErrandSettings, worker: object, sandbox: SandboxProcess) -> None:
    probe = await _capped(ts_client, settings.task_queue, None)
    priced = (await wait_state(probe, lambda s: s.quote is not None or s.finished)).quote
    assert priced is not None
    await probe.signal(BuyWorkflow.reject, Rejection(shopper_id="bob", reason="price probe"))
    per_day = await _spent(sandbox, "bob") + priced.total + priced.total // 2  # room for one, not two
    handles = [await _capped(ts_client, settings.task_queue, per_day) for _ in range(2)]
    offered = [await wait_state(h, lambda s: s.state == "awaiting_approval" or s.finished) for h in handles]
    assert all(s.state == "awaiting_approval" for s in offered), [s.outcome for s in offered]
    # The wallet answers both holds late, so each errand's recheck of today's spend reads it before either
    # hold exists: both rechecks pass, and only the hold can refuse the second.
    with httpx.Client(base_url=sandbox.url, headers=bearer(sandbox, "operator")) as admin:
        assert admin.post("/admin/faults", json={"route": "wallet.authorize", "status": 200, "count": 2,
                                                 "latency_ms": 1500}).status_code == 200
    try:
        await asyncio.gather(*(h.signal(BuyWorkflow.approve, approval_for(s, sandbox))
                               for h, s in zip(handles, offered)))
        ended = [await wait_state(h, lambda s: s.state in ("shipping", "delivered") or s.finished, timeout=90)
                 for h in handles]
        assert sum(s.authorization is not None for s in ended) == 1, [(s.state, s.outcome) for s in ended]
        assert await _spent(sandbox, "bob") <= per_day
        refused = next(s for s in ended if s.authorization is None)
        assert refused.state == "over_cap" and "the wallet refused the hold" in refused.outcome, refused.outcome
        assert "errand's daily cap" in refused.outcome and "nothing charged" in refused.outcome
        assert refused.quote is not None
        with sqlite3.connect(sandbox.db_path) as db:
            assert db.execute("SELECT COUNT(*) FROM wallet_authorization WHERE quote_id = ? AND status = 'held'",
                              (refused.quote.quote_id,)).fetchone()[0] == 0
            released = db.execute("SELECT status FROM checkout WHERE id = ?",
                                  (refused.quote.checkout_id,)).fetchone()
        assert released is not None and released[0] == "canceled", released
    finally:
        with httpx.Client(base_url=sandbox.url, headers=bearer(sandbox, "operator")) as admin:
            admin.delete("/admin/faults")
        for handle in handles:
            await handle.cancel()
