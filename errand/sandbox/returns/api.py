"""Returns at the merchant: the return policy, order facts, photos, RMAs and the support desk.

Routers: ``/returns`` (policy, order facts, RMAs; photo uploads from ``errand.sandbox.returns.photos``), ``/support``
(the customer-service desk: a canned but data-dependent reply, recorded) and ``/admin/returns`` (test
controls: backdate a delivery, fill a pickup slot). Pickups themselves are the courier's (sandbox/courier/pickups.py).
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import update
from sqlmodel import Session, col, select

from errand.sandbox.admin.faults import check_fault
from errand.sandbox.common import ownership
from errand.sandbox.common.auth import require_operator
from errand.sandbox.common.errors import UCPError
from errand.sandbox.courier.api import STEPS, shipment_view
from errand.sandbox.courier.pickups import PickupRow, SlotFillRow, pickup_view
from errand.sandbox.db import (
    AuthorizationRow,
    OrderRow,
    ProductRow,
    ShipmentRow,
    as_utc,
    request_session,
    utcnow,
)
from errand.sandbox.returns.decisions import approved_exception
from errand.sandbox.returns.photos import check_attached, photos_router
from errand.sandbox.returns.tables import ReturnPolicyRow, RmaRow, SupportMessageRow
from errand.sandbox.wallet import payments

EVIDENCE_REASONS = ["damaged", "not_as_described"]
def policy_view(session: Session) -> dict[str, Any]:
    rows = session.exec(select(ReturnPolicyRow).order_by(ReturnPolicyRow.category)).all()
    return {"categories": [{"category": r.category, "returnable": r.returnable, "window_days": r.window_days,
                            "rule": r.rule} for r in rows],
            "evidence_required_for": EVIDENCE_REASONS, "default_window_days": 7}


def _order(session: Session, order_id: str) -> OrderRow:
    order = session.get(OrderRow, order_id)
    if order is None:
        raise UCPError(404, "not_found", f"no order {order_id}", "unrecoverable")
    return order


def _delivery(session: Session, order: OrderRow, step_seconds: float) -> tuple[str | None, datetime | None]:
    ship = session.get(ShipmentRow, order.shipment_id) if order.shipment_id else None
    if ship is None:
        return None, None
    view = shipment_view(ship, step_seconds, utcnow())
    delivered = next((e["at"] for e in view["events"] if e["status"] == "delivered"), None)
    return view["status"], datetime.fromisoformat(delivered) if delivered else None


def order_facts(session: Session, order: OrderRow, step_seconds: float) -> dict[str, Any]:
    """The order as a return needs it: lines with categories, delivery, the payment to refund."""
    snap = json.loads(order.snapshot)
    lines = []
    for line in snap["lines"]:
        product = session.exec(select(ProductRow).where(ProductRow.id == line["product_id"])).first()
        lines.append({"product_id": line["product_id"], "title": line["title"], "quantity": line["quantity"],
                      "unit_price": line["unit_price"], "category": product.category if product else ""})
    status, delivered_at = _delivery(session, order, step_seconds)
    return {"order_id": order.id, "shopper_id": order.buyer_id, "lines": lines, "total": order.total,
            "currency": order.currency, "authorization_id": order.authorization_id, "shipment_status": status,
            "delivered": status == "delivered", "delivered_at": delivered_at.isoformat() if delivered_at else None,
            "policy": policy_view(session)}


def rma_view(session: Session, row: RmaRow, step_seconds: float) -> dict[str, Any]:
    pickup = session.exec(select(PickupRow).where(PickupRow.rma_id == row.id)).first()
    status, received_at, pickup_id = "authorized", None, None
    if pickup is not None:
        view = pickup_view(pickup, step_seconds, utcnow())
        pickup_id = pickup.id
        status = {"booked": "pickup_booked", "picked_up": "in_transit", "in_transit": "in_transit",
                  "at_warehouse": "received"}[view["status"]]
        received_at = next((e["at"] for e in view["events"] if e["status"] == "at_warehouse"), None)
    return {"rma_id": row.id, "order_id": row.order_id, "product_id": row.product_id, "status": status,
            "refund_amount": row.refund_amount, "currency": row.currency, "authorization_id": row.authorization_id,
            "received_at": received_at, "pickup_id": pickup_id, "reason": row.reason,
            "exception_note": row.exception_note}


class NewRma(BaseModel):
    order_id: str
    shopper_id: str
    product_id: str | None = None
    reason: Literal["damaged", "not_as_described", "wrong_item", "changed_mind", "other"]
    description: str = Field(default="", max_length=1000)
    photos: list[str] = Field(default_factory=list, max_length=5)
    exception_note: str | None = Field(default=None, max_length=500,
                                       description="an operator's approval of an exception to the policy")


class SupportMessage(BaseModel):
    order_id: str
    shopper_id: str
    rma_id: str | None = None
    topic: str = Field(default="return", max_length=40)
    body: str = Field(min_length=1, max_length=4000)


class Backdate(BaseModel):
    order_id: str
    delivered_days_ago: float = Field(ge=-365, le=3650, description="negative: delivered that many days from "
                                                                     "now (the parcel has not moved yet)")


class FillSlot(BaseModel):
    slot_id: str


def _check_policy(session: Session, facts: dict[str, Any], body: NewRma) -> list[dict[str, Any]]:
    lines = [line for line in facts["lines"] if body.product_id in (None, line["product_id"])]
    if not lines:
        raise UCPError(422, "item_not_in_order", f"order {body.order_id} has no item {body.product_id}")
    if not facts["delivered"]:
        raise UCPError(409, "not_delivered", f"order {body.order_id} is not delivered yet", "unrecoverable")
    if approved_exception(session, body.order_id, body.product_id) is not None:
        return lines  # an operator recorded an exception; a note in the request grants nothing
    age = (utcnow() - datetime.fromisoformat(facts["delivered_at"])).total_seconds() // 86400
    for line in lines:
        policy = session.get(ReturnPolicyRow, line["category"])
        returnable, window, rule = ((policy.returnable, policy.window_days, policy.rule) if policy
                                    else (True, 7, "returns within 7 days of delivery"))
        if not returnable:
            raise UCPError(422, "not_returnable", rule, "unrecoverable")
        if age > window:
            raise UCPError(422, "outside_return_window", f"{rule} (delivered {int(age)} days ago)", "unrecoverable")
    return lines


def _reply(order: OrderRow, rma: RmaRow | None, facts: dict[str, Any], body: SupportMessage) -> str:
    title = facts["lines"][0]["title"] if facts["lines"] else "your order"
    if rma is not None:
        item = next((line["title"] for line in facts["lines"] if line["product_id"] == rma.product_id), title)
        sorry = {"damaged": f"We are sorry your {item} arrived damaged.",
                 "wrong_item": f"We are sorry we sent the wrong item instead of {item}.",
                 "not_as_described": f"We are sorry {item} was not as described."}.get(
                     rma.reason, f"Thank you for telling us about {item}.")
        amount = f"¥{rma.refund_amount // 100}.{rma.refund_amount % 100:02d}"
        return (f"{sorry} Return {rma.id} for order {order.id} is authorized: once the courier brings it to our "
                f"warehouse we refund {amount} to the original payment ({rma.authorization_id}).")
    return f"Thank you for your message about order {order.id} ({title}); our team will answer within a day."


def _refund_received(session: Session, row: RmaRow, merchant_id: str) -> None:
    """The merchant refunds a return once the goods are at its warehouse, with its own identity, once.

    A read of the return does this, outside any request transaction, while other requests may refund the same
    payment: the return is first marked refunded by one conditional update, which also takes the write lock,
    and the payment is read after it. Another read that got there first has refunded it; nothing is left to
    do, and a refund made meanwhile is counted in what is left to give back."""
    now = utcnow()
    claimed = session.execute(update(RmaRow).where(
        col(RmaRow.id) == row.id, col(RmaRow.refunded_at).is_(None)).values(refunded_at=now))
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(row)
        return
    auth = session.get(AuthorizationRow, row.authorization_id, populate_existing=True)
    if auth is not None and auth.payee == merchant_id:
        amount = min(row.refund_amount, auth.captured - auth.refunded)
        if amount > 0:
            payments.refund(session, auth, payee=merchant_id, amount=amount, reason=f"return {row.id}", now=now)


def returns_router() -> APIRouter:
    """The merchant's returns API, mounted at ``/returns``."""
    router = APIRouter()

    router.include_router(photos_router())

    def step(request: Request) -> float:
        seconds: float = request.app.state.settings.courier_step_seconds
        return seconds

    @router.get("/policy")
    async def policy(request: Request) -> dict[str, Any]:
        with Session(request.app.state.engine) as s:
            return policy_view(s)

    @router.get("/orders/{order_id}", dependencies=[Depends(ownership.order)])
    async def facts(order_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "returns.order")
        with Session(request.app.state.engine) as s:
            return order_facts(s, _order(s, order_id), step(request))

    @router.post("", status_code=201)
    async def create_rma(body: NewRma, request: Request) -> JSONResponse:
        await check_fault(request, "returns.create")
        ownership.for_shopper(request)
        ownership.owns(request, ownership.order_owner, body.order_id, "order")
        with request_session(request) as s:
            order = _order(s, body.order_id)
            if order.buyer_id != body.shopper_id or order.authorization_id is None:  # (a guest's order has neither)
                raise UCPError(403, "not_buyer", f"order {order.id} belongs to another buyer", "unrecoverable")
            facts = order_facts(s, order, step(request))
            lines = _check_policy(s, facts, body)
            taken = s.exec(select(RmaRow).where(RmaRow.order_id == order.id)).all()
            if any(r.product_id in (None, body.product_id) or body.product_id is None for r in taken):
                raise UCPError(409, "rma_exists", f"order {order.id} already has a return for this item",
                               "unrecoverable")
            check_attached(s, body.shopper_id, body.order_id, body.photos)
            whole = body.product_id is None or len(facts["lines"]) == 1
            amount = order.total if whole else min(order.total, sum(li["unit_price"] * li["quantity"] for li in lines))
            row = RmaRow(id=f"rma_{secrets.token_hex(6)}", order_id=order.id, product_id=body.product_id,
                         shopper_id=body.shopper_id, reason=body.reason, description=body.description,
                         photos=json.dumps(body.photos), refund_amount=amount, currency=order.currency,
                         authorization_id=order.authorization_id,
                         exception_note=approved_exception(s, order.id, body.product_id) or "",
                         created_at=utcnow(), owner=ownership.scope_of(request))
            s.add(row)
            s.commit()
            s.refresh(row)
            return JSONResponse(rma_view(s, row, step(request)), status_code=201)

    @router.get("/{rma_id}", dependencies=[Depends(ownership.rma)])
    async def get_rma(rma_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "returns.get")
        with Session(request.app.state.engine) as s:
            row = s.get(RmaRow, rma_id)
            if row is None:
                raise UCPError(404, "not_found", f"no return {rma_id}", "unrecoverable")
            view = rma_view(s, row, step(request))
            if view["status"] == "received" and row.refunded_at is None:
                _refund_received(s, row, request.app.state.settings.merchant_id)
                s.commit()
            return view

    return router


