"""Idempotency-Key handling for every state-changing call, the way payment providers do it.

1. The key is claimed first: one row per (caller scope, key), state ``in_progress``, in a short transaction of
   its own. Keys are scoped to the caller (``sandbox.auth.caller_of(request).scope``), so a stranger can
   neither pre-claim the platform's key nor read its stored answer.
2. The handler runs. On the money paths (``JOINED_PREFIXES``: checkout, orders, wallet, store orders) a
   handler that takes its session from ``sandbox.db.request_session`` joins the request's transaction
   (savepoints, so it may keep calling ``commit``); the stored answer is written in that same transaction,
   so the effect and the answer commit together or not at all: a crash between the two leaves neither, and
   the retry runs the call once. Elsewhere the handler commits on its own and the answer is stored right
   after it.
3. Same key, same request → the stored answer, byte for byte, with its status. Same key, another request →
   409 ``idempotency_conflict``. Same key while the first is still running → 409 ``idempotency_in_progress``
   (retry later). A 5xx answer or an injected fault is not stored: the effect is rolled back and the claim
   released, so the retry really runs. A claim left by a process that died is taken over by the next one.
4. Keys expire after ``KEY_TTL_SECONDS``; expired rows are swept lazily by later claims.

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
import secrets
import time
from dataclasses import dataclass, field
from typing import Literal

import anyio
from fastapi import Request
from sqlalchemy import Connection, Engine, Transaction, create_engine, event, text
from sqlmodel import Field, SQLModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .auth import caller_of
from .db import REQUEST_TRANSACTION
from .errors import error_body
from .faults import CRASH_FLAG, DROP_FLAG, FAULT_HEADER

log = logging.getLogger("sandbox.idempotency")

KEY_TTL_SECONDS = 24 * 3600
SWEEP_EVERY_SECONDS = 60.0
MAX_KEY_LENGTH = 255
_KEY = re.compile(rf"^[\x21-\x7e]{{1,{MAX_KEY_LENGTH}}}$")
# Read-only POSTs (catalog queries) and the operator's admin surface are exempt.
_EXEMPT_PREFIXES = ("/catalog/", "/admin/")
JOINED_PREFIXES = ("/checkout-sessions", "/orders/", "/wallet/", "/stores/")
"""Where the effect joins the request's transaction (their handlers use ``request_session``)."""
_WRITERS = 64
"""Requests applied at once (each in a worker thread; most of them wait for faults or the write lock)."""


class IdempotencyKeyRow(SQLModel, table=True):
    """One claimed key: ``in_progress`` while its request runs, ``done`` with the stored answer after."""

    __tablename__ = "idempotency_key"
    scope: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    fingerprint: str
    state: str
    owner: str
    status: int | None = None
    content_type: str | None = None
    body: bytes | None = None
    created_at: float
    expires_at: float = Field(index=True)


def _needs_key(method: str, path: str) -> bool:
    if method not in ("POST", "PUT", "PATCH", "DELETE"):
        return False
    return not path.startswith(_EXEMPT_PREFIXES)


@dataclass(frozen=True)
class _Verdict:
    kind: Literal["claimed", "replay", "conflict", "in_progress"]
    status: int = 0
    content_type: str = ""
    body: bytes = b""


@dataclass
class _Answer:
    status: int = 500
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    chunks: list[bytes] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        wanted = name.encode("latin-1")
        return next((v.decode("latin-1") for k, v in self.headers if k.lower() == wanted), None)

    @property
    def body(self) -> bytes:
        return b"".join(self.chunks)


