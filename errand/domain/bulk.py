"""Bulk orders from local store chains: branch offers, the plan across branches, branch orders, status.

``plan_bulk_order`` is the pure rule that picks the branches: the nearest branch that can make every cup
by the requested time; when none can, a split across the nearest branches, with the reason in words.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from .intents import BulkOrderIntent
from .models import Authorization, ErrandStatusBase, Quote, Shipment

MAX_BRANCHES = 4
"""A split never spreads one order over more branches than this (more riders, more to go wrong)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BranchOffer(_Model):
    """One branch near the address: how far, what it sells, how many cups it can still make in time."""

    branch_id: str
    chain_id: str
    chain: str
    name: str
    distance_km: float
    item_id: str
    item_name: str
    unit_price: int
    available: int = Field(ge=0, description="cups it can still make for the delivery time")
    delivery_minutes: int = 0


class Allocation(_Model):
    branch_id: str
    name: str
    quantity: int = Field(ge=1)
    distance_km: float


class BulkPlan(_Model):
    allocations: list[Allocation]
    split: bool
    reason: str


class BranchQuote(_Model):
    """One branch's part of the combined quote (the signed Quote carries the same money as lines)."""

    branch_order_id: str
    branch_id: str
    branch_name: str
    title: str
    quantity: int
    unit_price: int
    line_total: int
    discount: int
    discount_label: str = ""
    points_used: int = 0
    delivery_fee: int = 0
    total: int
    ready_at: datetime


class BranchOrder(_Model):
    branch_order_id: str
    branch_id: str
    branch_name: str = ""
    status: str
    total: int
    shipment_id: str | None = None
    reason: str = ""


def _when(deliver_by: datetime | None) -> str:
    return f"by {deliver_by.strftime('%H:%M')}" if deliver_by else "in time"


def plan_bulk_order(offers: list[BranchOffer], quantity: int, deliver_by: datetime | None = None,
                    max_branches: int = MAX_BRANCHES) -> BulkPlan | None:
    """Choose branches for ``quantity`` cups; ``offers`` come nearest first. None when they cannot cover it."""
    ordered = sorted(offers, key=lambda o: (o.distance_km, o.branch_id))
    when = _when(deliver_by)
    for index, offer in enumerate(ordered):
        if offer.available >= quantity:
            skipped = [o for o in ordered[:index] if o.available < quantity]
            why = (f"; nearer {', '.join(f'{o.name} ({o.available})' for o in skipped[:3])} cannot make them all"
                   if skipped else "")
            return BulkPlan(split=False, allocations=[Allocation(branch_id=offer.branch_id, name=offer.name,
                                                                quantity=quantity, distance_km=offer.distance_km)],
                            reason=f"{offer.name}, {offer.distance_km:.1f} km away, can make all {quantity} cups "
                                   f"{when}{why}")
    allocations: list[Allocation] = []
    remaining = quantity
    for offer in ordered:
        if remaining == 0 or len(allocations) == max_branches:
            break
        take = min(offer.available, remaining)
        if take > 0:
            allocations.append(Allocation(branch_id=offer.branch_id, name=offer.name, quantity=take,
                                          distance_km=offer.distance_km))
            remaining -= take
    if remaining:
        return None
    best = max(ordered, key=lambda o: o.available)
    parts = " + ".join(f"{a.quantity} from {a.name} ({a.distance_km:.1f} km)" for a in allocations)
    return BulkPlan(split=True, allocations=allocations,
                    reason=f"no single branch can make {quantity} cups {when} (the most any can is "
                           f"{best.available}, at {best.name}); split across the nearest: {parts}")


def shortfall_reason(offers: list[BranchOffer], quantity: int, deliver_by: datetime | None,
                     max_branches: int = MAX_BRANCHES) -> str:
    """Why no plan exists, in words."""
    if not offers:
        return "no branch nearby sells that item"
    nearest = sorted(offers, key=lambda o: o.distance_km)[:max_branches]
    can = sum(o.available for o in nearest)
    return (f"the {len(nearest)} nearest branches can make only {can} of {quantity} cups {_when(deliver_by)}")


class BulkOrderStatus(ErrandStatusBase):
    """What the bulk order errand's `status` query returns."""

    kind: str = "bulk_order"
    intent: BulkOrderIntent
    offers: list[BranchOffer] = Field(default_factory=list)
    plan: BulkPlan | None = None
    quote: Quote | None = None
    quote_digest: str | None = None
    branches: list[BranchQuote] = Field(default_factory=list)
    authorization: Authorization | None = None
    orders: list[BranchOrder] = Field(default_factory=list)
    shipments: list[Shipment] = Field(default_factory=list)
    decision: str | None = Field(default=None, description="accept_partial or cancel_all, after a branch failed")
    offered_deliver_by: datetime | None = Field(default=None, description="the later time offered when the "
                                                                          "nearest branches could not make it")
    captured: int = 0


class BulkDecision(_Model):
    """The shopper's answer after a branch failed: the `accept_partial` or `cancel_all` signal."""

    shopper_id: str = ""
    reason: str = ""
