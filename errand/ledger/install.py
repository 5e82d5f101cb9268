"""Installing the ledger's schema: the Alembic revisions, then the append-only triggers put back if dropped.

Its own module so the schema (which the revisions read) does not import the migrations that read it.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

from errand.ledger.migrations import upgrade
from errand.ledger.schema import (
    DDL_LOCK_KEY,
    PG_ROW_TRIGGER,
    PG_TRIGGER_FUNCTION,
    PG_TRUNCATE_TRIGGER,
    SQLITE_DELETE_TRIGGER,
    SQLITE_IMMEDIATE,
    SQLITE_UPDATE_TRIGGER,
    TABLE_NAME,
)


def install_schema(engine: Engine) -> None:
    """Bring the ledger to the newest revision in ``ledger/migrations`` (its table, the append-only triggers
    and, on PostgreSQL, the writer role), and put back an append-only trigger someone dropped.

    Two queries when all is in place. Safe to call from several processes at once: the DDL runs under the
    same kind of lock the appends use.

    Args:
        engine: Engine from `build_engine`.
    """
    upgrade(engine)
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            if _pg_triggers(conn) >= {PG_ROW_TRIGGER, PG_TRUNCATE_TRIGGER}:
                return  # nothing to do, and the writer role could not do it: only the owner may
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": DDL_LOCK_KEY})
            _install_pg_triggers(conn)
        return
    with engine.connect() as conn:
        present = set(conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (TABLE_NAME,)).scalars())
        conn.rollback()
        if present >= {SQLITE_UPDATE_TRIGGER, SQLITE_DELETE_TRIGGER}:
            return
        with conn.execution_options(**{SQLITE_IMMEDIATE: True}).begin():
            for name, op in ((SQLITE_UPDATE_TRIGGER, "UPDATE"), (SQLITE_DELETE_TRIGGER, "DELETE")):
                conn.exec_driver_sql(
                    f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {op} ON {TABLE_NAME} "
                    f"BEGIN SELECT RAISE(ABORT, '{TABLE_NAME} is append-only: {op} rejected'); END"
                )


def _pg_triggers(conn: Connection) -> set[str]:
    return set(conn.execute(
        text("SELECT tgname FROM pg_trigger WHERE tgrelid = CAST(:t AS regclass)"), {"t": TABLE_NAME}).scalars())


def _install_pg_triggers(conn: Connection) -> None:
    existing = _pg_triggers(conn)
    if {PG_ROW_TRIGGER, PG_TRUNCATE_TRIGGER} <= existing:
        return
    # The function body must not contain a percent sign anywhere (even in a comment):
    # the driver would read it as a bind placeholder. Hence MESSAGE built with ||.
    conn.exec_driver_sql(
        f"""
        CREATE OR REPLACE FUNCTION {PG_TRIGGER_FUNCTION}() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING MESSAGE = '{TABLE_NAME} is append-only: ' || TG_OP || ' rejected';
        END
        $$
        """
    )
    if PG_ROW_TRIGGER not in existing:
        conn.exec_driver_sql(
            f"CREATE TRIGGER {PG_ROW_TRIGGER} BEFORE UPDATE OR DELETE ON {TABLE_NAME} "
            f"FOR EACH ROW EXECUTE FUNCTION {PG_TRIGGER_FUNCTION}()"
        )
    if PG_TRUNCATE_TRIGGER not in existing:
        # Row triggers do not fire on TRUNCATE, which would otherwise wipe the table silently.
        conn.exec_driver_sql(
            f"CREATE TRIGGER {PG_TRUNCATE_TRIGGER} BEFORE TRUNCATE ON {TABLE_NAME} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_TRIGGER_FUNCTION}()"
        )
