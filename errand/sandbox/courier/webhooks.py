"""Courier webhooks: tracking events (and the order updates they imply) POSTed to subscriber URLs.

Every tracking event gets a stable id (``<shipment>:<seq>``) and lands once in an outbox; each subscription
keeps a cursor into it and a dispatcher task delivers in order, retrying a subscriber that is down with a
growing pause. Like real webhook senders it may deliver twice or out of order: one-shot faults on the
``courier.webhook.duplicate`` and ``courier.webhook.reorder`` routes make it do so on purpose (as does the
fault book's seeded profile, through ``webhook_plan``), and ``courier.webhook`` (with an error status) makes
a delivery fail and be retried.

Subscribing is an operator's act. A subscriber URL must be http(s) and must not resolve to a private,
link-local (cloud metadata), multicast or otherwise non-public address; loopback is allowed only while the
sandbox runs locally (``ERRAND_SANDBOX_WEBHOOKS_ALLOW_LOOPBACK``, on by default, because the worker's
receiver listens on loopback), and named hosts can be let through for a private network
(``ERRAND_SANDBOX_WEBHOOKS_ALLOWED_HOSTS``, e.g. the receiver's compose service). Every delivery is signed
as Standard Webhooks specify (``webhook-id``, ``webhook-timestamp``, ``webhook-signature``: HMAC-SHA256
over ``id.timestamp.body``) with the subscription's own secret, which is returned once, when subscribing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from datetime import datetime, timedelta
from typing import Any

import httpx
from fastapi import APIRouter, Depends, FastAPI, Request
from pydantic import BaseModel
from pydantic import Field as PydanticField
from sqlalchemy import Engine
from sqlmodel import Field, Session, SQLModel, col, func, select

from errand.sandbox.admin.faults import FaultBook
from errand.sandbox.common.auth import require_operator
from errand.sandbox.common.errors import UCPError
from errand.sandbox.common.outbound import (
    RefusedTarget,
    check_target,
    guarded_client,
    new_secret,
    signed_headers,
)
from errand.sandbox.courier.delivery import CourierPlan, load, project, status_of
from errand.sandbox.db import ShipmentRow, as_utc, utcnow

log = logging.getLogger("sandbox.webhooks")
TICK_SECONDS = 0.2
MAX_PAUSE_SECONDS = 5.0


class WebhookSubscription(SQLModel, table=True):
    __tablename__ = "courier_subscription"
    id: str = Field(primary_key=True)
    url: str
    cursor: int = 0
    active: bool = True
    failures: int = 0
    retry_at: datetime | None = None
    created_at: datetime
    # The signing secret (``whsec_...``); nullable so older databases gain the column. A subscription made
    # before signing existed has none and gets nothing: its receiver could not tell it from a forgery.
    secret: str | None = None


class WebhookOutbox(SQLModel, table=True):
    __tablename__ = "courier_outbox"
    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(index=True)
    type: str
    shipment_id: str = Field(index=True)
    payload: str
    created_at: datetime


class EmittedCursor(SQLModel, table=True):
    """How many of a shipment's events are already in the outbox."""

    __tablename__ = "courier_emitted"
    shipment_id: str = Field(primary_key=True)
    seq: int = 0
    done: bool = False


def _event_payloads(row: ShipmentRow, plan: CourierPlan | None, events: list[dict[str, Any]],
                    first_seq: int) -> list[dict[str, Any]]:
    out = []
    reference = plan.reference if plan else ""
    for seq in range(first_seq, len(events) + 1):
        event = events[seq - 1]
        snapshot = {"shipment_id": row.id, "order_id": row.order_id, "status": status_of(events[:seq]),
                    "events": events[:seq]}
        out.append({"event_id": f"{row.id}:{seq}", "type": "shipment.event", "shipment_id": row.id,
                    "order_id": row.order_id, "seq": seq, "reference": reference, **event, "shipment": snapshot})
        if event["status"] == "delivered":
            out.append({"event_id": f"{row.order_id}:delivered", "type": "order.updated", "shipment_id": row.id,
                        "order_id": row.order_id, "seq": seq, "reference": reference, "status": "delivered",
                        "at": event["at"], "description": "Order delivered"})
    return out


