"""`errand chat` and `errand kill-switch` on the real dev server: typed lines in, quote card out, approve
inline with the shopper's local key; the kill switch holds a running errand and lets it go on."""

from __future__ import annotations

import asyncio
import io

from rich.console import Console

from errand.cli.cmd_chat import run_chat, set_kill_switch
from errand.connectors import CourierClient
from errand.domain.models import Rejection
from errand.domain.policy import SpendingCaps
from errand.sandbox.common.auth import read_token
from errand.workflows import BuyRequest, BuyWorkflow, ConversationWorkflow
from errand.workflows.buy import BuyIntent

from ..workflows.helpers import wait_state


async def test_chat_buys_with_an_inline_approval(dev_client, e2e_settings, dev_worker, sandbox) -> None:
    settings = e2e_settings.model_copy(update={"shipment_poll_seconds": 1})
    lines = ["hello", "two packs of AA batteries under ¥40, delivered home", "", "", "approve", "quit"]
    out = io.StringIO()
    console = Console(file=out, width=120)

    async def read_line() -> str | None:
        return lines.pop(0) if lines else None

    chat_id = await run_chat(dev_client, settings, "bob", read_line, console, settle_seconds=1.5)
    text = out.getvalue()
    assert "What can I get for you" in text and "quote ready" in text and "Quote " in text  # the quote card
    status = await dev_client.get_workflow_handle_for(ConversationWorkflow.run, chat_id).result()
    assert status.state == "ended" and len(status.errands) == 1
    errand_id = status.errands[0].errand_id
    assert f"{errand_id}: " in text and ("paying" in text or "placing order" in text or "shipping" in text)
    child = dev_client.get_workflow_handle_for(BuyWorkflow.run, errand_id)
    shipping = await wait_state(child, lambda s: s.order is not None and s.order.shipment_id is not None)
    async with CourierClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
        await courier.advance(f"e2e-chat-{errand_id}", shipping.order.shipment_id, steps=10)
    assert (await child.result()).state == "delivered"


async def test_kill_switch_command_holds_and_releases_running_errands(dev_client, e2e_settings, dev_worker) -> None:
    intent = BuyIntent(shopper_id="dana", query="AA batteries", quantity=1, max_unit_price=4000)
    handle = await dev_client.start_workflow(
        BuyWorkflow.run, BuyRequest(intent=intent, caps=SpendingCaps(per_errand=1_000_000)),
        id="buy-dana-e2ekill1", task_queue=e2e_settings.task_queue)
    await wait_state(handle, lambda s: s.state == "awaiting_approval")
    assert await set_kill_switch(dev_client, e2e_settings, True, "e2e drill") >= 1
    await handle.signal(BuyWorkflow.reject, Rejection())
    await asyncio.sleep(1.0)
    held = await handle.query(BuyWorkflow.status)
    assert held.state == "awaiting_approval" and any(t.what == "kill_switch.held" for t in held.timeline)
    assert await set_kill_switch(dev_client, e2e_settings, False, "drill over") >= 1
    result = await handle.result()
    assert result.state == "rejected" and any(t.what == "kill_switch.released" for t in result.timeline)
