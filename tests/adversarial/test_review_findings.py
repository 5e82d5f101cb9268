"""Findings of the red-team review of the reworked trust model (2026-11-29), each as a failing attack.

Every test here performs one attack over real HTTP against the session's sandbox subprocess and is marked
``xfail(strict=True)``: it fails on ``main`` as reviewed, and a fix turns it into an unexpected pass (remove the
mark then).
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import httpx
import pytest

from errand.domain.mandate import Mandate, sign_mandate
from errand.domain.models import Quote
from errand.sandbox.process import SandboxProcess
from tests.keys import shopper_key
from tests.operator import stranger_http
from tests.sandbox.helpers import (
    as_platform,
    bearer,
    complete,
    key,
    open_checkout,
    quote_for,
    set_address,
    sign,
)


@pytest.fixture()
def http(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    """A client that sends no credential unless a call names one."""
    with stranger_http(sandbox) as client:
        yield client


def _authorize(http: httpx.Client, sandbox: SandboxProcess, quote: Quote) -> dict:
    r = http.post("/wallet/authorizations", headers=key() | bearer(sandbox, "platform"), json={
        "shopper_id": quote.shopper_id, "quote": quote.model_dump(mode="json"),
        "approval": sign(sandbox, quote).model_dump(mode="json")})
    assert r.status_code == 201, r.text
    return r.json()


def _priced(http: httpx.Client, product_id: str, buyer: str, label: str = "home") -> tuple[str, Quote]:
    checkout = open_checkout(http, product_id, 1, buyer=buyer)
    assert checkout.status_code == 201, checkout.text
    return checkout.json()["id"], quote_for(set_address(http, checkout.json()["id"], label))


def _same_price_pair(sandbox: SandboxProcess, slot: int) -> tuple[str, str]:
    """Two well-stocked products of one price that no other test's story uses (one slot per test)."""
    with sqlite3.connect(sandbox.db_path) as db:
        row = db.execute(
            "SELECT a.id, b.id FROM product a JOIN product b ON a.price = b.price AND a.num < b.num "
            "WHERE a.num BETWEEN 18000 AND 19999 AND b.num BETWEEN 18000 AND 19999 AND a.title != b.title "
            "AND a.stock - a.held >= 20 AND b.stock - b.held >= 20 AND a.price BETWEEN 1000 AND 20000 "
            "ORDER BY a.num, b.num LIMIT 1 OFFSET ?", (slot,)).fetchone()
    assert row is not None
    return str(row[0]), str(row[1])


def _stocked(sandbox: SandboxProcess, slot: int) -> str:
    with sqlite3.connect(sandbox.db_path) as db:
        row = db.execute("SELECT id FROM product WHERE num BETWEEN 18000 AND 19999 AND stock - held >= 50 "
                         "AND price BETWEEN 1000 AND 20000 ORDER BY num DESC LIMIT 1 OFFSET ?", (slot,)).fetchone()
    assert row is not None
    return str(row[0])


def _shipped_to(sandbox: SandboxProcess, checkout_id: str) -> str:
    with sqlite3.connect(sandbox.db_path) as db:
        row = db.execute("SELECT snapshot FROM orders WHERE checkout_id = ?", (checkout_id,)).fetchone()
    assert row is not None
    return str(json.loads(row[0])["address"]["line1"])


def _order_lines(sandbox: SandboxProcess, checkout_id: str) -> list[str]:
    with sqlite3.connect(sandbox.db_path) as db:
        row = db.execute("SELECT snapshot FROM orders WHERE checkout_id = ?", (checkout_id,)).fetchone()
    assert row is not None
    return [line["product_id"] for line in json.loads(row[0])["lines"]]


# What you see is what you pay for ----------------------------------------------------------------------


def test_completing_ships_to_the_address_the_shopper_approved(http: httpx.Client,
                                                               sandbox: SandboxProcess) -> None:
    checkout_id, quote = _priced(http, _stocked(sandbox, 0), "dana", label="home")
    hold = _authorize(http, sandbox, quote)
    # Anyone, with no credential at all, re-points the approved checkout at the shopper's other address.
    moved = http.put(f"/checkout-sessions/{checkout_id}", headers=key(), json={
        "fulfillment": {"methods": [{"type": "shipping", "selected_destination_id": "office"}]}})
    done = complete(http, checkout_id, hold["authorization_id"])
    if moved.status_code < 400 and done.status_code == 200:
        assert _shipped_to(sandbox, checkout_id) == quote.address.line1


def test_a_checkout_completes_only_with_the_lines_the_shopper_approved(http: httpx.Client,
                                                                        sandbox: SandboxProcess) -> None:
    shown_pid, other_pid = _same_price_pair(sandbox, 0)
    shown_checkout, shown = _priced(http, shown_pid, "dana")
    http.post(f"/checkout-sessions/{shown_checkout}/cancel", headers=key() | as_platform(http))
    real_checkout, _ = _priced(http, other_pid, "dana")
    # The shopper sees and signs "1 x shown_pid"; the quote names the checkout that holds other_pid.
    approved = shown.model_copy(update={"checkout_id": real_checkout, "quote_id": f"q_{uuid.uuid4().hex[:8]}"})
    hold = _authorize(http, sandbox, approved)
    done = complete(http, real_checkout, hold["authorization_id"])
    if done.status_code == 200:
        assert _order_lines(sandbox, real_checkout) == [shown_pid]


