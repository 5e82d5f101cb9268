"""The conversation follows the after-sales policy over real Temporal and the retail sandbox: it identifies
the shopper before anything else, gathers every item of a change, states it and waits for a yes, relays the
merchant's quote to sign, and reports a refusal with its rule; a stranger's details are refused."""

from __future__ import annotations

from typing import Any

from temporalio.client import Client

from errand.workflows import AftersalesWorkflow, ConversationWorkflow
from tests.aftersales.conftest import Shop
from tests.planner.chat_helpers import say, start_chat, wait_turn

from .conftest import sign

MIA = "mia_li_3668"


async def _reply(chat: Any, text: str, kind: str | None = None) -> str:
    before = await say(chat, text)
    turn = await wait_turn(chat, lambda t: kind is None or t.kind == kind, after=before)
    return turn.text


async def test_identify_gather_confirm_sign_apply(shop: Shop, client: Client, settings: Any, worker: object) -> None:
    chat = await start_chat(client, settings.task_queue, shopper=MIA)
    asked = await _reply(chat, "I'd like to change the items of order #W0000001")
    assert "identify you" in asked  # identity first: nothing about the order before it
    asked = await _reply(chat, "I'm Mia Li, zip 78750")
    assert "list every item now" in asked and "T-Shirt" in asked
    asked = await _reply(chat, "the T-Shirt to black S")
    assert "Is that every item?" in asked
    asked = await _reply(chat, "that's all")
    assert "gift_card_4806466" in asked
    asked = await _reply(chat, "use my gift card")
    assert asked.startswith("To confirm: change items of order #W0000001: 9612497925 → 1176194968")
    assert shop.order(MIA, "#W0000001")["status"] == "pending"  # nothing before the yes and the signature
    before = await say(chat, "yes")
    started = await wait_turn(chat, lambda t: t.kind == "started", after=before)
    errand_id = started.errand_id or ""
    quote = await wait_turn(chat, lambda t: t.kind == "quote", after=before)
    assert "$1.89 paid by gift_card_4806466 now" in quote.text and "errand aftersales approve" in quote.text
    child = client.get_workflow_handle_for(AftersalesWorkflow.run, errand_id)
    status = await child.query(AftersalesWorkflow.status)
    await child.signal(AftersalesWorkflow.approve, sign(shop, status.quote or {}))
    done = await wait_turn(chat, lambda t: t.kind == "done", after=before)
    assert "completed" in done.text
    assert shop.order(MIA, "#W0000001")["status"] == "pending (item modified)"


async def test_a_refusal_cites_the_rule(shop: Shop, client: Client, settings: Any, worker: object) -> None:
    chat = await start_chat(client, settings.task_queue, shopper=MIA)
    await _reply(chat, "please cancel order #W0000003")
    asked = await _reply(chat, "mia.li3818@example.com")
    assert "no longer needed" in asked
    asked = await _reply(chat, "ordered by mistake")
    assert asked.startswith("To confirm: cancel order #W0000003")
    before = await say(chat, "yes")
    done = await wait_turn(chat, lambda t: t.kind == "done", after=before)
    assert "refused: cancel.status_pending: only an order whose status is exactly pending can be cancelled" \
        in done.text
    assert shop.order(MIA, "#W0000003")["status"] == "delivered"


async def test_chinese_and_another_shoppers_details(shop: Shop, client: Client, settings: Any,
                                                   worker: object) -> None:
    chat = await start_chat(client, settings.task_queue, shopper=MIA)
    assert "身份" in await _reply(chat, "我想换货，订单 #W0000003")
    # Noah's e-mail in Mia's conversation: refused, and nothing of Noah's is read out.
    refused = await _reply(chat, "我的邮箱是 noah.brown7922@example.com")
    assert "identity.own_orders" in refused and "#W0000101" not in refused
    assert "人工" in await _reply(chat, "转人工")


async def test_the_dialogue_survives_the_conversations_continue_as_new(
        shop: Shop, client: Client, settings: Any, worker: object) -> None:
    """A run ends every two messages here: who was identified, what is gathered and the yes awaited go on."""
    chat = await start_chat(client, settings.task_queue, shopper=MIA, messages_before_continue=2)
    assert "identify you" in await _reply(chat, "I'd like to change the items of order #W0000001")
    assert "list every item now" in await _reply(chat, "I'm Mia Li, zip 78750")
    # The next run: without the carried dialogue this would be planned as a new request (a purchase).
    assert "Is that every item?" in await _reply(chat, "the T-Shirt to black S")
    assert "gift_card_4806466" in await _reply(chat, "that's all")
    assert (await _reply(chat, "use my gift card")).startswith(
        "To confirm: change items of order #W0000001: 9612497925 → 1176194968")
    before = await say(chat, "yes")  # the yes lands in a third run
    started = await wait_turn(chat, lambda t: t.kind == "started", after=before)
    status = await chat.query(ConversationWorkflow.status)
    assert status.runs >= 3, status.runs
    child = client.get_workflow_handle_for(AftersalesWorkflow.run, started.errand_id or "")
    shown = await child.query(AftersalesWorkflow.status)
    assert shown.intent.change is not None and shown.intent.change.model_dump(mode="json") == {
        "operation": "change_items", "order_id": "#W0000001", "item_ids": ["9612497925"],
        "new_item_ids": ["1176194968"], "payment_method_id": "gift_card_4806466"}
    assert shown.intent.shopper_id == MIA
