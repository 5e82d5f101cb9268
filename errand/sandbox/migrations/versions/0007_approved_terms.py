"""Wallet authorizations keep the approved quote's terms (lines, address, checkout, currency, total).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa

from errand.sandbox.migrations.adopt import add_missing_columns, drop_columns

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_missing_columns("wallet_authorization", sa.Column("approved_terms", sa.String(), nullable=True))


def downgrade() -> None:
    drop_columns("wallet_authorization", "approved_terms")
