"""Reading the wallet and the merchant before compensating: the reconciliation half of an errand's payments.

After an ambiguous failure (a timeout, a lost answer, a 409) of placing, capturing, voiding or refunding, the
errand reads the authoritative state before it compensates or says anything about money: an order that exists
is kept, a capture already done is success, and "nothing charged" is said only once the wallet confirms it.
``Errand`` (errand.py) derives from ``Reconciling``, so every errand has these methods; the names both need
(``StatusT``, ``Who``, ``reason_of``) are defined here and errand.py re-exports them. Deterministic like the
rest of an errand: every read is an activity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, cast

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from errand.activities.messages import (
        AuthorizationRef,
        AuthorizationState,
        CancelOrderRequest,
        CheckoutRef,
        OrderRef,
    )
    from errand.activities.reconcile import ReconcileActivities
    from errand.domain.models import Authorization, ErrandStatusBase, Order, Quote
    from errand.domain.money import format_minor

    from .policies import MUST_SUCCEED, READ

Who = Literal["agent", "shopper", "system", "operator"]

# After an ambiguous failure (a timeout, a lost answer, a 409) of placing, capturing, voiding or refunding, the
# errand reads the wallet and the merchant before it compensates or says anything about money. Histories
# recorded before carry no marker and keep their old compensations.
RECONCILE_PATCH = "reconcile-before-compensating-v1"

_AUTH_STATUSES = ("held", "captured", "voided", "refunded", "partially_refunded")


StatusT = TypeVar("StatusT", bound=ErrandStatusBase)
"""The status model of one errand kind (what its ``status`` query returns)."""


class _Authorized(Protocol):
    """A status model with an ``authorization`` field, which the payment helpers keep up to date."""

    authorization: Authorization | None


def reason_of(err: BaseException) -> str:
    """The message a failed activity gave, for the errand's outcome."""
    cause = err.cause if isinstance(err, ActivityError) and err.cause else err
    return cause.message if isinstance(cause, ApplicationError) else str(cause)


