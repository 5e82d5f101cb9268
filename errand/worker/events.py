"""The event receiver: courier webhooks in, ``delivery_event`` signals out.

A small asyncio HTTP server (no framework: one POST route and a health check) that registers itself with
the courier as a webhook subscriber (an operator's act: it uses the operator token). Each event names, as its
``reference``, the errand that tagged the shipment; the receiver signals that errand.

Nothing unsigned gets through: every delivery must carry Standard Webhooks headers signed with the secret the
courier returned when the receiver subscribed (HMAC-SHA256 over ``id.timestamp.body``), a timestamp within
five minutes, and an id that names the event in the body; anything else is answered 401 and signals nobody.
Only then is the id checked against the ones handled recently, so a redelivered or replayed webhook is
refused without a second signal; the errand also drops anything it has already applied, and it treats every
event as a hint (it re-reads the shipment from the courier before anything changes). ``errand up`` runs the
receiver beside the worker as ``python -m errand.worker.events``.

The receiver subscribes to the home sandbox's courier alone (subscribing elsewhere would need each merchant's
operator credential). A parcel another merchant ships is carried by that merchant's own courier and is followed
by polling it: the errand's follow loop polls whether events flow or not, at the courier that carries the
parcel, so with no events it keeps the usual pace (``shipment_poll_seconds``, slowing to thirty times that
while nothing changes).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator
from typing import Any

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict
from standardwebhooks.webhooks import Webhook, WebhookVerificationError
from temporalio.client import Client
from temporalio.service import RPCError, RPCStatusCode

from errand.connectors import BackendError, CourierClient
from errand.domain.delivery import DeliveryEvent

log = logging.getLogger("errand.events")
MAX_BODY = 256 * 1024


class EventsSettings(BaseSettings):
    """Where the receiver listens (``ERRAND_EVENTS_HOST``, ``ERRAND_EVENTS_PORT``).

    Port 0 (the default) takes any free port: the receiver tells the courier its address when it subscribes.
    """

    model_config = SettingsConfigDict(env_prefix="ERRAND_EVENTS_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 0
    advertise: str = Field(default="",
                           description="the URL the courier posts to, when not http://host:port/events")


class EventReceiver:
    """Turns one signed webhook into at most one signal, remembering the last ``remember`` event ids.

    Args:
        client: the Temporal client that signals errands.
        secret: the subscription's signing secret (``whsec_...``); until it is known every delivery gets 503,
            so the courier retries it instead of dropping it.
    """

    def __init__(self, client: Client, *, secret: str = "", remember: int = 10_000) -> None:
        self._client = client
        self.secret = secret
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._remember = remember
        self.signalled = 0
        self.duplicates = 0
        self.refused = 0

    def _refuse(self, why: str) -> tuple[int, dict[str, Any]]:
        self.refused += 1
        return 401, {"error": why}

    async def receive_signed(self, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """(HTTP status, answer) for one delivery: verified first, deduplicated after, then relayed."""
        if not self.secret:
            return 503, {"error": "not subscribed yet"}
        try:
            Webhook(self.secret).verify(body, headers, json_parse=False)
            payload = json.loads(body)
        except (WebhookVerificationError, ValueError) as exc:
            return self._refuse(f"signature refused: {str(exc)[:100]}")
        if not isinstance(payload, dict) or str(payload.get("event_id") or "") != headers.get("webhook-id"):
            return self._refuse("the signed id does not name this event")
        if headers["webhook-id"] in self._seen:
            self.duplicates += 1
            return self._refuse(f"event {headers['webhook-id']} was already handled (replayed)")
        return await self.receive(payload)

    def _mark(self, event_id: str) -> None:
        self._seen[event_id] = None
        self._seen.move_to_end(event_id)
        while len(self._seen) > self._remember:
            self._seen.popitem(last=False)

    async def receive(self, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """(HTTP status, body) for one verified webhook: 2xx when done with it, 503 when the courier should
        retry. Never call it with a payload whose signature was not checked (``receive_signed`` does)."""
        event_id = str(payload.get("event_id") or "")
        if not event_id:
            return 422, {"error": "event_id is required"}
        if event_id in self._seen:
            self.duplicates += 1
            return 200, {"duplicate": event_id}
        reference = str(payload.get("reference") or "")
        if payload.get("type") != "shipment.event" or not reference:
            self._mark(event_id)
            return 200, {"ignored": "no errand follows this event"}
        try:
            event = DeliveryEvent.model_validate({k: payload.get(k) for k in DeliveryEvent.model_fields})
        except ValidationError as exc:
            return 422, {"error": str(exc).splitlines()[0]}
        self._mark(event_id)  # before the await: a concurrent redelivery must not signal twice
        try:
            await self._client.get_workflow_handle(reference).signal("delivery_event", event)
        except RPCError as exc:
            if exc.status in (RPCStatusCode.NOT_FOUND, RPCStatusCode.FAILED_PRECONDITION):
                return 200, {"ignored": f"errand {reference} is not running"}
            self._seen.pop(event_id, None)
            return 503, {"error": f"Temporal refused: {exc.message}"}
        self.signalled += 1
        return 200, {"signalled": reference, "event_id": event_id}

    async def handle_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One HTTP/1.1 request per connection: ``POST /events`` or ``GET /health``."""
        status, body = 400, {"error": "bad request"}  # type: tuple[int, dict[str, Any]]
        try:
            request_line = (await reader.readline()).decode("latin-1").split()
            headers: dict[str, str] = {}
            while (line := (await reader.readline()).decode("latin-1").strip()):
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0") or 0)
            if len(request_line) >= 2 and 0 <= length <= MAX_BODY:
                data = await reader.readexactly(length) if length else b""
                method, path = request_line[0], request_line[1]
                if method == "POST" and path == "/events":
                    status, body = await self.receive_signed(data, headers)
                elif method == "GET" and path == "/health":
                    status, body = 200, {"status": "ok", "signalled": self.signalled,
                                         "duplicates": self.duplicates, "refused": self.refused}
                else:
                    status, body = 404, {"error": "not found"}
        except (ValueError, asyncio.IncompleteReadError, UnicodeDecodeError) as exc:
            status, body = 400, {"error": str(exc)[:200]}
        except Exception as exc:
            log.exception("webhook failed")
            status, body = 500, {"error": type(exc).__name__}
        content = json.dumps(body).encode()
        reason = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found",
                  422: "Unprocessable Entity"}.get(status, "Error")
        writer.write(f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: "
                     f"{len(content)}\r\nconnection: close\r\n\r\n".encode() + content)
        with contextlib.suppress(ConnectionError):
            await writer.drain()
        writer.close()


