"""Webhook subscriptions: each its own signing secret.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa

from errand.sandbox.migrations.adopt import add_missing_columns, drop_columns

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_missing_columns("courier_subscription", sa.Column("secret", sa.String(), nullable=True))


def downgrade() -> None:
    drop_columns("courier_subscription", "secret")
