"""An operator releasing a shipment's hold at the instant the errand redirects it does not undo the redirect.

The release is an operator's lever, outside the request transaction; the redirect runs in its own
(``BEGIN IMMEDIATE``). The redirect is made to commit between the release's read of the plan and its write,
in a thread of its own; when the release already holds the write lock, the redirect waits for it, and the test
gives it a moment, goes on, and lets it finish after the release commits.
"""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session

from errand.sandbox.app import create_app
from errand.sandbox.common.auth import read_token
from errand.sandbox.common.idempotency_store import transactional_engine
from errand.sandbox.courier import delivery_api
from errand.sandbox.courier.delivery import CourierPlan, ensure_plan, start_leg
from errand.sandbox.db import ShipmentRow, as_utc, utcnow
from errand.sandbox.settings import SandboxSettings


async def test_a_hold_released_while_the_errand_redirects_keeps_the_redirect(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(SandboxSettings(home=tmp_path, courier_step_seconds=600))
    engine = app.state.engine
    start = utcnow() - timedelta(hours=1)
    with Session(engine) as s:
        s.add(ShipmentRow(id="shp_1", order_id="ord_1", created_at=start))
        s.add(CourierPlan(shipment_id="shp_1", leg_start=start, held_at=start + timedelta(minutes=10)))
        s.commit()

    redirected_at: list[Any] = []

    def redirect() -> None:  # what POST /courier/shipments/shp_1/redirect writes, in its own transaction
        tx_engine = transactional_engine(engine)
        with Session(tx_engine) as s:
            row = s.get(ShipmentRow, "shp_1")
            assert row is not None
            held = ensure_plan(s, row).held_at is not None
            now = utcnow()
            plan = start_leg(s, row, 600, now, status="redirected", description="Redirected to a locker",
                             leg_from=delivery_api.DEPOT_STEP)
            plan.point_id, plan.slot_id = "lkr-1", ""
            plan.held_at = now if held else None
            s.commit()
            redirected_at.append(now)
        tx_engine.dispose()

    other = threading.Thread(target=redirect)
    real_ensure_plan = delivery_api.ensure_plan

    def release_reads_then_redirect_commits(session: Session, row: ShipmentRow) -> CourierPlan:
        plan = real_ensure_plan(session, row)
        if not other.is_alive() and not redirected_at:
            other.start()
            other.join(timeout=1.5)  # done at once, unless the release holds the write lock
        return plan

    monkeypatch.setattr(delivery_api, "ensure_plan", release_reads_then_redirect_commits)
    operator = {"Authorization": f"Bearer {read_token(tmp_path, 'operator')}", "Idempotency-Key": uuid.uuid4().hex}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
        released = await client.post("/courier/admin/hold", headers=operator,
                                     json={"shipment_id": "shp_1", "hold": False})
    other.join(timeout=60)
    assert released.status_code == 200, released.text

    with Session(engine) as s:
        plan = s.get(CourierPlan, "shp_1")
        assert plan is not None
        assert plan.legs == 1 and plan.point_id == "lkr-1"
        assert as_utc(plan.leg_start) == redirected_at[0]  # the redirected leg starts when it was redirected
        assert plan.held_at is None
