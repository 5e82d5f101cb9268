"""The payment model's rules in-process: what a quote adds up to, lapsed holds, caps over open holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session

from errand.domain.models import Address, Adjustment, Quote, QuoteLine
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import make_engine
from errand.sandbox.migrations import create_schema
from errand.sandbox.seed import ensure_seeded
from errand.sandbox.settings import SandboxSettings
from errand.sandbox.wallet import payments

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _quote(unit: int = 5000, quantity: int = 1, shipping: int = 800, checkout_id: str = "chk_1") -> Quote:
    subtotal = unit * quantity
    return Quote(quote_id=f"q-{checkout_id}", errand_id="e", shopper_id="dana", merchant="errand-sandbox",
                 checkout_id=checkout_id, subtotal=subtotal, total=subtotal + shipping, currency="CNY",
                 lines=[QuoteLine(product_id="p", title="t", quantity=quantity, unit_price=unit,
                                  line_total=subtotal)],
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


def test_the_wallet_adds_the_quote_up_itself() -> None:
    assert payments.recompute_total(_quote()) == 5800
    lying = _quote().model_copy(update={"total": 100})
    inflated = _quote(shipping=payments.SHIPPING_BOUND + 1)
    positive_discount = _quote().model_copy(update={
        "adjustments": [Adjustment(kind="discount", label="d", amount=50)], "total": 5050})
    for quote in (lying, inflated, positive_discount):
        with pytest.raises(UCPError) as refused:
            payments.recompute_total(quote)
        assert refused.value.code == "amount_mismatch"


def test_a_lapsed_hold_is_expired_pays_nothing_and_holds_no_money(session: Session) -> None:
    settings = SandboxSettings(hold_minutes=5, cap_per_day=12_000, cap_per_authorization=0)
    hold = payments.open_hold(session, quote=_quote(), payee="errand-sandbox", digest="d1",
                              made_by="platform:e", now=NOW, settings=settings)
    session.commit()
    later = NOW + timedelta(minutes=6)
    assert payments.effective_status(hold, NOW) == "held"
    assert payments.effective_status(hold, later) == "expired"
    with pytest.raises(UCPError) as refused:
        payments.check_payable(hold, payee="errand-sandbox", checkout_id="chk_1", amount=5800, currency="CNY",
                               now=later)
    assert "expired" in refused.value.content
    # Inside the day's cap only because the lapsed hold no longer counts: 5 800 + 5 800 + 5 800 > 12 000.
    payments.open_hold(session, quote=_quote(checkout_id="chk_2"), payee="errand-sandbox", digest="d2",
                       made_by="platform:e", now=later, settings=settings)
    payments.open_hold(session, quote=_quote(checkout_id="chk_3"), payee="errand-sandbox", digest="d3",
                       made_by="platform:e", now=later, settings=settings)
    with pytest.raises(UCPError) as capped:
        payments.open_hold(session, quote=_quote(checkout_id="chk_4"), payee="errand-sandbox", digest="d4",
                           made_by="platform:e", now=later, settings=settings)
    assert capped.value.code == "spending_cap_exceeded" and "cap_per_day" in capped.value.content
    session.refresh(hold)
    assert hold.status == "expired"  # the sweep marked it while deciding


def test_an_approval_makes_one_hold(session: Session) -> None:
    settings = SandboxSettings()
    payments.open_hold(session, quote=_quote(), payee="errand-sandbox", digest="same",
                       made_by="platform:e", now=NOW, settings=settings)
    session.commit()
    with pytest.raises(UCPError) as reused:
        payments.open_hold(session, quote=_quote(), payee="errand-sandbox", digest="same",
                           made_by="platform:e", now=NOW, settings=settings)
    assert reused.value.status == 409 and reused.value.code == "approval_already_used"
