"""The OpenTelemetry trace an event was recorded in: nullable and outside the row's hash, so the rows written
before it (and with tracing off) stay as they are and keep verifying.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("ledger_entries", sa.Column("trace_id", sa.String(length=32), nullable=True))


def downgrade() -> None:
    # Not in a batch: on SQLite that copies the table and would leave it without its triggers.
    op.drop_column("ledger_entries", "trace_id")
