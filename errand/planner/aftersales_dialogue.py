"""Where an after-sales conversation stands, and what the merchant was asked and answered for one message."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from errand.domain.aftersales import AftersalesIntent, ShippingAddress

Operation = Literal["cancel", "change_address", "change_payment_method", "change_items", "return", "exchange",
                    "change_default_address"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Dialogue(_Model):
    """Where an after-sales conversation stands: who, which change, what is gathered, what awaits a yes."""

    active: bool = False
    zh: bool = False
    shopper_id: str | None = Field(default=None, description="identified by e-mail or name and zip")
    operation: Operation | None = None
    order_id: str | None = None
    item_ids: list[str] = Field(default_factory=list)
    new_item_ids: list[str] = Field(default_factory=list)
    items_complete: bool = False
    payment_method_id: str | None = None
    reason: str | None = None
    address: ShippingAddress | None = None
    proposed: dict[str, Any] | None = Field(default=None, description="the change stated, awaiting a yes")


class WantedFacts(_Model):
    """What the merchant must be asked before this message can be answered."""

    email: str | None = None
    name_zip: tuple[str, str, str] | None = None
    order_id: str | None = None


class DialogueFacts(_Model):
    """What the merchant answered: who the shopper is, their account and order, the order's products."""

    found_shopper: str | None = None
    shopper: dict[str, Any] | None = None
    order: dict[str, Any] | None = None
    products: list[dict[str, Any]] = Field(default_factory=list)
    refusal: tuple[str, str] | None = Field(default=None, description="(rule id, the merchant's sentence)")


class TurnOutcome(_Model):
    """The dialogue after one message, the reply, and the errand to start when the shopper confirmed."""

    dialogue: Dialogue
    reply: str
    start: AftersalesIntent | None = None
