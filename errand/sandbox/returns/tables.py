"""The returns desk's tables: the return policy per category, RMAs and support messages.

Kept apart from the desk's routes (``errand.sandbox.returns.api``) so the courier's pickups can check an RMA
exists without importing the desk, which itself reads the courier's pickups: dependencies run one way.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, text
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from errand.sandbox.merchant.catalog import CATEGORIES

# Hygiene and perishables: once delivered they cannot be resold, so they are not taken back.
_POLICY: dict[str, tuple[bool, int, str]] = {
    "groceries": (False, 0, "groceries are perishable and cannot be returned once delivered"),
    "beauty": (False, 0, "beauty and personal-care items cannot be returned once delivered (hygiene)"),
    "electronics": (True, 15, "electronics can be returned within 15 days of delivery"),
    "audio": (True, 15, "audio equipment can be returned within 15 days of delivery"),
    "kitchen": (True, 15, "kitchen appliances can be returned within 15 days of delivery"),
}
_DEFAULT = (True, 7, "{category} can be returned within 7 days of delivery")


class ReturnPolicyRow(SQLModel, table=True):
    __tablename__ = "return_policy"
    category: str = SQLField(primary_key=True)
    returnable: bool
    window_days: int
    rule: str


class RmaRow(SQLModel, table=True):
    __tablename__ = "rma"
    id: str = SQLField(primary_key=True)
    order_id: str = SQLField(index=True)
    product_id: str | None = None
    shopper_id: str
    reason: str
    description: str = ""
    photos: str = "[]"
    refund_amount: int
    currency: str
    authorization_id: str
    exception_note: str = ""
    created_at: datetime
    refunded_at: datetime | None = None  # when the merchant refunded it, on receiving the goods
    owner: str | None = None  # the caller scope that made it (sandbox.ownership)


class SupportMessageRow(SQLModel, table=True):
    __tablename__ = "support_message"
    id: int | None = SQLField(default=None, primary_key=True)
    order_id: str = SQLField(index=True)
    rma_id: str | None = None
    shopper_id: str
    topic: str
    body: str
    reply: str
    created_at: datetime
    owner: str | None = None  # the caller scope that made it (sandbox.ownership)


def seed_return_policy(conn: Connection, seed: int) -> None:
    """Seed one policy row per catalogue category (the policy does not depend on the seed)."""
    del seed
    for category in sorted(CATEGORIES):
        returnable, days, rule = _POLICY.get(category, _DEFAULT)
        conn.execute(text("INSERT INTO return_policy (category, returnable, window_days, rule) "
                          "VALUES (:c, :r, :d, :rule)"),
                     {"c": category, "r": returnable, "d": days, "rule": rule.format(category=category)})


