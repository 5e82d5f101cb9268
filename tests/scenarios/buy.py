"""Buy errand scenarios for the replay corpus: approval, rejection, expiry, invalid approval, approval
with a key enrolled after the errand started, a key revoked after it started, compensation, no match, out of
stock at reservation, the daily cap at the quote, again at the approval, and at the wallet's hold."""

from __future__ import annotations

import asyncio
import tempfile
import uuid
from pathlib import Path
from typing import Any

import httpx
from temporalio.client import Client, WorkflowHandle

from errand.cli.enrolment import enroll, revoke
from errand.cli.keystore import KeyStore
from errand.connectors import CourierClient, SandboxAdmin, WalletClient
from errand.domain.approval import sign_quote
from errand.domain.models import BuyIntent, ErrandStatus, Rejection, SignedApproval
from errand.domain.policy import SpendingCaps
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.workflows import BuyRequest, BuyWorkflow
from tests.keys import shopper_key

from . import Scenario

Handle = WorkflowHandle[BuyWorkflow, ErrandStatus]


async def start(client: Client, task_queue: str, **overrides: Any) -> Handle:
    intent = BuyIntent.model_validate({
        "shopper_id": "alice", "query": "AA batteries", "quantity": 2, "max_unit_price": 4000,
        "sentence": "two packs of AA batteries under ¥40, delivered home", **overrides})
    return await client.start_workflow(BuyWorkflow.run, BuyRequest(intent=intent, shipment_poll_seconds=1),
                                       id=f"buy-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def awaiting(handle: Handle) -> ErrandStatus:
    for _ in range(300):
        status = await handle.query(BuyWorkflow.status)
        if status.state == "awaiting_approval" or status.finished:
            return status
        await asyncio.sleep(0.1)
    raise TimeoutError("no quote within 30 s")


def sign(status: ErrandStatus, sandbox: SandboxProcess, signer: str = "alice") -> SignedApproval:
    assert status.quote is not None
    return sign_quote(shopper_key(sandbox, signer), status.quote)


async def deliver(handle: Handle, sandbox: SandboxProcess) -> None:
    """Move the parcel to delivered as soon as the order has one."""
    for _ in range(300):
        status = await handle.query(BuyWorkflow.status)
        if status.order is not None and status.order.shipment_id:
            async with CourierClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
                await courier.advance(f"deliver-{handle.id}", status.order.shipment_id, steps=10)
            return
        if status.finished:
            return
        await asyncio.sleep(0.1)


async def approved(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    handle = await start(client, task_queue)
    await handle.signal(BuyWorkflow.approve, sign(await awaiting(handle), sandbox))
    await deliver(handle, sandbox)
    return handle


async def rejected(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    handle = await start(client, task_queue)
    await awaiting(handle)
    await handle.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="changed my mind"))
    return handle


async def expired(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    handle = await start(client, task_queue)
    await awaiting(handle)
    return handle


async def invalid_then_approved(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    handle = await start(client, task_queue)
    status = await awaiting(handle)
    forged = sign(status, sandbox, signer="bob").model_copy(update={"shopper_id": "alice"})
    await handle.signal(BuyWorkflow.approve, forged)
    await handle.signal(BuyWorkflow.approve, sign(status, sandbox))
    await deliver(handle, sandbox)
    return handle


async def late_key_approved(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    """Approved with a key alice enrolled after the errand started (a new device): the errand looks it up."""
    handle = await start(client, task_queue)
    status = await awaiting(handle)
    device = KeyStore(Path(tempfile.mkdtemp(prefix="errand-device-")))
    operator = read_token(sandbox.home, "operator")
    late = await asyncio.to_thread(enroll, device, sandbox.url, "alice", operator_token=operator)
    assert status.quote is not None
    await handle.signal(BuyWorkflow.approve, sign_quote(late.private_key, status.quote))
    await deliver(handle, sandbox)
    await asyncio.to_thread(revoke, device, sandbox.url, "alice", late.key_id)
    return handle


async def revoked_key_then_approved(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    """A key active when the errand started and revoked since is refused; the shopper's current key counts."""
    device = KeyStore(Path(tempfile.mkdtemp(prefix="errand-device-")))
    operator = read_token(sandbox.home, "operator")
    lost = await asyncio.to_thread(enroll, device, sandbox.url, "alice", operator_token=operator)
    handle = await start(client, task_queue)
    status = await awaiting(handle)
    assert status.quote is not None
    await asyncio.to_thread(revoke, device, sandbox.url, "alice", lost.key_id, signer=lost)
    await handle.signal(BuyWorkflow.approve, sign_quote(lost.private_key, status.quote))
    await handle.signal(BuyWorkflow.approve, sign(status, sandbox))
    await deliver(handle, sandbox)
    return handle


async def compensated(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    handle = await start(client, task_queue)
    status = await awaiting(handle)
    async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
        await admin.inject_fault("checkout.complete", status=422, count=1)
    await handle.signal(BuyWorkflow.approve, sign(status, sandbox))
    return handle


async def order_reconciled(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    """The order is placed but reading it back fails: the errand reads the checkout, finds the order, goes on."""
    handle = await start(client, task_queue)
    status = await awaiting(handle)
    async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
        await admin.inject_fault("order.get", status=404, count=1)
    await handle.signal(BuyWorkflow.approve, sign(status, sandbox))
    await deliver(handle, sandbox)
    return handle


async def next_candidate(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    """Bob takes the whole shelf of alice's best match while her reservation is held up; she gets the next."""
    async with SandboxAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
        await admin.inject_fault("checkout.create", status=0, count=1, latency_ms=2000)
    handle = await start(client, task_queue)
    for _ in range(300):
        status = await handle.query(BuyWorkflow.status)
        if status.state == "reserving" or status.finished:
            break
        await asyncio.sleep(0.05)
    assert status.ranking is not None and status.ranking.chosen is not None
    platform = {"Authorization": f"Bearer {read_token(sandbox.home, 'platform')}"}  # bob's errand, elsewhere
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=10, headers=platform) as http:
        product_id = status.ranking.chosen.product.product_id
        product = (await http.post("/catalog/product", json={"id": product_id})).json()["product"]
        taken = (await http.post("/checkout-sessions", headers={"Idempotency-Key": uuid.uuid4().hex}, json={
            "line_items": [{"item": {"id": product_id}, "quantity": product["metadata"]["stock"]}],
            "dev.errand": {"buyer_id": "bob"}})).json()
        try:
            await handle.signal(BuyWorkflow.approve, sign(await awaiting(handle), sandbox))
        finally:
            await http.post(f"/checkout-sessions/{taken['id']}/cancel", headers={"Idempotency-Key": uuid.uuid4().hex})
    await deliver(handle, sandbox)
    return handle


async def no_match(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    return await start(client, task_queue, max_unit_price=1)


async def capped_approved(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    """Spending caps on: today's spend is read beside the reservation, the quote offered, approved, delivered."""
    handle = await client.start_workflow(BuyWorkflow.run, BuyRequest(
        intent=BuyIntent(shopper_id="alice", query="AA batteries", quantity=2, max_unit_price=4000,
                         sentence="two packs of AA batteries under ¥40, delivered home"),
        shipment_poll_seconds=1, caps=SpendingCaps(per_errand=500_000, per_day=10**9)),
        id=f"buy-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)
    await handle.signal(BuyWorkflow.approve, sign(await awaiting(handle), sandbox))
    await deliver(handle, sandbox)
    return handle


async def over_daily_cap(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    """The daily cap refuses the quote (today's spend read beside the reservation): stock released."""
    return await client.start_workflow(BuyWorkflow.run, BuyRequest(
        intent=BuyIntent(shopper_id="alice", query="AA batteries", quantity=2, max_unit_price=4000,
                         sentence="two packs of AA batteries under ¥40, delivered home"),
        caps=SpendingCaps(per_day=1)), id=f"buy-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


async def over_daily_cap_at_approval(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    """Two quotes offered side by side, each under the daily cap, room for one: the first is approved and paid;
    the second's approval reads today's spend again, finds the first, and ends over the cap with nothing held."""
    probe = await start(client, task_queue)
    quote = (await awaiting(probe)).quote
    assert quote is not None
    await probe.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="price probe"))
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet:
        spent = int((await wallet.spending("alice"))["counted"])
    caps = SpendingCaps(per_day=spent + quote.total + quote.total // 2)
    first, second = [await client.start_workflow(BuyWorkflow.run, BuyRequest(
        intent=BuyIntent(shopper_id="alice", query="AA batteries", quantity=2, max_unit_price=4000,
                         sentence="two packs of AA batteries under ¥40, delivered home"),
        shipment_poll_seconds=1, caps=caps), id=f"buy-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)
        for _ in range(2)]
    offered = [await awaiting(first), await awaiting(second)]
    await first.signal(BuyWorkflow.approve, sign(offered[0], sandbox))
    await deliver(first, sandbox)  # paid: its order has a shipment
    await second.signal(BuyWorkflow.approve, sign(offered[1], sandbox))
    return second


async def over_cap_at_wallet_hold(client: Client, task_queue: str, sandbox: SandboxProcess) -> Handle:
    """Two quotes side by side, room for one under the daily cap, approved at the same instant: both rechecks
    read today's spend before either hold exists (the wallet answers both holds late) and pass; the wallet,
    given the errand's cap with each hold, holds one and refuses the other, which ends over the cap."""
    probe = await start(client, task_queue)
    quote = (await awaiting(probe)).quote
    assert quote is not None
    await probe.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="price probe"))
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet:
        spent = int((await wallet.spending("alice"))["counted"])
    caps = SpendingCaps(per_day=spent + quote.total + quote.total // 2)
    handles = [await client.start_workflow(BuyWorkflow.run, BuyRequest(
        intent=BuyIntent(shopper_id="alice", query="AA batteries", quantity=2, max_unit_price=4000,
                         sentence="two packs of AA batteries under ¥40, delivered home"),
        shipment_poll_seconds=1, caps=caps), id=f"buy-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)
        for _ in range(2)]
    offered = [await awaiting(handle) for handle in handles]
    async with httpx.AsyncClient(base_url=sandbox.url,
                                 headers={"Authorization": f"Bearer {read_token(sandbox.home, 'operator')}"}) as admin:
        (await admin.post("/admin/faults", json={"route": "wallet.authorize", "status": 200, "count": 2,
                                                 "latency_ms": 1500})).raise_for_status()
        await asyncio.gather(*(h.signal(BuyWorkflow.approve, sign(s, sandbox)) for h, s in zip(handles, offered)))
        await asyncio.gather(*(deliver(handle, sandbox) for handle in handles))
        ended = [await handle.result() for handle in handles]
        await admin.delete("/admin/faults")
    refused = [h for h, status in zip(handles, ended) if status.state == "over_cap"]
    assert len(refused) == 1, [(s.state, s.outcome) for s in ended]
    return refused[0]


SCENARIOS: dict[str, Scenario] = {
    "buy-approved": approved,
    "buy-rejected": rejected,
    "buy-expired": expired,
    "buy-invalid-approval-then-approved": invalid_then_approved,
    "buy-late-key-approved": late_key_approved,
    "buy-revoked-key-then-approved": revoked_key_then_approved,
    "buy-compensated": compensated,
    "buy-order-reconciled": order_reconciled,
    "buy-no-match": no_match,
    "buy-next-candidate": next_candidate,
    "buy-capped-approved": capped_approved,
    "buy-over-daily-cap": over_daily_cap,
    "buy-over-daily-cap-at-approval": over_daily_cap_at_approval,
    "buy-over-cap-at-wallet-hold": over_cap_at_wallet_hold,
}
