"""Returns: the merchant's return policy as data, the facts of an order, and the rule that decides.

Pure code, safe inside the workflow sandbox. The policy (window, non-returnable categories, which reasons
need a photo) comes from the merchant; this module only applies it, so every refusal names the rule that
applied. Cases a rule cannot settle (outside the window but damaged on arrival, evidence that is readable
but inconclusive) are not guessed: they go to a person.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .intents import ReturnIntent, ReturnReason
from .models import ErrandStatusBase

SEARCH_ATTRIBUTE_NEEDS_HUMAN = "ErrandNeedsHuman"
"""Bool search attribute: the errand waits for an operator's ``decide`` signal."""
SEARCH_ATTRIBUTE_STATE = "ErrandState"
"""Keyword search attribute: the errand's current state, for Web UI and ``list`` queries."""

# Damage on arrival is a fact about the parcel, not the shopper's change of heart: a late report of it is
# for a person to weigh, while a late "changed my mind" is simply out of policy.
_LATE_BUT_ASK_A_PERSON: frozenset[str] = frozenset({"damaged", "wrong_item"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CategoryPolicy(_Model):
    """One category's return rule, as the merchant publishes it."""

    category: str
    returnable: bool
    window_days: int = Field(ge=0)
    rule: str = Field(description="the rule in words, quoted back to the shopper when it applies")


class ReturnPolicy(_Model):
    """The merchant's whole return policy."""

    categories: list[CategoryPolicy]
    evidence_required_for: list[str] = Field(default_factory=lambda: ["damaged", "not_as_described"])
    default_window_days: int = 7

    def for_category(self, category: str) -> CategoryPolicy:
        for policy in self.categories:
            if policy.category == category:
                return policy
        return CategoryPolicy(category=category, returnable=True, window_days=self.default_window_days,
                              rule=f"returns within {self.default_window_days} days of delivery")


class OrderLineFacts(_Model):
    product_id: str
    title: str
    category: str
    quantity: int
    unit_price: int


class OrderFacts(_Model):
    """What the merchant knows about an order a shopper wants to return from."""

    found: bool
    order_id: str
    shopper_id: str = ""
    delivered: bool = False
    delivered_at: datetime | None = None
    shipment_status: str | None = None
    lines: list[OrderLineFacts] = Field(default_factory=list)
    total: int = 0
    currency: str = "CNY"
    authorization_id: str | None = None
    policy: ReturnPolicy | None = None


class PolicyVerdict(_Model):
    decision: Literal["eligible", "refused", "needs_human"]
    reason: str
    rule: str = ""


class PhotoCheck(_Model):
    """One attached photo: can it be read, and how big is it."""

    photo_id: str
    verdict: Literal["ok", "invalid", "inconclusive"]
    detail: str
    format: str = ""
    width: int = 0
    height: int = 0
    size_bytes: int = 0


class VisionAssessment(_Model):
    photo_id: str
    status: Literal["unavailable", "consistent", "inconsistent", "inconclusive"]
    detail: str = ""


class PickupSlot(_Model):
    slot_id: str
    starts_at: datetime
    ends_at: datetime
    remaining: int = Field(ge=0)


class PickupEvent(_Model):
    at: datetime
    status: str
    description: str = ""


class Pickup(_Model):
    pickup_id: str
    rma_id: str
    slot_id: str
    status: str
    events: list[PickupEvent] = Field(default_factory=list)


class Rma(_Model):
    """A return merchandise authorization: what comes back and what the merchant will refund."""

    rma_id: str
    order_id: str
    product_id: str | None
    status: str
    refund_amount: int = Field(ge=0)
    currency: str = "CNY"
    authorization_id: str
    received_at: datetime | None = None
    pickup_id: str | None = None
    reason: str = ""
    exception_note: str = ""


class Decision(_Model):
    """The ``decide`` signal: an operator settles a case the rules could not."""

    approve: bool
    note: str = Field(default="", max_length=500)
    operator: str = Field(default="operator", max_length=64)
    decision_id: str = Field(default="", max_length=64,
                             description="the decision as an operator recorded it at the returns desk; the errand "
                                         "reads it back from there and believes nothing else")


class SlotChoice(_Model):
    slot_id: str = Field(min_length=1, max_length=64)


class CourierEvent(_Model):
    """The ``courier_event`` signal: a courier webhook's news; it wakes the errand to check, never decides."""

    pickup_id: str = ""
    status: str = Field(max_length=64)
    description: str = Field(default="", max_length=200)


class ReturnStatus(ErrandStatusBase):
    """What the return errand's ``status`` query returns."""

    kind: str = "return"
    intent: ReturnIntent
    order: OrderFacts | None = None
    verdict: PolicyVerdict | None = None
    photos: list[PhotoCheck] = Field(default_factory=list)
    vision: list[VisionAssessment] = Field(default_factory=list)
    needs_human: bool = False
    decision: Decision | None = None
    rma: Rma | None = None
    support_reply: str = ""
    slots: list[PickupSlot] = Field(default_factory=list)
    chosen_slot: str | None = None
    pickup: Pickup | None = None
    refund_authorization: str | None = None
    refunded_amount: int = 0


def _days(delta_seconds: float) -> int:
    return int(delta_seconds // 86400)


def assess_order(facts: OrderFacts, intent: ReturnIntent, now: datetime) -> PolicyVerdict:
    """Apply the merchant's policy to an order: eligible, refused (with the rule), or a person's call."""
    if not facts.found:
        return PolicyVerdict(decision="refused", reason=f"there is no order {intent.order_id}",
                             rule="only orders placed with this merchant can be returned")
    if facts.shopper_id != intent.shopper_id:
        return PolicyVerdict(decision="refused", reason=f"order {facts.order_id} is not {intent.shopper_id}'s",
                             rule="only the buyer can return an order")
    lines = [line for line in facts.lines if intent.product_id in (None, line.product_id)]
    if not lines:
        return PolicyVerdict(decision="refused", reason=f"order {facts.order_id} has no item {intent.product_id}",
                             rule="only items of the order can be returned")
    if not facts.delivered or facts.delivered_at is None:
        status = (facts.shipment_status or "not shipped").replace("_", " ")
        return PolicyVerdict(decision="refused", reason=f"order {facts.order_id} is not delivered yet ({status})",
                             rule="a return starts after delivery; refuse the parcel or cancel instead")
    policy = facts.policy or ReturnPolicy(categories=[])
    age = _days((now - facts.delivered_at).total_seconds())
    for line in lines:
        rule = policy.for_category(line.category)
        if not rule.returnable:
            return PolicyVerdict(decision="refused", reason=f"{line.title} ({line.category}) cannot be returned",
                                 rule=rule.rule)
        if age > rule.window_days:
            late = f"delivered {age} days ago, outside the {rule.window_days}-day window for {line.category}"
            if intent.reason in _LATE_BUT_ASK_A_PERSON:
                return PolicyVerdict(decision="needs_human", reason=f"{late}, but reported {intent.reason}",
                                     rule=rule.rule)
            return PolicyVerdict(decision="refused", reason=late, rule=rule.rule)
    return PolicyVerdict(decision="eligible", reason=f"delivered {age} days ago, within the return window",
                         rule="; ".join(sorted({policy.for_category(line.category).rule for line in lines})))


def evidence_required(policy: ReturnPolicy | None, reason: ReturnReason) -> bool:
    return reason in (policy.evidence_required_for if policy else ["damaged", "not_as_described"])


def assess_evidence(required: bool, checks: list[PhotoCheck], vision: list[VisionAssessment]) -> PolicyVerdict:
    """Photos decide nothing alone: unreadable ones refuse, doubtful ones go to a person."""
    if required and not checks:
        return PolicyVerdict(decision="refused", reason="no photo attached",
                             rule="a photo of the item is required for damaged or not-as-described returns")
    bad = [c for c in checks if c.verdict == "invalid"]
    if bad:
        return PolicyVerdict(decision="refused", reason=f"photo {bad[0].photo_id} is not usable: {bad[0].detail}",
                             rule="photos must be readable PNG or JPEG images within the size limits")
    doubtful = [c.photo_id for c in checks if c.verdict == "inconclusive"]
    doubtful += [v.photo_id for v in vision if v.status in ("inconclusive", "inconsistent")]
    if doubtful:
        return PolicyVerdict(decision="needs_human", reason=f"evidence inconclusive for {', '.join(doubtful)}",
                             rule="doubtful evidence is reviewed by a person")
    return PolicyVerdict(decision="eligible", reason=f"{len(checks)} readable photo(s)" if checks
                         else "no evidence needed for this reason")
