"""Loading a data set into a sandbox database, once, and refusing a database loaded with another.

CSV files (the UCP sample layout) are read row by row through pydantic models: a bad row stops the start
with ``file:line`` and what is wrong with it, before anything is written.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from sqlalchemy import Connection, Engine, text

from errand.sandbox.datasets import DatasetError, Descriptor, Promotion, ShippingRate
from errand.sandbox.datasets.retail import RETAIL_FILES, read_folder
from errand.sandbox.db import make_engine
from errand.sandbox.migrations import create_schema

Row = TypeVar("Row", bound=BaseModel)


def _blank_is_none(value: Any) -> Any:
    return None if value == "" else value


def _json_list(value: Any) -> Any:
    if isinstance(value, str):
        return json.loads(value) if value.strip() else []
    return value


class _CsvRow(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ProductCsv(_CsvRow):
    id: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.:-]+$")
    title: str = Field(min_length=1)
    price: int = Field(ge=0)
    image_url: str = ""


class InventoryCsv(_CsvRow):
    product_id: str = Field(min_length=1)
    quantity: int = Field(ge=0)


class DiscountCsv(_CsvRow):
    code: str = Field(min_length=1, max_length=64)
    type: Literal["percentage", "fixed_amount"]
    value: int = Field(ge=0)
    description: str = Field(min_length=1)


class PromotionCsv(_CsvRow):
    id: str = Field(min_length=1)
    type: Literal["free_shipping"]
    min_subtotal: Annotated[int | None, BeforeValidator(_blank_is_none)] = Field(default=None, ge=0)
    eligible_item_ids: Annotated[list[str], BeforeValidator(_json_list)] = []
    description: str = Field(min_length=1)


class ShippingRateCsv(_CsvRow):
    id: str = Field(min_length=1)
    country_code: str = Field(min_length=1)
    service_level: str = Field(min_length=1)
    price: int = Field(ge=0)
    title: str = Field(min_length=1)


class CustomerCsv(_CsvRow):
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    email: str = Field(min_length=3)


class AddressCsv(_CsvRow):
    id: str = Field(min_length=1)
    customer_id: str = Field(min_length=1)
    street_address: str
    city: str
    state: str = ""
    postal_code: str
    country: str = Field(min_length=2, max_length=2)


class PaymentInstrumentCsv(_CsvRow):
    id: str = Field(min_length=1)
    type: str
    brand: str
    last_digits: str = Field(pattern=r"^[0-9]{4}$")
    token: str = Field(min_length=1)
    handler_id: str = Field(min_length=1)


DECLINING_TOKENS = frozenset({"fail_token"})
"""Tokens the sample's test payment handler declines (the suite pays with them to see a 402)."""

CSV_FILES = ("products.csv", "inventory.csv", "discounts.csv", "promotions.csv", "shipping_rates.csv",
             "customers.csv", "addresses.csv", "payment_instruments.csv")


def read_csv(path: Path, model: type[Row]) -> Iterator[Row]:
    """Every row of ``path`` as ``model``; a bad row raises DatasetError naming file and line."""
    if not path.is_file():
        raise DatasetError(f"{path}: missing")
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            try:
                yield model.model_validate(row)
            except (ValidationError, ValueError) as exc:
                raise DatasetError(f"{path}:{reader.line_num}: {exc}") from exc


def digest(descriptor: Descriptor, folder: Path | None) -> str:
    """A digest of what the data set is made of: its descriptor and, for CSV data sets, every file."""
    hasher = hashlib.sha256(descriptor.model_dump_json().encode())
    if descriptor.format != "generated" and folder is not None:
        for name in CSV_FILES if descriptor.format == "ucp-sample-csv" else RETAIL_FILES:
            path = folder / name
            hasher.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return hasher.hexdigest()


def _meta(conn: Connection, key: str) -> str | None:
    row = conn.execute(text("SELECT value FROM meta WHERE key=:k"), {"k": key}).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(text("INSERT OR REPLACE INTO meta (key, value) VALUES (:k, :v)"), {"k": key, "v": value})


def _write_rules(conn: Connection, rates: list[ShippingRate], promotions: list[Promotion]) -> None:
    for rate in rates:
        conn.execute(text("INSERT INTO shipping_rate (id, country_code, service_level, price, title) "
                          "VALUES (:id, :country_code, :service_level, :price, :title)"), rate.model_dump())
    for promo in promotions:
        conn.execute(text("INSERT INTO promotion (id, kind, min_subtotal, min_quantity, value, eligible_item_ids, "
                          "title) VALUES (:id, :kind, :min_subtotal, :min_quantity, :value, :eligible, :title)"),
                     {**promo.model_dump(exclude={"eligible_item_ids"}),
                      "eligible": json.dumps(list(promo.eligible_item_ids))})


