"""Checkout sessions: stock holds, the buyer's choices (replaced whole on update), completion through a
payment handler."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

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
from errand.sandbox.merchant import fulfillment as ful
from errand.sandbox.merchant.character import shipping_rule
from errand.sandbox.merchant.holds import OPEN, points_held, release, void_holds
from errand.sandbox.merchant.payment_handlers import PaymentContext, PaymentHandler
from errand.sandbox.merchant.pricing import PricedLine, Totals, compute_totals
from errand.sandbox.merchant.quote import Quote, guest_quote, lines_of, shopper_quote
from errand.sandbox.wallet import payments

MAX_LINES = 50
MAX_QUANTITY = 1_000_000
CURRENCY_BEFORE_DATASETS = "CNY"
"""The currency of checkouts made before the data set's currency was kept on each (the generated world's)."""

def shopper_of(session: Session, shopper_id: str) -> ShopperRow:
    """The buyer, loaded once per session: the session's identity map holds rows weakly, so without the
    reference kept here every price and render of one request read the buyer again."""
    kept = session.info.setdefault("shoppers", {})
    if shopper_id not in kept:
        shopper = session.get(ShopperRow, shopper_id)
        if shopper is None:
            raise UCPError(404, "buyer_not_found", f"unknown buyer {shopper_id}", "unrecoverable")
        kept[shopper_id] = shopper
    found: ShopperRow = kept[shopper_id]
    return found


def price(session: Session, row: CheckoutRow) -> Totals:
    """Totals for a shopper's checkout at its locked unit prices and the points its buyer has not held
    elsewhere."""
    assert row.buyer_id is not None, "only a shopper's checkout is priced with points"
    shopper = shopper_of(session, row.buyer_id)
    lines = [PricedLine(line["product_id"], line["title"], line["quantity"], line["unit_price"])
             for line in json.loads(row.lines)]
    if row.status == "completed":  # its points are spent: price it as it was sold
        free = row.loyalty_points
    else:
        free = max(0, shopper.loyalty_points - points_held(session, row.buyer_id, besides=row.id))
    rule = shipping_rule(session)
    return compute_totals(lines, row.loyalty_points, free, shipping_fee=rule.fee, free_shipping_over=rule.free_over)


def get(session: Session, checkout_id: str, now: datetime) -> CheckoutRow:
    """The checkout; one that holds no stock (a guest's) and has lapsed is canceled here, as `release_expired`
    cancels a lapsed hold, so its locked prices cannot be bought after its time."""
    row = session.get(CheckoutRow, checkout_id)
    if row is None:
        raise UCPError(404, "not_found", f"no checkout session {checkout_id}", "unrecoverable")
    if row.status in OPEN and not row.hold_active and as_utc(row.expires_at) <= now:
        row.status = "canceled"
        session.add(row)
    return row


@dataclass(frozen=True)
class WantedLine:
    id: str | None
    product_id: str
    quantity: int


@dataclass(frozen=True)
class Changes:
    """What a create or an update asks for. An update replaces the checkout's buyer, fulfillment, codes and
    points with these (UCP's full replacement); ``lines`` None keeps the lines (a request that omits
    ``line_items`` changes none of them)."""

    lines: list[WantedLine] | None
    buyer: dict[str, Any] | None = None
    methods: Any = None
    codes: list[str] = field(default_factory=list)
    loyalty_points: int | None = None


def wanted_lines(raw: Any) -> list[WantedLine]:
    """``line_items`` as sent: each needs ``item.id`` and a positive integer ``quantity`` (1 when absent);
    response-only fields (title, price, totals) are ignored."""
    if not isinstance(raw, list) or not raw:
        raise UCPError(422, "invalid_request", "a checkout needs at least one line item")
    if len(raw) > MAX_LINES:
        raise UCPError(422, "invalid_request", f"at most {MAX_LINES} line items")
    out = []
    for i, line in enumerate(raw):
        item = line.get("item") if isinstance(line, dict) else None
        product_id = item.get("id") if isinstance(item, dict) else None
        quantity = line.get("quantity", 1) if isinstance(line, dict) else None
        if not isinstance(product_id, str) or not product_id or len(product_id) > 100:
            raise UCPError(422, "invalid_request", f"$.line_items[{i}].item.id must be a product id")
        if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
            raise UCPError(422, "invalid_request", f"$.line_items[{i}].quantity must be an integer from 1 to "
                           f"{MAX_QUANTITY}")
        ident = line.get("id")
        out.append(WantedLine(ident if isinstance(ident, str) and 0 < len(ident) <= 100 else None, product_id,
                              quantity))
    return out


def reserves(row: CheckoutRow) -> bool:
    """Whether the checkout holds its stock. A guest's does not: an anonymous caller must not be able to lock
    a merchant's stock for the reservation's lifetime; its lines are checked against what is free, and taken
    only when it completes."""
    return not (row.owner or "").startswith("guest:")


def _hold(session: Session, wanted: list[WantedLine], *, clamp: bool, reserve: bool) -> tuple[
        list[dict[str, Any]], list[dict[str, Any]]]:
    """Check every line against the free stock and (``reserve``) hold it, all or nothing. With ``clamp`` (an
    update) a quantity above what is free is lowered to it, with a ``quantity_adjusted`` warning; otherwise
    (a create) it is 409."""
    lines: list[dict[str, Any]] = []
    messages: list[dict[str, Any]] = []
    taken: set[str] = set()
    for i, want in enumerate(wanted):
        product = session.exec(select(ProductRow).where(ProductRow.id == want.product_id)).first()
        if product is None:
            raise UCPError(404, "item_unavailable", f"product {want.product_id} not found", "unrecoverable")
        available = max(0, product.stock - product.held)
        quantity = want.quantity
        if quantity > available:
            if not clamp or available == 0:
                raise UCPError(409, "out_of_stock", f"{want.product_id} is out of stock: wanted {quantity}, "
                               f"{available} available")
            messages.append({"type": "warning", "code": "quantity_adjusted", "path": f"$.line_items[{i}].quantity",
                             "content": f"{want.product_id}: {quantity} requested, {available} available"})
            quantity = available
        if reserve:
            product.held += quantity
            session.add(product)
        ident = want.id if want.id and want.id not in taken else None
        n = i + 1
        while ident is None or ident in taken:
            ident, n = f"li_{n}", n + 1
        taken.add(ident)
        lines.append({"id": ident, "product_id": product.id, "title": product.title, "quantity": quantity,
                      "unit_price": product.price})
    return lines, messages


def create(session: Session, buyer_id: str | None, changes: Changes, now: datetime, reservation_minutes: int,
           *, currency: str, owner: str, platform_profile: str | None) -> tuple[CheckoutRow, list[dict[str, Any]]]:
    """Open a checkout and hold stock for every line (all or nothing); 128-bit ids, so that a guest's
    checkout, whose owner anyone can claim to be, cannot be found by guessing."""
    if buyer_id is not None:
        shopper_of(session, buyer_id)
    row = CheckoutRow(id=f"chk_{secrets.token_hex(16)}", buyer_id=buyer_id, status="incomplete", lines="[]",
                      created_at=now, expires_at=now + timedelta(minutes=reservation_minutes),
                      currency=currency, owner=owner, platform_profile=platform_profile)
    row.hold_active = reserves(row)
    lines, messages = _hold(session, changes.lines or wanted_lines(None), clamp=False, reserve=row.hold_active)
    row.lines = json.dumps(lines)
    messages += _apply(session, row, changes)
    session.add(row)
    return row, messages


def update(session: Session, row: CheckoutRow, changes: Changes, *, merchant_id: str,
           now: datetime) -> list[dict[str, Any]]:
    """Replace the checkout's lines, buyer, destinations, codes and points; totals are recomputed on read.

    Once the wallet holds money for the checkout it is frozen (409 ``checkout_locked``): the shopper approved
    it as it stood. To change it, the platform cancels it (which voids the hold) and starts again.
    """
    if row.status not in OPEN:
        raise UCPError(409, "checkout_not_open", f"checkout is {row.status}", "unrecoverable")
    if payments.open_hold_for(session, payee=merchant_id, checkout_id=row.id, now=now) is not None:
        raise UCPError(409, "checkout_locked", "the wallet holds a payment for this checkout as approved: cancel "
                       "it and start a new one to change it", "unrecoverable")
    messages: list[dict[str, Any]] = []
    if changes.lines is not None:
        if row.hold_active:
            release(session, row)
            session.flush()
        lines, messages = _hold(session, changes.lines, clamp=True, reserve=reserves(row))
        row.lines = json.dumps(lines)
        row.hold_active = reserves(row)
    messages += _apply(session, row, changes)
    session.add(row)
    return messages


def _apply(session: Session, row: CheckoutRow, changes: Changes) -> list[dict[str, Any]]:
    row.buyer = json.dumps(changes.buyer) if changes.buyer else None
    row.discount_codes = json.dumps(changes.codes) if changes.codes else None
    if row.buyer_id is None:
        if changes.loyalty_points:
            raise UCPError(403, "identity_required", "loyalty points belong to a shopper's checkout, which the "
                           "platform opens for a shopper it names", "unrecoverable")
        row.fulfillment = json.dumps(ful.methods_from(changes.methods, [line["id"] for line in lines_of(row)]))
    else:
        row.address_label = _label(session, row.buyer_id, changes.methods)
        points = changes.loyalty_points or 0
        if points < 0:
            raise UCPError(422, "invalid_request", "loyalty points cannot be negative")
        row.loyalty_points = points
        # Hold exactly the points this checkout can use now (capped, and not held by another checkout).
        row.loyalty_points = price(session, row).loyalty_points_used
    priced = quote(session, row)
    row.status = "ready_for_complete" if priced.ready else "incomplete"
    return []


def _label(session: Session, buyer_id: str, methods: Any) -> str | None:
    """A shopper's checkout ships to one of the shopper's saved addresses, named by its label."""
    if methods is None:
        return None
    if not isinstance(methods, list) or not all(isinstance(m, dict) for m in methods):
        raise UCPError(422, "invalid_request", "fulfillment.methods must be a list of objects")
    label = next((m.get("selected_destination_id") for m in methods if m.get("selected_destination_id")), None)
    if label is None:
        return None
    labels = [a["label"] for a in json.loads(shopper_of(session, buyer_id).addresses)]
    if label not in labels:
        raise UCPError(422, "address_undeliverable", f"buyer has no address labelled {label!r}")
    return str(label)


def quote(session: Session, row: CheckoutRow) -> Quote:
    """What the checkout costs now and whether it can complete (see ``merchant.quote``)."""
    if row.buyer_id is not None:
        return shopper_quote(row, price(session, row))
    return guest_quote(session, row)


def cancel(session: Session, row: CheckoutRow, merchant_id: str, now: datetime) -> None:
    """Release the stock hold and void the wallet holds made for this checkout; cancelling twice is fine,
    cancelling a completed checkout is not."""
    if row.status == "completed":
        raise UCPError(409, "checkout_completed", "a completed checkout cannot be canceled", "unrecoverable")
    if row.hold_active:
        release(session, row)
    row.status = "canceled"
    session.add(row)
    void_holds(session, [row.id], merchant_id, now, "checkout canceled")


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
    if order.buyer_id is not None:
        shopper = shopper_of(session, order.buyer_id)
        shopper.loyalty_points += int(snapshot.get("loyalty_points_used") or 0)
        session.add(shopper)
    auth = session.get(AuthorizationRow, order.authorization_id) if order.authorization_id else None
    if auth is not None and auth.captured - auth.refunded > 0:
        payments.refund(session, auth, payee=merchant_id, amount=auth.captured - auth.refunded,
                        reason=f"order {order.id} canceled{': ' + reason if reason else ''}", now=now)
    order.status = "canceled"
    session.add(order)
    return order


def complete(session: Session, row: CheckoutRow, instrument: dict[str, Any], handler: PaymentHandler, now: datetime,
             merchant_id: str) -> OrderRow:
    """Take the payment through its handler, then place the order: sale, shipment, points and payment in one
    transaction."""
    if row.status == "canceled":
        raise UCPError(409, "checkout_canceled", "checkout was canceled or its reservation expired",
                       "unrecoverable")
    if row.status == "completed":
        raise UCPError(409, "checkout_completed", "checkout already completed", "unrecoverable")
    priced = quote(session, row)
    if not priced.ready:
        raise UCPError(400, "fulfillment_required",
                       "Fulfillment address and option must be selected before completing", "recoverable")
    if row.buyer_id is not None and handler.spec.kind != "wallet":
        # A shopper's purchase is paid only with the shopper's own signed approval.
        raise UCPError(422, "payment_handler_unavailable", f"a shopper's checkout is paid with the wallet, not "
                       f"{handler.spec.id}", "unrecoverable")
    lines = lines_of(row)
    shopper = shopper_of(session, row.buyer_id) if row.buyer_id is not None else None
    address = None
    if shopper is not None:
        address = next((a for a in json.loads(shopper.addresses) if a["label"] == row.address_label), None)
        if address is None:
            raise UCPError(422, "address_undeliverable", f"buyer has no address labelled {row.address_label!r}")
    currency = row.currency or CURRENCY_BEFORE_DATASETS
    ctx = PaymentContext(session=session, checkout=row, amount=priced.total, currency=currency,
                         merchant_id=merchant_id, now=now, address=address,
                         approved_lines=[(line["product_id"], line["quantity"], line["unit_price"]) for line in lines])
    payment = handler.authorize(ctx, instrument)
    legacy = priced.legacy
    if shopper is not None and legacy is not None:
        if legacy.loyalty_points_used > shopper.loyalty_points:
            raise UCPError(409, "loyalty_points_unavailable", "loyalty points were spent elsewhere")
        shopper.loyalty_points -= legacy.loyalty_points_used
        session.add(shopper)
    for line in lines:
        product = session.exec(select(ProductRow).where(ProductRow.id == line["product_id"])).one()
        if row.hold_active:
            product.held = max(0, product.held - line["quantity"])
        elif line["quantity"] > product.stock - product.held:
            raise UCPError(409, "out_of_stock", f"{line['product_id']} is out of stock: wanted {line['quantity']}, "
                           f"{max(0, product.stock - product.held)} available")
        product.stock -= line["quantity"]
        session.add(product)
    order_id = f"ord_{secrets.token_hex(16)}"
    shipment = create_shipment(session, order_id, address, now) if address is not None else None
    snapshot: dict[str, Any] = {"lines": lines, "subtotal": priced.subtotal, "address": address,
                                "adjustments": legacy.adjustments if legacy else [],
                                "loyalty_points_used": legacy.loyalty_points_used if legacy else 0,
                                "totals": priced.totals, "expectations": ful.summary(priced.methods),
                                "payment": [payment.display]}
    order = OrderRow(id=order_id, checkout_id=row.id, buyer_id=row.buyer_id, status="confirmed",
                     total=priced.total, currency=currency, shipment_id=shipment.id if shipment else None,
                     authorization_id=payment.authorization.id if payment.authorization else None,
                     snapshot=json.dumps(snapshot), created_at=now)
    session.add(order)
    handler.capture(ctx, payment, order_id)
    row.status = "completed"
    row.loyalty_points = legacy.loyalty_points_used if legacy else 0
    row.hold_active = False
    row.order_id = order_id
    row.payment_instruments = json.dumps([payment.display])
    session.add(row)
    return order
