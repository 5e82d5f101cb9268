"""Attacks on whose purchase it is: a stranger or another credential holder reaching a shopper's checkout,
order, parcel, bulk quote, return or support thread by its id, and local users reading the sandbox's or the
ledger's files. Each runs over real HTTP against the session's sandbox subprocess (or a fresh one)."""

from __future__ import annotations

import os
import sqlite3
import stat
import uuid
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from tests.operator import stranger_http
from tests.returns.helpers import delivered_order, product_in
from tests.sandbox.helpers import bearer, key


def _as(sandbox: SandboxProcess, role: str) -> dict[str, str]:
    return bearer(sandbox, role)


@pytest.fixture()
def order(sandbox: SandboxProcess) -> dict:
    """One of alice's delivered orders, bought by the platform as the buy errand does."""
    return delivered_order(sandbox, product_in(sandbox, "kitchen", offset=23), days_ago=2)


def _shipment_of(sandbox: SandboxProcess, order_id: str) -> str:
    with sqlite3.connect(sandbox.db_path) as db:
        return str(db.execute("SELECT shipment_id FROM orders WHERE id = ?", (order_id,)).fetchone()[0])


def test_another_credential_sees_no_shoppers_purchase(sandbox: SandboxProcess, order: dict) -> None:
    """The merchant's credential is a real one, but the purchase is the platform's: every id is a 404, as if it
    did not exist; the platform and an operator still see it."""
    order_id = order["order_id"]
    shipment_id = _shipment_of(sandbox, order_id)
    paths = [f"/orders/{order_id}", f"/courier/shipments/{shipment_id}",
             f"/courier/shipments/{shipment_id}/pickup-points", f"/returns/orders/{order_id}",
             f"/support/messages?order_id={order_id}"]
    with stranger_http(sandbox) as http:
        answers = {p: http.get(p, headers=_as(sandbox, "merchant")).status_code for p in paths}
        moved = http.post(f"/courier/shipments/{shipment_id}/reference", headers=key() | _as(sandbox, "merchant"),
                          json={"reference": "someone-elses-errand"})
        assert answers == {p: 404 for p in paths} and moved.status_code == 404, (answers, moved.text)
        assert "addresses" not in moved.text and "destination" not in moved.text
        for role in ("platform", "operator"):  # (pickup points of a delivered parcel are a 409 of their own)
            seen = {p: http.get(p, headers=_as(sandbox, role)).status_code for p in paths}
            assert set(seen.values()) <= {200, 409}, (role, seen)


def test_a_stranger_cannot_file_or_read_a_shoppers_return(sandbox: SandboxProcess, order: dict) -> None:
    order_id = order["order_id"]
    with stranger_http(sandbox) as http:
        filed = http.post("/returns", headers=key(), json={
            "order_id": order_id, "shopper_id": "alice", "reason": "changed_mind"})
        message = http.post("/support/messages", headers=key(), json={
            "order_id": order_id, "shopper_id": "alice", "topic": "return", "body": "where is my refund?"})
        assert (filed.status_code, message.status_code) == (401, 401), (filed.text, message.text)
        mine = http.post("/returns", headers=key() | _as(sandbox, "platform"), json={
            "order_id": order_id, "shopper_id": "alice", "reason": "changed_mind"})
        assert mine.status_code == 201, mine.text
        rma_id = mine.json()["rma_id"]
        assert http.get(f"/returns/{rma_id}").status_code == 401
        assert http.get(f"/returns/{rma_id}", headers=_as(sandbox, "merchant")).status_code == 404
        slot = http.get("/courier/pickups/slots").json()["slots"][0]["slot_id"]
        booked = http.post("/courier/pickups", headers=key(), json={"rma_id": rma_id, "slot_id": slot})
        assert booked.status_code == 401, booked.text
        assert http.get(f"/returns/{rma_id}", headers=_as(sandbox, "platform")).status_code == 200


def _open_hours_tomorrow() -> str:
    """Tomorrow 15:00 in Shanghai: the branches are open whatever time of day the test runs."""
    shanghai = ZoneInfo("Asia/Shanghai")
    tomorrow = datetime.now(shanghai).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(15, 0), tzinfo=shanghai).astimezone(UTC).isoformat()


def test_a_stranger_cannot_touch_a_shoppers_bulk_order(sandbox: SandboxProcess) -> None:
    deliver_by = _open_hours_tomorrow()
    platform = _as(sandbox, "platform")
    with stranger_http(sandbox) as http:
        capacity = http.get("/stores/branches/chagee-sh-05/capacity",
                            params={"deliver_by": deliver_by, "shopper_id": "chen", "address_label": "home"})
        assert capacity.status_code == 401, capacity.text
        made = http.post("/stores/quotes", headers=key() | platform, json={
            "shopper_id": "chen", "address_label": "office", "item": "Brown Sugar Boba Milk Tea",
            "deliver_by": deliver_by, "allocations": [{"branch_id": "chagee-sh-05", "quantity": 1}]})
        assert made.status_code == 201, made.text
        quote_id = made.json()["quote_id"]
        branch_order = made.json()["branch_orders"][0]["branch_order_id"]
        try:
            answers = {
                "quote": http.get(f"/stores/quotes/{quote_id}").status_code,
                "release": http.post(f"/stores/quotes/{quote_id}/release", headers=key()).status_code,
                "order": http.get(f"/stores/orders/{branch_order}").status_code,
                "cancel": http.post(f"/stores/orders/{branch_order}/cancel", headers=key()).status_code,
                "place": http.post("/stores/orders", headers=key(), json={
                    "branch_order_id": branch_order, "authorization_id": "auth_x"}).status_code,
            }
            assert answers == {name: 401 for name in answers}
            assert http.get(f"/stores/quotes/{quote_id}").status_code == 401
            assert http.get(f"/stores/quotes/{quote_id}", headers=platform).json()["status"] == "open"
        finally:
            http.post(f"/stores/quotes/{quote_id}/release", headers=key() | platform)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_fresh_sandbox_and_ledger_keep_their_files_to_their_user(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with SandboxProcess(home, seed=7, products=200) as proc, httpx.Client(base_url=proc.url, timeout=20) as http:
        made = http.post("/checkout-sessions", headers=key() | _as(proc, "platform"), json={
            "line_items": [{"item": {"id": "prd-00011"}, "quantity": 1}], "dev.errand": {"buyer_id": "dana"}})
        assert made.status_code == 201, made.text
        files = [home, *sorted(home.glob("sandbox.db*"))]
        assert len(files) >= 2 and read_token(home, "operator")
        assert {str(p): oct(_mode(p)) for p in files if _mode(p) & 0o077} == {}
    from errand.ledger import Ledger

    ledger_path = tmp_path / "ledgers" / f"{uuid.uuid4().hex}.db"
    ledger_path.parent.mkdir(mode=0o755)
    with Ledger(f"sqlite:///{ledger_path}"):
        pass
    written = sorted(ledger_path.parent.iterdir())
    assert written and {str(p): oct(_mode(p)) for p in written if _mode(p) & 0o077} == {}
