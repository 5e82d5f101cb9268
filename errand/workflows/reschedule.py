"""RescheduleDeliveryWorkflow: move an order's delivery to the slot the shopper wants.

find the shipment → list slots → pick by the shopper's preference (or ask) → a slot with a fee needs the
shopper's signature over a fee quote → book it. A parcel already out for delivery can no longer be moved:
the errand offers lockers and pickup points nearby and waits for the shopper's pick; with no answer the
original delivery stands. Started by the shopper (`errand reschedule`), or by a buy errand after a failed
delivery attempt, when no answer means "the earliest free slot".
"""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

from pydantic import BaseModel, Field
from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from errand.activities.commerce import CommerceActivities
    from errand.activities.delivery import (
        DeliveryActivities,
        FeeQuoteRequest,
        FindShipmentRequest,
        RedirectCall,
        RescheduleCall,
        SlotsRequest,
    )
    from errand.activities.messages import CaptureRequest, ShopperRef
    from errand.domain.approval import quote_digest
    from errand.domain.delivery import (
        DeliveryChoice,
        DeliverySlot,
        PickupPoint,
        RescheduleStatus,
        choose_slot,
        describe_slot,
    )
    from errand.domain.intents import RescheduleIntent
    from errand.domain.models import Authorization, Shipment, ShopperProfile, SignedApproval
    from errand.domain.money import format_minor

    from .approval import SignedQuoteErrand
    from .errand import money_truth, reason_of
    from .policies import READ, WRITE

# A fee is held in the wallet before the slot is booked and captured after; histories from before charged
# nothing and keep replaying that way.
FEE_THROUGH_WALLET_PATCH = "reschedule-fee-through-wallet-v1"


class RescheduleRequest(BaseModel):
    intent: RescheduleIntent
    reason: Literal["shopper", "failed_attempt"] = "shopper"
    address_label: str = "home"
    choice_timeout_seconds: int = Field(default=3600, ge=1, le=7 * 24 * 3600)
    approval_timeout_seconds: int = Field(default=1800, ge=1, le=7 * 24 * 3600)


def _code(err: ActivityError) -> tuple[str, str]:
    cause = err.cause
    if isinstance(cause, ApplicationError):
        return cause.type or "", cause.message
    return "", str(cause or err)


