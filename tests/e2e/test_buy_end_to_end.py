"""A whole buy errand on the real dev server, driven the way the CLI drives it, plus a forged approval
sent with the real `temporal` CLI."""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess

from temporalio.client import Client

from errand.cli import errands
from errand.connectors import CourierClient, WalletClient
from errand.ledger import Ledger
from errand.worker.settings import ErrandSettings
from errand.worker.stack import temporal_binary


async def test_sentence_to_delivered_with_a_forged_signal_refused(dev_client: Client, e2e_settings: ErrandSettings,
                                                                  dev_worker: object) -> None:
    settings = e2e_settings
    errand_id = await errands.start_buy(dev_client, settings, "two packs of AA batteries under ¥40, delivered home",
                                        "alice", shipment_poll_seconds=1)
    assert errand_id.startswith("buy-alice-")
    status = await errands.wait_for(dev_client, errand_id, lambda s: s.state == "awaiting_approval")
    assert status.state == "awaiting_approval" and status.quote is not None and status.quote_digest

    description = await dev_client.get_workflow_handle(errand_id).describe()
    assert await description.static_summary() == "buy 2× AA batteries under ¥40.00 each for alice, to home"

    forged = {"shopper_id": "alice", "quote_digest": status.quote_digest, "signature": base64.b64encode(bytes(64)).decode()}
    done = await asyncio.to_thread(
        subprocess.run,
        [temporal_binary(), "workflow", "signal", "--address", settings.temporal_address, "--workflow-id",
         errand_id, "--name", "approve", "--input", json.dumps(forged)],
        capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    status = await errands.wait_for(dev_client, errand_id,
                                    lambda s: any(e.what == "approval.refused" for e in s.timeline))
    assert status.state == "awaiting_approval" and status.authorization is None
    assert [e.detail for e in status.timeline if e.what == "approval.refused"] == ["approval ignored: unknown key"]

    status = await errands.approve(dev_client, settings, errand_id)
    assert status.state in ("placing_order", "shipping", "paying", "delivered")
    status = await errands.wait_for(dev_client, errand_id, lambda s: s.order is not None and s.order.shipment_id
                                    is not None)
    assert status.order is not None and status.order.shipment_id is not None
    async with CourierClient(f"{settings.sandbox_url}/courier", token=settings.admin_token) as courier:
        await courier.advance("e2e-advance", status.order.shipment_id, steps=10)
    status = await errands.wait_for(dev_client, errand_id, lambda s: s.finished, timeout=60)
    assert status.state == "delivered", status.outcome

    assert status.authorization is not None
    async with WalletClient(f"{settings.sandbox_url}/wallet", token=settings.platform_token) as wallet:
        kinds = [op.kind for op in await wallet.operations(authorization_id=status.authorization.authorization_id)]
    assert kinds.count("capture") == 1 and kinds.count("authorize") == 1

    ledger = Ledger(settings.ledger_url)
    try:
        entries = ledger.entries(errand_id)
        refused = [e for e in entries if e.what == "approval.refused"]
        assert len(refused) == 1 and json.loads(refused[0].evidence_json)["verdict"] == "unknown_key"
        assert ledger.verify().ok
    finally:
        ledger.close()
