"""The ledger's schema as Alembic revisions (``versions/``), on SQLite and PostgreSQL.

`upgrade` runs when a `ledger.Ledger` opens and by ``errand db upgrade --ledger``: an empty database gets
every revision, one made by a release before these revisions existed is taken as the baseline (``0001``) and
gets the rest. At `HEAD` it costs one query and Alembic is not imported. The append-only triggers and, on
PostgreSQL, the writer role are made by revisions too; the writer role may read the version table, so a worker
logging in as it opens an up-to-date ledger without trying to change anything.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, inspect, text

from errand.ledger.schema import DDL_LOCK_KEY, SQLITE_IMMEDIATE, TABLE_NAME, ledger_table
from errand.migrating import AlembicRevisions, render_item

HERE = Path(__file__).resolve().parent
HEAD = "0003"
"""The newest revision in ``versions/`` (a test checks it is Alembic's head)."""
BASELINE = "0001"
"""The schema of the last release made without migrations."""
VERSION_TABLE = "ledger_alembic_version"
"""Named for the ledger: on PostgreSQL it may share a database with other applications' migrations."""
REVISIONS = AlembicRevisions(HERE, VERSION_TABLE)
alembic_config = REVISIONS.config
stored_revision = REVISIONS.stored_revision
current = REVISIONS.current


class LedgerSchemaError(RuntimeError):
    """The ledger is behind this code and the connected role may not upgrade it."""


def model_metadata() -> MetaData:
    """The ledger's table alone (``SQLModel.metadata`` also holds other modules' tables)."""
    metadata = MetaData()
    ledger_table.to_metadata(metadata)
    return metadata


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Look only at the ledger's table: a PostgreSQL database may hold other applications' tables."""
    return type_ != "table" or name == TABLE_NAME


def upgrade(engine: Engine) -> None:
    """Bring the ledger at ``engine`` to `HEAD`.

    Safe from several processes at once: the check and the upgrade run under the lock the appends use on
    SQLite (BEGIN IMMEDIATE) and under an advisory lock on PostgreSQL, in one transaction.

    Raises:
        LedgerSchemaError: On PostgreSQL, when the ledger is behind and the connected role lacks the rights to
            upgrade it (the worker's writer role): its owner runs ``errand db upgrade --ledger``.
    """
    if current(engine) == HEAD:
        return
    if engine.dialect.name == "postgresql":
        from sqlalchemy.exc import ProgrammingError

        try:
            with engine.begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": DDL_LOCK_KEY})
                _upgrade_locked(conn)
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient_privilege
                raise
            raise LedgerSchemaError(
                f"the ledger's schema is behind revision {HEAD} and this role may not upgrade it: "
                "run `errand db upgrade --ledger` as the ledger's owner") from exc
        return
    with engine.connect() as raw:
        conn = raw.execution_options(**{SQLITE_IMMEDIATE: True})
        with conn.begin():
            _upgrade_locked(conn)


def _upgrade_locked(conn: Connection) -> None:
    from alembic import command

    revision = stored_revision(conn)
    if revision == HEAD:
        return
    config = alembic_config(conn)
    if revision is None and inspect(conn).has_table(TABLE_NAME):
        command.stamp(config, BASELINE)
    command.upgrade(config, "head")


__all__ = ["BASELINE", "HEAD", "LedgerSchemaError", "alembic_config", "current", "include_name",
           "model_metadata", "render_item", "upgrade"]
