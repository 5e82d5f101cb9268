"""Idempotency, stock holds, totals, completion, courier and faults over real HTTP."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from errand.sandbox.courier.api import step_index
from errand.sandbox.merchant.pricing import PricedLine, compute_totals
from errand.sandbox.process import SandboxProcess
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
    stock,
)


@pytest.fixture()
def client(sandbox):
    with operator_http(sandbox, timeout=10) as c:
        yield c
        c.delete("/admin/faults")


def test_idempotency_replay_and_conflict(client):
    headers = {"Idempotency-Key": uuid.uuid4().hex}
    body = {"line_items": [{"item": {"id": "prd-00005"}, "quantity": 1}], "dev.errand": {"buyer_id": "bob"}}
    first = client.post("/checkout-sessions", headers=headers, json=body)
    again = client.post("/checkout-sessions", headers=headers, json=body)
    assert first.status_code == again.status_code == 201
    assert first.content == again.content
    other = client.post("/checkout-sessions", headers=headers, json={**body, "dev.errand": {"buyer_id": "chen"}})
    assert other.status_code == 409 and other.json()["messages"][0]["code"] == "idempotency_conflict"
    missing = client.post("/checkout-sessions", json=body)
    assert missing.status_code == 400
    client.post(f"/checkout-sessions/{first.json()['id']}/cancel", headers=key())


def test_reserve_cancel_complete_stock(client, sandbox):
    pid = "prd-00003"
    before = stock(client, pid)
    chk = open_checkout(client, pid, 2).json()
    assert stock(client, pid) == before - 2
    cancel = client.post(f"/checkout-sessions/{chk['id']}/cancel", headers=key())
    assert cancel.json()["status"] == "canceled" and stock(client, pid) == before
    again = client.post(f"/checkout-sessions/{chk['id']}/cancel", headers=key())
    assert again.status_code == 200 and stock(client, pid) == before
    over = open_checkout(client, pid, before + 1)
    assert over.status_code == 409 and over.json()["messages"][0]["code"] == "out_of_stock"
    chk = open_checkout(client, pid, 2).json()
    checkout = set_address(client, chk["id"], "office")
    quote = quote_for(checkout)
    auth = authorize(client, quote, sign(sandbox, quote)).json()
    done = complete(client, chk["id"], auth["authorization_id"])
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "completed" and stock(client, pid) == before - 2
    assert client.post(f"/checkout-sessions/{chk['id']}/cancel", headers=key()).status_code == 409
    order = client.get(f"/orders/{done.json()['order']['id']}").json()
    assert order["dev.errand"]["shipment_id"] and order["dev.errand"]["total"] == quote.total


def test_totals_arithmetic():
    lines = [PricedLine("p", "x", 3, 990)]
    t = compute_totals(lines, 0, 0)
    assert t.subtotal == 2970 and t.total == 2970 - 148 + 800
    big = compute_totals([PricedLine("p", "x", 2, 5000)], 5000, 2500)
    # 10000 - 500 = 9500 < 9900 → shipping 800; points capped at 20% of 9500 = 1900.
    assert big.loyalty_points_used == 1900 and big.total == 9500 + 800 - 1900
    free = compute_totals([PricedLine("p", "x", 1, 9900)], 100, 50)
    assert [a["amount"] for a in free.adjustments] == [0, -50] and free.total == 9850


def test_loyalty_and_totals_over_http(client):
    chk = open_checkout(client, "prd-00011", 1, buyer="chen").json()
    body = set_address(client, chk["id"], "home", points=99999)
    ext = body["dev.errand"]
    assert ext["loyalty_points_used"] == ext["subtotal"] * 20 // 100
    assert ext["total"] == ext["subtotal"] + sum(a["amount"] for a in ext["adjustments"])
    assert body["totals"][-1] == {"type": "total", "display_text": "Total", "amount": ext["total"]}
    client.post(f"/checkout-sessions/{chk['id']}/cancel", headers=key())


@pytest.fixture()
def own_sandbox(tmp_path):
    """A sandbox of this test's own: the session's is shared, and other tests leave checkouts open that hold
    a shopper's points."""
    with SandboxProcess(tmp_path / "home", products=200) as proc:
        yield proc


def test_two_checkouts_of_one_buyer_do_not_share_points(own_sandbox):
    # dana's whole balance could pay 20 % of either cart; the first checkout holds what it uses.
    sandbox = own_sandbox
    with operator_http(sandbox, timeout=10) as client:
        balance = client.get("/buyers/dana").json()["loyalty_points"]
        first = open_checkout(client, "prd-00011", 1, buyer="dana").json()
        second = open_checkout(client, "prd-00012", 1, buyer="dana").json()
        one = set_address(client, first["id"], "home", points=balance)["dev.errand"]
        two = set_address(client, second["id"], "home", points=balance)["dev.errand"]
        assert one["loyalty_points_used"] > 0
        assert one["loyalty_points_used"] + two["loyalty_points_used"] <= balance
        assert client.get("/buyers/dana").json()["loyalty_points_held"] == (
            one["loyalty_points_used"] + two["loyalty_points_used"])
        # Both quotes, approved and paid in either order, complete at the totals the shopper signed.
        for checkout in (second, first):
            fresh = client.get(f"/checkout-sessions/{checkout['id']}").json()
            quote = quote_for(fresh)
            auth = authorize(client, quote, sign(sandbox, quote)).json()
            done = complete(client, checkout["id"], auth["authorization_id"])
            assert done.status_code == 200, done.text
            assert done.json()["dev.errand"]["total"] == quote.total
        after = client.get("/buyers/dana").json()
        assert after["loyalty_points"] == balance - one["loyalty_points_used"] - two["loyalty_points_used"]
        assert after["loyalty_points_held"] == 0


