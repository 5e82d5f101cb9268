"""BuyWorkflow: one shopper's purchase, from a sentence's intent to a delivered parcel.

search → rank → reserve → quote → wait for the shopper's signed approval → verify → authorize → place the
order → capture → follow the shipment to delivered. The human approves with an Ed25519 signature over the
exact quote; anything else sent as an approval changes nothing and is recorded. A failure after the
payment is authorized runs the compensations, so the shopper is never charged for an order that failed.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from pydantic import BaseModel, Field
from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from errand.activities.commerce import CommerceActivities
    from errand.activities.messages import (
        BestOfferRequest,
        QuoteRequest,
        SearchRequest,
        ShipmentRef,
        ShopperRef,
    )
    from errand.activities.policy import PolicyActivities, SpendQuery, SpendTotal
    from errand.domain.approval import quote_digest
    from errand.domain.models import (
        BuyIntent,
        Candidate,
        ErrandStatus,
        Quote,
        Ranking,
        ShopperProfile,
        SignedApproval,
    )
    from errand.domain.money import format_minor
    from errand.domain.payment import MethodResolution
    from errand.domain.policy import SpendingCaps
    from errand.domain.ranking import best_per_merchant, delivered_reason, rank_candidates

    from .approval import SignedQuoteErrand
    from .buy_nearest import NearestOffer
    from .caps import check_spending_caps, daily_cap_for_hold, over_cap_at_hold, recheck_daily_cap
    from .errand import reason_of
    from .payment_choice import bind_payment_method, payment_unresolved, resolve_payment_choice
    from .policies import READ, TRACKING, WRITE
    from .shipment_follow import EVENTS_PATCH, ShipmentFollower


# Trying the next-ranked product when the first is out of stock; histories from before keep failing there.
NEXT_CANDIDATE_PATCH = "next-candidate-when-out-of-stock-v1"
MAX_CANDIDATES = 3
# Several merchants: skipped ones are noted, each merchant's best is priced to the door and the cheapest
# delivered is bought; an order with no courier shipment ends as ordered. Histories from before never reach
# these branches (one merchant, a shipment on every order) and replay unchanged.
MULTI_MERCHANT_PATCH = "multi-merchant-v1"
ORDERED_PATCH = "order-without-shipment-v1"
# Nothing fits exactly: the closest products, with what did not fit, become a question the shopper answers in
# one word, rather than a bare "no match". Histories from before end where they ended.
NEAREST_PATCH = "nearest-offer-question-v1"
# The daily spend the cap check needs is read while the merchant reserves and prices the cart, so the quote is
# checked and offered (the timeline, the status query, the stream) in the workflow task that receives it,
# rather than one activity round trip later. Nothing about the check changes: the quote is shown, and an
# approval is looked at, only after the caps passed. Histories from before read it after the quote.
QUOTE_EARLY_PATCH = "quote-visible-early-v1"
# The shopper's profile and the catalogue search are read side by side (neither needs the other); histories
# from before read the profile first.
PROFILE_BESIDE_SEARCH_PATCH = "profile-beside-search-v1"


def _out_of_stock(err: ActivityError) -> bool:
    cause = err.cause
    return isinstance(cause, ApplicationError) and cause.type == "out_of_stock"


class BuyRequest(BaseModel):
    intent: BuyIntent
    approval_timeout_seconds: int = Field(default=1800, ge=1, le=7 * 24 * 3600)
    shipment_poll_seconds: int = Field(default=30, ge=1, le=3600)
    use_loyalty_points: bool = True
    caps: SpendingCaps | None = None
    choice_timeout_seconds: int = Field(default=900, ge=1, le=24 * 3600,
                                        description="how long a question about the closest products waits")


@workflow.defn(name="buy")
class BuyWorkflow(ShipmentFollower, NearestOffer, SignedQuoteErrand[ErrandStatus]):
    _payment: MethodResolution | None = None  # the shopper's chosen payment method, if they named one

    @workflow.init
    def __init__(self, request: BuyRequest) -> None:
        super().__init__(ErrandStatus(
            errand_id=workflow.info().workflow_id, shopper_id=request.intent.shopper_id, state="searching",
            intent=request.intent,
        ))
        self._answers = []
        self._spend: workflow.ActivityHandle[SpendTotal] | None = None

    @workflow.query
    def status(self) -> ErrandStatus:
        return self._status

    @workflow.run
    async def run(self, request: BuyRequest) -> ErrandStatus:
        intent = request.intent
        await self.note("agent", "errand.started", intent.sentence or intent.query,
                        evidence={"intent": intent.model_dump(mode="json")})
        search = SearchRequest(query=intent.query, category=intent.category, max_price=intent.max_unit_price)
        try:
            if workflow.patched(PROFILE_BESIDE_SEARCH_PATCH):
                profile, found = await asyncio.gather(
                    workflow.execute_activity_method(
                        CommerceActivities.get_shopper_profile, ShopperRef(shopper_id=intent.shopper_id), **READ),
                    workflow.execute_activity_method(CommerceActivities.search_products, search, **READ))
            else:
                profile = await workflow.execute_activity_method(
                    CommerceActivities.get_shopper_profile, ShopperRef(shopper_id=intent.shopper_id), **READ)
                found = await workflow.execute_activity_method(CommerceActivities.search_products, search, **READ)
        except ActivityError as err:
            return await self.finish("failed", f"could not start: {reason_of(err)}")
        for skipped in found.skipped:
            if workflow.patched(MULTI_MERCHANT_PATCH):
                await self.note("system", "merchant.skipped", f"{skipped.merchant} skipped: {skipped.reason}",
                                evidence=skipped.model_dump(mode="json"))
        if profile.address(intent.address_label) is None:
            return await self.finish("failed", f"{intent.shopper_id} has no address called "
                                               f"“{intent.address_label}”")
        self._payment = await resolve_payment_choice(self, intent.shopper_id, intent.pay_with)
        if payment_unresolved(self._payment):
            return self._status

        ranking = rank_candidates(found.products, intent)
        self._status.ranking = ranking
        if ranking.chosen is None:
            if not workflow.patched(NEAREST_PATCH):
                return await self.finish("no_match", ranking.reason)
            chosen = await self.offer_nearest(intent, found.products + found.closest, found.lacking,
                                              request.choice_timeout_seconds)
            if chosen is None:
                return self._status
            request = request.model_copy(update={"intent": chosen})
        else:
            await self.note("agent", "product.chosen", ranking.reason,
                            evidence={"product_id": ranking.chosen.product.product_id,
                                      "considered": [c.product.product_id for c in ranking.considered]})

        quote = await self._quote(request, profile)
        if quote is None:
            return self._status
        approval = await self._await_signed_approval(quote, profile)
        if approval is None:
            return self._status
        return await self._pay_and_deliver(request, quote, approval)

    async def _quote(self, request: BuyRequest, profile: ShopperProfile) -> Quote | None:
        intent = request.intent
        ranking = self._status.ranking
        assert ranking is not None and ranking.chosen is not None
        self.set_state("reserving")
        offers = best_per_merchant(ranking)
        if len(offers) > 1 and workflow.patched(MULTI_MERCHANT_PATCH):
            return await self._best_delivered_quote(request, profile, offers)
        self.merchant = ranking.chosen.product.merchant
        tries = 0
        while True:
            await self.wait_while_held()
            tries += 1
            self._read_spend_ahead(request)
            try:
                quote = await workflow.execute_activity_method(
                    CommerceActivities.reserve_and_quote,
                    QuoteRequest(
                        idempotency_key=self.key("checkout" if tries == 1 else f"checkout/{tries}"),
                        errand_id=self.errand_id, shopper_id=intent.shopper_id,
                        product_id=ranking.chosen.product.product_id, quantity=intent.quantity,
                        address_label=intent.address_label,
                        loyalty_points=profile.loyalty_points if request.use_loyalty_points else 0,
                        approve_by=workflow.now() + timedelta(seconds=request.approval_timeout_seconds),
                        merchant=self.merchant, discount_codes=intent.discount_codes,
                    ),
                    **WRITE,
                )
                break
            except ActivityError as err:
                following = self._next_candidate(ranking, tries)
                if following is not None and _out_of_stock(err) and workflow.patched(NEXT_CANDIDATE_PATCH):
                    # An empty shelf is not the end of the errand: the next best match that still fits.
                    gone = ranking.chosen.product
                    ranking.chosen = following
                    self.merchant = following.product.merchant
                    await self.note("agent", "product.chosen",
                                    f"{gone.title} is out of stock; next best: {following.product.title} at "
                                    f"{format_minor(following.product.price, following.product.currency)}",
                                    evidence={"product_id": following.product.product_id,
                                              "out_of_stock": gone.product_id})
                    continue
                await self.release_checkout(None)
                await self.finish("failed", f"could not reserve and price the cart: {reason_of(err)}")
                return None
        return await self._offer(request, quote)

    async def _best_delivered_quote(self, request: BuyRequest, profile: ShopperProfile,
                                    offers: list[Candidate]) -> Quote | None:
        """Each merchant's best priced to the door by the merchant itself; the cheapest delivered is kept."""
        intent = request.intent
        ranking = self._status.ranking
        assert ranking is not None
        await self.wait_while_held()
        self._read_spend_ahead(request)
        approve_by = workflow.now() + timedelta(seconds=request.approval_timeout_seconds)
        try:
            best = await workflow.execute_activity_method(
                CommerceActivities.reserve_best_offer,
                BestOfferRequest(offers=[QuoteRequest(
                    idempotency_key=self.key(f"checkout/{c.product.merchant}"), errand_id=self.errand_id,
                    shopper_id=intent.shopper_id, product_id=c.product.product_id, quantity=intent.quantity,
                    address_label=intent.address_label,
                    loyalty_points=profile.loyalty_points if request.use_loyalty_points else 0,
                    approve_by=approve_by, merchant=c.product.merchant, discount_codes=intent.discount_codes)
                    for c in offers], ratings=[c.product.rating for c in offers]),
                **WRITE)
        except ActivityError as err:
            await self.finish("failed", f"could not reserve and price the cart at any merchant: {reason_of(err)}")
            return None
        quote = best.chosen.quote
        assert quote is not None
        self.merchant = best.chosen.merchant
        ranking.chosen = next(c for c in offers if c.product.merchant == best.chosen.merchant)
        ranking.reason = delivered_reason(best.chosen, list(best.compared))
        await self.note("agent", "merchant.chosen", ranking.reason,
                        evidence={"merchant": best.chosen.merchant, "product_id": best.chosen.product_id,
                                  "compared": [o.model_dump(mode="json", exclude={"quote"}) for o in best.compared]})
        return await self._offer(request, quote)

    async def _offer(self, request: BuyRequest, quote: Quote) -> Quote | None:
        """Check the quote against the shopper's caps and offer it for signing."""
        intent = request.intent
        paid = await bind_payment_method(self, quote, self._payment, lambda: self.release_checkout(quote.checkout_id))
        if paid is None:
            return None
        quote = paid
        self._status.quote = quote
        self._status.quote_digest = quote_digest(quote)
        self.checkout_id = quote.checkout_id
        if intent.max_total is not None and quote.total > intent.max_total:
            await self.release_checkout(quote.checkout_id)
            await self.finish("no_match", f"the best match costs {format_minor(quote.total, quote.currency)} "
                                          f"delivered, over the {format_minor(intent.max_total)} cap")
            return None
        if request.caps is not None:
            spent = None if self._spend is None else (await self._spend).amount
            verdict = await check_spending_caps(self, request.caps, intent.shopper_id, quote.total, spent)
            if not verdict.ok:
                await self.release_checkout(quote.checkout_id)
                await self.finish("over_cap", f"{verdict.rule.replace('_', '-')} cap: {verdict.detail}; "
                                              "stock released")
                return None
        await self.note("agent", "quote.offered",
                        f"{format_minor(quote.total, quote.currency)} — awaiting the shopper's signature",
                        evidence={"quote_digest": self._status.quote_digest, "total": quote.total,
                                  "currency": quote.currency, "expires_at": quote.expires_at.isoformat()})
        return quote

    def _read_spend_ahead(self, request: BuyRequest) -> None:
        """Start reading today's spend for the daily cap (once), beside the reservation that prices the cart."""
        caps = request.caps
        if self._spend is not None or caps is None or caps.per_day is None:
            return
        if not workflow.patched(QUOTE_EARLY_PATCH):
            return
        self._spend = workflow.start_activity_method(
            PolicyActivities.spent_today, SpendQuery(shopper_id=request.intent.shopper_id), **READ)

    @staticmethod
    def _next_candidate(ranking: Ranking, tries: int) -> Candidate | None:
        """The candidate after the one just tried, while fewer than ``MAX_CANDIDATES`` were tried."""
        if tries >= MAX_CANDIDATES or tries >= len(ranking.considered):
            return None
        return ranking.considered[tries]

    async def _await_signed_approval(self, quote: Quote, profile: ShopperProfile) -> SignedApproval | None:
        """Wait for a valid signature over this exact quote; invalid ones are recorded and ignored."""
        self.set_state("awaiting_approval",
                       f"awaiting approval: {format_minor(quote.total, quote.currency)} for "
                       f"{quote.lines[0].quantity}× {quote.lines[0].title}")
        answer = await self.await_signed_approval(quote, profile)
        if isinstance(answer, SignedApproval):
            return answer
        await self.release_checkout(quote.checkout_id)
        if answer is not None:
            await self.finish("rejected", answer.reason[:200] or "rejected by the shopper", who="shopper")
        else:
            await self.finish("expired", "no valid approval before the quote expired; stock released")
        return None

    async def _pay_and_deliver(self, request: BuyRequest, quote: Quote, approval: SignedApproval) -> ErrandStatus:
        if request.caps is not None:
            # Another errand may have held or paid since this quote was offered: the daily cap decides again.
            try:
                verdict = await recheck_daily_cap(self, request.caps, request.intent.shopper_id, quote.total)
            except ActivityError as err:
                await self.release_checkout(quote.checkout_id)
                return await self.finish("failed", f"today's spend could not be read to check the daily cap: "
                                                   f"{reason_of(err)}; nothing charged, stock released")
            if verdict is not None and not verdict.ok:
                await self.release_checkout(quote.checkout_id)
                return await self.finish("over_cap", f"{verdict.rule.replace('_', '-')} cap: {verdict.detail} "
                                                     "(read again when the approval arrived); nothing charged, "
                                                     "stock released")
        # Two approvals arriving at the same instant both pass the recheck: the wallet decides the cap at the hold.
        daily_cap = daily_cap_for_hold(request.caps)
        self.set_state("paying", f"paying {format_minor(quote.total, quote.currency)}")
        try:
            auth = await self.authorize(quote, approval, daily_cap=daily_cap)
        except ActivityError as err:
            await self.release_checkout(quote.checkout_id)
            if daily_cap is not None and over_cap_at_hold(err):
                return await self.finish("over_cap", f"per-day cap: the wallet refused the hold: {reason_of(err)}; "
                                                     "nothing charged, stock released")
            return await self.finish("failed", f"the wallet refused the payment: {reason_of(err)}; nothing charged")

        order = await self.place_and_capture(quote, auth)
        if order is None:
            return self._status
        if order.shipment_id is None:
            if workflow.patched(ORDERED_PATCH):
                # A merchant with its own fulfillment (no courier shipment to follow): the order is the end.
                return await self.finish("ordered", f"order {order.order_id} placed with {quote.merchant}, who "
                                                    "fulfils it without courier tracking")
            return await self.finish("failed", "the merchant placed the order without a shipment")
        await self._follow_shipment(order.shipment_id, request.shipment_poll_seconds)
        return await self.finish("delivered", f"order {order.order_id} delivered")

    async def _follow_shipment(self, shipment_id: str, poll_seconds: int) -> None:
        """Poll the courier, backing off while nothing changes so a slow parcel keeps history small."""
        if workflow.patched(EVENTS_PATCH):
            # Courier events (signals) first, polling as the fallback; failed attempts get rescheduled.
            return await self.follow_with_events(shipment_id, poll_seconds)
        self.set_state("shipping", f"following shipment {shipment_id}")
        seen = 0
        interval = float(poll_seconds)
        while True:
            shipment = await workflow.execute_activity_method(
                CommerceActivities.get_shipment, ShipmentRef(shipment_id=shipment_id), **TRACKING)
            self._status.shipment = shipment
            for event in shipment.events[seen:]:
                self.timeline("system", f"shipment.{event.status}", event.description)
            if len(shipment.events) > seen:
                seen = len(shipment.events)
                interval = float(poll_seconds)
            else:
                interval = min(interval * 1.5, poll_seconds * 30.0)
            if shipment.delivered:
                return
            await workflow.sleep(timedelta(seconds=interval), summary="next tracking poll")