def test_a_mandate_for_one_product_cannot_buy_another(http: httpx.Client, sandbox: SandboxProcess) -> None:
    allowed_pid, other_pid = _same_price_pair(sandbox, 1)
    allowed_checkout, allowed = _priced(http, allowed_pid, "dana")
    http.post(f"/checkout-sessions/{allowed_checkout}/cancel", headers=key() | as_platform(http))
    merchant = urlsplit(sandbox.url).netloc
    mandate = Mandate(mandate_id=f"mdt-{uuid.uuid4().hex[:12]}", shopper_id="dana", product_id=allowed_pid,
                      max_unit_price=allowed.lines[0].unit_price, quantity=1, merchant=merchant,
                      expires_at=datetime.now(UTC) + timedelta(days=1), nonce=uuid.uuid4().hex)
    signed = sign_mandate(shopper_key(sandbox, "dana"), mandate)
    registered = http.post("/wallet/mandates", headers=key() | bearer(sandbox, "platform"),
                           json=signed.model_dump(mode="json"))
    assert registered.status_code == 201, registered.text
    real_checkout, _ = _priced(http, other_pid, "dana")
    claimed = allowed.model_copy(update={"checkout_id": real_checkout, "merchant": merchant,
                                         "quote_id": f"q_{uuid.uuid4().hex[:8]}"})
    held = http.post(f"/wallet/mandates/{mandate.mandate_id}/authorize",
                     headers=key() | bearer(sandbox, "platform"), json={"quote": claimed.model_dump(mode="json")})
    done = complete(http, real_checkout, held.json()["authorization_id"]) if held.status_code == 201 else held
    if done.status_code == 200:
        assert _order_lines(sandbox, real_checkout) == [allowed_pid]


# Buyer data and strangers --------------------------------------------------------------------------------


def test_a_stranger_cannot_read_a_shoppers_addresses_another_way(http: httpx.Client,
                                                                 sandbox: SandboxProcess) -> None:
    homes = []
    created = http.post("/checkout-sessions", headers=key(), json={
        "line_items": [{"item": {"id": _stocked(sandbox, 1)}, "quantity": 1}], "dev.errand": {"buyer_id": "chen"}})
    if created.status_code == 201:
        http.post(f"/checkout-sessions/{created.json()['id']}/cancel", headers=key() | as_platform(http))
        methods = created.json().get("fulfillment", {}).get("methods", [])
        homes += [d.get("street_address") for m in methods for d in m.get("destinations", [])]
    branches = http.get("/stores/branches", params={"shopper_id": "chen", "address_label": "home"})
    if branches.status_code == 200:
        homes.append(branches.json().get("origin"))
    deliver_by = (datetime.now(UTC) + timedelta(hours=3)).isoformat()
    bulk = http.post("/stores/quotes", headers=key(), json={
        "shopper_id": "chen", "address_label": "home", "item": "Brown Sugar Boba Milk Tea",
        "deliver_by": deliver_by, "allocations": [{"branch_id": "chagee-sh-05", "quantity": 1}]})
    if bulk.status_code == 201:
        http.post(f"/stores/quotes/{bulk.json()['quote_id']}/release", headers=key() | bearer(sandbox, "platform"))
        homes.append(bulk.json().get("address"))
    assert [h for h in homes if h] == []


def test_a_stranger_cannot_change_a_shoppers_checkout_or_delivery(http: httpx.Client,
                                                                  sandbox: SandboxProcess) -> None:
    checkout_id, quote = _priced(http, _stocked(sandbox, 2), "dana")
    hold = _authorize(http, sandbox, quote)
    placed = complete(http, checkout_id, hold["authorization_id"])
    assert placed.status_code == 200, placed.text
    with sqlite3.connect(sandbox.db_path) as db:
        shipment_id = db.execute("SELECT shipment_id FROM orders WHERE checkout_id = ?",
                                 (checkout_id,)).fetchone()[0]
    other_id, _ = _priced(http, _stocked(sandbox, 3), "dana")
    answers = {
        "put": http.put(f"/checkout-sessions/{other_id}", headers=key(),
                        json={"dev.errand": {"loyalty_points": 10_000}}).status_code,
        "cancel": http.post(f"/checkout-sessions/{other_id}/cancel", headers=key()).status_code,
        "reference": http.post(f"/courier/shipments/{shipment_id}/reference", headers=key(),
                               json={"reference": "not-your-errand"}).status_code,
        "shipment": http.get(f"/courier/shipments/{shipment_id}").status_code,
        "order": http.get(f"/orders/{placed.json()['order']['id']}").status_code,
    }
    http.post(f"/checkout-sessions/{other_id}/cancel", headers=key() | bearer(sandbox, "platform"))
    assert answers == {name: 401 for name in answers}


