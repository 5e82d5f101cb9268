"""Attacks on the operator surfaces and the courier's events, over real HTTP against the sandbox subprocess
(and a real Temporal test server where an errand is involved). Each must fail."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from errand.domain.models import ErrandStatus
from errand.domain.returns import Decision
from errand.sandbox.common.auth import read_token
from errand.sandbox.common.outbound import new_secret, signed_headers
from errand.sandbox.process import free_port
from errand.worker.events import EventReceiver
from errand.workflows import BuyWorkflow, ReturnWorkflow
from tests.keys import shopper_key
from tests.operator import operator_http, platform_token, record_decision
from tests.resched.helpers import wait_for
from tests.resched.test_delivery_events import _bought_and_held
from tests.returns.helpers import delivered_order, png, product_in, start_return, upload
from tests.returns.helpers import wait_state as return_state

ROOT = Path(__file__).resolve().parents[2]

# Every operator lever, with a body that would change something if it were accepted.
ADMIN_ROUTES = [
    ("POST", "/admin/faults", {"route": "catalog.search", "status": 500, "count": 5}),
    ("PUT", "/admin/faults/profile", {"seed": 1, "routes": {"*": {"error_rate": 1.0}}}),
    ("DELETE", "/admin/faults", None),
    ("GET", "/admin/faults", None),
    ("POST", "/admin/prices/set", {"product_id": "prd-00003", "price": 1}),
    ("POST", "/admin/prices/advance", {"days": 3}),
    ("GET", "/admin/prices", None),
    ("DELETE", "/admin/prices/reads", None),
    ("POST", "/admin/returns/backdate", {"order_id": "ord_x", "delivered_days_ago": 1}),
    ("POST", "/admin/returns/slots/fill", {"slot_id": "2030-01-01:morning"}),
    ("POST", "/admin/returns/decisions", {"order_id": "ord_x", "approve": True, "note": "mine now"}),
    ("POST", "/courier/admin/advance", {"shipment_id": "shp_x", "steps": 10}),
    ("POST", "/courier/admin/fail-next-attempt", {"shipment_id": "shp_x"}),
    ("POST", "/courier/admin/hold", {"shipment_id": "shp_x", "hold": True}),
    ("POST", "/courier/admin/attempt-failures", {"rate": 1.0, "seed": 1}),
    ("POST", "/courier/admin/slots/fill", {"slot_id": "2030-01-01:morning"}),
    ("POST", "/courier/admin/subscriptions", {"url": "http://127.0.0.1:9/steal"}),
    ("GET", "/courier/admin/subscriptions", None),
    ("DELETE", "/courier/admin/subscriptions/sub_x", None),
    ("POST", "/courier/pickups/admin/advance", {"pickup_id": "pku_x", "steps": 5}),
    ("POST", "/stores/admin/branches/br_x/reject-next", {"count": 5}),
    ("POST", "/courier/shipments", {"order_id": "ord_forged"}),
]


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_ROUTES,
                         ids=[f"{method} {path}" for method, path, _ in ADMIN_ROUTES])
def test_admin_route_refuses_a_stranger_and_the_platform(sandbox, method: str, path: str,
                                                         body: dict | None) -> None:
    with operator_http(sandbox) as operator:
        before = operator.get("/admin/faults").json()["faults"], operator.get("/admin/prices").json()["day"]
    wrong = {"Authorization": f"Bearer {platform_token(sandbox)}"}
    with httpx.Client(base_url=sandbox.url, timeout=10) as stranger:
        for headers, status in (({}, 401), ({"Authorization": "Bearer forged"}, 401), (wrong, 403)):
            r = stranger.request(method, path, json=body,
                                 headers={**headers, "Idempotency-Key": uuid.uuid4().hex})
            assert r.status_code == status, (headers, r.text)
    with operator_http(sandbox) as operator:  # and nothing changed
        after = operator.get("/admin/faults").json()["faults"], operator.get("/admin/prices").json()["day"]
        assert after == before
        subscriptions = operator.get("/courier/admin/subscriptions").json()["subscriptions"]
        assert not any(s["url"].endswith("/steal") for s in subscriptions)


def test_a_forged_price_change_leaves_the_price(sandbox) -> None:
    with httpx.Client(base_url=sandbox.url, timeout=10) as stranger:
        price = stranger.post("/catalog/price", json={"id": "prd-00004"}).json()["price"]
        forged = stranger.post("/admin/prices/set", json={"product_id": "prd-00004", "price": 1})
        assert forged.status_code == 401
        assert stranger.post("/catalog/price", json={"id": "prd-00004"}).json()["price"] == price


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/events",
                                 "http://[fd00:ec2::254]/", "http://224.0.0.1/", "ftp://127.0.0.1/events",
                                 "http://100.100.100.200/latest/meta-data/"])
def test_a_webhook_subscription_to_a_private_or_metadata_target_is_refused(sandbox, url: str) -> None:
    with operator_http(sandbox) as operator:
        r = operator.post("/courier/admin/subscriptions", json={"url": url},
                          headers={"Idempotency-Key": uuid.uuid4().hex})
        assert r.status_code == 422, r.text
        subscriptions = operator.get("/courier/admin/subscriptions").json()["subscriptions"]
        assert all(s["url"] != url for s in subscriptions)


def test_buyer_data_needs_a_credential(sandbox) -> None:
    with httpx.Client(base_url=sandbox.url, timeout=10) as stranger:
        for path in ("/buyers/alice", "/stores/loyalty/alice",
                     "/courier/shipments?shopper_id=alice&active=false"):
            r = stranger.get(path)
            assert r.status_code == 401, r.text
            assert "addresses" not in r.text and "points" not in r.text and "destination" not in r.text
        mine = stranger.get("/buyers/alice", headers={"Authorization": f"Bearer {platform_token(sandbox)}"})
        assert mine.status_code == 200 and mine.json()["addresses"]


def test_a_shopper_sent_policy_exception_grants_nothing(sandbox) -> None:
    order = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=31), days_ago=40)
    with httpx.Client(base_url=sandbox.url, timeout=10) as shopper:
        r = shopper.post("/returns", headers={"Idempotency-Key": uuid.uuid4().hex,
                                              "Authorization": f"Bearer {platform_token(sandbox)}"}, json={
            "order_id": order["order_id"], "shopper_id": "alice", "reason": "changed_mind",
            "exception_note": "approved by olga: trust me"})
        assert r.status_code == 422 and r.json()["messages"][0]["code"] == "outside_return_window", r.text
        # Nor can the shopper record the operator's decision at the desk.
        r = shopper.post("/admin/returns/decisions", json={"order_id": order["order_id"], "approve": True})
        assert r.status_code == 401


async def _post(url: str, body: str, headers: dict[str, str]) -> httpx.Response:
    async with httpx.AsyncClient(timeout=10) as client:
        return await client.post(url, content=body, headers={"content-type": "application/json", **headers})


async def test_forged_stale_and_replayed_events_are_refused_and_a_signed_lie_finishes_nothing(
        ts_client, settings, worker, sandbox) -> None:
    shopper_key(sandbox, "alice")  # enrolled before the errand quotes, as `errand up` does
    # A receiver of our own (its secret as the courier would have returned it): only these requests reach it.
    receiver = EventReceiver(ts_client, secret=new_secret())
    server = await asyncio.start_server(receiver.handle_connection, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/events"
    async with server:
        handle, shipment_id = await _bought_and_held(ts_client, settings.task_queue, sandbox)
        status = await handle.query(BuyWorkflow.status)
        now = datetime.now(UTC)
        delivered = [{"status": s, "at": now.isoformat(), "description": s} for s in
                     ("label_created", "picked_up", "in_transit", "out_for_delivery", "delivered")]
        lie = {"event_id": f"{shipment_id}:5", "type": "shipment.event", "shipment_id": shipment_id,
               "order_id": status.order.order_id, "seq": 5, "reference": handle.id,
               **delivered[-1], "shipment": {"shipment_id": shipment_id, "order_id": status.order.order_id,
                                             "status": "delivered", "events": delivered}}
        body = json.dumps(lie)
        attempts = {
            "unsigned": {},
            "signed with another secret": signed_headers(new_secret(), lie["event_id"], body, now),
            "stale": signed_headers(receiver.secret, lie["event_id"], body, now - timedelta(minutes=10)),
            "id not in the body": signed_headers(receiver.secret, "other:1", body, now),
        }
        for name, headers in attempts.items():
            r = await _post(url, body, headers)
            assert r.status_code == 401, (name, r.text)
        assert receiver.signalled == 0 and receiver.refused == len(attempts)

        # With the secret itself (a leak): the event gets through once, and the errand does not believe it.
        signed = signed_headers(receiver.secret, lie["event_id"], body, now)
        assert (await _post(url, body, signed)).status_code == 200
        assert (await _post(url, body, signed)).status_code == 401  # replayed
        assert receiver.signalled == 1
        status = await wait_for(handle, lambda s: any(e.what == "tracking.event_unconfirmed"
                                                      for e in s.timeline), model=ErrandStatus)
        await asyncio.sleep(0.5)
        status = await handle.query(BuyWorkflow.status)
    assert status.state != "delivered" and not status.finished, status.state
    assert status.shipment is not None and status.shipment.status != "delivered"
    assert not any(e.what == "shipment.delivered" for e in status.timeline)


async def test_a_forged_decide_signal_is_not_an_operator_decision(
        ts_client, settings, worker, sandbox) -> None:
    order = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=33), days_ago=20)
    other = delivered_order(sandbox, product_in(sandbox, "kitchen", offset=34), days_ago=20)
    handle = await start_return(ts_client, settings.task_queue, order["order_id"],
                                photos=[await upload(sandbox, png())])
    await return_state(handle, lambda s: s.state == "needs_human")
    elsewhere = record_decision(sandbox, other["order_id"], approve=True, note="for another order")
    forgeries = [Decision(approve=True, note="trust me", operator="olga", decision_id=decision_id)
                 for decision_id in ("", "dec_made_up", elsewhere["decision_id"])]
    for seen, forged in enumerate(forgeries, start=1):
        await handle.signal(ReturnWorkflow.decide, forged)
        await return_state(handle, lambda s, n=seen: sum(e.what == "decision.unconfirmed"
                                                         for e in s.timeline) >= n)
    status = await handle.query(ReturnWorkflow.status)
    assert status.state == "needs_human" and status.rma is None and status.decision is None
    await handle.terminate("test over")


def test_with_an_admin_port_the_public_socket_has_no_admin_routes(tmp_path) -> None:
    public, admin = free_port(), free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "errand.sandbox", "--port", str(public), "--admin-port", str(admin),
               "--home", str(tmp_path), "--products", "200"]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(timeout=5) as http:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if http.get(f"http://127.0.0.1:{admin}/admin/health").status_code == 200:
                        break
                except httpx.TransportError:
                    assert time.monotonic() < deadline and proc.poll() is None, "the sandbox did not start"
                    time.sleep(0.2)
            token = {"Authorization": f"Bearer {read_token(tmp_path, 'operator')}"}
            assert http.get(f"http://127.0.0.1:{public}/admin/health").status_code == 200  # probes still work
            for path in ("/admin/faults", "/courier/admin/subscriptions", "/admin/prices"):
                assert http.get(f"http://127.0.0.1:{public}{path}", headers=token).status_code == 404, path
                assert http.get(f"http://127.0.0.1:{admin}{path}").status_code == 401, path
                assert http.get(f"http://127.0.0.1:{admin}{path}", headers=token).status_code == 200, path
            search = http.post(f"http://127.0.0.1:{public}/catalog/search", json={"query": "kettle"})
            assert search.status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)
