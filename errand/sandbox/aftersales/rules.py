"""The after-sales policy's rules by stable id, as docs/after-sales-policy.md writes them.

A refusal names its rule: the UCP error's ``code`` is the rule id and its ``content`` the rule's sentence
with what the request did. The agent repeats both to the shopper, and never retries a refused change. A test
checks that every id here appears in the policy document, and that the version matches.
"""

from __future__ import annotations

from errand.sandbox.common.errors import UCPError

POLICY_VERSION = "1"
"""The version of docs/after-sales-policy.md these rules implement; quotes carry it."""

RULES: dict[str, tuple[int, str]] = {
    "identity.not_found": (404, ("the shopper is identified by e-mail, or by first name, last name and zip, "
                                 "and nothing else")),
    "identity.own_orders": (404, "only the identified shopper's own orders and payment methods are acted on"),
    "approval.signed": (403, "every change is confirmed by the shopper's signature over its quote"),
    "approval.single_use": (409, "an approval confirms one change, once"),
    "approval.expired": (409, "a quote is confirmed before it expires; an expired one needs a new quote"),
    "change.stale": (409, "the order or the payment methods changed since the quote; a new quote is needed"),
    "cancel.status_pending": (409, "only an order whose status is exactly pending can be cancelled"),
    "cancel.reason": (422, "the reason to cancel is either 'no longer needed' or 'ordered by mistake'"),
    "address.status_pending": (409, "only a pending order's shipping address can be changed"),
    "payment.status_pending": (409, "only a pending order's payment method can be changed"),
    "payment.single_payment": (409, "the payment method is changed once, while the order has a single payment"),
    "payment.other_method": (422, "the new payment method must be another than the one that paid"),
    "payment.method_of_owner": (422, "money moves only through a payment method of the order's owner"),
    "payment.gift_card_covers": (422, "a gift card must hold at least the amount it is to pay"),
    "items.status_pending": (409, "only a pending order's items can be changed"),
    "items.once": (409, "an order's items are changed once; list every item in the one change"),
    "items.pairs": (422, "each item to change is paired with exactly one new item"),
    "items.in_order": (422, "each item named must be a line of the order, as many times as it is named"),
    "items.same_product": (422, "an item becomes another variant of the same product, never another product"),
    "items.available": (422, "the new variant must be available"),
    "return.status_delivered": (409, "only an order whose status is exactly delivered can be returned"),
    "return.refund_method": (422, "a return is refunded to the original payment method or an owner's gift card"),
    "exchange.status_delivered": (409, "only an order whose status is exactly delivered can be exchanged"),
}

CANCEL_REASONS = ("no longer needed", "ordered by mistake")


class Refusal(UCPError):
    """A change the policy refuses: nothing was changed, and the shopper is told which rule and why."""

    def __init__(self, rule: str, detail: str = "") -> None:
        status, sentence = RULES[rule]
        self.rule = rule
        super().__init__(status, rule, f"{sentence}{': ' + detail if detail else ''} (policy v{POLICY_VERSION}, "
                         f"rule {rule})", "unrecoverable")


__all__ = ["CANCEL_REASONS", "POLICY_VERSION", "RULES", "Refusal"]
