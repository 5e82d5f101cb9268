"""Wallet authorizations name the shopper's payment method the approved quote chose (gift card, PayPal, card).

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa

from errand.sandbox.migrations.adopt import add_missing_columns, drop_columns

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_missing_columns("wallet_authorization", sa.Column("payment_method_id", sa.String(), nullable=True))


def downgrade() -> None:
    drop_columns("wallet_authorization", "payment_method_id")
