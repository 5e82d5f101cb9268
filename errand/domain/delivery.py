"""Delivery slots, pickup points, courier events and the shopper's "when" phrase.

Pure data and rules shared by the sandbox courier, the reschedule workflow and the CLI: a slot is one day's
morning, afternoon or evening window in the courier's local time (China Standard Time); a reschedule fee is
a quote the shopper signs like any other; ``parse_when`` reads "tomorrow evening", "friday", "2026-11-24
morning".
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .intents import RescheduleIntent
from .models import Address, Adjustment, Authorization, ErrandStatusBase, Quote, Shipment

PartOfDay = Literal["morning", "afternoon", "evening"]
PARTS_OF_DAY: tuple[PartOfDay, ...] = ("morning", "afternoon", "evening")
LOCAL_TZ = timezone(timedelta(hours=8), "CST")
"""The courier's delivery windows are local to its depot (Shanghai)."""
WINDOW_HOURS: dict[str, tuple[int, int]] = {"morning": (9, 12), "afternoon": (13, 17), "evening": (18, 21)}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DeliverySlot(_Model):
    """One bookable delivery window."""

    slot_id: str = Field(description="<ISO date>:<part of day>")
    date: date
    part_of_day: PartOfDay
    starts_at: datetime
    ends_at: datetime
    fee: int = Field(ge=0, description="minor units; 0 when the slot is free")
    currency: str = "CNY"
    available: bool = True


class PickupPoint(_Model):
    """A parcel locker or staffed pickup point near the delivery address."""

    point_id: str
    kind: Literal["locker", "pickup_point"]
    name: str
    address: str
    distance_m: int = Field(ge=0)
    hours: str


class DeliveryEvent(_Model):
    """A courier webhook turned into a workflow signal: one tracking event and the shipment after it."""

    event_id: str
    shipment_id: str
    seq: int = Field(ge=1, description="position of this event in the shipment's tracking history")
    status: str
    description: str = ""
    at: datetime
    shipment: Shipment | None = None


def slot_id(day: date, part: str) -> str:
    return f"{day.isoformat()}:{part}"


def window(day: date, part: str) -> tuple[datetime, datetime]:
    """The UTC-aware start and end of ``part`` on ``day`` in the courier's local time."""
    start, end = WINDOW_HOURS[part]
    return (datetime.combine(day, time(start), LOCAL_TZ), datetime.combine(day, time(end), LOCAL_TZ))


def local_today(now: datetime) -> date:
    return now.astimezone(LOCAL_TZ).date()


def choose_slot(slots: list[DeliverySlot], preferred_date: date | None,
                part_of_day: str | None) -> DeliverySlot | None:
    """The shopper's slot: the exact date and window when free; otherwise the nearest free slot matching
    what they did say (that date, or that window), free slots before paid ones; None when nothing fits."""
    free = [s for s in slots if s.available]
    if preferred_date is not None and part_of_day is not None:
        exact = [s for s in free if s.date == preferred_date and s.part_of_day == part_of_day]
        return exact[0] if exact else None
    if preferred_date is not None:
        matching = [s for s in free if s.date == preferred_date]
    elif part_of_day is not None:
        matching = [s for s in free if s.part_of_day == part_of_day]
    else:
        matching = free
    matching.sort(key=lambda s: (s.fee > 0, s.starts_at))
    return matching[0] if matching else None


def fee_quote(*, errand_id: str, shopper_id: str, shipment: Shipment, slot: DeliverySlot, address: Address,
              expires_at: datetime, merchant: str = "courier") -> Quote:
    """The reschedule fee as a Quote, so the shopper signs it with the same key and the same digest rules."""
    return Quote(
        quote_id=f"fee-{shipment.shipment_id}-{slot.slot_id}", errand_id=errand_id, shopper_id=shopper_id,
        merchant=merchant, checkout_id=shipment.order_id, lines=[], subtotal=0,
        adjustments=[Adjustment(kind="fee", label=f"delivery moved to {describe_slot(slot)}", amount=slot.fee)],
        total=slot.fee, currency=slot.currency, address=address, expires_at=expires_at,
    )


def describe_slot(slot: DeliverySlot) -> str:
    start, end = WINDOW_HOURS[slot.part_of_day]
    return f"{slot.date.strftime('%a %d %b')} {slot.part_of_day} ({start:02d}:00–{end:02d}:00)"


class WhenNotUnderstood(ValueError):
    """The phrase names no day or part of day we can read."""


class When(_Model):
    preferred_date: date | None = None
    preferred_part_of_day: PartOfDay | None = None


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_PART_WORDS = {"morning": "morning", "am": "morning", "afternoon": "afternoon", "pm": "afternoon",
               "evening": "evening", "tonight": "evening", "night": "evening"}


def parse_when(phrase: str, today: date) -> When:
    """Read "tomorrow evening", "friday morning", "today", "evening", "2026-11-24 afternoon".

    A weekday means its next occurrence after today ("friday" on a Friday is a week away). Raises
    ``WhenNotUnderstood`` for anything else, rather than guessing.
    """
    words = re.findall(r"\d{4}-\d{2}-\d{2}|[a-z]+|\d+", phrase.lower())
    day: date | None = None
    part: PartOfDay | None = None
    leftovers = []
    for word in words:
        if word in ("on", "in", "the", "next", "this", "at", "deliver", "delivery"):
            continue
        if word == "today":
            day = today
        elif word == "tonight":
            day, part = day or today, "evening"
        elif word == "tomorrow":
            day = today + timedelta(days=1)
        elif word in _WEEKDAYS:
            ahead = (_WEEKDAYS.index(word) - today.weekday()) % 7 or 7
            day = today + timedelta(days=ahead)
        elif word in _PART_WORDS:
            part = _PART_WORDS[word]  # type: ignore[assignment]
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", word):
            try:
                day = date.fromisoformat(word)
            except ValueError as exc:
                raise WhenNotUnderstood(f"“{word}” is not a calendar date") from exc
        else:
            leftovers.append(word)
    if leftovers or (day is None and part is None):
        raise WhenNotUnderstood(f"cannot read “{phrase}”: say e.g. “tomorrow evening”, “friday morning” "
                                "or “2026-11-24 afternoon”")
    if day is not None and day < today:
        raise WhenNotUnderstood(f"{day.isoformat()} is in the past")
    return When(preferred_date=day, preferred_part_of_day=part)


class DeliveryChoice(_Model):
    """The shopper's answer when asked: a slot, a pickup point, or keep the delivery as it was."""

    slot_id: str | None = None
    point_id: str | None = None
    keep: bool = False


class RescheduleStatus(ErrandStatusBase):
    """What the reschedule errand's `status` query returns."""

    kind: str = "resched"
    intent: RescheduleIntent
    reason: Literal["shopper", "failed_attempt"] = "shopper"
    order_id: str | None = None
    shipment: Shipment | None = None
    slots: list[DeliverySlot] = Field(default_factory=list, description="offered while awaiting a choice")
    points: list[PickupPoint] = Field(default_factory=list, description="offered while awaiting a choice")
    chosen_slot: DeliverySlot | None = None
    chosen_point: PickupPoint | None = None
    quote: Quote | None = Field(default=None, description="the fee quote to sign, when the slot has a fee")
    quote_digest: str | None = None
    authorization: Authorization | None = Field(default=None, description="the wallet hold that pays the fee")
