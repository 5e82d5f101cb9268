"""A checkout's reservations: the stock and loyalty points its open checkouts hold, released when their time lapses or
they end, and the wallet holds voided with them."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import DateTime, bindparam, text
from sqlmodel import Session, select

from errand.sandbox.db import AuthorizationRow, CheckoutRow, ProductRow
from errand.sandbox.wallet import payments

OPEN = ("incomplete", "ready_for_complete")

# The two questions every checkout call asks, as fixed SQL: built through the ORM each call, they cost ~0.3 ms
# of statement construction apiece against ~0.05 ms for the query itself.
_OPEN_HOLD = f"hold_active = 1 AND status IN ({', '.join(repr(state) for state in OPEN)})"
_LAPSED = text(f"SELECT id FROM checkout WHERE {_OPEN_HOLD} AND expires_at <= :now").bindparams(
    bindparam("now", type_=DateTime))
_TOUCH = text("UPDATE checkout SET hold_active = hold_active WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True))
_POINTS_HELD = text(f"SELECT coalesce(sum(loyalty_points), 0) FROM checkout WHERE buyer_id = :buyer AND {_OPEN_HOLD} "
                    "AND id != :besides")


def release_expired(session: Session, now: datetime, merchant_id: str | None = None) -> None:
    """Release holds whose reservation has lapsed (done lazily on every checkout call).

    The database picks the lapsed ones (stored times are UTC): with hundreds of errands in flight, loading
    every open checkout on every call was the merchant's main cost.
    """
    lapsed = session.connection().execute(_LAPSED, {"now": now}).scalars().all()
    if not lapsed:
        return
    # A read of a checkout runs outside the request transaction, beside requests that reserve the same stock or
    # release the same lapsed checkout: take the write lock first (a write that changes nothing), then ask again
    # and read what to release as it now is, so no reservation made meanwhile is lost and none is released twice.
    session.connection().execute(_TOUCH, {"ids": list(lapsed)})
    lapsed = session.connection().execute(_LAPSED, {"now": now}).scalars().all()
    if not lapsed:
        return
    for row in session.exec(select(CheckoutRow).where(CheckoutRow.id.in_(lapsed))  # type: ignore[attr-defined]
                            .execution_options(populate_existing=True)).all():
        release(session, row)
        row.status = "canceled"
        session.add(row)
    if merchant_id is not None:
        void_holds(session, list(lapsed), merchant_id, now, "checkout reservation lapsed")


def release(session: Session, row: CheckoutRow) -> None:
    for line in json.loads(row.lines):
        product = session.exec(select(ProductRow).where(ProductRow.id == line["product_id"])
                               .execution_options(populate_existing=True)).one()
        product.held = max(0, product.held - line["quantity"])
        session.add(product)
    row.hold_active = False


def points_held(session: Session, buyer_id: str, *, besides: str | None = None) -> int:
    """Loyalty points the buyer's open checkouts hold (other than ``besides``), like their stock holds.

    Two checkouts of one buyer must not both be priced with the same points: the second order to complete
    would find them spent and be refused after the shopper had approved its quote.
    """
    session.flush()  # fixed SQL does not autoflush: holds released earlier in this request must count as released
    held = session.connection().execute(_POINTS_HELD, {"buyer": buyer_id, "besides": besides or ""}).scalar_one()
    return int(held)


def void_holds(session: Session, checkout_ids: list[str], merchant_id: str, now: datetime, why: str) -> None:
    """Void this merchant's unbound holds made for these checkouts (their money is no longer held)."""
    if not checkout_ids:
        return
    held = session.exec(select(AuthorizationRow).where(
        AuthorizationRow.checkout_id.in_(checkout_ids),  # type: ignore[attr-defined]
        AuthorizationRow.payee == merchant_id, AuthorizationRow.status == "held",
        AuthorizationRow.order_id.is_(None))).all()  # type: ignore[union-attr]
    for auth in held:
        payments.void(session, auth, payee=merchant_id, now=now, detail=why)


__all__ = ["OPEN", "points_held", "release", "release_expired", "void_holds"]
