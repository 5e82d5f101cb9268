"""Shared by the return tests: a paid, delivered order in the sandbox, test images, starting the errand."""

from __future__ import annotations

import asyncio
import struct
import uuid
import zlib
from collections.abc import Callable
from typing import Any

import httpx
from temporalio.client import Client, WorkflowHandle

from errand.connectors.returns import ReturnsClient
from errand.domain.intents import ReturnIntent
from errand.domain.returns import ReturnStatus
from errand.sandbox.process import SandboxProcess
from errand.workflows import ReturnRequest, ReturnWorkflow
from tests.operator import operator_http, operator_token
from tests.sandbox.helpers import authorize, complete, open_checkout, quote_for, set_address, sign

Handle = WorkflowHandle[ReturnWorkflow, ReturnStatus]


def product_in(sandbox: SandboxProcess, category: str, offset: int = 0) -> str:
    """An in-stock product of ``category`` (a different one per ``offset``, so tests don't share stock)."""
    with httpx.Client(base_url=sandbox.url) as client:
        r = client.post("/catalog/search", json={"query": "", "filters": {"categories": [category]},
                                                 "dev.errand": {"in_stock": True, "sort": "price_asc"},
                                                 "pagination": {"limit": 40}})
        r.raise_for_status()
        products = [p for p in r.json()["products"] if p["metadata"]["stock"] >= 5]
        return products[offset % len(products)]["id"]


def delivered_order(sandbox: SandboxProcess, product_id: str, *, days_ago: float | None = 1.0,
                    shopper: str = "alice", quantity: int = 1) -> dict[str, Any]:
    """Buy ``product_id`` like the buy errand does (signed hold, order, capture); backdate its delivery
    ``days_ago`` days (negative: still on its way; None: left to the courier's clock). Returns the order's
    return facts."""
    with operator_http(sandbox, timeout=30) as client:
        opened = open_checkout(client, product_id, quantity, shopper)
        assert opened.status_code == 201, opened.text
        quote = quote_for(set_address(client, opened.json()["id"]))
        auth = authorize(client, quote, sign(sandbox, quote))
        assert auth.status_code == 201, auth.text
        auth_id = auth.json()["authorization_id"]
        placed = complete(client, quote.checkout_id, auth_id)
        assert placed.status_code == 200, placed.text
        order_id = placed.json()["order"]["id"]  # the merchant captured the hold as it completed the checkout
        if days_ago is not None:
            r = client.post("/admin/returns/backdate", json={"order_id": order_id, "delivered_days_ago": days_ago})
            assert r.status_code == 200, r.text
        return client.get(f"/returns/orders/{order_id}").json()


def png(width: int = 400, height: int = 300) -> bytes:
    """A real, decodable grey PNG."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    rows = b"".join(b"\x00" + bytes([128]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


async def upload(sandbox: SandboxProcess, data: bytes, content_type: str = "image/png") -> str:
    async with ReturnsClient(sandbox.url) as returns:
        return await returns.upload_photo(uuid.uuid4().hex, data, content_type)


async def start_return(client: Client, task_queue: str, order_id: str, *, reason: str = "damaged",
                       photos: list[str] | None = None, shopper: str = "alice", **request: Any) -> Handle:
    intent = ReturnIntent(shopper_id=shopper, order_id=order_id, reason=reason,  # type: ignore[arg-type]
                          description="the lid is cracked", photos=photos or [],
                          sentence=f"return order {order_id}, {reason}")
    return await client.start_workflow(
        ReturnWorkflow.run, ReturnRequest(intent=intent, pickup_poll_seconds=1, **request),
        id=f"return-{shopper}-{uuid.uuid4().hex[:8]}", task_queue=task_queue,
        static_summary=f"return {order_id} ({reason}) for {shopper}")


async def wait_state(handle: Handle, done: Callable[[ReturnStatus], bool], timeout: float = 30.0) -> ReturnStatus:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        status = await handle.query(ReturnWorkflow.status)
        if done(status):
            return status
        if status.finished or asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"stopped in state {status.state}: {status.outcome}")
        await asyncio.sleep(0.1)


async def advance_pickup(sandbox: SandboxProcess, handle: Handle) -> None:
    """Bring the booked pickup to the warehouse now."""
    status = await wait_state(handle, lambda s: s.pickup is not None)
    assert status.pickup is not None
    async with ReturnsClient(sandbox.url, token=operator_token(sandbox)) as returns:
        await returns.advance_pickup(uuid.uuid4().hex, status.pickup.pickup_id, steps=3)
