"""PriceWatchWorkflow: watch one product's price for a while; tell the shopper, or buy, when it meets a target.

resolve the product → (register the shopper's standing mandate) → sample the price at every interval
boundary, keeping a bounded summary → when the unit price is at or below the target:
  - without a mandate: start a buy errand (a child ``BuyWorkflow``) whose quote the shopper approves with a
    normal signature, and end as that errand ends;
  - with a mandate: reserve and price the cart, and let the wallet authorize it under the mandate with
    nobody present; the wallet refuses anything outside the mandate and the watch then ends ``refused``,
    having charged nothing.
A ``cancel`` signal stops it; it ends by itself at its deadline. Every ``samples_per_run`` samples it
continues as new, carrying its status, so its history stays small however long it watches.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pydantic import BaseModel, Field
from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from errand.activities.price_watch import (
        PriceSampleRequest,
        PriceWatchActivities,
        RegisterMandateRequest,
        RevokeMandateRequest,
        WatchProductRequest,
    )
    from errand.domain.intents import PriceWatchIntent
    from errand.domain.money import format_minor
    from errand.domain.watch import PriceWatchStatus

    from .errand import reason_of as _reason
    from .policies import READ, WRITE
    from .requests import PriceWatchRequest
    from .watch_buying import WatchingErrand, buy_under_mandate, buy_with_approval

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# A cancelled watch revokes its mandate in the wallet; histories from before ended without that call.
REVOKE_MANDATE_PATCH = "revoke-mandate-on-cancel"
_TIMELINE_KEPT = 50


class WatchCancel(BaseModel):
    """The ``cancel`` signal."""

    reason: str = Field(default="cancelled by the shopper", max_length=200)


def interval_bucket(now: datetime, interval: timedelta) -> datetime:
    """The start of the sampling interval ``now`` falls in, aligned to the epoch, so that every watch of a
    product with the same interval asks for the same bucket."""
    step = max(1, int(interval.total_seconds()))
    return _EPOCH + timedelta(seconds=int((now - _EPOCH).total_seconds()) // step * step)


@workflow.defn(name="price_watch")
class PriceWatchWorkflow(WatchingErrand):
    @workflow.init
    def __init__(self, request: PriceWatchRequest) -> None:
        super().__init__(request.carry or PriceWatchStatus(
            errand_id=workflow.info().workflow_id, shopper_id=request.intent.shopper_id, state="resolving",
            intent=request.intent,
        ))
        self._ledger_rows = request.ledger_rows
        self._cancel: WatchCancel | None = None
        if request.hold is not None:
            self._hold = request.hold

    @workflow.signal
    def cancel(self, request: WatchCancel) -> None:
        if self._cancel is None:
            self._cancel = request

    @workflow.query
    def status(self) -> PriceWatchStatus:
        return self._status

    @workflow.run
    async def run(self, request: PriceWatchRequest) -> PriceWatchStatus:
        if request.carry is None and not await self._begin(request):
            return self._status
        return await self._watch(request)

    async def _begin(self, request: PriceWatchRequest) -> bool:
        """First run only: find the product, register the mandate, set the deadline."""
        intent = request.intent
        await self.note("agent", "errand.started", intent.sentence or intent.query,
                        evidence={"intent": intent.model_dump(mode="json")})
        try:
            found = await workflow.execute_activity_method(
                PriceWatchActivities.resolve_watch_product,
                WatchProductRequest(query=intent.query, product_id=intent.product_id), **READ)
        except ActivityError as err:
            await self.finish("no_match", f"cannot watch “{intent.query}”: {_reason(err)}")
            return False
        status: PriceWatchStatus = self._status
        status.product_id = found.product.product_id
        status.product_title = found.product.title
        status.track.currency = found.product.currency
        status.track.seed_history(workflow.now().date(), found.history)
        status.deadline = workflow.now() + timedelta(days=intent.days)
        if request.mandate is not None:
            terms = request.mandate.mandate
            if terms.shopper_id != intent.shopper_id or terms.product_id not in (None, found.product.product_id):
                await self.finish("refused", "the mandate does not cover this watch (another shopper or product)")
                return False
            try:
                registered = await workflow.execute_activity_method(
                    PriceWatchActivities.register_mandate,
                    RegisterMandateRequest(idempotency_key=self.key("mandate"), signed=request.mandate), **WRITE)
            except ActivityError as err:
                await self.finish("refused", f"the wallet refused the mandate: {_reason(err)}")
                return False
            status.mandate_id = registered.mandate_id
            await self.note("shopper", "mandate.registered",
                            f"buy up to {request.mandate.mandate.quantity} at most "
                            f"{format_minor(request.mandate.mandate.max_unit_price)} each until "
                            f"{request.mandate.mandate.expires_at:%Y-%m-%d %H:%M} UTC",
                            evidence={"mandate_id": registered.mandate_id, "digest": registered.digest})
        await self.note("agent", "watch.started",
                        f"watching {found.product.title} for ≤ {format_minor(intent.target_price)} until "
                        f"{status.deadline:%Y-%m-%d %H:%M} UTC",
                        evidence={"product_id": found.product.product_id, "target_price": intent.target_price,
                                  "interval_hours": intent.interval_hours})
        return True

    async def _watch(self, request: PriceWatchRequest) -> PriceWatchStatus:
        intent = request.intent
        status: PriceWatchStatus = self._status
        assert status.product_id is not None and status.deadline is not None
        interval = timedelta(hours=intent.interval_hours)
        taken = 0
        while True:
            if self._cancel is not None:
                await self._revoke_mandate()
                return await self.finish("cancelled", self._cancel.reason, who="shopper")
            now = workflow.now()
            if now >= status.deadline:
                return await self._ended(intent)
            bucket = interval_bucket(now, interval)
            price = await self._sample(status.product_id, bucket, int(interval.total_seconds()))
            if price is not None:
                status.track.add(now, price)
                self.set_state("watching", f"{format_minor(price, status.track.currency)} now, target "
                                           f"{format_minor(intent.target_price)}; low "
                                           f"{format_minor(status.track.min or price, status.track.currency)}")
                if price <= intent.target_price:
                    return await self._fire(request, price)
            taken += 1
            # Wake at the next bucket boundary, shared by every watch of this interval, or at the deadline.
            await self._sleep_until(min(bucket + interval, status.deadline))
            if taken >= request.samples_per_run and self._cancel is None:
                self._continue(request)

    async def _revoke_mandate(self) -> None:
        """Revoke the watch's mandate so nothing is bought under it once the watch is cancelled."""
        status: PriceWatchStatus = self._status
        if status.mandate_id is None or not workflow.patched(REVOKE_MANDATE_PATCH):
            return
        try:
            await workflow.execute_activity_method(
                PriceWatchActivities.revoke_mandate,
                RevokeMandateRequest(idempotency_key=self.key("revoke-mandate"), mandate_id=status.mandate_id,
                                     shopper_id=status.shopper_id), **WRITE)
        except ActivityError as err:
            await self.note("system", "mandate.revoke_failed", _reason(err)[:200], outcome="failed")
            return
        await self.note("system", "mandate.revoked", status.mandate_id,
                        evidence={"mandate_id": status.mandate_id})

    async def _sleep_until(self, at: datetime) -> None:
        """Sleep until ``at`` (never less: a bucket must not be sampled twice) or until cancelled."""
        while self._cancel is None and workflow.now() < at:
            try:
                await workflow.wait_condition(lambda: self._cancel is not None,
                                              timeout=max(at - workflow.now(), timedelta(milliseconds=1)),
                                              timeout_summary="next price sample")
            except TimeoutError:
                pass

    async def _ended(self, intent: PriceWatchIntent) -> PriceWatchStatus:
        track = self._status.track
        low = format_minor(track.min, track.currency) if track.min is not None else "no price at all"
        return await self.finish("ended", f"no price at or below {format_minor(intent.target_price)} in "
                                          f"{intent.days} days; lowest seen {low}")

    async def _sample(self, product_id: str, bucket: datetime, interval_seconds: int) -> int | None:
        """One price reading; a failed one is skipped (the watch samples again next interval)."""
        try:
            sample = await workflow.execute_activity_method(
                PriceWatchActivities.sample_price,
                PriceSampleRequest(product_id=product_id, bucket=bucket, interval_seconds=interval_seconds), **READ)
        except ActivityError as err:
            self.timeline("system", "sample.failed", _reason(err)[:200])
            return None
        return sample.price

    def _continue(self, request: PriceWatchRequest) -> None:
        status: PriceWatchStatus = self._status
        status.runs += 1
        status.timeline = status.timeline[-_TIMELINE_KEPT:]
        workflow.continue_as_new(request.model_copy(update={"carry": status, "ledger_rows": self._ledger_rows,
                                                            "hold": self.carried_hold()}))

    async def _fire(self, request: PriceWatchRequest, price: int) -> PriceWatchStatus:
        intent = request.intent
        status: PriceWatchStatus = self._status
        status.fired_price = price
        await self.note("agent", "watch.target_met",
                        f"{status.product_title} at {format_minor(price, status.track.currency)} ≤ target "
                        f"{format_minor(intent.target_price)}",
                        evidence={"product_id": status.product_id, "price": price,
                                  "target_price": intent.target_price})
        if request.mandate is not None and status.mandate_id is not None:
            return await buy_under_mandate(self, request, request.mandate)
        return await buy_with_approval(self, request)


__all__ = ["PriceWatchRequest", "PriceWatchWorkflow", "WatchCancel", "interval_bucket"]