def test_a_cancelled_checkout_frees_its_points(client):
    balance = client.get("/buyers/chen").json()["loyalty_points"]
    held = open_checkout(client, "prd-00011", 1, buyer="chen").json()
    used = set_address(client, held["id"], "home", points=balance)["dev.errand"]["loyalty_points_used"]
    assert client.get("/buyers/chen").json()["loyalty_points_held"] == used
    client.post(f"/checkout-sessions/{held['id']}/cancel", headers=key())
    assert client.get("/buyers/chen").json()["loyalty_points_held"] == 0


def test_wallet_signature_checks(client, sandbox):
    chk = open_checkout(client, "prd-00002", 1, buyer="dana").json()
    checkout = set_address(client, chk["id"])
    quote = quote_for(checkout)
    good = sign(sandbox, quote)
    bad_sig = good.model_copy(update={"signature": sign(sandbox, quote, "alice").signature})
    assert authorize(client, quote, bad_sig).json()["messages"][0]["code"] == "bad_signature"
    other = quote.model_copy(update={"total": quote.total - 1})
    r = authorize(client, other, good)
    assert r.status_code == 403 and r.json()["messages"][0]["code"] == "other_quote"
    r = authorize(client, quote, good, shopper="alice")
    assert r.status_code == 403 and r.json()["messages"][0]["code"] == "wrong_shopper"
    stale = quote_for(checkout, minutes=-1)
    r = authorize(client, stale, sign(sandbox, stale))
    assert r.status_code == 422 and r.json()["messages"][0]["code"] == "expired"
    cheap = quote_for(checkout, total=quote.total - 100)  # the wallet adds the quote up itself
    r = authorize(client, cheap, sign(sandbox, cheap))
    assert r.status_code == 422 and r.json()["messages"][0]["code"] == "amount_mismatch"
    ok = authorize(client, quote, good)
    assert ok.status_code == 201 and ok.json()["status"] == "held" and ok.json()["amount"] == quote.total
    client.post(f"/checkout-sessions/{chk['id']}/cancel", headers=key())


def _held(client, sandbox) -> dict:
    chk = open_checkout(client, "prd-00004", 1, buyer="bob").json()
    quote = quote_for(set_address(client, chk["id"]))
    return authorize(client, quote, sign(sandbox, quote)).json() | {"checkout_id": chk["id"]}


def test_completion_captures_and_only_the_merchant_voids_or_refunds(client, sandbox):
    auth = _held(client, sandbox)
    aid, amount = auth["authorization_id"], auth["amount"]
    merchant = bearer(sandbox, "merchant")
    assert client.post(f"/wallet/authorizations/{aid}/capture", headers=key() | as_platform(client),
                       json={"amount": amount}).status_code == 403  # the platform never captures
    done = complete(client, auth["checkout_id"], aid)
    assert done.status_code == 200, done.text
    state = client.get(f"/wallet/authorizations/{aid}", headers=as_platform(client)).json()
    order_id = done.json()["order"]["id"]
    assert (state["status"], state["captured"], state["order_id"]) == ("captured", amount, order_id)
    again = client.post(f"/wallet/authorizations/{aid}/capture", headers=key() | merchant,
                        json={"amount": amount, "order_id": state["order_id"]})
    assert again.status_code == 409 and again.json()["messages"][0]["code"] == "already_captured"
    bound = client.post(f"/wallet/authorizations/{aid}/void", headers=key() | merchant, json={})
    assert bound.status_code == 409
    part = client.post(f"/wallet/authorizations/{aid}/refund", headers=key() | merchant,
                       json={"amount": 100, "reason": "x"})
    assert part.json()["status"] == "partially_refunded"
    too_much = client.post(f"/wallet/authorizations/{aid}/refund", headers=key() | merchant,
                           json={"amount": amount})
    assert too_much.status_code == 409 and too_much.json()["messages"][0]["code"] == "refund_exceeds_captured"
    rest = client.post(f"/wallet/authorizations/{aid}/refund", headers=key() | merchant,
                       json={"amount": amount - 100})
    assert rest.json()["status"] == "refunded"
    ops = client.get("/wallet/operations", params={"authorization_id": aid},
                     headers=as_platform(client)).json()["operations"]
    assert [o["kind"] for o in ops] == ["authorize", "capture", "refund", "refund"]
    other = _held(client, sandbox)
    canceled = client.post(f"/checkout-sessions/{other['checkout_id']}/cancel", headers=key())
    assert canceled.status_code == 200
    assert client.get(f"/wallet/authorizations/{other['authorization_id']}",
                      headers=as_platform(client)).json()["status"] == "voided"
    assert complete(client, other["checkout_id"], other["authorization_id"]).status_code == 409


