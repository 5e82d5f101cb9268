"""AftersalesWorkflow: one change to an identified shopper's order or account, under the written policy.

quote the change at the merchant → show exactly what changes and the money that moves → wait for the
shopper's signature over that quote (checked here against the shopper's registered keys, and again by the
merchant) → apply it with an idempotency key → ledger rows. A refusal by a rule of the policy ends the
errand as "refused: <rule id>: <rule sentence>" and is never retried; a request outside the policy (or one
the merchant cannot read) waits in the needs-human queue with a summary until an operator resolves it.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.common import SearchAttributeKey
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from errand.activities.aftersales import (
        POLICY_REFUSAL,
        AftersalesActivities,
        ApplyChangeRequest,
        QuoteChangeRequest,
        ShopperKeysRequest,
    )
    from errand.domain.aftersales import (
        AftersalesRequest,
        AftersalesStatus,
        ChangeQuote,
        change_digest,
        money_lines,
    )
    from errand.domain.approval import ApprovalVerdict
    from errand.domain.change_approval import verify_change_approval
    from errand.domain.models import Rejection, ShopperProfile, SignedApproval
    from errand.domain.passkey import passkey_evidence
    from errand.domain.returns import SEARCH_ATTRIBUTE_NEEDS_HUMAN, SEARCH_ATTRIBUTE_STATE, Decision

    from .approval import SignedQuoteErrand
    from .errand import reason_of
    from .policies import READ, WRITE

NEEDS_HUMAN = SearchAttributeKey.for_bool(SEARCH_ATTRIBUTE_NEEDS_HUMAN)
ERRAND_STATE = SearchAttributeKey.for_keyword(SEARCH_ATTRIBUTE_STATE)
HANDOVER_TIMEOUT = timedelta(days=7)

AFTERSALES_PASSKEY_PATCH = "aftersales-passkey-v1"
"""A change may be approved with a passkey's assertion over the change quote's digest (checked against the
shopper's registered credential here and again by the merchant); histories from before refused one as
malformed (the marker is asked for only when one arrives)."""


def _refused_rule(err: ActivityError) -> str | None:
    """The policy rule a failed activity names, when the merchant refused by one."""
    cause = err.cause
    if isinstance(cause, ApplicationError) and cause.type == POLICY_REFUSAL and cause.details:
        return str(cause.details[0])
    return None


@workflow.defn(name="aftersales")
class AftersalesWorkflow(SignedQuoteErrand[AftersalesStatus]):
    @workflow.init
    def __init__(self, request: AftersalesRequest) -> None:
        super().__init__(AftersalesStatus(errand_id=workflow.info().workflow_id, shopper_id=request.intent.shopper_id,
                                          state="quoting", intent=request.intent))
        self._search_attributes = request.search_attributes
        self._resolution: Decision | None = None

    @workflow.signal
    def resolve(self, decision: Decision) -> None:
        """An operator took over a handed-over request (``approve``: done by a person; otherwise declined)."""
        if self._status.state == "needs_human" and self._resolution is None:
            self._resolution = decision
        else:
            self.timeline("operator", "resolution.ignored", f"errand is {self._status.state}, not waiting for one")

    @workflow.query
    def status(self) -> AftersalesStatus:
        return self._status

    def set_state(self, state: str, details: str = "") -> None:
        super().set_state(state, details)
        if self._search_attributes:
            workflow.upsert_search_attributes([ERRAND_STATE.value_set(state),
                                               NEEDS_HUMAN.value_set(state == "needs_human")])

    @workflow.run
    async def run(self, request: AftersalesRequest) -> AftersalesStatus:
        intent = request.intent
        change = intent.change
        await self.note("shopper", "errand.started", intent.sentence or f"after-sales {self._operation()}",
                        evidence={"intent": intent.model_dump(mode="json")})
        if change is None:
            return await self._hand_over(intent.handover or "the request is outside what the policy covers")
        try:
            profile = await self._keys(intent.shopper_id)
            quote = await workflow.execute_activity_method(
                AftersalesActivities.quote_change,
                QuoteChangeRequest(idempotency_key=self.key("quote"), shopper_id=intent.shopper_id, change=change),
                **WRITE)
        except ActivityError as err:
            return await self._not_done(err, "quote")
        if change_digest(quote.quote) != quote.quote_digest:
            return await self.finish("failed", "the merchant's quote does not match its digest; nothing changed")
        self._show(quote)
        await self.note("agent", "change.quoted", self._status.summary,
                        evidence={"quote_id": quote.quote_id, "quote_digest": quote.quote_digest,
                                  "changes": quote.quote.get("changes"), "money": quote.quote.get("money")})
        self.set_state("awaiting_approval", self._status.summary)
        answer = await self._await_change_approval(quote, profile, request.approval_timeout_seconds)
        if answer is None:
            return await self.finish("expired", "no signed approval before the quote expired; nothing changed")
        if isinstance(answer, Rejection):
            return await self.finish("rejected", f"{answer.reason[:200]}; nothing changed", who="shopper")
        self.set_state("applying", f"applying {change.operation.replace('_', ' ')}")
        await self.wait_while_held()
        try:
            applied = await workflow.execute_activity_method(
                AftersalesActivities.apply_change,
                ApplyChangeRequest(idempotency_key=self.key("apply"), shopper_id=intent.shopper_id,
                                   quote_id=quote.quote_id, approval=answer), **WRITE)
        except ActivityError as err:
            return await self._not_done(err, "apply")
        self._status.applied = applied.answer
        await self.note("system", "change.applied", str(applied.answer.get("summary", ""))[:200],
                        evidence={"quote_id": quote.quote_id, "operation": change.operation,
                                  "money": applied.answer.get("money", []),
                                  "order_status": (applied.answer.get("order") or {}).get("status")})
        return await self.finish("completed", self._status.summary)

    def _operation(self) -> str:
        change = self._status.intent.change
        return change.operation.replace("_", " ") if change is not None else "hand-over to a person"

    def _show(self, quote: ChangeQuote) -> None:
        """What the shopper is asked to sign, in the quote's own words and every movement of money."""
        money = list(quote.quote.get("money") or [])
        moves = money_lines(money, str(quote.quote.get("currency", "USD")))
        self._status.quote, self._status.quote_digest, self._status.money = quote.quote, quote.quote_digest, money
        self._status.summary = str(quote.quote.get("summary", "")) + (f" Money: {'; '.join(moves)}." if moves else "")

    async def _not_done(self, err: ActivityError, step: str) -> AftersalesStatus:
        """A refusal by a rule ends the errand as refused; anything else the merchant will not take goes to a
        person with a summary; a merchant that cannot be reached fails the errand. Nothing changed in any."""
        rule = _refused_rule(err)
        if rule is not None:
            self._status.refused_rule = rule
            sentence = reason_of(err).split(": ", 1)[-1]
            return await self.finish("refused", f"refused: {rule}: {sentence}")
        cause = err.cause
        if step == "quote" and isinstance(cause, ApplicationError) and cause.non_retryable:
            return await self._hand_over(f"the merchant would not quote this change ({reason_of(err)[:200]})")
        return await self.finish("failed", f"could not {step} the change: {reason_of(err)[:300]}; nothing changed")

    async def _hand_over(self, why: str) -> AftersalesStatus:
        """Park the errand where operators find it (ErrandNeedsHuman) until one resolves it."""
        intent = self._status.intent
        summary = f"{intent.shopper_id} asked: “{intent.sentence[:300]}” — {self._operation()}; {why}"
        self._status.needs_human = True
        self.set_state("needs_human", summary[:200])
        await self.note("agent", "escalated.needs_human", summary, evidence={"summary": summary,
                                                                              "rule": "scope.person"})
        try:
            await workflow.wait_condition(lambda: self._resolution is not None, timeout=HANDOVER_TIMEOUT,
                                          timeout_summary="operator resolution deadline")
        except TimeoutError:
            pass
        self._status.needs_human = False
        decision = self._resolution
        if decision is None:
            return await self.finish("expired", "no operator took it within 7 days; nothing changed")
        # Terminal names every errand kind shares (domain.models.TERMINAL_STATES): the outcome says who did what.
        if decision.approve:
            return await self.finish("completed", f"resolved by {decision.operator}: {decision.note[:300]}",
                                     who="operator")
        return await self.finish("refused", f"declined by {decision.operator}: {decision.note[:300]}", who="operator")

    async def _await_change_approval(self, quote: ChangeQuote, profile: ShopperProfile,
                                     timeout_seconds: int) -> SignedApproval | Rejection | None:
        """Wait for a valid signature over this very quote, a rejection, or the deadline (the earlier of the
        quote's expiry and ``timeout_seconds``). Every invalid approval is noted and changes nothing."""
        deadline = min(quote.expires_at, workflow.now() + timedelta(seconds=timeout_seconds))
        while True:
            remaining = (deadline - workflow.now()).total_seconds()
            if remaining > 0 and not self._approvals and self._rejection is None:
                try:
                    await workflow.wait_condition(lambda: bool(self._approvals) or self._rejection is not None,
                                                  timeout=timedelta(seconds=remaining),
                                                  timeout_summary="change approval deadline")
                except TimeoutError:
                    pass
            while self._approvals:
                candidate = self._approvals.pop(0)
                public_key, verdict = self._change_verdict(quote, candidate, profile)
                if verdict == "ok" or (verdict == "unknown_key" and self._may_look_up(candidate.key_id)):
                    try:  # read again: a key revoked since is refused, one enrolled since counts
                        profile = await self._keys(profile.shopper_id)
                    except ActivityError:
                        pass
                    public_key, verdict = self._change_verdict(quote, candidate, profile)
                if verdict == "ok":
                    kind = "passkey" if candidate.passkey is not None else "signature"
                    await self.note("shopper", "approval.accepted", f"{kind} verified against the change quote",
                                    evidence={"quote_digest": candidate.quote_digest, "signature": candidate.signature,
                                              "shopper_id": candidate.shopper_id, "public_key": public_key,
                                              **passkey_evidence(candidate)})
                    return candidate
                await self.note("system", "approval.refused", f"approval ignored: {verdict.replace('_', ' ')}",
                                evidence={"verdict": verdict, "claimed_shopper": candidate.shopper_id[:64],
                                          "claimed_digest": candidate.quote_digest[:64]}, outcome=verdict)
            if self._rejection is not None:
                return self._rejection
            if workflow.now() >= deadline:
                return None

    async def _keys(self, shopper_id: str) -> ShopperProfile:
        """The shopper's active keys as the wallet lists them now, as a profile (keys only)."""
        keys = await workflow.execute_activity_method(
            AftersalesActivities.shopper_keys, ShopperKeysRequest(shopper_id=shopper_id), **READ)
        return ShopperProfile(shopper_id=shopper_id, name="", addresses=[], loyalty_points=0, keys=keys.keys)

    @staticmethod
    def _change_verdict(quote: ChangeQuote, candidate: SignedApproval,
                        profile: ShopperProfile) -> tuple[str | None, ApprovalVerdict]:
        """Whether ``candidate`` confirms exactly this quote with an active key of its shopper: an Ed25519
        signature, or a passkey's assertion over its digest (histories from before refused one as malformed)."""
        if candidate.passkey is not None and not workflow.patched(AFTERSALES_PASSKEY_PATCH):
            return None, "malformed"
        return verify_change_approval(quote, candidate, profile, workflow.now())


__all__ = ["AftersalesRequest", "AftersalesWorkflow"]
