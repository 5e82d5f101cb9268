"""The when-phrase reader and the slot chooser (pure domain rules)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from errand.domain.delivery import DeliverySlot, WhenNotUnderstood, choose_slot, parse_when, slot_id, window

SATURDAY = date(2026, 11, 21)


@pytest.mark.parametrize(("phrase", "day", "part"), [
    ("tomorrow evening", date(2026, 11, 22), "evening"),
    ("today", SATURDAY, None),
    ("tonight", SATURDAY, "evening"),
    ("friday morning", date(2026, 11, 27), "morning"),
    ("on Saturday", date(2026, 11, 28), None),
    ("afternoon", None, "afternoon"),
    ("2026-11-24 afternoon", date(2026, 11, 24), "afternoon"),
    ("next monday in the AM", date(2026, 11, 23), "morning"),
])
def test_parse_when(phrase: str, day: date | None, part: str | None) -> None:
    when = parse_when(phrase, SATURDAY)
    assert (when.preferred_date, when.preferred_part_of_day) == (day, part)


@pytest.mark.parametrize("phrase", ["whenever", "", "2026-02-30", "2026-11-01 morning", "tomorrow at 5"])
def test_parse_when_refuses_what_it_cannot_read(phrase: str) -> None:
    with pytest.raises(WhenNotUnderstood):
        parse_when(phrase, SATURDAY)


def _slot(day: date, part: str, fee: int = 0, available: bool = True) -> DeliverySlot:
    start, end = window(day, part)
    return DeliverySlot(slot_id=slot_id(day, part), date=day, part_of_day=part, starts_at=start, ends_at=end,
                        fee=fee, available=available)


def test_choose_slot_by_preference() -> None:
    d1, d2 = SATURDAY + timedelta(days=1), SATURDAY + timedelta(days=2)
    slots = [_slot(d1, "morning"), _slot(d1, "afternoon", available=False), _slot(d1, "evening", fee=600),
             _slot(d2, "morning"), _slot(d2, "afternoon"), _slot(d2, "evening", fee=600)]
    assert choose_slot(slots, d1, "evening").slot_id == slot_id(d1, "evening")
    assert choose_slot(slots, d1, "afternoon") is None  # full: the shopper is asked, not guessed for
    assert choose_slot(slots, None, "afternoon").slot_id == slot_id(d2, "afternoon")
    assert choose_slot(slots, d2, None).slot_id == slot_id(d2, "morning")
    assert choose_slot(slots, None, None).slot_id == slot_id(d1, "morning")
    assert choose_slot([_slot(d1, "evening", fee=600), _slot(d2, "morning")], d1, None).fee == 600


def test_windows_are_local_time() -> None:
    start, end = window(SATURDAY, "evening")
    assert start.utcoffset() == timedelta(hours=8) and (end - start) == timedelta(hours=3)
