"""What a conversation needs to know about the errands it started: a compact snapshot of each.

Workflows cannot query other workflows, so the conversation asks through this activity, which queries the
errand's ``status`` (or reads its result once it finished) with the worker's own Temporal client.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from temporalio import activity
from temporalio.client import WorkflowExecutionStatus
from temporalio.service import RPCError

from errand.domain.models import TERMINAL_STATES


class ErrandRef(BaseModel):
    model_config = ConfigDict(extra="forbid")

    errand_id: str
    shopper_id: str | None = None
    """When given, an errand of another shopper is answered as not found."""


class ErrandSnapshot(BaseModel):
    """Just enough of any errand's status to talk about it."""

    model_config = ConfigDict(extra="forbid")

    errand_id: str
    found: bool = True
    kind: str = ""
    state: str = ""
    finished: bool = False
    outcome: str = ""
    total: int | None = None
    currency: str = "CNY"
    quote_digest: str | None = None
    order_id: str | None = None
    shipment_status: str | None = None
    lines: list[str] = Field(default_factory=list, description="quote lines: '2× title' (merchant text)")
    last_event: str = ""
    product_text: str = Field(default="", description="the chosen product's title and attributes: untrusted")
    question: str = Field(default="", description="what the errand asks the shopper now (names merchant text)")


def snapshot_of(errand_id: str, status: dict[str, Any], finished: bool) -> ErrandSnapshot:
    quote = status.get("quote") or {}
    order = status.get("order") or {}
    shipment = status.get("shipment") or {}
    timeline = status.get("timeline") or []
    chosen = ((status.get("ranking") or {}).get("chosen") or {}).get("product") or {}
    product_text = " ".join([str(chosen.get("title", "")), *(f"{k}: {v}" for k, v in
                                                             (chosen.get("attributes") or {}).items())]).strip()
    return ErrandSnapshot(
        errand_id=errand_id, kind=str(status.get("kind", "")), state=str(status.get("state", "")),
        finished=finished or str(status.get("state", "")) in TERMINAL_STATES, outcome=str(status.get("outcome", "")), total=quote.get("total"),
        currency=quote.get("currency", "CNY"), quote_digest=status.get("quote_digest"),
        order_id=order.get("order_id"), shipment_status=shipment.get("status"),
        lines=[f"{line.get('quantity')}× {line.get('title')}" for line in quote.get("lines", [])][:5],
        last_event=str(timeline[-1].get("what", "")) if timeline else "",
        product_text=product_text[:2000], question=str(status.get("question") or "")[:2000],
    )


class ConversationActivities:
    @activity.defn(name="errand_snapshot")
    async def errand_snapshot(self, ref: ErrandRef) -> ErrandSnapshot:
        handle = activity.client().get_workflow_handle(ref.errand_id, result_type=dict)
        try:
            description = await handle.describe()
            if description.status not in (WorkflowExecutionStatus.COMPLETED, WorkflowExecutionStatus.RUNNING):
                if ref.shopper_id is not None:  # no status to say whose it was: not told about
                    return ErrandSnapshot(errand_id=ref.errand_id, found=False)
                return ErrandSnapshot(errand_id=ref.errand_id, state=(description.status.name.lower() if description.status else "unknown"), finished=True,
                                      outcome="ended abnormally")
            finished = description.status == WorkflowExecutionStatus.COMPLETED
            status: dict[str, Any] = (await handle.result() if finished
                                      else await handle.query("status", result_type=dict))
            if ref.shopper_id is not None and status.get("shopper_id") != ref.shopper_id:
                return ErrandSnapshot(errand_id=ref.errand_id, found=False)  # another shopper's: not told about
            return snapshot_of(ref.errand_id, status, finished)
        except RPCError:
            return ErrandSnapshot(errand_id=ref.errand_id, found=False)
