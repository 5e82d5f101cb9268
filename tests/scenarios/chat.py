"""Conversation and safety scenarios for the replay corpus: a chat that buys with an inline approval, a chat
that relays the shopper's one-word answer to its errand's question, a chat asked about another shopper's
errand, and a buy errand stopped by the per-errand spending cap."""

from __future__ import annotations

import uuid
from typing import Any

from temporalio.client import Client, WorkflowHandle

from errand.domain.models import BuyIntent, Rejection
from errand.domain.policy import KillSwitch, SpendingCaps
from errand.sandbox.process import SandboxProcess
from errand.workflows import BuyRequest, BuyWorkflow, ChatEnd, ConversationWorkflow

from . import Scenario
from .buy import deliver, start


async def chat_buy_approved(client: Client, task_queue: str, sandbox: SandboxProcess) -> WorkflowHandle[Any, Any]:
    from tests.planner.chat_helpers import approve_inline, say, start_chat, wait_turn

    chat = await start_chat(client, task_queue, "alice")
    n = await say(chat, "buy something nice")
    await wait_turn(chat, lambda t: t.kind == "question", n)
    n = await say(chat, "two packs of AA batteries under ¥40, delivered home")
    started = await wait_turn(chat, lambda t: t.kind == "started", n)
    await wait_turn(chat, lambda t: t.kind == "quote", n)
    assert started.errand_id is not None
    await approve_inline(client, started.errand_id, sandbox)
    await deliver(client.get_workflow_handle_for(BuyWorkflow.run, started.errand_id), sandbox)
    await wait_turn(chat, lambda t: t.kind == "done", n)
    n = await say(chat, "where is my order?")
    await wait_turn(chat, lambda t: t.kind == "text", n)
    await chat.signal(ConversationWorkflow.end, ChatEnd())
    return chat


async def chat_held_errand_started_held(client: Client, task_queue: str,
                                        sandbox: SandboxProcess) -> WorkflowHandle[Any, Any]:
    """Held, the chat continues as new carrying the hold and starts its next errand held; then released."""
    from tests.planner.chat_helpers import say, start_chat, wait_turn

    hold = KillSwitch(reason="incident drill")
    chat = await start_chat(client, task_queue, "dana", messages_before_continue=2)
    for text in ("hello", "thanks"):
        n = await say(chat, text)
        await wait_turn(chat, lambda t: True, n)
    await chat.signal("hold", hold)
    n = await say(chat, "two packs of AA batteries under ¥40, delivered home")
    started = await wait_turn(chat, lambda t: t.kind == "started", n)
    assert started.errand_id is not None
    child = client.get_workflow_handle_for(BuyWorkflow.run, started.errand_id)
    await chat.signal("release_hold", hold)
    await child.signal("release_hold", hold)
    await wait_turn(chat, lambda t: t.kind == "quote", n)
    await child.signal(BuyWorkflow.reject, Rejection(shopper_id="dana", reason="drill over"))
    await chat.signal(ConversationWorkflow.end, ChatEnd())
    return chat


async def chat_nearest_relayed(client: Client, task_queue: str, sandbox: SandboxProcess) -> WorkflowHandle[Any, Any]:
    """The chat's errand asks about the closest products; the shopper's "1" goes to the errand, which quotes."""
    from tests.planner.chat_helpers import approve_inline, say, start_chat, wait_turn

    chat = await start_chat(client, task_queue, "alice")
    n = await say(chat, "buy a phone case for an iPhone 17")
    started = await wait_turn(chat, lambda t: t.kind == "started", n)
    await wait_turn(chat, lambda t: t.kind == "choice" and t.errand_id == started.errand_id, n)
    n = await say(chat, "1")
    await wait_turn(chat, lambda t: t.kind == "text" and t.errand_id == started.errand_id, n)
    await wait_turn(chat, lambda t: t.kind == "quote" and t.errand_id == started.errand_id, n)
    assert started.errand_id is not None
    await approve_inline(client, started.errand_id, sandbox)
    await deliver(client.get_workflow_handle_for(BuyWorkflow.run, started.errand_id), sandbox)
    await wait_turn(chat, lambda t: t.kind == "done", n)
    await chat.signal(ConversationWorkflow.end, ChatEnd())
    return chat


async def chat_other_shoppers_errand(client: Client, task_queue: str,
                                     sandbox: SandboxProcess) -> WorkflowHandle[Any, Any]:
    """Bob's chat is asked about alice's running errand by its id: answered as an errand that does not exist."""
    from tests.planner.chat_helpers import say, start_chat, wait_turn

    errand = await start(client, task_queue)
    chat = await start_chat(client, task_queue, "bob")
    n = await say(chat, f"where is {errand.id}?")
    answer = await wait_turn(chat, lambda t: True, n)
    assert answer.text == f"I can't find an errand called {errand.id}.", answer.text
    await chat.signal(ConversationWorkflow.end, ChatEnd())
    await errand.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="recording over"))
    return chat


async def buy_over_cap(client: Client, task_queue: str, sandbox: SandboxProcess) -> WorkflowHandle[Any, Any]:
    intent = BuyIntent(shopper_id="alice", query="AA batteries", quantity=2, max_unit_price=4000,
                       sentence="two packs of AA batteries under ¥40, delivered home")
    return await client.start_workflow(
        BuyWorkflow.run, BuyRequest(intent=intent, caps=SpendingCaps(per_errand=2000, per_day=1_000_000)),
        id=f"buy-alice-{uuid.uuid4().hex[:8]}", task_queue=task_queue)


SCENARIOS: dict[str, Scenario] = {
    "chat-buy-approved": chat_buy_approved,
    "chat-held-errand-started-held": chat_held_errand_started_held,
    "chat-nearest-relayed": chat_nearest_relayed,
    "chat-other-shoppers-errand": chat_other_shoppers_errand,
    "buy-over-cap": buy_over_cap,
}
