"""The wallet holds on the payment method the shopper chose and signed: a gift card pays from its balance and
a refund goes back to it; a short gift card, another shopper's method or a method swapped after signing is
refused before anything is held."""

from __future__ import annotations

import httpx
import pytest

from errand.domain.models import Quote
from errand.domain.payment import QuotePaymentMethod
from tests.operator import operator_http

from .helpers import (
    as_platform,
    authorize,
    bearer,
    complete,
    key,
    open_checkout,
    quote_for,
    set_address,
    sign,
)

ALICE_GIFT = QuotePaymentMethod(method_id="gift_card_alice", kind="gift_card", display="Gift card")
ALICE_VISA = QuotePaymentMethod(method_id="credit_card_alice_4242", kind="credit_card", display="Visa ·4242")


@pytest.fixture()
def client(sandbox):
    with operator_http(sandbox, timeout=10) as c:
        yield c


def _methods(client: httpx.Client, shopper: str) -> dict[str, dict]:
    answer = client.get(f"/wallet/shoppers/{shopper}/payment-methods", headers=as_platform(client))
    assert answer.status_code == 200, answer.text
    return {m["id"]: m for m in answer.json()["payment_methods"]}


def _quote(client: httpx.Client, shopper: str, method: QuotePaymentMethod | None) -> Quote:
    checkout = open_checkout(client, "prd-00004", 1, buyer=shopper).json()
    return quote_for(set_address(client, checkout["id"])).model_copy(update={"payment_method": method})


def _operations(client: httpx.Client, shopper: str) -> int:
    return len(client.get("/wallet/operations", params={"shopper_id": shopper},
                          headers=as_platform(client)).json()["operations"])


def test_the_seeded_shoppers_hold_methods_of_their_own(client):
    alice = _methods(client, "alice")
    assert {m["source"] for m in alice.values()} == {"gift_card", "paypal", "credit_card"}
    assert alice["credit_card_alice_4242"]["last_four"] == "4242" and alice["gift_card_alice"]["currency"] == "CNY"
    assert set(_methods(client, "bob")).isdisjoint(alice)


def test_a_gift_card_pays_the_total_and_a_refund_goes_back_to_it(client, sandbox):
    before = _methods(client, "alice")["gift_card_alice"]["balance"]
    quote = _quote(client, "alice", ALICE_GIFT)
    held = authorize(client, quote, sign(sandbox, quote))
    assert held.status_code == 201, held.text
    auth = held.json()
    assert auth["payment_method_id"] == "gift_card_alice" and auth["amount"] == quote.total
    done = complete(client, quote.checkout_id, auth["authorization_id"])
    assert done.status_code == 200, done.text
    assert _methods(client, "alice")["gift_card_alice"]["balance"] == before - quote.total
    instruments = client.get(f"/checkout-sessions/{quote.checkout_id}", headers=as_platform(client)).json()
    assert instruments["payment"]["instruments"][0]["payment_method"] == {"id": "gift_card_alice",
                                                                          "type": "gift_card"}
    refunded = client.post(f"/wallet/authorizations/{auth['authorization_id']}/refund",
                           headers=key() | bearer(sandbox, "merchant"), json={"amount": quote.total, "reason": "x"})
    assert refunded.status_code == 200, refunded.text
    assert _methods(client, "alice")["gift_card_alice"]["balance"] == before


def test_a_card_is_held_and_its_instrument_shown_without_moving_any_balance(client, sandbox):
    gift = _methods(client, "alice")["gift_card_alice"]["balance"]
    quote = _quote(client, "alice", ALICE_VISA)
    auth = authorize(client, quote, sign(sandbox, quote)).json()
    assert auth["payment_method_id"] == "credit_card_alice_4242"
    assert complete(client, quote.checkout_id, auth["authorization_id"]).status_code == 200
    shown = client.get(f"/checkout-sessions/{quote.checkout_id}", headers=as_platform(client)).json()
    assert shown["payment"]["instruments"][0]["payment_method"] == {
        "id": "credit_card_alice_4242", "type": "credit_card", "brand": "visa", "last_digits": "4242"}
    assert _methods(client, "alice")["gift_card_alice"]["balance"] == gift


def test_a_gift_card_short_of_the_total_holds_nothing(client, sandbox):
    card = _methods(client, "bob")["gift_card_bob"]
    quote = _quote(client, "bob", QuotePaymentMethod(method_id="gift_card_bob", kind="gift_card", display="Gift card"))
    assert quote.total > card["balance"]
    operations = _operations(client, "bob")
    refused = authorize(client, quote, sign(sandbox, quote))
    assert refused.status_code == 422
    assert refused.json()["messages"][0]["code"] == "payment.gift_card_covers"
    assert _operations(client, "bob") == operations
    assert _methods(client, "bob")["gift_card_bob"]["balance"] == card["balance"]


def test_another_shoppers_method_is_answered_as_if_it_did_not_exist(client, sandbox):
    theirs = QuotePaymentMethod(method_id="paypal_bob", kind="paypal", display="PayPal")
    quote = _quote(client, "alice", theirs)
    refused = authorize(client, quote, sign(sandbox, quote))
    assert refused.status_code == 404 and "paypal_bob" in refused.text
    unknown = _quote(client, "alice", theirs.model_copy(update={"method_id": "paypal_nobody"}))
    assert authorize(client, unknown, sign(sandbox, unknown)).status_code == 404


def test_a_method_swapped_after_signing_is_refused(client, sandbox):
    quote = _quote(client, "alice", ALICE_VISA)
    approval = sign(sandbox, quote)
    operations = _operations(client, "alice")
    for swapped in (quote.model_copy(update={"payment_method": ALICE_GIFT}),
                    quote.model_copy(update={"payment_method": None})):
        refused = authorize(client, swapped, approval)
        assert refused.status_code == 403 and refused.json()["messages"][0]["code"] == "other_quote"
    assert _operations(client, "alice") == operations
    assert authorize(client, quote, approval).status_code == 201  # the signed one still holds
