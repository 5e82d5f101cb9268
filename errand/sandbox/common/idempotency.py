"""Idempotency-Key handling for every state-changing call, the way payment providers do it.

1. The key is claimed first: one row per (caller scope, key), state ``in_progress``, in a short transaction of
   its own. Keys are scoped to the caller (``sandbox.auth.caller_of(request).scope``), so a stranger can
   neither pre-claim the platform's key nor read its stored answer.
2. The handler runs. On the money paths (``JOINED_PREFIXES``: checkout, orders, wallet, store orders, the
   courier's shipments, fee holds and pickups, returns) a handler that takes its session from
   ``sandbox.db.request_session`` joins the request's transaction
   (savepoints, so it may keep calling ``commit``); the stored answer is written in that same transaction,
   so the effect and the answer commit together or not at all: a crash between the two leaves neither, and
   the retry runs the call once. Elsewhere the handler commits on its own and the answer is stored right
   after it.
3. Same key, same request → the stored answer, byte for byte, with its status. Same key, another request →
   409 ``idempotency_conflict``. Same key while the first is still running → 409 ``idempotency_in_progress``
   (retry later). A 5xx answer or an injected fault is not stored: the effect is rolled back and the claim
   released, so the retry really runs. A claim left by a process that died is taken over by the next one.
4. Keys expire after ``idempotency_store.KEY_TTL_SECONDS`` (24 h); expired rows are swept lazily by later
   claims.

SQLite has one writer. The request's transaction begins (``BEGIN IMMEDIATE``) only when the handler first
asks for its session, after faults, body parsing and signature checks, and a joined request runs in a worker
thread with an event loop of its own, so waiting for the write lock never blocks the server's loop, and the
lock is never held while waiting for that loop: reads (WAL), other routes and other writers' preparation go
on meanwhile. Routes that start background work on the server's loop (webhook delivery) are not joined.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import re
from typing import Any

import anyio
from fastapi import Request
from sqlalchemy import Engine
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from errand.sandbox.admin.faults import CRASH_FLAG, DROP_FLAG, FAULT_HEADER
from errand.sandbox.common.auth import caller_of, negotiate_version
from errand.sandbox.common.errors import UCPError, error_body
from errand.sandbox.common.idempotency_store import (
    WRITERS,
    Answer,
    KeyStore,
    RequestTransaction,
    transactional_engine,
)
from errand.sandbox.db import REQUEST_TRANSACTION

log = logging.getLogger("sandbox.idempotency")

MAX_KEY_LENGTH = 255
_KEY = re.compile(rf"^[\x21-\x7e]{{1,{MAX_KEY_LENGTH}}}$")
# Read-only POSTs (catalog queries) and the operator's admin surface are exempt, and so is OAuth (Identity
# Linking): its clients send no key, and a stored token response replayed to whoever repeats a key would hand
# out the tokens; its codes and refresh tokens are single use by themselves.
_EXEMPT_PREFIXES = ("/catalog/", "/admin/", "/oauth/")
JOINED_PREFIXES = ("/checkout-sessions", "/orders/", "/wallet/", "/stores/", "/courier/shipments/",
                   "/courier/fee-holds/", "/courier/pickups", "/returns", "/support/", "/testing/",
                   "/aftersales/")
"""Where the effect joins the request's transaction (their handlers use ``request_session``). The courier's
webhook subscriptions start the dispatcher on the server's loop and stay out."""


def _needs_key(method: str, path: str) -> bool:
    if method not in ("POST", "PUT", "PATCH", "DELETE"):
        return False
    return not path.startswith(_EXEMPT_PREFIXES)


