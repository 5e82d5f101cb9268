"""The sandbox's local stores over real HTTP: distance ordering, capacity, pricing tiers, loyalty, placing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from errand.domain.approval import sign_quote
from errand.sandbox.stores.seed import generate_branches
from tests.keys import shopper_key
from tests.operator import operator_http
from tests.workflows.bulk_helpers import afternoon

from .helpers import as_platform, key, store_quote_for

ITEM = "brown-sugar milk tea"


@pytest.fixture()
def client(sandbox):
    with operator_http(sandbox, timeout=10) as c:
        yield c
        c.delete("/admin/faults")


def _search(client: httpx.Client, day: int, **params) -> list[dict]:
    r = client.get("/stores/branches", params={"shopper_id": "alice", "address_label": "office", "item": ITEM,
                                               "deliver_by": afternoon(day).isoformat(), **params})
    assert r.status_code == 200, r.text
    return r.json()["branches"]


def _quote(client: httpx.Client, day: int, allocations: list[tuple[str, int]], shopper: str = "alice",
           **extra) -> httpx.Response:
    return client.post("/stores/quotes", headers=key(), json={
        "shopper_id": shopper, "address_label": "office", "item": ITEM, "options": {"sugar": "half"},
        "deliver_by": afternoon(day).isoformat(), "allocations": [{"branch_id": b, "quantity": q}
                                                                 for b, q in allocations], **extra})


def test_seed_is_deterministic_with_ten_branches_per_chain() -> None:
    branches = generate_branches(7)
    assert branches == generate_branches(7) and branches != generate_branches(8)
    for chain in ("chagee", "heytea", "mixue", "tigersugar"):
        assert sum(b["chain_id"] == chain for b in branches) >= 10


def test_search_orders_by_distance_and_filters_chain_and_item(client) -> None:
    found = _search(client, 20, chain="Chagee", limit=8)
    distances = [b["distance_km"] for b in found]
    assert distances == sorted(distances) and len(found) == 8
    assert {b["chain_id"] for b in found} == {"chagee"}
    assert found[0]["item"]["name"] == "Brown Sugar Boba Milk Tea"
    assert found[0]["distance_km"] < 3  # there is a Chagee near Alice's Lujiazui office
    sundaes = client.get("/stores/branches", params={"lat": 31.2397, "lng": 121.4998, "item": "sundae"}).json()
    assert {b["chain_id"] for b in sundaes["branches"]} == {"mixue"}
    assert client.get("/stores/branches", params={"lat": 31.2, "lng": 121.5, "chain": "Nope"}).status_code == 404


def test_capacity_counts_fresh_slots_and_existing_bookings(client) -> None:
    branch = _search(client, 21, chain="chagee")[0]
    params = {"deliver_by": afternoon(21).isoformat(), "shopper_id": "alice", "cups": 5}
    before = client.get(f"/stores/branches/{branch['branch_id']}/capacity", params=params).json()
    # One hour of freshness: at most four quarter-hour slots of the branch's rate.
    assert 3 * branch["cups_per_slot"] <= before["available"] <= 4 * branch["cups_per_slot"]
    assert _quote(client, 21, [(branch["branch_id"], 5)]).status_code == 201
    after = client.get(f"/stores/branches/{branch['branch_id']}/capacity", params=params).json()
    assert after["available"] == before["available"] - 5
    too_many = _quote(client, 21, [(branch["branch_id"], after["available"] + 1)])
    assert too_many.status_code == 409 and too_many.json()["messages"][0]["code"] == "insufficient_capacity"
    # A delivery already past leaves no slot at all.
    past = client.get(f"/stores/branches/{branch['branch_id']}/capacity", params={
        **params, "deliver_by": (datetime.now(UTC) + timedelta(minutes=10)).isoformat()}).json()
    assert past["available"] == 0 and not past["can_make"]


def test_bulk_tiers_and_loyalty_points(client) -> None:
    found = _search(client, 22, chain="chagee")
    small = _quote(client, 22, [(found[0]["branch_id"], 5)], use_loyalty_points=False).json()["branch_orders"][0]
    assert small["discount"] == 0 and small["points_used"] == 0 and small["line_total"] == 5 * 1800
    assert small["delivery_fee"] > 0
    ten = _quote(client, 22, [(found[1]["branch_id"], 10)], use_loyalty_points=False).json()["branch_orders"][0]
    assert ten["discount"] == 10 * 1800 * 5 // 100 and ten["discount_label"] == "Chagee 10+ cups 5% off"
    # 20 + 12 cups at two branches of one chain reach the 30+ tier together; points cap at 20 % of a line.
    split = _quote(client, 22, [(found[0]["branch_id"], 20), (found[1]["branch_id"], 12)]).json()
    points = client.get("/stores/loyalty/alice").json()["points"]["chagee"]
    orders = split["branch_orders"]
    assert all(o["discount"] == o["line_total"] // 10 for o in orders)
    assert orders[0]["points_used"] == min(points, (orders[0]["line_total"] - orders[0]["discount"]) // 5)
    assert sum(o["points_used"] for o in orders) <= points
    assert split["total"] == sum(o["line_total"] - o["discount"] - o["points_used"] + o["delivery_fee"]
                                 for o in orders)


def _authorize(client: httpx.Client, sandbox, quote: dict, total: int | None = None) -> str:
    signed = store_quote_for(quote, "alice", total=total)
    approval = sign_quote(shopper_key(sandbox, "alice"), signed)
    r = client.post("/wallet/authorizations", headers=key() | as_platform(client), json={
        "shopper_id": "alice", "quote": signed.model_dump(mode="json"), "approval": approval.model_dump(mode="json")})
    assert r.status_code == 201, r.text
    return r.json()["authorization_id"]


def test_place_checks_the_hold_ships_and_cancel_returns_points(client, sandbox) -> None:
    found = _search(client, 23, chain="chagee")
    quote = _quote(client, 23, [(found[0]["branch_id"], 12), (found[1]["branch_id"], 12)]).json()
    first, second = quote["branch_orders"]
    wrong = _authorize(client, sandbox, quote, total=quote["total"] - 1)
    r = client.post("/stores/orders", headers=key(), json={"branch_order_id": first["branch_order_id"],
                                                           "authorization_id": wrong})
    assert r.status_code == 422 and r.json()["messages"][0]["code"] == "amount_mismatch"

    auth = _authorize(client, sandbox, quote)
    points = client.get("/stores/loyalty/alice").json()["points"]["chagee"]
    placed = client.post("/stores/orders", headers=key(), json={"branch_order_id": first["branch_order_id"],
                                                                "authorization_id": auth}).json()
    assert placed["status"] == "placed" and placed["shipment_id"].startswith("shp_")
    assert client.get(f"/courier/shipments/{placed['shipment_id']}").status_code == 200
    assert client.get("/stores/loyalty/alice").json()["points"]["chagee"] == points - first["points_used"]

    assert client.post(f"/stores/admin/branches/{second['branch_id']}/reject-next", headers=key(),
                       json={"count": 1}).status_code == 200
    refused = client.post("/stores/orders", headers=key(), json={"branch_order_id": second["branch_order_id"],
                                                                 "authorization_id": auth})
    assert refused.status_code == 409 and refused.json()["messages"][0]["code"] == "branch_rejected"

    # The stores service, as payee, captures what the placed branch costs; the refused one is never taken.
    settled = client.post(f"/stores/quotes/{quote['quote_id']}/settle", headers=key() | as_platform(client),
                          json={})
    assert settled.status_code == 200 and settled.json()["captured"] == first["total"], settled.text
    held = client.get(f"/wallet/authorizations/{auth}", headers=as_platform(client)).json()
    assert (held["status"], held["captured"], held["payee"]) == ("captured", first["total"], "stores")

    cancelled = client.post(f"/stores/orders/{first['branch_order_id']}/cancel", headers=key(), json={}).json()
    assert cancelled["status"] == "cancelled"
    assert client.get("/stores/loyalty/alice").json()["points"]["chagee"] == points
    refunded = client.get(f"/wallet/authorizations/{auth}", headers=as_platform(client)).json()
    assert (refunded["status"], refunded["refunded"]) == ("refunded", first["total"])  # by the stores


def test_injected_fault_on_place_changes_nothing(client, sandbox) -> None:
    found = _search(client, 24, chain="chagee")
    quote = _quote(client, 24, [(found[0]["branch_id"], 3)]).json()
    auth = _authorize(client, sandbox, quote)
    client.post("/admin/faults", json={"route": "stores.place", "status": 503, "count": 1})
    body = {"branch_order_id": quote["branch_orders"][0]["branch_order_id"], "authorization_id": auth}
    headers = {"Idempotency-Key": uuid.uuid4().hex}
    assert client.post("/stores/orders", headers=headers, json=body).status_code == 503
    again = client.post("/stores/orders", headers=headers, json=body)  # the retry really runs
    assert again.status_code == 201 and again.json()["status"] == "placed"
