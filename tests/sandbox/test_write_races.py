"""Two legitimate requests that write the same rows at once must leave them as if one ran after the other.

Most writes run in one ``BEGIN IMMEDIATE`` transaction per request (``sandbox.common.idempotency``). These are
the ones that do not: a read (``GET``) that settles what is due, and the operator's levers. Each test forces
the other request's commit into the gap between this one's read and its write, in a thread of its own that
writes the way a joined request does (``BEGIN IMMEDIATE``). When this request already holds the write lock,
the other waits for it: the test gives it a moment, goes on, and lets it finish after this one commits.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from errand.sandbox.common.errors import UCPError
from errand.sandbox.common.idempotency_store import transactional_engine
from errand.sandbox.db import AuthorizationRow, CheckoutRow, ProductRow, WalletOperationRow, make_engine
from errand.sandbox.merchant import holds
from errand.sandbox.migrations import create_schema
from errand.sandbox.returns.api import _refund_received
from errand.sandbox.returns.tables import RmaRow
from errand.sandbox.wallet import payments
from errand.sandbox.wallet.payment_methods import PaymentMethodRow, move_gift_card

MERCHANT = "errand-sandbox"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = make_engine(tmp_path / "sandbox.db")
    create_schema(made)
    yield made
    made.dispose()


class Other:
    """The other request: run in its own thread and its own ``BEGIN IMMEDIATE`` transaction."""

    def __init__(self, engine: Engine, work: Callable[[Session], None]) -> None:
        self.tx_engine = transactional_engine(engine)
        self.work = work
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        try:
            with Session(self.tx_engine, expire_on_commit=False) as s:
                self.work(s)
                s.commit()
        except BaseException as exc:  # noqa: BLE001 - kept for the test to look at
            self.error = exc

    def start_and_wait_a_moment(self) -> None:
        self.thread.start()
        self.thread.join(timeout=1.5)  # done at once, unless this request holds the write lock

    def finish(self) -> None:
        self.thread.join(timeout=60)
        assert not self.thread.is_alive()
        self.tx_engine.dispose()


def _after_first(session: Session, method: str, wanted: Callable[[Any], bool], other: Other) -> None:
    """Let ``other`` run right after ``session.<method>`` first returns for a call ``wanted`` picks."""
    real = getattr(session, method)
    fired: list[bool] = []

    def wrapped(*args: Any, **kw: Any) -> Any:
        result = real(*args, **kw)
        if not fired and wanted(args[0]):
            fired.append(True)
            other.start_and_wait_a_moment()
        return result

    setattr(session, method, wrapped)


# Returns: a received return is refunded by the first read of it --------------------------------------------


def _captured_payment(engine: Engine, captured: int) -> None:
    with Session(engine) as s:
        s.add(AuthorizationRow(id="auth_1", shopper_id="alice", amount=captured, currency="CNY", status="captured",
                               captured=captured, quote_id="q1", checkout_id="chk_1", order_id="ord_1",
                               created_at=NOW, payee=MERCHANT))
        s.add(RmaRow(id="rma_1", order_id="ord_1", shopper_id="alice", reason="damaged", refund_amount=captured,
                     currency="CNY", authorization_id="auth_1", created_at=NOW))
        s.commit()


def test_a_return_refunded_while_the_merchant_refunds_the_same_payment_never_gives_back_more_than_was_paid(
        engine: Engine) -> None:
    """The shopper's errand reads its received return (which refunds it) while the merchant refunds part of
    the same payment: together they may give back at most what was captured, and the count stays true."""
    _captured_payment(engine, 10_000)

    def merchant_refund(s: Session) -> None:
        auth = s.get(AuthorizationRow, "auth_1")
        assert auth is not None
        payments.refund(s, auth, payee=MERCHANT, amount=6_000, reason="goodwill", now=NOW)

    other = Other(engine, merchant_refund)
    with Session(engine) as s:
        rma = s.get(RmaRow, "rma_1")
        assert rma is not None
        _after_first(s, "get", lambda entity: entity is AuthorizationRow, other)
        _refund_received(s, rma, MERCHANT)
        s.commit()
    other.finish()
    assert other.error is None or (isinstance(other.error, UCPError) and other.error.status == 409)

    with Session(engine) as s:
        auth = s.get(AuthorizationRow, "auth_1")
        assert auth is not None
        refunds = [op.amount for op in s.exec(select(WalletOperationRow).where(WalletOperationRow.kind == "refund"))]
        assert sum(refunds) <= 10_000
        assert auth.refunded == sum(refunds)
        assert s.get(RmaRow, "rma_1").refunded_at is not None  # type: ignore[union-attr]


def test_a_return_read_twice_at_once_is_refunded_once(engine: Engine) -> None:
    _captured_payment(engine, 4_000)
    rma_view_refund = Other(engine, lambda s: _refund_received(s, s.get(RmaRow, "rma_1"), MERCHANT))  # type: ignore[arg-type]
    with Session(engine) as s:
        rma = s.get(RmaRow, "rma_1")
        assert rma is not None and rma.refunded_at is None  # both reads see it unrefunded
        _after_first(s, "get", lambda entity: entity is AuthorizationRow, rma_view_refund)
        _refund_received(s, rma, MERCHANT)
        s.commit()
    rma_view_refund.finish()
    assert rma_view_refund.error is None
    with Session(engine) as s:
        refunds = [op.amount for op in s.exec(select(WalletOperationRow).where(WalletOperationRow.kind == "refund"))]
        assert refunds == [4_000]


# Gift cards: a balance moved outside the request transaction ----------------------------------------------


def test_a_gift_card_credited_while_a_capture_debits_it_keeps_both(engine: Engine) -> None:
    """The operator books a returned order's refund to a gift card while a capture takes a purchase from it:
    the balance is the old one, less the purchase, plus the refund."""
    with Session(engine) as s:
        s.add(PaymentMethodRow(id="gift_card_alice", shopper_id="alice", source="gift_card", currency="CNY",
                               balance=50_000))
        s.commit()

    def capture_debit(s: Session) -> None:
        card = s.get(PaymentMethodRow, "gift_card_alice")
        assert card is not None
        move_gift_card(s, card, -30_000)

    other = Other(engine, capture_debit)
    with Session(engine) as s:
        card = s.get(PaymentMethodRow, "gift_card_alice")  # the refund reads the card ...
        assert card is not None
        other.start_and_wait_a_moment()  # ... the capture commits ...
        move_gift_card(s, card, 2_000)  # ... and the refund is booked
        s.commit()
        assert card.balance == 22_000  # the row this request holds shows the balance it left
    other.finish()
    assert other.error is None
    with Session(engine) as s:
        assert s.get(PaymentMethodRow, "gift_card_alice").balance == 22_000  # type: ignore[union-attr]


def test_a_gift_card_debit_the_balance_no_longer_covers_is_refused(engine: Engine) -> None:
    with Session(engine) as s:
        s.add(PaymentMethodRow(id="gift_card_bob", shopper_id="bob", source="gift_card", currency="CNY",
                               balance=5_000))
        s.commit()
    other = Other(engine, lambda s: move_gift_card(s, s.get(PaymentMethodRow, "gift_card_bob"), -4_000))  # type: ignore[arg-type]
    with Session(engine) as s:
        card = s.get(PaymentMethodRow, "gift_card_bob")
        assert card is not None
        other.start_and_wait_a_moment()
        with pytest.raises(UCPError) as refused:
            move_gift_card(s, card, -3_000)  # read 5000, but only 1000 is left
        assert refused.value.code == "insufficient_balance"
        s.rollback()
    other.finish()
    assert other.error is None
    with Session(engine) as s:
        assert s.get(PaymentMethodRow, "gift_card_bob").balance == 1_000  # type: ignore[union-attr]


# Checkouts: a read that releases lapsed reservations ------------------------------------------------------


def _stock_with_a_lapsed_checkout(engine: Engine) -> None:
    with Session(engine) as s:
        s.add(ProductRow(num=1, id="p1", title="Kettle", brand="B", category="kitchen", price=100, stock=10,
                         held=2, rating=4.5, review_count=3, seller="s"))
        s.add(CheckoutRow(id="chk_old", buyer_id="alice", status="ready_for_complete",
                          lines=json.dumps([{"product_id": "p1", "quantity": 2}]), hold_active=True,
                          expires_at=NOW - timedelta(minutes=1), created_at=NOW - timedelta(minutes=31)))
        s.commit()


def _product_held(engine: Engine) -> int:
    with Session(engine) as s:
        return s.exec(select(ProductRow).where(ProductRow.id == "p1")).one().held


def _is_product_query(statement: Any) -> bool:
    return ProductRow in [d.get("entity") for d in getattr(statement, "column_descriptions", [])]


def test_a_lapsed_reservation_released_by_a_read_keeps_a_reservation_made_meanwhile(engine: Engine) -> None:
    """A checkout read releases a lapsed reservation of 2 while another checkout reserves 3 of the same
    product: 3 stay held."""
    _stock_with_a_lapsed_checkout(engine)

    def reserve_three(s: Session) -> None:
        product = s.exec(select(ProductRow).where(ProductRow.id == "p1")).one()
        product.held += 3
        s.add(product)

    other = Other(engine, reserve_three)
    with Session(engine) as s:
        _after_first(s, "exec", _is_product_query, other)
        holds.release_expired(s, NOW, MERCHANT)
        s.commit()
    other.finish()
    assert other.error is None
    assert _product_held(engine) == 3


def test_a_lapsed_reservation_released_by_two_requests_at_once_is_released_once(engine: Engine) -> None:
    _stock_with_a_lapsed_checkout(engine)
    with Session(engine) as s:  # a third reservation, of 4, that neither may give back
        s.exec(select(ProductRow).where(ProductRow.id == "p1")).one().held += 4
        s.commit()
    other = Other(engine, lambda s: holds.release_expired(s, NOW, MERCHANT))
    with Session(engine) as s:
        _after_first(s, "exec", lambda statement: True, other)  # after this read found the lapsed checkout
        holds.release_expired(s, NOW, MERCHANT)
        s.commit()
    other.finish()
    assert other.error is None
    assert _product_held(engine) == 4
    with Session(engine) as s:
        assert s.get(CheckoutRow, "chk_old").status == "canceled"  # type: ignore[union-attr]
