"""The after-sales operations as the model planners' tools: schemas from the change models, sent to both
providers; a model's tool call read into the same intent the offline dialogue starts, with the plan still
asking who the shopper is first; a call that names the shopper or the operation itself, or breaks the
schema, fed back once. Only the provider's network is mocked (recorded-style responses)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from errand.domain.aftersales import AftersalesIntent, CancelOrder, ChangeItems
from errand.domain.intents import Clarification
from errand.planner import Planner, PlanRequest, ShopperContext
from errand.planner.aftersales import dialogue_for, next_turn
from errand.planner.offline import plan_offline
from errand.planner.tools import AFTERSALES_TOOL_MODELS
from tests.aftersales_errands.test_dialogue import MIA, _facts, talk

from .recorded import anthropic_tool_use, openai_tool_call
from .test_model_backends import OK, Provider, _anthropic, _openai

NOW = datetime(2026, 11, 21, 6, 0, tzinfo=UTC)
SWAP = {"order_id": "#W0000001", "item_ids": ["9612497925"], "new_item_ids": ["1176194968"],
        "payment_method_id": "gift_card_4806466"}


def _request(sentence: str) -> PlanRequest:
    return PlanRequest(sentence=sentence, now=NOW, context=ShopperContext(shopper_id=MIA))


def _finish(intent: AftersalesIntent, text: str, *messages: str) -> AftersalesIntent | None:
    """The conversation's dialogue opened on the planned intent, then the shopper's next messages."""
    dialogue, started = dialogue_for(intent, text), None
    for message in messages:
        outcome = next_turn(dialogue, message, MIA, _facts(dialogue, message, MIA))
        dialogue, started = outcome.dialogue, outcome.start or started
        assert started is None or message == messages[-1], outcome.reply  # nothing starts before the last yes
    return started


async def test_both_providers_get_the_operations_with_the_change_models_schemas() -> None:
    anthropic = Provider((200, anthropic_tool_use("clarify", {"question": "Which order?"}), OK))
    openai = Provider((200, openai_tool_call("clarify", json.dumps({"question": "Which order?"})), OK))
    for backend in (_anthropic(anthropic), _openai(openai)):
        await Planner(backend).plan(_request("the shirt from my last order is too small"))
        await backend.aclose()
    sent_anthropic = {t["name"]: t["input_schema"] for t in anthropic.sent[0]["tools"]}
    sent_openai = {t["function"]["name"]: t["function"]["parameters"] for t in openai.sent[0]["tools"]}
    for sent in (sent_anthropic, sent_openai):
        assert set(AFTERSALES_TOOL_MODELS) <= set(sent)
        items = sent["aftersales_change_items"]
        assert set(items["properties"]) == set(ChangeItems.model_fields) - {"operation"}
        assert set(items["required"]) == {"order_id", "item_ids", "new_item_ids", "payment_method_id"}
        assert items["additionalProperties"] is False and "$defs" not in json.dumps(items)
        assert items["properties"]["item_ids"]["minItems"] == 1
        address = sent["aftersales_change_default_address"]["properties"]["address"]  # inlined, not a $ref
        assert {"address1", "city", "country", "zip"} <= set(address["required"])
        assert "'no longer needed' or 'ordered by mistake'" in sent["aftersales_cancel"]["properties"]["reason"][
            "description"]
    assert "aftersales_ tool" in anthropic.sent[0]["system"]


async def test_a_tool_call_becomes_the_dialogues_intent_and_identity_still_comes_first() -> None:
    sentence = "the blue T-shirt in W0000001 should be black S instead, the gift card pays the difference"
    provider = Provider((200, anthropic_tool_use("aftersales_change_items", SWAP), OK))
    backend = _anthropic(provider)
    result = await Planner(backend).plan(_request(sentence))
    await backend.aclose()
    # The plan asks who the shopper is, exactly as the offline planner answers an after-sales request.
    offline = plan_offline(_request("change the items of order #W0000001")).action
    assert isinstance(result.plan.action, Clarification) and isinstance(offline, Clarification)
    assert result.plan.action.question == offline.question and "identify you" in offline.question
    assert result.trace.action == "aftersales_change_items"
    planned = result.aftersales
    assert planned is not None and planned.shopper_id == MIA
    assert planned.change is not None and planned.change.model_dump(mode="json") == {"operation": "change_items",
                                                                                       **SWAP}
    # The dialogue opened on it identifies, asks once for any other item, confirms; then starts exactly what
    # the offline dialogue starts for the same change said in its own words.
    started = _finish(planned, sentence, "mia.li3818@example.com", "that's all", "yes")
    _, offline_started = talk("I'd like to change the items of order #W0000001", "I'm Mia Li, zip 78750",
                              "the T-Shirt to black S", "that's all", "use my gift card", "yes")
    assert started is not None and started == offline_started


async def test_a_planned_change_waits_for_identity_and_refuses_another_shoppers_details() -> None:
    provider = Provider((200, openai_tool_call("aftersales_cancel", json.dumps(
        {"order_id": "#W0000005", "reason": "no longer needed"})), OK))
    backend = _openai(provider)
    result = await Planner(backend).plan(_request("please call off W0000005, I don't need it anymore"))
    await backend.aclose()
    assert result.aftersales is not None
    dialogue = dialogue_for(result.aftersales, "please call off W0000005")
    assert dialogue.shopper_id is None and dialogue.proposed is None  # nothing proposed before identity
    said = "my email is noah.brown7922@example.com"
    refused = next_turn(dialogue, said, MIA, _facts(dialogue, said, MIA))
    assert refused.start is None and "identity.own_orders" in refused.reply and not refused.dialogue.active
    assert _finish(result.aftersales, "please call off W0000005", "mia.li3818@example.com", "yes") == \
        AftersalesIntent(shopper_id=MIA, change=CancelOrder(order_id="#W0000005", reason="no longer needed"),
                         sentence="cancel order #W0000005 (reason: no longer needed)")


@pytest.mark.parametrize(("arguments", "problem"), [
    ({**SWAP, "shopper_id": "noah_brown_6181"}, "do not set shopper_id"),
    ({**SWAP, "operation": "exchange"}, "do not set operation"),
    ({**SWAP, "item_ids": []}, "item_ids"),
    ({**SWAP, "amount": 189}, "amount"),  # no change carries money: the merchant's quote says what moves
])
async def test_a_bad_after_sales_call_is_fed_back_once_and_the_fix_accepted(arguments: dict[str, Any],
                                                                            problem: str) -> None:
    provider = Provider((200, openai_tool_call("aftersales_change_items", json.dumps(arguments)), OK),
                        (200, openai_tool_call("aftersales_change_items", json.dumps(SWAP)), OK))
    backend = _openai(provider)
    result = await Planner(backend).plan(_request("swap the blue T-shirt in W0000001 for a black S"))
    await backend.aclose()
    fed_back = [m for m in provider.sent[1]["messages"] if m["role"] == "tool"]
    assert len(fed_back) == 1 and problem in fed_back[0]["content"]
    assert result.trace.calls == 2 and result.aftersales is not None and result.aftersales.shopper_id == MIA


async def test_a_request_for_a_person_is_a_hand_over_with_the_models_summary() -> None:
    provider = Provider((200, anthropic_tool_use("aftersales_hand_over", {
        "summary": "wants compensation for order #W0000001 arriving late"}), OK))
    backend = _anthropic(provider)
    result = await Planner(backend).plan(_request("my parcel was late again, I want someone to sort this out"))
    await backend.aclose()
    assert result.aftersales is not None and result.aftersales.change is None
    assert result.aftersales.shopper_id == MIA and "compensation" in result.aftersales.handover
    assert isinstance(result.plan.action, Clarification) and "person" in result.plan.action.question
