"""PostgreSQL: the worker's role, which may only insert and read the ledger (and read its schema's revision).

Without UPDATE, DELETE or TRUNCATE, and not owning the table, it can neither change rows nor drop or disable
the triggers. The role is made NOLOGIN; the worker logs in as a member of it
(``CREATE ROLE errand_worker LOGIN PASSWORD '…' IN ROLE errand_ledger_writer``). Nothing on SQLite.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLE = "ledger_entries"
VERSION_TABLE = "ledger_alembic_version"
WRITER_ROLE = "errand_ledger_writer"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema, may_grant_schema = bind.execute(sa.text(
        "SELECT quote_ident(n.nspname), has_schema_privilege(current_user, n.oid, 'USAGE WITH GRANT OPTION')"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = CAST(:t AS regclass)"
    ), {"t": TABLE}).one()
    role_exists = bind.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": WRITER_ROLE}).first()
    if role_exists is None:
        may_create = bind.execute(
            sa.text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")).scalar()
        if not may_create:
            return
        # Roles are cluster-wide: another database's install may create it at the same moment.
        op.execute(
            f"DO $$ BEGIN CREATE ROLE {WRITER_ROLE} NOLOGIN; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )
    if may_grant_schema:
        op.execute(f"GRANT USAGE ON SCHEMA {schema} TO {WRITER_ROLE}")
    op.execute(f"REVOKE ALL ON {TABLE} FROM {WRITER_ROLE}")
    op.execute(f"GRANT SELECT, INSERT ON {TABLE} TO {WRITER_ROLE}")
    op.execute(f"REVOKE ALL ON {VERSION_TABLE} FROM {WRITER_ROLE}")
    op.execute(f"GRANT SELECT ON {VERSION_TABLE} TO {WRITER_ROLE}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"REVOKE ALL ON {TABLE} FROM {WRITER_ROLE}")
        op.execute(f"REVOKE ALL ON {VERSION_TABLE} FROM {WRITER_ROLE}")
