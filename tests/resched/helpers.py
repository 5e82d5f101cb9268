"""Shared by the reschedule tests: a real paid order with a held shipment, and waiting on a workflow."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import httpx
from temporalio.client import WorkflowHandle

from errand.connectors.delivery import DeliveryClient
from errand.connectors.merchant import EXT
from errand.domain.delivery import RescheduleStatus
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from tests.sandbox.helpers import authorize, bearer, complete, open_checkout, quote_for, set_address, sign


def key() -> str:
    return uuid.uuid4().hex


async def place_order(sandbox: SandboxProcess, shopper: str = "alice", *, hold: bool = True) -> tuple[str, str]:
    """Buy one cheap item for ``shopper`` straight through the sandbox; returns (order id, shipment id).

    The shipment is held (its clock stopped) so a test decides when it moves.
    """
    with httpx.Client(base_url=sandbox.url, timeout=10, headers=bearer(sandbox, "platform")) as client:
        created = open_checkout(client, "prd-00005", 1, buyer=shopper)
        assert created.status_code == 201, created.text
        checkout = set_address(client, created.json()["id"])
        quote = quote_for(checkout)
        auth = authorize(client, quote, sign(sandbox, quote))
        assert auth.status_code in (200, 201), auth.text
        order = complete(client, checkout["id"], auth.json()["authorization_id"])
        assert order.status_code in (200, 201), order.text
        order_id = order.json()["order"]["id"]
        body = client.get(f"/orders/{order_id}").json()
    shipment_id = body[EXT]["shipment_id"]
    if hold:
        async with DeliveryClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
            await courier.hold(key(), shipment_id)
    return body["id"], shipment_id


async def wait_for(handle: WorkflowHandle[Any, Any], done: Callable[[Any], bool], timeout: float = 30.0,
                   model: type[Any] = RescheduleStatus) -> Any:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        status = await handle.query("status", result_type=model)
        if done(status):
            return status
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out in state {status.state}: {status.outcome}")
        await asyncio.sleep(0.1)
