"""The catalogue's search index is the schema's (revision 0016 and ProductRow), not only the seeder's."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect

from errand.sandbox import migrations
from errand.sandbox.db import make_engine
from errand.sandbox.migrations import create_schema

COLUMNS = ["num", "category", "price", "rating", "review_count", "stock", "held"]


def _has_index(engine: Engine) -> bool:
    return any(ix["name"] == "ix_product_search" and ix["column_names"] == COLUMNS
               for ix in inspect(engine).get_indexes("product"))


def test_a_new_database_has_the_search_index(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "sandbox.db")
    create_schema(engine)
    assert _has_index(engine)
    engine.dispose()


def test_a_database_at_0015_without_it_gains_it_on_upgrade(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "sandbox.db")
    create_schema(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_product_search")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0015'")
    assert not _has_index(engine)
    migrations.upgrade(engine)
    assert _has_index(engine) and migrations.current(engine) == migrations.HEAD
    engine.dispose()
