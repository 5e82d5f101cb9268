"""Paying with the method the shopper chose: resolved before quoting, shown on and signed with the quote.

Buy and bulk errands call two helpers. ``resolve_payment_choice`` asks the wallet which of the shopper's own
methods their words name (a read activity) and finishes the errand, nothing reserved or charged, when none
or more than one does. ``bind_payment_method`` puts the method on the quote the shopper will sign (the digest
covers it, so a method swapped afterwards is another quote, refused by the errand and by the wallet) and,
for a gift card that holds less than the total, releases what the quote reserved and finishes the errand
naming the policy's rule, before any hold. An intent that names no method takes neither branch and issues
no marker, so histories from before replay unchanged.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from errand.activities.payment_methods import PaymentMethodActivities, PaymentMethodQuery
    from errand.domain.models import Quote
    from errand.domain.payment import MethodResolution, gift_card_short

    from .errand import Errand, reason_of
    from .policies import READ

PAYMENT_CHOICE_PATCH = "payment-method-choice-v1"
"""The shopper's chosen method is resolved before quoting and signed with the quote; histories recorded
before the choice existed never named one."""


async def resolve_payment_choice(errand: Errand[Any], shopper_id: str, pay_with: str | None) -> MethodResolution | None:
    """The method ``pay_with`` names, None when the shopper named none (the wallet's default way).

    A resolution without a method means the errand has finished (as failed, saying why): the caller stops.
    """
    if pay_with is None or not workflow.patched(PAYMENT_CHOICE_PATCH):
        return None
    try:
        resolution = await workflow.execute_activity_method(
            PaymentMethodActivities.resolve_payment_method,
            PaymentMethodQuery(shopper_id=shopper_id, pay_with=pay_with), **READ)
    except ActivityError as err:
        resolution = MethodResolution(problem=f"the wallet could not list your payment methods: {reason_of(err)}")
    if resolution.method is None:
        await errand.finish("failed", f"cannot pay with “{pay_with}”: {resolution.problem} — nothing reserved "
                                      "or charged")
        return resolution
    await errand.note("agent", "payment_method.chosen", resolution.method.display,
                      evidence={"payment_method_id": resolution.method.method_id, "kind": resolution.method.kind,
                                "asked": pay_with})
    return resolution


def payment_unresolved(resolution: MethodResolution | None) -> bool:
    """Whether the shopper named a method none of theirs matched (the errand has finished)."""
    return resolution is not None and resolution.method is None


async def bind_payment_method(errand: Errand[Any], quote: Quote, resolution: MethodResolution | None,
                              release: Callable[[], Awaitable[None]]) -> Quote | None:
    """``quote`` paid with the chosen method (unchanged when none was chosen); None once the errand has
    finished because a gift card holds less than the total (``release`` first gives back what was reserved)."""
    if resolution is None or resolution.method is None:
        return quote
    short = gift_card_short(resolution, quote.total, quote.currency)
    if short:
        await release()
        await errand.finish("failed", f"{short} — released what was reserved, nothing charged")
        return None
    return quote.model_copy(update={"payment_method": resolution.method})


__all__ = ["PAYMENT_CHOICE_PATCH", "bind_payment_method", "payment_unresolved", "resolve_payment_choice"]
