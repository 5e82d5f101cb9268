"""What a price watch does when its target is met: buy under the mandate, or hand over to a buy errand.

Both reuse the buy path rather than copying it: the mandate purchase calls the same commerce activities
(reserve and quote, place order, capture) and the shared compensations of ``Errand`` (void, release); the
approval path starts a ``BuyWorkflow`` child, whose quote the shopper approves with a normal signature.
Run from inside ``PriceWatchWorkflow`` only.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.exceptions import ActivityError, ChildWorkflowError

with workflow.unsafe.imports_passed_through():
    from errand.activities.commerce import CommerceActivities
    from errand.activities.messages import QuoteRequest
    from errand.activities.price_watch import MandateAuthorizeRequest, PriceWatchActivities
    from errand.domain.approval import quote_digest
    from errand.domain.mandate import SignedMandate
    from errand.domain.models import BuyIntent
    from errand.domain.money import format_minor
    from errand.domain.watch import PriceWatchStatus

    from .buy import BuyRequest, BuyWorkflow
    from .errand import Errand, reason_of
    from .policies import WRITE
    from .requests import PriceWatchRequest

QUOTE_MINUTES = 15
"""How long the merchant's quote is good for when nobody needs to read it."""


class WatchingErrand(Errand[PriceWatchStatus]):
    """What the buying helpers need of the watch that runs them (``PriceWatchWorkflow`` is one)."""

    def status(self) -> PriceWatchStatus:
        raise NotImplementedError


async def buy_under_mandate(watch: WatchingErrand, request: PriceWatchRequest,
                            signed: SignedMandate) -> PriceWatchStatus:
    """Reserve, price and pay with nobody present; the wallet checks the quote against the mandate."""
    status: PriceWatchStatus = watch.status()
    intent, mandate = request.intent, signed.mandate
    assert status.product_id is not None and status.mandate_id is not None
    if workflow.now() >= mandate.expires_at:
        return await watch.finish("refused", f"the mandate expired at {mandate.expires_at:%Y-%m-%d %H:%M} UTC; "
                                             "nothing bought, nothing charged")
    watch.set_state("buying", f"buying {intent.quantity}× {status.product_title} under mandate")
    await watch.wait_while_held()
    try:
        quote = await workflow.execute_activity_method(
            CommerceActivities.reserve_and_quote,
            QuoteRequest(idempotency_key=watch.key("checkout"), errand_id=watch.errand_id,
                         shopper_id=intent.shopper_id, product_id=status.product_id, quantity=intent.quantity,
                         address_label=request.address_label, loyalty_points=0,
                         approve_by=workflow.now() + timedelta(minutes=QUOTE_MINUTES)),
            **WRITE)
    except ActivityError as err:
        await watch.release_checkout(None)
        return await watch.finish("failed", f"could not reserve and price the cart: {reason_of(err)}; nothing charged")
    status.quote = quote
    watch.checkout_id = quote.checkout_id
    await watch.note("agent", "quote.priced", f"{format_minor(quote.total, quote.currency)} under mandate "
                                              f"{status.mandate_id}",
                     evidence={"quote_digest": quote_digest(quote), "total": quote.total,
                               "mandate_id": status.mandate_id})
    await watch.wait_while_held()
    try:
        auth = await workflow.execute_activity_method(
            PriceWatchActivities.authorize_under_mandate,
            MandateAuthorizeRequest(idempotency_key=watch.key("authorize"), mandate_id=status.mandate_id,
                                    quote=quote),
            **WRITE)
    except ActivityError as err:
        await watch.release_checkout(quote.checkout_id)
        return await watch.finish("refused", f"the wallet refused the purchase under the mandate: {reason_of(err)}; "
                                             "nothing charged")
    status.authorization = auth
    await watch.note("system", "payment.authorized", f"{format_minor(auth.amount, auth.currency)} under mandate",
                     evidence={"authorization_id": auth.authorization_id, "mandate_id": status.mandate_id})
    order = await watch.place_and_capture(quote, auth)
    if order is None:
        return status
    line = quote.lines[0]
    return await watch.finish("bought", f"bought {line.quantity}× {line.title} at "
                                        f"{format_minor(line.unit_price, quote.currency)} under the mandate: order "
                                        f"{order.order_id}, {format_minor(quote.total, quote.currency)} charged")


async def buy_with_approval(watch: WatchingErrand, request: PriceWatchRequest) -> PriceWatchStatus:
    """Start a buy errand capped at the target price and end as it ends (the shopper signs its quote)."""
    status: PriceWatchStatus = watch.status()
    intent = request.intent
    buy_id = f"buy-{intent.shopper_id}-{workflow.uuid4().hex[:8]}"
    buy_intent = BuyIntent(
        shopper_id=intent.shopper_id, query=status.product_title, quantity=intent.quantity,
        max_unit_price=intent.target_price, address_label=request.address_label,
        sentence=f"{intent.sentence or intent.query} (price watch {watch.errand_id} met its target)")
    status.buy_errand_id = buy_id
    watch.set_state("awaiting_approval", f"target met: approve the quote of {buy_id}")
    await watch.note("agent", "watch.approval_requested", f"approve the quote of {buy_id}",
                     evidence={"buy_errand_id": buy_id})
    try:
        result = await workflow.execute_child_workflow(
            BuyWorkflow.run,
            BuyRequest(intent=buy_intent, approval_timeout_seconds=request.approval_timeout_seconds,
                       shipment_poll_seconds=request.shipment_poll_seconds),
            id=buy_id, parent_close_policy=workflow.ParentClosePolicy.ABANDON, memo=watch.child_memo(),
            static_summary=f"buy {intent.quantity}× {status.product_title} at ≤ "
                           f"{format_minor(intent.target_price)} (price watch {watch.errand_id})")
    except ChildWorkflowError as err:
        return await watch.finish("failed", f"the buy errand {buy_id} failed: {err.cause or err}")
    # The buy errand's end is the watch's end; "delivered" reads as "bought" for a watch.
    state = "bought" if result.state == "delivered" else result.state if result.finished else "failed"
    return await watch.finish(state, f"{buy_id}: {result.outcome}")


__all__ = ["QUOTE_MINUTES", "buy_under_mandate", "buy_with_approval"]
