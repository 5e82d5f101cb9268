"""A shipment's journey: legs of courier steps, failed attempts, reschedules and locker redirects.

A shipment without a plan row moves exactly as it always has (one step per ``courier_step_seconds`` from
its creation, plus manual advances). A plan row appears the first time something changes its course; it
keeps the tracking events of finished legs and where the current leg started. The view is a pure
projection of (shipment, plan, now), so the merchant, the courier API and the webhook dispatcher all see the
same events with the same sequence numbers.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import object_session
from sqlmodel import Field, Session, SQLModel

from errand.domain.delivery import PARTS_OF_DAY, local_today, slot_id, window
from errand.sandbox.db import ShipmentRow, as_utc

STEPS = ["label_created", "picked_up", "in_transit", "out_for_delivery", "delivered"]
DESCRIPTIONS = {
    "label_created": "Shipping label created",
    "picked_up": "Parcel picked up by courier",
    "in_transit": "In transit to the local depot",
    "out_for_delivery": "Out for delivery",
    "delivered": "Delivered",
}
OUT_FOR_DELIVERY = STEPS.index("out_for_delivery")
DELIVERED = STEPS.index("delivered")
SLOT_DAYS = 3
EVENING_FEE = 600
SLOT_CAPACITY = 3


class CourierPlan(SQLModel, table=True):
    """Where a shipment's current leg started, and the events of the legs before it."""

    __tablename__ = "courier_plan"
    shipment_id: str = Field(primary_key=True)
    past_events: str = "[]"
    leg_start: datetime
    leg_from: int = 0
    manual_base: int = 0
    held_at: datetime | None = None
    fail_attempt: bool = False
    legs: int = 0
    reference: str = ""
    slot_id: str = ""
    point_id: str = ""


class CourierConfig(SQLModel, table=True):
    """Seeded random failed attempts (off by default: rate 0)."""

    __tablename__ = "courier_config"
    id: int = Field(default=1, primary_key=True)
    failure_rate: float = 0.0
    failure_seed: int = 0


class SlotBooking(SQLModel, table=True):
    __tablename__ = "courier_slot_booking"
    id: int | None = Field(default=None, primary_key=True)
    slot_id: str = Field(index=True)
    shipment_id: str = Field(index=True)
    fee: int = 0
    at: datetime
    authorization_id: str | None = None  # the wallet hold that pays the fee


@dataclass(frozen=True)
class Projection:
    events: list[dict[str, Any]]
    status: str
    index: int
    """Step index of the current leg; -1 when the leg ended in a failed attempt."""


