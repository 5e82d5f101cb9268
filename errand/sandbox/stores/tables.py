"""Tables of the local-stores part of the sandbox: chains, branches, menus, loyalty, bookings, orders.

Imported by ``errand.sandbox.app`` before the schema is created, so ``SQLModel.metadata`` knows these tables.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class StoreChainRow(SQLModel, table=True):
    __tablename__ = "store_chain"
    id: str = Field(primary_key=True)
    name: str
    bulk_tiers: str = Field(description="JSON [[min_cups, basis_points], ...], ascending")
    delivery_base: int = Field(description="delivery fee per branch order, fen")
    delivery_per_km: int
    free_delivery_over: int = Field(description="branch line total from which delivery is free, fen")
    max_points_share_bp: int = Field(description="points may pay at most this share of a line, basis points")


class StoreBranchRow(SQLModel, table=True):
    __tablename__ = "store_branch"
    id: str = Field(primary_key=True)
    chain_id: str = Field(index=True)
    name: str
    city: str
    lat: float
    lng: float
    opens: int = Field(description="minutes after local midnight (Asia/Shanghai)")
    closes: int
    cups_per_slot: int = Field(description="cups the branch can make per 15-minute slot")
    reject_next: int = 0


class StoreMenuRow(SQLModel, table=True):
    __tablename__ = "store_menu"
    id: str = Field(primary_key=True)
    chain_id: str = Field(index=True)
    name: str
    keywords: str
    price_regular: int
    price_large: int
    sugar: str = "full,less,half,light,none"
    ice: str = "normal,less,none,hot"


class StoreLoyaltyRow(SQLModel, table=True):
    __tablename__ = "store_loyalty"
    shopper_id: str = Field(primary_key=True)
    chain_id: str = Field(primary_key=True)
    points: int = 0


class StoreQuoteRow(SQLModel, table=True):
    """One priced bulk quote covering one or more branch orders; the wallet hold names its id."""

    __tablename__ = "store_quote"
    id: str = Field(primary_key=True)
    shopper_id: str = Field(index=True)
    status: str
    total: int
    currency: str = "CNY"
    address: str
    deliver_by: datetime
    expires_at: datetime
    created_at: datetime
    owner: str | None = None  # the caller scope that made it (sandbox.ownership)


class StoreBranchOrderRow(SQLModel, table=True):
    __tablename__ = "store_branch_order"
    id: str = Field(primary_key=True)
    quote_id: str = Field(index=True)
    branch_id: str = Field(index=True)
    chain_id: str
    item_id: str
    title: str
    quantity: int
    options: str
    unit_price: int
    line_total: int
    discount: int
    discount_label: str
    points_used: int
    delivery_fee: int
    total: int
    ready_at: datetime
    status: str = Field(description="reserved, placed, rejected, released, cancelled")
    authorization_id: str | None = None
    shipment_id: str | None = None


class StoreBookingRow(SQLModel, table=True):
    """Cups booked in one 15-minute slot of a branch for one branch order."""

    __tablename__ = "store_booking"
    id: int | None = Field(default=None, primary_key=True)
    branch_id: str = Field(index=True)
    branch_order_id: str = Field(index=True)
    slot_start: datetime = Field(index=True)
    cups: int
    status: str = Field(description="held (until expires_at), placed, released")
    expires_at: datetime
