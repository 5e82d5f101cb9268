"""Shared by the price watch tests: products of their own, signed mandates, quotes, starting watches."""

from __future__ import annotations

import asyncio
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from temporalio.client import Client, WorkflowHandle

from errand.activities.commerce import CommerceActivities
from errand.activities.messages import QuoteRequest
from errand.connectors import CourierClient, MerchantClient, WalletClient
from errand.connectors.prices import PriceAdmin
from errand.domain.intents import PriceWatchIntent
from errand.domain.mandate import Mandate, SignedMandate, sign_mandate
from errand.domain.models import Quote
from errand.domain.watch import PriceWatchStatus
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.sandbox.settings import SandboxSettings
from errand.workflows import PriceWatchRequest, PriceWatchWorkflow

from .helpers import shopper_key

WatchHandle = WorkflowHandle[PriceWatchWorkflow, PriceWatchStatus]


MERCHANT_ID = SandboxSettings.model_fields["merchant_id"].default
"""The sandbox merchant's configured identity, which quotes and mandates name."""


def own_product(sandbox: SandboxProcess, slot: int) -> tuple[str, int, str]:
    """(id, price, title) of a well-stocked generated product that no other test's story uses.

    Each watch test takes its own slot, because the tests move these products' prices on a shared sandbox.
    """
    with sqlite3.connect(sandbox.db_path) as conn:
        row = conn.execute("SELECT id, price, title FROM product WHERE num > 17000 AND stock >= 300 "
                           "AND price >= 5000 ORDER BY num LIMIT 1 OFFSET ?", (slot,)).fetchone()
    assert row is not None
    return row[0], int(row[1]), row[2]


async def set_price(sandbox: SandboxProcess, product_id: str, price: int) -> None:
    async with PriceAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
        await admin.set_price(product_id, price)


def signed_mandate(sandbox: SandboxProcess, product_id: str, max_unit_price: int, *, quantity: int = 1,
                   expires_at: datetime | None = None, shopper: str = "alice", signer: str | None = None,
                   single_use: bool = True) -> SignedMandate:
    mandate = Mandate(
        mandate_id=f"mdt-{uuid.uuid4().hex[:12]}", shopper_id=shopper, product_id=product_id,
        max_unit_price=max_unit_price, quantity=quantity, merchant=MERCHANT_ID,
        expires_at=expires_at or datetime.now(UTC) + timedelta(days=60), single_use=single_use,
        nonce=uuid.uuid4().hex)
    return sign_mandate(shopper_key(sandbox, signer or shopper), mandate)


async def quote_for(sandbox: SandboxProcess, product_id: str, quantity: int = 1, shopper: str = "alice") -> Quote:
    """Reserve and price a cart exactly as the errands do (the same activity code, called directly)."""
    token = read_token(sandbox.home, "platform")  # as the worker calls
    async with MerchantClient(sandbox.url, token=token) as merchant, \
            WalletClient(f"{sandbox.url}/wallet", token=token) as wallet, \
            CourierClient(f"{sandbox.url}/courier", token=token) as courier:
        key = f"test-{uuid.uuid4().hex}"
        return await CommerceActivities(merchant, wallet, courier).reserve_and_quote(QuoteRequest(
            idempotency_key=key, errand_id=key, shopper_id=shopper, product_id=product_id, quantity=quantity,
            address_label="home", approve_by=datetime.now(UTC) + timedelta(minutes=15)))


async def start_watch(client: Client, task_queue: str, product_id: str, target: int, *, days: int = 30,
                      interval_hours: float = 6.0, mandate: SignedMandate | None = None, quantity: int = 1,
                      samples_per_run: int = 100, shopper: str = "alice") -> WatchHandle:
    intent = PriceWatchIntent(shopper_id=shopper, query=product_id, product_id=product_id, target_price=target,
                              days=days, buy_when_met=mandate is not None, quantity=quantity,
                              interval_hours=interval_hours, sentence=f"watch {product_id}")
    return await client.start_workflow(
        PriceWatchWorkflow.run,
        PriceWatchRequest(intent=intent, mandate=mandate, samples_per_run=samples_per_run, shipment_poll_seconds=1),
        id=f"watch-{shopper}-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def wait_watch(handle: WatchHandle, done: Callable[[PriceWatchStatus], bool],
                     timeout: float = 30.0) -> PriceWatchStatus:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        status = await handle.query(PriceWatchWorkflow.status)
        if done(status):
            return status
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out in state {status.state}: {status.outcome}")
        await asyncio.sleep(0.1)


async def checkout_status(sandbox: SandboxProcess, checkout_id: str) -> str:
    async with MerchantClient(sandbox.url, token=read_token(sandbox.home, "platform")) as merchant:
        return (await merchant.get_checkout(checkout_id)).status