def test_courier_progression():
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    assert step_index(t0, 0, 3.0, t0) == 0
    assert step_index(t0, 0, 3.0, t0 + timedelta(seconds=7)) == 2
    assert step_index(t0, 1, 3.0, t0 + timedelta(seconds=7)) == 3
    assert step_index(t0, 0, 3.0, t0 + timedelta(hours=1)) == 4


def test_courier_advance_over_http(client):
    operator = {"Authorization": f"Bearer {client.auth.operator}"}
    assert client.post("/courier/shipments", headers=key(), json={"order_id": "ord_x"}).status_code == 401
    ship = client.post("/courier/shipments", headers=key() | operator, json={"order_id": "ord_x"}).json()
    assert ship["status"] == "label_created"
    moved = client.post("/courier/admin/advance", headers=key(), json={"shipment_id": ship["shipment_id"],
                                                                      "steps": 2}).json()
    assert moved["status"] in ("in_transit", "out_for_delivery")
    done = client.post("/courier/admin/advance", headers=key(), json={"shipment_id": ship["shipment_id"],
                                                                     "steps": 10}).json()
    assert done["status"] == "delivered" and len(done["events"]) == 5


def test_fault_injection_does_not_apply(client):
    pid = "prd-00006"
    before = stock(client, pid)
    client.post("/admin/faults", json={"route": "checkout.create", "status": 500, "count": 1})
    headers = key()
    body = {"line_items": [{"item": {"id": pid}, "quantity": 1}], "dev.errand": {"buyer_id": "alice"}}
    failed = client.post("/checkout-sessions", headers=headers, json=body)
    assert failed.status_code == 500 and failed.json()["messages"][0]["code"] == "injected_fault"
    assert stock(client, pid) == before
    retried = client.post("/checkout-sessions", headers=headers, json=body)
    assert retried.status_code == 201
    client.post(f"/checkout-sessions/{retried.json()['id']}/cancel", headers=key())
    client.post("/admin/faults", json={"route": "catalog.search", "status": 422, "count": 2})
    assert client.post("/catalog/search", json={"query": "x"}).status_code == 422
    client.delete("/admin/faults")
    assert client.post("/catalog/search", json={"query": "x"}).status_code == 200


def test_a_lapsed_reservation_gives_back_its_stock_and_points(tmp_path):
    """The sweep every checkout call runs: a hold past its reservation is released (stock and points),
    a hold still inside it is not, and a price read in the same request no longer counts the lapsed points."""
    from sqlmodel import Session

    from errand.sandbox.db import ProductRow, ShopperRow, make_engine
    from errand.sandbox.merchant import checkout as co
    from errand.sandbox.merchant import holds
    from errand.sandbox.migrations import create_schema
    from errand.sandbox.seed import ensure_seeded

    ensure_seeded(tmp_path / "sandbox.db", 7, 200)
    engine = make_engine(tmp_path / "sandbox.db")
    create_schema(engine)
    now = datetime.now(UTC)
    with Session(engine, expire_on_commit=False) as s:
        balance = s.get(ShopperRow, "dana").loyalty_points
        def opened(quantity: int, minutes: int) -> co.CheckoutRow:
            return co.create(s, "dana", co.Changes(lines=[co.WantedLine(None, "prd-00011", quantity)]), now,
                             minutes, currency="CNY", owner="platform:errand", platform_profile=None)[0]

        def home(points: int) -> co.Changes:
            return co.Changes(lines=None, methods=[{"selected_destination_id": "home"}], loyalty_points=points)

        lapsing = opened(2, 1)
        co.update(s, lapsing, home(balance), merchant_id="errand-sandbox", now=now)
        staying = opened(1, 60)
        co.update(s, staying, home(0), merchant_id="errand-sandbox", now=now)
        s.commit()
        assert lapsing.loyalty_points > 0 and holds.points_held(s, "dana") == lapsing.loyalty_points
        held_before = s.get(ProductRow, s.exec(co.select(ProductRow.num).where(ProductRow.id == "prd-00011")).one()).held

        holds.release_expired(s, now + timedelta(seconds=30))  # neither has lapsed yet
        assert holds.points_held(s, "dana") == lapsing.loyalty_points

        holds.release_expired(s, now + timedelta(minutes=2))
        assert holds.points_held(s, "dana") == 0  # before any commit: the price in this request sees it
        s.commit()
        product = s.exec(co.select(ProductRow).where(ProductRow.id == "prd-00011")).one()
        assert product.held == held_before - 2
        assert (lapsing.status, lapsing.hold_active) == ("canceled", False)
        assert (staying.status, staying.hold_active) == ("ready_for_complete", True)
    engine.dispose()
