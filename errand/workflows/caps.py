"""Spending caps inside a workflow: gather today's spend (an activity) and apply domain.policy's rules.

Called by an errand after the merchant priced the cart and before the quote is offered, and again once the
shopper's approval arrives (`recheck_daily_cap`); the daily cap then travels with the wallet hold, where the
wallet decides it serialized per shopper (`daily_cap_for_hold`). An errand started without caps calls nothing here, so its
history is the same as before caps existed.
"""

from __future__ import annotations

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

with workflow.unsafe.imports_passed_through():
    from errand.activities.policy import PolicyActivities, SpendQuery
    from errand.domain.policy import CapVerdict, SpendingCaps, check_caps

    from .errand import Errand, StatusT
    from .policies import READ

CAP_RECHECK_PATCH = "cap-recheck-at-approval-v1"
"""The daily cap decides again when a valid approval arrives, on today's spend read then (what other errands
held or paid since the quote was offered counts); histories from before checked it only at the quote."""
CAP_AT_HOLD_PATCH = "cap-at-wallet-hold-v1"
"""The hold request carries the daily cap and the wallet decides it at the hold, serialized per shopper, so two
approvals arriving at the same instant (both reading today's spend before either hold exists) cannot both pay;
histories from before held without it."""


async def check_spending_caps(errand: Errand[StatusT], caps: SpendingCaps, shopper_id: str, total: int,
                              spent_today: int | None = None) -> CapVerdict:
    """The verdict for a quote of ``total``; a refused one is written to the timeline and the ledger.
    ``spent_today``: today's spend when the errand already read it (else it is read here, if a cap needs it)."""
    spent = spent_today or 0
    if caps.per_day is not None and spent_today is None:
        spent = (await workflow.execute_activity_method(
            PolicyActivities.spent_today, SpendQuery(shopper_id=shopper_id), **READ)).amount
    verdict = check_caps(total, spent, caps)
    if not verdict.ok:
        await errand.note("system", "policy.cap_exceeded", verdict.detail,
                          evidence={"rule": verdict.rule, "total": total, "spent_today": spent,
                                    "caps": caps.model_dump(mode="json")}, outcome=verdict.rule)
    return verdict


async def recheck_daily_cap(errand: Errand[StatusT], caps: SpendingCaps, shopper_id: str,
                            total: int) -> CapVerdict | None:
    """The daily cap's verdict on ``total`` with today's spend read now, as the approval arrives; None when the
    caps name no daily cap (or the errand's history is from before this check). Two quotes offered side by
    side each fit when offered; the one approved second sees the first one's hold here."""
    if caps.per_day is None or not workflow.patched(CAP_RECHECK_PATCH):
        return None
    return await check_spending_caps(errand, caps, shopper_id, total)


def daily_cap_for_hold(caps: SpendingCaps | None) -> int | None:
    """The daily cap the wallet hold carries, for the wallet to decide with the hold itself; None when the caps
    name none (or the errand's history is from before the wallet decided it)."""
    if caps is None or caps.per_day is None or not workflow.patched(CAP_AT_HOLD_PATCH):
        return None
    return caps.per_day


def over_cap_at_hold(err: ActivityError) -> bool:
    """Whether the wallet refused the hold for a spending cap (its own or the errand's)."""
    return isinstance(err.cause, ApplicationError) and err.cause.type == "spending_cap_exceeded"