def collect(engine: Engine, step_seconds: float, now: datetime) -> int:
    """Put every not-yet-emitted tracking event into the outbox; returns how many were added."""
    added = 0
    with Session(engine) as session:
        rows = session.exec(
            select(ShipmentRow, EmittedCursor)
            .join(EmittedCursor, col(EmittedCursor.shipment_id) == col(ShipmentRow.id), isouter=True)
            .where((col(EmittedCursor.done).is_(None)) | (col(EmittedCursor.done) == False))
        ).all()
        for row, cursor in rows:
            plan, config = load(session, row)
            view = project(row, plan, config, step_seconds, now)
            seen = cursor.seq if cursor else 0
            if len(view.events) <= seen:
                continue
            for payload in _event_payloads(row, plan, view.events, seen + 1):
                session.add(WebhookOutbox(event_id=payload["event_id"], type=payload["type"], shipment_id=row.id,
                                          payload=json.dumps(payload), created_at=now))
                added += 1
            cursor = cursor or EmittedCursor(shipment_id=row.id)
            cursor.seq = len(view.events)
            cursor.done = view.status == "delivered"
            session.add(cursor)
        session.commit()
    return added


async def _fault_active(faults: FaultBook, route: str) -> bool:
    """Consume a one-shot fault injected on ``route``; routes nobody injected are not drawn at all, so the
    dispatcher's ticks never disturb the seeded fault profile's draws or counts."""
    if route not in faults.snapshot():
        return False
    try:
        await faults.check(route)
    except UCPError:
        return True
    return False


def _profile_plan(faults: FaultBook, event_id: str) -> tuple[bool, bool]:
    """(duplicate, hold back) for one event under the standing seeded profile, when the book has one."""
    plan = getattr(faults, "webhook_plan", None)
    if plan is None:
        return False, False
    decided = plan(event_id)
    return bool(decided.duplicated), bool(decided.reordered)


class Dispatcher:
    """The background task that fills the outbox and delivers it to every subscriber."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.task: asyncio.Task[None] | None = None
        self.client = guarded_client(app.state.webhook_settings, httpx.Timeout(2.0, connect=1.0))

    def ensure_running(self) -> None:
        if self.task is None or self.task.done():
            self.task = asyncio.get_running_loop().create_task(self._loop())

    async def _loop(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:
                log.exception("webhook tick failed")
            await asyncio.sleep(TICK_SECONDS)

    async def tick(self) -> None:
        engine = self.app.state.engine
        now = utcnow()
        with Session(engine) as session:
            subs = session.exec(select(WebhookSubscription).where(col(WebhookSubscription.active))).all()
        subs = [sub for sub in subs if sub.secret]
        if not subs:
            return
        await asyncio.to_thread(collect, engine, self.app.state.settings.courier_step_seconds, now)
        for sub in subs:
            if sub.retry_at is None or as_utc(sub.retry_at) <= now:
                await self._deliver(sub.id)

    async def _deliver(self, subscription_id: str) -> None:
        engine = self.app.state.engine
        faults: FaultBook = self.app.state.faults
        with Session(engine) as session:
            sub = session.get(WebhookSubscription, subscription_id)
            if sub is None or not sub.secret:
                return
            pending = session.exec(select(WebhookOutbox).where(col(WebhookOutbox.id) > sub.cursor)
                                   .order_by(col(WebhookOutbox.id)).limit(50)).all()
            if pending and not await self._still_allowed(sub.url):
                return
            i = 0
            while i < len(pending):
                batch = [pending[i]]
                duplicate, hold_back = _profile_plan(faults, pending[i].event_id)
                if i + 1 < len(pending) and (hold_back or await _fault_active(faults, "courier.webhook.reorder")):
                    batch = [pending[i + 1], pending[i]]  # the later event overtakes this one
                sends = []
                for item in batch:
                    sends.append(item)
                    if (duplicate and item is pending[i]) or await _fault_active(faults, "courier.webhook.duplicate"):
                        sends.append(item)
                ok = True
                for item in sends:
                    ok = await self._post(sub.url, sub.secret, item, faults)
                    if not ok:
                        break
                if not ok:
                    sub.failures += 1
                    sub.retry_at = utcnow() + timedelta(seconds=min(MAX_PAUSE_SECONDS, 0.25 * 2 ** sub.failures))
                    break
                sub.cursor = max(b.id or 0 for b in batch)
                sub.failures, sub.retry_at = 0, None
                i += len(batch)
            session.add(sub)
            session.commit()

    async def _still_allowed(self, url: str) -> bool:
        """The target is checked again before each batch: a name may resolve elsewhere since subscribing."""
        try:
            await check_target(url, self.app.state.webhook_settings)
        except RefusedTarget as exc:
            log.warning("not posting to %s: %s", url, exc)
            return False
        return True

    async def _post(self, url: str, secret: str, item: WebhookOutbox, faults: FaultBook) -> bool:
        """True when the subscriber took the event (2xx) or refused it for good (4xx)."""
        if await _fault_active(faults, "courier.webhook"):
            return False
        headers = {"content-type": "application/json", "x-courier-event-id": item.event_id,
                   **signed_headers(secret, item.event_id, item.payload, utcnow())}
        try:
            response = await self.client.post(url, content=item.payload, headers=headers)
        except httpx.HTTPError:
            return False
        return response.status_code < 500


def dispatcher(app: FastAPI) -> Dispatcher:
    """The app's dispatcher, started on first use (any courier call starts it once subscribers exist)."""
    found = getattr(app.state, "webhook_dispatcher", None)
    if found is None:
        found = app.state.webhook_dispatcher = Dispatcher(app)
    found.ensure_running()
    return found


