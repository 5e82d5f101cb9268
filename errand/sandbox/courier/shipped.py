"""``order_shipped`` for orders the courier carries: the platform that made the checkout hears it once, when the
courier has picked the parcel up.

A courier shipment advances on its own clock (``courier_step_seconds``, plus an operator's manual advances),
so nothing is written at the moment it ships: the order events dispatcher looks now and then
(`queue_shipped_orders`) for orders whose shipment has reached ``picked_up`` and that have no
``order_shipped`` queued yet, and queues one (`merchant.order_events.queue_order_event`, in the same
transaction as the look, so two looks never queue it twice from one process). Orders of a checkout made
without a platform profile have nobody to tell and are never looked at; canceled orders never shipped.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, exists
from sqlmodel import Session, col, select

from errand.sandbox.courier.api import shipment_view
from errand.sandbox.courier.delivery import projection_for
from errand.sandbox.db import CheckoutRow, OrderRow, ShipmentRow
from errand.sandbox.merchant.order_events import OrderEventRow, queue_order_event
from errand.sandbox.merchant.shapes import order_to_ucp

SHIPPED = "picked_up"
"""The courier step at which an order has shipped: the parcel has left the merchant."""
MAX_PER_LOOK = 200


def queue_shipped_orders(engine: Engine, now: datetime, *, step_seconds: float, base_url: str) -> int:
    """Queue ``order_shipped`` for every courier-carried order that shipped and has not been told; how many."""
    told = exists().where(col(OrderEventRow.order_id) == col(OrderRow.id),
                          col(OrderEventRow.event_type) == "order_shipped")
    queued = 0
    with Session(engine) as session:
        rows = session.exec(
            select(OrderRow, ShipmentRow)
            .join(ShipmentRow, col(ShipmentRow.id) == col(OrderRow.shipment_id))
            .join(CheckoutRow, col(CheckoutRow.id) == col(OrderRow.checkout_id))
            .where(col(CheckoutRow.platform_profile).is_not(None), col(OrderRow.status) != "canceled", ~told)
            .limit(MAX_PER_LOOK)).all()
        for order, shipment in rows:
            events = projection_for(shipment, step_seconds, now).events
            if not any(e["status"] == SHIPPED for e in events):
                continue
            body = order_to_ucp(order, base_url, shipment_view(shipment, step_seconds, now))
            queue_order_event(session, order.id, "order_shipped", body)
            queued += 1
        session.commit()
    return queued


__all__ = ["SHIPPED", "queue_shipped_orders"]
