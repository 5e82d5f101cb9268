"""Checkout sessions: stock holds, totals, and completion against a wallet hold."""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import DateTime, bindparam, text
from sqlmodel import Session, select

from errand.sandbox.common.errors import UCPError
from errand.sandbox.courier.api import create_shipment, step_index
from errand.sandbox.db import (
    AuthorizationRow,
    CheckoutRow,
    OrderRow,
    ProductRow,
    ShipmentRow,
    ShopperRow,
    as_utc,
)
from errand.sandbox.merchant.pricing import PricedLine, Totals, compute_totals
from errand.sandbox.wallet import payments

OPEN = ("incomplete", "ready_for_complete")

# The two questions every checkout call asks, as fixed SQL: built through the ORM each call, they cost ~0.3 ms
# of statement construction apiece against ~0.05 ms for the query itself.
_OPEN_HOLD = f"hold_active = 1 AND status IN ({', '.join(repr(state) for state in OPEN)})"
_LAPSED = text(f"SELECT id FROM checkout WHERE {_OPEN_HOLD} AND expires_at <= :now").bindparams(
    bindparam("now", type_=DateTime))
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
    for row in session.exec(select(CheckoutRow).where(CheckoutRow.id.in_(lapsed))).all():  # type: ignore[attr-defined]
        _release(session, row)
        row.status = "canceled"
        session.add(row)
    if merchant_id is not None:
        void_holds(session, list(lapsed), merchant_id, now, "checkout reservation lapsed")


def _release(session: Session, row: CheckoutRow) -> None:
    for line in json.loads(row.lines):
        product = session.exec(select(ProductRow).where(ProductRow.id == line["product_id"])).one()
        product.held = max(0, product.held - line["quantity"])
        session.add(product)
    row.hold_active = False


def shopper_of(session: Session, shopper_id: str) -> ShopperRow:
    """The buyer, loaded once per session: the session's identity map holds rows weakly, so without the
    reference kept here every price and render of one request read the buyer again."""
    kept = session.info.setdefault("shoppers", {})
    if shopper_id not in kept:
        shopper = session.get(ShopperRow, shopper_id)
        if shopper is None:
            raise UCPError(404, "buyer_not_found", f"unknown buyer {shopper_id}", "unrecoverable")
        kept[shopper_id] = shopper
    return kept[shopper_id]


def points_held(session: Session, buyer_id: str, *, besides: str | None = None) -> int:
    """Loyalty points the buyer's open checkouts hold (other than ``besides``), like their stock holds.

    Two checkouts of one buyer must not both be priced with the same points: the second order to complete
    would find them spent and be refused after the shopper had approved its quote.
    """
    session.flush()  # fixed SQL does not autoflush: holds released earlier in this request must count as released
    held = session.connection().execute(_POINTS_HELD, {"buyer": buyer_id, "besides": besides or ""}).scalar_one()
    return int(held)


def price(session: Session, row: CheckoutRow) -> Totals:
    """Totals for a checkout at its locked unit prices and the points its buyer has not held elsewhere."""
    shopper = shopper_of(session, row.buyer_id)
    lines = [PricedLine(line["product_id"], line["title"], line["quantity"], line["unit_price"])
             for line in json.loads(row.lines)]
    if row.status == "completed":  # its points are spent: price it as it was sold
        free = row.loyalty_points
    else:
        free = max(0, shopper.loyalty_points - points_held(session, row.buyer_id, besides=row.id))
    return compute_totals(lines, row.loyalty_points, free)


def get(session: Session, checkout_id: str) -> CheckoutRow:
    row = session.get(CheckoutRow, checkout_id)
    if row is None:
        raise UCPError(404, "not_found", f"no checkout session {checkout_id}", "unrecoverable")
    return row


def create(session: Session, buyer_id: str, items: list[tuple[str, int]], now: datetime,
           reservation_minutes: int) -> CheckoutRow:
    """Open a checkout and hold stock for every line; all or nothing."""
    shopper_of(session, buyer_id)
    if not items:
        raise UCPError(422, "invalid_request", "a checkout needs at least one line item")
    lines = []
    for product_id, quantity in items:
        if quantity < 1:
            raise UCPError(422, "invalid_request", "quantity must be at least 1")
        product = session.exec(select(ProductRow).where(ProductRow.id == product_id)).first()
        if product is None:
            raise UCPError(404, "item_unavailable", f"no product {product_id}", "unrecoverable")
        available = product.stock - product.held
        if quantity > available:
            raise UCPError(409, "out_of_stock", f"{product_id}: wanted {quantity}, {max(0, available)} available")
        product.held += quantity
        session.add(product)
        lines.append({"product_id": product.id, "title": product.title, "quantity": quantity,
                      "unit_price": product.price})
    row = CheckoutRow(id=f"chk_{secrets.token_hex(8)}", buyer_id=buyer_id, status="incomplete",
                      lines=json.dumps(lines), created_at=now,
                      expires_at=now + timedelta(minutes=reservation_minutes))
    session.add(row)
    return row


