"""Identity Linking: operator-issued linking codes, authorization codes, and the linked accounts' tokens (all
stored as hashes).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "identity_linking_code",
        sa.Column("code_hash", sa.String(), nullable=False),
        sa.Column("shopper_id", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("code_hash"),
        if_not_exists=True,
    )
    op.create_index("ix_identity_linking_code_shopper_id", "identity_linking_code", ["shopper_id"],
                    if_not_exists=True)
    op.create_table(
        "identity_authorization_code",
        sa.Column("code_hash", sa.String(), nullable=False),
        sa.Column("client_id", sa.String(), nullable=False),
        sa.Column("shopper_id", sa.String(), nullable=False),
        sa.Column("redirect_uri", sa.String(), nullable=False),
        sa.Column("scope", sa.String(), nullable=False),
        sa.Column("code_challenge", sa.String(), nullable=False),
        sa.Column("code_challenge_method", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("code_hash"),
        if_not_exists=True,
    )
    op.create_table(
        "identity_token",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("family_id", sa.String(), nullable=False),
        sa.Column("client_id", sa.String(), nullable=False),
        sa.Column("shopper_id", sa.String(), nullable=False),
        sa.Column("scope", sa.String(), nullable=False),
        sa.Column("access_hash", sa.String(), nullable=False),
        sa.Column("refresh_hash", sa.String(), nullable=True),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("access_expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("refresh_expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_identity_token_family_id", "identity_token", ["family_id"], if_not_exists=True)
    op.create_index("ix_identity_token_shopper_id", "identity_token", ["shopper_id"], if_not_exists=True)
    op.create_index("ix_identity_token_access_hash", "identity_token", ["access_hash"], unique=True,
                    if_not_exists=True)
    op.create_index("ix_identity_token_refresh_hash", "identity_token", ["refresh_hash"], unique=True,
                    if_not_exists=True)


def downgrade() -> None:
    for table in ("identity_token", "identity_authorization_code", "identity_linking_code"):
        op.drop_table(table)
