"""Deterministic world generation: products and shoppers.

Everything derives from ``random.Random(seed)``, so two sandboxes started with the same seed hold identical
catalogs. The attributes a kind of product really has (a phone case's device and colour, a shoe's size) come
from a second generator seeded from the same seed, so adding them left every other draw, and so every
product's id, price and stock, as it was. The search index holds, besides the English text, each product's
Chinese name in words (segmented by jieba) and one token per attribute (``query.attribute_tokens``). Shoppers start with no signing key: a key is generated on the shopper's side and its public half
registered with the wallet (sandbox/wallet/keys.py); nothing here derives or writes a private key.
"""

from __future__ import annotations

import functools
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from errand.sandbox.db import SEED_VERSION, make_engine
from errand.sandbox.merchant.catalog import (
    AA_BATTERIES,
    BRANDS_ZH,
    CATEGORIES,
    COLORS_ZH,
    NOUN_ATTRS,
    NOUNS_ZH,
    SELLERS,
    SHOPPERS,
    SHOWCASE,
    TITLE_ATTRS,
)
from errand.sandbox.merchant.query import attribute_tokens, code_tokens, segment
from errand.sandbox.migrations import create_schema

HISTORY_DAYS = 30
_VOCAB_WORD = re.compile(r"[a-z]{3,}")


@dataclass(frozen=True)
class SeedProduct:
    """One generated catalog row (prices in fen)."""

    id: str
    title: str
    brand: str
    category: str
    price: int
    stock: int
    rating: float
    review_count: int
    seller: str
    units_per_pack: int
    attributes: dict[str, str]
    description: str
    price_history: list[int]
    name_zh: str = ""

    def search_text(self) -> str:
        """The index's ``attributes`` column: the attributes as written, their tokens, the title's model codes
        joined and in pieces ("wh1000xm6", "xm6") and the Chinese words."""
        parts = [f"{k} {v}" for k, v in sorted(self.attributes.items())]
        parts += attribute_tokens(self.attributes, self.units_per_pack)
        parts += code_tokens(self.title)
        parts += _words_zh(self.name_zh)
        return " ".join(parts)


@functools.cache
def _words_zh(name: str) -> tuple[str, ...]:
    # A handful of distinct names across a million products: segment each once.
    return tuple(segment(name, for_index=True)) if name else ()


def _name_zh(brand: str, noun: str, attributes: dict[str, str]) -> str:
    words = [BRANDS_ZH.get(brand, ""), COLORS_ZH.get(attributes.get("color", ""), ""), NOUNS_ZH.get(noun, "")]
    return " ".join(w for w in words if w)


def _history(rng: random.Random, price: int) -> list[int]:
    # A gentle random walk that ends at today's price, so "is this a good deal" has something to compare.
    values = [price]
    current = price
    for _ in range(HISTORY_DAYS - 1):
        current = max(1, round(current * (1 + rng.uniform(-0.04, 0.04))))
        values.append(current)
    values.reverse()
    return values


