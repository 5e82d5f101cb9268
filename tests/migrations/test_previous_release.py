"""Databases made by the previous release upgrade to the newest revisions with their data kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import psycopg
import pytest
from sqlalchemy.exc import DBAPIError

from errand.ledger import Ledger
from errand.ledger import migrations as ledger_migrations
from errand.ledger.schema import build_engine, normalize_url
from errand.sandbox import migrations as sandbox_migrations
from errand.sandbox.app import create_app
from errand.sandbox.db import make_engine
from errand.sandbox.migrations import create_schema
from errand.sandbox.settings import SandboxSettings
from tests.ledger.conftest import libpq_uri
from tests.ledger.helpers import raw_execute, record
from tests.migrations.previous_release import make_ledger_db, make_sandbox_db
from tests.migrations.schema_diff import ledger_diff, sandbox_diff


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def test_a_previous_release_sandbox_upgrades_with_its_data(previous_release: Path, tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    make_sandbox_db(previous_release, db)
    with sqlite3.connect(db) as before:
        assert "payee" not in _columns(before, "wallet_authorization")
        products = before.execute("SELECT count(*) FROM product").fetchone()[0]
        stores = before.execute("SELECT count(*) FROM store_chain").fetchone()[0]
    engine = make_engine(db)
    create_schema(engine)
    assert sandbox_migrations.current(engine) == sandbox_migrations.HEAD
    assert sandbox_diff(engine) == []
    engine.dispose()
    with sqlite3.connect(db) as after:
        assert after.execute("SELECT count(*) FROM product").fetchone()[0] == products > 0
        assert after.execute("SELECT count(*) FROM store_chain").fetchone()[0] == stores > 0
        assert after.execute("SELECT id, amount, captured, payee, expires_at FROM wallet_authorization").fetchall() \
            == [("auth-old", 1234, 1234, None, None)]
        assert after.execute("SELECT id, cursor, secret FROM courier_subscription").fetchall() \
            == [("sub-old", 3, None)]
        assert {"shopper_id", "order_id"} <= _columns(after, "return_photo")
        assert {"spent", "revoked_at"} <= _columns(after, "wallet_mandate")
        for table in ("wallet_shopper_key", "wallet_approval_use", "idempotency_key", "return_decision"):
            assert after.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        # The raw-SQL search index came through with its rows.
        assert after.execute("SELECT count(*) FROM product_fts").fetchone()[0] == products


async def test_the_sandbox_serves_an_upgraded_previous_release_database(previous_release: Path,
                                                                       tmp_path: Path) -> None:
    make_sandbox_db(previous_release, tmp_path / "sandbox.db")
    app = create_app(SandboxSettings(home=tmp_path))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
        response = await client.post("/catalog/search", json={"query": "battery"})
    assert response.status_code == 200, response.text
    assert response.json()["products"]


def _ledger_upgrades(url: str) -> None:
    engine = build_engine(normalize_url(url))
    assert ledger_migrations.current(engine) is None  # the previous release knew no revisions
    with Ledger(url) as ledger:
        assert [entry.idempotency_key for entry in ledger.entries()] == ["old-1", "old-2", "old-3"]
        assert all(entry.trace_id is None for entry in ledger.entries())
        assert ledger.append(record("new-1")).seq == 4
        assert ledger.verify().ok and ledger.verify().rows == 4
    assert ledger_migrations.current(engine) == ledger_migrations.HEAD
    assert ledger_diff(engine) == []
    engine.dispose()
    with pytest.raises(DBAPIError, match="append-only"):
        raw_execute(url, "UPDATE ledger_entries SET outcome = 'forged' WHERE seq = 1")


def test_a_previous_release_ledger_upgrades_on_sqlite(previous_release: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    make_ledger_db(previous_release, url)
    _ledger_upgrades(url)


def test_a_previous_release_ledger_upgrades_on_postgresql(previous_release: Path, pg_url: str) -> None:
    make_ledger_db(previous_release, pg_url)
    _ledger_upgrades(pg_url)
    with psycopg.connect(libpq_uri(pg_url)) as conn:
        granted = {row[0] for row in conn.execute(
            "SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = %s"
            " AND table_name = %s AND table_schema = current_schema()",
            ("errand_ledger_writer", ledger_migrations.VERSION_TABLE))}
    assert granted == {"SELECT"}  # the worker's role reads the revision, and changes nothing
