"""The catalogue's indexes are the schema's (their revision and ProductRow), not only the seeder's: a new database
has each, and a database from the revision before it gains it on upgrade."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect

from errand.sandbox import migrations
from errand.sandbox.db import make_engine
from errand.sandbox.migrations import create_schema

# index: (its columns, the revision before the one that adds it)
INDEXES = {
    "ix_product_category_price": (["category", "price", "review_count"], "0013"),  # listings (revision 0014)
    "ix_product_search": (["num", "category", "price", "rating", "review_count", "stock", "held"], "0015"),  # 0016
}


def _has_index(engine: Engine, name: str) -> bool:
    return any(ix["name"] == name and ix["column_names"] == INDEXES[name][0]
               for ix in inspect(engine).get_indexes("product"))


@pytest.mark.parametrize("name", list(INDEXES))
def test_a_new_database_has_the_index(tmp_path: Path, name: str) -> None:
    engine = make_engine(tmp_path / "sandbox.db")
    create_schema(engine)
    assert _has_index(engine, name)
    engine.dispose()


@pytest.mark.parametrize("name", list(INDEXES))
def test_a_database_without_it_gains_it_on_upgrade(tmp_path: Path, name: str) -> None:
    engine = make_engine(tmp_path / "sandbox.db")
    create_schema(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP INDEX {name}")
        conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{INDEXES[name][1]}'")
    assert not _has_index(engine, name)
    migrations.upgrade(engine)
    assert _has_index(engine, name) and migrations.current(engine) == migrations.HEAD
    engine.dispose()
