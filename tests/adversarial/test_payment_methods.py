"""Attacks on the shopper's chosen payment method, over real HTTP against the sandbox subprocess.

A quote names the method that pays and the shopper's signature covers it; the wallet holds on it and, for a
gift card, keeps the balance it holds from being promised twice. Each test tries one way around that: another
shopper's method, a method id spelled so a lax lookup might match, a kind that is not the method's, two
errands draining one gift card at once, a bulk order's hold forgotten once a branch order stands on it, and a
refund sent somewhere else or twice.

Each test pays with a gift card of its own, added to a seeded shopper's wallet for the test (the shared session
sandbox's seeded gift cards are spent by other tests), so balances are exact.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from errand.domain.approval import sign_quote
from errand.domain.models import Quote
from errand.domain.payment import QuotePaymentMethod
from errand.sandbox.process import SandboxProcess
from tests.adversarial import own_methods as methods
from tests.adversarial.own_methods import AddMethod
from tests.keys import shopper_key
from tests.operator import operator_http
from tests.sandbox.helpers import (
    as_platform,
    authorize,
    bearer,
    complete,
    key,
    open_checkout,
    quote_for,
    set_address,
    sign,
    store_quote_for,
)
from tests.workflows.bulk_helpers import afternoon

own_methods = methods.own_methods  # a test's own payment methods, taken away when it ends


@pytest.fixture()
def client(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    with operator_http(sandbox, timeout=20) as c:
        yield c


def _own_gift_card(add: AddMethod, shopper: str, balance: int) -> QuotePaymentMethod:
    """A gift card of ``shopper`` that no other test spends, holding ``balance`` fen."""
    return QuotePaymentMethod(method_id=add(shopper, balance=balance), kind="gift_card", display="Gift card")


def _balance(client: httpx.Client, shopper: str, method_id: str) -> int:
    answer = client.get(f"/wallet/shoppers/{shopper}/payment-methods", headers=as_platform(client))
    assert answer.status_code == 200, answer.text
    balance: int = next(m for m in answer.json()["payment_methods"] if m["id"] == method_id)["balance"]
    return balance


def _product(sandbox: SandboxProcess, slot: int) -> str:
    """A well-stocked product of ¥20–¥90 (so ¥8 shipping is added) no other test's story uses."""
    with sqlite3.connect(sandbox.db_path) as db:
        row = db.execute("SELECT id FROM product WHERE num BETWEEN 17000 AND 19000 AND stock - held >= 50 "
                         "AND price BETWEEN 2000 AND 9000 ORDER BY num LIMIT 1 OFFSET ?", (slot,)).fetchone()
    assert row is not None
    return str(row[0])


def _quote(client: httpx.Client, shopper: str, product_id: str, method: QuotePaymentMethod | None) -> Quote:
    checkout = open_checkout(client, product_id, 1, buyer=shopper)
    assert checkout.status_code == 201, checkout.text
    return quote_for(set_address(client, checkout.json()["id"])).model_copy(update={"payment_method": method})


def _code(answer: httpx.Response) -> str:
    return str(answer.json()["messages"][0]["code"])


def _holds_on(sandbox: SandboxProcess, method_id: str) -> int:
    with sqlite3.connect(sandbox.db_path) as db:
        return int(db.execute("SELECT COUNT(*) FROM wallet_authorization WHERE payment_method_id = ?",
                              (method_id,)).fetchone()[0])


def test_another_shoppers_gift_card_or_a_lookalike_id_holds_nothing(client, sandbox, own_methods) -> None:
    bobs = _own_gift_card(own_methods, "bob", 900_000)
    product_id = _product(sandbox, 0)
    lookalikes = [bobs.method_id, bobs.method_id.upper(), f" {bobs.method_id}", f"{bobs.method_id}\u200b",
                  bobs.method_id.replace("_", "-"), f"{bobs.method_id}%", "gift_card_bob' OR '1'='1"]
    for method_id in lookalikes:
        quote = _quote(client, "alice", product_id, bobs.model_copy(update={"method_id": method_id}))
        refused = authorize(client, quote, sign(sandbox, quote))  # alice's own signature over her quote
        assert refused.status_code == 404, (method_id, refused.text)
    assert _holds_on(sandbox, bobs.method_id) == 0
    assert _balance(client, "bob", bobs.method_id) == 900_000


