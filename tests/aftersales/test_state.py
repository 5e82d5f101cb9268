"""The retail state: loaded from JSON, exported in the same shape after a sequence of signed changes and
compared field by field with what the changes should have made, reset to the loaded state in under a second.
Also the loader's refusals and the currency a data set declares."""

from __future__ import annotations

import copy
import json
import re
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from errand.sandbox.datasets import DatasetError, descriptor
from errand.sandbox.datasets.loader import ensure_loaded
from errand.sandbox.datasets.retail import read_folder
from tests.aftersales.conftest import DATA, Shop

MIA, NOAH = "mia_li_3668", "noah_brown_6181"
GIFT, CARD, PAYPAL = "gift_card_4806466", "credit_card_9094538", "paypal_1111222"
NEW_ADDRESS = {"address1": "101 Elm Street", "address2": "", "city": "Portland", "state": "OR", "country": "USA",
               "zip": "97201"}


def _loaded() -> dict[str, Any]:
    return read_folder(DATA).sorted().model_dump(mode="json")


def _by_id(state: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for kind, key in (("shoppers", "shopper_id"), ("products", "product_id"), ("orders", "order_id")):
        for entry in state[kind]:
            out[f"{kind}/{entry[key]}"] = entry
    return out


def _assert_fields_equal(actual: dict[str, Any], expected: dict[str, Any]) -> None:
    """Every entity, every field: a difference names the entity and the field."""
    got, want = _by_id(actual), _by_id(expected)
    assert sorted(got) == sorted(want)
    for name, entity in want.items():
        for field, value in entity.items():
            assert got[name].get(field) == value, f"{name}.{field}: {got[name].get(field)!r} != {value!r}"
        assert set(got[name]) == set(entity), name


def test_the_export_after_a_sequence_of_changes_is_the_expected_state(shop: Shop) -> None:
    expected = _loaded()
    assert shop.export() == expected  # fresh from the reset: the data set itself
    orders = {o["order_id"]: o for o in expected["orders"]}
    mia = next(s for s in expected["shoppers"] if s["shopper_id"] == MIA)
    gift = next(m for m in mia["payment_methods"] if m["id"] == GIFT)

    shop.change(MIA, operation="change_address", order_id="#W0000001", address=NEW_ADDRESS)
    orders["#W0000001"]["address"] = NEW_ADDRESS
    shop.change(MIA, operation="change_payment_method", order_id="#W0000001", payment_method_id=PAYPAL)
    orders["#W0000001"]["payment_history"] += [
        {"transaction_type": "payment", "amount": 32347, "payment_method_id": PAYPAL},
        {"transaction_type": "refund", "amount": 32347, "payment_method_id": CARD}]
    shop.change(MIA, operation="cancel", order_id="#W0000001", reason="no longer needed")
    orders["#W0000001"].update(status="cancelled", cancel_reason="no longer needed")
    orders["#W0000001"]["payment_history"].append(
        {"transaction_type": "refund", "amount": 32347, "payment_method_id": PAYPAL})

    shop.change(MIA, operation="change_items", order_id="#W0000002", item_ids=["9612497925"],
                new_item_ids=["8124970213"], payment_method_id=GIFT)
    orders["#W0000002"]["items"][0] = {"item_id": "8124970213", "product_id": "6086499569", "name": "T-Shirt",
                                       "options": {"color": "purple", "size": "XL"}, "price": 4922}
    orders["#W0000002"]["status"] = "pending (item modified)"
    orders["#W0000002"]["payment_history"].append(
        {"transaction_type": "refund", "amount": 177, "payment_method_id": GIFT})
    gift["balance"] += 177

    shop.change(MIA, operation="exchange", order_id="#W0000003", item_ids=["2652637226"],
                new_item_ids=["5650803029"], payment_method_id=CARD)
    orders["#W0000003"].update(status="exchange requested", exchange_items=["2652637226"],
                               exchange_new_items=["5650803029"], exchange_payment_method_id=CARD,
                               exchange_price_difference=32448 - 29508)

    shop.change(NOAH, operation="return", order_id="#W0000102", item_ids=["9612497925"],
                payment_method_id="gift_card_7000001")
    orders["#W0000102"].update(status="return requested", return_items=["9612497925"],
                               return_payment_method_id="gift_card_7000001")

    shop.change(MIA, operation="change_default_address", address=NEW_ADDRESS)
    mia["address"] = NEW_ADDRESS

    _assert_fields_equal(shop.export(), expected)


def test_reset_returns_to_the_loaded_state_in_under_a_second(shop: Shop) -> None:
    shop.change(MIA, operation="cancel", order_id="#W0000002", reason="ordered by mistake")
    shop.change(MIA, operation="change_default_address", address=NEW_ADDRESS)
    assert shop.export() != _loaded()
    started = time.perf_counter()
    answer = shop.operator.post("/admin/aftersales/reset")
    elapsed = time.perf_counter() - started
    assert answer.status_code == 200 and elapsed < 1.0, (answer.text, elapsed)
    assert shop.export() == _loaded()
    # Keys survive a reset: a change can be signed straight away.
    shop.change(MIA, operation="cancel", order_id="#W0000002", reason="ordered by mistake")


def test_an_export_loads_again_as_a_data_set(shop: Shop, tmp_path: Path) -> None:
    shop.change(MIA, operation="cancel", order_id="#W0000002", reason="ordered by mistake")
    exported = shop.export()
    folder = tmp_path / "exported"
    folder.mkdir()
    for kind in ("shoppers", "products", "orders"):
        (folder / f"{kind}.json").write_text(json.dumps(exported[kind]))
    assert read_folder(folder).model_dump(mode="json") == exported


def _copy_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


@pytest.mark.parametrize(("file", "mutate", "message"), [
    ("orders.json", lambda rows: rows[0].update(shopper_id="nobody"), "unknown shopper"),
    ("orders.json", lambda rows: rows[0]["items"][0].update(product_id="4768869376"), "not a variant"),
    ("orders.json", lambda rows: rows[0]["payment_history"][0].update(payment_method_id="paypal_5727330"),
     "not a method of its shopper"),
    ("orders.json", lambda rows: rows[0]["items"][0].update(price=50.99), "orders.json[0]"),  # never a float
    ("orders.json", lambda rows: rows[0].update(status="shipped"), "orders.json[0]"),
    ("products.json", lambda rows: rows.append(copy.deepcopy(rows[0])), "listed twice"),
])
def test_a_bad_data_set_is_refused_before_anything_is_written(tmp_path: Path, file: str, mutate: Any,
                                                              message: str) -> None:
    folder = _copy_data(tmp_path)
    rows = json.loads((folder / file).read_text())
    mutate(rows)
    (folder / file).write_text(json.dumps(rows))
    with pytest.raises(DatasetError, match=re.escape(message)):
        ensure_loaded(tmp_path / "home" / "sandbox.db", descriptor("retail"), folder, seed=7, products=10)
    with sqlite3.connect(tmp_path / "home" / "sandbox.db") as db:
        assert db.execute("SELECT count(*) FROM aftersales_order").fetchone() == (0,)


def test_a_database_is_locked_to_its_data_set_and_currency(tmp_path: Path) -> None:
    db_path = tmp_path / "home" / "sandbox.db"
    assert ensure_loaded(db_path, descriptor("retail_cny"), DATA, seed=7, products=10) is True
    assert ensure_loaded(db_path, descriptor("retail_cny"), DATA, seed=7, products=10) is False
    with pytest.raises(DatasetError, match="holds data set retail_cny"):
        ensure_loaded(db_path, descriptor("retail"), DATA, seed=7, products=10)
    with sqlite3.connect(db_path) as db:
        assert {row[0] for row in db.execute("SELECT currency FROM wallet_payment_method")} == {"CNY"}
