"""The API's request and answer bodies (what OpenAPI documents)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TypedBuyIntent(_Body):
    """A purchase spelled out field by field (the shopper is whoever is signed in)."""

    query: str = Field(min_length=1, max_length=200, description="what to buy, as a search would name it")
    quantity: int = Field(default=1, ge=1, le=999)
    max_unit_price: int | None = Field(default=None, gt=0, description="cap per unit, minor units")
    max_total: int | None = Field(default=None, gt=0, description="cap on the whole quote, minor units")
    category: str | None = Field(default=None, max_length=64)
    address_label: str = Field(default="home", min_length=1, max_length=64)
    pay_with: str | None = Field(default=None, min_length=1, max_length=80,
                                 description="which of the shopper's payment methods pays: the wallet's method id or "
                                             "a kind (\"gift card\", \"PayPal\", \"card ending 4242\"); absent: "
                                             "the wallet's default way", examples=["gift card"])


class StartErrand(_Body):
    """Start an errand from a sentence (``sentence``) or from a typed buy intent (``intent``): one of them.

    A sentence is read by the planner, the chat's own (the worker's planner settings), which decides what
    kind of errand it asks for: a purchase, a bulk order, a return, a price watch, a reschedule. When the
    planner needs to know more it asks instead of guessing: the answer is then a 422 with the code
    ``clarification_needed`` and the question as its message, and nothing was started."""

    sentence: str | None = Field(default=None, min_length=1, max_length=500,
                                 examples=["two packs of AA batteries under ¥40, delivered home"])
    kind: Literal["buy"] | None = Field(default=None, description="with a typed intent only (a buy); a sentence's "
                                        "kind is the planner's reading of it")
    intent: TypedBuyIntent | None = None

    @model_validator(mode="after")
    def _one_of(self) -> StartErrand:
        if (self.sentence is None) == (self.intent is None):
            raise ValueError("send either a sentence or an intent (exactly one)")
        if self.sentence is not None and self.kind is not None:
            raise ValueError("a sentence's kind is what the planner reads in it: send the sentence without kind")
        return self


class ErrandRef(BaseModel):
    errand_id: str
    kind: str = Field(description="the errand id's kind: buy, bulk, return, watch, resched, …")
    summary: str = ""
    created_at: datetime | None = None
    execution: str | None = Field(default=None, description="in a list: Temporal's word for the run (running, "
                                  "completed, failed, …)")
    links: dict[str, str] = Field(default_factory=dict)


class ErrandView(BaseModel):
    """An errand's state and its whole status as its workflow reports it (the model of its kind)."""

    errand_id: str
    kind: str
    shopper_id: str
    state: str
    finished: bool
    outcome: str = ""
    status: dict[str, Any] = Field(description="the kind's status model: quote, timeline, order, …")


class ErrandList(BaseModel):
    errands: list[ErrandRef]


class RejectBody(_Body):
    reason: str = Field(default="rejected by the shopper", min_length=1, max_length=200)


class BulkDecisionBody(_Body):
    accept_partial: bool = Field(description="keep the branches that worked (true) or cancel everything (false)")


class SlotBody(_Body):
    slot_id: str = Field(min_length=1, max_length=64)


class Accepted(BaseModel):
    """A signal the errand has received; follow the errand for what it does with it."""

    errand_id: str
    accepted: str
    state: str


class ChatStart(_Body):
    pass


class ChatRef(BaseModel):
    chat_id: str
    links: dict[str, str] = Field(default_factory=dict)


class ChatMessageBody(_Body):
    text: str = Field(min_length=1, max_length=2000)
    photos: list[str] = Field(default_factory=list, max_length=5,
                              description="ids of photos uploaded with POST /photos")


class ChatView(BaseModel):
    chat_id: str
    state: str
    status: dict[str, Any]


class WatchStart(_Body):
    product: str = Field(min_length=1, max_length=200, description="a product id or what a search would name")
    target_price: int = Field(gt=0, description="tell when the unit price is at or below this, minor units")
    days: int = Field(default=30, ge=1, le=365)
    every_hours: float = Field(default=6.0, ge=1 / 60, le=168)


class WatchCancelBody(_Body):
    reason: str = Field(default="cancelled by the shopper", min_length=1, max_length=200)


class PricePointView(BaseModel):
    at: datetime
    price: int


class WatchView(BaseModel):
    errand_id: str
    state: str
    product_title: str
    target_price: int
    currency: str
    current: int | None
    low_30d: int | None
    history: list[PricePointView]
    daily_lows: list[dict[str, Any]]
    status: dict[str, Any]


class KillSwitchBody(_Body):
    on: bool
    reason: str = Field(default="operator kill switch", min_length=1, max_length=200)


class KillSwitchResult(BaseModel):
    on: bool
    errands: int = Field(description="running errands signalled")


class ReturnDecisionBody(_Body):
    approve: bool
    note: str = Field(default="", max_length=500)


class NeedsHuman(BaseModel):
    errand_id: str
    state: str
    summary: str


class NeedsHumanList(BaseModel):
    errands: list[NeedsHuman]


class PhotoRef(BaseModel):
    photo_id: str
