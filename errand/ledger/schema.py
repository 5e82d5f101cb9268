"""Engine construction and schema/trigger installation for the ledger.

Kept apart from `ledger.store` so the append/verify logic reads without the
per-dialect plumbing (URL rewriting, SQLite transaction modes, triggers).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

from errand.ledger.models import LedgerEntry

DEFAULT_DATABASE_URL = "sqlite:///~/.errand/ledger.db"
"""Where the ledger lives when nothing else is configured."""

TABLE_NAME = "ledger_entries"

APPEND_LOCK_KEY = 0x45524E44_4C454447  # "ERND" "LEDG": a constant shared by every writer.
"""pg_advisory_xact_lock key serialising appends on PostgreSQL."""

DDL_LOCK_KEY = APPEND_LOCK_KEY + 1
"""pg_advisory_xact_lock key serialising table/trigger creation on PostgreSQL."""

SQLITE_UPDATE_TRIGGER = "ledger_entries_no_update"
SQLITE_DELETE_TRIGGER = "ledger_entries_no_delete"
PG_ROW_TRIGGER = "ledger_entries_append_only"
PG_TRUNCATE_TRIGGER = "ledger_entries_no_truncate"
PG_TRIGGER_FUNCTION = "ledger_entries_reject_change"

WRITER_ROLE = "errand_ledger_writer"
"""PostgreSQL role for the worker: INSERT and SELECT on the ledger, nothing else (no UPDATE, DELETE, TRUNCATE,
and, not owning the table, no dropping or disabling its triggers). Created NOLOGIN by the owner's install; the
worker logs in as a member of it (``CREATE ROLE errand_worker LOGIN PASSWORD '…' IN ROLE errand_ledger_writer``)."""

# Execution option that asks the SQLite begin hook for BEGIN IMMEDIATE (a write lock
# taken up front) instead of a deferred BEGIN that could deadlock on lock upgrade.
SQLITE_IMMEDIATE = "ledger_sqlite_immediate"

SQLITE_BUSY_TIMEOUT_S = 30.0

ledger_table = cast(Table, LedgerEntry.__table__)  # type: ignore[attr-defined]


def normalize_url(database_url: str) -> URL:
    """Turn a user-facing database URL into the one SQLAlchemy should use.

    ``postgresql://`` / ``postgres://`` are pinned to psycopg 3, and SQLite file paths
    get ``~`` expanded and their parent directory created.

    Args:
        database_url: e.g. ``sqlite:///~/.errand/ledger.db`` or ``postgresql://u@h/db``.

    Returns:
        The SQLAlchemy URL.

    Raises:
        ValueError: For backends other than SQLite and PostgreSQL.
    """
    if database_url.startswith("postgres://"):
        # Heroku-style alias that SQLAlchemy itself rejects.
        database_url = "postgresql://" + database_url[len("postgres://") :]
    url = make_url(database_url)
    if url.drivername == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if url.drivername.startswith("postgresql"):
        return url
    if url.drivername in ("sqlite", "sqlite+pysqlite"):
        if url.database and url.database != ":memory:" and not url.database.startswith("file:"):
            path = Path(url.database).expanduser()
            path.parent.mkdir(parents=True, exist_ok=True)
            return url.set(database=str(path))
        return url
    raise ValueError(f"unsupported ledger database: {url.drivername!r} (use sqlite or postgresql)")


def is_memory_sqlite(url: URL) -> bool:
    """Tell whether a SQLite URL points at a private in-memory database."""
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def build_engine(url: URL) -> Engine:
    """Create an engine with the transaction behaviour the append path relies on.

    Args:
        url: A URL from `normalize_url`.

    Returns:
        The engine.
    """
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    connect_args: dict[str, Any] = {"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False}
    if is_memory_sqlite(url):
        # One shared connection, or every pooled connection would see its own empty DB.
        engine = create_engine(url, connect_args=connect_args, poolclass=StaticPool)
    else:
        _private_file(url.database or "")
        engine = create_engine(url, connect_args=connect_args)
    _install_sqlite_hooks(engine, wal=not is_memory_sqlite(url))
    return engine


def _private_file(database: str) -> None:
    """Create a new SQLite ledger file 0600 before SQLite opens it (else the umask's 0644: the ledger holds
    shoppers' approvals); SQLite gives its WAL and shared-memory files the same mode. An existing file keeps
    its owner's choice; a missing directory is left to SQLite's own error, a ``file:`` URI to SQLite."""
    if not database or database.startswith("file:") or not os.path.isdir(os.path.dirname(database) or "."):
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(database, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))


def _enter_wal(cursor: Any) -> None:
    """Switch the connection's file to WAL. On a new file the switch writes its first page, and a connection
    that meets another one doing that (workers opening a new ledger at the same instant) is answered "database
    is locked" at once, without the busy timeout: try again until the busy timeout has passed. Once one of them
    has switched it, the file stays in WAL and the others' switch is a read."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def _install_sqlite_hooks(engine: Engine, *, wal: bool) -> None:
    # pysqlite's own implicit BEGIN is deferred and issued lazily; take control of it so
    # writers can ask for BEGIN IMMEDIATE (SQLAlchemy's documented recipe).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
            if wal:
                # WAL lets readers (verify, entries) run while a writer holds the lock.
                _enter_wal(cursor)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(SQLITE_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


