"""The issue's state test through the errands: the example retail data set loaded from JSON, a sequence of
changes each run as an after-sales errand on real Temporal and signed by its shopper, then the merchant's
export compared field by field with the state those changes should have made."""

from __future__ import annotations

from typing import Any

from temporalio.client import Client

from errand.workflows import AftersalesWorkflow
from tests.aftersales.conftest import Shop
from tests.aftersales.test_state import _assert_fields_equal, _loaded

from .conftest import quoted, sign, start

MIA, NOAH = "mia_li_3668", "noah_brown_6181"
GIFT, CARD, PAYPAL = "gift_card_4806466", "credit_card_9094538", "paypal_1111222"
NEW_ADDRESS = {"address1": "101 Elm Street", "address2": "", "city": "Portland", "state": "OR", "country": "USA",
               "zip": "97201"}


async def _apply(shop: Shop, client: Client, task_queue: str, shopper: str, **change: Any) -> None:
    """One change as an errand: quoted, signed by its shopper, applied; completed or the test fails."""
    handle = await start(client, task_queue, shopper, change)
    shown = await quoted(handle)
    assert shown.state == "awaiting_approval" and shown.quote is not None, shown.outcome
    await handle.signal(AftersalesWorkflow.approve, sign(shop, shown.quote))
    result = await handle.result()
    assert result.state == "completed", result.outcome


async def test_the_export_after_a_sequence_of_errands_is_the_expected_state(
        shop: Shop, client: Client, settings: Any, worker: object) -> None:
    expected = _loaded()
    assert shop.export() == expected  # fresh from the reset: the JSON data set itself
    orders = {o["order_id"]: o for o in expected["orders"]}
    mia = next(s for s in expected["shoppers"] if s["shopper_id"] == MIA)
    gift = next(m for m in mia["payment_methods"] if m["id"] == GIFT)
    queue = settings.task_queue

    await _apply(shop, client, queue, MIA, operation="change_address", order_id="#W0000001", address=NEW_ADDRESS)
    orders["#W0000001"]["address"] = NEW_ADDRESS
    await _apply(shop, client, queue, MIA, operation="change_payment_method", order_id="#W0000001",
                 payment_method_id=PAYPAL)
    orders["#W0000001"]["payment_history"] += [
        {"transaction_type": "payment", "amount": 32347, "payment_method_id": PAYPAL},
        {"transaction_type": "refund", "amount": 32347, "payment_method_id": CARD}]
    await _apply(shop, client, queue, MIA, operation="cancel", order_id="#W0000001", reason="no longer needed")
    orders["#W0000001"].update(status="cancelled", cancel_reason="no longer needed")
    orders["#W0000001"]["payment_history"].append(
        {"transaction_type": "refund", "amount": 32347, "payment_method_id": PAYPAL})

    await _apply(shop, client, queue, MIA, operation="change_items", order_id="#W0000002",
                 item_ids=["9612497925"], new_item_ids=["8124970213"], payment_method_id=GIFT)
    orders["#W0000002"]["items"][0] = {"item_id": "8124970213", "product_id": "6086499569", "name": "T-Shirt",
                                       "options": {"color": "purple", "size": "XL"}, "price": 4922}
    orders["#W0000002"]["status"] = "pending (item modified)"
    orders["#W0000002"]["payment_history"].append(
        {"transaction_type": "refund", "amount": 177, "payment_method_id": GIFT})
    gift["balance"] += 177

    await _apply(shop, client, queue, MIA, operation="exchange", order_id="#W0000003", item_ids=["2652637226"],
                 new_item_ids=["5650803029"], payment_method_id=CARD)
    orders["#W0000003"].update(status="exchange requested", exchange_items=["2652637226"],
                               exchange_new_items=["5650803029"], exchange_payment_method_id=CARD,
                               exchange_price_difference=32448 - 29508)

    await _apply(shop, client, queue, NOAH, operation="return", order_id="#W0000102", item_ids=["9612497925"],
                 payment_method_id="gift_card_7000001")
    orders["#W0000102"].update(status="return requested", return_items=["9612497925"],
                               return_payment_method_id="gift_card_7000001")

    await _apply(shop, client, queue, MIA, operation="change_default_address", address=NEW_ADDRESS)
    mia["address"] = NEW_ADDRESS

    _assert_fields_equal(shop.export(), expected)
