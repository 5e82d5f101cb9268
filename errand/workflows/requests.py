"""The inputs of workflows whose code spans more than one module.

``PriceWatchWorkflow`` buys through ``watch_buying`` and ``ReturnsWorkflow`` books pickups through
``return_pickup``; their requests live here so those helpers need not import the workflow modules that use
them (dependencies run one way). Both are still importable from their workflow's module.
"""

from __future__ import annotations

from pydantic import BaseModel, Field
from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from errand.domain.intents import PriceWatchIntent, ReturnIntent
    from errand.domain.mandate import SignedMandate
    from errand.domain.policy import KillSwitch
    from errand.domain.watch import PriceWatchStatus


class PriceWatchRequest(BaseModel):
    """Start (or, with ``carry``, continue) a price watch.

    The watch buys with nobody present only when it carries a signed ``mandate``; without one (whatever
    ``intent.buy_when_met`` says) it asks the shopper to approve a buy errand's quote.
    """

    intent: PriceWatchIntent
    mandate: SignedMandate | None = Field(default=None, description="buy under this when the target is met")
    address_label: str = "home"
    samples_per_run: int = Field(default=100, ge=1, le=10_000, description="continue as new after this many")
    approval_timeout_seconds: int = Field(default=1800, ge=1, le=7 * 24 * 3600)
    shipment_poll_seconds: int = Field(default=30, ge=1, le=3600)
    carry: PriceWatchStatus | None = Field(default=None, description="the status carried into a new run")
    ledger_rows: int = Field(default=0, ge=0, description="ledger notes written by earlier runs")
    hold: KillSwitch | None = Field(default=None, description="the operator's hold, still on when carried")


class ReturnRequest(BaseModel):
    intent: ReturnIntent
    slot_choice_timeout_seconds: int = Field(default=2 * 3600, ge=1, le=7 * 24 * 3600)
    decision_timeout_seconds: int = Field(default=7 * 24 * 3600, ge=1, le=60 * 24 * 3600)
    pickup_poll_seconds: int = Field(default=60, ge=1, le=3600)
    max_return_days: int = Field(default=21, ge=1, le=90)
    search_attributes: bool = Field(default=False, description="upsert ErrandState/ErrandNeedsHuman; only "
                                                               "when the namespace has them registered")
