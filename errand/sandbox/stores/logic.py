"""The rules of the local stores: distance, menu matching, slot capacity and bulk pricing.

Capacity: a branch makes a number of cups per 15-minute slot while it is open. Cups for an order delivered
at ``T`` must be made in the slots that end by ``T`` minus the delivery time, and — because a milk tea made
hours early is not worth drinking — no earlier than ``FRESH_MINUTES`` before that. Slots already booked by
other orders (placed, or held by an unexpired quote) are not available.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from sqlmodel import Session, col, select

from errand.sandbox.db import as_utc
from errand.sandbox.stores.tables import StoreBookingRow, StoreBranchRow, StoreChainRow, StoreMenuRow

SLOT = timedelta(minutes=15)
FRESH_MINUTES = 60
SHANGHAI = timezone(timedelta(hours=8))  # China keeps one offset all year: no DST.
_STOP = {"cup", "cups", "of", "a", "the", "some", "and", "with"}


def distance_km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance (haversine), in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def delivery_minutes(km: float) -> int:
    """Rider time from branch to door: ten minutes to hand over plus four per kilometre."""
    return 10 + math.ceil(km * 4)


def _tokens(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower().replace("-", " "))
    return {w[:-1] if w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w for w in words} - _STOP


def match_item(session: Session, chain_id: str, item: str) -> StoreMenuRow | None:
    """The chain's menu item whose name or keywords hold every word the shopper used (best by overlap)."""
    wanted = _tokens(item)
    best: tuple[int, StoreMenuRow] | None = None
    for row in session.exec(select(StoreMenuRow).where(StoreMenuRow.chain_id == chain_id)).all():
        have = _tokens(row.name + " " + row.keywords)
        if wanted and wanted <= have:
            score = len(wanted & _tokens(row.name))
            if best is None or score > best[0]:
                best = (score, row)
    return best[1] if best else None


def unit_price(menu: StoreMenuRow, size: str | None) -> int:
    return menu.price_large if size == "large" else menu.price_regular


@dataclass
class Capacity:
    """What one branch can make for one delivery time."""

    available: int
    ready_by: datetime
    window_start: datetime
    slots: list[tuple[datetime, int]]  # (slot start, free cups), latest first
    delivery_minutes: int


def _booked(session: Session, branch_id: str, start: datetime, end: datetime, now: datetime,
            exclude_order: str | None = None) -> dict[datetime, int]:
    rows = session.exec(select(StoreBookingRow).where(
        StoreBookingRow.branch_id == branch_id, col(StoreBookingRow.slot_start) >= start,
        col(StoreBookingRow.slot_start) < end)).all()
    booked: dict[datetime, int] = {}
    for row in rows:
        active = row.status == "placed" or (row.status == "held" and as_utc(row.expires_at) > now)
        if active and row.branch_order_id != exclude_order:
            slot = as_utc(row.slot_start)
            booked[slot] = booked.get(slot, 0) + row.cups
    return booked


def capacity(session: Session, branch: StoreBranchRow, deliver_by: datetime, km: float, now: datetime) -> Capacity:
    """Free cups the branch can still make for a delivery at ``deliver_by`` to a door ``km`` away."""
    minutes = delivery_minutes(km)
    ready_by = as_utc(deliver_by) - timedelta(minutes=minutes)
    window_start = max(now, ready_by - timedelta(minutes=FRESH_MINUTES))
    # Slots are aligned to the quarter hour; only whole slots inside the window count.
    epoch = datetime(2000, 1, 1, tzinfo=UTC)
    first = epoch + SLOT * math.ceil((window_start - epoch) / SLOT)
    starts = []
    slot = first
    while slot + SLOT <= ready_by:
        local = slot.astimezone(SHANGHAI)
        minute = local.hour * 60 + local.minute
        if branch.opens <= minute and minute + 15 <= branch.closes:
            starts.append(slot)
        slot += SLOT
    booked = _booked(session, branch.id, first, ready_by, now) if starts else {}
    slots = [(s, max(0, branch.cups_per_slot - booked.get(s, 0))) for s in reversed(starts)]
    return Capacity(available=sum(free for _, free in slots), ready_by=ready_by, window_start=window_start,
                    slots=slots, delivery_minutes=minutes)


