"""Attacks on the ledger's schema revisions by the worker's own database role (PostgreSQL).

The worker logs in as a member of ``errand_ledger_writer``. It may read which revision the ledger is at (so it
can open an up-to-date ledger), but it may not rewrite that record (making the owner's next upgrade skip or
repeat revisions) nor change the schema itself when the ledger is behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from alembic import command
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from errand.ledger import Ledger
from errand.ledger import migrations as ledger_migrations
from errand.ledger.migrations import LedgerSchemaError
from errand.ledger.schema import TABLE_NAME, WRITER_ROLE, build_engine, normalize_url
from tests.ledger.conftest import libpq_uri, pg_url, postgres_server_url  # noqa: F401 - fixtures
from tests.ledger.helpers import record

VERSION = ledger_migrations.VERSION_TABLE
REWRITES = {
    "skip revisions": f"UPDATE {VERSION} SET version_num = '0001'",
    "forget the revision": f"DELETE FROM {VERSION}",
    "add a head": f"INSERT INTO {VERSION} (version_num) VALUES ('9999')",
    "drop the record": f"DROP TABLE {VERSION}",
}


def _as_writer(owner_url: str, login: str) -> str:
    return make_url(owner_url).set(username=login, password=None).render_as_string(hide_password=False)


@pytest.fixture
def writer_login(pg_url: str) -> Iterator[str]:  # noqa: F811 - the fixture imported above
    login = f"errand_worker_{uuid.uuid4().hex[:8]}"
    Ledger(pg_url).close()  # the owner installs the ledger (and the writer role)
    with psycopg.connect(libpq_uri(pg_url), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {login} LOGIN IN ROLE {WRITER_ROLE}")
    try:
        yield login
    finally:
        with psycopg.connect(libpq_uri(pg_url), autocommit=True) as admin:
            admin.execute(f"DROP ROLE {login}")


@pytest.mark.parametrize("attack", list(REWRITES))
def test_the_worker_cannot_rewrite_the_ledgers_revision(pg_url: str, writer_login: str,  # noqa: F811
                                                        attack: str) -> None:
    writer_url = _as_writer(pg_url, writer_login)
    with psycopg.connect(libpq_uri(writer_url)) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(REWRITES[attack])
    with Ledger(writer_url) as worker:  # the worker still opens the ledger, and it is unchanged
        assert worker.append(record("k1")).seq == 1
    engine = build_engine(normalize_url(pg_url))
    assert ledger_migrations.current(engine) == ledger_migrations.HEAD
    engine.dispose()


def test_the_worker_cannot_upgrade_a_ledger_that_is_behind(pg_url: str, writer_login: str) -> None:  # noqa: F811
    engine = build_engine(normalize_url(pg_url))
    with engine.begin() as conn:  # the owner's ledger one revision behind, as after installing a newer worker
        command.downgrade(ledger_migrations.alembic_config(conn), "-1")
    behind = ledger_migrations.current(engine)
    assert behind != ledger_migrations.HEAD
    with pytest.raises(LedgerSchemaError, match="errand db upgrade --ledger"):
        Ledger(_as_writer(pg_url, writer_login))
    assert ledger_migrations.current(engine) == behind
    columns_before = {column["name"] for column in inspect(engine).get_columns(TABLE_NAME)}
    Ledger(pg_url).close()  # its owner upgrades it
    assert ledger_migrations.current(engine) == ledger_migrations.HEAD
    assert {column["name"] for column in inspect(engine).get_columns(TABLE_NAME)} > columns_before
    engine.dispose()
