"""UCP order webhooks: the merchant tells the platform that made a checkout about its order.

The platform names itself in every request's ``UCP-Agent`` header (``profile="<url>"``); its profile declares
where order events go (``ucp.capabilities["dev.ucp.shopping.order"][*].config.webhook_url``). A checkout
keeps that profile URL (``CheckoutRow.platform_profile``); an order event is one outbox row written in the
caller's transaction (`queue_order_event`), so it exists exactly when the order change it reports commits.
The merchant's handlers run in a worker thread's own event loop (``sandbox.idempotency``): a task started
there would die with that loop, so nothing is sent from a handler. A dispatcher on the server's loop
(`OrderEventDispatcher`, started by `order_events_lifespan`) resolves the profile, posts the event, and
retries a receiver that is down with a growing pause, a bounded number of times; events of one order go out
in the order they were queued. Each delivery runs as its own task with 2 s timeouts, so a dead or slow
receiver delays nothing but its own events.

Profiles are self-asserted URLs, so fetching one is fetching a stranger's URL from inside the merchant: it
goes through the courier webhooks' address guard (no private, link-local or multicast addresses; loopback
only in local mode), with a timeout, a size cap and no redirects, and is cached for a while. Outside local
mode only profiles on the allowlist (``SandboxSettings.trusted_platform_profiles``) are fetched at all.

Every delivery is signed as the 2026-04-08 REST binding says: ``Webhook-Id`` and ``Webhook-Timestamp``,
``Content-Digest`` (RFC 9530, over a JCS-canonical body, so the digest also matches the binding's
"JCS-canonicalized" reading), and an RFC 9421 ``Signature``/``Signature-Input`` (ES256, i.e.
``ecdsa-p256-sha256``) made with the merchant's key, whose public JWK discovery publishes under
``signing_keys`` (`signing_jwks`). ``X-Event-Type`` (``order_placed``, ``order_shipped``) is sent too: it is
not in the binding, but the protocol's sample server and its conformance suite use it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from time import monotonic
from typing import Any

import httpx
import rfc8785
from cryptography.hazmat.primitives.asymmetric import ec
from fastapi import FastAPI
from sqlalchemy import Engine
from sqlmodel import Field, Session, SQLModel, col, select

from errand.sandbox.common.outbound import RefusedTarget, WebhookSettings, check_target, guarded_client
from errand.sandbox.db import CheckoutRow, as_utc, utcnow
from errand.sandbox.merchant.signing_key import merchant_signing_key, signed_headers
from errand.sandbox.settings import SandboxSettings

log = logging.getLogger("sandbox.order_events")

EVENT_TYPES = ("order_placed", "order_shipped")
TICK_SECONDS = 0.2
MAX_ATTEMPTS = 6
"""Deliveries tried per event (pauses 0.5, 1, 2, 4, 8 s between them); then the event is given up."""
MAX_PAUSE_SECONDS = 30.0
MAX_IN_FLIGHT = 32
SHIPPED_LOOK_SECONDS = 1.0
"""How often the dispatcher looks for courier-carried orders that shipped (`courier.shipped`)."""
TIMEOUT = httpx.Timeout(2.0)
PROFILE_MAX_BYTES = 64 * 1024
PROFILE_TTL_SECONDS = 60.0


# -- the outbox ---------------------------------------------------------------------------------------------

class OrderEventRow(SQLModel, table=True):
    """One order event for one platform; ``state`` is pending until delivered or given up."""

    __tablename__ = "order_event_outbox"
    seq: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(unique=True)
    order_id: str = Field(index=True)
    event_type: str
    profile: str
    body: str
    state: str = Field(default="pending", index=True)
    attempts: int = 0
    next_at: datetime
    created_at: datetime
    last_error: str | None = None


def queue_order_event(session: Session, order_id: str, event_type: str, order_body: dict[str, Any]) -> None:
    """Queue ``order_body`` (the order as ``GET /orders/{id}`` renders it) for the platform that made its
    checkout, in ``session``'s transaction: it is sent only if that transaction commits. A checkout made by
    a caller that named no profile has nobody to tell, and queues nothing."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown order event type {event_type!r}")
    checkout = session.get(CheckoutRow, str(order_body.get("checkout_id", "")))
    profile = checkout.platform_profile if checkout is not None else None
    if not profile:
        return
    now = utcnow()
    session.add(OrderEventRow(event_id=str(uuid.uuid4()), order_id=order_id, event_type=event_type,
                              profile=profile, body=rfc8785.dumps(order_body).decode(), next_at=now,
                              created_at=now))


