"""BulkOrderWorkflow: many cups from a local chain, delivered by a given time, possibly from several branches.

find branches near the address → plan (the nearest branch that can make every cup in time, else a split
across the nearest, with the reason) → one combined quote with a line per branch → the shopper's signed
approval → one wallet hold for the total → one order per branch → one capture of exactly what was placed →
follow every branch's courier to the door. A branch that refuses after approval is compensated at once and
the shopper decides: `accept_partial` (pay only for what was placed) or `cancel_all` (nothing charged; the
default when no answer comes). Capture waits for that answer, so cancelling is a void, never a refund.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, Field
from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from errand.activities.commerce import CommerceActivities
    from errand.activities.messages import CaptureRequest, ShipmentRef, ShopperRef
    from errand.activities.store_messages import (
        BulkQuoteRequest,
        CancelBranchRequest,
        FindBranchesRequest,
        PlaceBranchRequest,
        ReleaseBulkRequest,
    )
    from errand.activities.stores import StoreActivities
    from errand.domain.approval import quote_digest
    from errand.domain.bulk import (
        BranchOrder,
        BulkDecision,
        BulkOrderStatus,
        plan_bulk_order,
        shortfall_reason,
    )
    from errand.domain.intents import BulkOrderIntent
    from errand.domain.models import Authorization, Quote, ShopperProfile, SignedApproval
    from errand.domain.money import format_minor
    from errand.domain.payment import MethodResolution

    from .approval import SignedQuoteErrand
    from .bulk_earliest import EarliestOffer
    from .errand import Who, reason_of
    from .payment_choice import bind_payment_method, payment_unresolved, resolve_payment_choice
    from .policies import MUST_SUCCEED, READ, TRACKING, WRITE


# The nearest branches cannot make the order in time: the earliest time they can becomes a yes/no question
# rather than a bare "no match". Histories from before end where they ended.
EARLIEST_PATCH = "earliest-time-question-v1"


class BulkOrderRequest(BaseModel):
    intent: BulkOrderIntent
    approval_timeout_seconds: int = Field(default=1800, ge=1, le=7 * 24 * 3600)
    decision_timeout_seconds: int = Field(default=900, ge=1, le=24 * 3600)
    shipment_poll_seconds: int = Field(default=30, ge=1, le=3600)
    use_loyalty_points: bool = True
    default_lead_minutes: int = Field(default=90, ge=30, le=24 * 60,
                                      description="deliver this long from now when the shopper named no time")
    choice_timeout_seconds: int = Field(default=900, ge=1, le=24 * 3600,
                                        description="how long the offer of a later time waits for an answer")


@workflow.defn(name="bulk_order")
class BulkOrderWorkflow(EarliestOffer, SignedQuoteErrand[BulkOrderStatus]):
    _payment: MethodResolution | None = None  # the shopper's chosen payment method, if they named one

    @workflow.init
    def __init__(self, request: BulkOrderRequest) -> None:
        super().__init__(BulkOrderStatus(errand_id=workflow.info().workflow_id,
                                         shopper_id=request.intent.shopper_id, state="searching",
                                         intent=request.intent))
        self._decision: str | None = None
        self._answers = []

    @workflow.signal
    def accept_partial(self, decision: BulkDecision) -> None:
        self._decision = self._decision or "accept_partial"

    @workflow.signal
    def cancel_all(self, decision: BulkDecision) -> None:
        self._decision = self._decision or "cancel_all"

    @workflow.query
    def status(self) -> BulkOrderStatus:
        return self._status

    @workflow.run
    async def run(self, request: BulkOrderRequest) -> BulkOrderStatus:
        intent = request.intent
        await self.note("agent", "errand.started", intent.sentence or f"{intent.quantity}× {intent.item}",
                        evidence={"intent": intent.model_dump(mode="json")})
        deliver_by = intent.deliver_by or workflow.now() + timedelta(minutes=request.default_lead_minutes)
        if deliver_by <= workflow.now():
            return await self.finish("failed", f"the delivery time {deliver_by:%H:%M} has already passed")
        try:
            profile = await workflow.execute_activity_method(
                CommerceActivities.get_shopper_profile, ShopperRef(shopper_id=intent.shopper_id), **READ)
            if profile.address(intent.address_label) is None:
                return await self.finish("failed", f"{intent.shopper_id} has no address called "
                                                   f"“{intent.address_label}”")
            found = await workflow.execute_activity_method(
                StoreActivities.find_branches, FindBranchesRequest(
                    shopper_id=intent.shopper_id, address_label=intent.address_label, item=intent.item,
                    chain=intent.chain, size=intent.options.size, deliver_by=deliver_by), **READ)
        except ActivityError as err:
            return await self.finish("failed", f"could not look for branches: {reason_of(err)}")
        self._payment = await resolve_payment_choice(self, intent.shopper_id, intent.pay_with)
        if payment_unresolved(self._payment):
            return self._status
        self._status.offers = found.offers
        plan = plan_bulk_order(found.offers, intent.quantity, deliver_by)
        if plan is None:
            shortfall = shortfall_reason(found.offers, intent.quantity, deliver_by)
            if not found.offers or not workflow.patched(EARLIEST_PATCH):
                return await self.finish("no_match", shortfall)
            later = await self.offer_earliest(intent, deliver_by, shortfall, request.choice_timeout_seconds)
            if later is None:
                return self._status
            deliver_by, plan = later
        self._status.plan = plan
        await self.note("agent", "plan.split" if plan.split else "plan.single", plan.reason,
                        evidence={"allocations": [a.model_dump() for a in plan.allocations]})

        quote = await self._quote(request, deliver_by)
        if quote is None:
            return self._status
        approval = await self._await_signed_approval(quote, profile)
        if approval is None:
            return self._status
        return await self._pay_place_deliver(request, quote, approval)

    async def _quote(self, request: BulkOrderRequest, deliver_by: datetime) -> Quote | None:
        intent = request.intent
        assert self._status.plan is not None
        self.set_state("reserving")
        await self.wait_while_held()
        try:
            result = await workflow.execute_activity_method(
                StoreActivities.reserve_bulk_quote, BulkQuoteRequest(
                    idempotency_key=self.key("quote"), errand_id=self.errand_id, shopper_id=intent.shopper_id,
                    address_label=intent.address_label, item=intent.item, options=intent.options,
                    deliver_by=deliver_by, allocations=self._status.plan.allocations,
                    use_loyalty_points=request.use_loyalty_points,
                    approve_by=workflow.now() + timedelta(seconds=request.approval_timeout_seconds)), **WRITE)
        except ActivityError as err:
            await self.finish("failed", f"could not reserve and price the order: {reason_of(err)}")
            return None
        paid = await bind_payment_method(self, result.quote, self._payment, lambda: self._release_quote(result.quote))
        if paid is None:
            return None
        quote = paid
        self._status.quote, self._status.branches = quote, result.branches
        self._status.quote_digest = quote_digest(quote)
        if intent.max_total is not None and quote.total > intent.max_total:
            await self._release_quote(quote)
            await self.finish("no_match", f"the order costs {format_minor(quote.total, quote.currency)} delivered, "
                                          f"over the {format_minor(intent.max_total)} cap")
            return None
        await self.note("agent", "quote.offered", f"{format_minor(quote.total, quote.currency)} from "
                        f"{len(result.branches)} branch(es) — awaiting the shopper's signature",
                        evidence={"quote_digest": self._status.quote_digest, "total": quote.total,
                                  "branches": [b.branch_order_id for b in result.branches],
                                  "expires_at": quote.expires_at.isoformat()})
        return quote

    async def _await_signed_approval(self, quote: Quote, profile: ShopperProfile) -> SignedApproval | None:
        """Wait for a valid signature over this exact quote; invalid ones are recorded and ignored."""
        cups = sum(line.quantity for line in quote.lines)
        self.set_state("awaiting_approval", f"awaiting approval: {format_minor(quote.total, quote.currency)} for "
                                            f"{cups} cups from {len(quote.lines)} branch(es)")
        answer = await self.await_signed_approval(quote, profile)
        if isinstance(answer, SignedApproval):
            return answer
        await self._release_quote(quote)
        if answer is not None:
            await self.finish("rejected", answer.reason[:200] or "rejected by the shopper", who="shopper")
        else:
            await self.finish("expired", "no valid approval before the quote expired; capacity released")
        return None

    async def _pay_place_deliver(self, request: BulkOrderRequest, quote: Quote,
                                 approval: SignedApproval) -> BulkOrderStatus:
        self.set_state("paying", f"holding {format_minor(quote.total, quote.currency)}")
        try:
            auth = await self.authorize(quote, approval)
        except ActivityError as err:
            await self._release_quote(quote)
            return await self.finish("failed", f"the wallet refused the payment: {reason_of(err)}; nothing charged")

        self.set_state("placing_order", f"placing {len(self._status.branches)} branch order(s)")
        for branch in self._status.branches:
            self._status.orders.append(await self._place_branch(branch.branch_order_id, branch.branch_name,
                                                                branch.total, auth))
        placed = [o for o in self._status.orders if o.status == "placed"]
        failed = [o for o in self._status.orders if o.status != "placed"]
        if not placed:
            if self.reconciling():
                await self.void_if_held(auth)
                return await self.finish_unpaid("failed", auth, "no branch took the order", "authorization voided")
            await self.void_payment(auth)
            return await self.finish("failed", "no branch took the order; authorization voided — nothing charged")
        if failed and not await self._shopper_accepts_partial(request, placed, failed):
            who: Who = "shopper" if self._decision else "system"
            await self._cancel_branches(placed)
            if self.reconciling():
                await self.void_if_held(auth)
                return await self.finish_unpaid("cancelled", auth, "every branch order cancelled",
                                                "authorization voided", who=who)
            await self.void_payment(auth)
            return await self.finish("cancelled", "every branch order cancelled and the authorization voided — "
                                                  "nothing charged", who=who)
        return await self._capture_and_deliver(request, auth, placed, partial=bool(failed))

    async def _place_branch(self, branch_order_id: str, name: str, total: int, auth: Authorization) -> BranchOrder:
        await self.wait_while_held()
        try:
            order = await workflow.execute_activity_method(
                StoreActivities.place_branch_order, PlaceBranchRequest(
                    idempotency_key=self.key(f"place/{branch_order_id}"), branch_order_id=branch_order_id,
                    authorization_id=auth.authorization_id), **WRITE)
        except ActivityError as err:
            reason = reason_of(err)
            # Compensate this branch at once: its reserved (or half-placed) capacity goes back to the shop.
            await self._cancel_branches([BranchOrder(branch_order_id=branch_order_id, branch_id="", status="",
                                                     total=0)])
            await self.note("system", "branch.rejected", f"{name}: {reason}",
                            evidence={"branch_order_id": branch_order_id}, outcome="rejected")
            return BranchOrder(branch_order_id=branch_order_id, branch_id=branch_order_id, branch_name=name,
                               status="rejected", total=total, reason=reason)
        await self.note("system", "branch.placed", f"{name}: {format_minor(order.total)}",
                        evidence={"branch_order_id": branch_order_id, "shipment_id": order.shipment_id})
        return order

    async def _shopper_accepts_partial(self, request: BulkOrderRequest, placed: list[BranchOrder],
                                       failed: list[BranchOrder]) -> bool:
        """Ask after a branch failed; no answer within the timeout means cancel everything."""
        cups = {b.branch_order_id: b.quantity for b in self._status.branches}
        got = sum(cups.get(o.branch_order_id, 0) for o in placed)
        self.set_state("awaiting_decision", f"{', '.join(o.branch_name for o in failed)} refused: accept "
                                            f"{got} of {self._status.intent.quantity} cups for "
                                            f"{format_minor(sum(o.total for o in placed))}, or cancel all?")
        await self.note("agent", "decision.requested", self._status.state,
                        evidence={"placed": [o.branch_order_id for o in placed],
                                  "failed": [o.branch_order_id for o in failed]})
        try:
            await workflow.wait_condition(lambda: self._decision is not None,
                                          timeout=timedelta(seconds=request.decision_timeout_seconds),
                                          timeout_summary="partial order decision")
        except TimeoutError:
            await self.note("system", "decision.timed_out", "no answer: cancelling everything")
            return False
        self._status.decision = self._decision
        await self.note("shopper", f"decision.{self._decision}", self._decision or "")
        return self._decision == "accept_partial"

    async def _capture_and_deliver(self, request: BulkOrderRequest, auth: Authorization,
                                   placed: list[BranchOrder], *, partial: bool) -> BulkOrderStatus:
        # One capture of exactly what the placed branches cost; the rest of the hold is never taken.
        amount = sum(o.total for o in placed)
        await self.wait_while_held()
        try:
            captured = await workflow.execute_activity_method(
                CommerceActivities.capture_payment, CaptureRequest(
                    idempotency_key=self.key("capture"), authorization_id=auth.authorization_id, amount=amount),
                **WRITE)
        except ActivityError as err:
            if not self.reconciling():
                await self._cancel_branches(placed)
                await self.void_payment(auth)
                return await self.finish("failed", f"the payment could not be captured: {reason_of(err)}; orders "
                                                   "cancelled and authorization voided — nothing charged")
            paid = await self.captured_for(auth, amount, None)
            if paid is None:
                await self._cancel_branches(placed)
                await self.void_if_held(auth)
                return await self.finish_unpaid("failed", auth, f"the payment could not be captured: {reason_of(err)}",
                                                "orders cancelled and authorization voided")
            captured = paid
        self._status.authorization, self._status.captured = captured, amount
        await self.note("system", "payment.captured", format_minor(amount, captured.currency),
                        evidence={"authorization_id": captured.authorization_id, "held": auth.amount,
                                  "captured": amount, "orders": [o.branch_order_id for o in placed]})
        await self._follow_shipments([o.shipment_id for o in placed if o.shipment_id],
                                     request.shipment_poll_seconds)
        if partial:
            return await self.finish("partially_delivered", f"{len(placed)} of {len(self._status.orders)} branch "
                                                            f"orders delivered; {format_minor(amount)} charged")
        return await self.finish("delivered", f"all {len(placed)} branch order(s) delivered")

    async def _follow_shipments(self, shipment_ids: list[str], poll_seconds: int) -> None:
        """Poll every branch's courier until all are delivered, backing off while nothing changes."""
        self.set_state("shipping", f"following {len(shipment_ids)} shipment(s)")
        seen: dict[str, int] = {}
        interval = float(poll_seconds)
        while True:
            changed = False
            shipments = []
            for shipment_id in shipment_ids:
                shipment = await workflow.execute_activity_method(
                    CommerceActivities.get_shipment, ShipmentRef(shipment_id=shipment_id), **TRACKING)
                for event in shipment.events[seen.get(shipment_id, 0):]:
                    self.timeline("system", f"shipment.{event.status}", f"{shipment_id}: {event.description}")
                    changed = True
                seen[shipment_id] = len(shipment.events)
                shipments.append(shipment)
            self._status.shipments = shipments
            if all(s.delivered for s in shipments):
                return
            interval = float(poll_seconds) if changed else min(interval * 1.5, poll_seconds * 30.0)
            await workflow.sleep(timedelta(seconds=interval), summary="next tracking poll")

    async def _cancel_branches(self, orders: list[BranchOrder]) -> None:
        """Compensation: cancel branch orders (placed or only reserved); points go back to the shopper."""
        for order in orders:
            was_placed = order.status == "placed"
            try:
                cancelled = await workflow.execute_activity_method(
                    StoreActivities.cancel_branch_order, CancelBranchRequest(
                        idempotency_key=self.key(f"cancel/{order.branch_order_id}"),
                        branch_order_id=order.branch_order_id), **MUST_SUCCEED)
            except ActivityError as err:
                await self.note("system", "compensation.cancel_failed", str(err.cause or err), outcome="failed")
                continue
            for existing in self._status.orders:
                if existing.branch_order_id == order.branch_order_id and existing.status == "placed":
                    existing.status = cancelled.status
            if was_placed:
                await self.note("system", "branch.cancelled", order.branch_order_id,
                                evidence={"branch_order_id": order.branch_order_id})

    async def _release_quote(self, quote: Quote) -> None:
        """Compensation: free every branch's reserved capacity."""
        try:
            await workflow.execute_activity_method(
                StoreActivities.release_bulk_quote,
                ReleaseBulkRequest(idempotency_key=self.key("release"), quote_id=quote.checkout_id), **MUST_SUCCEED)
        except ActivityError as err:
            await self.note("system", "compensation.release_failed", str(err.cause or err), outcome="failed")
            return
        await self.note("system", "capacity.released", quote.checkout_id, evidence={"quote_id": quote.checkout_id})