class Reconciling(Generic[StatusT]):
    """Mixin at the root of ``Errand``: read the authoritative state, then compensate or finish truthfully."""

    _status: StatusT
    _reconcile: bool | None  # decided once, at the first point where it matters (set by ``Errand``)
    merchant: str

    if TYPE_CHECKING:  # defined by ``Errand``
        def key(self, step: str) -> str: ...

        async def wait_while_held(self) -> None: ...

        async def note(self, who: Who, what: str, detail: str = "", *, evidence: dict[str, Any] | None = None,
                       outcome: str = "") -> None: ...

        async def finish(self, state: str, outcome: str, who: Who = "system") -> StatusT: ...

        async def void_payment(self, auth: Authorization, step: str = "void") -> None: ...

    def _paid_status(self) -> _Authorized:
        """The status as the payment helpers write it: only errands that hold money call them, and their
        status models all have an ``authorization`` field."""
        return cast(_Authorized, self._status)

    def reconciling(self) -> bool:
        """Whether this run reads the wallet and the merchant before compensating (``RECONCILE_PATCH``)."""
        if self._reconcile is None:
            self._reconcile = workflow.patched(RECONCILE_PATCH)
        return self._reconcile

    async def read_authorization(self, authorization_id: str) -> AuthorizationState | None:
        """The wallet's view of an authorization, or None when it cannot be read."""
        try:
            return await workflow.execute_activity_method(
                ReconcileActivities.read_authorization, AuthorizationRef(authorization_id=authorization_id),
                **READ)
        except ActivityError:
            return None

    async def placed_order(self, quote: Quote, auth: Authorization) -> Order | None:
        """The order the checkout (or the authorization) was completed with, if the merchant placed one."""
        order_id: str | None = None
        try:
            checkout = await workflow.execute_activity_method(
                ReconcileActivities.read_checkout, CheckoutRef(checkout_id=quote.checkout_id, merchant=self.merchant),
                **READ)
            order_id = checkout.order_id if checkout.status == "completed" else None
        except ActivityError:
            state = await self.read_authorization(auth.authorization_id)
            order_id = state.order_id if state is not None else None
        if order_id is None:
            return None
        try:
            return await workflow.execute_activity_method(
                ReconcileActivities.read_order, OrderRef(order_id=order_id, merchant=self.merchant), **READ)
        except ActivityError:
            return Order(order_id=order_id, checkout_id=quote.checkout_id, status="confirmed", total=quote.total,
                         currency=quote.currency)

    async def captured_for(self, auth: Authorization, amount: int, order_id: str | None) -> Authorization | None:
        """The authorization as captured, when the wallet shows ``amount`` taken (for this order, when it
        names one): a capture that answered "already captured", or whose answer was lost, is done."""
        state = await self.read_authorization(auth.authorization_id)
        if state is None or state.status != "captured" or state.captured != amount:
            return None
        if order_id is not None and state.order_id not in (None, order_id):
            return None
        await self.note("system", "payment.reconciled", f"the wallet shows {format_minor(amount, state.currency)} "
                                                        "captured for this order",
                        evidence={"authorization_id": auth.authorization_id, "order_id": order_id})
        return Authorization(authorization_id=state.authorization_id, amount=state.amount,
                             currency=state.currency, status="captured")

    async def cancel_unpaid_order(self, order: Order, reason: str) -> bool:
        """Compensation: cancel a placed order that could not be paid, so it does not ship and whatever
        it captured is refunded by the merchant."""
        await self.wait_while_held()
        try:
            await workflow.execute_activity_method(
                ReconcileActivities.cancel_order,
                CancelOrderRequest(idempotency_key=self.key("cancel-order"), order_id=order.order_id,
                                   reason=f"payment could not complete: {reason}"[:200], merchant=self.merchant),
                **MUST_SUCCEED)
        except ActivityError as err:
            await self.note("system", "compensation.cancel_order_failed", reason_of(err)[:200],
                            evidence={"order_id": order.order_id}, outcome="failed")
            return False
        await self.note("system", "order.cancelled", order.order_id, evidence={"order_id": order.order_id})
        return True

    async def void_if_held(self, auth: Authorization, step: str = "void") -> None:
        """Void the authorization unless the wallet already shows it released (cancelling a checkout or an
        order releases its hold at the merchant's side)."""
        state = await self.read_authorization(auth.authorization_id)
        if state is None or state.status == "held":
            await self.void_payment(auth, step)

    async def finish_unpaid(self, state: str, auth: Authorization, what: str, done: str,
                            who: Who = "system", *, unresolved: str = "") -> StatusT:
        """Finish an errand that did not buy, telling the truth about the money: "nothing charged" only when
        the wallet confirms the hold released or refunded in full; otherwise what is still held or captured,
        with a ledger note for a person to settle it. ``unresolved`` names a compensation that failed (an
        order left standing), which needs a person even when the money is back."""
        wallet = await self.read_authorization(auth.authorization_id)
        if wallet is not None and wallet.status in _AUTH_STATUSES:
            self._paid_status().authorization = Authorization(
                authorization_id=wallet.authorization_id, amount=wallet.amount, currency=wallet.currency,
                status=wallet.status)
        if wallet is not None and wallet.settled_unpaid and not unresolved:
            return await self.finish(state, f"{what}; {done} — nothing charged", who)
        truth = money_truth(wallet, auth)
        if unresolved:
            truth = f"{unresolved}; {truth}"
        await self.note("system", "payment.needs_attention", truth,
                        evidence={"authorization_id": auth.authorization_id,
                                  "wallet_status": wallet.status if wallet else "unknown",
                                  "captured": wallet.captured if wallet else None,
                                  "refunded": wallet.refunded if wallet else None}, outcome="needs_attention")
        return await self.finish(state, f"{what}; {truth} — needs attention", who)


def money_truth(wallet: AuthorizationState | None, auth: Authorization) -> str:
    """What the wallet says the shopper is out of, in words, when it is not "nothing"."""
    if wallet is None:
        return (f"the wallet could not be read: authorization {auth.authorization_id} of "
                f"{format_minor(auth.amount, auth.currency)} may still be held or captured")
    if wallet.charged > 0:
        refunded = f", {format_minor(wallet.refunded, wallet.currency)} refunded" if wallet.refunded else ""
        return (f"{format_minor(wallet.captured, wallet.currency)} captured{refunded}, "
                f"{format_minor(wallet.charged, wallet.currency)} refund pending")
    if wallet.status == "held":
        return f"{format_minor(wallet.amount, wallet.currency)} still held in the wallet, void pending"
    if wallet.settled_unpaid:
        return f"nothing captured (authorization {wallet.status})"
    return f"authorization {wallet.authorization_id} is {wallet.status}"
