"""What the agent says in a conversation: errand summaries, progress lines and answers. Pure functions."""

from __future__ import annotations

from errand.activities.conversation import ErrandSnapshot
from errand.domain.intents import (
    BulkOrderIntent,
    BuyAction,
    Plan,
    PriceWatchIntent,
    RescheduleIntent,
    ReturnIntent,
)
from errand.domain.money import format_minor


def errand_summary(plan: Plan) -> str:
    """A one-line summary of a planned errand (the child's static summary in the Web UI)."""
    action = plan.action
    if isinstance(action, BuyAction):
        i = action.intent
        cap = (f" under {format_minor(i.max_unit_price)} each" if i.max_unit_price else
               f" under {format_minor(i.max_total)} in total" if i.max_total else "")
        return f"buy {i.quantity}× {i.query}{cap} for {i.shopper_id}, to {i.address_label}"
    if isinstance(action, BulkOrderIntent):
        when = f" by {action.deliver_by:%a %H:%M}" if action.deliver_by else ""
        return f"order {action.quantity}× {action.item} to {action.address_label}{when} for {action.shopper_id}"
    if isinstance(action, ReturnIntent):
        return f"return order {action.order_id} ({action.reason.replace('_', ' ')}) for {action.shopper_id}"
    if isinstance(action, PriceWatchIntent):
        then = "buy" if action.buy_when_met else "tell"
        return (f"watch {action.query} for {action.days} days; {then} at {format_minor(action.target_price)} "
                f"or less, for {action.shopper_id}")
    if isinstance(action, RescheduleIntent):
        when = " ".join(str(x) for x in (action.preferred_date, action.preferred_part_of_day) if x)
        return f"move delivery of {action.order_id or 'the latest order'} to {when or 'another slot'}"
    return action.kind


def progress_line(s: ErrandSnapshot) -> str:
    """One line about an errand's new state; the quote is spelled out when it awaits a signature."""
    if s.state == "awaiting_approval" and s.total is not None:
        items = ", ".join(s.lines) or "the items"
        return (f"{s.errand_id}: quote ready — {format_minor(s.total, s.currency)} for {items}. Approve it with "
                f"your signature (type “approve”) or “reject”.")
    if s.question and not s.finished:
        return f"{s.errand_id}: {s.question}"
    if s.finished:
        return f"{s.errand_id}: {s.state.replace('_', ' ')} — {s.outcome}"
    return f"{s.errand_id}: {s.state.replace('_', ' ')}"


def answer_question(topic: str, s: ErrandSnapshot) -> str:
    if not s.found:
        return f"I can't find an errand called {s.errand_id}."
    state = s.state.replace("_", " ")
    if topic == "cost":
        if s.total is None:
            return f"{s.errand_id} has no price yet (it is {state})."
        paid = "paid" if s.order_id else "quoted"
        return f"{s.errand_id}: {format_minor(s.total, s.currency)} {paid} for {', '.join(s.lines) or 'the order'}."
    if topic == "where":
        if s.shipment_status:
            return f"{s.errand_id}: the parcel for order {s.order_id} is {s.shipment_status.replace('_', ' ')}."
        return f"{s.errand_id} is {state}; nothing has shipped yet."
    extra = f" — {s.outcome}" if s.outcome else ""
    return f"{s.errand_id} is {state}{extra}."
