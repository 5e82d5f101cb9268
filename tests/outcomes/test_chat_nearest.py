"""In a chat: "phone case for an iPhone 16" finds phone cases; an errand without an exact match is announced
with what was closest, and the shopper's one-word answer makes it go on."""

from __future__ import annotations

from errand.domain.models import Rejection
from errand.workflows import BuyWorkflow, ChatEnd, ConversationWorkflow
from tests.planner.chat_helpers import say, start_chat, wait_turn


async def test_phone_cases_found_and_a_near_miss_announced_then_continued_after_1(ts_client, settings,
                                                                                   worker) -> None:
    chat = await start_chat(ts_client, settings.task_queue, "alice")
    n = await say(chat, "buy a phone case for an iPhone 16 under 60 yuan")
    started = await wait_turn(chat, lambda t: t.kind == "started", n)
    quote = await wait_turn(chat, lambda t: t.kind == "quote" and t.errand_id == started.errand_id, n)
    assert "Phone Case" in quote.text and "iPhone 16" in quote.text
    assert started.errand_id is not None
    first = ts_client.get_workflow_handle_for(BuyWorkflow.run, started.errand_id)
    await first.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="only looking"))

    n = await say(chat, "buy a phone case for an iPhone 17")
    near = await wait_turn(chat, lambda t: t.kind == "started", n)
    asked = await wait_turn(chat, lambda t: t.kind == "choice" and t.errand_id == near.errand_id, n)
    assert "Nothing fits" in asked.text and "Closest: 1) " in asked.text and "not iphone 17" in asked.text

    n = await say(chat, "1")
    relayed = await wait_turn(chat, lambda t: t.errand_id == near.errand_id and t.kind == "text", n)
    assert relayed.text == f"Telling {near.errand_id}: “1”."
    quoted = await wait_turn(chat, lambda t: t.kind == "quote" and t.errand_id == near.errand_id, n)
    assert "Phone Case" in quoted.text
    assert near.errand_id is not None
    child = ts_client.get_workflow_handle_for(BuyWorkflow.run, near.errand_id)
    status = await child.query(BuyWorkflow.status)
    assert status.state == "awaiting_approval" and status.quote is not None
    assert status.quote.lines[0].product_id == status.nearest[0].product.product_id
    assert status.ranking is not None and "not an exact match" in status.ranking.reason

    # "1" went to the errand, not to the planner: no errand was started for it.
    final = await chat.query(ConversationWorkflow.status)
    assert [e.errand_id for e in final.errands] == [started.errand_id, near.errand_id]
    await child.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="test over"))
    await chat.signal(ConversationWorkflow.end, ChatEnd())
