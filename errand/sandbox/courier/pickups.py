"""The courier's return pickups: slots to choose from, a booking, and a parcel that goes to the warehouse.

Mounted at ``/courier/pickups``. Slots are the courier's morning and afternoon windows of the next three
days, each with a fixed capacity; a full slot answers 409 ``slot_taken``. A booked pickup advances one step
per ``courier_step_seconds`` (booked → picked_up → in_transit → at_warehouse), or now with the admin advance.
Arriving at the warehouse is the merchant's receipt of the return.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import func
from sqlmodel import Field as SQLField
from sqlmodel import Session, SQLModel, select

from errand.sandbox.admin.faults import check_fault
from errand.sandbox.common import ownership
from errand.sandbox.common.auth import Caller, require_operator
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import as_utc, request_session, utcnow
from errand.sandbox.returns.tables import RmaRow

STEPS = ["booked", "picked_up", "in_transit", "at_warehouse"]
DESCRIPTIONS = {
    "booked": "Pickup booked",
    "picked_up": "Return parcel collected from the shopper",
    "in_transit": "Return parcel on its way to the merchant's warehouse",
    "at_warehouse": "Received at the merchant's warehouse",
}
SLOT_CAPACITY = 50
_WINDOWS = {"am": (9, 12), "pm": (14, 18)}


class PickupRow(SQLModel, table=True):
    __tablename__ = "return_pickup"
    id: str = SQLField(primary_key=True)
    rma_id: str = SQLField(index=True, unique=True)
    slot_id: str = SQLField(index=True)
    created_at: datetime
    manual_steps: int = 0
    owner: str | None = None  # the caller scope that made it (sandbox.ownership)


class SlotFillRow(SQLModel, table=True):
    __tablename__ = "return_slot_fill"
    slot_id: str = SQLField(primary_key=True)
    filled_at: datetime


def slot_bounds(slot_id: str) -> tuple[datetime, datetime]:
    """``slot-YYYYMMDD-am`` → its window (UTC); ValueError if the id is not a slot."""
    prefix, day, window = slot_id.split("-")
    if prefix != "slot" or window not in _WINDOWS:
        raise ValueError(slot_id)
    date = datetime.strptime(day, "%Y%m%d").replace(tzinfo=UTC)
    start, end = _WINDOWS[window]
    return date + timedelta(hours=start), date + timedelta(hours=end)


def upcoming_slot_ids(now: datetime, days: int = 3) -> list[str]:
    today = now.astimezone(UTC).date()
    return [f"slot-{(today + timedelta(days=d)).strftime('%Y%m%d')}-{w}" for d in range(1, days + 1) for w in _WINDOWS]


def remaining(session: Session, slot_id: str) -> int:
    if session.get(SlotFillRow, slot_id) is not None:
        return 0
    booked = session.exec(select(func.count()).select_from(PickupRow).where(PickupRow.slot_id == slot_id)).one()
    return max(0, SLOT_CAPACITY - int(booked))


def pickup_owner(s: Session, pickup_id: str) -> str | None | object:
    """Whose pickup it is (``ownership.MISSING`` when there is none), for ``ownership.owns``."""
    row = s.get(PickupRow, pickup_id)
    return ownership.MISSING if row is None else row.owner


def owned_pickup(pickup_id: str, request: Request) -> Caller:
    return ownership.owns(request, pickup_owner, pickup_id, "pickup")


def pickup_view(row: PickupRow, step_seconds: float, now: datetime) -> dict[str, Any]:
    created = as_utc(row.created_at)
    elapsed = max(0.0, (now - created).total_seconds())
    automatic = int(elapsed // step_seconds) if step_seconds > 0 else len(STEPS)
    index = min(len(STEPS) - 1, automatic + row.manual_steps)
    events = [{"at": min(created + timedelta(seconds=i * step_seconds), now).isoformat(), "status": STEPS[i],
               "description": DESCRIPTIONS[STEPS[i]]} for i in range(index + 1)]
    return {"pickup_id": row.id, "rma_id": row.rma_id, "slot_id": row.slot_id, "status": STEPS[index],
            "events": events}


class Booking(BaseModel):
    rma_id: str
    slot_id: str


class AdvancePickup(BaseModel):
    pickup_id: str
    steps: int = Field(default=1, ge=1, le=10)


def pickups_router() -> APIRouter:
    """The courier's pickup API, mounted at ``/courier/pickups``."""
    router = APIRouter()

    def step(request: Request) -> float:
        seconds: float = request.app.state.settings.courier_step_seconds
        return seconds

    def get(session: Session, pickup_id: str) -> PickupRow:
        row = session.get(PickupRow, pickup_id)
        if row is None:
            raise UCPError(404, "not_found", f"no pickup {pickup_id}", "unrecoverable")
        return row

    @router.get("/slots")
    async def slots(request: Request) -> dict[str, Any]:
        await check_fault(request, "pickups.slots")
        with Session(request.app.state.engine) as s:
            out = []
            for slot_id in upcoming_slot_ids(utcnow()):
                start, end = slot_bounds(slot_id)
                out.append({"slot_id": slot_id, "starts_at": start.isoformat(), "ends_at": end.isoformat(),
                            "remaining": remaining(s, slot_id)})
            return {"slots": out}

    @router.post("", status_code=201)
    async def book(body: Booking, request: Request) -> JSONResponse:
        await check_fault(request, "pickups.book")
        ownership.owns(request, ownership.rma_owner, body.rma_id, "return")
        try:
            start, _ = slot_bounds(body.slot_id)
        except ValueError:
            raise UCPError(404, "unknown_slot", f"no pickup slot {body.slot_id}", "unrecoverable") from None
        now = utcnow()
        with request_session(request) as s:
            if s.get(RmaRow, body.rma_id) is None:
                raise UCPError(404, "not_found", f"no return {body.rma_id}", "unrecoverable")
            if s.exec(select(PickupRow).where(PickupRow.rma_id == body.rma_id)).first() is not None:
                raise UCPError(409, "pickup_exists", f"return {body.rma_id} already has a pickup", "unrecoverable")
            if start <= now:
                raise UCPError(409, "slot_taken", f"slot {body.slot_id} has already started", "recoverable")
            if remaining(s, body.slot_id) <= 0:
                raise UCPError(409, "slot_taken", f"slot {body.slot_id} is fully booked", "recoverable")
            row = PickupRow(id=f"pku_{secrets.token_hex(6)}", rma_id=body.rma_id, slot_id=body.slot_id,
                            created_at=now, owner=ownership.scope_of(request))
            s.add(row)
            s.commit()
            s.refresh(row)
            return JSONResponse(pickup_view(row, step(request), now), status_code=201)

    @router.get("/{pickup_id}", dependencies=[Depends(owned_pickup)])
    async def pickup(pickup_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "pickups.get")
        with Session(request.app.state.engine) as s:
            return pickup_view(get(s, pickup_id), step(request), utcnow())

    @router.post("/admin/advance", dependencies=[Depends(require_operator)])
    async def advance(body: AdvancePickup, request: Request) -> dict[str, Any]:
        with request_session(request) as s:  # two advances at once add up
            row = get(s, body.pickup_id)
            row.manual_steps += body.steps
            s.add(row)
            s.commit()
            s.refresh(row)
            return pickup_view(row, step(request), utcnow())

    return router
