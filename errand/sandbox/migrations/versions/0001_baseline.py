"""Baseline: the sandbox's schema as the last release without migrations made it.

A database made by that release, or by an earlier one (which lacked some of these tables, nullable columns
and indexes and had them added on start), is brought to this schema: what is missing is created, what is
there is kept. A database made by that release is left as it is.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from errand.sandbox.migrations.adopt import add_missing_columns

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS product_fts USING fts5("
    "title, brand, category, attributes, tokenize='porter unicode61')"
)
"""The product search index: an FTS5 table (raw SQL, not a model) whose rowid is ``product.num``."""

METADATA = sa.MetaData()

sa.Table("checkout", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("buyer_id", sa.String(), nullable=False),
    sa.Column("status", sa.String(), nullable=False),
    sa.Column("lines", sa.String(), nullable=False),
    sa.Column("address_label", sa.String(), nullable=True),
    sa.Column("loyalty_points", sa.Integer(), nullable=False),
    sa.Column("hold_active", sa.Boolean(), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("order_id", sa.String(), nullable=True),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_checkout_buyer_hold", "buyer_id", "hold_active"),
    sa.Index("ix_checkout_hold_expiry", "hold_active", "expires_at"),
)

sa.Table("courier_config", METADATA,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("failure_rate", sa.Float(), nullable=False),
    sa.Column("failure_seed", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
)

sa.Table("courier_emitted", METADATA,
    sa.Column("shipment_id", sa.String(), nullable=False),
    sa.Column("seq", sa.Integer(), nullable=False),
    sa.Column("done", sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint("shipment_id"),
)

sa.Table("courier_outbox", METADATA,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("event_id", sa.String(), nullable=False),
    sa.Column("type", sa.String(), nullable=False),
    sa.Column("shipment_id", sa.String(), nullable=False),
    sa.Column("payload", sa.String(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_courier_outbox_event_id", "event_id"),
    sa.Index("ix_courier_outbox_shipment_id", "shipment_id"),
)

sa.Table("courier_plan", METADATA,
    sa.Column("shipment_id", sa.String(), nullable=False),
    sa.Column("past_events", sa.String(), nullable=False),
    sa.Column("leg_start", sa.DateTime(timezone=True), nullable=False),
    sa.Column("leg_from", sa.Integer(), nullable=False),
    sa.Column("manual_base", sa.Integer(), nullable=False),
    sa.Column("held_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("fail_attempt", sa.Boolean(), nullable=False),
    sa.Column("legs", sa.Integer(), nullable=False),
    sa.Column("reference", sa.String(), nullable=False),
    sa.Column("slot_id", sa.String(), nullable=False),
    sa.Column("point_id", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("shipment_id"),
)

sa.Table("courier_slot_booking", METADATA,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("slot_id", sa.String(), nullable=False),
    sa.Column("shipment_id", sa.String(), nullable=False),
    sa.Column("fee", sa.Integer(), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("authorization_id", sa.String(), nullable=True),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_courier_slot_booking_shipment_id", "shipment_id"),
    sa.Index("ix_courier_slot_booking_slot_id", "slot_id"),
)

sa.Table("courier_subscription", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("url", sa.String(), nullable=False),
    sa.Column("cursor", sa.Integer(), nullable=False),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("failures", sa.Integer(), nullable=False),
    sa.Column("retry_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
)

sa.Table("idempotency", METADATA,
    sa.Column("key", sa.String(), nullable=False),
    sa.Column("fingerprint", sa.String(), nullable=False),
    sa.Column("status", sa.Integer(), nullable=False),
    sa.Column("content_type", sa.String(), nullable=False),
    sa.Column("body", sa.LargeBinary(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("key"),
)

sa.Table("meta", METADATA,
    sa.Column("key", sa.String(), nullable=False),
    sa.Column("value", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("key"),
)

sa.Table("orders", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("checkout_id", sa.String(), nullable=False),
    sa.Column("buyer_id", sa.String(), nullable=False),
    sa.Column("status", sa.String(), nullable=False),
    sa.Column("total", sa.Integer(), nullable=False),
    sa.Column("currency", sa.String(), nullable=False),
    sa.Column("shipment_id", sa.String(), nullable=True),
    sa.Column("authorization_id", sa.String(), nullable=False),
    sa.Column("snapshot", sa.String(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_orders_checkout_id", "checkout_id"),
)

sa.Table("product", METADATA,
    sa.Column("num", sa.Integer(), nullable=False),
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("title", sa.String(), nullable=False),
    sa.Column("brand", sa.String(), nullable=False),
    sa.Column("category", sa.String(), nullable=False),
    sa.Column("price", sa.Integer(), nullable=False),
    sa.Column("currency", sa.String(), nullable=False),
    sa.Column("stock", sa.Integer(), nullable=False),
    sa.Column("held", sa.Integer(), nullable=False),
    sa.Column("rating", sa.Float(), nullable=False),
    sa.Column("review_count", sa.Integer(), nullable=False),
    sa.Column("seller", sa.String(), nullable=False),
    sa.Column("units_per_pack", sa.Integer(), nullable=False),
    sa.Column("attributes", sa.String(), nullable=False),
    sa.Column("description", sa.String(), nullable=False),
    sa.Column("price_history", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("num"),
    sa.Index("ix_product_category", "category"),
    sa.Index("ix_product_id", "id", unique=True),
    sa.Index("ix_product_price", "price"),
    sa.Index("ix_product_rating", "rating"),
)

sa.Table("return_photo", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("sha256", sa.String(), nullable=False),
    sa.Column("content_type", sa.String(), nullable=False),
    sa.Column("size_bytes", sa.Integer(), nullable=False),
    sa.Column("data", sa.LargeBinary(), nullable=False),
    sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
)

sa.Table("return_pickup", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("rma_id", sa.String(), nullable=False),
    sa.Column("slot_id", sa.String(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("manual_steps", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_return_pickup_rma_id", "rma_id", unique=True),
    sa.Index("ix_return_pickup_slot_id", "slot_id"),
)

sa.Table("return_policy", METADATA,
    sa.Column("category", sa.String(), nullable=False),
    sa.Column("returnable", sa.Boolean(), nullable=False),
    sa.Column("window_days", sa.Integer(), nullable=False),
    sa.Column("rule", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("category"),
)

sa.Table("return_slot_fill", METADATA,
    sa.Column("slot_id", sa.String(), nullable=False),
    sa.Column("filled_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("slot_id"),
)

sa.Table("rma", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("order_id", sa.String(), nullable=False),
    sa.Column("product_id", sa.String(), nullable=True),
    sa.Column("shopper_id", sa.String(), nullable=False),
    sa.Column("reason", sa.String(), nullable=False),
    sa.Column("description", sa.String(), nullable=False),
    sa.Column("photos", sa.String(), nullable=False),
    sa.Column("refund_amount", sa.Integer(), nullable=False),
    sa.Column("currency", sa.String(), nullable=False),
    sa.Column("authorization_id", sa.String(), nullable=False),
    sa.Column("exception_note", sa.String(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_rma_order_id", "order_id"),
)

sa.Table("shipment", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("order_id", sa.String(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("manual_steps", sa.Integer(), nullable=False),
    sa.Column("destination", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_shipment_order_id", "order_id"),
)

sa.Table("shopper", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("name", sa.String(), nullable=False),
    sa.Column("addresses", sa.String(), nullable=False),
    sa.Column("loyalty_points", sa.Integer(), nullable=False),
    sa.Column("public_key", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
)

sa.Table("store_booking", METADATA,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("branch_id", sa.String(), nullable=False),
    sa.Column("branch_order_id", sa.String(), nullable=False),
    sa.Column("slot_start", sa.DateTime(timezone=True), nullable=False),
    sa.Column("cups", sa.Integer(), nullable=False),
    sa.Column("status", sa.String(), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_store_booking_branch_id", "branch_id"),
    sa.Index("ix_store_booking_branch_order_id", "branch_order_id"),
    sa.Index("ix_store_booking_slot_start", "slot_start"),
)

sa.Table("store_branch", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("chain_id", sa.String(), nullable=False),
    sa.Column("name", sa.String(), nullable=False),
    sa.Column("city", sa.String(), nullable=False),
    sa.Column("lat", sa.Float(), nullable=False),
    sa.Column("lng", sa.Float(), nullable=False),
    sa.Column("opens", sa.Integer(), nullable=False),
    sa.Column("closes", sa.Integer(), nullable=False),
    sa.Column("cups_per_slot", sa.Integer(), nullable=False),
    sa.Column("reject_next", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_store_branch_chain_id", "chain_id"),
)

sa.Table("store_branch_order", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("quote_id", sa.String(), nullable=False),
    sa.Column("branch_id", sa.String(), nullable=False),
    sa.Column("chain_id", sa.String(), nullable=False),
    sa.Column("item_id", sa.String(), nullable=False),
    sa.Column("title", sa.String(), nullable=False),
    sa.Column("quantity", sa.Integer(), nullable=False),
    sa.Column("options", sa.String(), nullable=False),
    sa.Column("unit_price", sa.Integer(), nullable=False),
    sa.Column("line_total", sa.Integer(), nullable=False),
    sa.Column("discount", sa.Integer(), nullable=False),
    sa.Column("discount_label", sa.String(), nullable=False),
    sa.Column("points_used", sa.Integer(), nullable=False),
    sa.Column("delivery_fee", sa.Integer(), nullable=False),
    sa.Column("total", sa.Integer(), nullable=False),
    sa.Column("ready_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("status", sa.String(), nullable=False),
    sa.Column("authorization_id", sa.String(), nullable=True),
    sa.Column("shipment_id", sa.String(), nullable=True),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_store_branch_order_branch_id", "branch_id"),
    sa.Index("ix_store_branch_order_quote_id", "quote_id"),
)

sa.Table("store_chain", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("name", sa.String(), nullable=False),
    sa.Column("bulk_tiers", sa.String(), nullable=False),
    sa.Column("delivery_base", sa.Integer(), nullable=False),
    sa.Column("delivery_per_km", sa.Integer(), nullable=False),
    sa.Column("free_delivery_over", sa.Integer(), nullable=False),
    sa.Column("max_points_share_bp", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
)

sa.Table("store_loyalty", METADATA,
    sa.Column("shopper_id", sa.String(), nullable=False),
    sa.Column("chain_id", sa.String(), nullable=False),
    sa.Column("points", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("shopper_id", "chain_id"),
)

sa.Table("store_menu", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("chain_id", sa.String(), nullable=False),
    sa.Column("name", sa.String(), nullable=False),
    sa.Column("keywords", sa.String(), nullable=False),
    sa.Column("price_regular", sa.Integer(), nullable=False),
    sa.Column("price_large", sa.Integer(), nullable=False),
    sa.Column("sugar", sa.String(), nullable=False),
    sa.Column("ice", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_store_menu_chain_id", "chain_id"),
)

sa.Table("store_quote", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("shopper_id", sa.String(), nullable=False),
    sa.Column("status", sa.String(), nullable=False),
    sa.Column("total", sa.Integer(), nullable=False),
    sa.Column("currency", sa.String(), nullable=False),
    sa.Column("address", sa.String(), nullable=False),
    sa.Column("deliver_by", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_store_quote_shopper_id", "shopper_id"),
)

sa.Table("support_message", METADATA,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("order_id", sa.String(), nullable=False),
    sa.Column("rma_id", sa.String(), nullable=True),
    sa.Column("shopper_id", sa.String(), nullable=False),
    sa.Column("topic", sa.String(), nullable=False),
    sa.Column("body", sa.String(), nullable=False),
    sa.Column("reply", sa.String(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_support_message_order_id", "order_id"),
)

sa.Table("wallet_authorization", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("shopper_id", sa.String(), nullable=False),
    sa.Column("amount", sa.Integer(), nullable=False),
    sa.Column("currency", sa.String(), nullable=False),
    sa.Column("status", sa.String(), nullable=False),
    sa.Column("captured", sa.Integer(), nullable=False),
    sa.Column("refunded", sa.Integer(), nullable=False),
    sa.Column("quote_id", sa.String(), nullable=False),
    sa.Column("checkout_id", sa.String(), nullable=False),
    sa.Column("order_id", sa.String(), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_wallet_authorization_shopper_id", "shopper_id"),
)

sa.Table("wallet_mandate", METADATA,
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("shopper_id", sa.String(), nullable=False),
    sa.Column("digest", sa.String(), nullable=False),
    sa.Column("body", sa.String(), nullable=False),
    sa.Column("signature", sa.String(), nullable=False),
    sa.Column("status", sa.String(), nullable=False),
    sa.Column("uses", sa.Integer(), nullable=False),
    sa.Column("last_authorization_id", sa.String(), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_wallet_mandate_shopper_id", "shopper_id"),
)

sa.Table("wallet_operation", METADATA,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("authorization_id", sa.String(), nullable=False),
    sa.Column("shopper_id", sa.String(), nullable=False),
    sa.Column("kind", sa.String(), nullable=False),
    sa.Column("amount", sa.Integer(), nullable=False),
    sa.Column("currency", sa.String(), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("detail", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_wallet_operation_authorization_id", "authorization_id"),
    sa.Index("ix_wallet_operation_shopper_id", "shopper_id"),
)


def upgrade() -> None:
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    for table in METADATA.sorted_tables:
        if table.name not in existing:
            table.create(bind)
            continue
        add_missing_columns(table.name, *(sa.Column(column.name, column.type, nullable=True)
                                          for column in table.columns if column.nullable))
        for index in table.indexes:
            index.create(bind, checkfirst=True)
    op.execute(FTS_DDL)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS product_fts")
    for table in reversed(METADATA.sorted_tables):
        op.drop_table(table.name)
