"""Payment methods a shopper holds in the wallet: gift cards with a balance, PayPal, cards (brand, last four).

A gift card's balance is money the wallet keeps, so it moves at once (a refund credits it, a payment debits
it, never below zero); PayPal and cards are instruments outside, whose payments and refunds are recorded by
the payee (the merchant's order transaction log) and settle elsewhere. A method belongs to one shopper: a
method id of another shopper is answered exactly as one that does not exist.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlmodel import Field, Session, SQLModel, select

from errand.sandbox.common.auth import require
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import ShopperRow


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


def methods_of(session: Session, shopper_id: str) -> list[PaymentMethodRow]:
    return list(session.exec(select(PaymentMethodRow).where(PaymentMethodRow.shopper_id == shopper_id)
                             .order_by(PaymentMethodRow.id)).all())


def owned_method(session: Session, shopper_id: str, method_id: str) -> PaymentMethodRow | None:
    """The shopper's method ``method_id``; None when there is none or it is another shopper's."""
    row = session.get(PaymentMethodRow, method_id)
    return row if row is not None and row.shopper_id == shopper_id else None


def move_gift_card(session: Session, row: PaymentMethodRow, delta: int) -> None:
    """Credit (``delta`` > 0) or debit a gift card at once; a debit the balance cannot cover is refused
    (callers check first and refuse by their rule; this is the last line)."""
    if row.source != "gift_card":
        raise ValueError(f"{row.id} is not a gift card")
    balance = (row.balance or 0) + delta
    if balance < 0:
        raise UCPError(422, "insufficient_balance", f"gift card {row.id} holds {row.balance}", "unrecoverable")
    row.balance = balance
    session.add(row)


def payment_methods_router() -> APIRouter:
    """``GET /wallet/shoppers/{id}/payment-methods``: for the platform acting for the shopper, or an operator."""
    router = APIRouter()

    @router.get("/wallet/shoppers/{shopper_id}/payment-methods")
    async def list_methods(shopper_id: str, request: Request) -> dict[str, Any]:
        require(request, "platform", "operator")
        with Session(request.app.state.engine) as s:
            if s.get(ShopperRow, shopper_id) is None:
                raise UCPError(404, "not_found", f"no shopper {shopper_id}", "unrecoverable")
            return {"shopper_id": shopper_id, "payment_methods": [method_view(r) for r in methods_of(s, shopper_id)]}

    return router


__all__ = ["PaymentMethodRow", "method_view", "methods_of", "move_gift_card", "owned_method",
           "payment_methods_router"]
