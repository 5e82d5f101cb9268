"""The offline planner hears which payment method pays ("pay with my gift card", "use PayPal", "用礼品卡付")
and puts it on the purchase or bulk order, reading the rest of the sentence as if the phrase were not there;
a product that merely has "card" in its name names no method."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from errand.domain.intents import BulkOrderIntent, BuyAction
from errand.planner import PlanRequest, ShopperContext, plan_offline
from errand.planner.payment import take_payment

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _action(sentence: str) -> object:
    return plan_offline(PlanRequest(sentence=sentence, context=ShopperContext(shopper_id="alice"), now=NOW)).action


@pytest.mark.parametrize(("sentence", "pay_with"), [
    ("two packs of AA batteries under ¥40, pay with my gift card", "gift card"),
    ("two packs of AA batteries under ¥40, use PayPal", "PayPal"),
    ("two packs of AA batteries under ¥40 and pay by card ending in 4242", "card ending 4242"),
    ("买两包AA电池，用礼品卡付", "gift card"),
])
def test_a_purchase_pays_with_the_method_named(sentence: str, pay_with: str) -> None:
    action = _action(sentence)
    assert isinstance(action, BuyAction), action
    assert action.intent.pay_with == pay_with and "card" not in action.intent.query.lower()
    assert "aa" in action.intent.query.lower() and action.intent.sentence == sentence
    plain = _action(take_payment(sentence)[0])
    assert isinstance(plain, BuyAction) and plain.intent.pay_with is None
    assert (plain.intent.query, plain.intent.quantity) == (action.intent.query, action.intent.quantity)


def test_a_bulk_order_pays_with_the_method_named() -> None:
    action = _action("forty cups of brown-sugar milk tea, half sugar, from the nearest Chagee to the office at 15:00, "
                     "paying with PayPal")
    assert isinstance(action, BulkOrderIntent), action
    assert action.pay_with == "PayPal" and action.quantity == 40


@pytest.mark.parametrize("sentence", ["buy a gift card holder", "buy a phone case with card slot",
                                      "buy a usb card reader", "two packs of AA batteries under ¥40, delivered home"])
def test_no_method_is_heard_where_none_was_named(sentence: str) -> None:
    assert take_payment(sentence) == (sentence, None)
    action = _action(sentence)
    assert not isinstance(action, BuyAction) or action.intent.pay_with is None
