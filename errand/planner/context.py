"""What a planner is given and what it gives back.

The context carries only what a planner needs to name an intent: the shopper's saved address labels,
recent orders and the items in them, loyalty memberships. Never payment data, never keys. Text that came
from outside the shopper (product titles and descriptions, merchant replies, photo captions) travels in
``untrusted`` blocks, which a model sees only as JSON string values in a labelled data block
(``errand.planner.untrusted``); so do the agent's own earlier replies, which quote that text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from errand.domain.aftersales import AftersalesIntent
from errand.domain.intents import Plan


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OrderItem(_Model):
    product_id: str
    title: str = Field(description="merchant text: untrusted")


class OrderSummary(_Model):
    order_id: str
    errand_id: str | None = None
    status: str = ""
    items: list[OrderItem] = Field(default_factory=list)


class DataBlock(_Model):
    """Text from outside the shopper, shown to a model as data only."""

    source: Literal["product", "merchant", "photo_caption", "errand_status", "agent_turn", "other"]
    text: str = Field(max_length=4000)


class ShopperContext(_Model):
    shopper_id: str
    address_labels: list[str] = Field(default_factory=lambda: ["home", "office"])
    recent_orders: list[OrderSummary] = Field(default_factory=list)
    recent_errands: list[str] = Field(default_factory=list, description="errand ids in this conversation")
    loyalty_memberships: list[str] = Field(default_factory=list)
    timezone: str = "Asia/Shanghai"


class PlanRequest(_Model):
    """One shopper message to plan, with its context. ``now`` comes from the caller (a workflow's clock)."""

    sentence: str = Field(max_length=2000)
    context: ShopperContext
    now: datetime
    untrusted: list[DataBlock] = Field(default_factory=list)
    transcript: list[str] = Field(default_factory=list, description="the last few turns, shopper's own words")


class PlannerTrace(_Model):
    """The record of one planner call, written to the ledger by the conversation."""

    backend: Literal["offline", "anthropic", "openai"]
    model: str
    prompt_digest: str = Field(description="sha256 over the exact request sent (or the sentence, offline)")
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: int = 0
    calls: int = 1
    action: str = ""
    note: str = ""


class PlanResult(_Model):
    plan: Plan
    trace: PlannerTrace
    aftersales: AftersalesIntent | None = Field(
        default=None, description="an after-sales change a model planner read: the conversation opens its "
                                  "dialogue on it (identity first, then the shopper's yes); the plan asks")
