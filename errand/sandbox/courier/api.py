"""The courier: shipments that advance one step per ``courier_step_seconds`` of real time."""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlmodel import Session

from errand.sandbox.admin.faults import check_fault
from errand.sandbox.common import ownership
from errand.sandbox.common.auth import require, require_operator
from errand.sandbox.common.errors import UCPError
from errand.sandbox.courier.delivery import DESCRIPTIONS, STEPS, projection_for
from errand.sandbox.courier.delivery_api import delivery_router
from errand.sandbox.courier.webhooks import subscriptions_router, wake
from errand.sandbox.db import ShipmentRow, utcnow

__all__ = ["DESCRIPTIONS", "STEPS", "courier_router", "create_shipment", "shipment_view", "step_index"]


def step_index(created_at: datetime, manual_steps: int, step_seconds: float, now: datetime) -> int:
    """How far a shipment has got: elapsed steps plus manual advances, capped at delivered."""
    elapsed = max(0.0, (now - created_at).total_seconds())
    automatic = int(elapsed // step_seconds) if step_seconds > 0 else len(STEPS)
    return min(len(STEPS) - 1, automatic + manual_steps)


def shipment_view(row: ShipmentRow, step_seconds: float, now: datetime) -> dict[str, Any]:
    """The public JSON of a shipment, with one event per reached step (and per failed attempt, reschedule
    or redirect: see ``errand.sandbox.courier.delivery``)."""
    projection = projection_for(row, step_seconds, now)
    return {"shipment_id": row.id, "order_id": row.order_id, "status": projection.status,
            "events": projection.events, "destination": json.loads(row.destination)}


def create_shipment(session: Session, order_id: str, destination: dict[str, Any] | None, now: datetime) -> ShipmentRow:
    """Create a shipment for an order (the merchant calls this when a checkout completes)."""
    row = ShipmentRow(id=f"shp_{secrets.token_hex(8)}", order_id=order_id, created_at=now,
                      destination=json.dumps(destination or {}))
    session.add(row)
    return row


class NewShipment(BaseModel):
    order_id: str
    destination: dict[str, Any] = Field(default_factory=dict)


class Advance(BaseModel):
    shipment_id: str
    steps: int = Field(default=1, ge=1, le=10)


def courier_router() -> APIRouter:
    router = APIRouter()

    def step_seconds(request: Request) -> float:
        seconds: float = request.app.state.settings.courier_step_seconds
        return seconds

    @router.post("/shipments", status_code=201)
    async def create(body: NewShipment, request: Request) -> dict[str, Any]:
        """Hand a parcel to the courier: a merchant's act (or an operator's), not a stranger's."""
        require(request, "merchant", "operator")
        await check_fault(request, "courier.create")
        with Session(request.app.state.engine) as session:
            now = utcnow()
            row = create_shipment(session, body.order_id, body.destination, now)
            row.owner = ownership.scope_of(request)
            session.commit()
            session.refresh(row)
            return shipment_view(row, step_seconds(request), now)

    @router.get("/shipments/{shipment_id}", dependencies=[Depends(ownership.shipment_read)])
    async def get(shipment_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "courier.get")
        wake(request.app)
        with Session(request.app.state.engine) as session:
            row = session.get(ShipmentRow, shipment_id)
            if row is None:
                raise UCPError(404, "not_found", f"no shipment {shipment_id}", "unrecoverable")
            return shipment_view(row, step_seconds(request), utcnow())

    @router.post("/admin/advance", dependencies=[Depends(require_operator)])
    async def advance(body: Advance, request: Request) -> dict[str, Any]:
        await check_fault(request, "courier.advance")
        with Session(request.app.state.engine) as session:
            row = session.get(ShipmentRow, body.shipment_id)
            if row is None:
                raise UCPError(404, "not_found", f"no shipment {body.shipment_id}", "unrecoverable")
            row.manual_steps += body.steps
            session.add(row)
            session.commit()
            session.refresh(row)
            return shipment_view(row, step_seconds(request), utcnow())

    router.include_router(delivery_router())
    router.include_router(subscriptions_router())
    return router
