"""After-sales: the retail data set's shoppers, products and variants, orders, change quotes, and the wallet's
payment methods (gift cards with a balance, PayPal, cards).

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wallet_payment_method",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("shopper_id", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("brand", sa.String(), nullable=True),
        sa.Column("last_four", sa.String(), nullable=True),
        sa.Column("balance", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_wallet_payment_method_shopper_id", "wallet_payment_method", ["shopper_id"],
                    if_not_exists=True)
    op.create_table(
        "aftersales_shopper",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("first_name", sa.String(), nullable=False),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("email_key", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_aftersales_shopper_email_key", "aftersales_shopper", ["email_key"], if_not_exists=True)
    op.create_index("ix_aftersales_shopper_name_key", "aftersales_shopper", ["name_key"], if_not_exists=True)
    op.create_table(
        "aftersales_product",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_table(
        "aftersales_item",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("product_id", sa.String(), nullable=False),
        sa.Column("options", sa.String(), nullable=False),
        sa.Column("available", sa.Boolean(), nullable=False),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_aftersales_item_product_id", "aftersales_item", ["product_id"], if_not_exists=True)
    op.create_table(
        "aftersales_order",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("shopper_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_aftersales_order_shopper_id", "aftersales_order", ["shopper_id"], if_not_exists=True)
    op.create_table(
        "aftersales_quote",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("shopper_id", sa.String(), nullable=False),
        sa.Column("order_id", sa.String(), nullable=True),
        sa.Column("operation", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("key_id", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_aftersales_quote_shopper_id", "aftersales_quote", ["shopper_id"], if_not_exists=True)


def downgrade() -> None:
    for table in ("aftersales_quote", "aftersales_order", "aftersales_item", "aftersales_product",
                  "aftersales_shopper", "wallet_payment_method"):
        op.drop_table(table)