class IdempotencyMiddleware:
    """ASGI middleware enforcing and replaying ``Idempotency-Key``."""

    def __init__(self, app: ASGIApp, engine: Engine) -> None:
        self.app = app
        self.engine = transactional_engine(engine)
        self.keys = KeyStore(self.engine)
        self._writers = anyio.CapacityLimiter(WRITERS)

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
        if not _KEY.match(key):
            await _send_json(send, 400, error_body(
                "idempotency_key_invalid",
                f"Idempotency-Key must be 1-{MAX_KEY_LENGTH} printable ASCII characters",
                "unrecoverable"))
            return
        try:
            # Before any replay: a stored answer was given in another version, and must not pass for this one.
            negotiate_version(Request(scope))
        except UCPError as exc:
            await _send_json(send, exc.status, error_body(exc.code, exc.content, exc.severity))
            return
        body = await _read_body(receive)
        caller = caller_of(Request(scope)).scope
        fingerprint = hashlib.sha256(
            scope["method"].encode() + b" " + scope["path"].encode() + b"?" + scope.get("query_string", b"")
            + b"\n" + _normalize(body)
        ).hexdigest()
        owner = self.keys.new_owner()
        verdict = await anyio.to_thread.run_sync(self.keys.claim, caller, key, fingerprint, owner)
        if verdict.kind == "conflict":
            await _send_json(send, 409, error_body(
                "idempotency_conflict", "Idempotency-Key reused with a different request", "unrecoverable"))
            return
        if verdict.kind == "in_progress":
            await _send_json(send, 409, error_body(
                "idempotency_in_progress", "a request with this Idempotency-Key is still being processed; "
                                           "retry later"), extra=[(b"retry-after", b"1")])
            return
        if verdict.kind == "replay":
            await _send_raw(send, verdict.status, verdict.content_type, verdict.body, replay=True)
            return
        if scope["path"].startswith(JOINED_PREFIXES):
            answer = await anyio.to_thread.run_sync(self._apply, scope, body, caller, key, owner,
                                                    limiter=self._writers)
        else:
            answer = await self._apply_on_loop(scope, body, caller, key, owner)
        await send({"type": "http.response.start", "status": answer.status, "headers": answer.headers})
        await send({"type": "http.response.body", "body": answer.body})

    def _apply(self, scope: Scope, body: bytes, caller: str, key: str, owner: str) -> Answer:
        """Run the request in this worker thread; commit its effect with its answer, or neither."""
        tx = RequestTransaction(self.engine)
        scope.setdefault("state", {})[REQUEST_TRANSACTION] = tx
        try:
            answer = asyncio.run(self._call_app(scope, body))
            if scope["state"].get(CRASH_FLAG):
                # Injected crash after the effect and before the answer: the process dies here.
                log.error("injected crash on %s before commit", scope["state"][CRASH_FLAG])
                os._exit(70)
            if answer.status < 500 and answer.header(FAULT_HEADER) is None:
                if tx.commit_with(self.keys, caller, key, owner, answer):
                    return answer
                return _json_answer(409, error_body("idempotency_in_progress", "this Idempotency-Key was taken "
                                                    "over by another request; retry later"))
            tx.rollback()
            self.keys.release(caller, key, owner)
            return answer
        except BaseException:
            tx.rollback()
            self.keys.release(caller, key, owner)
            raise
        finally:
            scope["state"].pop(REQUEST_TRANSACTION, None)
            tx.close()

    async def _apply_on_loop(self, scope: Scope, body: bytes, caller: str, key: str, owner: str) -> Answer:
        """Run the request on the server's loop; its handler commits by itself, the answer is stored after."""
        try:
            answer = await self._call_app(scope, body)
        except BaseException:
            await anyio.to_thread.run_sync(self.keys.release, caller, key, owner)
            raise
        if (scope.get("state") or {}).get(CRASH_FLAG):
            log.error("injected crash on %s before the answer was stored", scope["state"][CRASH_FLAG])
            os._exit(70)
        if answer.status < 500 and answer.header(FAULT_HEADER) is None:
            await anyio.to_thread.run_sync(self._store_alone, caller, key, owner, answer)
        else:
            await anyio.to_thread.run_sync(self.keys.release, caller, key, owner)
        return answer

    def _store_alone(self, caller: str, key: str, owner: str, answer: Answer) -> None:
        tx = RequestTransaction(self.engine)
        try:
            tx.commit_with(self.keys, caller, key, owner, answer)
        finally:
            tx.close()

    async def _call_app(self, scope: Scope, body: bytes) -> Answer:
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return {"type": "http.disconnect"}

        answer = Answer()

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer.status = message["status"]
                answer.headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                answer.chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        return answer


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
            body = error_body("connection_dropped",
                              f"injected fault on {self._dropped}: the change was applied but the answer was lost")
            payload = json.dumps(body).encode()
            await self._send({"type": "http.response.start", "status": 502, "headers": [
                (b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                (FAULT_HEADER.encode(), b"1")]})
            await self._send({"type": "http.response.body", "body": payload})


def _normalize(body: bytes) -> bytes:
    # Compare JSON semantically so key order or whitespace differences are still "the same body".
    try:
        return json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except (ValueError, UnicodeDecodeError, RecursionError):
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


def _json_answer(status: int, body: dict[str, Any]) -> Answer:
    payload = json.dumps(body).encode()
    return Answer(status, [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode())], [payload])


async def _send_json(send: Send, status: int, body: dict[str, Any],
                     extra: list[tuple[bytes, bytes]] | None = None) -> None:
    answer = _json_answer(status, body)
    await send({"type": "http.response.start", "status": status, "headers": answer.headers + (extra or [])})
    await send({"type": "http.response.body", "body": answer.body})


async def _send_raw(send: Send, status: int, content_type: str, body: bytes, replay: bool = False) -> None:
    headers = [(b"content-type", content_type.encode("latin-1")),
               (b"content-length", str(len(body)).encode())]
    if replay:
        headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
