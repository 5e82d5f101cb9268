"""The price watch's state: a compact, bounded price track and the watch's status.

A watch may run for a year at a sample an hour, so nothing here grows with the number of samples: the track
keeps running figures (current, min, max, count), the last ``RECENT_POINTS`` samples for charts and the
median, and one low per day for the trailing 30-day low (seeded from the merchant's 30-day history).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pydantic import BaseModel, ConfigDict, Field

from .intents import PriceWatchIntent
from .models import Authorization, ErrandStatusBase, Order, Quote

RECENT_POINTS = 240
"""Samples kept for charts and the median (60 days at the default 6-hour interval)."""
TRAILING_DAYS = 30


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PricePoint(_Model):
    at: datetime
    price: int


class DailyLow(_Model):
    day: date
    low: int


class PriceTrack(_Model):
    """Running price figures in minor units; ``median`` is over the recent samples."""

    currency: str = "CNY"
    current: int | None = None
    min: int | None = None
    max: int | None = None
    median: int | None = None
    low_30d: int | None = Field(default=None, description="lowest daily price over the trailing 30 days")
    samples: int = 0
    first_at: datetime | None = None
    last_at: datetime | None = None
    recent: list[PricePoint] = Field(default_factory=list)
    daily_lows: list[DailyLow] = Field(default_factory=list)

    def seed_history(self, today: date, daily: list[int]) -> None:
        """Take the merchant's daily prices (oldest first, the last one today's) as earlier daily lows."""
        start = today - timedelta(days=len(daily) - 1)
        self.daily_lows = [DailyLow(day=start + timedelta(days=i), low=p) for i, p in enumerate(daily)]
        self._refresh_low(today)

    def add(self, at: datetime, price: int) -> None:
        """Record one sample."""
        self.current = price
        self.min = price if self.min is None else min(self.min, price)
        self.max = price if self.max is None else max(self.max, price)
        self.samples += 1
        self.first_at = self.first_at or at
        self.last_at = at
        self.recent = [*self.recent[-(RECENT_POINTS - 1):], PricePoint(at=at, price=price)]
        ordered = sorted(p.price for p in self.recent)
        middle = len(ordered) // 2
        self.median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) // 2
        today = at.date()
        if self.daily_lows and self.daily_lows[-1].day == today:
            self.daily_lows[-1].low = min(self.daily_lows[-1].low, price)
        else:
            self.daily_lows.append(DailyLow(day=today, low=price))
        self._refresh_low(today)

    def _refresh_low(self, today: date) -> None:
        horizon = today - timedelta(days=TRAILING_DAYS - 1)
        self.daily_lows = [d for d in self.daily_lows if d.day >= horizon]
        self.low_30d = min((d.low for d in self.daily_lows), default=None)


class PriceWatchStatus(ErrandStatusBase):
    """What the price watch's ``status`` query returns."""

    kind: str = "watch"
    intent: PriceWatchIntent
    product_id: str | None = None
    product_title: str = ""
    deadline: datetime | None = None
    track: PriceTrack = Field(default_factory=PriceTrack)
    runs: int = Field(default=1, description="how many runs (continue-as-new) this watch has had")
    mandate_id: str | None = None
    fired_price: int | None = None
    buy_errand_id: str | None = None
    quote: Quote | None = None
    authorization: Authorization | None = None
    order: Order | None = None


__all__ = ["RECENT_POINTS", "TRAILING_DAYS", "DailyLow", "PricePoint", "PriceTrack", "PriceWatchStatus"]
