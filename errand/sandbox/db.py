"""The sandbox's tables (one SQLite file shared by merchant, wallet and courier).

The wallet and the merchant deliberately share a database: the merchant checks a wallet hold by reading the
wallet's table, the way a real acquirer integration would ask the payment processor.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from sqlalchemy import Engine, Index, event
from sqlmodel import Field, Session, SQLModel, create_engine

SEED_VERSION = "2"  # 2: products carry their kind's attributes; the index holds their tokens and Chinese names


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite drops tzinfo; every stored datetime is UTC, so re-attach it."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class Meta(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: str


class ProductRow(SQLModel, table=True):
    __tablename__ = "product"
    # Listings without text (a category and a price range, by popularity) are answered from the first index
    # alone: the search's subquery picks a page's product numbers without reading the table's rows. A text
    # search reads its matches' filter and sort columns from the second (``merchant.search._MATCHED``).
    __table_args__ = (Index("ix_product_category_price", "category", "price", "review_count"),
                      Index("ix_product_search", "num", "category", "price", "rating", "review_count", "stock",
                            "held"))
    # Integer primary key doubles as the FTS rowid so the full-text join is a primary-key lookup.
    num: int = Field(primary_key=True)
    id: str = Field(unique=True, index=True)
    title: str
    brand: str
    category: str = Field(index=True)
    price: int = Field(index=True)
    currency: str = "CNY"
    stock: int
    held: int = 0
    rating: float = Field(index=True)
    review_count: int
    seller: str
    units_per_pack: int = 1
    attributes: str = "{}"
    description: str = ""
    price_history: str = "[]"


class ShopperRow(SQLModel, table=True):
    __tablename__ = "shopper"
    id: str = Field(primary_key=True)
    name: str
    addresses: str
    loyalty_points: int
    public_key: str


class CheckoutRow(SQLModel, table=True):
    __tablename__ = "checkout"
    # Every checkout call sweeps lapsed holds, and every price reads the buyer's held points: both look only
    # at open holds, which these find without scanning every checkout ever made.
    __table_args__ = (Index("ix_checkout_hold_expiry", "hold_active", "expires_at"),
                      Index("ix_checkout_buyer_hold", "buyer_id", "hold_active"))
    id: str = Field(primary_key=True)
    buyer_id: str | None = None  # the seeded shopper it is for; None for a guest's checkout (UCP buyer only)
    status: str
    lines: str
    address_label: str | None = None
    loyalty_points: int = 0
    hold_active: bool = True
    expires_at: datetime
    created_at: datetime
    order_id: str | None = None
    owner: str | None = None  # the caller scope that made it (sandbox.ownership)
    # UCP state the platform supplies, each the whole JSON object last sent (an update replaces it): the
    # buyer with its consent, the fulfillment methods with their destinations and choices, the discount
    # codes asked for. None on rows made before guest checkout.
    currency: str | None = None
    buyer: str | None = None
    fulfillment: str | None = None
    discount_codes: str | None = None
    payment_instruments: str | None = None  # what the buyer paid with, as displayed: never a credential
    platform_profile: str | None = None  # the UCP-Agent profile URL of the platform that made it


class OrderRow(SQLModel, table=True):
    __tablename__ = "orders"
    id: str = Field(primary_key=True)
    checkout_id: str = Field(index=True)
    buyer_id: str | None = None  # None for a guest's order
    status: str
    total: int
    currency: str
    shipment_id: str | None = None
    authorization_id: str | None = None  # the wallet hold it captured; None when another handler paid
    snapshot: str
    created_at: datetime
    events: str | None = None  # the merchant's own fulfillment events (JSON list), beside the courier's
    adjustments: str | None = None  # refunds, returns and the like (JSON list)


class DiscountCodeRow(SQLModel, table=True):
    """A discount code a buyer can name (from the data set); matched case-insensitively through ``code_key``."""

    __tablename__ = "discount_code"
    code: str = Field(primary_key=True)
    code_key: str = Field(unique=True, index=True)
    kind: str  # percentage | fixed_amount
    value: int  # percent, or minor units
    title: str


class PromotionRow(SQLModel, table=True):
    """An automatic promotion (from the data set): free shipping, or a percentage off a line bought in number."""

    __tablename__ = "promotion"
    id: str = Field(primary_key=True)
    kind: str  # free_shipping | line_percentage
    min_subtotal: int | None = None
    min_quantity: int | None = None
    value: int | None = None
    eligible_item_ids: str = "[]"  # JSON list; empty means every item
    title: str


class ShippingRateRow(SQLModel, table=True):
    """A shipping rate by destination country ("default" for any) and service level."""

    __tablename__ = "shipping_rate"
    id: str = Field(primary_key=True)
    country_code: str
    service_level: str
    price: int
    title: str


class PaymentTokenRow(SQLModel, table=True):
    """A token the data set's test payment handler knows, and whether paying with it succeeds."""

    __tablename__ = "payment_token"
    id: str = Field(primary_key=True)
    handler_id: str
    token: str = Field(index=True)
    approved: bool
    brand: str
    last_digits: str


