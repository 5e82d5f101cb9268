"""Following a parcel to the door: courier events as signals, polling as the safety net.

The errand tags its shipment at the courier with its own id; the courier's webhooks reach the event
receiver (worker/events.py), which checks their signatures and signals ``delivery_event`` to that errand.
An event is a hint, never the truth: one that names a later step than the errand has applied makes it
re-read the shipment from the courier at once, and only what the courier's API says is applied, so even a
validly signed "delivered" for a parcel still in transit finishes nothing. The errand keeps the last applied
sequence number per shipment, so a duplicate or an older event arriving late costs nothing. Polling goes on,
slower while events flow, at the usual pace when they stop. A failed delivery attempt starts a reschedule
errand that asks the shopper.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from temporalio import workflow
from temporalio.exceptions import ActivityError
from temporalio.workflow import ParentClosePolicy

with workflow.unsafe.imports_passed_through():
    from errand.activities.commerce import CommerceActivities
    from errand.activities.delivery import DeliveryActivities, WatchRequest
    from errand.activities.messages import ShipmentRef
    from errand.domain.delivery import DeliveryEvent
    from errand.domain.intents import RescheduleIntent
    from errand.domain.models import ErrandStatus, Shipment

    from .errand import Errand
    from .policies import READ, TRACKING
    from .reschedule import RescheduleDeliveryWorkflow, RescheduleRequest

EVENTS_PATCH = "delivery-events-v1"
"""Marks histories that follow the shipment with events (older ones replay the polling-only loop)."""
HINT_PATCH = "delivery-events-as-hints-v1"
"""Marks histories where an event only prompts a re-read of the shipment (older ones applied its snapshot)."""


class ShipmentFollower(Errand[ErrandStatus]):
    """Mixin for an ``Errand`` workflow: the ``delivery_event`` signal and the event-driven follow loop."""

    _status: ErrandStatus

    def _tracking(self) -> dict[str, Any]:
        # Created on first use, so the workflow's own __init__ stays as it was.
        found = self.__dict__.get("_tracking_state")
        if found is None:
            found = self.__dict__["_tracking_state"] = {
                "seq": {}, "changed": False, "by_signal": 0, "ignored": 0, "rescheduled_at": set(),
                "reschedules": [],
            }
        return found

    @workflow.signal
    def delivery_event(self, event: DeliveryEvent) -> None:
        """A courier event relayed by the receiver: applied at once unless already seen or older."""
        state = self._tracking()
        if event.shipment is None or event.shipment.shipment_id != self._followed_shipment():
            state["ignored"] += 1
            return
        if workflow.patched(HINT_PATCH):
            if event.seq > state["seq"].get(event.shipment.shipment_id, 0):
                state["hinted"] = True  # the follow loop re-reads the shipment now
                state["changed"] = True
                state["by_signal"] += 1
            else:
                state["ignored"] += 1
            return
        snapshot = event.shipment.model_copy(update={"events": event.shipment.events[:event.seq]})
        if self._apply_tracking(snapshot):
            state["by_signal"] += 1
        else:
            state["ignored"] += 1

    def _followed_shipment(self) -> str | None:
        order = getattr(self._status, "order", None)
        return order.shipment_id if order is not None else None

    def _apply_tracking(self, shipment: Shipment) -> bool:
        """Apply tracking events past the last applied one; False (and no change) for old news."""
        state = self._tracking()
        last = state["seq"].get(shipment.shipment_id, 0)
        if len(shipment.events) <= last:
            return False
        for event in shipment.events[last:]:
            self.timeline("system", f"shipment.{event.status}", event.description)
        state["seq"][shipment.shipment_id] = len(shipment.events)
        self._status.shipment = shipment
        state["changed"] = True
        return True

    async def follow_with_events(self, shipment_id: str, poll_seconds: int) -> None:
        """Until delivered: apply events as they come, poll as a fallback, reschedule after a failed attempt."""
        state = self._tracking()
        try:
            await workflow.execute_activity_method(
                DeliveryActivities.watch_shipment,
                WatchRequest(idempotency_key=self.key("watch-shipment"),
                             shipment_id=shipment_id, errand_id=self.errand_id),
                **READ)
        except ActivityError:
            self.timeline("system", "tracking.polling_only",
                          "the courier would not tag the shipment: following it by polling")
        interval = float(poll_seconds)
        next_poll = workflow.now()
        signalled_at_poll = state["by_signal"]
        while True:
            hinted = state.pop("hinted", False)
            if hinted or workflow.now() >= next_poll:
                shipment = await workflow.execute_activity_method(
                    CommerceActivities.get_shipment, ShipmentRef(shipment_id=shipment_id), **TRACKING)
                fresh = self._apply_tracking(shipment)
                if hinted and not fresh:
                    self.timeline("system", "tracking.event_unconfirmed",
                                  "a courier event named news the courier's own tracking does not show")
                flowing = state["by_signal"] > signalled_at_poll
                signalled_at_poll = state["by_signal"]
                if fresh:
                    interval = float(poll_seconds)
                elif flowing:
                    # Events bring the news: the poll is only a safety net now.
                    interval = min(max(interval * 1.5, poll_seconds * 10.0), poll_seconds * 30.0)
                else:
                    interval = min(interval * 1.5, poll_seconds * 30.0)
                next_poll = workflow.now() + timedelta(seconds=interval)
            current = self._status.shipment
            if current is not None and current.delivered:
                return
            if current is not None and current.status == "failed_attempt":
                seq = state["seq"][current.shipment_id]
                if seq not in state["rescheduled_at"]:
                    state["rescheduled_at"].add(seq)
                    await self._start_rescheduling(current)
            state["changed"] = False
            try:
                await workflow.wait_condition(lambda: state["changed"] or state.get("hinted", False),
                                              timeout=max(next_poll - workflow.now(), timedelta(milliseconds=1)),
                                              timeout_summary="next tracking poll")
            except TimeoutError:
                pass

    async def _start_rescheduling(self, shipment: Shipment) -> None:
        """A delivery attempt failed: a reschedule errand asks the shopper for a new slot."""
        shopper = self._status.shopper_id
        child_id = f"resched-{shopper}-{workflow.uuid4().hex[:8]}"
        intent = RescheduleIntent(shopper_id=shopper, order_id=shipment.order_id,
                                  sentence="redeliver after a failed delivery attempt")
        address = getattr(getattr(self._status, "intent", None), "address_label", "home")
        await workflow.start_child_workflow(
            RescheduleDeliveryWorkflow.run,
            RescheduleRequest(intent=intent, reason="failed_attempt", address_label=address),
            id=child_id, parent_close_policy=ParentClosePolicy.ABANDON,
            static_summary=f"reschedule delivery of order {shipment.order_id} for {shopper} after a failed attempt",
        )
        self._tracking()["reschedules"].append(child_id)
        await self.note("agent", "delivery.failed_attempt",
                        f"the courier could not deliver; {child_id} asks {shopper} for a new slot",
                        evidence={"shipment_id": shipment.shipment_id, "reschedule_errand": child_id})
