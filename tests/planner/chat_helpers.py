"""Driving a conversation in tests: start it, say something, wait for the agent's turns, sign a quote."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import timedelta

from temporalio.client import Client, WorkflowHandle
from temporalio.service import RPCError

from errand.domain.approval import sign_quote
from errand.domain.models import ErrandStatus
from errand.sandbox.process import SandboxProcess
from errand.workflows import BuyWorkflow, ChatMessage, ChatStatus, ConversationRequest, ConversationWorkflow
from errand.workflows.chat_models import ChatTurn
from tests.keys import shopper_key

ChatHandle = WorkflowHandle[ConversationWorkflow, ChatStatus]


async def start_chat(client: Client, task_queue: str, shopper: str = "alice", **overrides) -> ChatHandle:
    request = ConversationRequest(shopper_id=shopper, shipment_poll_seconds=1, relay_poll_seconds=0.5, **overrides)
    started = await client.start_workflow(ConversationWorkflow.run, request, id=f"chat-{shopper}-{uuid.uuid4().hex[:8]}",
                                          task_queue=task_queue, static_summary=f"chat with {shopper}")
    # Not bound to the first run: the conversation continues as new.
    return client.get_workflow_handle_for(ConversationWorkflow.run, started.id)


async def wait_turn(handle: ChatHandle, done: Callable[[ChatTurn], bool], after: int = 0,
                    timeout: float = 30.0) -> ChatTurn:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        try:
            status = await handle.query(ConversationWorkflow.status, rpc_timeout=timedelta(seconds=2))
        except RPCError:
            # A query that lands while the conversation is continuing as new: ask again.
            await asyncio.sleep(0.2)
            continue
        for turn in status.turns[after:]:
            if turn.who == "agent" and done(turn):
                return turn
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"no such turn; turns: {[t.text for t in status.turns]}")
        await asyncio.sleep(0.1)


async def say(handle: ChatHandle, text: str) -> int:
    """Send a message; returns the turn count before it, to look for answers after it."""
    before = len((await handle.query(ConversationWorkflow.status)).turns)
    await handle.signal(ConversationWorkflow.message, ChatMessage(text=text))
    return before


async def approve_inline(client: Client, errand_id: str, sandbox: SandboxProcess,
                         shopper: str = "alice") -> ErrandStatus:
    """What `errand chat` does on “approve”: sign the child's quote with the local key, signal the child."""
    child = client.get_workflow_handle_for(BuyWorkflow.run, errand_id)
    status = await child.query(BuyWorkflow.status)
    assert status.quote is not None
    key = shopper_key(sandbox, shopper)
    await child.signal(BuyWorkflow.approve, sign_quote(key, status.quote))
    return status
