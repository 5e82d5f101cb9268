"""Payments bound to their purchase: a hold's payee, quote digest, lapse, maker and mandate; single-use
approvals; a mandate's spent total and revocation.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from errand.sandbox.migrations.adopt import add_missing_columns, drop_columns

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_missing_columns(
        "wallet_authorization",
        sa.Column("payee", sa.String(), nullable=True),
        sa.Column("quote_digest", sa.String(), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("made_by", sa.String(), nullable=True),
        sa.Column("mandate_id", sa.String(), nullable=True),
    )
    op.create_index("ix_wallet_authorization_payee", "wallet_authorization", ["payee"], if_not_exists=True)
    op.create_table(
        "wallet_approval_use",
        sa.Column("shopper_id", sa.String(), nullable=False),
        sa.Column("quote_digest", sa.String(), nullable=False),
        sa.Column("authorization_id", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("shopper_id", "quote_digest"),
        if_not_exists=True,
    )
    add_missing_columns(
        "wallet_mandate",
        sa.Column("spent", sa.Integer(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    drop_columns("wallet_mandate", "spent", "revoked_at")
    op.drop_table("wallet_approval_use")
    op.drop_index("ix_wallet_authorization_payee", "wallet_authorization")
    drop_columns("wallet_authorization", "payee", "quote_digest", "expires_at", "made_by", "mandate_id")
