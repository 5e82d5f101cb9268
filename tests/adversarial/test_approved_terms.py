"""A payment completes only the purchase the shopper approved: lines, address, checkout and total.

Each test performs the attack over real HTTP against the session's sandbox subprocess: it changes a
checkout after its approval, or gets a hold approved for other lines, another address or another slot than
the payee is about to deliver, and checks that nothing is placed and nothing is captured.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from errand.domain.models import Address, Adjustment, Quote
from errand.sandbox.process import SandboxProcess
from tests.sandbox.helpers import bearer, complete, key, quote_for, sign, store_quote_for
from tests.workflows.bulk_helpers import afternoon


@pytest.fixture()
def http(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    """The platform's client: every call carries the platform credential, as the worker's do."""
    with httpx.Client(base_url=sandbox.url, timeout=20, headers=bearer(sandbox, "platform")) as client:
        yield client


def _authorize(http: httpx.Client, sandbox: SandboxProcess, quote: Quote) -> str:
    r = http.post("/wallet/authorizations", headers=key(), json={
        "shopper_id": quote.shopper_id, "quote": quote.model_dump(mode="json"),
        "approval": sign(sandbox, quote).model_dump(mode="json")})
    assert r.status_code == 201, r.text
    return r.json()["authorization_id"]


def _status(http: httpx.Client, authorization_id: str) -> str:
    r = http.get(f"/wallet/authorizations/{authorization_id}")
    assert r.status_code == 200, r.text
    return r.json()["status"]


def _code(response: httpx.Response) -> str:
    return response.json()["messages"][0]["code"]


def _stocked(sandbox: SandboxProcess, slot: int) -> str:
    with sqlite3.connect(sandbox.db_path) as db:
        row = db.execute("SELECT id FROM product WHERE num BETWEEN 17000 AND 17999 AND stock - held >= 20 "
                         "AND price BETWEEN 1000 AND 20000 ORDER BY num LIMIT 1 OFFSET ?", (slot,)).fetchone()
    assert row is not None
    return str(row[0])


def _priced_checkout(http: httpx.Client, product_id: str, buyer: str) -> dict:
    created = http.post("/checkout-sessions", headers=key(), json={
        "line_items": [{"item": {"id": product_id}, "quantity": 1}], "dev.errand": {"buyer_id": buyer}})
    assert created.status_code == 201, created.text
    priced = http.put(f"/checkout-sessions/{created.json()['id']}", headers=key(), json={
        "fulfillment": {"methods": [{"type": "shipping", "selected_destination_id": "home"}]}})
    assert priced.status_code == 200, priced.text
    return priced.json()


def test_an_approved_checkout_is_frozen_until_it_is_cancelled(http: httpx.Client, sandbox: SandboxProcess) -> None:
    checkout = _priced_checkout(http, _stocked(sandbox, 0), "chen")
    hold = _authorize(http, sandbox, quote_for(checkout))
    # Even the platform itself cannot re-point or re-price what the shopper approved.
    for change in ({"fulfillment": {"methods": [{"type": "shipping", "selected_destination_id": "office"}]}},
                   {"dev.errand": {"loyalty_points": 50}}):
        moved = http.put(f"/checkout-sessions/{checkout['id']}", headers=key(), json=change)
        assert moved.status_code == 409 and _code(moved) == "checkout_locked", moved.text
    after = http.get(f"/checkout-sessions/{checkout['id']}").json()
    assert (after["dev.errand"]["address"], after["dev.errand"]["total"]) == (
        checkout["dev.errand"]["address"], checkout["dev.errand"]["total"])
    # The way out is to cancel: the hold is voided with it.
    cancelled = http.post(f"/checkout-sessions/{checkout['id']}/cancel", headers=key())
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "canceled", cancelled.text
    assert _status(http, hold) == "voided"


def test_a_hold_approved_for_other_terms_completes_nothing(http: httpx.Client, sandbox: SandboxProcess) -> None:
    checkout = _priced_checkout(http, _stocked(sandbox, 1), "chen")
    approved = quote_for(checkout)
    other = http.get("/buyers/chen").json()["addresses"]
    office = Address(**next(a for a in other if a["label"] == "office"))
    shown = approved.model_copy(update={"address": office, "quote_id": f"q_{uuid.uuid4().hex[:8]}"})
    hold = _authorize(http, sandbox, shown)  # the shopper saw "to the office"; the checkout ships home
    done = complete(http, checkout["id"], hold)
    assert done.status_code == 422 and _code(done) == "checkout_changed", done.text
    assert _status(http, hold) == "held"  # nothing captured
    state = http.get(f"/checkout-sessions/{checkout['id']}").json()
    assert state["status"] == "ready_for_complete" and "order" not in state
    http.post(f"/checkout-sessions/{checkout['id']}/cancel", headers=key())


def _bulk_quote(http: httpx.Client, day: int, label: str = "home") -> dict:
    branches = http.get("/stores/branches", params={"shopper_id": "chen", "address_label": label,
                                                    "item": "brown-sugar milk tea", "chain": "chagee",
                                                    "deliver_by": afternoon(day).isoformat()})
    assert branches.status_code == 200, branches.text
    r = http.post("/stores/quotes", headers=key(), json={
        "shopper_id": "chen", "address_label": label, "item": "brown-sugar milk tea",
        "deliver_by": afternoon(day).isoformat(),
        "allocations": [{"branch_id": branches.json()["branches"][0]["branch_id"], "quantity": 3}]})
    assert r.status_code == 201, r.text
    return r.json()


def test_a_bulk_order_hold_places_only_the_lines_and_address_the_shopper_approved(
        http: httpx.Client, sandbox: SandboxProcess) -> None:
    view = _bulk_quote(http, 33)
    branch_order = view["branch_orders"][0]["branch_order_id"]
    real = store_quote_for(view, "chen")
    line = real.lines[0]
    other_item = line.model_copy(update={"product_id": line.product_id.split("/")[0] + "/jasmine-milk-tea",
                                         "title": "Boya Jasmine Milk Tea"})
    office = Address(**next(a for a in http.get("/buyers/chen").json()["addresses"] if a["label"] == "office"))
    for shown in (real.model_copy(update={"lines": [other_item]}), real.model_copy(update={"address": office})):
        hold = _authorize(http, sandbox, shown.model_copy(update={"quote_id": f"q_{uuid.uuid4().hex[:8]}"}))
        placed = http.post("/stores/orders", headers=key(), json={"branch_order_id": branch_order,
                                                                  "authorization_id": hold})
        assert placed.status_code == 422 and _code(placed) == "checkout_changed", placed.text
        assert _status(http, hold) == "held"
    assert http.get(f"/stores/orders/{branch_order}").json()["status"] == "reserved"
    # The quote as it stands, approved as it stands, is placed.
    placed = http.post("/stores/orders", headers=key(), json={"branch_order_id": branch_order,
                                                              "authorization_id": _authorize(http, sandbox, real)})
    assert placed.status_code == 201 and placed.json()["status"] == "placed", placed.text
    http.post(f"/stores/orders/{branch_order}/cancel", headers=key(), json={})
    http.post(f"/stores/quotes/{view['quote_id']}/release", headers=key())


def test_a_fee_approved_for_one_slot_books_no_other(http: httpx.Client, sandbox: SandboxProcess) -> None:
    checkout = _priced_checkout(http, _stocked(sandbox, 2), "chen")
    quote = quote_for(checkout)
    placed = complete(http, checkout["id"], _authorize(http, sandbox, quote))
    assert placed.status_code == 200, placed.text
    order_id = placed.json()["order"]["id"]
    with sqlite3.connect(sandbox.db_path) as db:
        shipment_id = db.execute("SELECT shipment_id FROM orders WHERE id = ?", (order_id,)).fetchone()[0]
    slots = http.get(f"/courier/shipments/{shipment_id}/slots").json()["slots"]
    # The approved slot must have room; the other need not (the fee is checked before the room), so the pair exists
    # at any hour however many evenings other tests have filled.
    paid = [s for s in slots if s["fee"] > 0]
    approved_slot, other_slot = next((a, b) for a in paid if a["available"] for b in paid
                                     if a["slot_id"] != b["slot_id"] and a["fee"] == b["fee"])
    fee = Quote(quote_id=f"fee-{shipment_id}-{approved_slot['slot_id']}", errand_id="e-fee", shopper_id="chen",
                merchant="courier", checkout_id=order_id, lines=[], subtotal=0,
                adjustments=[Adjustment(kind="fee", label="delivery moved", amount=approved_slot["fee"])],
                total=approved_slot["fee"], currency="CNY", address=quote.address,
                expires_at=datetime.now(UTC) + timedelta(minutes=10))
    hold = _authorize(http, sandbox, fee)
    moved = http.post(f"/courier/shipments/{shipment_id}/reschedule", headers=key(), json={
        "slot_id": other_slot["slot_id"], "accepted_fee": other_slot["fee"], "fee_authorization_id": hold})
    assert moved.status_code == 402 and "approved for" in moved.json()["messages"][0]["content"], moved.text
    assert _status(http, hold) == "held"
    booked = http.post(f"/courier/shipments/{shipment_id}/reschedule", headers=key(), json={
        "slot_id": approved_slot["slot_id"], "accepted_fee": approved_slot["fee"], "fee_authorization_id": hold})
    assert booked.status_code == 200, booked.text
    assert _status(http, hold) == "captured"
