"""Courier routes for changing a delivery: slots, reschedule, pickup points, redirect, and operator controls.

Mounted under ``/courier``. A parcel already out for delivery cannot be moved to another slot (409
``too_late``) but can still be redirected to a locker or pickup point; a delivered one cannot be changed at
all (409 ``already_delivered``). A rescheduled or redirected parcel waits at the local depot and goes out
again one courier step later: the sandbox compresses the wait for the slot.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from errand.domain.delivery import DeliverySlot, describe_slot
from errand.sandbox.admin.faults import check_fault
from errand.sandbox.common import ownership
from errand.sandbox.common.auth import require, require_operator
from errand.sandbox.common.errors import UCPError
from errand.sandbox.courier.delivery import (
    DELIVERED,
    OUT_FOR_DELIVERY,
    CourierConfig,
    Projection,
    SlotBooking,
    ensure_plan,
    fill_slot,
    load,
    pickup_points,
    project,
    slots,
    start_leg,
)
from errand.sandbox.db import (
    AuthorizationRow,
    OrderRow,
    ShipmentRow,
    as_utc,
    request_session,
    take_write_lock,
    utcnow,
)
from errand.sandbox.wallet import payments

DEPOT_STEP = 2  # in_transit: where a rescheduled or redirected parcel waits


class RescheduleBody(BaseModel):
    slot_id: str = Field(max_length=40)
    accepted_fee: int = Field(default=0, ge=0, description="the fee the shopper approved, minor units")
    fee_authorization_id: str | None = Field(default=None, max_length=60,
                                             description="a wallet hold for the fee, needed when there is one")


def _check_fee_hold(session: Session, shipment: ShipmentRow, authorization_id: str | None, fee: int,
                    now: datetime, *, slot_id: str) -> AuthorizationRow:
    """A slot with a fee is booked only against a wallet hold made for the courier and this order, held and
    unexpired, of exactly the fee, by the order's buyer, not already used for anything else, and approved
    for this shipment and this slot: the signed fee quote is named ``fee-<shipment>-<slot>``
    (``domain.delivery.fee_quote``), so a fee approved for one slot books no other of the same price."""
    if not authorization_id:
        raise UCPError(402, "payment_required", f"this slot costs {fee} fen: send fee_authorization_id",
                       "requires_buyer_review")
    auth = session.get(AuthorizationRow, authorization_id)
    order = session.get(OrderRow, shipment.order_id)
    used = session.exec(select(SlotBooking).where(SlotBooking.authorization_id == authorization_id)).first()
    try:
        if order is None or used is not None:
            raise UCPError(422, "payment_failed", "the hold was used already")
        if auth is not None and auth.quote_id != f"fee-{shipment.id}-{slot_id}":
            raise UCPError(422, "checkout_changed", f"the fee was approved for {auth.quote_id}, not for slot "
                                                    f"{slot_id} of shipment {shipment.id}")
        return payments.check_payable(auth, payee=payments.COURIER_PAYEE, checkout_id=shipment.order_id,
                                      amount=fee, currency="CNY", now=now, shopper_id=order.buyer_id)
    except UCPError as exc:
        raise UCPError(402, "payment_failed", f"{authorization_id} is not a held {fee} fen payment by the "
                                              f"buyer for this fee ({exc.content})", "unrecoverable") from exc


class RedirectBody(BaseModel):
    point_id: str = Field(max_length=80)


class ReferenceBody(BaseModel):
    reference: str = Field(max_length=120, description="the caller's id for this shipment (an errand id)")


class ShipmentControl(BaseModel):
    shipment_id: str


class HoldBody(ShipmentControl):
    hold: bool = True


class FailureRate(BaseModel):
    rate: float = Field(ge=0.0, le=1.0)
    seed: int = 0


class FillSlot(BaseModel):
    slot_id: str


def _view(row: ShipmentRow, projection: Projection) -> dict[str, Any]:
    return {"shipment_id": row.id, "order_id": row.order_id, "status": projection.status,
            "events": projection.events, "destination": json.loads(row.destination)}


def delivery_router() -> APIRouter:
    router = APIRouter()

    def step_seconds(request: Request) -> float:
        seconds: float = request.app.state.settings.courier_step_seconds
        return seconds

    def current(session: Session, request: Request, shipment_id: str, now: datetime) -> tuple[ShipmentRow,
                                                                                             Projection]:
        row = session.get(ShipmentRow, shipment_id)
        if row is None:
            raise UCPError(404, "not_found", f"no shipment {shipment_id}", "unrecoverable")
        plan, config = load(session, row)
        return row, project(row, plan, config, step_seconds(request), now)

    def refuse_delivered(projection: Projection, shipment_id: str) -> None:
        if projection.index == DELIVERED:
            raise UCPError(409, "already_delivered", f"shipment {shipment_id} has been delivered",
                           "unrecoverable")

    @router.get("/shipments")
    async def by_shopper(request: Request, shopper_id: str, active: bool = True) -> dict[str, Any]:
        """The shopper's shipments, newest first (only undelivered ones when ``active``)."""
        require(request, "platform", "operator")  # where a shopper's parcels go is not for strangers
        now = utcnow()
        with Session(request.app.state.engine) as session:
            rows = session.exec(select(ShipmentRow).join(OrderRow, col(OrderRow.shipment_id) == col(ShipmentRow.id))
                                .where(OrderRow.buyer_id == shopper_id)
                                .order_by(col(ShipmentRow.created_at).desc()).limit(50)).all()
            views = []
            for row in rows:
                plan, config = load(session, row)
                projection = project(row, plan, config, step_seconds(request), now)
                if not active or projection.index != DELIVERED:
                    views.append(_view(row, projection))
            return {"shipments": views}

    @router.get("/shipments/{shipment_id}/slots", dependencies=[Depends(ownership.shipment)])
    async def list_slots(shipment_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "courier.slots")
        now = utcnow()
        with Session(request.app.state.engine) as session:
            row, projection = current(session, request, shipment_id, now)
            refuse_delivered(projection, shipment_id)
            return {"shipment_id": row.id, "status": projection.status, "slots": slots(session, now)}

    @router.post("/shipments/{shipment_id}/reschedule", dependencies=[Depends(ownership.shipment)])
    async def reschedule(shipment_id: str, body: RescheduleBody, request: Request) -> dict[str, Any]:
        await check_fault(request, "courier.reschedule")
        now = utcnow()
        with request_session(request) as session:
            row, projection = current(session, request, shipment_id, now)
            refuse_delivered(projection, shipment_id)
            if projection.index == OUT_FOR_DELIVERY:
                raise UCPError(409, "too_late", f"shipment {shipment_id} is already out for delivery; it can "
                                                "still go to a locker or pickup point")
            offered = {s["slot_id"]: s for s in slots(session, now)}
            slot = offered.get(body.slot_id)
            if slot is None:
                raise UCPError(404, "unknown_slot", f"no bookable slot {body.slot_id}", "unrecoverable")
            if body.accepted_fee != slot["fee"]:
                raise UCPError(409, "fee_mismatch", f"slot {body.slot_id} costs {slot['fee']} fen, "
                                                    f"{body.accepted_fee} was accepted", "unrecoverable")
            fee_hold = None
            if slot["fee"]:  # a payment that cannot pay is refused as such, whether or not the slot has room
                fee_hold = _check_fee_hold(session, row, body.fee_authorization_id, slot["fee"], now,
                                           slot_id=body.slot_id)
            if not slot["available"]:
                raise UCPError(409, "slot_full", f"slot {body.slot_id} is fully booked")
            held = ensure_plan(session, row).held_at is not None
            plan = start_leg(session, row, step_seconds(request), now, status="rescheduled",
                             description=f"Delivery moved to {describe_slot(DeliverySlot.model_validate(slot))}",
                             leg_from=DEPOT_STEP)
            plan.slot_id, plan.point_id = body.slot_id, ""
            plan.held_at = now if held else None
            session.add(SlotBooking(slot_id=body.slot_id, shipment_id=row.id, fee=slot["fee"], at=now,
                                    authorization_id=body.fee_authorization_id if slot["fee"] else None))
            if fee_hold is not None:  # the courier, as payee, takes the fee with the booking it pays for
                payments.capture(session, fee_hold, payee=payments.COURIER_PAYEE, amount=slot["fee"],
                                 order_id=f"{row.id}/{body.slot_id}", now=now)
            session.commit()
            row, projection = current(session, request, shipment_id, now)
            return {**_view(row, projection), "slot": slot, "fee": slot["fee"]}

    @router.post("/fee-holds/{authorization_id}/release")
    async def release_fee_hold(authorization_id: str, request: Request) -> dict[str, Any]:
        """The courier voids a fee hold that no booking used (releasing twice is fine; a used one is 409)."""
        require(request, "platform", "operator")
        with request_session(request) as session:
            auth = session.get(AuthorizationRow, authorization_id)
            if auth is None or auth.payee != payments.COURIER_PAYEE:
                raise UCPError(404, "not_found", f"no courier fee hold {authorization_id}", "unrecoverable")
            payments.void(session, auth, payee=payments.COURIER_PAYEE, now=utcnow(), detail="fee not used")
            session.commit()
            return {"authorization_id": auth.id, "status": auth.status}

    @router.get("/shipments/{shipment_id}/pickup-points", dependencies=[Depends(ownership.shipment)])
    async def list_points(shipment_id: str, request: Request) -> dict[str, Any]:
        now = utcnow()
        with Session(request.app.state.engine) as session:
            row, projection = current(session, request, shipment_id, now)
            refuse_delivered(projection, shipment_id)
            return {"shipment_id": row.id, "points": pickup_points(json.loads(row.destination))}

    @router.post("/shipments/{shipment_id}/redirect", dependencies=[Depends(ownership.shipment)])
    async def redirect(shipment_id: str, body: RedirectBody, request: Request) -> dict[str, Any]:
        await check_fault(request, "courier.redirect")
        now = utcnow()
        with request_session(request) as session:
            row, projection = current(session, request, shipment_id, now)
            refuse_delivered(projection, shipment_id)
            points = {p["point_id"]: p for p in pickup_points(json.loads(row.destination))}
            point = points.get(body.point_id)
            if point is None:
                raise UCPError(404, "unknown_point", f"no pickup point {body.point_id} near this address",
                               "unrecoverable")
            held = ensure_plan(session, row).held_at is not None
            plan = start_leg(session, row, step_seconds(request), now, status="redirected",
                             description=f"Redirected to {point['name']} ({point['address']})", leg_from=DEPOT_STEP)
            plan.point_id, plan.slot_id = body.point_id, ""
            plan.held_at = now if held else None
            session.commit()
            row, projection = current(session, request, shipment_id, now)
            return {**_view(row, projection), "point": point}

    @router.post("/shipments/{shipment_id}/reference", dependencies=[Depends(ownership.shipment)])
    async def set_reference(shipment_id: str, body: ReferenceBody, request: Request) -> dict[str, Any]:
        """Remember the caller's id for this shipment; webhook events carry it back."""
        with request_session(request) as session:
            row, projection = current(session, request, shipment_id, utcnow())
            plan = ensure_plan(session, row)
            plan.reference = body.reference
            session.commit()
            return {**_view(row, projection), "reference": body.reference}

    @router.post("/admin/fail-next-attempt", dependencies=[Depends(require_operator)])
    async def fail_next_attempt(body: ShipmentControl, request: Request) -> dict[str, Any]:
        now = utcnow()
        with take_write_lock(Session(request.app.state.engine)) as session:
            row, projection = current(session, request, body.shipment_id, now)
            refuse_delivered(projection, body.shipment_id)
            plan = ensure_plan(session, row)
            plan.fail_attempt = True
            session.commit()
            return _view(row, projection)

    @router.post("/admin/hold", dependencies=[Depends(require_operator)])
    async def hold(body: HoldBody, request: Request) -> dict[str, Any]:
        """Freeze (or release) a shipment's clock: manual advances still move it. The plan is read under the
        write lock: a reschedule or redirect of the shipment at the same instant is not undone by the release."""
        now = utcnow()
        with take_write_lock(Session(request.app.state.engine)) as session:
            row, _ = current(session, request, body.shipment_id, now)
            plan = ensure_plan(session, row)
            if body.hold and plan.held_at is None:
                plan.held_at = now
            elif not body.hold and plan.held_at is not None:
                plan.leg_start = as_utc(plan.leg_start) + (now - as_utc(plan.held_at))
                plan.held_at = None
            session.commit()
            row, projection = current(session, request, body.shipment_id, now)
            return _view(row, projection)

    @router.post("/admin/attempt-failures", dependencies=[Depends(require_operator)])
    async def attempt_failures(body: FailureRate, request: Request) -> dict[str, Any]:
        with Session(request.app.state.engine) as session:
            config = session.get(CourierConfig, 1) or CourierConfig(id=1)
            config.failure_rate, config.failure_seed = body.rate, body.seed
            session.add(config)
            session.commit()
            return {"rate": body.rate, "seed": body.seed}

    @router.post("/admin/slots/fill", dependencies=[Depends(require_operator)])
    async def fill(body: FillSlot, request: Request) -> dict[str, Any]:
        now = utcnow()
        with Session(request.app.state.engine) as session:
            fill_slot(session, body.slot_id, now)
            session.commit()
            return {"slot_id": body.slot_id, "available": False}

    return router
