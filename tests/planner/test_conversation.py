"""ConversationWorkflow on the time-skipping server with the offline planner and the real sandbox:
concurrent sessions, clarify → answer → errand, inline approval, questions, continue-as-new, the ledger."""

from __future__ import annotations

import asyncio

from errand.connectors import CourierClient, WalletClient
from errand.ledger import Ledger
from errand.sandbox.common.auth import read_token
from errand.workflows import BuyWorkflow, ChatEnd, ConversationWorkflow

from .chat_helpers import ChatHandle, approve_inline, say, start_chat, wait_turn


async def _deliver(client, sandbox, errand_id: str) -> None:
    child = client.get_workflow_handle_for(BuyWorkflow.run, errand_id)
    for _ in range(300):
        status = await child.query(BuyWorkflow.status)
        if status.order is not None and status.order.shipment_id:
            async with CourierClient(f"{sandbox.url}/courier", token=read_token(sandbox.home, "operator")) as courier:
                await courier.advance(f"chat-test-{errand_id}", status.order.shipment_id, steps=10)
            return
        await asyncio.sleep(0.1)
    raise AssertionError("no shipment")


async def _alice_buys(client, sandbox, task_queue: str) -> tuple[ChatHandle, str]:
    chat = await start_chat(client, task_queue, "alice")
    n = await say(chat, "buy something nice")
    question = await wait_turn(chat, lambda t: t.kind == "question", n)
    assert "what exactly" in question.text.lower()
    n = await say(chat, "two packs of AA batteries under ¥40, delivered home")
    started = await wait_turn(chat, lambda t: t.kind == "started", n)
    quote = await wait_turn(chat, lambda t: t.kind == "quote", n)
    assert started.errand_id and started.errand_id.startswith("buy-alice-") and "¥" in quote.text
    approved = await approve_inline(client, started.errand_id, sandbox)
    assert approved.quote is not None and approved.quote.lines[0].quantity == 2
    await _deliver(client, sandbox, started.errand_id)
    done = await wait_turn(chat, lambda t: t.kind == "done", n)
    assert "delivered" in done.text
    n = await say(chat, "how much did it cost?")
    answer = await wait_turn(chat, lambda t: t.kind == "text", n)
    assert answer.text.startswith(started.errand_id) and "paid" in answer.text
    n = await say(chat, "how do returns work?")  # the service explained, not the errand's state
    answer = await wait_turn(chat, lambda t: t.kind == "text", n)
    assert "pickup slot" in answer.text and started.errand_id not in answer.text
    return chat, started.errand_id


async def _bob_asks(client, task_queue: str) -> ChatHandle:
    chat = await start_chat(client, task_queue, "bob")
    n = await say(chat, "where is my order?")
    answer = await wait_turn(chat, lambda t: True, n)
    assert "no errand" in answer.text
    n = await say(chat, "退货怎么退？")
    assert "退货政策" in (await wait_turn(chat, lambda t: t.kind == "text", n)).text
    n = await say(chat, "what's the weather in Shanghai?")
    assert (await wait_turn(chat, lambda t: True, n)).kind == "question"
    return chat


async def _chen_greets(client, task_queue: str) -> ChatHandle:
    chat = await start_chat(client, task_queue, "chen")
    n = await say(chat, "hello")
    assert (await wait_turn(chat, lambda t: True, n)).kind == "question"
    return chat


async def test_concurrent_sessions_clarify_buy_approve_inline(ts_client, settings, worker, sandbox) -> None:
    (alice, errand_id), bob, chen = await asyncio.gather(
        _alice_buys(ts_client, sandbox, settings.task_queue), _bob_asks(ts_client, settings.task_queue),
        _chen_greets(ts_client, settings.task_queue))
    for chat in (alice, bob, chen):
        await chat.signal(ConversationWorkflow.end, ChatEnd())
    final = await alice.result()
    assert final.state == "ended" and [e.errand_id for e in final.errands] == [errand_id]
    assert final.errands[0].finished and final.planner_calls >= 3
    assert (await bob.result()).errands == []

    # Exactly one capture, for the signed quote; the planner's calls are in the ledger, linked to the errand.
    result = await ts_client.get_workflow_handle_for(BuyWorkflow.run, errand_id).result()
    assert result.state == "delivered" and result.authorization is not None
    async with WalletClient(f"{sandbox.url}/wallet", token=read_token(sandbox.home, "platform")) as wallet:
        kinds = [op.kind for op in await wallet.operations(authorization_id=result.authorization.authorization_id)]
    assert kinds.count("capture") == 1
    ledger = Ledger(settings.ledger_url)
    try:
        planned = [e for e in ledger.entries(alice.id) if e.what == "planner.planned"]
    finally:
        ledger.close()
    assert [p.evidence()["action"] for p in planned][-4:] == ["clarify", "buy", "question", "question"]
    buy_row = next(p for p in planned if p.evidence()["action"] == "buy")
    assert buy_row.evidence()["started_errand"] == errand_id and buy_row.evidence()["backend"] == "offline"
    assert len(buy_row.evidence()["prompt_digest"]) == 64


async def test_continues_as_new_with_a_compact_transcript(ts_client, settings, worker) -> None:
    chat = await start_chat(ts_client, settings.task_queue, "dana", messages_before_continue=2)
    first_run = (await chat.describe()).run_id
    for text in ("hello", "thanks", "tell me a joke"):
        n = await say(chat, text)
        await wait_turn(chat, lambda t: True, n)
    status = await chat.query(ConversationWorkflow.status)
    assert status.runs == 2 and status.messages == 3
    assert [t.text for t in status.turns if t.who == "shopper"] == ["hello", "thanks", "tell me a joke"]
    assert (await chat.describe()).run_id != first_run
    await chat.signal(ConversationWorkflow.end, ChatEnd())
    assert (await chat.result()).state == "ended"


async def test_other_kinds_start_their_registered_workflow(ts_client, settings, worker) -> None:
    chat = await start_chat(ts_client, settings.task_queue, "chen")
    n = await say(chat, "tell me when the Midea kettle goes below 80 yuan")
    started = await wait_turn(chat, lambda t: t.kind in ("started", "unavailable", "error"), n)
    assert started.kind == "started" and started.errand_id and started.errand_id.startswith("watch-chen-")
    child = ts_client.get_workflow_handle(started.errand_id)
    assert (await child.describe()).workflow_type == "price_watch"
    await chat.signal(ConversationWorkflow.end, ChatEnd())
    await chat.result()
    await child.terminate("test over")