class AuthorizationRow(SQLModel, table=True):
    __tablename__ = "wallet_authorization"
    id: str = Field(primary_key=True)
    shopper_id: str = Field(index=True)
    amount: int
    currency: str
    status: str
    captured: int = 0
    refunded: int = 0
    quote_id: str
    checkout_id: str
    order_id: str | None = None
    created_at: datetime
    # What the hold is bound to (nullable so older databases gain them): the payee that alone may capture,
    # void or refund it, the approved quote's digest, when the hold lapses, and the platform that made it.
    payee: str | None = Field(default=None, index=True)
    quote_digest: str | None = None
    expires_at: datetime | None = None
    made_by: str | None = None
    mandate_id: str | None = None
    # The approved quote's terms as JSON (``sandbox.payments.approved_terms``): the payee compares them with
    # what it is about to deliver before it takes the money.
    approved_terms: str | None = None
    # The shopper's payment method the approved quote named (``wallet_payment_method``), if they chose one: a
    # gift card's balance is taken at capture and given back by a refund.
    payment_method_id: str | None = None


class ApprovalUseRow(SQLModel, table=True):
    """One row per signed approval the wallet has turned into a hold: the primary key makes it single use."""

    __tablename__ = "wallet_approval_use"
    shopper_id: str = Field(primary_key=True)
    quote_digest: str = Field(primary_key=True)
    authorization_id: str
    at: datetime


class WalletOperationRow(SQLModel, table=True):
    __tablename__ = "wallet_operation"
    id: int | None = Field(default=None, primary_key=True)
    authorization_id: str = Field(index=True)
    shopper_id: str = Field(index=True)
    kind: str
    amount: int
    currency: str
    at: datetime
    detail: str = ""


class ShipmentRow(SQLModel, table=True):
    __tablename__ = "shipment"
    id: str = Field(primary_key=True)
    order_id: str = Field(index=True)
    created_at: datetime
    manual_steps: int = 0
    destination: str = "{}"
    owner: str | None = None  # the caller scope that made it (sandbox.ownership)


class IdempotencyRow(SQLModel, table=True):
    __tablename__ = "idempotency"
    key: str = Field(primary_key=True)
    fingerprint: str
    status: int
    content_type: str
    body: bytes
    created_at: datetime


REQUEST_TRANSACTION = "sandbox_request_transaction"
"""Key in the ASGI scope's state: the transaction an idempotent request's effect and stored answer share
(``sandbox.idempotency.RequestTransaction``)."""


def request_session(request: Request) -> Session:
    """A session for one merchant or wallet request.

    Under an Idempotency-Key the session joins the request's transaction: its ``commit`` releases a savepoint,
    and the effect commits together with the stored answer. Objects stay loaded after commit: they hold what
    was just written, and re-reading each one after every commit was a third of the statements a checkout
    call ran.
    """
    joined = (request.scope.get("state") or {}).get(REQUEST_TRANSACTION)
    if joined is None:
        return Session(request.app.state.engine, expire_on_commit=False)
    return Session(bind=joined.connection(), join_transaction_mode="create_savepoint", expire_on_commit=False)


def take_write_lock(session: Session) -> Session:
    """Begin a plain session's transaction with SQLite's write lock (``BEGIN IMMEDIATE``), for a request outside
    the request transaction (an operator's lever) that reads rows and writes them back: what it reads is then
    the latest, and no other request writes until it commits. The session must not have begun yet."""
    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
    return session


def private_sqlite_files(db_path: Path) -> None:
    """Create the database file and its WAL and shared-memory files 0600 (never through a symlink) before
    SQLite opens them, and make older ones 0600: they hold every shopper's addresses, holds and keys, and the
    umask's 0644 would let any local user read them. (SQLite gives files it makes later the main file's mode.)"""
    for path in (db_path, db_path.with_name(f"{db_path.name}-wal"), db_path.with_name(f"{db_path.name}-shm")):
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        try:
            os.fchmod(fd, 0o600)
        finally:
            os.close(fd)


READ_PRAGMAS = ("PRAGMA mmap_size=1073741824", "PRAGMA cache_size=-16384")
"""Each connection maps up to 1 GiB of the file and caches 16 MiB of pages: a text search at a million products
reads ~15,000 scattered rows of the full-text index and the product table, and through read() calls into
SQLite's default 2 MiB cache the bench's searches took longer (p95 180 ms against 114 ms, the two kinds of
connection interleaved in one process at a million products, the machine loaded)."""


def make_engine(db_path: Path) -> Engine:
    """An engine for the sandbox file with WAL and a busy timeout (tests read it while the server writes); the
    file and the directories made for it are private to the user."""
    db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_sqlite_files(db_path)
    engine = create_engine(
        f"sqlite:///{db_path}", connect_args={"check_same_thread": False, "timeout": 30}
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        for pragma in READ_PRAGMAS:
            cur.execute(pragma)
        cur.close()

    return engine