def _next_due(engine: Engine, now: datetime, busy: set[int], limit: int) -> list[OrderEventRow]:
    """Pending events whose time has come, at most one per order: the oldest, so an order's events are
    delivered in the order they were queued."""
    with Session(engine, expire_on_commit=False) as session:
        pending = session.exec(select(OrderEventRow).where(col(OrderEventRow.state) == "pending")
                               .order_by(col(OrderEventRow.seq)).limit(500)).all()
    heads: dict[str, OrderEventRow] = {}
    for row in pending:
        heads.setdefault(row.order_id, row)
    due = [row for row in heads.values() if as_utc(row.next_at) <= now and row.seq not in busy]
    return due[:limit]


def _record(engine: Engine, seq: int, outcome: str, error: str | None) -> None:
    """Store one attempt's outcome: ``delivered``, ``refused`` (for good) or ``retry``."""
    with Session(engine) as session:
        row = session.get(OrderEventRow, seq)
        if row is None:
            return
        row.attempts += 1
        row.last_error = error
        if outcome == "delivered":
            row.state = "delivered"
        elif outcome == "refused" or row.attempts >= MAX_ATTEMPTS:
            row.state = "failed"
            log.warning("order event %s (%s) for %s given up after %d attempts: %s", row.event_id,
                        row.event_type, row.order_id, row.attempts, error)
        else:
            pause = min(MAX_PAUSE_SECONDS, 0.25 * 2 ** row.attempts)
            row.next_at = utcnow() + timedelta(seconds=pause)
        session.add(row)
        session.commit()


# -- the platform's profile ----------------------------------------------------------------------------------

class ProfileUnavailable(Exception):
    """The profile could not be read this time (the event is retried)."""


def webhook_url_of(profile: Any) -> str | None:
    """The order webhook URL a platform profile declares, read leniently: a platform profile need not be a
    valid PlatformSchema (the conformance suite's has no services), so anything odd is just no URL."""
    ucp = profile.get("ucp") if isinstance(profile, dict) else None
    capabilities = ucp.get("capabilities") if isinstance(ucp, dict) else None
    entries = capabilities.get("dev.ucp.shopping.order") if isinstance(capabilities, dict) else None
    if isinstance(entries, dict):
        entries = [entries]
    for entry in entries if isinstance(entries, list) else []:
        config = entry.get("config") if isinstance(entry, dict) else None
        url = config.get("webhook_url") if isinstance(config, dict) else None
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            return url
    return None


class ProfileResolver:
    """Platform profile URL → its order webhook URL, fetched with the address guard and cached."""

    def __init__(self, client: httpx.AsyncClient, guard: WebhookSettings, trusted: Sequence[str]) -> None:
        self.client = client
        self.guard = guard
        self.trusted = frozenset(trusted)
        self._cache: dict[str, tuple[float, str | None]] = {}

    async def webhook_url(self, profile_url: str) -> str | None:
        """The webhook URL, or None when the platform declares none; raises `RefusedTarget` when the profile
        may not be fetched and `ProfileUnavailable` when it could not be read now."""
        cached = self._cache.get(profile_url)
        if cached is not None and cached[0] > monotonic():
            return cached[1]
        url = webhook_url_of(await self.document(profile_url))
        self._cache[profile_url] = (monotonic() + PROFILE_TTL_SECONDS, url)
        return url

    async def document(self, profile_url: str) -> Any:
        """The profile as fetched now (not cached), under the same guard; raises as `webhook_url` does."""
        if self.trusted and profile_url not in self.trusted:
            raise RefusedTarget("the profile is not on the trusted platform profiles list")
        if not self.trusted and not self.guard.allow_loopback:
            raise RefusedTarget("outside local mode only trusted platform profiles are fetched")
        await check_target(profile_url, self.guard)
        return await self._fetch(profile_url)

    async def _fetch(self, url: str) -> Any:
        try:
            async with self.client.stream("GET", url, headers={"accept": "application/json"}) as response:
                if response.status_code != 200:
                    raise ProfileUnavailable(f"profile answered {response.status_code}")
                body = bytearray()
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > PROFILE_MAX_BYTES:
                        raise ProfileUnavailable(f"profile larger than {PROFILE_MAX_BYTES} bytes")
        except httpx.HTTPError as exc:
            raise ProfileUnavailable(f"profile unreachable: {type(exc).__name__}") from exc
        try:
            return json.loads(bytes(body))
        except ValueError as exc:
            raise ProfileUnavailable("profile is not JSON") from exc


# -- the dispatcher -----------------------------------------------------------------------------------------

