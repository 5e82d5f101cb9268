"""The merchant's side of AP2 mandates, attacked over HTTP: once the platform negotiated the extension, a
checkout completes only with the shopper's mandate for exactly that checkout, as the merchant signed it.
Every refusal comes before any payment is looked at (the instrument named here holds nothing)."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from jwcrypto.jwk import JWK
from sd_jwt.holder import SDJWTHolder

from errand.domain.mandate_ap2 import (
    AP2,
    AP2_MANDATE,
    issue_mandate,
    mandate_key,
    verify_merchant_authorization,
)
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from tests.keys import shopper_key

NOW = datetime.now(UTC)


@pytest.fixture
def merchant(sandbox: SandboxProcess, served_profile: str) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {read_token(sandbox.home, 'platform')}",
               "UCP-Agent": f'profile="{served_profile}"; version="2026-04-08"'}
    with httpx.Client(base_url=sandbox.url, headers=headers, timeout=30) as client:
        yield client


def _ready_checkout(client: httpx.Client, product_id: str) -> dict[str, Any]:
    created = client.post("/checkout-sessions", headers={"Idempotency-Key": uuid.uuid4().hex}, json={
        "line_items": [{"item": {"id": product_id}, "quantity": 1}], "dev.errand": {"buyer_id": "alice"}})
    assert created.status_code == 201, created.text
    ready = client.put(f"/checkout-sessions/{created.json()['id']}", headers={"Idempotency-Key": uuid.uuid4().hex},
                       json={"fulfillment": {"methods": [{"type": "shipping", "selected_destination_id": "home"}]}})
    assert ready.status_code == 200 and ready.json()["status"] == "ready_for_complete", ready.text
    body: dict[str, Any] = ready.json()
    return body


@pytest.fixture
def checkouts(merchant: httpx.Client) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    found = merchant.post("/catalog/search", json={"query": "AA batteries", "pagination": {"limit": 5}}).json()
    in_stock = [p["id"] for p in found["products"] if p["variants"][0]["availability"]["available"]]
    pair = (_ready_checkout(merchant, in_stock[0]), _ready_checkout(merchant, in_stock[0]))
    yield pair
    for checkout in pair:
        merchant.post(f"/checkout-sessions/{checkout['id']}/cancel", headers={"Idempotency-Key": uuid.uuid4().hex})


def _merchant_id(client: httpx.Client) -> str:
    return str(client.get("/.well-known/ucp").json()["dev.errand"]["merchant_id"])


def _complete(client: httpx.Client, checkout: dict[str, Any], mandate: str | None) -> httpx.Response:
    body: dict[str, Any] = {"payment": {"instruments": [{
        "id": "pi_1", "handler_id": "dev.errand.wallet", "type": "wallet_authorization",
        "credential": {"type": "wallet_authorization", "authorization_id": "auth_none"}}]}}
    if mandate is not None:
        body[AP2] = {"checkout_mandate": mandate}
    return client.post(f"/checkout-sessions/{checkout['id']}/complete", json=body,
                       headers={"Idempotency-Key": uuid.uuid4().hex})


def _mandate(sandbox: SandboxProcess, client: httpx.Client, checkout: dict[str, Any], shopper: str = "alice") -> str:
    return issue_mandate(shopper_key(sandbox, shopper), shopper_id="alice", checkout=checkout,
                         merchant=_merchant_id(client), issued_at=NOW, expires_at=NOW + timedelta(minutes=10))


def _refused(response: httpx.Response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    detail = response.json()
    assert code in json.dumps(detail), detail
    return json.dumps(detail)


def test_discovery_offers_the_extension_and_every_checkout_is_signed(merchant: httpx.Client,
                                                                     checkouts: tuple[dict[str, Any], ...]) -> None:
    profile = merchant.get("/.well-known/ucp").json()
    assert AP2_MANDATE in profile["ucp"]["capabilities"]
    assert verify_merchant_authorization(checkouts[0], profile["signing_keys"]) == profile["signing_keys"][0]["kid"]


def test_a_mandate_for_another_checkout_is_refused(sandbox: SandboxProcess, merchant: httpx.Client,
                                                   checkouts: tuple[dict[str, Any], dict[str, Any]]) -> None:
    first, second = checkouts
    detail = _refused(_complete(merchant, second, _mandate(sandbox, merchant, first)), 422, "mandate_scope_mismatch")
    assert second["id"] in detail
    assert merchant.get(f"/checkout-sessions/{second['id']}").json()["status"] == "ready_for_complete"


def test_completing_without_the_mandate_is_refused(merchant: httpx.Client,
                                                   checkouts: tuple[dict[str, Any], ...]) -> None:
    _refused(_complete(merchant, checkouts[0], None), 422, "mandate_required")


def test_a_mandate_for_terms_the_merchant_did_not_sign_is_refused(
        sandbox: SandboxProcess, merchant: httpx.Client, checkouts: tuple[dict[str, Any], ...]) -> None:
    """The right checkout id, but its totals lowered after the merchant signed: the merchant's own signature
    inside the mandate no longer holds."""
    cheaper = json.loads(json.dumps(checkouts[0]))
    for total in cheaper["totals"]:
        total["amount"] = 1
    _refused(_complete(merchant, checkouts[0], _mandate(sandbox, merchant, cheaper)), 422, "mandate_scope_mismatch")


def test_a_key_binding_signed_by_another_key_is_refused(sandbox: SandboxProcess, merchant: httpx.Client,
                                                        checkouts: tuple[dict[str, Any], ...]) -> None:
    mandate = _mandate(sandbox, merchant, checkouts[0])
    kb_claims = json.loads(base64.urlsafe_b64decode(mandate.rsplit("~", 1)[1].split(".")[1] + "=="))
    holder = SDJWTHolder(mandate.rsplit("~", 1)[0] + "~")
    pem = mandate_key(Ed25519PrivateKey.generate()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    holder.create_presentation({}, nonce=kb_claims["nonce"], aud=kb_claims["aud"], holder_key=JWK.from_pem(pem),
                               sign_alg="ES256")
    _refused(_complete(merchant, checkouts[0], holder.sd_jwt_presentation), 403, "mandate_invalid_signature")


def test_a_mandate_issued_by_a_key_that_is_not_the_buyers_is_refused(
        sandbox: SandboxProcess, merchant: httpx.Client, checkouts: tuple[dict[str, Any], ...]) -> None:
    """Bob's registered key, or a key nobody registered, cannot authorize Alice's checkout."""
    for stranger in (shopper_key(sandbox, "bob"), Ed25519PrivateKey.generate()):
        mandate = issue_mandate(stranger, shopper_id="alice", checkout=checkouts[0], merchant=_merchant_id(merchant),
                                issued_at=NOW, expires_at=NOW + timedelta(minutes=10))
        _refused(_complete(merchant, checkouts[0], mandate), 403, "mandate_invalid_signature")


def test_an_expired_or_malformed_mandate_is_refused(sandbox: SandboxProcess, merchant: httpx.Client,
                                                    checkouts: tuple[dict[str, Any], ...]) -> None:
    expired = issue_mandate(shopper_key(sandbox, "alice"), shopper_id="alice", checkout=checkouts[0],
                            merchant=_merchant_id(merchant), issued_at=NOW - timedelta(hours=2),
                            expires_at=NOW - timedelta(hours=1))
    _refused(_complete(merchant, checkouts[0], expired), 422, "mandate_expired")
    for garbage in ("header.payload.signature~kb_signature", "x" * 70_000, "a.b.c~d.e.f"):
        _refused(_complete(merchant, checkouts[0], garbage), 403, "mandate_invalid_signature")