def support_router() -> APIRouter:
    """The customer-service desk, mounted at ``/support``."""
    router = APIRouter()

    @router.post("/messages", status_code=201)
    async def message(body: SupportMessage, request: Request) -> JSONResponse:
        await check_fault(request, "support.message")
        ownership.for_shopper(request)
        ownership.owns(request, ownership.order_owner, body.order_id, "order")
        with request_session(request) as s:
            order = _order(s, body.order_id)
            rma = s.get(RmaRow, body.rma_id) if body.rma_id else None
            facts = order_facts(s, order, request.app.state.settings.courier_step_seconds)
            row = SupportMessageRow(order_id=order.id, rma_id=body.rma_id, shopper_id=body.shopper_id,
                                    topic=body.topic, body=body.body, reply=_reply(order, rma, facts, body),
                                    created_at=utcnow(), owner=ownership.scope_of(request))
            s.add(row)
            s.commit()
            s.refresh(row)
            return JSONResponse({"message_id": row.id, "reply": row.reply, "order_id": row.order_id,
                                 "rma_id": row.rma_id}, status_code=201)

    @router.get("/messages", dependencies=[Depends(ownership.order)])
    async def messages(order_id: str, request: Request) -> dict[str, Any]:
        with Session(request.app.state.engine) as s:
            rows = s.exec(select(SupportMessageRow).where(SupportMessageRow.order_id == order_id)).all()
            return {"messages": [{"message_id": r.id, "rma_id": r.rma_id, "topic": r.topic, "body": r.body,
                                  "reply": r.reply, "at": as_utc(r.created_at).isoformat()} for r in rows]}

    return router


