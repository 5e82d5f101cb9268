"""Checkout through Identity Linking: a linked account's access token acts for its own shopper, with exactly
the scopes the shopper granted, and for nobody else."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from errand.connectors.identity import ClientCredentials
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from tests.identity.conftest import access_token
from tests.sandbox.helpers import quote_for, sign

BUYER = "dev.ucp.shopping.checkout:buyer"
ORDERS = "dev.ucp.shopping.order:read"


def _h(token: str, **extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex, **extra}


def _platform(merchant: SandboxProcess) -> str:
    return read_token(merchant.home, "platform")


@pytest.fixture(scope="module")
def product_id(merchant: SandboxProcess) -> str:
    found = httpx.post(f"{merchant.url}/catalog/search", json={"query": "", "pagination": {"limit": 50}})
    assert found.status_code == 200, found.text
    return next(p["id"] for p in found.json()["products"]
                if p["metadata"]["stock"] >= 5 and 5000 <= p["price_range"]["min"]["amount"] <= 50000)


def _open(merchant: SandboxProcess, token: str, product_id: str, **body: Any) -> httpx.Response:
    return httpx.post(f"{merchant.url}/checkout-sessions", headers=_h(token), json={
        "line_items": [{"item": {"id": product_id}, "quantity": 1}], **body})


def _ship_home(merchant: SandboxProcess, token: str, checkout_id: str, points: int = 0) -> httpx.Response:
    return httpx.put(f"{merchant.url}/checkout-sessions/{checkout_id}", headers=_h(token), json={
        "fulfillment": {"methods": [{"type": "shipping", "selected_destination_id": "home"}]},
        "dev.errand": {"loyalty_points": points}})


def test_buyer_scope_checks_out_with_saved_addresses_and_points(
        merchant: SandboxProcess, credentials: ClientCredentials, product_id: str) -> None:
    token = access_token(merchant, credentials, "chen", f"{BUYER} {ORDERS}")
    created = _open(merchant, token, product_id)
    assert created.status_code == 201, created.text
    checkout = created.json()
    assert checkout["dev.errand"]["buyer_id"] == "chen"  # the token's shopper, named by nobody
    [method] = checkout["fulfillment"]["methods"]
    assert {d["id"] for d in method["destinations"]} == {"home", "office"}  # chen's saved addresses
    assert "dev.errand.wallet" in checkout["ucp"]["payment_handlers"]

    ready = _ship_home(merchant, token, checkout["id"], points=500)
    assert ready.status_code == 200, ready.text
    ready_body = ready.json()
    assert ready_body["status"] == "ready_for_complete"
    assert ready_body["dev.errand"]["loyalty_points_used"] == 500
    assert ready_body["dev.errand"]["address"]["label"] == "home"

    # Paid as every shopper's checkout is: the wallet holds money for the quote chen signed.
    quote = quote_for(ready_body)
    held = httpx.post(f"{merchant.url}/wallet/authorizations", headers=_h(_platform(merchant)), json={
        "shopper_id": "chen", "quote": quote.model_dump(mode="json"),
        "approval": sign(merchant, quote).model_dump(mode="json")})
    assert held.status_code in (200, 201), held.text
    done = httpx.post(f"{merchant.url}/checkout-sessions/{checkout['id']}/complete", headers=_h(token), json={
        "payment": {"instruments": [{"id": "pi", "handler_id": "dev.errand.wallet", "type": "wallet_authorization",
                                     "credential": {"type": "wallet_authorization",
                                                    "authorization_id": held.json()["authorization_id"]}}]}})
    assert done.status_code == 200, done.text
    order_id = done.json()["order"]["id"]
    order = httpx.get(f"{merchant.url}/orders/{order_id}", headers={"Authorization": f"Bearer {token}"})
    assert order.status_code == 200 and order.json()["dev.errand"]["buyer_id"] == "chen"

    # order:read is the token's to grant: a buyer-only token of the same shopper does not read the order
    buyer_only = access_token(merchant, credentials, "chen", BUYER)
    refused = httpx.get(f"{merchant.url}/orders/{order_id}", headers={"Authorization": f"Bearer {buyer_only}"})
    assert refused.status_code == 403 and 'error="insufficient_scope"' in refused.headers["www-authenticate"]
    assert "chen" not in refused.text
    # ... and the answer is the same for an order that does not exist
    missing = httpx.get(f"{merchant.url}/orders/ord_{'0' * 32}", headers={"Authorization": f"Bearer {buyer_only}"})
    assert missing.status_code == 403


def test_without_the_buyer_scope_the_checkout_is_a_guests(
        merchant: SandboxProcess, credentials: ClientCredentials, product_id: str) -> None:
    token = access_token(merchant, credentials, "chen", ORDERS)
    created = _open(merchant, token, product_id)
    assert created.status_code == 201, created.text
    checkout = created.json()
    assert "dev.errand" not in checkout and "buyer" not in checkout
    assert "Chen" not in created.text and "Yuyuan" not in created.text  # no name, no saved address
    assert not any(m.get("destinations") for m in checkout["fulfillment"]["methods"])
    assert "dev.errand.wallet" not in checkout["ucp"]["payment_handlers"]
    # points are the buyer scope's: asking for them is refused, naming the shopper changes nothing
    points = httpx.put(f"{merchant.url}/checkout-sessions/{checkout['id']}", headers=_h(token),
                       json={"dev.errand": {"loyalty_points": 100}})
    assert points.status_code == 403
    named = _open(merchant, token, product_id, **{"dev.errand": {"buyer_id": "chen"}})
    assert named.status_code == 201 and "dev.errand" not in named.json()
    # a saved address label is not a destination it can pick
    label = _ship_home(merchant, token, checkout["id"])
    assert "88 Huaihai" not in label.text and "Yuyuan" not in label.text


def test_a_token_acts_for_its_own_shopper_only(
        merchant: SandboxProcess, credentials: ClientCredentials, product_id: str) -> None:
    chen = access_token(merchant, credentials, "chen", f"{BUYER} {ORDERS}")
    dana = access_token(merchant, credentials, "dana", f"{BUYER} {ORDERS}")
    checkout = _open(merchant, chen, product_id).json()
    url = f"{merchant.url}/checkout-sessions/{checkout['id']}"

    # dana's token, the platform's own credential and a guest: the checkout does not exist for them
    for stranger in (dana, _platform(merchant)):
        assert httpx.get(url, headers={"Authorization": f"Bearer {stranger}"}).status_code == 404
        assert _ship_home(merchant, stranger, checkout["id"]).status_code == 404
        assert httpx.post(f"{url}/complete", headers=_h(stranger), json={}).status_code == 404
        assert httpx.post(f"{url}/cancel", headers=_h(stranger), json={}).status_code == 404
    assert httpx.get(url, headers={"Authorization": f"Bearer {chen}"}).status_code == 200

    # naming chen with dana's token is refused, not a checkout for chen
    named = _open(merchant, dana, product_id, **{"dev.errand": {"buyer_id": "chen"}})
    assert named.status_code == 403

    # an Idempotency-Key is the caller's own: dana replaying chen's key and body gets her own checkout
    key = uuid.uuid4().hex
    body = {"line_items": [{"item": {"id": product_id}, "quantity": 1}]}
    first = httpx.post(f"{merchant.url}/checkout-sessions", json=body,
                       headers={"Authorization": f"Bearer {chen}", "Idempotency-Key": key})
    replay = httpx.post(f"{merchant.url}/checkout-sessions", json=body,
                        headers={"Authorization": f"Bearer {dana}", "Idempotency-Key": key})
    assert first.status_code == replay.status_code == 201
    assert replay.json()["id"] != first.json()["id"] and replay.json()["dev.errand"]["buyer_id"] == "dana"


def test_a_revoked_token_is_401_not_a_guest(
        merchant: SandboxProcess, credentials: ClientCredentials, product_id: str) -> None:
    token = access_token(merchant, credentials, "chen", f"{BUYER} {ORDERS}")
    checkout = _open(merchant, token, product_id).json()
    revoked = httpx.post(f"{merchant.url}/oauth/revoke", auth=(credentials.client_id, credentials.client_secret),
                         data={"token": token})
    assert revoked.status_code == 200
    agent = {"UCP-Agent": 'profile="https://platform.example/profile.json"'}
    for answer in (_open(merchant, token, product_id),
                   httpx.post(f"{merchant.url}/checkout-sessions", headers=_h(token, **agent),
                              json={"line_items": [{"item": {"id": product_id}, "quantity": 1}]}),
                   httpx.get(f"{merchant.url}/checkout-sessions/{checkout['id']}",
                             headers={"Authorization": f"Bearer {token}"})):
        assert answer.status_code == 401, answer.text
        assert 'error="invalid_token"' in answer.headers["www-authenticate"]
        assert "chen" not in answer.text