def transactional_engine(engine: Engine) -> Engine:
    """An engine over the same file whose transactions are real SQLite ones (``BEGIN IMMEDIATE``).

    pysqlite's default transaction handling begins implicitly only before a write and turns a SAVEPOINT
    into the outermost transaction; the request transaction needs an explicit BEGIN for savepoints to nest
    under it, and IMMEDIATE so that a read followed by a write cannot fail on a stale snapshot.
    """
    tx_engine = create_engine(engine.url, connect_args={"check_same_thread": False, "timeout": 30},
                              pool_size=8, max_overflow=_WRITERS + 48)  # + claims and releases in flight

    @event.listens_for(tx_engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(tx_engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return tx_engine


class KeyStore:
    """The claims and stored answers (every method blocks: call it from a worker thread)."""

    def __init__(self, engine: Engine, ttl_seconds: float = KEY_TTL_SECONDS) -> None:
        self.engine = engine
        self.ttl = ttl_seconds
        self.boot = secrets.token_hex(6)
        self._swept_at = 0.0

    def new_owner(self) -> str:
        return f"{self.boot}:{secrets.token_hex(6)}"

    def claim(self, scope: str, key: str, fingerprint: str, owner: str) -> _Verdict:
        now = time.time()
        with self.engine.begin() as conn:
            self._sweep(conn, now)
            row = conn.execute(text(
                "SELECT fingerprint, state, owner, status, content_type, body, expires_at FROM idempotency_key "
                "WHERE scope = :s AND key = :k"), {"s": scope, "k": key}).fetchone()
            if row is not None and row.expires_at > now:
                if row.fingerprint != fingerprint and row.state == "done":
                    return _Verdict("conflict")
                if row.state == "done":
                    return _Verdict("replay", row.status, row.content_type, bytes(row.body))
                if row.owner.split(":")[0] == self.boot:
                    return _Verdict("conflict" if row.fingerprint != fingerprint else "in_progress")
                # Claimed by a process that has since died: its effect, joined to the answer, never committed.
            conn.execute(text(
                "INSERT INTO idempotency_key (scope, key, fingerprint, state, owner, created_at, expires_at) "
                "VALUES (:s, :k, :f, 'in_progress', :o, :now, :exp) ON CONFLICT (scope, key) DO UPDATE SET "
                "fingerprint = :f, state = 'in_progress', owner = :o, status = NULL, content_type = NULL, "
                "body = NULL, created_at = :now, expires_at = :exp"),
                {"s": scope, "k": key, "f": fingerprint, "o": owner, "now": now, "exp": now + self.ttl})
        return _Verdict("claimed")

    def _sweep(self, conn: Connection, now: float) -> None:
        if now - self._swept_at < SWEEP_EVERY_SECONDS:
            return
        self._swept_at = now
        conn.execute(text("DELETE FROM idempotency_key WHERE expires_at <= :now"), {"now": now})

    def store(self, conn: Connection, scope: str, key: str, owner: str, answer: _Answer) -> bool:
        """Write the answer in the request's transaction; False when the claim is no longer ours."""
        result = conn.execute(text(
            "UPDATE idempotency_key SET state = 'done', status = :st, content_type = :ct, body = :b "
            "WHERE scope = :s AND key = :k AND owner = :o AND state = 'in_progress'"),
            {"st": answer.status, "ct": answer.header("content-type") or "application/json", "b": answer.body,
             "s": scope, "k": key, "o": owner})
        return result.rowcount == 1

    def release(self, scope: str, key: str, owner: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(text("DELETE FROM idempotency_key WHERE scope = :s AND key = :k AND owner = :o "
                              "AND state = 'in_progress'"), {"s": scope, "k": key, "o": owner})


class RequestTransaction:
    """The transaction one idempotent request's effect and answer share; opened on first use."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._conn: Connection | None = None
        self._tx: Transaction | None = None

    def connection(self) -> Connection:
        if self._conn is None:
            self._conn = self._engine.connect()
            self._tx = self._conn.begin()
        return self._conn

    def commit_with(self, store: KeyStore, scope: str, key: str, owner: str, answer: _Answer) -> bool:
        conn = self.connection()
        assert self._tx is not None
        if not store.store(conn, scope, key, owner, answer):
            self._tx.rollback()
            return False
        self._tx.commit()
        return True

    def rollback(self) -> None:
        if self._tx is not None and self._tx.is_active:
            self._tx.rollback()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class IdempotencyMiddleware:
    """ASGI middleware enforcing and replaying ``Idempotency-Key``."""

    def __init__(self, app: ASGIApp, engine: Engine) -> None:
        self.app = app
        self.engine = transactional_engine(engine)
        self.keys = KeyStore(self.engine)
        self._writers = anyio.CapacityLimiter(_WRITERS)

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
                "idempotency_key_invalid", f"Idempotency-Key must be 1-{MAX_KEY_LENGTH} printable ASCII characters",
                "unrecoverable"))
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

    def _apply(self, scope: Scope, body: bytes, caller: str, key: str, owner: str) -> _Answer:
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

    async def _apply_on_loop(self, scope: Scope, body: bytes, caller: str, key: str, owner: str) -> _Answer:
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

    def _store_alone(self, caller: str, key: str, owner: str, answer: _Answer) -> None:
        tx = RequestTransaction(self.engine)
        try:
            tx.commit_with(self.keys, caller, key, owner, answer)
        finally:
            tx.close()

    async def _call_app(self, scope: Scope, body: bytes) -> _Answer:
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return {"type": "http.disconnect"}

        answer = _Answer()

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


def _json_answer(status: int, body: dict) -> _Answer:
    payload = json.dumps(body).encode()
    return _Answer(status, [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode())], [payload])


async def _send_json(send: Send, status: int, body: dict, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    answer = _json_answer(status, body)
    await send({"type": "http.response.start", "status": status, "headers": answer.headers + (extra or [])})
    await send({"type": "http.response.body", "body": answer.body})


async def _send_raw(send: Send, status: int, content_type: str, body: bytes, replay: bool = False) -> None:
    headers = [(b"content-type", content_type.encode("latin-1")), (b"content-length", str(len(body)).encode())]
    if replay:
        headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
