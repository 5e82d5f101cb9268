"""The retail state in and out: load a data set, export the state in the same shape, reset to the loaded state.

Loading keeps the data set itself (canonical JSON in ``meta``, key ``retail_pristine``) beside the tables it
fills, so a reset is a delete and a bulk insert of that state in one transaction: tens of milliseconds for a
few thousand rows, and a test can run hundreds of independent cases on one sandbox. A reset also forgets the
change quotes and the stored Idempotency-Key answers (the loaded state had none, and a replayed key must not
answer from a world that was reset away); enrolled signing keys and credentials stay.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, text

from errand.sandbox.datasets import DatasetError
from errand.sandbox.datasets.retail import Address, Name, Order, Product, RetailState, Shopper, Variant

_PRISTINE = "retail_pristine"
_CURRENCY = "retail_currency"
_TABLES = ("aftersales_order", "aftersales_item", "aftersales_product", "aftersales_shopper",
           "wallet_payment_method", "aftersales_quote", "shopper")


def name_key(first: str, last: str) -> str:
    return f"{first.strip().casefold()}\x1f{last.strip().casefold()}"


def shopper_book(name: Name, address: Address) -> str:
    """The default address as the wallet's shopper row keeps addresses (label, name, line1, ...)."""
    return json.dumps([{"label": "default", "name": f"{name.first_name} {name.last_name}",
                        "line1": " ".join(filter(None, (address.address1, address.address2))),
                        "city": address.city, "postal_code": address.zip, "country": address.country,
                        "region": address.state}])


def _write(conn: Connection, state: RetailState, currency: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO shopper (id, name, addresses, loyalty_points, public_key) VALUES (?, ?, ?, 0, '')",
        [(s.shopper_id, f"{s.name.first_name} {s.name.last_name}", shopper_book(s.name, s.address))
         for s in state.shoppers])
    conn.exec_driver_sql(
        "INSERT INTO aftersales_shopper (id, first_name, last_name, email, email_key, name_key, address) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(s.shopper_id, s.name.first_name, s.name.last_name, s.email, s.email.strip().casefold(),
          name_key(s.name.first_name, s.name.last_name), s.address.model_dump_json()) for s in state.shoppers])
    methods = [(m.id, s.shopper_id, m.source, currency, getattr(m, "brand", None), getattr(m, "last_four", None),
                getattr(m, "balance", None)) for s in state.shoppers for m in s.payment_methods]
    if methods:
        conn.exec_driver_sql("INSERT INTO wallet_payment_method (id, shopper_id, source, currency, brand, last_four, "
                             "balance) VALUES (?, ?, ?, ?, ?, ?, ?)", methods)
    conn.exec_driver_sql("INSERT INTO aftersales_product (id, name) VALUES (?, ?)",
                         [(p.product_id, p.name) for p in state.products])
    conn.exec_driver_sql(
        "INSERT INTO aftersales_item (id, product_id, options, available, price) VALUES (?, ?, ?, ?, ?)",
        [(v.item_id, p.product_id, json.dumps(v.options, sort_keys=True), v.available, v.price)
         for p in state.products for v in p.variants])
    if state.orders:
        conn.exec_driver_sql("INSERT INTO aftersales_order (id, shopper_id, status, body) VALUES (?, ?, ?, ?)",
                             [(o.order_id, o.shopper_id, o.status, o.model_dump_json()) for o in state.orders])


def load_retail(conn: Connection, state: RetailState, currency: str) -> None:
    """Write a freshly read data set into an empty database and keep it as the state a reset returns to."""
    _write(conn, state, currency)
    conn.execute(text("INSERT OR REPLACE INTO meta (key, value) VALUES (:k, :v)"),
                 [{"k": _PRISTINE, "v": state.model_dump_json()}, {"k": _CURRENCY, "v": currency}])


def _meta(conn: Connection, key: str) -> str | None:
    row = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": key}).fetchone()
    return None if row is None else str(row[0])


def is_retail(conn: Connection) -> bool:
    return _meta(conn, _PRISTINE) is not None


def reset_retail(conn: Connection) -> None:
    """Return to the loaded state (inside the caller's transaction)."""
    pristine, currency = _meta(conn, _PRISTINE), _meta(conn, _CURRENCY)
    if pristine is None or currency is None:
        raise DatasetError("this sandbox serves no retail data set")
    for table in _TABLES:
        conn.exec_driver_sql(f"DELETE FROM {table}")  # fixed table names, never input
    conn.exec_driver_sql("DELETE FROM idempotency")
    _write(conn, RetailState.model_validate_json(pristine), currency)


def export_retail(conn: Connection) -> RetailState:
    """The state now, in the data set's shape and order (what ``read_folder`` reads)."""
    methods: dict[str, list[dict[str, object]]] = {}
    for mid, owner, source, brand, last_four, balance in conn.exec_driver_sql(
            "SELECT id, shopper_id, source, brand, last_four, balance FROM wallet_payment_method ORDER BY id"):
        method: dict[str, object] = {"source": source, "id": mid}
        if source == "gift_card":
            method["balance"] = balance
        elif source == "credit_card":
            method.update(brand=brand, last_four=last_four)
        methods.setdefault(owner, []).append(method)
    shoppers = [Shopper(shopper_id=sid, name=Name(first_name=first, last_name=last), email=email,
                        address=Address.model_validate_json(address),
                        payment_methods=methods.get(sid, []))
                for sid, first, last, email, address in conn.exec_driver_sql(
                    "SELECT id, first_name, last_name, email, address FROM aftersales_shopper ORDER BY id")]
    variants: dict[str, list[Variant]] = {}
    for iid, pid, options, available, price in conn.exec_driver_sql(
            "SELECT id, product_id, options, available, price FROM aftersales_item ORDER BY id"):
        variants.setdefault(pid, []).append(Variant(item_id=iid, options=json.loads(options),
                                                    available=bool(available), price=price))
    products = [Product(product_id=pid, name=name, variants=variants.get(pid, []))
                for pid, name in conn.exec_driver_sql("SELECT id, name FROM aftersales_product ORDER BY id")]
    orders = [Order.model_validate_json(body)
              for (body,) in conn.exec_driver_sql("SELECT body FROM aftersales_order ORDER BY id")]
    return RetailState(shoppers=shoppers, products=products, orders=orders)


__all__ = ["export_retail", "is_retail", "load_retail", "name_key", "reset_retail", "shopper_book"]
