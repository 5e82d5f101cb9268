"""ReturnWorkflow: one shopper's return, from "it arrived broken" to the refund on the original payment.

check the order against the merchant's policy → check the photos → (a person decides the unclear cases) →
request the RMA → tell the merchant's support desk → offer pickup slots and wait for the shopper's choice
(the earliest after a timeout) → book the pickup → follow the courier to the warehouse → refund the
order's payment, once. Every refusal names the rule that applied; the refund's idempotency key makes a
retried or replayed refund a no-op at the wallet.

A person's decision counts only as an operator recorded it at the returns desk: the ``decide`` signal names
the recorded decision, and the errand reads it back from the desk (order, item, approve or refuse, who and
why) before it acts; a signal the desk does not confirm is noted and ignored.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.common import SearchAttributeKey
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from errand.activities.commerce import CommerceActivities
    from errand.activities.messages import RefundRequest
    from errand.activities.returns import (
        DecisionRef,
        OrderRef,
        PhotoCheckRequest,
        ReturnActivities,
        RmaRequest,
        SupportRequest,
        VisionRequest,
    )
    from errand.domain.intents import ReturnIntent
    from errand.domain.money import format_minor
    from errand.domain.returns import (
        SEARCH_ATTRIBUTE_NEEDS_HUMAN,
        SEARCH_ATTRIBUTE_STATE,
        CourierEvent,
        Decision,
        OrderFacts,
        PolicyVerdict,
        ReturnStatus,
        Rma,
        SlotChoice,
        assess_evidence,
        assess_order,
        evidence_required,
    )

    from .policies import MUST_SUCCEED, READ, WRITE
    from .requests import ReturnRequest
    from .return_pickup import ReturnPickup

DECISION_PATCH = "return-decision-from-desk-v1"
"""Marks histories where a decision is read back from the returns desk (older ones took the signal's word)."""
NEEDS_HUMAN = SearchAttributeKey.for_bool(SEARCH_ATTRIBUTE_NEEDS_HUMAN)
ERRAND_STATE = SearchAttributeKey.for_keyword(SEARCH_ATTRIBUTE_STATE)


def _reason(err: BaseException) -> str:
    cause = err.cause if isinstance(err, ActivityError) and err.cause else err
    return cause.message if isinstance(cause, ApplicationError) else str(cause)


def _combine(order: PolicyVerdict, evidence: PolicyVerdict) -> PolicyVerdict:
    """A refusal wins; otherwise anything a person must weigh goes to a person, with every reason."""
    if evidence.decision == "refused":
        return evidence
    doubts = [v for v in (order, evidence) if v.decision == "needs_human"]
    if doubts:
        return PolicyVerdict(decision="needs_human", reason="; ".join(v.reason for v in doubts),
                             rule="; ".join(v.rule for v in doubts if v.rule))
    return PolicyVerdict(decision="eligible", reason=f"{order.reason}; {evidence.reason}", rule=order.rule)


@workflow.defn(name="return")
class ReturnWorkflow(ReturnPickup):
    @workflow.init
    def __init__(self, request: ReturnRequest) -> None:
        super().__init__(ReturnStatus(errand_id=workflow.info().workflow_id, shopper_id=request.intent.shopper_id,
                                      state="checking_order", intent=request.intent))
        self._search_attributes = request.search_attributes
        self._decision: Decision | None = None
        self._slot_choice: SlotChoice | None = None
        self._courier_events = 0

    @workflow.signal
    def choose_slot(self, choice: SlotChoice) -> None:
        if self._slot_choice is None:
            self._slot_choice = choice

    @workflow.signal
    def decide(self, decision: Decision) -> None:
        if self._status.state == "needs_human" and self._decision is None:
            self._decision = decision
        else:
            self.timeline("operator", "decision.ignored", f"errand is {self._status.state}, not waiting for one")

    @workflow.signal
    def courier_event(self, event: CourierEvent) -> None:
        # News from the courier wakes the errand to look; the courier's API, not the signal, is believed.
        self.timeline("system", f"courier.signal.{event.status[:40]}", event.description)
        self._courier_events += 1

    @workflow.query
    def status(self) -> ReturnStatus:
        return self._status

    def set_state(self, state: str, details: str = "") -> None:
        super().set_state(state, details)
        if self._search_attributes:
            workflow.upsert_search_attributes([ERRAND_STATE.value_set(state),
                                               NEEDS_HUMAN.value_set(state == "needs_human")])

    @workflow.run
    async def run(self, request: ReturnRequest) -> ReturnStatus:
        intent = request.intent
        self.set_state("checking_order", f"checking order {intent.order_id}")
        await self.note("shopper", "errand.started", intent.sentence or f"return {intent.order_id}: {intent.reason}",
                        evidence={"intent": intent.model_dump(mode="json")})
        try:
            facts = await workflow.execute_activity_method(
                ReturnActivities.get_return_facts, OrderRef(order_id=intent.order_id), **READ)
            self._status.order = facts
            verdict = assess_order(facts, intent, workflow.now())
            if verdict.decision != "refused":
                verdict = _combine(verdict, await self._check_evidence(intent, facts))
        except ActivityError as err:
            return await self.finish("failed", f"could not check the return: {_reason(err)}; nothing changed")
        self._status.verdict = verdict
        await self.note("agent", f"policy.{verdict.decision}", verdict.reason, evidence={"rule": verdict.rule})
        if verdict.decision == "refused":
            return await self.finish("refused", f"{verdict.reason} (rule: {verdict.rule})")

        exception_note = None
        if verdict.decision == "needs_human":
            decision = await self._await_decision(request, verdict)
            if decision is None:
                return await self.finish("expired", "no operator decided within "
                                                    f"{request.decision_timeout_seconds // 3600} h; nothing changed")
            if not decision.approve:
                return await self.finish("refused", f"refused by {decision.operator}: {decision.note or 'no note'}",
                                         who="operator")
            exception_note = f"approved by {decision.operator}: {decision.note}"[:500]

        rma = await self._request_rma(intent, exception_note)
        if rma is None:
            return self._status
        await self._contact_support(intent, facts, rma)
        pickup = await self.book_pickup(request, rma)
        if pickup is None:
            return self._status
        received = await self.follow_return(request, rma, pickup)
        if received is None:
            return self._status
        return await self._refund(received)

    async def _check_evidence(self, intent: ReturnIntent, facts: OrderFacts) -> PolicyVerdict:
        required = evidence_required(facts.policy, intent.reason)
        if not intent.photos:
            return assess_evidence(required, [], [])
        self.set_state("checking_evidence", f"checking {len(intent.photos)} photo(s)")
        checks = (await workflow.execute_activity_method(
            ReturnActivities.check_return_photos, PhotoCheckRequest(photo_ids=intent.photos), **READ)).checks
        self._status.photos = checks
        for check in checks:
            if check.verdict == "ok":
                self._status.vision.append(await workflow.execute_activity_method(
                    ReturnActivities.assess_photo_with_vision,
                    VisionRequest(photo_id=check.photo_id, reason=intent.reason, description=intent.description),
                    **READ))
        await self.note("agent", "evidence.checked", ", ".join(f"{c.photo_id}: {c.detail}" for c in checks)[:200],
                        evidence={"photos": [c.model_dump(mode="json") for c in checks],
                                  "vision": [v.model_dump(mode="json") for v in self._status.vision]})
        return assess_evidence(required, checks, self._status.vision)

    async def _await_decision(self, request: ReturnRequest, verdict: PolicyVerdict) -> Decision | None:
        """Park the errand where operators can find it (ErrandNeedsHuman) until one sends ``decide``."""
        self._status.needs_human = True
        self.set_state("needs_human", f"needs a person: {verdict.reason}")
        await self.note("agent", "escalated.needs_human", verdict.reason, evidence={"rule": verdict.rule})
        deadline = workflow.now() + timedelta(seconds=request.decision_timeout_seconds)
        decision: Decision | None = None
        while decision is None:
            try:
                await workflow.wait_condition(lambda: self._decision is not None, timeout=deadline - workflow.now(),
                                              timeout_summary="operator decision deadline")
            except TimeoutError:
                break
            decision = self._decision
            if decision is not None and workflow.patched(DECISION_PATCH):
                decision = await self._confirmed(decision, request.intent)
                self._decision = decision  # None again: the next decide signal is heard
        self._status.needs_human = False
        if decision is None:
            return None
        self._status.decision = decision
        self.set_state("decided", f"{decision.operator} {'approved' if decision.approve else 'refused'}")
        await self.note("operator", "decision.approved" if decision.approve else "decision.refused",
                        decision.note[:200], evidence={"operator": decision.operator, "note": decision.note})
        return decision

    async def _confirmed(self, decision: Decision, intent: ReturnIntent) -> Decision | None:
        """The decision as the returns desk recorded it, or None (noted) when the desk does not confirm it."""
        recorded = None
        if decision.decision_id:
            recorded = await workflow.execute_activity_method(
                ReturnActivities.get_return_decision, DecisionRef(decision_id=decision.decision_id), **READ)
        if (recorded is None or not recorded.found or recorded.order_id != intent.order_id
                or recorded.product_id not in (None, intent.product_id) or recorded.approve != decision.approve):
            self.timeline("operator", "decision.unconfirmed",
                          f"a decision the returns desk has no record of ({decision.decision_id or 'no id'}) "
                          "was ignored")
            return None
        return Decision(approve=recorded.approve, note=recorded.note, operator=recorded.operator,
                        decision_id=decision.decision_id)

    async def _request_rma(self, intent: ReturnIntent, exception_note: str | None) -> Rma | None:
        self.set_state("requesting_rma", f"asking the merchant to authorize the return of {intent.order_id}")
        try:
            rma = await workflow.execute_activity_method(
                ReturnActivities.create_rma,
                RmaRequest(idempotency_key=self.key("rma"), order_id=intent.order_id, shopper_id=intent.shopper_id,
                           product_id=intent.product_id, reason=intent.reason, description=intent.description,
                           photos=intent.photos, exception_note=exception_note), **WRITE)
        except ActivityError as err:
            await self.finish("refused", f"the merchant refused the return: {_reason(err)}")
            return None
        self._status.rma = rma
        await self.note("system", "rma.authorized", f"{rma.rma_id}: refund {format_minor(rma.refund_amount)} on receipt",
                        evidence={"rma_id": rma.rma_id, "refund_amount": rma.refund_amount,
                                  "authorization_id": rma.authorization_id})
        return rma

    async def _contact_support(self, intent: ReturnIntent, facts: OrderFacts, rma: Rma) -> None:
        """Tell the merchant's support desk what comes back and why; a failure here does not stop the return."""
        titles = [line.title for line in facts.lines if intent.product_id in (None, line.product_id)]
        draft = (f"Hello, {intent.shopper_id} is returning {', '.join(titles) or 'the order'} from order "
                 f"{intent.order_id} (return {rma.rma_id}), reason: {intent.reason.replace('_', ' ')}.")
        if intent.description:
            draft += f" In the shopper's words: “{intent.description[:300]}”."
        if intent.photos:
            draft += f" Photos attached: {', '.join(intent.photos)}."
        draft += f" Please confirm the refund of {format_minor(rma.refund_amount)} to the original payment."
        try:
            sent = await workflow.execute_activity_method(
                ReturnActivities.contact_merchant_support,
                SupportRequest(idempotency_key=self.key("support"), order_id=intent.order_id,
                               shopper_id=intent.shopper_id, rma_id=rma.rma_id, body=draft), **WRITE)
        except ActivityError as err:
            await self.note("system", "support.unreachable", _reason(err)[:200], outcome="failed")
            return
        self._status.support_reply = sent.reply
        await self.note("agent", "support.message_sent", draft[:200], evidence={"message": draft})
        await self.note("system", "support.replied", sent.reply[:200],
                        evidence={"message_id": sent.message_id, "reply": sent.reply})

    async def _refund(self, rma: Rma) -> ReturnStatus:
        amount = format_minor(rma.refund_amount, rma.currency)
        self.set_state("refunding", f"refunding {amount} to the original payment")
        try:
            auth = await workflow.execute_activity_method(
                CommerceActivities.refund_payment,
                RefundRequest(idempotency_key=self.key("refund"), authorization_id=rma.authorization_id,
                              amount=rma.refund_amount, reason=f"return {rma.rma_id}"), **MUST_SUCCEED)
        except ActivityError as err:
            if not self.reconciling():
                return await self.finish("failed", f"the wallet refused the refund of {amount}: {_reason(err)}; "
                                                   f"the return {rma.rma_id} is received — a person must refund it")
            # Say what the wallet holds now (a refund whose answer was lost may have landed): a person settles it.
            wallet = await self.read_authorization(rma.authorization_id)
            seen = (f"the wallet shows {format_minor(wallet.refunded, wallet.currency)} of "
                    f"{format_minor(wallet.captured, wallet.currency)} refunded ({wallet.status})"
                    if wallet is not None else "the wallet could not be read")
            await self.note("system", "payment.needs_attention", f"refund of {amount} for {rma.rma_id}: {seen}",
                            evidence={"authorization_id": rma.authorization_id, "rma_id": rma.rma_id,
                                      "refunded": wallet.refunded if wallet else None}, outcome="needs_attention")
            return await self.finish("failed", f"the refund of {amount} did not go through: {_reason(err)}; {seen}; "
                                               f"the return {rma.rma_id} is received — a person must settle it")
        self._status.refund_authorization = auth.authorization_id
        self._status.refunded_amount = rma.refund_amount
        await self.note("system", "payment.refunded", amount,
                        evidence={"authorization_id": auth.authorization_id, "rma_id": rma.rma_id,
                                  "amount": rma.refund_amount})
        return await self.finish("refunded", f"{amount} refunded to the original payment for return {rma.rma_id}")
