"""Test-only hooks, outside the UCP 2026-04-08 binding, that the protocol's conformance suite drives.

``PUT /orders/{id}`` (mounted only with ``--testing-hooks``) replaces an order's merchant fulfillment events and
adjustments, as a merchant's back office would; every other field of the body is ignored, and a body of the
wrong shape is a 422. ``POST /testing/simulate-shipping/{id}`` (mounted only when ``--simulation-secret`` is set)
marks an order shipped; it wants the secret in ``Simulation-Secret`` (403 otherwise, compared in constant time
and before the order is looked up, so a probe learns nothing), and the order must be the caller's. Both queue
``order_shipped`` for the platform that made the checkout. Neither is ever mounted by ``errand up`` or a demo.
"""

from __future__ import annotations

import hmac
import json
import uuid
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from errand.sandbox.admin.faults import check_fault
from errand.sandbox.common import ownership
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import OrderRow, request_session, utcnow
from errand.sandbox.merchant.order_events import queue_order_event

MAX_ENTRIES = 100


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore")


class EventLine(_Loose):
    id: str = Field(min_length=1, max_length=100)
    quantity: int = Field(ge=0, le=1_000_000)


class FulfillmentEventIn(_Loose):
    id: str = Field(min_length=1, max_length=100)
    occurred_at: AwareDatetime
    type: str = Field(min_length=1, max_length=50)
    line_items: list[EventLine] = Field(max_length=MAX_ENTRIES)
    tracking_number: str | None = Field(default=None, max_length=100)
    tracking_url: str | None = Field(default=None, max_length=500)
    carrier: str | None = Field(default=None, max_length=100)
    description: str | None = Field(default=None, max_length=500)


class AdjustmentIn(_Loose):
    id: str = Field(min_length=1, max_length=100)
    type: str = Field(min_length=1, max_length=50)
    occurred_at: AwareDatetime
    status: Literal["pending", "completed", "failed"]
    amount: int | None = Field(default=None, ge=0, le=10**12)
    line_items: list[EventLine] | None = Field(default=None, max_length=MAX_ENTRIES)
    description: str | None = Field(default=None, max_length=500)


class FulfillmentIn(_Loose):
    events: list[FulfillmentEventIn] | None = Field(default=None, max_length=MAX_ENTRIES)


class OrderUpdate(_Loose):
    """The part of a whole order sent back that the hook stores."""

    fulfillment: FulfillmentIn | None = None
    adjustments: list[AdjustmentIn] | None = Field(default=None, max_length=MAX_ENTRIES)


def _check_secret(request: Request) -> None:
    expected: str = request.app.state.settings.simulation_secret
    presented = request.headers.get("simulation-secret", "")
    if not hmac.compare_digest(presented.encode(), expected.encode()):
        raise UCPError(403, "forbidden", "Simulation-Secret is missing or wrong", "unrecoverable")


def _dump(items: list[Any]) -> str:
    return json.dumps([item.model_dump(mode="json", exclude_none=True) for item in items])


def testing_router(*, order_updates: bool, shipping_simulation: bool) -> APIRouter:
    """The hooks asked for (each is absent, a plain 404/405, unless its flag is set)."""
    from errand.sandbox.merchant.api import order_body  # the order's one rendering (api imports nothing here)

    router = APIRouter()

    if order_updates:
        @router.put("/orders/{order_id}", dependencies=[Depends(ownership.order)])
        async def update_order(order_id: str, request: Request) -> dict[str, Any]:
            await check_fault(request, "order.update")
            update = OrderUpdate.model_validate_json(await request.body())
            with request_session(request) as s:
                order = s.get(OrderRow, order_id)
                if order is None:
                    raise UCPError(404, "not_found", f"no order {order_id}", "unrecoverable")
                if update.fulfillment is not None and update.fulfillment.events is not None:
                    # The courier's events come back in the list as rendered: they are the courier's, not stored.
                    courier = f"{order.shipment_id}-" if order.shipment_id else None
                    own = [e for e in update.fulfillment.events if courier is None or not e.id.startswith(courier)]
                    order.events = _dump(own)
                if update.adjustments is not None:
                    order.adjustments = _dump(update.adjustments)
                s.add(order)
                s.commit()
                return order_body(s, order, request)

    if shipping_simulation:
        @router.post("/testing/simulate-shipping/{order_id}",
                     dependencies=[Depends(_check_secret), Depends(ownership.order)])
        async def simulate_shipping(order_id: str, request: Request) -> dict[str, Any]:
            with request_session(request) as s:
                order = s.get(OrderRow, order_id)
                if order is None:
                    raise UCPError(404, "not_found", f"no order {order_id}", "unrecoverable")
                lines = json.loads(order.snapshot)["lines"]
                events = json.loads(order.events) if order.events else []
                events.append({"id": f"evt_{uuid.uuid4().hex}", "type": "shipped",
                               "occurred_at": utcnow().isoformat().replace("+00:00", "Z"),
                               "line_items": [{"id": line.get("id") or f"li_{i + 1}", "quantity": line["quantity"]}
                                              for i, line in enumerate(lines)],
                               "description": "Shipped"})
                order.events = json.dumps(events)
                s.add(order)
                s.commit()
                body = order_body(s, order, request)
                queue_order_event(s, order.id, "order_shipped", body)
                s.commit()
                return body

    return router


__all__ = ["AdjustmentIn", "FulfillmentEventIn", "OrderUpdate", "testing_router"]
