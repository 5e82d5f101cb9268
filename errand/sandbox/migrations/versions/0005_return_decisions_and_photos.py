"""Returns: operators' decisions kept as rows, photos bound to a shopper and an order, a refund's time.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from errand.sandbox.migrations.adopt import add_missing_columns, drop_columns

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "return_decision",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("order_id", sa.String(), nullable=False),
        sa.Column("product_id", sa.String(), nullable=True),
        sa.Column("errand_id", sa.String(), nullable=False),
        sa.Column("approve", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("operator", sa.String(), nullable=False),
        sa.Column("decided_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_return_decision_order_id", "return_decision", ["order_id"], if_not_exists=True)
    add_missing_columns(
        "return_photo",
        sa.Column("shopper_id", sa.String(), nullable=True),
        sa.Column("order_id", sa.String(), nullable=True),
    )
    add_missing_columns("rma", sa.Column("refunded_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    drop_columns("rma", "refunded_at")
    drop_columns("return_photo", "shopper_id", "order_id")
    op.drop_table("return_decision")
