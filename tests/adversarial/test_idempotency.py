"""Attacks on Idempotency-Key handling, over real HTTP against the sandbox subprocess.

One key must mean one effect however the requests race, whatever dies in between, and whoever else guesses
the key (errand keys are predictable: ``<errand id>/<step>``).
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
import uuid
from pathlib import Path

import httpx
import pytest

from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess

PID = "prd-00011"


def _auth(sandbox: SandboxProcess, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {read_token(sandbox.home, role)}"}  # type: ignore[arg-type]


def _body(buyer: str = "alice", quantity: int = 1) -> dict:
    return {"line_items": [{"item": {"id": PID}, "quantity": quantity}], "dev.errand": {"buyer_id": buyer}}


def _held(db_path: Path) -> int:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10) as conn:
        return conn.execute("SELECT held FROM product WHERE id = ?", (PID,)).fetchone()[0]


def _checkouts(db_path: Path, buyer: str) -> int:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10) as conn:
        return conn.execute("SELECT COUNT(*) FROM checkout WHERE buyer_id = ?", (buyer,)).fetchone()[0]


def _code(response: httpx.Response) -> str:
    return response.json()["messages"][0]["code"]


async def test_concurrent_requests_with_one_key_make_one_effect_the_others_hear_in_progress(sandbox) -> None:
    buyer, before = "bob", _checkouts(sandbox.db_path, "bob")
    platform = {**_auth(sandbox, "platform"), "Idempotency-Key": f"buy-bob-{uuid.uuid4().hex[:8]}/checkout"}
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=20) as client:
        # The first request is held 1.5 s inside the handler, so every other one arrives while it runs.
        injected = await client.post("/admin/faults", headers=_auth(sandbox, "operator"),
                                     json={"route": "checkout.create", "status": 0, "latency_ms": 1500})
        assert injected.status_code == 200, injected.text

        async def attempt() -> tuple[httpx.Response, float]:
            started = time.monotonic()
            answer = await client.post("/checkout-sessions", headers=platform, json=_body(buyer))
            return answer, time.monotonic() - started

        first = asyncio.create_task(attempt())
        await asyncio.sleep(0.2)
        others = await asyncio.gather(*(attempt() for _ in range(7)))
        made, _ = await first
        assert made.status_code == 201, made.text
        for answer, took in others:
            # Payment providers answer at once: no waiting behind the running request, no second effect.
            assert answer.status_code == 409 and _code(answer) == "idempotency_in_progress", answer.text
            assert took < 1.0
        replay = await client.post("/checkout-sessions", headers=platform, json=_body(buyer))
        assert replay.status_code == 201 and replay.headers.get("idempotent-replayed") == "true"
        assert replay.json()["id"] == made.json()["id"]
        await client.post(f"/checkout-sessions/{made.json()['id']}/cancel",
                          headers={**_auth(sandbox, "platform"), "Idempotency-Key": uuid.uuid4().hex})
    assert _checkouts(sandbox.db_path, buyer) == before + 1


async def test_a_crash_after_the_effect_before_the_answer_then_a_retry_applies_once(tmp_path) -> None:
    with SandboxProcess(tmp_path / "home", seed=7, products=300) as proc:
        held_before = _held(proc.db_path)
        platform = {**_auth(proc, "platform"), "Idempotency-Key": "buy-alice-crash/checkout"}
        async with httpx.AsyncClient(base_url=proc.url, timeout=10) as client:
            injected = await client.post("/admin/faults", headers=_auth(proc, "operator"),
                                         json={"route": "checkout.create", "mode": "crash"})
            assert injected.status_code == 200, injected.text
            with pytest.raises(httpx.TransportError):  # the process dies after the handler ran
                await client.post("/checkout-sessions", headers=platform, json=_body("alice", 2))
        for _ in range(100):
            if not proc.running:
                break
            await asyncio.sleep(0.1)
        assert not proc.running
        assert _held(proc.db_path) == held_before and _checkouts(proc.db_path, "alice") == 0
        proc.start()  # same home, same database: the retry comes to a fresh process
        async with httpx.AsyncClient(base_url=proc.url, timeout=10) as client:
            retried = await client.post("/checkout-sessions", headers=platform, json=_body("alice", 2))
            assert retried.status_code == 201, retried.text
            again = await client.post("/checkout-sessions", headers=platform, json=_body("alice", 2))
            assert again.headers.get("idempotent-replayed") == "true"
            assert again.json()["id"] == retried.json()["id"]
        assert _checkouts(proc.db_path, "alice") == 1 and _held(proc.db_path) == held_before + 2


async def test_a_stranger_can_neither_preclaim_nor_read_the_platforms_key(sandbox) -> None:
    buyer = "bob"
    key = f"buy-bob-{uuid.uuid4().hex[:8]}/checkout"  # predictable: the errand id and the step
    strangers = [{}, {"Authorization": "Bearer not-a-token"}, _auth(sandbox, "merchant")]
    platform = {**_auth(sandbox, "platform"), "Idempotency-Key": key}
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=10) as client:
        for stranger in strangers:  # each claims the key first, with a body of its own
            await client.post("/checkout-sessions", headers={**stranger, "Idempotency-Key": key},
                              json=_body("alice", 5))
        made = await client.post("/checkout-sessions", headers=platform, json=_body(buyer))
        assert made.status_code == 201 and made.headers.get("idempotent-replayed") is None, made.text
        for stranger in strangers:  # the same key and the very same body: no replay of the platform's answer
            peek = await client.post("/checkout-sessions", headers={**stranger, "Idempotency-Key": key},
                                     json=_body(buyer))
            assert made.json()["id"] not in peek.text
            if peek.status_code == 201:
                await client.post(f"/checkout-sessions/{peek.json()['id']}/cancel",
                                  headers={**stranger, "Idempotency-Key": uuid.uuid4().hex})
        replay = await client.post("/checkout-sessions", headers=platform, json=_body(buyer))
        assert replay.headers.get("idempotent-replayed") == "true"
        assert replay.json()["id"] == made.json()["id"]
        await client.post(f"/checkout-sessions/{made.json()['id']}/cancel",
                          headers={**_auth(sandbox, "platform"), "Idempotency-Key": uuid.uuid4().hex})


async def test_a_failed_attempt_releases_the_key_and_other_bodies_still_conflict(sandbox) -> None:
    buyer, before = "bob", _checkouts(sandbox.db_path, "bob")
    platform = {**_auth(sandbox, "platform"), "Idempotency-Key": f"buy-bob-{uuid.uuid4().hex[:8]}/checkout"}
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=10) as client:
        await client.post("/admin/faults", headers=_auth(sandbox, "operator"),
                          json={"route": "checkout.create", "status": 503})
        failed = await client.post("/checkout-sessions", headers=platform, json=_body(buyer))
        assert failed.status_code == 503
        made = await client.post("/checkout-sessions", headers=platform, json=_body(buyer))
        assert made.status_code == 201 and made.headers.get("idempotent-replayed") is None
        other = await client.post("/checkout-sessions", headers=platform, json=_body(buyer, 3))
        assert other.status_code == 409 and _code(other) == "idempotency_conflict"
        await client.post(f"/checkout-sessions/{made.json()['id']}/cancel",
                          headers={**_auth(sandbox, "platform"), "Idempotency-Key": uuid.uuid4().hex})
    assert _checkouts(sandbox.db_path, buyer) == before + 1


async def test_a_write_held_in_its_handler_holds_neither_other_writes_nor_reads(sandbox) -> None:
    platform = _auth(sandbox, "platform")
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=20) as client:
        await client.post("/admin/faults", headers=_auth(sandbox, "operator"),
                          json={"route": "checkout.create", "status": 0, "latency_ms": 2000})

        async def timed(call) -> float:
            started = time.monotonic()
            answer = await call
            assert answer.status_code < 500, answer.text
            return time.monotonic() - started

        def create() -> object:
            return client.post("/checkout-sessions", json=_body("bob"),
                               headers={**platform, "Idempotency-Key": uuid.uuid4().hex})

        held = asyncio.create_task(timed(create()))
        await asyncio.sleep(0.3)
        others = await asyncio.gather(timed(create()), timed(create()),
                                      timed(client.get("/wallet/shoppers/alice", headers=platform)),
                                      timed(client.post("/catalog/search", json={"query": "kettle"})))
        assert await held >= 2.0
        assert max(others) < 1.0  # the held request takes the write lock only after its fault, not before