def test_a_method_shown_as_another_kind_holds_nothing(client, sandbox, own_methods) -> None:
    card = _own_gift_card(own_methods, "chen", 900_000)
    quote = _quote(client, "chen", _product(sandbox, 1), card.model_copy(update={"kind": "credit_card",
                                                                                  "display": "Visa ·4242"}))
    refused = authorize(client, quote, sign(sandbox, quote))
    assert refused.status_code == 422 and _code(refused) == "payment_method_mismatch", refused.text
    assert _holds_on(sandbox, card.method_id) == 0


def test_two_errands_racing_for_one_gift_card_never_spend_it_twice(client, sandbox, own_methods) -> None:
    product_id = _product(sandbox, 2)
    quotes = [_quote(client, "chen", product_id, None) for _ in range(4)]
    total = quotes[0].total
    assert all(q.total == total for q in quotes)
    card = _own_gift_card(own_methods, "chen", total + total // 2)  # enough for one, not two
    quotes = [q.model_copy(update={"payment_method": card}) for q in quotes]
    approvals = [sign(sandbox, q) for q in quotes]

    def hold(i: int) -> httpx.Response:
        with operator_http(sandbox, timeout=30) as own:
            return authorize(own, quotes[i], approvals[i])

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(hold, range(4)))
    held = [a for a in answers if a.status_code == 201]
    assert len(held) == 1, [a.text for a in answers]
    assert all(_code(a) == "payment.gift_card_covers" for a in answers if a.status_code != 201)
    winner = answers.index(held[0])
    done = complete(client, quotes[winner].checkout_id, held[0].json()["authorization_id"])
    assert done.status_code == 200, done.text
    assert _balance(client, "chen", card.method_id) == total // 2
    # With the first paid, the card still covers no second quote.
    late = next(i for i in range(4) if i != winner)
    again = authorize(client, quotes[late], approvals[late])
    assert again.status_code == 422 and _code(again) == "payment.gift_card_covers", again.text
    assert _balance(client, "chen", card.method_id) == total // 2


