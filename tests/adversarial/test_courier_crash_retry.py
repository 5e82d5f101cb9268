"""A courier or returns call retried after the sandbox died between its effect and its stored answer runs
once and answers what was done (the effect and the answer commit together, or neither does).

Each test uses a sandbox process of its own (it is killed on purpose), injects a ``crash`` fault on one
route, makes the call over real HTTP, restarts the process on the same home and retries with the same key.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path

import httpx
import pytest

from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from tests.returns.helpers import delivered_order, product_in


def _crash_then_retry(proc: SandboxProcess, http: httpx.Client, route: str, path: str,
                      body: dict) -> httpx.Response:
    injected = http.post("/admin/faults", headers={"Authorization": f"Bearer {read_token(proc.home, 'operator')}"},
                         json={"route": route, "mode": "crash"})
    assert injected.status_code == 200, injected.text
    headers = {"Idempotency-Key": f"crash-{uuid.uuid4().hex}",
               "Authorization": f"Bearer {read_token(proc.home, 'platform')}"}
    with pytest.raises(httpx.TransportError):  # the process dies after the handler ran, before any answer
        http.post(path, headers=headers, json=body)
    for _ in range(100):
        if not proc.running:
            break
        time.sleep(0.1)
    proc.start()
    return http.post(path, headers=headers, json=body)


def _count(proc: SandboxProcess, sql: str, *args: object) -> int:
    with sqlite3.connect(proc.db_path) as db:
        return int(db.execute(sql, args).fetchone()[0])


def test_a_pickup_booking_retried_after_a_crash_books_once(tmp_path: Path) -> None:
    with SandboxProcess(tmp_path / "home", seed=7, products=300) as proc, \
            httpx.Client(base_url=proc.url, timeout=20) as http:
        order = delivered_order(proc, product_in(proc, "kitchen"), days_ago=1)
        platform = {"Authorization": f"Bearer {read_token(proc.home, 'platform')}"}
        rma = http.post("/returns", headers=platform | {"Idempotency-Key": uuid.uuid4().hex}, json={
            "order_id": order["order_id"], "shopper_id": "alice", "reason": "changed_mind"})
        assert rma.status_code == 201, rma.text
        rma_id = rma.json()["rma_id"]
        slot_id = http.get("/courier/pickups/slots", headers=platform).json()["slots"][0]["slot_id"]
        retried = _crash_then_retry(proc, http, "pickups.book", "/courier/pickups",
                                    {"rma_id": rma_id, "slot_id": slot_id})
        assert retried.status_code == 201, retried.text  # not 409 pickup_exists for its own booking
        assert _count(proc, "SELECT count(*) FROM return_pickup WHERE rma_id = ?", rma_id) == 1


def test_a_return_created_after_a_crash_is_created_once(tmp_path: Path) -> None:
    with SandboxProcess(tmp_path / "home", seed=7, products=300) as proc, \
            httpx.Client(base_url=proc.url, timeout=20) as http:
        order = delivered_order(proc, product_in(proc, "kitchen"), days_ago=1)
        retried = _crash_then_retry(proc, http, "returns.create", "/returns", {
            "order_id": order["order_id"], "shopper_id": "alice", "reason": "changed_mind"})
        assert retried.status_code == 201, retried.text  # not 409 rma_exists for its own return
        assert _count(proc, "SELECT count(*) FROM rma WHERE order_id = ?", order["order_id"]) == 1
