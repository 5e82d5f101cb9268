"""The stored side of Idempotency-Key handling (``errand.sandbox.common.idempotency``): claimed keys and their answers.

Every method blocks on the database: call it from a worker thread.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Transaction, create_engine, event, text
from sqlmodel import Field, SQLModel

from errand.sandbox.db import READ_PRAGMAS

KEY_TTL_SECONDS = 24 * 3600
SWEEP_EVERY_SECONDS = 60.0
WRITERS = 64
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


@dataclass(frozen=True)
class _Verdict:
    kind: Literal["claimed", "replay", "conflict", "in_progress"]
    status: int = 0
    content_type: str = ""
    body: bytes = b""


@dataclass
class Answer:
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
                              pool_size=8, max_overflow=WRITERS + 48)  # + claims and releases in flight

    @event.listens_for(tx_engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA synchronous=NORMAL")
        for pragma in READ_PRAGMAS:
            cur.execute(pragma)
        cur.close()

    @event.listens_for(tx_engine, "begin")
    def _begin(conn: Connection) -> None:
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
                "SELECT fingerprint, state, owner, status, content_type, body, expires_at "
                "FROM idempotency_key WHERE scope = :s AND key = :k"), {"s": scope, "k": key}).fetchone()
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

    def store(self, conn: Connection, scope: str, key: str, owner: str, answer: Answer) -> bool:
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

    def commit_with(self, store: KeyStore, scope: str, key: str, owner: str, answer: Answer) -> bool:
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
