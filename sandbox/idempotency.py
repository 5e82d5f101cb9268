"""Idempotency-Key handling for every state-changing call, as one ASGI middleware plus one table.

Same key + same request → the first stored response, byte for byte, with its status. Same key + a different
request → 409. Injected faults and 5xx responses are not stored, so a retry with the same key can succeed.
A call whose answer the fault book marked "dropped" is applied and stored as usual, and only then is the
client's answer replaced with a 502, so its retry replays the stored answer.
"""

from __future__ import annotations

import asyncio
import hashlib
import json

from sqlalchemy import Engine, text
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .db import utcnow
from .errors import error_body
from .faults import DROP_FLAG, FAULT_HEADER

# Read-only POSTs (catalog queries) and the operator's admin surface are exempt.
_EXEMPT_PREFIXES = ("/catalog/", "/admin/")


def _needs_key(method: str, path: str) -> bool:
    if method not in ("POST", "PUT", "PATCH", "DELETE"):
        return False
    return not path.startswith(_EXEMPT_PREFIXES)


class IdempotencyMiddleware:
    """ASGI middleware enforcing and replaying ``Idempotency-Key``."""

    def __init__(self, app: ASGIApp, engine: Engine) -> None:
        self.app = app
        self.engine = engine
        self._locks: dict[str, asyncio.Lock] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        dropper = _Dropper(scope, send)
        await self._handle(scope, receive, dropper.send)
        await dropper.finish()

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _needs_key(scope["method"], scope["path"]):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        key = headers.get("idempotency-key", "").strip()
        if not key:
            await _send_json(send, 400, error_body("idempotency_key_required",
                                                   "Idempotency-Key header is required on this call"))
            return
        body = await _read_body(receive)
        fingerprint = hashlib.sha256(
            scope["method"].encode() + b" " + scope["path"].encode() + b"\n" + _normalize(body)
        ).hexdigest()
        lock = self._locks.setdefault(key, asyncio.Lock())
        # Serialise concurrent requests with one key: the second waits, then replays the first's answer.
        async with lock:
            stored = self._load(key)
            if stored is not None:
                if stored[0] != fingerprint:
                    await _send_json(send, 409, error_body(
                        "idempotency_conflict", "Idempotency-Key reused with a different request",
                        "unrecoverable"))
                    return
                await _send_raw(send, stored[1], stored[2], stored[3], replay=True)
                return
            captured = await self._run(scope, body, send)
            status, content_type, payload, faulted = captured
            if status < 500 and not faulted:
                self._store(key, fingerprint, status, content_type, payload)
        if not lock.locked():
            self._locks.pop(key, None)

    async def _run(self, scope: Scope, body: bytes, send: Send) -> tuple[int, str, bytes, bool]:
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return {"type": "http.disconnect"}

        state: dict = {"status": 500, "headers": [], "chunks": []}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["headers"] = message.get("headers", [])
            elif message["type"] == "http.response.body":
                state["chunks"].append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        header_map = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in state["headers"]}
        return (state["status"], header_map.get("content-type", "application/json"), b"".join(state["chunks"]),
                FAULT_HEADER in header_map)

    def _load(self, key: str) -> tuple[str, int, str, bytes] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT fingerprint, status, content_type, body FROM idempotency WHERE key = :k"), {"k": key}
            ).fetchone()
        return None if row is None else (row[0], row[1], row[2], bytes(row[3]))

    def _store(self, key: str, fingerprint: str, status: int, content_type: str, body: bytes) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("INSERT OR IGNORE INTO idempotency (key, fingerprint, status, content_type, body, created_at) "
                     "VALUES (:k, :f, :s, :c, :b, :t)"),
                {"k": key, "f": fingerprint, "s": status, "c": content_type, "b": body, "t": utcnow()},
            )


class _Dropper:
    """Passes the answer through, unless the handler's fault decision said to drop it after commit."""

    def __init__(self, scope: Scope, send: Send) -> None:
        self._scope = scope
        self._send = send
        self._dropped: str | None = None

    async def send(self, message: Message) -> None:
        route = (self._scope.get("state") or {}).get(DROP_FLAG)
        if route and message["type"].startswith("http.response."):
            self._dropped = route
            return
        await self._send(message)

    async def finish(self) -> None:
        if self._dropped is not None:
            body = error_body("connection_dropped", f"injected fault on {self._dropped}: the change was applied "
                                                    "but the answer was lost")
            payload = json.dumps(body).encode()
            await self._send({"type": "http.response.start", "status": 502, "headers": [
                (b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                (FAULT_HEADER.encode(), b"1")]})
            await self._send({"type": "http.response.body", "body": payload})


def _normalize(body: bytes) -> bytes:
    # Compare JSON semantically so key order or whitespace differences are still "the same body".
    try:
        return json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except (ValueError, UnicodeDecodeError):
        return body


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _send_json(send: Send, status: int, body: dict) -> None:
    await _send_raw(send, status, "application/json", json.dumps(body).encode())


async def _send_raw(send: Send, status: int, content_type: str, body: bytes, replay: bool = False) -> None:
    headers = [(b"content-type", content_type.encode("latin-1")), (b"content-length", str(len(body)).encode())]
    if replay:
        headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
