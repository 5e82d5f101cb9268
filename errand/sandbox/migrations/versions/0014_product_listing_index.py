"""The catalogue's listing index: (category, price, review_count), so a category and price range without text
is answered from the index alone. Until now the seeder made it; a database made before has it already.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_product_category_price", "product", ["category", "price", "review_count"],
                    if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_product_category_price", table_name="product")
