"""Choosing a payment method: the words a shopper uses name exactly one of their own methods or say why not,
and the quote's digest covers the choice while a quote without one keeps the digest it always had."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from errand.domain.approval import canonical_json, quote_digest
from errand.domain.intents import BulkOrderIntent
from errand.domain.models import BuyIntent, Quote
from errand.domain.payment import (
    GIFT_CARD_RULE,
    QuotePaymentMethod,
    WalletMethod,
    gift_card_short,
    resolve_method,
)

HISTORIES = Path(__file__).parent.parent / "histories"
METHODS = [
    WalletMethod(id="gift_card_alice", source="gift_card", balance=12000),
    WalletMethod(id="paypal_alice", source="paypal"),
    WalletMethod(id="credit_card_alice_4242", source="credit_card", brand="visa", last_four="4242"),
    WalletMethod(id="credit_card_alice_5454", source="credit_card", brand="mastercard", last_four="5454"),
]


def _named(wanted: str) -> str | None:
    found = resolve_method(METHODS, wanted).method
    return found.method_id if found else None


def test_the_shoppers_words_name_one_of_their_methods() -> None:
    assert _named("gift card") == _named("my Gift Card") == _named("礼品卡") == "gift_card_alice"
    assert _named("PayPal") == _named("paypal") == "paypal_alice"
    assert _named("card ending 4242") == _named("Visa") == _named("4242") == "credit_card_alice_4242"
    assert _named("mastercard 5454") == _named("credit_card_alice_5454") == "credit_card_alice_5454"
    gift = resolve_method(METHODS, "gift card")
    assert gift.method is not None and gift.method.display == "Gift card (balance ¥120.00)" and gift.balance == 12000
    visa = resolve_method(METHODS, "card ending 4242").method
    assert visa is not None and (visa.kind, visa.display) == ("credit_card", "Visa ·4242")


def test_no_near_match_and_no_guess_between_two() -> None:
    two = resolve_method(METHODS, "card")
    assert two.method is None and "more than one" in two.problem and "·4242" in two.problem
    for wanted in ("card ending 1111", "visa 5454", "paypal_bob", "bitcoin"):
        assert resolve_method(METHODS, wanted).method is None, wanted
    assert "hold no payment method" in resolve_method(METHODS[1:], "gift card").problem


def test_a_gift_card_must_hold_the_total() -> None:
    gift = resolve_method(METHODS, "gift card")
    assert gift_card_short(gift, 12000, "CNY") == ""
    short = gift_card_short(gift, 12001, "CNY")
    assert short.startswith(GIFT_CARD_RULE) and "¥120.00" in short and "¥120.01" in short
    assert gift_card_short(resolve_method(METHODS, "paypal"), 10**9, "CNY") == ""


def _recorded_quote_and_digest() -> tuple[Quote, str]:
    """The quote and the digest alice signed in the recorded buy-approved history."""
    quote = digest = None
    for event in json.loads((HISTORIES / "buy-approved.json").read_text())["events"]:
        if event["eventType"].endswith("ACTIVITY_TASK_COMPLETED"):
            data = base64.b64decode(event["activityTaskCompletedEventAttributes"]["result"]["payloads"][0]["data"])
            if b'"quote_id"' in data:
                quote = Quote.model_validate_json(data)
        if event["eventType"].endswith("WORKFLOW_EXECUTION_SIGNALED"):
            attributes = event["workflowExecutionSignaledEventAttributes"]
            if attributes["signalName"] == "approve":
                digest = json.loads(base64.b64decode(attributes["input"]["payloads"][0]["data"]))["quote_digest"]
    assert quote is not None and digest is not None
    return quote, digest


def test_a_quote_without_a_method_keeps_its_signed_digest() -> None:
    quote, signed = _recorded_quote_and_digest()
    assert quote.payment_method is None and quote_digest(quote) == signed
    assert b"payment_method" not in canonical_json(quote)


def test_the_digest_covers_the_chosen_method() -> None:
    quote, signed = _recorded_quote_and_digest()
    gift = QuotePaymentMethod(method_id="gift_card_alice", kind="gift_card", display="Gift card (balance ¥120.00)")
    paid = quote.model_copy(update={"payment_method": gift})
    digests = {signed, quote_digest(paid),
               quote_digest(paid.model_copy(update={"payment_method": gift.model_copy(update={"method_id": "x"})})),
               quote_digest(paid.model_copy(update={"payment_method": gift.model_copy(update={"kind": "paypal"})}))}
    assert len(digests) == 4
    assert Quote.model_validate_json(paid.model_dump_json()) == paid


def test_intents_without_a_method_serialize_as_before() -> None:
    buy = BuyIntent(shopper_id="alice", query="AA batteries", quantity=2)
    bulk = BulkOrderIntent(shopper_id="alice", item="milk tea", quantity=40)
    assert "pay_with" not in buy.model_dump() and "pay_with" not in bulk.model_dump(mode="json")
    assert buy.model_copy(update={"pay_with": "gift card"}).model_dump()["pay_with"] == "gift card"
