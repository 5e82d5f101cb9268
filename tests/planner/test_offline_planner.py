"""The offline rule planner over a table of sentences (tests/planner/offline_table.py): for each, the action
kind and the fields that matter; unclear and out-of-scope sentences must come back as questions."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from errand.domain.intents import BuyAction
from errand.planner import OrderItem, OrderSummary, PlanRequest, ShopperContext, plan_offline

from .offline_table import KIND_OF_TABLE

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[
    OrderSummary(order_id="ord_k1", items=[OrderItem(product_id="prd-00012", title="Midea 1.7L Stainless Electric Kettle")]),
    OrderSummary(order_id="ord_b2", items=[OrderItem(product_id="prd-00001", title="Nanfu Alkaline AA Batteries, 12-Pack")]),
    OrderSummary(order_id="ord_h3", items=[
        OrderItem(product_id="prd-00011", title="Sony WH-1000XM5 Wireless Noise Cancelling Headphones"),
        OrderItem(product_id="prd-00014", title="Bear Glass Electric Kettle 1.8L")]),
])
CASES = [(kind, sentence, expected) for kind, table in KIND_OF_TABLE.items() for sentence, expected in table]


def test_the_table_is_broad() -> None:
    assert len(CASES) >= 150
    assert all(len(table) >= 10 for table in KIND_OF_TABLE.values())


@pytest.mark.parametrize(("kind", "sentence", "expected"), CASES, ids=[f"{k}:{s[:40]}" for k, s, _ in CASES])
def test_offline_planner(kind: str, sentence: str, expected: dict[str, Any]) -> None:
    expected = dict(expected)
    want_kind = expected.pop("kind", kind)
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    assert action.kind == want_kind, f"{sentence!r} → {action!r}"
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    if want_kind == "clarify":
        for name in expected.get("missing", []):
            assert name in fields["missing"], f"{sentence!r} → {action!r}"
        return
    assert fields.get("shopper_id", "alice") == "alice"
    for name, value in expected.items():
        got = fields[name]
        if isinstance(got, datetime):
            got = got.isoformat()
        if isinstance(value, dict):
            got = {k: v for k, v in got.items() if v is not None}
        assert got == value, f"{sentence!r}: {name} = {got!r}, expected {value!r}"
