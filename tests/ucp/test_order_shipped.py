"""order_shipped for courier-carried orders: queued once, when the courier has picked the parcel up, for the
platform whose profile made the checkout; nobody else is told, and nothing is told twice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from errand.sandbox.common.outbound import WebhookSettings
from errand.sandbox.courier.shipped import queue_shipped_orders
from errand.sandbox.db import CheckoutRow, OrderRow, ShipmentRow, make_engine
from errand.sandbox.merchant.order_events import OrderEventDispatcher, OrderEventRow
from errand.sandbox.merchant.signing_key import merchant_signing_key
from errand.sandbox.migrations import create_schema

STEP = 60.0
PROFILE = "http://127.0.0.1:9/profiles/agent.json"
NOW = datetime.now(UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = make_engine(tmp_path / "sandbox.db")
    create_schema(made)
    yield made
    made.dispose()


def _order(engine: Engine, order_id: str, *, shipped_steps: int, profile: str | None = PROFILE,
           status: str = "confirmed") -> None:
    """A completed checkout (made by the platform at ``profile``) whose order the courier has carried
    ``shipped_steps`` steps: 0 is a label only, 1 is picked up."""
    line = {"id": "li_1", "product_id": "prd-00001", "title": "Kettle", "quantity": 1, "unit_price": 6900}
    with Session(engine) as session:
        session.add(CheckoutRow(id=f"chk_{order_id}", status="completed", lines=json.dumps([line]), expires_at=NOW,
                                created_at=NOW, order_id=order_id, platform_profile=profile))
        session.add(ShipmentRow(id=f"shp_{order_id}", order_id=order_id, created_at=NOW, manual_steps=shipped_steps,
                                destination="{}"))
        session.add(OrderRow(id=order_id, checkout_id=f"chk_{order_id}", status=status, total=6900, currency="CNY",
                             shipment_id=f"shp_{order_id}", created_at=NOW, snapshot=json.dumps({
                                 "lines": [line], "subtotal": 6900, "adjustments": [], "address": None})))
        session.commit()


def _told(engine: Engine) -> list[OrderEventRow]:
    with Session(engine) as session:
        return list(session.exec(select(OrderEventRow).where(OrderEventRow.event_type == "order_shipped")).all())


def _look(engine: Engine, now: datetime = NOW) -> int:
    return queue_shipped_orders(engine, now, step_seconds=STEP, base_url="http://merchant.test")


def test_a_picked_up_order_is_told_once_with_its_tracking(engine: Engine) -> None:
    _order(engine, "ord_shipped", shipped_steps=1)
    assert _look(engine) == 1
    [event] = _told(engine)
    body = json.loads(event.body)
    assert event.order_id == "ord_shipped" and event.profile == PROFILE
    assert body["id"] == "ord_shipped" and body["checkout_id"] == "chk_ord_shipped"
    assert [e["type"] for e in body["fulfillment"]["events"]] == ["label_created", "picked_up"]
    assert body["dev.errand"]["shipment_status"] == "picked_up"
    assert _look(engine) == 0 and _look(engine, NOW + timedelta(seconds=5 * STEP)) == 0  # never twice


def test_an_order_is_told_when_its_parcel_is_picked_up_not_before(engine: Engine) -> None:
    _order(engine, "ord_waiting", shipped_steps=0)
    assert _look(engine) == 0  # a label only: not shipped
    assert _look(engine, NOW + timedelta(seconds=STEP + 1)) == 1  # the courier's clock picked it up
    assert [e.order_id for e in _told(engine)] == ["ord_waiting"]


def test_nobody_to_tell_and_canceled_orders_queue_nothing(engine: Engine) -> None:
    _order(engine, "ord_no_profile", shipped_steps=2, profile=None)
    _order(engine, "ord_canceled", shipped_steps=2, status="canceled")
    assert _look(engine) == 0 and _told(engine) == []


async def test_the_order_events_dispatcher_looks_on_its_own(engine: Engine, tmp_path: Path) -> None:
    _order(engine, "ord_tick", shipped_steps=1)
    dispatcher = OrderEventDispatcher(
        engine, merchant_signing_key(tmp_path), "http://merchant.test/.well-known/ucp",
        WebhookSettings(allow_loopback=True), trusted=(),
        look_for_shipped=lambda e, now: queue_shipped_orders(e, now, step_seconds=STEP,
                                                             base_url="http://merchant.test"))
    try:
        await dispatcher.tick()
        assert [e.order_id for e in _told(engine)] == ["ord_tick"]
    finally:
        await dispatcher.stop()
