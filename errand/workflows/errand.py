"""What every errand workflow shares: its status, the timeline, ledger notes and the compensations.

Used from inside workflows only: everything here is deterministic (``workflow.now()``, counters) and every
side effect goes through an activity with an idempotency key derived from the workflow id and the step.
Reading the wallet and the merchant after an ambiguous failure is ``Reconciling``'s (reconciling.py), which
``Errand`` derives from.
"""

from __future__ import annotations

from typing import Any, Protocol, cast

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from errand.activities.commerce import CommerceActivities
    from errand.activities.ledger import LedgerActivities
    from errand.activities.messages import (
        AuthorizeRequest,
        CaptureRequest,
        LedgerWrite,
        PlaceOrderRequest,
        ReleaseRequest,
        VoidRequest,
    )
    from errand.domain.models import Authorization, Order, Quote, SignedApproval, TimelineEntry
    from errand.domain.money import format_minor
    from errand.domain.policy import KillSwitch

    from .policies import LEDGER_LOCAL, MUST_SUCCEED, WRITE
    from .reconciling import Reconciling, StatusT, Who, money_truth, reason_of

# Ledger notes run as local activities: a row is a few milliseconds of work in the worker, and as an ordinary
# activity each cost a round trip through the server and ~6 history events. Histories recorded before the
# change carry no marker for this patch and keep replaying their ordinary ledger activities.
LOCAL_LEDGER_PATCH = "ledger-local-activity-v1"

# The kill switch binds what an errand starts later: a run continued as new carries the hold in its input,
# and a child errand started while held starts held (the hold in its memo, read by ``Errand.__init__``).
KILL_SWITCH_PATCH = "kill-switch-carried-v1"
KILL_SWITCH_MEMO = "kill_switch"


class _Ordered(Protocol):
    """A status model with an ``order`` field, which ``place_and_capture`` fills in."""

    order: Order | None


def _started_held() -> KillSwitch | None:
    """The hold a parent errand started this one under. Read on a first run only: the memo outlives
    continue-as-new, and a run continued as new carries its current hold in its input instead."""
    if workflow.info().continued_run_id is not None:
        return None
    held: KillSwitch | None = workflow.memo_value(KILL_SWITCH_MEMO, None, type_hint=KillSwitch)
    return held


