"""The price track stays bounded however long a watch runs, and its figures are right."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from errand.domain.watch import RECENT_POINTS, PriceTrack

START = datetime(2026, 5, 1, tzinfo=UTC)


def test_figures_over_samples() -> None:
    track = PriceTrack()
    for i, price in enumerate([500, 300, 400, 200]):
        track.add(START + timedelta(hours=6 * i), price)
    assert (track.current, track.min, track.max, track.samples) == (200, 200, 500, 4)
    assert track.median == 350
    assert track.low_30d == 200


def test_trailing_low_starts_from_the_merchant_history_and_forgets_old_days() -> None:
    track = PriceTrack()
    track.seed_history(START.date(), [100] + [900] * 29)
    track.add(START, 800)
    assert track.low_30d == 100
    track.add(START + timedelta(days=1), 850)
    assert track.low_30d == 800  # the ¥1.00 day is now 30 days ago


def test_a_year_of_hourly_samples_keeps_the_track_small() -> None:
    track = PriceTrack()
    for i in range(24 * 365):
        track.add(START + timedelta(hours=i), 1000 + i % 97)
    assert track.samples == 24 * 365
    assert len(track.recent) == RECENT_POINTS
    assert len(track.daily_lows) <= 30
