"""Each after-sales operation end to end: the errand quotes it at the merchant, shows what changes and the
money, waits for the shopper's signature, applies it once and writes the ledger."""

from __future__ import annotations

from typing import Any

import pytest
from temporalio.client import Client

from errand.workflows import AftersalesWorkflow
from tests.aftersales.conftest import Shop

from .conftest import quoted, sign, start

NEW_ADDRESS = {"address1": "12 Elm Street", "address2": "", "city": "Boston", "state": "MA", "country": "USA",
               "zip": "02110"}
MIA = "mia_li_3668"

CASES: dict[str, tuple[dict[str, Any], str]] = {
    "cancel": ({"operation": "cancel", "order_id": "#W0000001", "reason": "no longer needed"}, "cancelled"),
    "change_address": ({"operation": "change_address", "order_id": "#W0000001", "address": NEW_ADDRESS}, "pending"),
    "change_payment_method": ({"operation": "change_payment_method", "order_id": "#W0000001",
                               "payment_method_id": "paypal_1111222"}, "pending"),
    "change_items": ({"operation": "change_items", "order_id": "#W0000001", "item_ids": ["9612497925"],
                      "new_item_ids": ["1176194968"], "payment_method_id": "gift_card_4806466"},
                     "pending (item modified)"),
    "return": ({"operation": "return", "order_id": "#W0000003", "item_ids": ["2652637226"],
                "payment_method_id": "paypal_1111222"}, "return requested"),
    "exchange": ({"operation": "exchange", "order_id": "#W0000003", "item_ids": ["2652637226"],
                  "new_item_ids": ["5650803029"], "payment_method_id": "gift_card_4806466"}, "exchange requested"),
    "change_default_address": ({"operation": "change_default_address", "address": NEW_ADDRESS}, ""),
}


@pytest.mark.parametrize("operation", list(CASES))
async def test_each_operation_applied_with_a_signed_approval(
        operation: str, shop: Shop, client: Client, settings: Any, worker: object) -> None:
    change, order_status = CASES[operation]
    handle = await start(client, settings.task_queue, MIA, change)
    shown = await quoted(handle)
    assert shown.state == "awaiting_approval", shown.outcome
    assert shown.quote is not None and shown.quote["operation"] == operation
    assert shown.summary.startswith(shown.quote["summary"])
    await handle.signal(AftersalesWorkflow.approve, sign(shop, shown.quote))
    result = await handle.result()
    assert result.state == "completed", result.outcome
    if order_status:
        assert shop.order(MIA, change["order_id"])["status"] == order_status
    else:
        assert shop.client.get(f"/aftersales/shoppers/{MIA}").json()["address"] == NEW_ADDRESS
    whats = [e.what for e in result.timeline]
    assert whats.index("change.quoted") < whats.index("approval.accepted") < whats.index("change.applied")


async def test_the_quote_shows_the_money_before_anything_moves(
        shop: Shop, client: Client, settings: Any, worker: object) -> None:
    before = shop.methods(MIA)["gift_card_4806466"]["balance"]
    handle = await start(client, settings.task_queue, MIA, CASES["change_items"][0])
    shown = await quoted(handle)
    # A black S T-shirt (52.88) for a blue M one (50.99): 1.89 paid by the gift card, and only after signing.
    assert shown.money == [{"payment_method_id": "gift_card_4806466", "transaction_type": "payment", "amount": 189,
                            "when": "now", "settlement": "gift_card_balance"}]
    assert "$1.89 paid by gift_card_4806466 now" in shown.summary
    assert shop.methods(MIA)["gift_card_4806466"]["balance"] == before
    await handle.signal(AftersalesWorkflow.approve, sign(shop, shown.quote or {}))
    assert (await handle.result()).state == "completed"
    assert shop.methods(MIA)["gift_card_4806466"]["balance"] == before - 189