@contextlib.asynccontextmanager
async def open_receiver(client: Client, sandbox_url: str, *, token: str, host: str = "127.0.0.1",
                        port: int = 0, advertise: str = "") -> AsyncIterator[tuple[EventReceiver, str]]:
    """Listen on ``host:port`` and subscribe to the courier's webhooks; yields (receiver, its URL).

    ``token`` is the operator's (subscribing is an operator's act); ``advertise`` is the URL to give the
    courier when it must reach the receiver by another name (a compose service). The subscription is
    removed on exit, so a stopped receiver is not retried forever.
    """
    receiver = EventReceiver(client)
    server = await asyncio.start_server(receiver.handle_connection, host, port)
    bound = server.sockets[0].getsockname()[1]
    url = advertise or f"http://{host}:{bound}/events"
    async with server, CourierClient(f"{sandbox_url}/courier", token=token) as courier:
        subscription = await courier.open_subscription(f"events-{uuid.uuid4().hex}", url)
        receiver.secret = subscription.secret
        try:
            yield receiver, url
        finally:
            with contextlib.suppress(BackendError):
                await courier.close_subscription(f"events-off-{uuid.uuid4().hex}",
                                                 subscription.subscription_id)


async def _main() -> None:
    from errand.worker.client import connect
    from errand.worker.settings import ErrandSettings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings, events = ErrandSettings(), EventsSettings()
    client = await connect(settings)
    while True:
        try:
            async with open_receiver(client, settings.sandbox_url, token=settings.admin_token,
                                     host=events.host, port=events.port,
                                     advertise=events.advertise) as (_, url):
                log.info("receiving courier events at %s", url)
                await asyncio.Event().wait()
        except BackendError as exc:
            # The sandbox is not up yet (or restarted): try again shortly.
            log.warning("cannot subscribe to courier events: %s", exc)
            await asyncio.sleep(2.0)


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main())