def returns_admin_router() -> APIRouter:
    """Operator controls, mounted at ``/admin/returns``: every route needs the operator credential."""
    router = APIRouter(dependencies=[Depends(require_operator)])

    @router.post("/backdate")
    async def backdate(body: Backdate, request: Request) -> dict[str, Any]:
        """Make an order's parcel delivered ``delivered_days_ago`` days ago (or, negative, in the future)."""
        step_seconds = request.app.state.settings.courier_step_seconds
        with Session(request.app.state.engine) as s:
            order = _order(s, body.order_id)
            ship = s.get(ShipmentRow, order.shipment_id) if order.shipment_id else None
            if ship is None:
                raise UCPError(409, "no_shipment", f"order {order.id} has no shipment")
            delivered_at = utcnow() - timedelta(days=body.delivered_days_ago)
            ship.created_at = delivered_at - timedelta(seconds=step_seconds * (len(STEPS) - 1))
            ship.manual_steps = 0
            order.created_at = min(as_utc(order.created_at), as_utc(ship.created_at))
            s.add(ship)
            s.add(order)
            s.commit()
            return order_facts(s, order, step_seconds)

    @router.post("/slots/fill")
    async def fill(body: FillSlot, request: Request) -> dict[str, Any]:
        """Someone else books the rest of this slot: the next booking of it gets 409 slot_taken."""
        with Session(request.app.state.engine) as s:
            if s.get(SlotFillRow, body.slot_id) is None:
                s.add(SlotFillRow(slot_id=body.slot_id, filled_at=utcnow()))
                s.commit()
            return {"slot_id": body.slot_id, "remaining": 0}

    return router
