"""Baseline: the ledger as the last release without migrations made it: the table and the triggers that
refuse to change or remove its rows.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TABLE = "ledger_entries"
SQLITE_TRIGGERS = {"ledger_entries_no_update": "UPDATE", "ledger_entries_no_delete": "DELETE"}
PG_FUNCTION = "ledger_entries_reject_change"
PG_ROW_TRIGGER = "ledger_entries_append_only"
PG_TRUNCATE_TRIGGER = "ledger_entries_no_truncate"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("idempotency_key", sa.String(length=255), nullable=False),
        sa.Column("errand_id", sa.String(length=255), nullable=False),
        sa.Column("who", sa.String(length=16), nullable=False),
        sa.Column("what", sa.String(length=255), nullable=False),
        sa.Column("evidence_json", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=1000), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("idempotency_key"),
    )
    op.create_index("ix_ledger_entries_errand_id", TABLE, ["errand_id"])
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
        return
    for name, change in SQLITE_TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {change} ON {TABLE} "
            f"BEGIN SELECT RAISE(ABORT, '{TABLE} is append-only: {change} rejected'); END"
        )


def _postgresql_triggers() -> None:
    # The function body must not contain a percent sign anywhere (even in a comment): the driver would read it
    # as a bind placeholder. Hence MESSAGE built with ||.
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING MESSAGE = '{TABLE} is append-only: ' || TG_OP || ' rejected';
        END
        $$
        """
    )
    op.execute(
        f"CREATE TRIGGER {PG_ROW_TRIGGER} BEFORE UPDATE OR DELETE ON {TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"
    )
    # Row triggers do not fire on TRUNCATE, which would otherwise wipe the table silently.
    op.execute(
        f"CREATE TRIGGER {PG_TRUNCATE_TRIGGER} BEFORE TRUNCATE ON {TABLE} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}()"
    )


def downgrade() -> None:
    op.drop_table(TABLE)  # its triggers go with it
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {PG_FUNCTION}()")
