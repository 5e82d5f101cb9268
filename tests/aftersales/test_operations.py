"""Every after-sales change the policy allows, and every refusal it names, over HTTP against the retail sandbox.

Each refusal is checked twice: the rule id and status come back, and the order and the shopper's payment
methods are exactly as before (a refused change changes nothing).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.aftersales.conftest import Shop, refusal

MIA, NOAH = "mia_li_3668", "noah_brown_6181"
CARD, GIFT, PAYPAL = "credit_card_9094538", "gift_card_4806466", "paypal_1111222"
NOAH_GIFT, NOAH_PAYPAL = "gift_card_7000001", "paypal_5727330"
BLUE_M, PURPLE_XL, BLACK_S, RED_L = "9612497925", "8124970213", "1176194968", "9354168549"
LINEAR, CLICKY, TACTILE = "1151293680", "4843487907", "6342039236"
SPEAKER_BLACK, SPEAKER_BLUE = "2652637226", "5650803029"
NEW_ADDRESS = {"address1": "101 Elm Street", "address2": "Apt 4", "city": "Portland", "state": "OR",
               "country": "USA", "zip": "97201"}


def refused(shop: Shop, shopper: str, change: dict[str, Any]) -> tuple[int, str]:
    """Quote a change the policy refuses; check nothing moved; its status and rule id."""
    order_id = change.get("order_id")
    before = (shop.order(shopper, order_id) if order_id else None, shop.methods(shopper), shop.export())
    answer = shop.quote(shopper, **change)
    assert (shop.order(shopper, order_id) if order_id else None, shop.methods(shopper), shop.export()) == before
    return refusal(answer)


# Cancel ---------------------------------------------------------------------------------------------------


def test_cancel_refunds_each_method_net_gift_card_at_once(shop: Shop) -> None:
    applied = shop.change(MIA, operation="cancel", order_id="#W0000002", reason="no longer needed")
    order = applied["order"]
    assert order["status"] == "cancelled" and order["cancel_reason"] == "no longer needed"
    assert order["payment_history"][2:] == [
        {"transaction_type": "refund", "amount": 30000, "payment_method_id": GIFT},
        {"transaction_type": "refund", "amount": 9706, "payment_method_id": CARD}]
    assert shop.methods(MIA)[GIFT]["balance"] == 10000 + 30000
    assert [(m["payment_method_id"], m["settlement"]) for m in applied["money"]] == [
        (GIFT, "gift_card_balance"), (CARD, "recorded")]


@pytest.mark.parametrize(("order_id", "reason", "expected"), [
    ("#W0000004", "no longer needed", (409, "cancel.status_pending")),  # processed
    ("#W0000003", "ordered by mistake", (409, "cancel.status_pending")),  # delivered
    ("#W0000001", "found it cheaper", (422, "cancel.reason")),
])
def test_cancel_refusals(shop: Shop, order_id: str, reason: str, expected: tuple[int, str]) -> None:
    assert refused(shop, MIA, {"operation": "cancel", "order_id": order_id, "reason": reason}) == expected


# Change address -------------------------------------------------------------------------------------------


def test_change_address_replaces_the_whole_address(shop: Shop) -> None:
    applied = shop.change(MIA, operation="change_address", order_id="#W0000001", address=NEW_ADDRESS)
    assert applied["order"]["address"] == NEW_ADDRESS and applied["money"] == []
    assert shop.order(MIA, "#W0000001")["status"] == "pending"


def test_change_address_of_a_processed_order_is_refused(shop: Shop) -> None:
    change = {"operation": "change_address", "order_id": "#W0000004", "address": NEW_ADDRESS}
    assert refused(shop, MIA, change) == (409, "address.status_pending")


def test_an_address_missing_a_field_is_bad_input(shop: Shop) -> None:
    partial = {k: v for k, v in NEW_ADDRESS.items() if k != "zip"}
    answer = shop.quote(MIA, operation="change_address", order_id="#W0000001", address=partial)
    assert answer.status_code == 422 and answer.json()["messages"][0]["code"] == "invalid_request"


# Change payment method ------------------------------------------------------------------------------------


def test_change_payment_pays_with_the_new_method_and_refunds_the_old(shop: Shop) -> None:
    applied = shop.change(MIA, operation="change_payment_method", order_id="#W0000005", payment_method_id=GIFT)
    assert applied["order"]["payment_history"] == [
        {"transaction_type": "payment", "amount": 4922, "payment_method_id": CARD},
        {"transaction_type": "payment", "amount": 4922, "payment_method_id": GIFT},
        {"transaction_type": "refund", "amount": 4922, "payment_method_id": CARD}]
    assert shop.methods(MIA)[GIFT]["balance"] == 10000 - 4922
    # Only once: the order now has more than a single payment.
    again = {"operation": "change_payment_method", "order_id": "#W0000005", "payment_method_id": PAYPAL}
    assert refused(shop, MIA, again) == (409, "payment.single_payment")


@pytest.mark.parametrize(("order_id", "method", "expected"), [
    ("#W0000002", PAYPAL, (409, "payment.single_payment")),  # paid by two methods
    ("#W0000004", PAYPAL, (409, "payment.status_pending")),
    ("#W0000001", CARD, (422, "payment.other_method")),
    ("#W0000001", NOAH_PAYPAL, (422, "payment.method_of_owner")),  # another shopper's method
    ("#W0000001", "paypal_does_not_exist", (422, "payment.method_of_owner")),
    ("#W0000001", GIFT, (422, "payment.gift_card_covers")),  # 100.00 on the card, 323.47 due
])
def test_change_payment_refusals(shop: Shop, order_id: str, method: str, expected: tuple[int, str]) -> None:
    change = {"operation": "change_payment_method", "order_id": order_id, "payment_method_id": method}
    assert refused(shop, MIA, change) == expected


# Change items ---------------------------------------------------------------------------------------------


def test_change_items_line_by_line_pays_the_difference_and_only_once(shop: Shop) -> None:
    applied = shop.change(MIA, operation="change_items", order_id="#W0000002", item_ids=[BLUE_M, BLUE_M],
                          new_item_ids=[PURPLE_XL, BLACK_S], payment_method_id=GIFT)
    order = applied["order"]
    assert [(i["item_id"], i["price"]) for i in order["items"]] == [
        (PURPLE_XL, 4922), (BLACK_S, 5288), (SPEAKER_BLACK, 29508)]
    assert order["items"][0]["options"] == {"color": "purple", "size": "XL"}
    assert order["status"] == "pending (item modified)"
    difference = (4922 - 5099) + (5288 - 5099)
    assert difference == 12
    assert order["payment_history"][-1] == {"transaction_type": "payment", "amount": 12, "payment_method_id": GIFT}
    assert shop.methods(MIA)[GIFT]["balance"] == 10000 - 12
    second = {"operation": "change_items", "order_id": "#W0000002", "item_ids": [SPEAKER_BLACK],
              "new_item_ids": [SPEAKER_BLUE], "payment_method_id": CARD}
    assert refused(shop, MIA, second) == (409, "items.once")
    cancel = {"operation": "cancel", "order_id": "#W0000002", "reason": "no longer needed"}
    assert refused(shop, MIA, cancel) == (409, "cancel.status_pending")


def test_a_cheaper_variant_credits_the_gift_card_at_once(shop: Shop) -> None:
    applied = shop.change(MIA, operation="change_items", order_id="#W0000001", item_ids=[LINEAR],
                          new_item_ids=[CLICKY], payment_method_id=GIFT)
    assert applied["order"]["payment_history"][-1] == {"transaction_type": "refund", "amount": 27248 - 25479,
                                                       "payment_method_id": GIFT}
    assert shop.methods(MIA)[GIFT]["balance"] == 10000 + 1769


def test_the_same_item_again_is_a_no_op_that_still_counts_as_the_change(shop: Shop) -> None:
    applied = shop.change(MIA, operation="change_items", order_id="#W0000005", item_ids=[PURPLE_XL],
                          new_item_ids=[PURPLE_XL], payment_method_id=CARD)
    assert applied["money"] == [] and applied["order"]["status"] == "pending (item modified)"
    assert len(applied["order"]["payment_history"]) == 1


@pytest.mark.parametrize(("shopper", "change", "expected"), [
    (MIA, {"order_id": "#W0000001", "item_ids": [BLUE_M], "new_item_ids": [SPEAKER_BLACK],
           "payment_method_id": CARD}, (422, "items.same_product")),  # another product's variant
    (MIA, {"order_id": "#W0000001", "item_ids": [BLUE_M], "new_item_ids": [RED_L],
           "payment_method_id": CARD}, (422, "items.available")),
    (MIA, {"order_id": "#W0000001", "item_ids": [LINEAR], "new_item_ids": [TACTILE],
           "payment_method_id": CARD}, (422, "items.available")),
    (MIA, {"order_id": "#W0000001", "item_ids": [BLUE_M], "new_item_ids": ["0000000000"],
           "payment_method_id": CARD}, (422, "items.same_product")),  # no such item
    (MIA, {"order_id": "#W0000002", "item_ids": [BLUE_M, BLUE_M, BLUE_M], "new_item_ids": [BLACK_S] * 3,
           "payment_method_id": CARD}, (422, "items.in_order")),  # the order holds two
    (MIA, {"order_id": "#W0000001", "item_ids": [BLUE_M, LINEAR], "new_item_ids": [BLACK_S],
           "payment_method_id": CARD}, (422, "items.pairs")),
    (MIA, {"order_id": "#W0000001", "item_ids": [BLUE_M], "new_item_ids": [BLACK_S],
           "payment_method_id": NOAH_GIFT}, (422, "payment.method_of_owner")),  # another shopper's method
    (MIA, {"order_id": "#W0000004", "item_ids": [SPEAKER_BLUE], "new_item_ids": [SPEAKER_BLACK],
           "payment_method_id": CARD}, (409, "items.status_pending")),
    (NOAH, {"order_id": "#W0000101", "item_ids": [BLUE_M], "new_item_ids": [BLACK_S],
            "payment_method_id": NOAH_GIFT}, (422, "payment.gift_card_covers")),  # 1.89 due, 1.00 held
])
def test_change_items_refusals(shop: Shop, shopper: str, change: dict[str, Any], expected: tuple[int, str]) -> None:
    assert refused(shop, shopper, {"operation": "change_items", **change}) == expected


# Return ---------------------------------------------------------------------------------------------------


def test_return_records_items_and_method_and_refunds_on_receipt(shop: Shop) -> None:
    applied = shop.change(MIA, operation="return", order_id="#W0000003", item_ids=[LINEAR], payment_method_id=PAYPAL)
    order = applied["order"]
    assert order["status"] == "return requested"
    assert (order["return_items"], order["return_payment_method_id"]) == ([LINEAR], PAYPAL)
    assert applied["money"] == [{"payment_method_id": PAYPAL, "transaction_type": "refund", "amount": 27248,
                                 "when": "on_receipt", "settlement": "recorded"}]
    assert len(order["payment_history"]) == 1  # nothing moves before the goods arrive
    received = shop.operator.post("/admin/aftersales/orders/%23W0000003/return-received")
    assert received.status_code == 200, received.text
    assert received.json()["payment_history"][-1] == {"transaction_type": "refund", "amount": 27248,
                                                      "payment_method_id": PAYPAL}
    assert shop.operator.post("/admin/aftersales/orders/%23W0000003/return-received").status_code == 409


def test_a_return_to_a_gift_card_of_the_owner_credits_it_on_receipt(shop: Shop) -> None:
    shop.change(MIA, operation="return", order_id="#W0000003", item_ids=[LINEAR, SPEAKER_BLACK],
                payment_method_id=GIFT)
    assert shop.methods(MIA)[GIFT]["balance"] == 10000
    assert shop.operator.post("/admin/aftersales/orders/%23W0000003/return-received").status_code == 200
    assert shop.methods(MIA)[GIFT]["balance"] == 10000 + 27248 + 29508


@pytest.mark.parametrize(("order_id", "items", "method", "expected"), [
    ("#W0000003", [LINEAR], CARD, (422, "return.refund_method")),  # neither the original nor a gift card
    ("#W0000003", [LINEAR], NOAH_GIFT, (422, "payment.method_of_owner")),  # another shopper's gift card
    ("#W0000003", [BLUE_M], PAYPAL, (422, "items.in_order")),
    ("#W0000001", [BLUE_M], CARD, (409, "return.status_delivered")),  # pending
    ("#W0000004", [SPEAKER_BLUE], CARD, (409, "return.status_delivered")),  # processed
])
def test_return_refusals(shop: Shop, order_id: str, items: list[str], method: str, expected: tuple[int, str]) -> None:
    change = {"operation": "return", "order_id": order_id, "item_ids": items, "payment_method_id": method}
    assert refused(shop, MIA, change) == expected


def test_one_return_or_exchange_per_order(shop: Shop) -> None:
    shop.change(MIA, operation="return", order_id="#W0000003", item_ids=[LINEAR], payment_method_id=PAYPAL)
    again = {"operation": "return", "order_id": "#W0000003", "item_ids": [SPEAKER_BLACK], "payment_method_id": PAYPAL}
    assert refused(shop, MIA, again) == (409, "return.status_delivered")
    exchange = {"operation": "exchange", "order_id": "#W0000003", "item_ids": [SPEAKER_BLACK],
                "new_item_ids": [SPEAKER_BLUE], "payment_method_id": PAYPAL}
    assert refused(shop, MIA, exchange) == (409, "exchange.status_delivered")


# Exchange -------------------------------------------------------------------------------------------------


def test_exchange_records_the_signed_difference_and_charges_nothing(shop: Shop) -> None:
    applied = shop.change(MIA, operation="exchange", order_id="#W0000003", item_ids=[LINEAR, SPEAKER_BLACK],
                          new_item_ids=[CLICKY, SPEAKER_BLUE], payment_method_id=GIFT)
    order = applied["order"]
    assert order["status"] == "exchange requested"
    assert order["exchange_items"] == sorted([LINEAR, SPEAKER_BLACK])
    assert order["exchange_new_items"] == sorted([CLICKY, SPEAKER_BLUE])
    assert order["exchange_payment_method_id"] == GIFT
    assert order["exchange_price_difference"] == (25479 - 27248) + (32448 - 29508) == 1171
    assert [i["item_id"] for i in order["items"]] == [LINEAR, SPEAKER_BLACK]  # nothing replaced yet
    assert len(order["payment_history"]) == 1 and shop.methods(MIA)[GIFT]["balance"] == 10000


@pytest.mark.parametrize(("shopper", "change", "expected"), [
    (MIA, {"order_id": "#W0000003", "item_ids": [LINEAR], "new_item_ids": [TACTILE], "payment_method_id": PAYPAL},
     (422, "items.available")),
    (MIA, {"order_id": "#W0000003", "item_ids": [LINEAR], "new_item_ids": [SPEAKER_BLUE],
           "payment_method_id": PAYPAL}, (422, "items.same_product")),
    (MIA, {"order_id": "#W0000003", "item_ids": [LINEAR], "new_item_ids": [CLICKY],
           "payment_method_id": NOAH_PAYPAL}, (422, "payment.method_of_owner")),
    (MIA, {"order_id": "#W0000001", "item_ids": [LINEAR], "new_item_ids": [CLICKY], "payment_method_id": CARD},
     (409, "exchange.status_delivered")),
    (NOAH, {"order_id": "#W0000102", "item_ids": [BLUE_M], "new_item_ids": [BLACK_S],
            "payment_method_id": NOAH_GIFT}, (422, "payment.gift_card_covers")),
])
def test_exchange_refusals(shop: Shop, shopper: str, change: dict[str, Any], expected: tuple[int, str]) -> None:
    assert refused(shop, shopper, {"operation": "exchange", **change}) == expected


# Default address ------------------------------------------------------------------------------------------


def test_default_address_changes_and_pending_orders_keep_theirs(shop: Shop) -> None:
    before = shop.order(MIA, "#W0000001")["address"]
    applied = shop.change(MIA, operation="change_default_address", address=NEW_ADDRESS)
    assert applied["shopper"]["address"] == NEW_ADDRESS and applied["order"] is None
    assert shop.order(MIA, "#W0000001")["address"] == before
    found = shop.client.get("/aftersales/shoppers", params={"first_name": "mia", "last_name": "LI", "zip": "97201"})
    assert found.json()["shopper_id"] == MIA