class Errand(Reconciling[StatusT]):
    """Base for errand workflows: holds the errand's status and writes the timeline and the ledger.

    Subclasses keep their own status model (a subclass of ``ErrandStatusBase``) in ``self._status`` and name
    it as the type parameter, so that ``finish`` returns it typed.
    """

    _status: StatusT

    def __init__(self, status: StatusT) -> None:
        self._status = status
        self._ledger_rows = 0
        self._ledger_local: bool | None = None  # decided once, at the first note
        self.checkout_id: str | None = None
        self.merchant = ""  # the configured merchant the checkout is at; empty: the default one
        self.checkout_mandate: str | None = None  # the shopper's AP2 mandate, presented when the order is placed
        self._hold: KillSwitch | None = _started_held()
        self._reconcile: bool | None = None  # decided once, at the first point where it matters

    @workflow.signal(name="hold")
    def hold(self, order: KillSwitch) -> None:
        """Kill switch on: stop before the next side effect until ``release_hold``."""
        self._hold = order

    @workflow.signal(name="release_hold")
    def release_hold(self, order: KillSwitch) -> None:
        self._hold = None

    def child_memo(self) -> dict[str, Any] | None:
        """Memo for a child errand started now: it starts held while this errand is held."""
        if self._hold is None or not workflow.patched(KILL_SWITCH_PATCH):
            return None
        return {KILL_SWITCH_MEMO: self._hold}

    def carried_hold(self) -> KillSwitch | None:
        """The hold to carry into the next run when continuing as new (None when not held)."""
        if self._hold is None or not workflow.patched(KILL_SWITCH_PATCH):
            return None
        return self._hold

    async def wait_while_held(self) -> None:
        """Every side-effect helper calls this first. It issues no command unless a hold arrived, so
        histories recorded before the kill switch existed replay unchanged."""
        if self._hold is None:
            return
        before = workflow.get_current_details()
        workflow.set_current_details(f"held by kill switch: {self._hold.reason}")
        self.timeline("operator", "kill_switch.held", self._hold.reason)
        await workflow.wait_condition(lambda: self._hold is None)
        self.timeline("operator", "kill_switch.released")
        workflow.set_current_details(before)

    @property
    def errand_id(self) -> str:
        return self._status.errand_id

    def key(self, step: str) -> str:
        """Idempotency key for one side effect: stable across retries, replays and worker crashes."""
        return f"{self.errand_id}/{step}"

    def set_state(self, state: str, details: str = "") -> None:
        self._status.state = state
        workflow.set_current_details(details or state.replace("_", " "))

    def timeline(self, who: Who, what: str, detail: str = "") -> None:
        self._status.timeline.append(TimelineEntry(at=workflow.now(), who=who, what=what, detail=detail))

    async def note(self, who: Who, what: str, detail: str = "", *, evidence: dict[str, Any] | None = None,
                   outcome: str = "") -> None:
        """Add to the timeline and append a hash-chained ledger row (idempotent by its sequence key)."""
        await self.wait_while_held()
        self.timeline(who, what, detail)
        self._ledger_rows += 1
        write = LedgerWrite(
            idempotency_key=self.key(f"ledger/{self._ledger_rows}"), errand_id=self.errand_id, who=who,
            what=what, evidence=evidence or {}, outcome=outcome or detail[:200],
        )
        if self._ledger_local is None:
            self._ledger_local = workflow.patched(LOCAL_LEDGER_PATCH)
        if self._ledger_local:
            await workflow.execute_local_activity_method(LedgerActivities.record_ledger, write, **LEDGER_LOCAL)
        else:
            await workflow.execute_activity_method(LedgerActivities.record_ledger, write, **MUST_SUCCEED)

    async def finish(self, state: str, outcome: str, who: Who = "system") -> StatusT:
        self._status.outcome = outcome
        self.set_state(state, f"{state.replace('_', ' ')}: {outcome}")
        await self.note(who, f"errand.{state}", outcome, outcome=state)
        return self._status

    async def release_checkout(self, checkout_id: str | None) -> None:
        """Compensation: cancel the checkout so its stock hold is released."""
        checkout_id = checkout_id or self.checkout_id
        if checkout_id is None:
            return
        await self.wait_while_held()
        try:
            await workflow.execute_activity_method(
                CommerceActivities.release_stock,
                ReleaseRequest(idempotency_key=self.key("release"), checkout_id=checkout_id,
                               merchant=self.merchant), **MUST_SUCCEED)
        except ActivityError as err:
            await self.note("system", "compensation.release_failed", str(err.cause or err), outcome="failed")
            return
        await self.note("system", "stock.released", checkout_id, evidence={"checkout_id": checkout_id})

    async def void_payment(self, auth: Authorization, step: str = "void") -> None:
        """Compensation: void a held authorization so nothing is charged (``step`` names the key when an
        errand may hold more than one). Whether the shopper is out of nothing is for ``finish_unpaid`` to
        read from the wallet, not for this call to assume."""
        await self.wait_while_held()
        try:
            voided = await workflow.execute_activity_method(
                CommerceActivities.void_authorization,
                VoidRequest(idempotency_key=self.key(step), authorization_id=auth.authorization_id,
                            merchant=self.merchant, checkout_id=self.checkout_id),
                **MUST_SUCCEED)
        except ActivityError as err:
            await self.note("system", "compensation.void_failed", str(err.cause or err),
                            evidence={"authorization_id": auth.authorization_id}, outcome="failed")
            return
        self._paid_status().authorization = voided
        await self.note("system", "payment.voided", auth.authorization_id,
                        evidence={"authorization_id": auth.authorization_id})

    async def authorize(self, quote: Quote, approval: SignedApproval, step: str = "authorize",
                        daily_cap: int | None = None) -> Authorization:
        """Hold the quote's total in the wallet (which checks the signature again) and record it; a refusal
        is raised as the ``ActivityError`` for the caller to compensate. ``daily_cap``: the errand's own,
        which the wallet decides at the hold. The status model must have an ``authorization`` field."""
        await self.wait_while_held()
        auth = await workflow.execute_activity_method(
            CommerceActivities.authorize_payment,
            AuthorizeRequest(idempotency_key=self.key(step), quote=quote, approval=approval, daily_cap=daily_cap),
            **WRITE)
        self._paid_status().authorization = auth
        await self.note("system", "payment.authorized", format_minor(auth.amount, auth.currency),
                        evidence={"authorization_id": auth.authorization_id, "quote_digest": approval.quote_digest})
        return auth

    async def place_and_capture(self, quote: Quote, auth: Authorization) -> Order | None:
        """Place the order paid by a held authorization, then capture exactly the quote's total.

        After an ambiguous failure the merchant and the wallet are read first: an order that exists is placed
        and the errand carries on; a capture already done is success; an order that cannot be paid is
        cancelled at the merchant. When the errand cannot go on it finishes as failed, saying "nothing
        charged" only once the wallet confirms it (``finish_unpaid``), and returns None. The status model
        must have ``order`` and ``authorization`` fields.
        """
        self.set_state("placing_order")
        await self.wait_while_held()
        try:
            order = await workflow.execute_activity_method(
                CommerceActivities.place_order,
                PlaceOrderRequest(idempotency_key=self.key("place-order"), checkout_id=quote.checkout_id,
                                  authorization_id=auth.authorization_id, merchant=self.merchant,
                                  amount=quote.total, currency=quote.currency,
                                  checkout_mandate=self.checkout_mandate), **WRITE)
        except ActivityError as err:
            if not self.reconciling():
                await self.void_payment(auth)
                await self.release_checkout(quote.checkout_id)
                await self.finish("failed", f"the order could not be placed: {reason_of(err)}; authorization "
                                            "voided and stock released — nothing charged")
                return None
            found = await self.placed_order(quote, auth)
            if found is None:
                await self.release_checkout(quote.checkout_id)
                await self.void_if_held(auth)
                await self.finish_unpaid("failed", auth, f"the order could not be placed: {reason_of(err)}",
                                         "stock released and authorization voided")
                return None
            order = found
            await self.note("system", "order.reconciled", f"{order.order_id} exists although placing it failed: "
                                                          f"{reason_of(err)}"[:200],
                            evidence={"order_id": order.order_id, "checkout_id": quote.checkout_id})
        cast(_Ordered, self._status).order = order
        await self.note("system", "order.placed", order.order_id, evidence={"order_id": order.order_id})
        await self.wait_while_held()
        try:
            captured = await workflow.execute_activity_method(
                CommerceActivities.capture_payment,
                CaptureRequest(idempotency_key=self.key("capture"), authorization_id=auth.authorization_id,
                               amount=quote.total, merchant=self.merchant, order_id=order.order_id), **WRITE)
        except ActivityError as err:
            if not self.reconciling():
                await self.void_payment(auth)
                await self.finish("failed", f"the payment could not be captured: {reason_of(err)}; "
                                            "authorization voided — nothing charged")
                return None
            paid = await self.captured_for(auth, quote.total, order.order_id)
            if paid is None:
                cancelled = await self.cancel_unpaid_order(order, reason_of(err))
                await self.void_if_held(auth)
                await self.finish_unpaid(
                    "failed", auth, f"the payment could not be captured: {reason_of(err)}",
                    f"order {order.order_id} cancelled at the merchant",
                    unresolved="" if cancelled else f"order {order.order_id} could not be cancelled at the merchant")
                return None
            captured = paid
        self._paid_status().authorization = captured
        await self.note("system", "payment.captured", format_minor(captured.amount, captured.currency),
                        evidence={"authorization_id": captured.authorization_id, "order_id": order.order_id})
        return order


__all__ = ["KILL_SWITCH_MEMO", "KILL_SWITCH_PATCH", "LOCAL_LEDGER_PATCH", "Errand", "StatusT", "Who", "money_truth",
           "reason_of"]
