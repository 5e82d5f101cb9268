"""Fault injection over real HTTP: dropped answers after commit, held-then-applied timeouts, seeded
random faults, webhook plans and the environment settings."""

from __future__ import annotations

import json
import time
import uuid

import httpx
import pytest

from errand.sandbox.admin.fault_profile import FaultProfile, FaultSettings, RouteFaults, WebhookFaults
from errand.sandbox.admin.faults import FaultBook
from tests.operator import operator_http

from .helpers import stock

PID = "prd-00007"
BODY = {"line_items": [{"item": {"id": PID}, "quantity": 1}], "dev.errand": {"buyer_id": "dana"}}


@pytest.fixture()
def client(sandbox):
    with operator_http(sandbox, timeout=10) as c:
        yield c
        c.delete("/admin/faults")


def _cancel(client: httpx.Client, checkout_id: str) -> None:
    assert client.post(f"/checkout-sessions/{checkout_id}/cancel",
                       headers={"Idempotency-Key": uuid.uuid4().hex}).status_code == 200


def test_a_dropped_answer_was_applied_and_its_retry_replays_it(client):
    before = stock(client, PID)
    client.post("/admin/faults", json={"route": "checkout.create", "mode": "drop", "count": 1})
    headers = {"Idempotency-Key": uuid.uuid4().hex}
    dropped = client.post("/checkout-sessions", headers=headers, json=BODY)
    assert dropped.status_code == 502 and dropped.json()["messages"][0]["code"] == "connection_dropped"
    assert stock(client, PID) == before - 1  # the hold was taken although the client never heard of it
    retried = client.post("/checkout-sessions", headers=headers, json=BODY)
    assert retried.status_code == 201 and retried.headers.get("idempotent-replayed") == "true"
    assert stock(client, PID) == before - 1
    _cancel(client, retried.json()["id"])
    assert stock(client, PID) == before


def test_a_timed_out_call_is_applied_after_the_client_gave_up(client, sandbox):
    before = stock(client, PID)
    client.post("/admin/faults", json={"route": "checkout.create", "mode": "timeout", "latency_ms": 1500})
    headers = {"Idempotency-Key": uuid.uuid4().hex, "Authorization": f"Bearer {client.auth.platform}"}
    with pytest.raises(httpx.ReadTimeout), httpx.Client(base_url=sandbox.url, timeout=0.3) as impatient:
        impatient.post("/checkout-sessions", headers=headers, json=BODY)
    # While the held call runs, a retry under the same key hears "in progress" at once; once it is done, the
    # retry gets its answer: one hold, not two.
    retried = client.post("/checkout-sessions", headers=headers, json=BODY)
    assert retried.status_code == 409 and retried.json()["messages"][0]["code"] == "idempotency_in_progress"
    deadline = time.monotonic() + 10
    while retried.status_code == 409 and time.monotonic() < deadline:
        time.sleep(0.2)
        retried = client.post("/checkout-sessions", headers=headers, json=BODY)
    assert retried.status_code == 201 and retried.headers.get("idempotent-replayed") == "true"
    assert stock(client, PID) == before - 1
    _cancel(client, retried.json()["id"])


def _statuses(client: httpx.Client, profile: dict, calls: int = 24) -> list[int]:
    assert client.put("/admin/faults/profile", json=profile).status_code == 200
    return [client.post("/catalog/search", json={"query": "kettle"}).status_code for _ in range(calls)]


def test_seeded_profile_is_reproducible_and_counts_what_it_injected(client):
    profile = {"seed": 11, "routes": {"catalog.*": {"error_rate": 0.4, "error_status": 503}}}
    client.delete("/admin/faults")
    first = _statuses(client, profile)
    again = _statuses(client, profile)
    other = _statuses(client, {**profile, "seed": 12})
    assert first == again and set(first) == {200, 503}
    assert first != other
    injected = client.get("/admin/faults").json()["injected"]
    assert injected["error:catalog.search"] == first.count(503) + again.count(503) + other.count(503)
    assert client.delete("/admin/faults").json()["profile"]["routes"] == {}
    assert {client.post("/catalog/search", json={"query": "kettle"}).status_code for _ in range(5)} == {200}


def test_unmatched_routes_and_bad_profiles(client):
    client.put("/admin/faults/profile", json={"seed": 1, "routes": {"wallet.*": {"error_rate": 1.0}}})
    assert client.post("/catalog/search", json={"query": "kettle"}).status_code == 200
    bad = client.put("/admin/faults/profile", json={"routes": {"*": {"error_rate": 0.8, "drop_rate": 0.5}}})
    assert bad.status_code == 422


def test_decisions_depend_on_the_key_and_attempt_not_on_interleaving():
    profile = FaultProfile(seed=3, routes={"*": RouteFaults(error_rate=0.3, timeout_rate=0.2, drop_rate=0.2)})
    one, two = FaultBook(profile), FaultBook(profile)
    keys = [f"k{i}" for i in range(40)]
    forward = {k: [one.decide("wallet.capture", k).kind for _ in range(3)] for k in keys}
    backward = {k: [two.decide("wallet.capture", k).kind for _ in range(3)] for k in reversed(keys)}
    assert forward == backward
    assert {kind for kinds in forward.values() for kind in kinds} == {None, "error", "timeout", "drop"}


def test_webhook_plans_are_seeded():
    profile = FaultProfile(seed=5, webhooks=WebhookFaults(duplicate_rate=0.5, reorder_rate=0.5,
                                                          reorder_delay_ms=1234))
    plans = [FaultBook(profile).webhook_plan(f"evt-{i}") for i in range(60)]
    assert plans == [FaultBook(profile).webhook_plan(f"evt-{i}") for i in range(60)]
    assert any(p.duplicated for p in plans) and any(not p.duplicated for p in plans)
    assert {p.delay_ms for p in plans} == {0, 1234}
    assert FaultBook().webhook_plan("evt-1").deliveries == 1


def test_settings_from_the_environment_and_a_file(monkeypatch, tmp_path):
    monkeypatch.setenv("ERRAND_SANDBOX_FAULTS_SEED", "9")
    monkeypatch.setenv("ERRAND_SANDBOX_FAULTS_ERROR_RATE", "0.2")
    monkeypatch.setenv("ERRAND_SANDBOX_FAULTS_TIMEOUT_RATE", "0.1")
    monkeypatch.setenv("ERRAND_SANDBOX_FAULTS_ROUTES", "wallet.*, checkout.complete")
    profile = FaultSettings().profile()
    assert profile.seed == 9 and list(profile.routes) == ["wallet.*", "checkout.complete"]
    assert profile.for_route("wallet.capture").error_rate == 0.2  # type: ignore[union-attr]
    assert profile.for_route("catalog.search") is None
    path = tmp_path / "faults.json"
    path.write_text(json.dumps({"seed": 4, "routes": {"*": {"drop_rate": 0.1}}}))
    monkeypatch.setenv("ERRAND_SANDBOX_FAULTS_FILE", str(path))
    assert FaultSettings().profile().for_route("anything").drop_rate == 0.1  # type: ignore[union-attr]
    for name in ("SEED", "ERROR_RATE", "TIMEOUT_RATE", "ROUTES", "FILE"):
        monkeypatch.delenv(f"ERRAND_SANDBOX_FAULTS_{name}")
    assert not FaultSettings().profile().active


def test_latency_only_fault_still_applies(client):
    client.post("/admin/faults", json={"route": "catalog.search", "status": 0, "latency_ms": 200})
    started = time.monotonic()
    assert client.post("/catalog/search", json={"query": "kettle"}).status_code == 200
    assert time.monotonic() - started >= 0.2
