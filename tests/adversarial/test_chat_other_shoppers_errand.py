"""A chat tells a shopper about their own errands only: naming another shopper's errand id gets nothing of it.

The planner pulls an errand id out of any sentence ("where is buy-alice-…?"), so the id is attacker-chosen. Both
the planner (an errand id naming another shopper is asked about, never looked up), the conversation (the id
convention names the shopper) and the snapshot activity (the errand's status names its shopper) refuse it. The answer
tells nothing of the errand, not even that it exists: it is the same as for an id of that shopper that does not.
"""

from __future__ import annotations

from errand.workflows import ChatEnd, ConversationWorkflow
from errand.workflows.conversation import names_shopper
from tests.planner.chat_helpers import say, start_chat, wait_turn
from tests.workflows.helpers import start_buy, wait_state


def test_the_id_convention_names_exactly_one_shopper() -> None:
    assert names_shopper("buy-alice-0123abcd", "alice")
    assert not names_shopper("buy-al-ice-0123abcd", "al")  # a prefix is not a shopper
    assert not names_shopper("buy-alice-0123abcd", "bob")
    assert not names_shopper("buy-alice-0123abcd-x", "alice")
    assert not names_shopper("alice-0123abcd", "alice")


async def test_bob_cannot_read_alices_errand_through_his_chat(ts_client, settings, worker, sandbox) -> None:
    errand = await start_buy(ts_client, settings.task_queue, shopper="alice")
    await wait_state(errand, lambda s: s.state == "awaiting_approval")
    chat = await start_chat(ts_client, settings.task_queue, "bob")
    try:
        nobody = "buy-alice-0badc0de"  # the same shape, no such errand
        for sentence in ("where is {}?", "how much did {} cost?"):
            n = await say(chat, sentence.format(errand.id))
            answer = await wait_turn(chat, lambda t: True, n)
            n = await say(chat, sentence.format(nobody))
            missing = await wait_turn(chat, lambda t: True, n)
            assert answer.text.replace(errand.id, "<id>") == missing.text.replace(nobody, "<id>"), (answer.text,
                                                                                                 missing.text)
            assert "¥" not in answer.text and "awaiting" not in answer.text and "approv" not in answer.text
    finally:
        await chat.signal(ConversationWorkflow.end, ChatEnd())
