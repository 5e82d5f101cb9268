"""What `errand reschedule` shows while the errand asks: the free slots with fees, or the pickup points."""

from __future__ import annotations

from datetime import date

from rich.console import Console

from errand.cli.cmd_reschedule import render_reschedule
from errand.cli.kinds import kind_of
from errand.domain.delivery import DeliverySlot, PickupPoint, RescheduleStatus, slot_id, window
from errand.domain.intents import RescheduleIntent


def _text(status: RescheduleStatus) -> str:
    console = Console(record=True, width=140)
    console.print(render_reschedule(status))
    return console.export_text()


def test_choices_are_shown() -> None:
    day = date(2026, 11, 23)
    start, end = window(day, "evening")
    status = RescheduleStatus(
        errand_id="resched-alice-00000000", shopper_id="alice", state="awaiting_choice",
        intent=RescheduleIntent(shopper_id="alice", order_id="ord_1"), order_id="ord_1",
        slots=[DeliverySlot(slot_id=slot_id(day, "evening"), date=day, part_of_day="evening", starts_at=start,
                            ends_at=end, fee=600)],
        points=[PickupPoint(point_id="lkr-1", kind="locker", name="Hive Box", address="by the gate",
                            distance_m=120, hours="24 hours")])
    text = _text(status)
    assert "2026-11-23:evening" in text and "¥6.00" in text and "Hive Box" in text and "120 m" in text
    assert kind_of(status.errand_id).status_model is RescheduleStatus
