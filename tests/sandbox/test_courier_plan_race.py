"""Two requests on one shipment that both find no plan row must not make the slower one fail.

A CI run met this: the operator held a shipment (``/admin/hold``) at the instant the errand tagged it with its
reference, both read "no plan yet", both inserted one, and the hold answered 500. The interleaving is made
here deterministically: the row is created by another session between this session's read and its insert.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from errand.sandbox.courier.delivery import CourierPlan, ensure_plan
from errand.sandbox.db import ShipmentRow, make_engine
from errand.sandbox.migrations import create_schema


def test_a_plan_made_by_another_request_between_the_read_and_the_insert_is_taken_not_duplicated(
        tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "sandbox.db")
    create_schema(engine)
    with Session(engine) as setup:
        setup.add(ShipmentRow(id="shp_1", order_id="ord_1", created_at=datetime(2026, 11, 1, tzinfo=UTC)))
        setup.commit()

    with Session(engine, expire_on_commit=False) as slow:
        row = slow.get(ShipmentRow, "shp_1")
        assert row is not None
        real_get = slow.get
        raced = []

        def get_then_lose_the_race(entity, ident, **kw):  # type: ignore[no-untyped-def]
            found = real_get(entity, ident, **kw)
            if entity is CourierPlan and not raced:
                raced.append(True)
                with Session(engine) as fast:  # the other request: its own plan, with its reference, committed
                    fast_row = fast.get(ShipmentRow, "shp_1")
                    assert fast_row is not None
                    ensure_plan(fast, fast_row).reference = "errand-ref"
                    fast.commit()
            return found

        slow.get = get_then_lose_the_race  # type: ignore[method-assign]
        plan = ensure_plan(slow, row)
        plan.held_at = datetime(2026, 11, 2, tzinfo=UTC)
        slow.commit()

    with Session(engine) as check:
        plans = check.exec(select(CourierPlan)).all()
        assert len(plans) == 1
        assert plans[0].reference == "errand-ref"  # the other request's write is kept
        assert plans[0].held_at is not None  # and so is this one's
