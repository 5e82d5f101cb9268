"""Refusals through the errand: each ends "refused: <rule>: <sentence>", writes nothing at the merchant and
asks for no signature; a replayed or foreign approval is refused; what no rule covers goes to a person."""

from __future__ import annotations

from typing import Any

import pytest
from temporalio.client import Client

from errand.domain.aftersales import AftersalesIntent, AftersalesRequest
from errand.domain.models import Rejection
from errand.domain.returns import Decision
from errand.workflows import AftersalesWorkflow
from tests.aftersales.conftest import Shop

from .conftest import quoted, sign, start, wait_state

MIA, NOAH = "mia_li_3668", "noah_brown_6181"
TSHIRT_BLUE_M, TSHIRT_BLACK_S, TSHIRT_RED_L = "9612497925", "1176194968", "9354168549"
SPEAKER_BLACK, SPEAKER_BLUE = "2652637226", "5650803029"

REFUSALS: dict[str, tuple[str, dict[str, Any]]] = {
    "cancel.status_pending": (MIA, {"operation": "cancel", "order_id": "#W0000003", "reason": "no longer needed"}),
    "cancel.reason": (MIA, {"operation": "cancel", "order_id": "#W0000001", "reason": "found it cheaper"}),
    "address.status_pending": (MIA, {"operation": "change_address", "order_id": "#W0000004", "address": {
        "address1": "1 Main St", "city": "Austin", "country": "USA", "zip": "78701"}}),
    "payment.single_payment": (MIA, {"operation": "change_payment_method", "order_id": "#W0000002",
                                     "payment_method_id": "paypal_1111222"}),
    "payment.other_method": (MIA, {"operation": "change_payment_method", "order_id": "#W0000001",
                                   "payment_method_id": "credit_card_9094538"}),
    "payment.method_of_owner": (MIA, {"operation": "change_payment_method", "order_id": "#W0000001",
                                      "payment_method_id": "paypal_2000001"}),
    "payment.gift_card_covers": (MIA, {"operation": "change_payment_method", "order_id": "#W0000001",
                                       "payment_method_id": "gift_card_4806466"}),
    "items.status_pending": (MIA, {"operation": "change_items", "order_id": "#W0000003", "item_ids": [SPEAKER_BLACK],
                                   "new_item_ids": [SPEAKER_BLUE], "payment_method_id": "paypal_1111222"}),
    "items.same_product": (MIA, {"operation": "change_items", "order_id": "#W0000001", "item_ids": [TSHIRT_BLUE_M],
                                 "new_item_ids": [SPEAKER_BLUE], "payment_method_id": "paypal_1111222"}),
    "items.available": (MIA, {"operation": "change_items", "order_id": "#W0000001", "item_ids": [TSHIRT_BLUE_M],
                              "new_item_ids": [TSHIRT_RED_L], "payment_method_id": "paypal_1111222"}),
    "items.in_order": (MIA, {"operation": "change_items", "order_id": "#W0000001", "item_ids": [SPEAKER_BLACK],
                             "new_item_ids": [SPEAKER_BLUE], "payment_method_id": "paypal_1111222"}),
    "return.status_delivered": (MIA, {"operation": "return", "order_id": "#W0000001", "item_ids": [TSHIRT_BLUE_M],
                                      "payment_method_id": "credit_card_9094538"}),
    "return.refund_method": (MIA, {"operation": "return", "order_id": "#W0000003", "item_ids": [SPEAKER_BLACK],
                                   "payment_method_id": "credit_card_9094538"}),
    "exchange.status_delivered": (MIA, {"operation": "exchange", "order_id": "#W0000001",
                                        "item_ids": [TSHIRT_BLUE_M], "new_item_ids": [TSHIRT_BLACK_S],
                                        "payment_method_id": "paypal_1111222"}),
    "identity.own_orders": (MIA, {"operation": "cancel", "order_id": "#W0000101", "reason": "no longer needed"}),
}


@pytest.mark.parametrize("rule", list(REFUSALS))
async def test_a_refusal_ends_the_errand_with_its_rule_and_changes_nothing(
        rule: str, shop: Shop, client: Client, settings: Any, worker: object) -> None:
    shopper, change = REFUSALS[rule]
    before = shop.export()
    handle = await start(client, settings.task_queue, shopper, change)
    result = await handle.result()
    assert result.state == "refused", result.outcome
    assert result.outcome.startswith(f"refused: {rule}: "), result.outcome
    assert result.refused_rule == rule and result.quote is None
    assert shop.export() == before
    # Never retried: the merchant was asked once, and the errand did not wait for a signature.
    assert [e.what for e in result.timeline] == ["errand.started", "errand.refused"]