def test_the_sandbox_database_is_private(sandbox: SandboxProcess) -> None:
    for path in (sandbox.home, sandbox.db_path):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"


# The ledger's approvals ----------------------------------------------------------------------------------


def _forged_payment(ledger_url: str, errand_id: str, signer_shopper: str, private, public_key: str) -> None:
    """What a writer with the worker's insert-only access can append: alice's errand, an approval row naming
    ``signer_shopper`` and a key of the writer's choosing, and a payment resting on it."""
    from errand.domain.approval import approval_message, sign_b64
    from errand.ledger import Ledger
    from errand.ledger.models import LedgerRecord

    digest = uuid.uuid4().hex * 2
    rows = [("errand.started", "system", {"intent": {"shopper_id": "alice", "query": "aa batteries"}}),
            ("approval.accepted", "shopper", {"quote_digest": digest, "shopper_id": signer_shopper,
                                              "public_key": public_key,
                                              "signature": sign_b64(private, approval_message(digest))}),
            ("payment.authorized", "system", {"authorization_id": "auth_x", "quote_digest": digest})]
    with Ledger(ledger_url) as ledger:
        for n, (what, who, evidence) in enumerate(rows):
            ledger.append(LedgerRecord(idempotency_key=f"{errand_id}/{n}", errand_id=errand_id, who=who,
                                       what=what, evidence=evidence))


def test_audit_refuses_a_payment_approved_by_someone_other_than_the_errands_shopper(
        sandbox: SandboxProcess, tmp_path) -> None:
    from errand.domain.approval import new_key_pair, public_key_b64
    from errand.ledger import Ledger
    from errand.ledger.audit import audit
    from errand.ledger.cli_support import wallet_keys
    from errand.sandbox.common.auth import read_token

    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    bob = shopper_key(sandbox, "bob")
    _forged_payment(url, "errand-bob-signs", "bob", bob, public_key_b64(bob))
    writers_own, writers_public = new_key_pair()
    _forged_payment(url, "errand-ghost-signs", "ghost-shopper", writers_own, writers_public)
    with Ledger(url) as ledger:
        report = audit(ledger, [], None, "errand.ledger",
                       wallet_keys(sandbox.url, read_token(sandbox.home, "platform")))
    flagged = {f.seq for f in report.findings if f.kind == "approval"}
    assert {2, 3} <= flagged and {5, 6} <= flagged, report.as_dict()


# Idempotency on the courier's money path ------------------------------------------------------------------


def test_a_fee_reschedule_retried_after_a_crash_answers_what_was_done(tmp_path) -> None:
    from errand.domain.models import Adjustment

    with SandboxProcess(tmp_path / "home", seed=7, products=300, courier_step_seconds=600) as proc, \
            stranger_http(proc) as http:
        checkout_id, quote = _priced(http, "prd-00020", "bob")
        placed = complete(http, checkout_id, _authorize(http, proc, quote)["authorization_id"])
        assert placed.status_code == 200, placed.text
        order_id = placed.json()["order"]["id"]
        with sqlite3.connect(proc.db_path) as db:
            shipment_id = db.execute("SELECT shipment_id FROM orders WHERE id = ?", (order_id,)).fetchone()[0]
        slots = http.get(f"/courier/shipments/{shipment_id}/slots",
                         headers=bearer(proc, "platform")).json()["slots"]
        slot = next(s for s in slots if s["fee"] > 0 and s["available"])
        fee = Quote(quote_id=f"fee-{shipment_id}-{slot['slot_id']}", errand_id="e-fee", shopper_id="bob",
                    merchant="courier", checkout_id=order_id, lines=[], subtotal=0,
                    adjustments=[Adjustment(kind="fee", label="delivery moved", amount=slot["fee"])],
                    total=slot["fee"], currency="CNY", address=quote.address,
                    expires_at=datetime.now(UTC) + timedelta(minutes=10))
        hold = _authorize(http, proc, fee)
        injected = http.post("/admin/faults", headers=bearer(proc, "operator"),
                             json={"route": "courier.reschedule", "mode": "crash"})
        assert injected.status_code == 200, injected.text
        book = {"slot_id": slot["slot_id"], "accepted_fee": slot["fee"],
                "fee_authorization_id": hold["authorization_id"]}
        headers = {"Idempotency-Key": "reschedule-errand/book"} | bearer(proc, "platform")
        with pytest.raises(httpx.TransportError):  # the process dies after the handler committed
            http.post(f"/courier/shipments/{shipment_id}/reschedule", headers=headers, json=book)
        for _ in range(100):
            if not proc.running:
                break
            time.sleep(0.1)
        proc.start()
        retried = http.post(f"/courier/shipments/{shipment_id}/reschedule", headers=headers, json=book)
        state = http.get(f"/wallet/authorizations/{hold['authorization_id']}", headers=bearer(proc, "operator"))
        assert state.json()["status"] == "captured"
        assert retried.status_code == 200, retried.text