def generate_products(seed: int, count: int) -> list[SeedProduct]:
    """All catalog products for this seed: fixed showcase items first, then generated ones."""
    rng = random.Random(seed)
    kinds = random.Random(f"{seed}:attributes")  # its own stream: the draws of ``rng`` stay as they were
    out: list[SeedProduct] = []

    def add(title: str, brand: str, category: str, price: int, rating: float, reviews: int, stock: int, pack: int,
            attrs: dict[str, str], name_zh: str) -> None:
        out.append(SeedProduct(
            id=f"prd-{len(out) + 1:05d}", title=title, brand=brand, category=category, price=price,
            stock=stock, rating=rating, review_count=reviews, seller=rng.choice(SELLERS), units_per_pack=pack,
            attributes=attrs, description=f"{title}. Sold by the pack; ships from Shanghai.",
            price_history=_history(rng, price), name_zh=name_zh,
        ))

    for brand, label, pack, price, rating, reviews, stock in AA_BATTERIES:
        attrs = {"size": "AA", "chemistry": "NiMH" if "Rechargeable" in label else "alkaline",
                 "pack": str(pack), "unit_name": "battery"}
        add(f"{brand} {label}, {pack}-Pack", brand, "batteries", price, rating, reviews, stock, pack, attrs,
            _name_zh(brand, "AA Batteries", attrs))
    for brand, title, category, price, rating, reviews, stock, attrs in SHOWCASE:
        noun = "Electric Kettle" if "Kettle" in title else "Headphones"
        add(title, brand, category, price, rating, reviews, stock, 1, dict(attrs), _name_zh(brand, noun, attrs))

    names = sorted(CATEGORIES)
    while len(out) < count:
        category = names[len(out) % len(names)]
        spec = CATEGORIES[category]
        brand = rng.choice(spec["brands"])
        noun = rng.choice(spec["nouns"])
        adjective = rng.choice(spec["adjectives"])
        pack = rng.choice([1, 1, 1, 2, 4, 6, 10])
        low, high = spec["price"]
        # Log-uniform prices: many cheap items, a long tail of expensive ones, rounded to x.90 like real shops.
        price = int(low * (high / low) ** rng.random()) // 100 * 100 + 90
        attrs = {key: rng.choice(values) for key, values in spec["attrs"].items()}
        own = {key: kinds.choice(values) for key, values in NOUN_ATTRS.get(noun, {}).items()}
        attrs.update(own)
        title = f"{brand} {adjective} {noun}"
        if "compatible" in own:
            title += f" for {own['compatible']}"
        title += "".join(f" {own[key]}" for key in TITLE_ATTRS if key in own and key != "compatible")
        if "color" in own:
            title += f", {own['color'].title()}"
        title += f", {pack}-Pack" if pack > 1 else ""
        rating = round(min(5.0, max(0.0, rng.gauss(4.2, 0.5))), 1)
        reviews = int(rng.paretovariate(1.2) * 20)
        stock = rng.choice([0, 5, 20, 50, 100, 300, 1000])
        add(title, brand, category, price, rating, reviews, stock, pack, attrs, _name_zh(brand, noun, attrs))
    return out[:count]


def _fingerprint(seed: int, products: int) -> str:
    return f"seed={seed};products={products};version={SEED_VERSION}"


WorldSeeder = Callable[[Connection, int], None]
"""Seeds one further part of the world (local stores, return policies, ...) from the world seed."""

EXTRA_SEEDERS: dict[str, WorldSeeder] = {}
"""Further parts of the world, by name. Each is seeded once per database, under its own meta key, so a
part added in a later release fills an existing sandbox home without regenerating the catalogue."""

from errand.sandbox.returns.tables import seed_return_policy

EXTRA_SEEDERS["returns"] = seed_return_policy

from errand.sandbox.stores.seed import seed_stores

EXTRA_SEEDERS["stores"] = seed_stores

from errand.sandbox.merchant.injection_seed import seed_injection

EXTRA_SEEDERS["injection"] = seed_injection

from errand.sandbox.wallet.payment_methods import seed_payment_methods

EXTRA_SEEDERS["payment_methods"] = seed_payment_methods


def index_model_codes(conn: Connection, seed: int) -> None:
    """A home seeded before model codes were indexed: each title's codes join its index row, so
    "wh1000xm5" finds the WH-1000XM5 there too. A catalogue seeded since has them already (and is marked)."""
    del seed
    for num, title in conn.execute(text("SELECT num, title FROM product")).all():
        codes = code_tokens(title)
        if codes:
            conn.execute(text("UPDATE product_fts SET attributes = attributes || ' ' || :codes WHERE rowid = :num"),
                         {"codes": " ".join(codes), "num": num})


EXTRA_SEEDERS["model_codes"] = index_model_codes


def _seed_extras(engine: Engine, seed: int) -> None:
    for name, seeder in EXTRA_SEEDERS.items():
        with engine.begin() as conn:
            key = f"seed:{name}"
            if conn.execute(text("SELECT value FROM meta WHERE key=:k"), {"k": key}).fetchone() is not None:
                continue
            seeder(conn, seed)
            conn.execute(text("INSERT INTO meta (key, value) VALUES (:k, :v)"), {"k": key, "v": str(seed)})


