"""Owners: the caller scope that made each checkout, shipment, bulk quote, return, pickup and support message.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa

from errand.sandbox.migrations.adopt import add_missing_columns, drop_columns

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("checkout", "shipment", "store_quote", "rma", "support_message", "return_pickup")


def upgrade() -> None:
    for table in TABLES:
        add_missing_columns(table, sa.Column("owner", sa.String(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        drop_columns(table, "owner")
