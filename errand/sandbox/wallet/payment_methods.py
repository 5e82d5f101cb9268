"""Payment methods a shopper holds in the wallet: gift cards with a balance, PayPal, cards (brand, last four).

A gift card's balance is money the wallet keeps, so it moves at once (a refund credits it, a payment debits
it, never below zero); PayPal and cards are instruments outside, whose payments and refunds are recorded by
the payee (the merchant's order transaction log) and settle elsewhere. A method belongs to one shopper: a
method id of another shopper is answered exactly as one that does not exist.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import Connection, func, text, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Field, Session, SQLModel, col, select

from errand.sandbox.common.auth import require
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import AuthorizationRow, ShopperRow, as_utc

# The generated world's shoppers hold these (id, shopper, source, brand, last four, gift card balance in fen):
# alice a gift card, PayPal and two cards; bob a small gift card (short for most baskets); chen a card; dana
# PayPal.
SEEDED_METHODS: tuple[tuple[str, str, str, str | None, str | None, int | None], ...] = (
    ("gift_card_alice", "alice", "gift_card", None, None, 500_000),
    ("paypal_alice", "alice", "paypal", None, None, None),
    ("credit_card_alice_4242", "alice", "credit_card", "visa", "4242", None),
    ("credit_card_alice_5454", "alice", "credit_card", "mastercard", "5454", None),
    ("gift_card_bob", "bob", "gift_card", None, None, 500),
    ("paypal_bob", "bob", "paypal", None, None, None),
    ("credit_card_chen_1881", "chen", "credit_card", "visa", "1881", None),
    ("paypal_dana", "dana", "paypal", None, None, None),
)


class PaymentMethodRow(SQLModel, table=True):
    __tablename__ = "wallet_payment_method"
    id: str = Field(primary_key=True)  # the data set's own id (e.g. gift_card_4806466)
    shopper_id: str = Field(index=True)
    source: str  # gift_card | paypal | credit_card
    currency: str
    brand: str | None = None  # cards
    last_four: str | None = None  # cards
    balance: int | None = None  # gift cards, minor units


def method_view(row: PaymentMethodRow) -> dict[str, Any]:
    """A method as the data set's format writes it (``datasets.retail.PaymentMethod``)."""
    view: dict[str, Any] = {"source": row.source, "id": row.id}
    if row.source == "gift_card":
        view["balance"] = row.balance or 0
    elif row.source == "credit_card":
        view.update(brand=row.brand, last_four=row.last_four)
    return view


def method_display(session: Session, auth: AuthorizationRow) -> dict[str, Any]:
    """The instrument a hold is paid with as a payee shows it (id, kind, brand and last four of a card)."""
    row = session.get(PaymentMethodRow, auth.payment_method_id) if auth.payment_method_id else None
    if row is None:
        return {"id": auth.payment_method_id, "type": "unknown"}
    view: dict[str, Any] = {"id": row.id, "type": row.source}
    if row.source == "credit_card":
        view.update(brand=row.brand, last_digits=row.last_four)
    return view


def methods_of(session: Session, shopper_id: str) -> list[PaymentMethodRow]:
    return list(session.exec(select(PaymentMethodRow).where(PaymentMethodRow.shopper_id == shopper_id)
                             .order_by(PaymentMethodRow.id)).all())


def owned_method(session: Session, shopper_id: str, method_id: str) -> PaymentMethodRow | None:
    """The shopper's method ``method_id``; None when there is none or it is another shopper's."""
    row = session.get(PaymentMethodRow, method_id)
    return row if row is not None and row.shopper_id == shopper_id else None


def held_on(session: Session, row: PaymentMethodRow, now: datetime) -> int:
    """What open, unexpired holds keep of a gift card's balance (taken from it when they are captured). A hold a
    bulk order's placed branch orders stand on is bound to that order (``order_id`` set) and still open until
    the stores capture it at settlement: it keeps its share too."""
    holds = session.exec(select(AuthorizationRow).where(
        AuthorizationRow.payment_method_id == row.id, AuthorizationRow.status == "held")).all()
    return sum(h.amount for h in holds if h.expires_at is None or as_utc(h.expires_at) > now)


def move_gift_card(session: Session, row: PaymentMethodRow, delta: int) -> None:
    """Credit (``delta`` > 0) or debit a gift card at once; a debit the balance cannot cover is refused
    (callers check first and refuse by their rule; this is the last line).

    The balance moves by one conditional update of the stored balance, not by writing back the one ``row``
    was read with: a request outside the request transaction (the operator booking a returned order's refund)
    may have read it before a capture took a purchase from it, and neither change may be lost."""
    if row.source != "gift_card":
        raise ValueError(f"{row.id} is not a gift card")
    table = PaymentMethodRow
    balance = func.coalesce(col(table.balance), 0) + delta
    moved = session.execute(update(table).where(col(table.id) == row.id, balance >= 0)
                            .values(balance=balance).execution_options(synchronize_session=False))
    stored = session.connection().execute(select(col(table.balance)).where(col(table.id) == row.id)).scalar()
    set_committed_value(row, "balance", stored)
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        raise UCPError(422, "insufficient_balance", f"gift card {row.id} holds {stored}", "unrecoverable")


def seed_payment_methods(conn: Connection, seed: int) -> None:
    """The ``payment_methods`` part of the generated world: ``SEEDED_METHODS`` for the shoppers it holds."""
    shoppers = {row[0] for row in conn.execute(text("SELECT id FROM shopper"))}
    for method_id, shopper_id, source, brand, last_four, balance in SEEDED_METHODS:
        if shopper_id in shoppers:
            conn.execute(text("INSERT INTO wallet_payment_method (id, shopper_id, source, currency, brand, last_four, "
                              "balance) VALUES (:id, :shopper, :source, 'CNY', :brand, :last_four, :balance)"),
                         {"id": method_id, "shopper": shopper_id, "source": source, "brand": brand,
                          "last_four": last_four, "balance": balance})


def payment_methods_router() -> APIRouter:
    """``GET /wallet/shoppers/{id}/payment-methods``: for the platform acting for the shopper, or an operator."""
    router = APIRouter()

    @router.get("/wallet/shoppers/{shopper_id}/payment-methods")
    async def list_methods(shopper_id: str, request: Request) -> dict[str, Any]:
        require(request, "platform", "operator")
        with Session(request.app.state.engine) as s:
            if s.get(ShopperRow, shopper_id) is None:
                raise UCPError(404, "not_found", f"no shopper {shopper_id}", "unrecoverable")
            return {"shopper_id": shopper_id,
                    "payment_methods": [{**method_view(r), "currency": r.currency} for r in methods_of(s, shopper_id)]}

    return router


__all__ = ["SEEDED_METHODS", "PaymentMethodRow", "held_on", "method_display", "method_view", "methods_of", "move_gift_card",
           "owned_method", "payment_methods_router", "seed_payment_methods"]