def update(session: Session, row: CheckoutRow, address_label: str | None, loyalty_points: int | None, *,
           merchant_id: str, now: datetime) -> None:
    """Choose the destination and points to redeem; totals are recomputed on read.

    Once the wallet holds money for the checkout it is frozen (409 ``checkout_locked``): the shopper approved
    it as it stood. To change it, the platform cancels it (which voids the hold) and starts again.
    """
    if row.status not in OPEN:
        raise UCPError(409, "checkout_not_open", f"checkout is {row.status}", "unrecoverable")
    if payments.open_hold_for(session, payee=merchant_id, checkout_id=row.id, now=now) is not None:
        raise UCPError(409, "checkout_locked", "the wallet holds a payment for this checkout as approved: cancel "
                       "it and start a new one to change it", "unrecoverable")
    shopper = shopper_of(session, row.buyer_id)
    if address_label is not None:
        labels = [a["label"] for a in json.loads(shopper.addresses)]
        if address_label not in labels:
            raise UCPError(422, "address_undeliverable", f"buyer has no address labelled {address_label!r}")
        row.address_label = address_label
    if loyalty_points is not None:
        if loyalty_points < 0:
            raise UCPError(422, "invalid_request", "loyalty points cannot be negative")
        row.loyalty_points = loyalty_points
        # Hold exactly the points this checkout can use now (capped, and not held by another checkout).
        row.loyalty_points = price(session, row).loyalty_points_used
    row.status = "ready_for_complete" if row.address_label else "incomplete"
    session.add(row)


def cancel(session: Session, row: CheckoutRow, merchant_id: str, now: datetime) -> None:
    """Release the stock hold and void the wallet holds made for this checkout; cancelling twice is fine,
    cancelling a completed checkout is not."""
    if row.status == "completed":
        raise UCPError(409, "checkout_completed", "a completed checkout cannot be canceled", "unrecoverable")
    if row.hold_active:
        _release(session, row)
    row.status = "canceled"
    session.add(row)
    void_holds(session, [row.id], merchant_id, now, "checkout canceled")


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


def cancel_order(session: Session, order: OrderRow, merchant_id: str, now: datetime, step_seconds: float,
                 reason: str) -> OrderRow:
    """Cancel an order that has not shipped: restock it, give back its points and refund what it captured.
    Cancelling twice is fine; a shipped order is returned instead (409)."""
    if order.status == "canceled":
        return order
    shipment = session.get(ShipmentRow, order.shipment_id) if order.shipment_id else None
    if shipment is not None and step_index(as_utc(shipment.created_at), shipment.manual_steps, step_seconds,
                                           now) > 0:
        raise UCPError(409, "order_shipped", "the order has shipped: return it instead", "unrecoverable")
    snapshot = json.loads(order.snapshot)
    for line in snapshot["lines"]:
        product = session.exec(select(ProductRow).where(ProductRow.id == line["product_id"])).one()
        product.stock += line["quantity"]
        session.add(product)
    shopper = shopper_of(session, order.buyer_id)
    shopper.loyalty_points += int(snapshot.get("loyalty_points_used") or 0)
    session.add(shopper)
    auth = session.get(AuthorizationRow, order.authorization_id)
    if auth is not None and auth.captured - auth.refunded > 0:
        payments.refund(session, auth, payee=merchant_id, amount=auth.captured - auth.refunded,
                        reason=f"order {order.id} canceled{': ' + reason if reason else ''}", now=now)
    order.status = "canceled"
    session.add(order)
    return order


def complete(session: Session, row: CheckoutRow, authorization_id: str, now: datetime,
             merchant_id: str) -> OrderRow:
    """Verify the wallet hold made for this checkout, then place the order and capture the hold with the
    merchant's own identity: sale, shipment, points and payment in one transaction."""
    if row.status == "canceled":
        raise UCPError(409, "checkout_canceled", "checkout was canceled or its reservation expired",
                       "unrecoverable")
    if row.status == "completed":
        raise UCPError(409, "checkout_completed", "checkout already completed", "unrecoverable")
    if row.address_label is None:
        raise UCPError(422, "fulfillment_required", "choose a delivery address before completing",
                       "recoverable")
    totals = price(session, row)
    auth = payments.check_payable(session.get(AuthorizationRow, authorization_id), payee=merchant_id,
                                  checkout_id=row.id, amount=totals.total, currency="CNY", now=now,
                                  shopper_id=row.buyer_id)
    shopper = shopper_of(session, row.buyer_id)
    lines = json.loads(row.lines)
    address = next((a for a in json.loads(shopper.addresses) if a["label"] == row.address_label), None)
    if address is None:
        raise UCPError(422, "address_undeliverable", f"buyer has no address labelled {row.address_label!r}")
    # What is about to be sold and shipped must be what the shopper approved, field by field.
    payments.check_terms(auth, payments.approved_terms(
        checkout_id=row.id, lines=[(line["product_id"], line["quantity"], line["unit_price"]) for line in lines],
        address=address, currency="CNY", total=totals.total))
    if totals.loyalty_points_used > shopper.loyalty_points:
        raise UCPError(409, "loyalty_points_unavailable", "loyalty points were spent elsewhere")
    for line in lines:
        product = session.exec(select(ProductRow).where(ProductRow.id == line["product_id"])).one()
        product.stock -= line["quantity"]
        product.held = max(0, product.held - line["quantity"])
        session.add(product)
    shopper.loyalty_points -= totals.loyalty_points_used
    session.add(shopper)
    order_id = f"ord_{secrets.token_hex(8)}"
    shipment = create_shipment(session, order_id, address, now)
    snapshot: dict[str, Any] = {"lines": lines, "subtotal": totals.subtotal, "adjustments": totals.adjustments,
                                "loyalty_points_used": totals.loyalty_points_used, "address": address}
    order = OrderRow(id=order_id, checkout_id=row.id, buyer_id=row.buyer_id, status="confirmed",
                     total=totals.total, currency="CNY", shipment_id=shipment.id,
                     authorization_id=auth.id, snapshot=json.dumps(snapshot), created_at=now)
    session.add(order)
    # The order exists if and only if it is paid: the hold is bound to it and captured in this transaction.
    payments.capture(session, auth, payee=merchant_id, amount=totals.total, order_id=order_id, now=now)
    row.status = "completed"
    row.loyalty_points = totals.loyalty_points_used
    row.hold_active = False
    row.order_id = order_id
    session.add(row)
    return order
