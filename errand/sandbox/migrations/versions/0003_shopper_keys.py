"""The wallet's key registry: a shopper's public keys, one-time enrolment codes, revocations already used.

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
    op.create_table(
        "wallet_shopper_key",
        sa.Column("key_id", sa.String(), nullable=False),
        sa.Column("shopper_id", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key_id"),
        if_not_exists=True,
    )
    op.create_index("ix_wallet_shopper_key_shopper_id", "wallet_shopper_key", ["shopper_id"], if_not_exists=True)
    op.create_table(
        "wallet_enrolment_code",
        sa.Column("code_hash", sa.String(), nullable=False),
        sa.Column("shopper_id", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("code_hash"),
        if_not_exists=True,
    )
    op.create_index("ix_wallet_enrolment_code_shopper_id", "wallet_enrolment_code", ["shopper_id"],
                    if_not_exists=True)
    op.create_table(
        "wallet_used_revocation",
        sa.Column("signature_hash", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("signature_hash"),
        if_not_exists=True,
    )


def downgrade() -> None:
    for table in ("wallet_used_revocation", "wallet_enrolment_code", "wallet_shopper_key"):
        op.drop_table(table)
