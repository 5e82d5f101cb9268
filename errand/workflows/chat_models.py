"""The conversation's messages, turns and status: shared by ConversationWorkflow and `errand chat`."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from errand.domain.models import ErrandStatusBase
from errand.domain.policy import KillSwitch, SpendingCaps
from errand.planner.aftersales import Dialogue


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ChatMessage(_Model):
    """The ``message`` signal: one thing the shopper typed (photos are ids of uploaded photos)."""

    text: str = Field(max_length=2000)
    photos: list[str] = Field(default_factory=list, max_length=5)


class ChatEnd(_Model):
    reason: str = "the shopper left"


TurnKind = Literal["text", "question", "started", "quote", "choice", "progress", "done", "unavailable", "error"]


class ChatTurn(_Model):
    at: datetime
    who: Literal["shopper", "agent"]
    text: str
    kind: TurnKind = "text"
    errand_id: str | None = None


class ChatErrand(_Model):
    """An errand this conversation started, with the last state it saw."""

    errand_id: str
    kind: str
    summary: str = ""
    state: str = "started"
    finished: bool = False
    total: int | None = None
    order_id: str | None = None


class ChatCarry(_Model):
    """What a conversation carries into its next run when it continues as new."""

    turns: list[ChatTurn] = Field(default_factory=list)
    errands: list[ChatErrand] = Field(default_factory=list)
    inbox: list[ChatMessage] = Field(default_factory=list)
    pending_sentence: str | None = None
    address_labels: list[str] = Field(default_factory=list)
    loyalty_memberships: list[str] = Field(default_factory=list)
    messages: int = 0
    planner_calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    ledger_rows: int = 0
    runs: int = 1
    hold: KillSwitch | None = Field(default=None, description="the operator's hold, still on at the carry")
    aftersales_dialogue: Dialogue | None = Field(default=None, description="an after-sales dialogue under way: "
                                                 "who was identified, what is gathered, what awaits a yes")


class ConversationRequest(_Model):
    shopper_id: str = Field(min_length=1, max_length=64)
    caps: SpendingCaps | None = None
    approval_timeout_seconds: int = Field(default=1800, ge=1, le=7 * 24 * 3600)
    shipment_poll_seconds: int = Field(default=30, ge=1, le=3600)
    messages_before_continue: int = Field(default=50, ge=2, le=10_000)
    relay_poll_seconds: float = Field(default=1.0, gt=0, le=600)
    carry: ChatCarry | None = None


class ChatStatus(ErrandStatusBase):
    """The conversation's ``status`` query: every turn of this run (and the carried compact transcript)."""

    kind: str = "chat"
    turns: list[ChatTurn] = Field(default_factory=list)
    errands: list[ChatErrand] = Field(default_factory=list)
    messages: int = 0
    planner_calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    runs: int = 1