async def test_items_are_changed_once_the_second_errand_is_refused(
        shop: Shop, client: Client, settings: Any, worker: object) -> None:
    first = {"operation": "change_items", "order_id": "#W0000001", "item_ids": [TSHIRT_BLUE_M],
             "new_item_ids": [TSHIRT_BLACK_S], "payment_method_id": "gift_card_4806466"}
    handle = await start(client, settings.task_queue, MIA, first)
    await handle.signal(AftersalesWorkflow.approve, sign(shop, (await quoted(handle)).quote or {}))
    assert (await handle.result()).state == "completed"
    again = await (await start(client, settings.task_queue, MIA, {**first, "item_ids": ["1151293680"],
                                                                      "new_item_ids": ["4843487907"]})).result()
    assert again.outcome.startswith("refused: items.once: ")


async def test_a_replayed_approval_is_refused_by_the_errand_and_by_the_merchant(
        shop: Shop, client: Client, settings: Any, worker: object) -> None:
    cancel = {"operation": "cancel", "order_id": "#W0000001", "reason": "no longer needed"}
    first = await start(client, settings.task_queue, MIA, cancel)
    quote = (await quoted(first)).quote or {}
    approval = sign(shop, quote)
    await first.signal(AftersalesWorkflow.approve, approval)
    assert (await first.result()).state == "completed"
    # The same signature sent to the merchant again: single use.
    again = shop.apply(quote, approval.model_dump(exclude_none=True))
    assert again.status_code == 409 and again.json()["messages"][0]["code"] == "approval.single_use"
    # ... and to another errand: it signs another quote, so it confirms nothing there.
    second = await start(client, settings.task_queue, MIA, {**cancel, "order_id": "#W0000005"})
    shown = await quoted(second)
    assert shown.state == 'awaiting_approval', (shown.state, shown.outcome, [e.what for e in shown.timeline])
    await second.signal(AftersalesWorkflow.approve, approval)
    status = await wait_state(second, lambda s: any(e.what == "approval.refused" for e in s.timeline))
    assert status.state == "awaiting_approval"
    refused = next(e for e in status.timeline if e.what == "approval.refused")
    assert "other quote" in refused.detail
    assert shop.order(MIA, "#W0000005")["status"] == "pending"
    await second.signal(AftersalesWorkflow.reject, Rejection(shopper_id=MIA, reason="changed my mind"))
    assert (await second.result()).state == "rejected"
    assert shop.order(MIA, "#W0000005")["status"] == "pending"


async def test_another_shoppers_signature_is_refused(
        shop: Shop, client: Client, settings: Any, worker: object) -> None:
    handle = await start(client, settings.task_queue, MIA, {"operation": "cancel", "order_id": "#W0000001",
                                                               "reason": "ordered by mistake"})
    quote = (await quoted(handle)).quote or {}
    forged = sign(shop, quote, signer=NOAH)  # Noah's key over Mia's quote, claiming to be Mia
    await handle.signal(AftersalesWorkflow.approve, forged)
    status = await wait_state(handle, lambda s: any(e.what == "approval.refused" for e in s.timeline))
    assert status.state == "awaiting_approval"
    assert shop.order(MIA, "#W0000001")["status"] == "pending"
    await handle.signal(AftersalesWorkflow.approve, sign(shop, quote))
    assert (await handle.result()).state == "completed"
    assert shop.order(MIA, "#W0000001")["status"] == "cancelled"


async def test_a_request_no_rule_covers_waits_for_a_person_with_a_summary(
        shop: Shop, client: Client, settings: Any, worker: object) -> None:
    intent = AftersalesIntent(shopper_id=MIA, handover="wants a discount on order #W0000001 for the late delivery",
                              sentence="can I get a discount for the late delivery?")
    handle = await client.start_workflow(AftersalesWorkflow.run, AftersalesRequest(intent=intent),
                                            id="aftersales-mia-handover", task_queue=settings.task_queue)
    status = await wait_state(handle, lambda s: s.state == "needs_human")
    assert status.needs_human and "discount" in status.timeline[-1].detail
    await handle.signal(AftersalesWorkflow.resolve, Decision(approve=True, note="called the shopper",
                                                             operator="dana"))
    result = await handle.result()
    assert result.state == "completed" and "dana" in result.outcome
