"""Passkeys as shopper keys: a WebAuthn credential's id, rp id, origin and signature counter beside its key row.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wallet_passkey",
        sa.Column("key_id", sa.String(), nullable=False),
        sa.Column("shopper_id", sa.String(), nullable=False),
        sa.Column("credential_id", sa.String(), nullable=False),
        sa.Column("rp_id", sa.String(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("sign_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key_id"),
        sa.UniqueConstraint("credential_id"),
        if_not_exists=True,
    )
    op.create_index("ix_wallet_passkey_shopper_id", "wallet_passkey", ["shopper_id"], if_not_exists=True)


def downgrade() -> None:
    op.drop_table("wallet_passkey")
