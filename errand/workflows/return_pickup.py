"""The return errand's courier leg: offer pickup slots, book one, follow the parcel to the warehouse.

A mixin of ``ReturnWorkflow`` (it uses the errand's status, notes, keys and its ``choose_slot`` and
``courier_event`` signal state). Deterministic like the rest of the workflow.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from errand.activities.returns import (
        BookPickupRequest,
        PickupRef,
        ReturnActivities,
        RmaRef,
        SlotsRequest,
    )
    from errand.domain.returns import Pickup, PickupSlot, ReturnStatus, Rma, SlotChoice

    from .errand import Errand
    from .policies import READ, TRACKING, WRITE
    from .requests import ReturnRequest


MAX_BOOKING_ATTEMPTS = 4


class ReturnPickup(Errand[ReturnStatus]):
    """Slot choice, booking (a taken slot falls back to the earliest free one) and tracking to receipt."""

    _status: ReturnStatus
    _slot_choice: SlotChoice | None
    _courier_events: int

    async def _free_slots(self, rma: Rma, exclude: set[str]) -> list[PickupSlot]:
        slots = (await workflow.execute_activity_method(
            ReturnActivities.list_pickup_slots, SlotsRequest(rma_id=rma.rma_id), **READ)).slots
        return sorted((s for s in slots if s.remaining > 0 and s.slot_id not in exclude), key=lambda s: s.starts_at)

    async def _choose_slot(self, request: ReturnRequest, slots: list[PickupSlot]) -> str:
        """The shopper's choice if it is one of the offered slots, the earliest one otherwise."""
        self._status.slots = slots
        offered = [s.slot_id for s in slots]
        hours = request.slot_choice_timeout_seconds / 3600
        self.set_state("awaiting_slot_choice",
                       f"choose a pickup slot ({', '.join(offered[:3])}…); the earliest is taken after {hours:g} h")
        await self.note("agent", "pickup.slots_offered", ", ".join(offered),
                        evidence={"slots": offered})
        try:
            await workflow.wait_condition(lambda: self._slot_choice is not None,
                                          timeout=timedelta(seconds=request.slot_choice_timeout_seconds),
                                          timeout_summary="slot choice deadline")
        except TimeoutError:
            pass
        choice = self._slot_choice
        if choice is not None and choice.slot_id in offered:
            await self.note("shopper", "pickup.slot_chosen", choice.slot_id)
            return choice.slot_id
        why = (f"“{choice.slot_id[:64]}” was not one of the offered slots" if choice is not None
               else f"no choice within {hours:g} h")
        await self.note("agent", "pickup.slot_defaulted", f"{why}; taking the earliest, {offered[0]}")
        return offered[0]

    async def book_pickup(self, request: ReturnRequest, rma: Rma) -> Pickup | None:
        """Book the chosen slot; if someone else took it meanwhile, take the earliest free one instead."""
        try:
            slots = await self._free_slots(rma, set())
            if not slots:
                await self.finish("failed", f"the courier has no pickup slots for return {rma.rma_id}; "
                                            "nothing refunded yet")
                return None
            slot_id = await self._choose_slot(request, slots)
            taken: set[str] = set()
            for attempt in range(MAX_BOOKING_ATTEMPTS):
                self.set_state("booking_pickup", f"booking pickup slot {slot_id}")
                booked = await workflow.execute_activity_method(
                    ReturnActivities.book_return_pickup,
                    BookPickupRequest(idempotency_key=self.key(f"pickup/{attempt}"),
                                      rma_id=rma.rma_id, slot_id=slot_id), **WRITE)
                if booked.pickup is not None:
                    self._status.chosen_slot = slot_id
                    self._status.pickup = booked.pickup
                    await self.note("system", "pickup.booked", f"{booked.pickup.pickup_id} in slot {slot_id}",
                                    evidence={"pickup_id": booked.pickup.pickup_id, "slot_id": slot_id})
                    return booked.pickup
                taken.add(slot_id)
                free = await self._free_slots(rma, taken)
                await self.note("system", "pickup.slot_taken", booked.detail[:200],
                                evidence={"slot_id": slot_id, "next": free[0].slot_id if free else None})
                if not free:
                    break
                slot_id = free[0].slot_id
        except ActivityError as err:
            await self.finish("failed", f"the pickup could not be booked ({err.cause or err}); return "
                                        f"{rma.rma_id} stays authorized, nothing refunded yet")
            return None
        await self.finish("failed", f"every pickup slot was taken; return {rma.rma_id} stays authorized")
        return None

    async def follow_return(self, request: ReturnRequest, rma: Rma, pickup: Pickup) -> Rma | None:
        """Poll the courier (backing off while nothing changes, woken early by ``courier_event``) until the
        parcel is at the warehouse and the merchant confirms receipt."""
        self.set_state("awaiting_pickup", f"courier collects in slot {pickup.slot_id}")
        deadline = workflow.now() + timedelta(days=request.max_return_days)
        seen, interval = 0, float(request.pickup_poll_seconds)
        while True:
            pickup = await workflow.execute_activity_method(
                ReturnActivities.get_return_pickup, PickupRef(pickup_id=pickup.pickup_id), **TRACKING)
            self._status.pickup = pickup
            for event in pickup.events[seen:]:
                await self.note("system", f"pickup.{event.status}", event.description,
                                evidence={"pickup_id": pickup.pickup_id, "at": event.at.isoformat()})
            if len(pickup.events) > seen:
                seen, interval = len(pickup.events), float(request.pickup_poll_seconds)
            else:
                interval = min(interval * 1.5, request.pickup_poll_seconds * 30.0)
            if pickup.status == "at_warehouse":
                received = await workflow.execute_activity_method(
                    ReturnActivities.get_rma, RmaRef(rma_id=rma.rma_id), **TRACKING)
                if received.status == "received":
                    self._status.rma = received
                    await self.note("system", "return.received", f"{rma.rma_id} received at the warehouse",
                                    evidence={"rma_id": rma.rma_id, "received_at": str(received.received_at)})
                    return received
            elif pickup.status != "booked":
                self.set_state("in_return_transit", f"return parcel {pickup.status.replace('_', ' ')}")
            if workflow.now() >= deadline:
                await self.finish("failed", f"return {rma.rma_id} did not reach the warehouse within "
                                            f"{request.max_return_days} days; nothing refunded yet")
                return None
            def woken(before: int = self._courier_events) -> bool:
                return self._courier_events > before

            try:
                await workflow.wait_condition(woken,
                                              timeout=timedelta(seconds=interval), timeout_summary="next pickup poll")
            except TimeoutError:
                pass
