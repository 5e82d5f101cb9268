"""The one-model arguments and results of the local-stores activities (bulk orders)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from errand.domain.bulk import Allocation, BranchOffer, BranchQuote
from errand.domain.intents import DrinkOptions
from errand.domain.models import Quote


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FindBranchesRequest(_Message):
    shopper_id: str
    address_label: str
    item: str
    chain: str | None = None
    size: str | None = None
    deliver_by: datetime
    limit: int = 8


class FindBranchesResult(_Message):
    offers: list[BranchOffer]


class EarliestRequest(_Message):
    """When could the nearest branches make the whole order, if not by the time asked?"""

    shopper_id: str
    address_label: str
    item: str
    chain: str | None = None
    quantity: int
    after: datetime
    limit: int = 8
    max_branches: int = 4


class EarliestResult(_Message):
    deliver_by: datetime | None = Field(default=None, description="None: not within a day")


class BulkQuoteRequest(_Message):
    """Reserve capacity at the planned branches and price the whole order as one quote."""

    idempotency_key: str
    errand_id: str
    shopper_id: str
    address_label: str
    item: str
    options: DrinkOptions
    deliver_by: datetime
    allocations: list[Allocation]
    use_loyalty_points: bool = True
    approve_by: datetime = Field(description="the latest expiry the workflow will wait for")


class BulkQuoteResult(_Message):
    quote: Quote = Field(description="the one quote the shopper signs: a line per branch")
    branches: list[BranchQuote]


class ReleaseBulkRequest(_Message):
    idempotency_key: str
    quote_id: str


class ReleaseBulkResult(_Message):
    quote_id: str
    status: str


class PlaceBranchRequest(_Message):
    idempotency_key: str
    branch_order_id: str
    authorization_id: str


class CancelBranchRequest(_Message):
    idempotency_key: str
    branch_order_id: str