def _load_csv(conn: Connection, descriptor: Descriptor, folder: Path) -> None:
    """Read and validate every file first, then write: a bad row leaves the database untouched."""
    products = list(read_csv(folder / "products.csv", ProductCsv))
    known = {p.id for p in products}
    stock: dict[str, int] = {}
    for inv in read_csv(folder / "inventory.csv", InventoryCsv):
        if inv.product_id not in known:
            raise DatasetError(f"{folder / 'inventory.csv'}: stock for unknown product {inv.product_id!r}")
        stock[inv.product_id] = inv.quantity
    discounts = list(read_csv(folder / "discounts.csv", DiscountCsv))
    promotions = [Promotion(id=p.id, kind=p.type, min_subtotal=p.min_subtotal, title=p.description,
                            eligible_item_ids=tuple(p.eligible_item_ids))
                  for p in read_csv(folder / "promotions.csv", PromotionCsv)]
    rates = [ShippingRate(**r.model_dump()) for r in read_csv(folder / "shipping_rates.csv", ShippingRateCsv)]
    customers = list(read_csv(folder / "customers.csv", CustomerCsv))
    addresses = list(read_csv(folder / "addresses.csv", AddressCsv))
    instruments = list(read_csv(folder / "payment_instruments.csv", PaymentInstrumentCsv))
    handler_ids = {h.id for h in descriptor.payment_handlers}
    for inst in instruments:
        if inst.handler_id not in handler_ids:
            raise DatasetError(f"{folder / 'payment_instruments.csv'}: {inst.id} names handler {inst.handler_id!r}, "
                               f"which the descriptor does not declare")
    defaults = descriptor.defaults
    conn.exec_driver_sql(
        "INSERT INTO product (num, id, title, brand, category, price, currency, stock, held, rating, review_count, "
        "seller, units_per_pack, attributes, description, price_history) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 1, ?, ?, ?)",
        [(i + 1, p.id, p.title, defaults.brand, defaults.category, p.price, descriptor.currency, stock.get(p.id, 0),
          defaults.rating, defaults.review_count, defaults.seller,
          json.dumps({"image_url": p.image_url} if p.image_url else {}), p.title, json.dumps([p.price]))
         for i, p in enumerate(products)])
    conn.exec_driver_sql(
        "INSERT INTO product_fts (rowid, title, brand, category, attributes) VALUES (?, ?, ?, ?, '')",
        [(i + 1, p.title, defaults.brand, defaults.category) for i, p in enumerate(products)])
    for code in discounts:
        conn.execute(text("INSERT INTO discount_code (code, code_key, kind, value, title) "
                          "VALUES (:code, :key, :kind, :value, :title)"),
                     {"code": code.code, "key": code.code.casefold(), "kind": code.type, "value": code.value,
                      "title": code.description})
    _write_rules(conn, rates, promotions)
    for customer in customers:
        # A customer's saved addresses are reachable only as an identified shopper's, never by e-mail.
        book = [{"label": a.id, "name": customer.name, "line1": a.street_address, "city": a.city,
                 "postal_code": a.postal_code, "country": a.country, "region": a.state}
                for a in addresses if a.customer_id == customer.id]
        conn.execute(text("INSERT INTO shopper (id, name, addresses, loyalty_points, public_key) "
                          "VALUES (:id, :name, :addresses, 0, '')"),
                     {"id": customer.id, "name": customer.name, "addresses": json.dumps(book)})
    for inst in instruments:
        conn.execute(text("INSERT INTO payment_token (id, handler_id, token, approved, brand, last_digits) "
                          "VALUES (:id, :handler, :token, :approved, :brand, :last)"),
                     {"id": inst.id, "handler": inst.handler_id, "token": inst.token,
                      "approved": inst.token not in DECLINING_TOKENS, "brand": inst.brand,
                      "last": inst.last_digits})


def load_database(engine: Engine, descriptor: Descriptor, folder: Path | None, *, seed: int,
                  products: int) -> bool:
    """Load ``descriptor``'s data set into the database once; True when this call loaded it.

    Raises:
        DatasetError: the database holds another data set (or another version of this one's files), or a
            file of this one is missing or has a bad row.
    """
    if descriptor.format != "generated" and folder is None:
        raise DatasetError(f"data set {descriptor.name} reads its files from --dataset-dir")
    wanted = digest(descriptor, folder)
    if descriptor.format == "generated":
        from errand.sandbox.seed import seed_database

        create_schema(engine)
        with engine.connect() as conn:
            _refuse_other(conn, descriptor.name, wanted)
        loaded = seed_database(engine, seed, products)  # refuses another seed by itself
        with engine.begin() as conn:
            if _meta(conn, "dataset") is None:  # a world seeded before data sets existed gains its rules once
                _write_rules(conn, list(descriptor.shipping_rates), list(descriptor.promotions))
                _set_meta(conn, "dataset", descriptor.name)
                _set_meta(conn, "dataset_digest", wanted)
        return loaded
    create_schema(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("SELECT 1")  # (the write lock is taken by the first write below)
        if _refuse_other(conn, descriptor.name, wanted):
            return False
        assert folder is not None
        if descriptor.format == "retail-json":
            from errand.sandbox.aftersales.state import load_retail

            load_retail(conn, read_folder(folder), descriptor.currency)
        else:
            _load_csv(conn, descriptor, folder)
        _set_meta(conn, "dataset", descriptor.name)
        _set_meta(conn, "dataset_digest", wanted)
    return True


def _refuse_other(conn: Connection, name: str, wanted: str) -> bool:
    """True when the database already holds this data set; DatasetError when it holds another."""
    held = _meta(conn, "dataset")
    if held is None:
        if name != "errand_world" and _meta(conn, "seed") is not None:
            raise DatasetError(f"the database holds the generated world; data set {name} needs a fresh home")
        return False
    if held != name or _meta(conn, "dataset_digest") != wanted:
        raise DatasetError(f"the database holds data set {held}, not this version of {name}; use a fresh home")
    return True


def ensure_loaded(db_path: Path, descriptor: Descriptor, folder: Path | None, *, seed: int, products: int) -> bool:
    """Open (creating if needed) the sandbox database and load the data set once. True if it loaded."""
    engine = make_engine(db_path)
    try:
        return load_database(engine, descriptor, folder, seed=seed, products=products)
    finally:
        engine.dispose()


__all__ = ["CSV_FILES", "DECLINING_TOKENS", "digest", "ensure_loaded", "load_database", "read_csv"]
