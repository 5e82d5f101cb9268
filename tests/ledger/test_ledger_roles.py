"""On PostgreSQL the worker's role inserts and reads the ledger and can do nothing else to it."""

from __future__ import annotations

import psycopg
import pytest

from errand.ledger import Ledger
from errand.ledger.schema import PG_ROW_TRIGGER, PG_TRUNCATE_TRIGGER, TABLE_NAME, WRITER_ROLE
from tests.ledger.conftest import libpq_uri
from tests.ledger.helpers import record

ATTACKS = {
    "update": f"UPDATE {TABLE_NAME} SET outcome = 'forged'",
    "delete": f"DELETE FROM {TABLE_NAME} WHERE seq = 1",
    "truncate": f"TRUNCATE {TABLE_NAME}",
    "drop row trigger": f"DROP TRIGGER {PG_ROW_TRIGGER} ON {TABLE_NAME}",
    "drop truncate trigger": f"DROP TRIGGER {PG_TRUNCATE_TRIGGER} ON {TABLE_NAME}",
    "disable triggers": f"ALTER TABLE {TABLE_NAME} DISABLE TRIGGER ALL",
    "drop table": f"DROP TABLE {TABLE_NAME}",
}


def test_the_writer_appends_and_verifies(writer_url: str) -> None:
    with Ledger(writer_url) as worker:  # opening as the writer must not try (and fail) to reinstall anything
        assert [worker.append(record(key)).seq for key in ("k1", "k2")] == [1, 2]
        assert worker.verify().ok and worker.verify().rows == 2


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_the_writer_cannot_change_or_unprotect_rows(writer_url: str, attack: str) -> None:
    with Ledger(writer_url) as worker:
        worker.append(record("k1"))
    with psycopg.connect(libpq_uri(writer_url)) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(ATTACKS[attack])
    with Ledger(writer_url) as worker:
        assert [entry.outcome for entry in worker.entries()] == ["offered"]
        assert worker.verify().ok


def test_the_writer_role_has_only_insert_and_select(pg_url: str) -> None:
    Ledger(pg_url).close()
    with psycopg.connect(libpq_uri(pg_url)) as conn:
        granted = {row[0] for row in conn.execute(
            "SELECT privilege_type FROM information_schema.role_table_grants "
            "WHERE grantee = %s AND table_name = %s AND table_schema = current_schema()", (WRITER_ROLE, TABLE_NAME))}
        login = conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (WRITER_ROLE,)).fetchone()
    assert granted == {"INSERT", "SELECT"}
    assert login == (False,)