class OrderEventDispatcher:
    """Delivers the outbox from the server's loop: one task per due event, at most `MAX_IN_FLIGHT`."""

    def __init__(self, engine: Engine, key: ec.EllipticCurvePrivateKey, merchant_profile: str,
                 guard: WebhookSettings, trusted: Sequence[str],
                 look_for_shipped: Callable[[Engine, datetime], int] | None = None) -> None:
        self.engine = engine
        self.look_for_shipped = look_for_shipped
        self._next_look = 0.0
        self.key = key
        self.merchant_profile = merchant_profile
        self.guard = guard
        # No redirects: a 3xx is an answer, never a way round the address guard; every connection is pinned
        # to an address the guard allowed (`guarded_client`).
        self.client = guarded_client(guard, TIMEOUT)
        self.profiles = ProfileResolver(self.client, guard, trusted)
        self.busy: set[int] = set()
        self._deliveries: set[asyncio.Task[None]] = set()
        self._loop_task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._loop_task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        tasks = [t for t in (self._loop_task, *self._deliveries) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.client.aclose()

    async def _run(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:
                log.exception("order event tick failed")
            await asyncio.sleep(TICK_SECONDS)

    async def tick(self) -> None:
        if self.look_for_shipped is not None and monotonic() >= self._next_look:
            self._next_look = monotonic() + SHIPPED_LOOK_SECONDS
            await asyncio.to_thread(self.look_for_shipped, self.engine, utcnow())
        room = MAX_IN_FLIGHT - len(self.busy)
        if room <= 0:
            return
        due = await asyncio.to_thread(_next_due, self.engine, utcnow(), set(self.busy), room)
        for row in due:
            assert row.seq is not None
            self.busy.add(row.seq)
            task = asyncio.get_running_loop().create_task(self._deliver(row))
            self._deliveries.add(task)
            task.add_done_callback(self._deliveries.discard)

    async def _deliver(self, row: OrderEventRow) -> None:
        assert row.seq is not None
        try:
            outcome, error = await self._attempt(row)
            await asyncio.to_thread(_record, self.engine, row.seq, outcome, error)
        finally:
            self.busy.discard(row.seq)

    async def _attempt(self, row: OrderEventRow) -> tuple[str, str | None]:
        """(``delivered`` | ``refused`` | ``retry``, why) for one try at ``row``."""
        try:
            url = await self.profiles.webhook_url(row.profile)
            if url is None:
                return "refused", "the platform's profile declares no order webhook_url"
            await check_target(url, self.guard)  # checked at each delivery: a name may resolve elsewhere now
        except RefusedTarget as exc:
            return "refused", str(exc)
        except ProfileUnavailable as exc:
            return "retry", str(exc)
        body = row.body.encode()
        headers = signed_headers(self.key, url, event_id=row.event_id, occurred_at=as_utc(row.created_at),
                                 event_type=row.event_type, body=body, merchant_profile=self.merchant_profile,
                                 now=utcnow())
        try:
            response = await self.client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return "retry", f"{type(exc).__name__} posting to {url}"
        if response.is_success:
            return "delivered", None
        if response.status_code in (408, 429) or response.status_code >= 500 or response.is_redirect:
            return "retry", f"{url} answered {response.status_code}"
        return "refused", f"{url} answered {response.status_code}"


@asynccontextmanager
async def order_events_lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Run the dispatcher while the app is served. With an admin port the app is served twice (two
    servers, two lifespans): one dispatcher serves both."""
    state = app.state
    state.order_event_servers = getattr(state, "order_event_servers", 0) + 1
    if getattr(state, "order_events", None) is None:
        settings: SandboxSettings = state.settings
        trusted: Sequence[str] = getattr(settings, "trusted_platform_profiles", None) or ()
        # What looks for orders the courier shipped is given by the app (the courier's module imports this one).
        look: Callable[[Engine, datetime], int] | None = getattr(state, "look_for_shipped", None)
        state.order_events = OrderEventDispatcher(
            state.engine, merchant_signing_key(settings.home), f"{settings.public_base_url}/.well-known/ucp",
            state.webhook_settings, trusted, look_for_shipped=look)
        state.order_events.start()
    try:
        yield
    finally:
        state.order_event_servers -= 1
        if state.order_event_servers == 0 and state.order_events is not None:
            dispatcher, state.order_events = state.order_events, None
            await dispatcher.stop()


__all__ = ["EVENT_TYPES", "OrderEventDispatcher", "OrderEventRow", "ProfileResolver", "order_events_lifespan",
           "queue_order_event", "webhook_url_of"]