def _random_failure(config: CourierConfig | None, shipment_id: str, leg: int) -> bool:
    if config is None or config.failure_rate <= 0:
        return False
    digest = hashlib.sha256(f"{config.failure_seed}/{shipment_id}/{leg}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < config.failure_rate


def project(row: ShipmentRow, plan: CourierPlan | None, config: CourierConfig | None, step_seconds: float,
            now: datetime) -> Projection:
    """Every tracking event the shipment has reached by ``now``, in order."""
    past: list[dict[str, Any]] = json.loads(plan.past_events) if plan else []
    start = as_utc(plan.leg_start) if plan else as_utc(row.created_at)
    leg_from = plan.leg_from if plan else 0
    manual = row.manual_steps - (plan.manual_base if plan else 0)
    clock = min(now, as_utc(plan.held_at)) if plan and plan.held_at else now
    elapsed = max(0.0, (clock - start).total_seconds())
    automatic = int(elapsed // step_seconds) if step_seconds > 0 else len(STEPS)
    index = min(DELIVERED, leg_from + automatic + manual)
    fails = (plan.fail_attempt if plan else False) or _random_failure(config, row.id, plan.legs if plan else 0)
    events = list(past)
    first = 0 if not past else leg_from + 1
    for i in range(first, index + 1):
        at = min(start + timedelta(seconds=(i - leg_from) * step_seconds), now)
        if i == DELIVERED and fails:
            events.append({"at": at.isoformat(), "status": "failed_attempt",
                           "description": "Delivery attempt failed: nobody at the address"})
            return Projection(events, "failed_attempt", -1)
        description = DESCRIPTIONS[STEPS[i]]
        if i == DELIVERED and plan is not None and plan.point_id:
            description = f"Delivered to pickup point {plan.point_id}"
        events.append({"at": at.isoformat(), "status": STEPS[i], "description": description})
    return Projection(events, STEPS[index], index)


def status_of(events: list[dict[str, Any]]) -> str:
    """The shipment status after ``events``: a reschedule or redirect puts the parcel back in transit."""
    last = events[-1]["status"] if events else STEPS[0]
    return last if last in STEPS or last == "failed_attempt" else "in_transit"


def load(session: Session, row: ShipmentRow) -> tuple[CourierPlan | None, CourierConfig | None]:
    return session.get(CourierPlan, row.id), session.get(CourierConfig, 1)


def projection_for(row: ShipmentRow, step_seconds: float, now: datetime) -> Projection:
    """The projection, reading the plan through the row's own session when it has one."""
    session = object_session(row)
    plan, config = load(session, row) if isinstance(session, Session) else (None, None)
    return project(row, plan, config, step_seconds, now)


def ensure_plan(session: Session, row: ShipmentRow) -> CourierPlan:
    """The shipment's plan row, made if it has none. Two requests can both find none (an operator's hold at
    the instant the errand tags the shipment): the insert is ignored when the other one's is already there,
    and both go on with the one row."""
    plan = session.get(CourierPlan, row.id)
    if plan is None:
        fresh = CourierPlan(shipment_id=row.id, leg_start=as_utc(row.created_at))
        session.execute(sqlite_insert(CourierPlan).values(**fresh.model_dump()).on_conflict_do_nothing())
        plan = session.get(CourierPlan, row.id, populate_existing=True)
        assert plan is not None
    return plan


def start_leg(session: Session, row: ShipmentRow, step_seconds: float, now: datetime, *, status: str,
              description: str, leg_from: int) -> CourierPlan:
    """Close the current leg at ``now`` with one event, and start a new leg at step ``leg_from``."""
    plan = ensure_plan(session, row)
    config = session.get(CourierConfig, 1)
    events = project(row, plan, config, step_seconds, now).events
    events.append({"at": now.isoformat(), "status": status, "description": description})
    plan.past_events = json.dumps(events)
    plan.leg_start = now
    plan.leg_from = leg_from
    plan.manual_base = row.manual_steps
    plan.held_at = None
    plan.fail_attempt = False
    plan.legs += 1
    session.add(plan)
    return plan


def _capacity_left(session: Session, sid: str) -> int:
    from sqlmodel import func, select

    booked = session.exec(select(func.count()).select_from(SlotBooking).where(SlotBooking.slot_id == sid)).one()
    # About one slot in seven is fully booked by other customers: the same ones in every sandbox.
    base = 0 if int(hashlib.sha256(sid.encode()).hexdigest(), 16) % 7 == 0 else SLOT_CAPACITY
    return base - int(booked)


def slots(session: Session, now: datetime) -> list[dict[str, Any]]:
    """The next days' windows that have not started yet; evenings cost a fee, some slots are full."""
    today = local_today(now)
    out = []
    for offset in range(SLOT_DAYS + 1):
        day: date = today + timedelta(days=offset)
        for part in PARTS_OF_DAY:
            start, end = window(day, part)
            if start <= now:
                continue
            sid = slot_id(day, part)
            out.append({"slot_id": sid, "date": day.isoformat(), "part_of_day": part,
                        "starts_at": start.isoformat(), "ends_at": end.isoformat(),
                        "fee": EVENING_FEE if part == "evening" else 0, "currency": "CNY",
                        "available": _capacity_left(session, sid) > 0})
    return out


def fill_slot(session: Session, sid: str, now: datetime) -> None:
    """Book every remaining place in a slot (an operator's way to make it full)."""
    for _ in range(max(0, _capacity_left(session, sid))):
        session.add(SlotBooking(slot_id=sid, shipment_id="", at=now))


def pickup_points(destination: dict[str, Any]) -> list[dict[str, Any]]:
    """Lockers and pickup points near the destination, derived from its postal code."""
    code = str(destination.get("postal_code") or destination.get("city") or "000000")
    h = int(hashlib.sha256(code.encode()).hexdigest(), 16)
    street = destination.get("line1") or "the neighbourhood"
    return [
        {"point_id": f"lkr-{code}-1", "kind": "locker", "name": "Hive Box parcel locker",
         "address": f"next to {street}", "distance_m": 120 + h % 200, "hours": "24 hours"},
        {"point_id": f"pup-{code}-2", "kind": "pickup_point", "name": "Cainiao Station",
         "address": f"ground floor, near {street}", "distance_m": 350 + h % 400, "hours": "08:00–22:00"},
        {"point_id": f"lkr-{code}-3", "kind": "locker", "name": "Metro station locker bank",
         "address": f"metro exit B, {destination.get('city', '')}".strip(", "), "distance_m": 900 + h % 500,
         "hours": "06:00–23:30"},
    ]