def wake(app: FastAPI) -> None:
    """Start the dispatcher if anyone subscribed (checked once per process; subscribing starts it too)."""
    if getattr(app.state, "webhook_dispatcher", None) is not None:
        app.state.webhook_dispatcher.ensure_running()
        return
    if getattr(app.state, "webhooks_checked", False):
        return
    app.state.webhooks_checked = True
    with Session(app.state.engine) as session:
        if session.exec(select(WebhookSubscription).where(col(WebhookSubscription.active))).first():
            dispatcher(app)


class NewSubscription(BaseModel):
    url: str = PydanticField(pattern=r"^https?://", max_length=500)


def subscriptions_router() -> APIRouter:
    """Webhook subscriptions under ``/courier/admin/subscriptions``: an operator's lever only."""
    router = APIRouter(dependencies=[Depends(require_operator)])

    @router.post("/admin/subscriptions", status_code=201)
    async def subscribe(body: NewSubscription, request: Request) -> dict[str, Any]:
        """Subscribe ``url``; the answer holds the signing secret, which is never shown again."""
        try:
            await check_target(body.url, request.app.state.webhook_settings)
        except RefusedTarget as exc:
            raise UCPError(422, "webhook_target_refused", str(exc), "unrecoverable") from None
        with Session(request.app.state.engine) as session:
            last = session.exec(select(func.max(WebhookOutbox.id))).one() or 0
            sub = WebhookSubscription(id=f"sub_{secrets.token_hex(6)}", url=body.url, cursor=int(last),
                                      created_at=utcnow(), secret=new_secret())
            session.add(sub)
            session.commit()
            view = {"subscription_id": sub.id, "url": sub.url, "cursor": sub.cursor, "secret": sub.secret}
        dispatcher(request.app)
        return view

    @router.get("/admin/subscriptions")
    async def list_subscriptions(request: Request) -> dict[str, Any]:
        with Session(request.app.state.engine) as session:
            subs = session.exec(select(WebhookSubscription).where(col(WebhookSubscription.active))).all()
            return {"subscriptions": [{"subscription_id": s.id, "url": s.url, "cursor": s.cursor,
                                       "failures": s.failures} for s in subs]}

    @router.delete("/admin/subscriptions/{subscription_id}")
    async def unsubscribe(subscription_id: str, request: Request) -> dict[str, Any]:
        with Session(request.app.state.engine) as session:
            sub = session.get(WebhookSubscription, subscription_id)
            if sub is None:
                raise UCPError(404, "not_found", f"no subscription {subscription_id}", "unrecoverable")
            sub.active = False
            session.add(sub)
            session.commit()
        return {"subscription_id": subscription_id, "active": False}

    return router

