"""The after-sales dialogue without a network: each operation gathered in English and Chinese, identity
first, every item before a proposal, a yes before any errand; the offline planner's answer outside a
conversation; the operations as LLM tools with the pydantic models' schemas."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from errand.domain.aftersales import AftersalesIntent
from errand.domain.intents import Clarification
from errand.planner.aftersales import (
    Dialogue,
    DialogueFacts,
    is_aftersales,
    next_turn,
    read_tools,
    wanted_facts,
)
from errand.planner.context import PlanRequest, ShopperContext
from errand.planner.offline import plan_offline

DATA = Path(__file__).parents[1] / "aftersales" / "data"
SHOPPERS = {s["shopper_id"]: s for s in json.loads((DATA / "shoppers.json").read_text())}
ORDERS = {o["order_id"]: o for o in json.loads((DATA / "orders.json").read_text())}
PRODUCTS = {p["product_id"]: p for p in json.loads((DATA / "products.json").read_text())}
MIA = "mia_li_3668"


def _facts(dialogue: Dialogue, text: str, me: str) -> DialogueFacts:
    """What the merchant would answer, from the data set (the activity asks it over HTTP)."""
    wanted, facts = wanted_facts(dialogue, text), DialogueFacts()
    if wanted.email:
        facts.found_shopper = next((s for s, v in SHOPPERS.items() if v["email"] == wanted.email.lower()), None)
    elif wanted.name_zip:
        first, last, zip_code = wanted.name_zip
        facts.found_shopper = next((s for s, v in SHOPPERS.items() if v["name"]["first_name"].lower() == first.lower()
                                    and v["name"]["last_name"].lower() == last.lower()
                                    and v["address"]["zip"] == zip_code), None)
    if (wanted.email or wanted.name_zip) and facts.found_shopper is None:
        facts.refusal = ("identity.not_found", "no shopper matches")
    shopper = facts.found_shopper or dialogue.shopper_id
    if shopper == me:
        facts.shopper = {**SHOPPERS[me], "orders": [o for o, v in ORDERS.items() if v["shopper_id"] == me]}
        order = ORDERS.get(wanted.order_id or "")
        if wanted.order_id and (order is None or order["shopper_id"] != me):
            facts.refusal = ("identity.own_orders", "no such order of this shopper")
        facts.order = order if order and order["shopper_id"] == me else None
        facts.products = [PRODUCTS[p] for p in sorted({ln["product_id"] for ln in (facts.order or {}).get("items", [])})]
    return facts


def talk(*messages: str) -> tuple[list[str], AftersalesIntent | None]:
    dialogue, replies, started = Dialogue(), [], None
    for text in messages:
        outcome = next_turn(dialogue, text, MIA, _facts(dialogue, text, MIA))
        dialogue, started = outcome.dialogue, outcome.start or started
        replies.append(outcome.reply)
    return replies, started


CASES: list[tuple[tuple[str, ...], dict[str, Any]]] = [
    (("I want to cancel my order #W0000005", "mia.li3818@example.com", "I don't need it anymore", "yes"),
     {"operation": "cancel", "order_id": "#W0000005", "reason": "no longer needed"}),
    (("取消订单 #W0000005", "我的邮箱是 mia.li3818@example.com", "买错了", "确认"),
     {"operation": "cancel", "order_id": "#W0000005", "reason": "ordered by mistake"}),
    (("change the shipping address of #W0000001", "I'm Mia Li, zip 78750", "12 Elm Street, Boston, MA 02110, USA",
      "yes"), {"operation": "change_address", "order_id": "#W0000001", "address": {
          "address1": "12 Elm Street", "address2": "", "city": "Boston", "state": "MA", "country": "USA",
          "zip": "02110"}}),
    (("change the payment method for #W0000001", "mia.li3818@example.com", "paypal", "yes"),
     {"operation": "change_payment_method", "order_id": "#W0000001", "payment_method_id": "paypal_1111222"}),
    (("return #W0000003, my email is mia.li3818@example.com", "the keyboard", "original payment", "yes"),
     {"operation": "return", "order_id": "#W0000003", "item_ids": ["1151293680"],
      "payment_method_id": "paypal_1111222"}),
    (("我想换货，订单 #W0000003", "我的邮箱是 mia.li3818@example.com", "Bluetooth Speaker 换成 blue", "就这些", "礼品卡", "是"),
     {"operation": "exchange", "order_id": "#W0000003", "item_ids": ["2652637226"], "new_item_ids": ["5650803029"],
      "payment_method_id": "gift_card_4806466"}),
    (("change my default address, I'm mia.li3818@example.com", "12 Elm Street, Apt 4, Boston, MA 02110, USA", "y"),
     {"operation": "change_default_address", "address": {"address1": "12 Elm Street", "address2": "Apt 4",
                                                          "city": "Boston", "state": "MA", "country": "USA",
                                                          "zip": "02110"}}),
]


@pytest.mark.parametrize(("messages", "change"), CASES, ids=[c[1]["operation"] + str(i) for i, c in enumerate(CASES)])
def test_each_operation_is_gathered_then_confirmed(messages: tuple[str, ...], change: dict[str, Any]) -> None:
    replies, started = talk(*messages)
    assert started is not None and started.change is not None, replies
    assert started.change.model_dump(mode="json") == change
    _, unconfirmed = talk(*messages[:-1])
    assert unconfirmed is None  # nothing starts before the shopper's yes


def test_identity_comes_first_and_every_item_is_asked_for() -> None:
    replies, started = talk("I'd like to change the items of order #W0000001", "I'm Mia Li, zip 78750",
                            "the T-Shirt to black S", "and the keyboard to clicky white", "that's all",
                            "credit card", "no", "never mind")
    assert "identify you" in replies[0] and "#W0000001" not in replies[0]
    assert "list every item now" in replies[1] and "changed only once" in replies[1]
    assert "Is that every item?" in replies[2] and "Is that every item?" in replies[3]
    assert "9612497925 → 1176194968, 1151293680 → 4843487907" in replies[5]
    assert replies[6].startswith("Nothing changed") and replies[7] == "All right, nothing was changed."
    assert started is None


def test_another_shoppers_details_and_unknown_ones_are_refused() -> None:
    replies, started = talk("cancel order #W0000101", "noah.brown7922@example.com")
    assert "refused: identity.own_orders" in replies[1] and started is None
    replies, _ = talk("cancel order #W0000001", "nobody@example.com")
    assert "refused: identity.not_found" in replies[1]
    replies, _ = talk("cancel order #W0000101", "mia.li3818@example.com")
    assert "refused: identity.own_orders" in replies[1]


def test_a_person_on_request_or_out_of_scope() -> None:
    for text in ("I want to talk to a human about #W0000001", "转人工", "I want compensation for #W0000001"):
        replies, started = talk(text)
        assert started is not None and started.change is None and text[:20] in started.handover, replies


def test_offline_planner_asks_for_identity_outside_a_conversation() -> None:
    request = PlanRequest(sentence="please cancel my order #W0000001", context=ShopperContext(shopper_id="alice"),
                          now=datetime.now(UTC))
    action = plan_offline(request).action
    assert isinstance(action, Clarification) and "e-mail" in action.question
    assert is_aftersales("exchange the shoes") and not is_aftersales("buy two packs of AA batteries")


@pytest.mark.parametrize("text", ["buy a gift for my manager", "buy a currency exchange guide",
                                  "order 40 cups of tea for the customer service staff", "return ord_k1, it's broken"])
def test_shopping_that_mentions_such_words_stays_with_the_planner(text: str) -> None:
    assert not is_aftersales(text)


def test_operations_are_tools_with_the_models_schemas() -> None:
    tools = {t["name"]: t for t in read_tools()}
    assert {"aftersales_cancel", "aftersales_change_items", "aftersales_find_shopper",
            "aftersales_hand_over"} <= set(tools)
    items = tools["aftersales_change_items"]["input_schema"]
    assert set(items["required"]) == {"order_id", "item_ids", "new_item_ids", "payment_method_id"}
    assert "operation" not in items["properties"]
