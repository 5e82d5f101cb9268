"""The catalogue's search index: (num, category, price, rating, review_count, stock, held), every column a
text search filters or sorts its matches by, so that a search reads them for its thousands of matches from
this narrow index instead of from the product rows (at a million products a tenth of the table's size).

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

COLUMNS = ["num", "category", "price", "rating", "review_count", "stock", "held"]


def upgrade() -> None:
    op.create_index("ix_product_search", "product", COLUMNS, if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_product_search", table_name="product")