EARLIEST_HORIZON = timedelta(hours=24)
"""How far past the asked time ``earliest_delivery`` looks (every quarter hour) for the whole order."""


def can_cover(available: list[int], cups: int, max_branches: int) -> bool:
    """Whether branches (nearest first, their free cups) can make ``cups``: one alone, or the nearest
    ``max_branches`` that have any, together (the rule the errand plans by)."""
    if any(free >= cups for free in available):
        return True
    return sum([free for free in available if free > 0][:max_branches]) >= cups


def earliest_delivery(session: Session, branches: list[tuple[float, StoreBranchRow]], cups: int,
                      after: datetime, now: datetime, max_branches: int,
                      horizon: timedelta = EARLIEST_HORIZON) -> tuple[datetime, list[int]] | None:
    """The first quarter hour after ``after`` by which ``branches`` (``(km, branch)``, nearest first) can
    make ``cups``, with each branch's free cups then; None when not within ``horizon``."""
    epoch = datetime(2000, 1, 1, tzinfo=UTC)
    start = as_utc(after)
    when = epoch + SLOT * (math.floor((start - epoch) / SLOT) + 1)
    while when <= start + horizon:
        available = [capacity(session, branch, when, km, now).available for km, branch in branches]
        if can_cover(available, cups, max_branches):
            return when, available
        when += SLOT
    return None


def book(session: Session, branch_order_id: str, branch_id: str, cap: Capacity, cups: int,
         expires_at: datetime) -> datetime:
    """Hold ``cups`` in the freshest free slots; returns when the last cup is ready."""
    remaining = cups
    ready_at = cap.ready_by
    for start, free in cap.slots:
        take = min(free, remaining)
        if take <= 0:
            continue
        session.add(StoreBookingRow(branch_id=branch_id, branch_order_id=branch_order_id, slot_start=start,
                                    cups=take, status="held", expires_at=expires_at))
        remaining -= take
        if remaining == 0:
            break
    if remaining:
        raise ValueError("booked more cups than the branch can make")
    return min(ready_at, max(s for s, _ in cap.slots) + SLOT)


def set_bookings(session: Session, branch_order_id: str, status: str) -> None:
    for row in session.exec(select(StoreBookingRow).where(StoreBookingRow.branch_order_id == branch_order_id)).all():
        row.status = status
        session.add(row)


@dataclass
class BranchPrice:
    """One branch order's money, in fen."""

    line_total: int
    discount: int
    discount_label: str
    points_used: int
    delivery_fee: int

    @property
    def total(self) -> int:
        return self.line_total - self.discount - self.points_used + self.delivery_fee


def bulk_tier(chain: StoreChainRow, cups: int) -> tuple[int, str]:
    """The chain's discount rate (basis points) for an order of ``cups`` cups across its branches."""
    rate, label = 0, ""
    for minimum, bp in json.loads(chain.bulk_tiers):
        if cups >= minimum:
            rate, label = bp, f"{chain.name} {minimum}+ cups {bp / 100:g}% off"
    return rate, label


def price_branch(chain: StoreChainRow, unit: int, quantity: int, chain_cups: int, km: float,
                 points_left: int) -> BranchPrice:
    """Price one branch order: line total, the chain's bulk tier, points (1 point = 1 fen) and delivery."""
    line = unit * quantity
    rate, label = bulk_tier(chain, chain_cups)
    discount = line * rate // 10000
    points = max(0, min(points_left, (line - discount) * chain.max_points_share_bp // 10000))
    fee = 0 if line >= chain.free_delivery_over else chain.delivery_base + round(km * chain.delivery_per_km)
    return BranchPrice(line_total=line, discount=discount, discount_label=label, points_used=points,
                       delivery_fee=fee)
