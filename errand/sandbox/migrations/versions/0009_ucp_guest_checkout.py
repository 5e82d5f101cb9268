"""UCP guest checkout and data sets: a checkout without a shopper, the platform's own buyer, destinations and
discount codes on the checkout, merchant events and adjustments on the order, and the tables a data set
brings (discount codes, promotions, shipping rates, the test payment handler's tokens).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from errand.sandbox.migrations.adopt import add_missing_columns, drop_columns

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CHECKOUT_COLUMNS = ("currency", "buyer", "fulfillment", "discount_codes", "payment_instruments",
                    "platform_profile")
ORDER_COLUMNS = ("events", "adjustments")


def upgrade() -> None:
    # A guest's checkout and order name no shopper, and a guest's order is paid through no wallet hold.
    with op.batch_alter_table("checkout") as batch:
        batch.alter_column("buyer_id", existing_type=sa.String(), nullable=True)
    with op.batch_alter_table("orders") as batch:
        batch.alter_column("buyer_id", existing_type=sa.String(), nullable=True)
        batch.alter_column("authorization_id", existing_type=sa.String(), nullable=True)
    add_missing_columns("checkout", *(sa.Column(name, sa.String(), nullable=True) for name in CHECKOUT_COLUMNS))
    add_missing_columns("orders", *(sa.Column(name, sa.String(), nullable=True) for name in ORDER_COLUMNS))
    op.create_table(
        "discount_code",
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("code_key", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
        sa.Index("ix_discount_code_code_key", "code_key", unique=True),
        if_not_exists=True,
    )
    op.create_table(
        "promotion",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("min_subtotal", sa.Integer(), nullable=True),
        sa.Column("min_quantity", sa.Integer(), nullable=True),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("eligible_item_ids", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_table(
        "shipping_rate",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("country_code", sa.String(), nullable=False),
        sa.Column("service_level", sa.String(), nullable=False),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_table(
        "payment_token",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("handler_id", sa.String(), nullable=False),
        sa.Column("token", sa.String(), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("brand", sa.String(), nullable=False),
        sa.Column("last_digits", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.Index("ix_payment_token_token", "token"),
        if_not_exists=True,
    )


def downgrade() -> None:
    for table in ("payment_token", "shipping_rate", "promotion", "discount_code"):
        op.drop_table(table)
    drop_columns("orders", *ORDER_COLUMNS)
    drop_columns("checkout", *CHECKOUT_COLUMNS)
