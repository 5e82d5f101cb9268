"""What the MCP tools take and give back: typed, bounded, money in integer minor units.

The input models are what an MCP client sees as each tool's JSON schema; anything outside them (a
negative quantity, a 10,000-character query, an unknown reason) is refused by validation before any
errand is touched.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from errand.domain.intents import DrinkOptions, ReturnReason

MinorUnits = int


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProductHit(_Model):
    """One product of a catalogue search."""

    product_id: str
    title: str
    brand: str
    price: MinorUnits
    price_text: str
    currency: str
    rating: float
    stock: int
    lacking: list[str] = Field(default_factory=list, description="what of the query this product does not have")


class SearchResult(_Model):
    match: str = Field(description="exact | close (nothing had everything asked; these are the nearest) | none")
    products: list[ProductHit]


class BuyInput(_Model):
    query: str = Field(min_length=1, max_length=200, description="what to buy, e.g. 'AA batteries'")
    quantity: int = Field(default=1, ge=1, le=999)
    max_unit_price: MinorUnits | None = Field(default=None, gt=0, description="cap per unit, minor units (fen)")
    max_total: MinorUnits | None = Field(default=None, gt=0, description="cap on the whole quote, minor units")
    address_label: str = Field(default="home", min_length=1, max_length=64)


class BulkOrderInput(_Model):
    item: str = Field(min_length=1, max_length=120, description="menu item, e.g. 'iced latte'")
    quantity: int = Field(ge=1, le=500)
    options: DrinkOptions = Field(default_factory=DrinkOptions)
    chain: str | None = Field(default=None, max_length=80)
    address_label: str = Field(default="office", min_length=1, max_length=64)
    deliver_by: datetime | None = Field(default=None, description="timezone-aware deadline")
    max_total: MinorUnits | None = Field(default=None, gt=0)


class ReturnInput(_Model):
    order_id: str = Field(min_length=1, max_length=64)
    reason: ReturnReason
    note: str = Field(default="", max_length=1000, description="what is wrong, in the shopper's words")
    product_id: str | None = Field(default=None, max_length=64, description="which item; all when absent")


class PriceWatchInput(_Model):
    product: str = Field(min_length=1, max_length=200, description="a product id (prd-00042) or a search")
    target_price: MinorUnits = Field(gt=0, description="tell when the unit price is at or below this")
    days: int = Field(default=30, ge=1, le=365)
    quantity: int = Field(default=1, ge=1, le=99)
    every: str = Field(default="6h", max_length=16, description="how often to sample: 30m, 6h, 1d")


class RescheduleInput(_Model):
    order_id: str | None = Field(default=None, max_length=64, description="the latest undelivered when absent")
    when: str = Field(min_length=1, max_length=200, description="e.g. 'tomorrow evening'")


class Started(_Model):
    """An errand started (or, for a sentence that needs more, the question to ask the shopper)."""

    errand_id: str | None
    kind: str
    status_tool_hint: str = ""
    approval_url: str | None = Field(default=None, description="where the shopper approves, on the web page")
    question: str | None = Field(default=None, description="what to ask the shopper before anything starts")


class ErrandView(_Model):
    """An errand as an MCP client needs it: state, outcome, quote total, and where to approve."""

    errand_id: str
    kind: str
    state: str
    finished: bool
    outcome: str = ""
    summary: str = ""
    total: MinorUnits | None = None
    total_text: str | None = None
    currency: str = "CNY"
    lines: list[str] = Field(default_factory=list)
    quote_digest: str | None = None
    order_id: str | None = None
    shipment_status: str | None = None
    approval_url: str | None = Field(default=None, description="set while a quote awaits the shopper's approval")
    recent_events: list[str] = Field(default_factory=list)


class ErrandList(_Model):
    errands: list[ErrandView]


class Cancelled(_Model):
    errand_id: str
    state: Literal["cancelled"] | str
    outcome: str = ""
