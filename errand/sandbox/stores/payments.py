"""The stores service as a payee: it checks the hold a branch order is placed with, captures what its placed
branch orders cost when the bulk order settles, releases the rest, and refunds a cancelled paid branch."""

from __future__ import annotations

import json
from datetime import datetime

from sqlmodel import Session, select

from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import AuthorizationRow
from errand.sandbox.stores.tables import StoreBranchOrderRow, StoreQuoteRow
from errand.sandbox.wallet import payments


def void_unplaced(s: Session, quote_id: str, now: datetime) -> None:
    """Release the stores' holds for a quote none of whose branch orders stands placed."""
    placed = s.exec(select(StoreBranchOrderRow).where(StoreBranchOrderRow.quote_id == quote_id,
                                                      StoreBranchOrderRow.status == "placed")).first()
    if placed is not None:
        return
    held = s.exec(select(AuthorizationRow).where(AuthorizationRow.checkout_id == quote_id,
                                                 AuthorizationRow.payee == payments.STORES_PAYEE,
                                                 AuthorizationRow.status == "held")).all()
    for auth in held:
        auth.order_id = None  # no branch order stands on it any more
        payments.void(s, auth, payee=payments.STORES_PAYEE, now=now, detail=f"bulk quote {quote_id} released")


def refund_branch(s: Session, row: StoreBranchOrderRow, now: datetime) -> None:
    """A cancelled branch order that was already paid for is refunded by the stores service."""
    auth = s.get(AuthorizationRow, row.authorization_id) if row.authorization_id else None
    if auth is None or auth.status not in ("captured", "partially_refunded"):
        return
    amount = min(row.total, auth.captured - auth.refunded)
    if amount > 0:
        payments.refund(s, auth, payee=payments.STORES_PAYEE, amount=amount,
                        reason=f"branch order {row.id} cancelled", now=now)


def check_authorization(s: Session, auth: AuthorizationRow | None, quote: StoreQuoteRow,
                        now: datetime) -> None:
    """The wallet hold must be this shopper's, held and unexpired, made for the stores service and this quote,
    for exactly its signed total, and approved for exactly this quote's branch lines (branch and item,
    cups, unit price) and delivery address (422 ``checkout_changed`` otherwise)."""
    if auth is None:
        raise UCPError(422, "payment_failed", "no such wallet authorization")
    problems = []
    if auth.shopper_id != quote.shopper_id:
        problems.append("authorization belongs to another shopper")
    if payments.effective_status(auth, now) != "held":
        problems.append(f"authorization is {payments.effective_status(auth, now)}, not held")
    if auth.payee != payments.STORES_PAYEE:
        problems.append("authorization was made for another payee")
    if auth.checkout_id != quote.id:
        problems.append("authorization was given for another quote")
    if auth.order_id is not None and auth.order_id != quote.id:
        problems.append("authorization already paid for another order")
    if auth.currency != quote.currency or auth.amount != quote.total:
        problems.append(f"authorization is {auth.amount} {auth.currency}, quote total is {quote.total} "
                        f"{quote.currency}")
    if problems:
        code = "amount_mismatch" if auth.amount != quote.total else "payment_failed"
        raise UCPError(422, code, "; ".join(problems))
    assert auth is not None
    rows = s.exec(select(StoreBranchOrderRow).where(StoreBranchOrderRow.quote_id == quote.id)).all()
    # Lines as the platform shows them to the shopper: one per branch order, named "<branch>/<item>".
    payments.check_terms(auth, payments.approved_terms(
        checkout_id=quote.id, lines=[(f"{row.branch_id}/{row.item_id}", row.quantity, row.unit_price)
                                     for row in rows],
        address=json.loads(quote.address), currency=quote.currency, total=quote.total))


__all__ = ["check_authorization", "refund_branch", "void_unplaced"]
