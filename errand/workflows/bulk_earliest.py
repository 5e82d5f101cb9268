"""Offering a later delivery time when the nearest branches cannot make a bulk order in time.

Rather than a bare "no match", the earliest time they can make every cup becomes a yes/no question
(``choice.AsksShopper``); on a "yes" the branches are asked again for that time and the plan is made for it,
and a "no" or no answer in time finishes the errand saying so.
"""

from __future__ import annotations

from datetime import datetime

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from errand.activities.store_messages import EarliestRequest, FindBranchesRequest
    from errand.activities.stores import StoreActivities
    from errand.domain.bulk import MAX_BRANCHES, BulkOrderStatus, BulkPlan, plan_bulk_order, shortfall_reason
    from errand.domain.intents import BulkOrderIntent
    from errand.domain.nearest import DECLINED, read_yes

    from .choice import AsksShopper
    from .errand import reason_of
    from .policies import READ


class EarliestOffer(AsksShopper[BulkOrderStatus]):
    """Mixin for ``BulkOrderWorkflow``: the earliest time the branches can make the order, offered as a question."""

    async def offer_earliest(self, intent: BulkOrderIntent, deliver_by: datetime, shortfall: str,
                             timeout_seconds: int) -> tuple[datetime, BulkPlan] | None:
        """Offer the earliest time the nearest branches can make every cup; on a "yes", the plan for it.
        None once the errand has finished (no such time within a day, a "no", no answer)."""
        try:
            earliest = await workflow.execute_activity_method(
                StoreActivities.earliest_delivery, EarliestRequest(
                    shopper_id=intent.shopper_id, address_label=intent.address_label, item=intent.item,
                    chain=intent.chain, quantity=intent.quantity, after=deliver_by, max_branches=MAX_BRANCHES),
                **READ)
        except ActivityError as err:
            await self.finish("no_match", f"{shortfall}; no later time could be found: {reason_of(err)}")
            return None
        if earliest.deliver_by is None:
            await self.finish("no_match", f"{shortfall}, nor at any time within the next day")
            return None
        when = earliest.deliver_by.astimezone(deliver_by.tzinfo)
        day = "" if when.date() == deliver_by.date() else f" on {when:%a %d %b}"
        self._status.offered_deliver_by = when
        picked = await self.ask(f"{shortfall[0].upper()}{shortfall[1:]}; they can make all {intent.quantity} by "
                                f"{when:%H:%M}{day}. Deliver by {when:%H:%M}{day} instead? Reply “yes” or “no”.",
                                read_yes, timeout_seconds)
        if picked is None:
            await self.finish("no_match", f"{shortfall}; {when:%H:%M}{day} was the earliest they could, and no "
                                          "answer came")
            return None
        if picked == DECLINED:
            await self.finish("no_match", f"{shortfall}; you declined {when:%H:%M}{day}, the earliest they could",
                              who="shopper")
            return None
        try:
            found = await workflow.execute_activity_method(
                StoreActivities.find_branches, FindBranchesRequest(
                    shopper_id=intent.shopper_id, address_label=intent.address_label, item=intent.item,
                    chain=intent.chain, size=intent.options.size, deliver_by=when), **READ)
        except ActivityError as err:
            await self.finish("failed", f"could not look for branches again: {reason_of(err)}")
            return None
        self._status.offers = found.offers
        plan = plan_bulk_order(found.offers, intent.quantity, when)
        if plan is None:  # another order took the capacity meanwhile
            await self.finish("no_match", f"{shortfall_reason(found.offers, intent.quantity, when)} after all")
            return None
        await self.note("agent", "delivery.moved", f"delivering by {when:%H:%M}{day}, as the shopper agreed",
                        evidence={"asked": deliver_by.isoformat(), "agreed": when.isoformat()})
        return when, plan
