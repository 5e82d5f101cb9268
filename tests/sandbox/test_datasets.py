"""Data sets: loaded once, validated row by row, and a database never serves two of them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from errand.sandbox.datasets import DatasetError, descriptor
from errand.sandbox.datasets.loader import CSV_FILES, ensure_loaded
from tests import ucp_data

SUITE_DATA = ucp_data.FLOWER_SHOP
needs_suite = pytest.mark.skipif(not SUITE_DATA.is_dir(), reason=f"{SUITE_DATA} absent (shared/ not beside the repo)")


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "flower_shop"
    folder.mkdir()
    for name in CSV_FILES:
        shutil.copy(SUITE_DATA / name, folder / name)
    return folder


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_an_unknown_data_set_is_named_with_the_known_ones() -> None:
    with pytest.raises(DatasetError, match="errand_world, flower_shop"):
        descriptor("../etc/passwd")


@needs_suite
def test_the_flower_shop_loads_once_with_its_stock_codes_rates_and_tokens(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    shop = descriptor("flower_shop")
    assert ensure_loaded(db, shop, SUITE_DATA, seed=7, products=10) is True
    assert ensure_loaded(db, shop, SUITE_DATA, seed=7, products=10) is False
    stock = dict(_rows(db, "SELECT id, stock FROM product"))
    assert stock["bouquet_roses"] == 1000 and stock["gardenias"] == 0
    assert set(_rows(db, "SELECT currency FROM product")) == {("USD",)}
    assert ("10OFF", "percentage", 10) in _rows(db, "SELECT code, kind, value FROM discount_code")
    assert ("fail_token", 0) in _rows(db, "SELECT token, approved FROM payment_token")
    assert len(_rows(db, "SELECT id FROM shipping_rate")) == 3


@needs_suite
def test_a_database_serves_only_the_data_set_it_was_loaded_with(tmp_path: Path) -> None:
    shop_db, world_db = tmp_path / "shop.db", tmp_path / "world.db"
    ensure_loaded(shop_db, descriptor("flower_shop"), SUITE_DATA, seed=7, products=10)
    ensure_loaded(world_db, descriptor("errand_world"), None, seed=7, products=30)
    with pytest.raises(DatasetError, match="holds data set flower_shop"):
        ensure_loaded(shop_db, descriptor("errand_world"), None, seed=7, products=30)
    with pytest.raises(DatasetError, match="needs a fresh home|holds data set errand_world"):
        ensure_loaded(world_db, descriptor("flower_shop"), SUITE_DATA, seed=7, products=10)
    changed = _copy(tmp_path)
    (changed / "discounts.csv").write_text("code,type,value,description\nALL,percentage,100,Everything\n")
    with pytest.raises(DatasetError, match="not this version"):
        ensure_loaded(shop_db, descriptor("flower_shop"), changed, seed=7, products=10)


@needs_suite
@pytest.mark.parametrize(("name", "text", "line"), [
    ("discounts.csv", "code,type,value,description\n10OFF,percentage,10,ok\nBAD,bogus,5,no\n", 3),
    ("products.csv", "id,title,price,image_url\nroses,Roses,-5,\n", 2),
    ("inventory.csv", "product_id,quantity\nbouquet_roses,many\n", 2),
])
def test_a_bad_row_stops_the_load_naming_file_and_line(tmp_path: Path, name: str, text: str, line: int) -> None:
    folder = _copy(tmp_path)
    (folder / name).write_text(text)
    db = tmp_path / "sandbox.db"
    with pytest.raises(DatasetError, match=rf"{name}:{line}:"):
        ensure_loaded(db, descriptor("flower_shop"), folder, seed=7, products=10)
    assert _rows(db, "SELECT count(*) FROM product") == [(0,)]  # nothing of it was written
