"""Attacks with the credential the wallet issues a merchant served elsewhere (``POST /admin/wallet/payees``): a
payee's credential is a merchant's as a payee, and nothing more. Whoever holds it (that merchant, or whoever
stole it from its configuration) must not register payees, read or act for shoppers, open a hold, or reach the
platform's checkouts and orders. Over real HTTP against the session's sandbox."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from errand.sandbox.process import SandboxProcess
from tests.operator import operator_token, stranger_http
from tests.sandbox.helpers import bearer, key, open_checkout


@pytest.fixture()
def http(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    with stranger_http(sandbox) as client:
        yield client


def _register(http: httpx.Client, sandbox: SandboxProcess, merchant_id: str) -> dict[str, str]:
    made = http.post("/admin/wallet/payees", json={"merchant_id": merchant_id},
                     headers={"Authorization": f"Bearer {operator_token(sandbox)}"})
    assert made.status_code == 201, made.text
    return {"Authorization": f"Bearer {made.json()['token']}"}


def test_only_an_operator_registers_a_payee(http: httpx.Client, sandbox: SandboxProcess) -> None:
    body = {"merchant_id": f"rt-{uuid.uuid4().hex[:8]}"}
    payee = _register(http, sandbox, f"rt-{uuid.uuid4().hex[:8]}")
    for who, headers in (("stranger", {}), ("platform", bearer(sandbox, "platform")),
                         ("merchant", bearer(sandbox, "merchant")), ("payee", payee),
                         ("guest", {"UCP-Agent": 'profile="https://mallory.example/p.json"'})):
        answer = http.post("/admin/wallet/payees", json=body, headers=headers)
        assert answer.status_code in (401, 403), (who, answer.text)
        assert "token" not in answer.json()
        assert http.get("/admin/wallet/payees", headers=headers).status_code in (401, 403), who


def test_a_payees_credential_reaches_no_shopper_and_no_checkout(http: httpx.Client, sandbox: SandboxProcess) -> None:
    payee = _register(http, sandbox, f"rt-{uuid.uuid4().hex[:8]}")
    platform_checkout = open_checkout(http, "prd-00004", 1, buyer="alice")
    assert platform_checkout.status_code == 201, platform_checkout.text
    checkout_id = platform_checkout.json()["id"]
    reads = {path: http.get(path, headers=payee).status_code for path in (
        "/buyers/alice", "/stores/loyalty/alice", "/wallet/shoppers/alice/spending",
        f"/checkout-sessions/{checkout_id}", "/courier/shipments?shopper_id=alice&active=false")}
    assert set(reads.values()) <= {401, 403, 404}, reads
    named = http.post("/checkout-sessions", headers=key() | payee, json={
        "line_items": [{"item": {"id": "prd-00004"}, "quantity": 1}], "dev.errand": {"buyer_id": "alice"}})
    assert named.status_code == 403, named.text  # naming a buyer is acting for a shopper
    moved = http.put(f"/checkout-sessions/{checkout_id}", headers=key() | payee, json={
        "fulfillment": {"methods": [{"type": "shipping", "selected_destination_id": "home"}]}})
    cancelled = http.post(f"/checkout-sessions/{checkout_id}/cancel", headers=key() | payee)
    assert (moved.status_code, cancelled.status_code) == (404, 404), (moved.text, cancelled.text)
    hold = http.post("/wallet/authorizations", headers=key() | payee, json={"shopper_id": "alice"})
    assert hold.status_code == 403, hold.text  # only the platform opens holds, with a shopper's approval
    ops = http.get("/wallet/operations", headers=payee, params={"shopper_id": "alice"})
    assert ops.status_code == 200 and ops.json()["operations"] == [], ops.text  # none of its own yet
    http.post(f"/checkout-sessions/{checkout_id}/cancel", headers=key() | bearer(sandbox, "platform"))


def test_a_payee_registered_again_loses_its_old_credential_everywhere(http: httpx.Client,
                                                                       sandbox: SandboxProcess) -> None:
    merchant_id = f"rt-{uuid.uuid4().hex[:8]}"
    old = _register(http, sandbox, merchant_id)
    assert http.get("/wallet/operations", headers=old).status_code == 200
    _register(http, sandbox, merchant_id)
    assert http.get("/wallet/operations", headers=old).status_code == 401
    assert http.post("/wallet/checkouts/chk_x/void", headers=key() | old).status_code == 401
