"""Guest checkout on the flower-shop data set: what a stranger with no credential can and cannot do.

A guest is whoever names a profile in ``UCP-Agent``; the profile is self-asserted, so everything here is
about what one guest can reach of another's, of a shopper's, or of the merchant's stock and test hooks.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from tests import ucp_data

SUITE_DATA = ucp_data.FLOWER_SHOP
SECRET = "hook-secret-for-tests"
ALICE = 'profile="https://alice-platform.example/profile.json"'
MALLORY = 'profile="https://mallory.example/profile.json"'
PAN = "4242424242424242"

pytestmark = pytest.mark.skipif(not SUITE_DATA.is_dir(), reason=f"{SUITE_DATA} absent (shared/ not beside the repo)")


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    with SandboxProcess(tmp_path_factory.mktemp("flower-shop"), dataset="flower_shop", dataset_dir=SUITE_DATA,
                        testing_hooks=True, simulation_secret=SECRET) as proc:
        yield proc


@pytest.fixture()
def http(shop: SandboxProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=shop.url, timeout=10) as client:
        yield client


def _h(agent: str = ALICE, **extra: str) -> dict[str, str]:
    return {"UCP-Agent": agent, "Idempotency-Key": str(uuid.uuid4()), **extra}


def _ship_to(country: str = "US") -> dict[str, Any]:
    return {"methods": [{"id": "m1", "type": "shipping", "destinations": [
        {"id": "d1", "street_address": "1 Main St", "address_locality": "Springfield", "postal_code": "62704",
         "address_country": country}], "selected_destination_id": "d1"}]}


def _open(http: httpx.Client, agent: str = ALICE, quantity: int = 1, **body: Any) -> dict[str, Any]:
    created = http.post("/checkout-sessions", headers=_h(agent), json={
        "line_items": [{"id": "line_1", "item": {"id": "bouquet_tulips"}, "quantity": quantity}], **body})
    assert created.status_code == 201, created.text
    return created.json()


def _ready(http: httpx.Client, checkout: dict[str, Any], agent: str = ALICE) -> dict[str, Any]:
    lines = [{"id": li["id"], "item": {"id": li["item"]["id"]}, "quantity": li["quantity"]}
             for li in checkout["line_items"]]
    placed = http.put(f"/checkout-sessions/{checkout['id']}", headers=_h(agent),
                      json={"line_items": lines, "fulfillment": _ship_to()}).json()
    method = placed["fulfillment"]["methods"][0]
    method["groups"][0]["selected_option_id"] = method["groups"][0]["options"][0]["id"]
    ready = http.put(f"/checkout-sessions/{checkout['id']}", headers=_h(agent),
                     json={"line_items": lines, "fulfillment": placed["fulfillment"]})
    assert ready.json()["status"] == "ready_for_complete", ready.text
    return ready.json()


def _pay(token: str = "success_token", **credential: Any) -> dict[str, Any]:
    return {"payment": {"instruments": [{"id": "i1", "handler_id": "mock_payment_handler", "type": "card",
                                         "credential": credential or {"type": "token", "token": token}}]}}


def _held(shop: SandboxProcess, product_id: str) -> int:
    with sqlite3.connect(shop.db_path) as db:
        return int(db.execute("SELECT held FROM product WHERE id = ?", (product_id,)).fetchone()[0])


def test_a_guest_opens_a_checkout_whose_id_cannot_be_guessed(http: httpx.Client) -> None:
    checkout = _open(http)
    assert len(checkout["id"].removeprefix("chk_")) == 32  # 128 bits: the profile is no secret, the id is
    assert checkout["currency"] == "USD" and checkout["payment"]["instruments"] == []
    assert list(checkout["ucp"]["payment_handlers"]) == ["dev.ucp.mock_payment"]


def test_another_guest_reaches_nothing_of_a_guests_checkout_or_order(http: httpx.Client) -> None:
    checkout = _ready(http, _open(http))
    paths = [("GET", f"/checkout-sessions/{checkout['id']}", None),
             ("PUT", f"/checkout-sessions/{checkout['id']}", {"line_items": [{"item": {"id": "pot_ceramic"}}]}),
             ("POST", f"/checkout-sessions/{checkout['id']}/complete", _pay()),
             ("POST", f"/checkout-sessions/{checkout['id']}/cancel", {})]
    for method, path, body in paths:
        answer = http.request(method, path, headers=_h(MALLORY), json=body)
        assert answer.status_code == 404, (path, answer.text)
    done = http.post(f"/checkout-sessions/{checkout['id']}/complete", headers=_h(), json=_pay())
    assert done.status_code == 200 and done.json()["status"] == "completed", done.text
    order = done.json()["order"]["id"]
    assert http.get(f"/orders/{order}", headers=_h(MALLORY)).status_code == 404
    assert http.get(f"/orders/{order}").status_code == 401  # no UCP-Agent, no credential: nobody
    assert http.get(f"/orders/{order}", headers=_h()).json()["id"] == order


def test_a_guest_cannot_name_a_shopper_spend_points_or_use_shopper_routes(http: httpx.Client) -> None:
    named = http.post("/checkout-sessions", headers=_h(), json={
        "line_items": [{"item": {"id": "bouquet_tulips"}}], "dev.errand": {"buyer_id": "customer_1"}})
    assert named.status_code == 401, named.text
    checkout = _open(http)
    points = http.put(f"/checkout-sessions/{checkout['id']}", headers=_h(),
                      json={"line_items": [{"item": {"id": "bouquet_tulips"}}], "dev.errand": {"loyalty_points": 5}})
    assert points.status_code == 403 and points.json()["messages"][0]["code"] == "identity_required"
    assert http.get("/buyers/customer_1", headers=_h()).status_code == 401


def test_a_guest_cannot_pay_with_the_wallet_or_with_a_binding_for_another_checkout(http: httpx.Client) -> None:
    checkout = _ready(http, _open(http))
    wallet = http.post(f"/checkout-sessions/{checkout['id']}/complete", headers=_h(), json={"payment": {
        "instruments": [{"handler_id": "dev.errand.wallet", "credential": {"authorization_id": "auth_x"}}]}})
    assert wallet.status_code == 422 and wallet.json()["messages"][0]["code"] == "payment_required"
    other = _open(http)
    bound = http.post(f"/checkout-sessions/{checkout['id']}/complete", headers=_h(), json=_pay(
        type="token", token="success_token", binding={"checkout_id": other["id"]}))
    assert bound.status_code == 422 and bound.json()["messages"][0]["code"] == "binding_mismatch"
    declined = http.post(f"/checkout-sessions/{checkout['id']}/complete", headers=_h(), json=_pay("fail_token"))
    assert declined.status_code == 402 and "detail" in declined.json()


def test_a_card_number_is_never_echoed_nor_stored(http: httpx.Client, shop: SandboxProcess) -> None:
    checkout = _ready(http, _open(http))
    real = http.post(f"/checkout-sessions/{checkout['id']}/complete", headers=_h(), json=_pay(
        type="card", number="4111111111111112"))
    assert real.status_code in (402, 422), real.text  # not a published test number
    done = http.post(f"/checkout-sessions/{checkout['id']}/complete", headers=_h(), json=_pay(
        type="card", number=PAN, expiry_month=12, expiry_year=2030, cvc="123"))
    assert done.status_code == 200, done.text
    order = http.get(f"/orders/{done.json()['order']['id']}", headers=_h())
    again = http.get(f"/checkout-sessions/{checkout['id']}", headers=_h())
    for answer in (done, order, again):
        assert PAN not in answer.text and "123" not in str(answer.json().get("payment"))
    assert again.json()["payment"]["instruments"][0]["display"]["last_digits"] == "4242"
    for name in ("sandbox.db", "sandbox.db-wal"):
        path = shop.home / name
        assert not path.exists() or PAN.encode() not in path.read_bytes()


def test_a_replayed_key_from_another_guest_runs_as_its_own_request(http: httpx.Client) -> None:
    key = str(uuid.uuid4())
    body = {"line_items": [{"item": {"id": "bouquet_tulips"}, "quantity": 1}]}
    first = http.post("/checkout-sessions", headers={"UCP-Agent": ALICE, "Idempotency-Key": key}, json=body)
    replay = http.post("/checkout-sessions", headers={"UCP-Agent": ALICE, "Idempotency-Key": key}, json=body)
    stranger = http.post("/checkout-sessions", headers={"UCP-Agent": MALLORY, "Idempotency-Key": key}, json=body)
    assert first.content == replay.content
    assert stranger.status_code == 201 and stranger.json()["id"] != first.json()["id"]
    newer = http.post("/checkout-sessions", headers={"UCP-Agent": f'{ALICE}; version="2099-01-01"',
                                                      "Idempotency-Key": key}, json=body)
    assert newer.status_code == 422 and newer.json()["messages"][0]["code"] == "version_unsupported"


def test_a_forged_or_malformed_ucp_agent_is_refused(http: httpx.Client) -> None:
    body = {"line_items": [{"item": {"id": "bouquet_tulips"}}]}
    for agent in ('profile=https://no-quotes', 'profile="x"; version=20260408', "profile=\"" + "a" * 600 + "\""):
        answer = http.post("/checkout-sessions", headers=_h(agent), json=body)
        assert answer.status_code in (400, 401), (agent, answer.text)
    assert http.post("/checkout-sessions", headers={"Idempotency-Key": "k1"}, json=body).status_code == 401


def test_a_guest_cannot_lock_the_merchants_stock(http: httpx.Client, shop: SandboxProcess) -> None:
    before = _held(shop, "bouquet_sunflowers")
    created = http.post("/checkout-sessions", headers=_h(), json={
        "line_items": [{"item": {"id": "bouquet_sunflowers"}, "quantity": 500}]})
    assert created.status_code == 201
    clamped = http.put(f"/checkout-sessions/{created.json()['id']}", headers=_h(), json={
        "line_items": [{"item": {"id": "bouquet_sunflowers"}, "quantity": 10_001}]})
    assert clamped.json()["line_items"][0]["quantity"] == 500
    assert [m["code"] for m in clamped.json()["messages"]].count("quantity_adjusted") == 1
    assert _held(shop, "bouquet_sunflowers") == before  # checked against the stock, not held
    assert http.post("/checkout-sessions", headers=_h(MALLORY), json={
        "line_items": [{"item": {"id": "bouquet_sunflowers"}, "quantity": 1}]}).status_code == 201


def test_the_test_hooks_want_the_secret_and_the_owner(http: httpx.Client) -> None:
    checkout = _ready(http, _open(http))
    order = http.post(f"/checkout-sessions/{checkout['id']}/complete", headers=_h(), json=_pay()).json()["order"]
    path = f"/testing/simulate-shipping/{order['id']}"
    assert http.post(path, headers=_h()).status_code == 403
    assert http.post(path, headers=_h(**{"Simulation-Secret": "guess"})).status_code == 403
    assert http.post(path, headers=_h(MALLORY, **{"Simulation-Secret": SECRET})).status_code == 404
    shipped = http.post(path, headers=_h(**{"Simulation-Secret": SECRET}))
    assert shipped.status_code == 200 and shipped.json()["fulfillment"]["events"][-1]["type"] == "shipped"
    whole = shipped.json()
    whole["adjustments"] = {"id": "adj_1", "amount": 100}
    assert http.put(f"/orders/{order['id']}", headers=_h(), json=whole).status_code == 422
    whole["adjustments"] = [{"id": "adj_1", "type": "refund", "status": "pending", "amount": 100,
                             "occurred_at": "2026-04-08T10:00:00Z"}]
    whole["totals"] = [{"type": "total", "amount": 1}]
    updated = http.put(f"/orders/{order['id']}", headers=_h(), json=whole)
    assert updated.status_code == 200 and updated.json()["adjustments"][0]["amount"] == 100
    assert updated.json()["totals"] != whole["totals"]  # only events and adjustments are taken
    assert http.put(f"/orders/{order['id']}", headers=_h(MALLORY), json=whole).status_code == 404


def test_the_hooks_are_absent_unless_asked_for(sandbox: SandboxProcess) -> None:
    platform = {"Authorization": f"Bearer {read_token(sandbox.home, 'platform')}"}
    with httpx.Client(base_url=sandbox.url, timeout=10, headers=platform) as client:
        assert client.post("/testing/simulate-shipping/ord_x", headers=_h(**{"Simulation-Secret": ""})
                           ).status_code == 404
        assert client.put("/orders/ord_x", headers=_h(), json={}).status_code in (404, 405)
        # The generated world has no guest checkout: a UCP-Agent alone is a stranger.
        stranger = httpx.post(f"{sandbox.url}/checkout-sessions", headers=_h(), json={
            "line_items": [{"item": {"id": "prd-00001"}}]})
        assert stranger.status_code == 401


def test_a_guests_checkout_lapses_like_a_held_one(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlmodel import Session

    from errand.sandbox.datasets import descriptor
    from errand.sandbox.datasets.loader import ensure_loaded
    from errand.sandbox.db import make_engine
    from errand.sandbox.merchant import checkout as co

    ensure_loaded(tmp_path / "sandbox.db", descriptor("flower_shop"), SUITE_DATA, seed=7, products=10)
    engine = make_engine(tmp_path / "sandbox.db")
    now = datetime.now(UTC)
    with Session(engine, expire_on_commit=False) as s:
        row, _ = co.create(s, None, co.Changes(lines=[co.WantedLine(None, "bouquet_roses", 1)]), now, 1,
                           currency="USD", owner="guest:https://p.example/", platform_profile=None)
        s.commit()
        assert not row.hold_active and co.get(s, row.id, now + timedelta(seconds=30)).status == "incomplete"
        assert co.get(s, row.id, now + timedelta(minutes=2)).status == "canceled"
    engine.dispose()
