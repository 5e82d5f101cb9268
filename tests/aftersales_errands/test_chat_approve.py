"""`errand chat`'s “approve” signs an after-sales change quote the conversation relayed, through the after-sales
approval path (the quote shown with its money, signed with the person chatting's own key); another shopper
typing “approve <errand>” for it signs nothing."""

from __future__ import annotations

import asyncio
import io
import re
from typing import Any

from rich.console import Console
from temporalio.client import Client

from errand.cli.cmd_chat import run_chat
from errand.workflows import AftersalesWorkflow
from tests.aftersales.conftest import Shop

from .conftest import quoted, start

MIA, NOAH = "mia_li_3668", "noah_brown_6181"


def _typist(out: io.StringIO, script: list[tuple[str | None, str]]) -> Any:
    """A reader that waits until the chat has printed each step's pattern (None: nothing), then types its line."""
    steps = iter(script)

    async def read_line() -> str | None:
        step = next(steps, None)
        if step is None:
            return None
        pattern, line = step
        deadline = asyncio.get_running_loop().time() + 60
        while pattern is not None and not re.search(pattern, out.getvalue()):
            assert asyncio.get_running_loop().time() < deadline, f"never shown: {pattern}\n{out.getvalue()}"
            await asyncio.sleep(0.1)
        return line

    return read_line


async def test_approve_in_chat_signs_the_relayed_change_quote(
        shop: Shop, client: Client, settings: Any, worker: object) -> None:
    out = io.StringIO()
    read_line = _typist(out, [
        (None, "please cancel order #W0000001"),
        (r"identify you", "mia.li3818@example.com"),
        (r"no longer needed", "ordered by mistake"),
        (r"To confirm: cancel order #W0000001", "yes"),
        (r"aftersales-mia_li_3668-[0-9a-f]{8}: awaiting approval", "approve"),
        (r"aftersales-mia_li_3668-[0-9a-f]{8}: completed", "quit"),
    ])
    await asyncio.wait_for(run_chat(client, settings, MIA, read_line, Console(file=out, width=200),
                                    settle_seconds=0.1, poll_seconds=0.3), 120)
    text = out.getvalue()
    # The quote's words and money shown again, right before the signature, then the errand's end.
    assert "\n  $323.47 refunded to credit_card_9094538 now\n" in text, text
    assert re.search(r"aftersales-mia_li_3668-[0-9a-f]{8}: completed\n", text), text
    assert "not a purchase" not in text and "error:" not in text, text
    assert shop.order(MIA, "#W0000001")["status"] == "cancelled"


async def test_another_shopper_cannot_approve_a_change_in_chat(
        shop: Shop, client: Client, settings: Any, worker: object) -> None:
    handle = await start(client, settings.task_queue, MIA, {"operation": "cancel", "order_id": "#W0000001",
                                                               "reason": "no longer needed"})
    assert (await quoted(handle)).state == "awaiting_approval"
    out = io.StringIO()
    read_line = _typist(out, [(None, f"approve {handle.id}"), (r"error:", "quit")])
    await asyncio.wait_for(run_chat(client, settings, NOAH, read_line, Console(file=out, width=200),
                                    settle_seconds=0.1, poll_seconds=0.3), 60)
    assert f"belongs to {MIA}" in out.getvalue()
    status = await handle.query(AftersalesWorkflow.status)
    assert status.state == "awaiting_approval" and not any(e.what.startswith("approval.") for e in status.timeline)
    assert shop.order(MIA, "#W0000001")["status"] == "pending"