def test_a_bulk_orders_placed_hold_still_keeps_its_share_of_the_gift_card(client, sandbox, own_methods) -> None:
    """A branch order placed on a hold binds it to the bulk quote until the stores capture at settlement; the
    gift card's money it keeps must stay kept, or a second errand is promised the same balance."""
    day = afternoon(26)
    branches = client.get("/stores/branches", params={"shopper_id": "dana", "address_label": "office",
                                                      "item": "brown-sugar milk tea", "deliver_by": day.isoformat(),
                                                      "chain": "chagee"})
    assert branches.status_code == 200, branches.text
    branch = branches.json()["branches"][0]["branch_id"]
    bulk = client.post("/stores/quotes", headers=key(), json={
        "shopper_id": "dana", "address_label": "office", "item": "brown-sugar milk tea",
        "options": {"sugar": "half"}, "deliver_by": day.isoformat(), "use_loyalty_points": False,
        "allocations": [{"branch_id": branch, "quantity": 6}]})
    assert bulk.status_code == 201, bulk.text
    view = bulk.json()
    shop = _quote(client, "dana", _product(sandbox, 3), None)
    card = _own_gift_card(own_methods, "dana", view["total"] + shop.total // 2)  # the cups, and half the shop's total

    signed = store_quote_for(view, "dana").model_copy(update={"payment_method": card})
    held = authorize(client, signed, sign_quote(shopper_key(sandbox, "dana"), signed))
    assert held.status_code == 201, held.text
    placed = client.post("/stores/orders", headers=key(), json={
        "branch_order_id": view["branch_orders"][0]["branch_order_id"],
        "authorization_id": held.json()["authorization_id"]})
    assert placed.status_code in (200, 201) and placed.json()["status"] == "placed", placed.text

    shop = shop.model_copy(update={"payment_method": card})
    second = authorize(client, shop, sign(sandbox, shop))
    assert second.status_code == 422 and _code(second) == "payment.gift_card_covers", (
        f"the gift card holds {view['total'] + shop.total // 2}: {view['total']} for the placed cups and "
        f"{shop.total} for this quote cannot both be promised, yet the wallet answered {second.status_code}")
    assert _balance(client, "dana", card.method_id) == view["total"] + shop.total // 2


def test_a_refund_goes_back_to_the_card_that_paid_and_only_once(client, sandbox, own_methods) -> None:
    card = _own_gift_card(own_methods, "bob", 0)
    quote = _quote(client, "bob", _product(sandbox, 4), None)
    with sqlite3.connect(sandbox.db_path) as db:
        db.execute("UPDATE wallet_payment_method SET balance = ? WHERE id = ?", (quote.total, card.method_id))
    other = _own_gift_card(own_methods, "bob", 0)
    quote = quote.model_copy(update={"payment_method": card})
    held = authorize(client, quote, sign(sandbox, quote))
    assert held.status_code == 201, held.text
    auth_id = held.json()["authorization_id"]
    assert complete(client, quote.checkout_id, auth_id).status_code == 200
    assert _balance(client, "bob", card.method_id) == 0

    merchant = bearer(sandbox, "merchant")
    refund_key = key()
    body = {"amount": quote.total, "reason": "damaged", "payment_method_id": other.method_id,
            "method_id": other.method_id, "destination": other.method_id}
    first = client.post(f"/wallet/authorizations/{auth_id}/refund", headers=refund_key | merchant, json=body)
    assert first.status_code in (200, 422), first.text
    if first.status_code == 422:  # a destination is not the payee's to choose: refused outright
        first = client.post(f"/wallet/authorizations/{auth_id}/refund", headers=refund_key | merchant,
                            json={"amount": quote.total, "reason": "damaged"})
        assert first.status_code == 200, first.text
    replay = client.post(f"/wallet/authorizations/{auth_id}/refund", headers=refund_key | merchant,
                         json={"amount": quote.total, "reason": "damaged"})
    assert replay.status_code in (200, 409, 422)
    twice = client.post(f"/wallet/authorizations/{auth_id}/refund", headers=key() | merchant,
                        json={"amount": quote.total, "reason": "damaged again"})
    assert twice.status_code == 409, twice.text
    assert _balance(client, "bob", card.method_id) == quote.total
    assert _balance(client, "bob", other.method_id) == 0


def test_a_quote_showing_one_card_never_pays_with_another(client, sandbox, own_methods) -> None:
    """What the shopper signs is how the method reads: a quote reading "Visa ·4242" whose id is the Mastercard
    ·5454 (or reading PayPal on a gift card) is not an approval to charge that method."""
    product_id = _product(sandbox, 5)
    card = _own_gift_card(own_methods, "alice", 900_000)
    shown_otherwise = [
        QuotePaymentMethod(method_id="credit_card_alice_5454", kind="credit_card", display="Visa ·4242"),
        QuotePaymentMethod(method_id="credit_card_alice_4242", kind="credit_card", display="Visa ·5454"),
        card.model_copy(update={"display": "PayPal"}),
        QuotePaymentMethod(method_id="paypal_alice", kind="paypal", display="Gift card (balance ¥9,000.00)"),
    ]
    for method in shown_otherwise:
        quote = _quote(client, "alice", product_id, method)
        refused = authorize(client, quote, sign(sandbox, quote))
        assert refused.status_code == 422 and _code(refused) == "payment_method_mismatch", (method, refused.text)
    assert _holds_on(sandbox, card.method_id) == 0
    # Read as the wallet reads it, the same card pays.
    quote = _quote(client, "alice", product_id, QuotePaymentMethod(
        method_id="credit_card_alice_5454", kind="credit_card", display="Mastercard ·5454"))
    assert authorize(client, quote, sign(sandbox, quote)).status_code == 201
