"""Operations for revisions that a database may already partly hold.

Before these revisions the sandbox added missing tables, nullable columns and indexes itself on start, so a
database made between the last release and the revisions can hold some of what a revision adds. Tables and
indexes are created with ``if_not_exists``; columns (SQLite has no ``ADD COLUMN IF NOT EXISTS``) through
`add_missing_columns`.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op


def add_missing_columns(table: str, *columns: sa.Column[Any]) -> None:
    have = {column["name"] for column in sa.inspect(op.get_bind()).get_columns(table)}
    for column in columns:
        if column.name not in have:
            op.add_column(table, column)


def drop_columns(table: str, *names: str) -> None:
    with op.batch_alter_table(table) as batch:
        for name in names:
            batch.drop_column(name)