def seed_database(engine: Engine, seed: int, products: int) -> bool:
    """Fill an empty database. Returns False (and does nothing) when it already holds this seed."""
    create_schema(engine)
    fingerprint = _fingerprint(seed, products)
    seeded = _seed_catalogue(engine, seed, products, fingerprint)
    _seed_extras(engine, seed)
    return seeded


def _seed_catalogue(engine: Engine, seed: int, products: int, fingerprint: str) -> bool:
    with engine.begin() as conn:
        row = conn.execute(text("SELECT value FROM meta WHERE key='seed'")).fetchone()
        if row is not None and row[0] == fingerprint:
            return False
        if row is not None:
            raise RuntimeError(f"database holds {row[0]}, wanted {fingerprint}; use a fresh home")
        rows = generate_products(seed, products)
        # The listing and search indexes (revisions 0014 and 0016, ``ProductRow``) are built once the rows are
        # in: at a million products that is several times faster than keeping them up to date row by row.
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_product_category_price")
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_product_search")
        conn.exec_driver_sql(
            "INSERT INTO product (num, id, title, brand, category, price, currency, stock, held, rating, "
            "review_count, seller, units_per_pack, attributes, description, price_history) "
            "VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, 0, ?, ?, ?, ?, ?, ?, ?)",
            [(i + 1, p.id, p.title, p.brand, p.category, p.price, p.stock, p.rating, p.review_count, p.seller,
              p.units_per_pack, json.dumps(p.attributes, sort_keys=True), p.description,
              json.dumps(p.price_history)) for i, p in enumerate(rows)],
        )
        conn.exec_driver_sql(
            "INSERT INTO product_fts (rowid, title, brand, category, attributes) VALUES (?, ?, ?, ?, ?)",
            [(i + 1, p.title, p.brand, p.category, p.search_text()) for i, p in enumerate(rows)],
        )
        conn.exec_driver_sql("CREATE INDEX ix_product_category_price ON product (category, price, review_count)")
        conn.exec_driver_sql("CREATE INDEX ix_product_search ON product "
                             "(num, category, price, rating, review_count, stock, held)")
        # The words the index holds, for the search's spelling correction ("blutooth" -> "bluetooth").
        vocabulary = sorted({w for p in rows for w in _VOCAB_WORD.findall(f"{p.title} {p.brand} {p.category}".lower())})
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('search:vocabulary', :v)"),
                     {"v": json.dumps(vocabulary)})
        for shopper in SHOPPERS:
            addresses = [
                {"label": label, "name": name, "line1": line1, "city": city, "postal_code": postal,
                 "country": "CN", "lat": lat, "lng": lng}
                for label, name, line1, city, postal, lat, lng in shopper["addresses"]
            ]
            # No key: the wallet's key registry holds the shopper's keys once the shopper enrols one.
            conn.execute(
                text("INSERT INTO shopper (id, name, addresses, loyalty_points, public_key) "
                     "VALUES (:id, :name, :addresses, :points, '')"),
                {"id": shopper["id"], "name": shopper["name"], "addresses": json.dumps(addresses),
                 "points": shopper["points"]},
            )
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('seed', :v)"), {"v": fingerprint})
        # The index rows above already hold the model codes (SeedProduct.search_text).
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('seed:model_codes', :v)"), {"v": str(seed)})
    return True


def ensure_seeded(db_path: Path, seed: int, products: int) -> bool:
    """Open (creating if needed) the sandbox database and seed it once. Returns True if it seeded."""
    engine = make_engine(db_path)
    try:
        seeded = seed_database(engine, seed, products)
        if seeded:
            # A new catalogue sits in the write-ahead log (~0.8 GB at a million products): moved into the
            # database file now, every later read finds its pages directly instead of through the log's
            # index (a search over 15,000 matches took twice as long read through the log).
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return seeded
    finally:
        engine.dispose()


__all__ = ["EXTRA_SEEDERS", "SeedProduct", "WorldSeeder", "ensure_seeded", "generate_products",
           "seed_database"]
