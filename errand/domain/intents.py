"""The planner's vocabulary: exactly one of these comes out of a shopper's sentence.

Five intents, one per workflow (buy, bulk order, return, price watch, reschedule delivery), a question
about an existing errand, or a clarifying question back to the shopper. These schemas are also the tool
input schemas given to LLM planners, so field descriptions are written for a model to read. No intent
carries a price, stock level or total that a model could invent: caps are the shopper's own words, and
everything the errand pays is priced by the merchant.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from .models import BuyIntent
from .payment import ChosenMethod, without_unchosen_method

ShopperId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]*$")]
MinorUnits = Annotated[int, Field(gt=0, le=10_000_000_00, description="money in minor units (fen for CNY)")]


class _Intent(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BuyAction(_Intent):
    """Buy a product from the marketplace."""

    kind: Literal["buy"] = "buy"
    intent: BuyIntent


class DrinkOptions(_Intent):
    size: Literal["regular", "large"] | None = None
    sugar: Literal["full", "less", "half", "light", "none"] | None = None
    ice: Literal["normal", "less", "none", "hot"] | None = None


class BulkOrderIntent(_Intent):
    """Many of one menu item from a local store chain, delivered by a given time ("forty cups of bubble tea
    from the nearest branch to the office at three")."""

    kind: Literal["bulk_order"] = "bulk_order"
    shopper_id: ShopperId
    item: str = Field(min_length=1, max_length=120, description="menu item as the shopper said it")
    quantity: int = Field(ge=1, le=500)
    options: DrinkOptions = Field(default_factory=DrinkOptions)
    chain: str | None = Field(default=None, max_length=80, description="store chain, if the shopper named one")
    address_label: str = Field(default="office", description="which saved address to deliver to and search near")
    deliver_by: datetime | None = Field(default=None, description="when it must arrive (timezone-aware)")
    max_total: MinorUnits | None = None
    sentence: str = ""
    pay_with: ChosenMethod = None

    @model_serializer(mode="wrap")
    def _without_unchosen_method(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return without_unchosen_method(handler(self))


ReturnReason = Literal["damaged", "not_as_described", "wrong_item", "changed_mind", "other"]


class ReturnIntent(_Intent):
    """Return (part of) a delivered order for a refund."""

    kind: Literal["return"] = "return"
    shopper_id: ShopperId
    order_id: str = Field(min_length=1, max_length=64)
    product_id: str | None = Field(default=None, description="which item of the order; all items when absent")
    reason: ReturnReason
    description: str = Field(default="", max_length=1000, description="the shopper's words, kept as data")
    photos: list[str] = Field(default_factory=list, max_length=5,
                              description="ids of photos attached to the errand (never URLs to fetch)")
    sentence: str = ""


class PriceWatchIntent(_Intent):
    """Watch a product's price for a while and tell (or buy) when it meets a target."""

    kind: Literal["price_watch"] = "price_watch"
    shopper_id: ShopperId
    query: str = Field(min_length=1, max_length=200, description="the product as the shopper named it")
    product_id: str | None = None
    target_price: MinorUnits = Field(description="fire when the unit price is at or below this")
    days: int = Field(default=30, ge=1, le=365)
    buy_when_met: bool = Field(default=False, description="buy under a standing mandate when the target is met")
    quantity: int = Field(default=1, ge=1, le=99)
    interval_hours: float = Field(default=6.0, gt=0, le=168)
    sentence: str = ""


PartOfDay = Literal["morning", "afternoon", "evening"]


class RescheduleIntent(_Intent):
    """Move an order's delivery to another time slot."""

    kind: Literal["reschedule"] = "reschedule"
    shopper_id: ShopperId
    order_id: str | None = Field(default=None, description="the order; the latest undelivered one when absent")
    preferred_date: date | None = None
    preferred_part_of_day: PartOfDay | None = None
    sentence: str = ""


class ErrandQuestion(_Intent):
    """A question about an existing errand or order ("where is my order?"), answered from its status."""

    kind: Literal["question"] = "question"
    shopper_id: ShopperId
    errand_id: str | None = None
    order_id: str | None = None
    topic: Literal["where", "status", "cost", "other"] = "status"
    sentence: str = ""


class Clarification(_Intent):
    """Not sure what the shopper wants: ask, never guess."""

    kind: Literal["clarify"] = "clarify"
    question: str = Field(min_length=1, max_length=500)
    missing: list[str] = Field(default_factory=list, description="which facts are missing")


PlannedAction = Annotated[
    BuyAction | BulkOrderIntent | ReturnIntent | PriceWatchIntent | RescheduleIntent | ErrandQuestion
    | Clarification,
    Field(discriminator="kind"),
]


class Plan(_Intent):
    """The planner's answer: exactly one action."""

    action: PlannedAction