@workflow.defn(name="reschedule_delivery")
class RescheduleDeliveryWorkflow(SignedQuoteErrand[RescheduleStatus]):
    @workflow.init
    def __init__(self, request: RescheduleRequest) -> None:
        super().__init__(RescheduleStatus(
            errand_id=workflow.info().workflow_id, shopper_id=request.intent.shopper_id, state="finding",
            intent=request.intent, reason=request.reason, order_id=request.intent.order_id,
        ))
        self._choices: list[DeliveryChoice] = []

    @workflow.signal
    def choose(self, choice: DeliveryChoice) -> None:
        self._choices.append(choice)

    @workflow.query
    def status(self) -> RescheduleStatus:
        return self._status

    @workflow.run
    async def run(self, request: RescheduleRequest) -> RescheduleStatus:
        intent = request.intent
        await self.note("agent", "errand.started", intent.sentence or "reschedule delivery",
                        evidence={"intent": intent.model_dump(mode="json"), "reason": request.reason})
        try:
            shipment = await workflow.execute_activity_method(
                DeliveryActivities.find_shipment,
                FindShipmentRequest(shopper_id=intent.shopper_id, order_id=intent.order_id), **READ)
            profile = await workflow.execute_activity_method(
                CommerceActivities.get_shopper_profile, ShopperRef(shopper_id=intent.shopper_id), **READ)
        except ActivityError as err:
            return await self.finish("failed", _code(err)[1])
        self._status.shipment, self._status.order_id = shipment, shipment.order_id
        if shipment.status == "out_for_delivery":
            return await self._offer_pickup_points(request, shipment, "the parcel is already out for delivery")
        return await self._reschedule(request, shipment, profile)

    async def _slots(self, shipment: Shipment) -> list[DeliverySlot]:
        found = await workflow.execute_activity_method(
            DeliveryActivities.list_delivery_slots, SlotsRequest(shipment_id=shipment.shipment_id), **READ)
        return found.slots

    async def _reschedule(self, request: RescheduleRequest, shipment: Shipment,
                          profile: ShopperProfile) -> RescheduleStatus:
        intent = request.intent
        slots = await self._slots(shipment)
        slot = None
        if intent.preferred_date is not None or intent.preferred_part_of_day is not None:
            slot = choose_slot(slots, intent.preferred_date, intent.preferred_part_of_day)
            wanted = " ".join(filter(None, [str(intent.preferred_date or ""), intent.preferred_part_of_day or ""]))
            if slot is None:
                await self.note("agent", "slot.unavailable", f"no free slot for {wanted}; asking the shopper")
            else:
                await self.note("agent", "slot.chosen", f"{describe_slot(slot)} matches “{wanted}”",
                                evidence={"slot_id": slot.slot_id, "fee": slot.fee})
        while True:
            if slot is None:
                answer = await self._ask(request, slots=slots, points=[])
                if answer is None or answer.keep:
                    return await self._keep_or_earliest(request, shipment, slots, profile)
                slot = next((s for s in slots if s.slot_id == answer.slot_id and s.available), None)
                if slot is None:
                    await self.note("system", "choice.refused", f"{answer.slot_id} is not a free slot",
                                    outcome="refused")
                    continue
            auth: Authorization | None = None
            if slot.fee > 0:
                approval = await self._fee_approval(request, shipment, slot, profile)
                if approval is None:
                    return self._status
                if workflow.patched(FEE_THROUGH_WALLET_PATCH):
                    auth = await self._hold_fee(slot, approval)
                    if auth is None:
                        return self._status
            outcome = await self._book(shipment, slot, auth)
            if outcome == "ok":
                unpaid = "" if auth is None else await self._capture_fee(slot, auth)
                return await self.finish("rescheduled", f"delivery moved to {describe_slot(slot)}"
                                         + (f" for {format_minor(slot.fee, slot.currency)}" if slot.fee else "")
                                         + unpaid)
            if auth is not None:  # not booked: release the fee
                await self.void_payment(auth, step=f"fee/{slot.slot_id}/void")
                self._status.authorization = None
            if outcome == "too_late":
                return await self._offer_pickup_points(request, shipment, "the parcel went out for delivery")
            if outcome != "slot_full":
                return await self.finish("failed", f"the courier refused: {outcome}")
            await self.note("system", "slot.taken", f"{describe_slot(slot)} filled up; asking again")
            slots, slot = await self._slots(shipment), None

    async def _keep_or_earliest(self, request: RescheduleRequest, shipment: Shipment, slots: list[DeliverySlot],
                                profile: ShopperProfile) -> RescheduleStatus:
        if request.reason == "failed_attempt":
            # Nobody answered after a failed attempt: the parcel must go out again, at no charge.
            earliest = next((s for s in sorted(slots, key=lambda s: s.starts_at) if s.available and s.fee == 0),
                            None)
            if earliest is not None and await self._book(shipment, earliest) == "ok":
                return await self.finish("rescheduled", f"no answer: redelivery booked for "
                                                        f"{describe_slot(earliest)} at no charge")
        return await self.finish("kept", "no change chosen: the original delivery stands")

    async def _book(self, shipment: Shipment, slot: DeliverySlot, auth: Authorization | None = None) -> str:
        self.set_state("applying", f"booking {describe_slot(slot)}")
        try:
            moved = await workflow.execute_activity_method(
                DeliveryActivities.reschedule_delivery,
                RescheduleCall(idempotency_key=self.key(f"reschedule/{slot.slot_id}"),
                               shipment_id=shipment.shipment_id, slot_id=slot.slot_id, accepted_fee=slot.fee,
                               fee_authorization_id=auth.authorization_id if auth is not None else None),
                **WRITE)
        except ActivityError as err:
            code, message = _code(err)
            await self.note("system", "reschedule.refused", message, evidence={"slot_id": slot.slot_id},
                            outcome=code or "refused")
            return code or message
        self._status.shipment, self._status.chosen_slot = moved, slot
        await self.note("system", "delivery.rescheduled", describe_slot(slot),
                        evidence={"slot_id": slot.slot_id, "fee": slot.fee, "shipment_id": shipment.shipment_id})
        return "ok"

    async def _hold_fee(self, slot: DeliverySlot, approval: SignedApproval) -> Authorization | None:
        """Hold the approved fee in the wallet (which checks the signature again); None if it refused."""
        quote = self._status.quote
        assert quote is not None
        self.set_state("paying", f"holding the {format_minor(slot.fee, slot.currency)} fee")
        try:
            return await self.authorize(quote, approval, step=f"fee/{slot.slot_id}/authorize")
        except ActivityError as err:
            await self.finish("failed", f"the wallet refused the fee: {reason_of(err)}; the original delivery "
                                        "stands and nothing was charged")
            return None

    async def _capture_fee(self, slot: DeliverySlot, auth: Authorization) -> str:
        """Capture the fee once the slot is booked; if the wallet will not, void it (the fee is waived).
        Returns "" when charged, else what the outcome must add about the fee."""
        waived = "; the fee could not be charged, so it is waived"
        await self.wait_while_held()
        try:
            captured = await workflow.execute_activity_method(
                CommerceActivities.capture_payment,
                CaptureRequest(idempotency_key=self.key(f"fee/{slot.slot_id}/capture"),
                               authorization_id=auth.authorization_id, amount=slot.fee), **WRITE)
        except ActivityError:
            if not self.reconciling():
                await self.void_payment(auth, step=f"fee/{slot.slot_id}/void")
                return waived
            paid = await self.captured_for(auth, slot.fee, None)  # taken already: the fee is paid
            if paid is None:
                await self.void_if_held(auth, step=f"fee/{slot.slot_id}/void")
                wallet = await self.read_authorization(auth.authorization_id)
                if wallet is not None and wallet.settled_unpaid:
                    return waived
                truth = money_truth(wallet, auth)
                await self.note("system", "payment.needs_attention", truth,
                                evidence={"authorization_id": auth.authorization_id, "slot_id": slot.slot_id},
                                outcome="needs_attention")
                return f"; the fee could not be settled: {truth} — needs attention"
            captured = paid
        self._status.authorization = captured
        await self.note("system", "payment.captured", format_minor(captured.amount, captured.currency),
                        evidence={"authorization_id": captured.authorization_id, "slot_id": slot.slot_id})
        return ""

    async def _fee_approval(self, request: RescheduleRequest, shipment: Shipment, slot: DeliverySlot,
                            profile: ShopperProfile) -> SignedApproval | None:
        """Wait for the shopper's signature over the fee quote; None once the errand has finished."""
        address = profile.address(request.address_label) or profile.addresses[0]
        quote = await workflow.execute_activity_method(
            DeliveryActivities.quote_delivery_fee,
            FeeQuoteRequest(errand_id=self.errand_id, shopper_id=profile.shopper_id, shipment=shipment, slot=slot,
                            address=address,
                            expires_at=workflow.now() + timedelta(seconds=request.approval_timeout_seconds)),
            **READ)
        self._status.quote, self._status.quote_digest = quote, quote_digest(quote)
        await self.note("agent", "quote.offered", f"{format_minor(quote.total, quote.currency)} to move the "
                        f"delivery to {describe_slot(slot)} — awaiting the shopper's signature",
                        evidence={"quote_digest": self._status.quote_digest, "total": quote.total})
        self.set_state("awaiting_approval", f"awaiting approval of a {format_minor(slot.fee)} fee")
        answer = await self.await_signed_approval(quote, profile,
                                                  timeout_summary="fee approval deadline",
                                                  accepted="fee signature verified")
        if isinstance(answer, SignedApproval):
            return answer
        if answer is not None:
            await self.finish("rejected", "fee declined: the original delivery stands", who="shopper")
        else:
            await self.finish("expired", "no approval of the fee in time: the original delivery stands")
        return None

    async def _ask(self, request: RescheduleRequest, *, slots: list[DeliverySlot],
                   points: list[PickupPoint]) -> DeliveryChoice | None:
        """Offer slots and/or pickup points and wait for the shopper's `choose` signal (None on timeout)."""
        self._status.slots, self._status.points = [s for s in slots if s.available], points
        self.set_state("awaiting_choice", "waiting for the shopper to choose "
                       + ("a pickup point" if points and not slots else "a delivery slot"))
        try:
            await workflow.wait_condition(lambda: bool(self._choices),
                                          timeout=timedelta(seconds=request.choice_timeout_seconds),
                                          timeout_summary="shopper's choice")
        except TimeoutError:
            return None
        choice = self._choices.pop(0)
        await self.note("shopper", "choice.received", choice.slot_id or choice.point_id or "keep",
                        evidence=choice.model_dump())
        return choice

    async def _offer_pickup_points(self, request: RescheduleRequest, shipment: Shipment,
                                   why: str) -> RescheduleStatus:
        found = await workflow.execute_activity_method(
            DeliveryActivities.list_pickup_points, SlotsRequest(shipment_id=shipment.shipment_id), **READ)
        await self.note("agent", "pickup_points.offered", f"too late to move the slot ({why}); offering "
                        f"{len(found.points)} lockers and pickup points",
                        evidence={"points": [p.point_id for p in found.points]})
        while True:
            answer = await self._ask(request, slots=[], points=found.points)
            if answer is None or answer.keep or answer.point_id is None:
                return await self.finish("kept", "no pickup point chosen: the original delivery stands")
            point = next((p for p in found.points if p.point_id == answer.point_id), None)
            if point is None:
                await self.note("system", "choice.refused", f"{answer.point_id} was not offered", outcome="refused")
                continue
            break
        self.set_state("applying", f"redirecting to {point.name}")
        try:
            moved = await workflow.execute_activity_method(
                DeliveryActivities.redirect_delivery,
                RedirectCall(idempotency_key=self.key(f"redirect/{point.point_id}"),
                             shipment_id=shipment.shipment_id, point_id=point.point_id), **WRITE)
        except ActivityError as err:
            return await self.finish("failed", f"the courier refused the redirect: {_code(err)[1]}")
        self._status.shipment, self._status.chosen_point = moved, point
        await self.note("system", "delivery.redirected", f"{point.name}, {point.address}",
                        evidence={"point_id": point.point_id, "shipment_id": shipment.shipment_id})
        return await self.finish("redirected", f"parcel redirected to {point.name} ({point.address})")
