"""Attacks on passkey sign-in's edges: malformed and oversized answers (4xx from the API and the wallet, never
a 5xx), the wallet unreachable or refusing the API (no session), and the session cookie a sign-in sets (its
flags, and that no session id the browser had before survives it). Companion of
``test_passkey_sign_in_attacks`` (the attacks on what an assertion proves)."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from errand.api.app import create_app
from errand.api.store import ApiStore
from errand.domain.approval import quote_digest
from errand.domain.models import Address, Quote, QuoteLine
from errand.domain.passkey import (
    b64url,
    passkey_approval,
    passkey_evidence_valid,
    verify_passkey_approval,
    verify_passkey_sign_in,
)
from errand.sandbox.process import SandboxProcess, free_port
from errand.worker.settings import ErrandSettings
from tests.adversarial.test_passkey_sign_in_attacks import WEB, _refusal, _started
from tests.api.test_passkey_sign_in import (
    _answer,
    _clone,
    _enrolled,
    _role,
    _stored_count,
    _verify,
    _wallet_sign_in,
    api,
    wallet,
)
from tests.passkeys.authenticator import SoftAuthenticator, assertion_json, registration_json
from tests.sandbox.helpers import key

__all__ = ["api", "wallet"]  # the fixtures, shared with the API's own sign-in tests


async def _whoami(api: httpx.AsyncClient, cookie: str | None = None) -> int | str:
    """Who the API takes this browser (or ``cookie``) for: a shopper id, else the status."""
    headers = {"Cookie": f"errand_session={cookie}"} if cookie else None
    answer = await api.get("/passkeys/approval-options", headers=headers)
    return str(answer.json()["shopper_id"]) if answer.status_code == 200 else answer.status_code


def _settings(sandbox: SandboxProcess, tmp_path: Path, **changes: Any) -> ErrandSettings:
    values: dict[str, Any] = {
        "home": sandbox.home,
        "sandbox_url": sandbox.url,
        "web_url": WEB,
        "temporal_address": "127.0.0.1:1",
        "database_url": f"sqlite:///{tmp_path / 'l.db'}",
    }
    return ErrandSettings(**{**values, **changes})


@pytest.fixture
async def other_api(sandbox: SandboxProcess, tmp_path: Path) -> AsyncIterator[Any]:
    """An API built with other settings (``await other_api(**changes)``), its origin ``web_url``."""
    stores: list[ApiStore] = []
    clients: list[httpx.AsyncClient] = []

    async def build(**changes: Any) -> httpx.AsyncClient:
        settings = _settings(sandbox, tmp_path, **changes)
        store = ApiStore(f"sqlite:///{tmp_path / f'api{len(stores)}.db'}")
        stores.append(store)
        origin = settings.web_url
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=create_app(settings, store=store)),
            base_url=origin,
            headers={"Origin": origin},
        )
        clients.append(client)
        return client

    yield build
    for client in clients:
        await client.aclose()
    for store in stores:
        store.close()


# Malformed and hostile input: 4xx, never 5xx -------------------------------------------------------------------


def _deep_client_data(phone: SoftAuthenticator, challenge: bytes) -> dict[str, Any]:
    assertion = phone.assertion(challenge)
    return {**assertion.model_dump(), "client_data_json": b64url(b"[" * 2900)}


async def test_malformed_answers_are_refused_with_a_4xx(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    phone = await _enrolled(api, sandbox, "alice")
    ceremony, challenge = await _started(api)
    good = assertion_json(phone.assertion(challenge))
    response = good["response"]
    assert isinstance(response, dict)
    bad_credentials: list[Any] = [
        {},
        {"id": 1, "rawId": 1, "type": "public-key", "response": {}},
        {**good, "rawId": "!!"},
        {**good, "response": "x"},
        {**good, "response": []},
        {**good, "response": {**response, "userHandle": "!!"}},
        {**good, "response": {**response, "userHandle": b64url(b"\xff\xfe")}},
        {**good, "response": {**response, "clientDataJSON": b64url(b"[" * 2900)}},
        {**good, "response": {**response, "clientDataJSON": b64url(b"not json")}},
        {**good, "response": {**response, "authenticatorData": b64url(b"short")}},
        {**good, "response": {**response, "signature": b64url(b"\x30\x02\x01")}},
        {**good, "response": {**response, "signature": "A" * 1_000_000}},
        {**good, "rawId": b64url(b"x" * 5000), "id": b64url(b"x" * 5000)},
    ]
    for credential in bad_credentials:
        ceremony, _ = await _started(api)
        answer = await _verify(api, ceremony, credential)
        assert 400 <= answer.status_code < 500, (str(credential)[:200], answer.text)
    for raw in (
        b"{",
        b"[]",
        b'{"ceremony_id": 1, "credential": {}}',
        b'{"ceremony_id": "x", "credential": "y"}',
        b'{"ceremony_id": "x", "credential": {}, "extra": 1}',
        b'{"a":' * 50_000,
    ):
        answer = await api.post(
            "/passkeys/login/verify", content=raw, headers={"Content-Type": "application/json"}
        )
        assert 400 <= answer.status_code < 500, (raw[:60], answer.text)
    huge = await api.post(
        "/passkeys/login/verify",
        content=b" " * (31 * 1024 * 1024),
        headers={"Content-Type": "application/json"},
    )
    assert huge.status_code == 413
    assert "errand_session" not in api.cookies
    # The wallet's endpoint, as the platform calls it.
    path, challenge = "/wallet/shoppers/alice/passkeys/sign-in", b"m" * 32
    bodies: list[Any] = [
        {**_wallet_sign_in(phone, challenge), "assertion": _deep_client_data(phone, challenge)},
        {
            **_wallet_sign_in(phone, challenge),
            "assertion": {**phone.assertion(challenge).model_dump(), "credential_id": "!!"},
        },
        {
            **_wallet_sign_in(phone, challenge),
            "assertion": {
                **phone.assertion(challenge).model_dump(),
                "authenticator_data": b64url(b"\x00" * 37 + b"\xc5"),
            },
        },
        {**_wallet_sign_in(phone, challenge), "challenge": 5},
        {**_wallet_sign_in(phone, challenge), "rp_id": ""},
        {**_wallet_sign_in(phone, challenge), "assertion": "x"},
        {**_wallet_sign_in(phone, challenge), "x": 1},
    ]
    for body in bodies:
        answer = wallet.post(path, json=body, headers=key())
        assert 400 <= answer.status_code < 500, (str(body)[:200], answer.text)
    for raw in (b"{", b"null", b"[" * 100_000, json.dumps({"assertion": "A" * 3_000_000}).encode()):
        answer = wallet.post(path, content=raw, headers={**key(), "Content-Type": "application/json"})
        assert 400 <= answer.status_code < 500, (raw[:60], answer.text)
    assert _stored_count(wallet, phone) == 0


def test_client_data_nested_beyond_reason_is_a_malformed_assertion_not_a_crash() -> None:
    """The verifier sign-in shares with approvals parses clientDataJSON with the standard JSON reader, which
    raises RecursionError past ~1000 levels (a 3 kB clientDataJSON of '['). It is a malformed assertion: the
    API's approve route and the errand's workflow run this check too, with no handler that would turn a
    RecursionError into a 4xx."""
    phone = SoftAuthenticator("alice", origin=WEB)
    deep = b64url(b"[" * 2900)
    challenge = b"n" * 32
    sign_in = phone.assertion(challenge).model_copy(update={"client_data_json": deep})
    assert (
        verify_passkey_sign_in(
            sign_in, shopper_id="alice", challenge=challenge, registered=phone.registered()
        )
        == "malformed"
    )
    line = QuoteLine(
        product_id="prd-00004", title="AA batteries", quantity=1, unit_price=1990, line_total=1990
    )
    quote = Quote(
        quote_id="q_deep",
        errand_id="buy-alice-deep",
        shopper_id="alice",
        merchant="errand-sandbox",
        checkout_id="chk_deep",
        lines=[line],
        subtotal=1990,
        adjustments=[],
        total=1990,
        currency="CNY",
        address=Address(label="home", name="Alice", line1="1 Main St", city="Austin", postal_code="1"),
        expires_at=datetime.now(UTC) + timedelta(minutes=10),
    )
    approval = passkey_approval(
        quote, phone.approve(quote_digest(quote)).model_copy(update={"client_data_json": deep})
    )
    assert verify_passkey_approval(quote, approval, phone.registered(), datetime.now(UTC)) == "malformed"
    assert approval.passkey is not None
    assert not passkey_evidence_valid(
        phone.cose_public_key(),
        quote_digest(quote),
        approval.passkey.authenticator_data,
        deep,
        approval.signature,
    )


# The wallet unreachable, or refusing this server ---------------------------------------------------------------


async def test_no_wallet_no_session(other_api: Any, sandbox: SandboxProcess, api: httpx.AsyncClient) -> None:
    phone = await _enrolled(api, sandbox, "chen")
    for changes in (
        {"sandbox_url": f"http://127.0.0.1:{free_port()}"},
        {"sandbox_token": "not-the-platform"},
    ):
        client = await other_api(**changes)
        ceremony, challenge = await _started(client)
        answer = await _verify(client, ceremony, assertion_json(phone.assertion(challenge)))
        assert _refusal(answer) == (503, "backend_unavailable"), (changes, answer.text)
        assert "errand_session" not in client.cookies and "set-cookie" not in answer.headers


# The session the sign-in starts ------------------------------------------------------------------------------


async def test_sign_in_replaces_any_session_id_the_browser_had(
    api: httpx.AsyncClient, sandbox: SandboxProcess
) -> None:
    alice, bob = await _enrolled(api, sandbox, "alice"), await _enrolled(api, sandbox, "bob")
    assert (await _verify(api, *await _answer(api, bob))).status_code == 200
    bobs = api.cookies["errand_session"]
    assert await _whoami(api) == "bob"
    # Alice signs in on the browser bob left signed in (or one an attacker planted an id in).
    signed_in = await _verify(api, *await _answer(api, alice))
    assert signed_in.status_code == 200
    alices = api.cookies["errand_session"]
    assert alices != bobs and await _whoami(api) == "alice"
    assert await _whoami(api, bobs) == 401  # the id set before the sign-in is ended, not carried over
    api.cookies.clear()
    planted = {"Cookie": "errand_session=planted-by-an-attacker"}
    ceremony, answer = await _answer(api, alice)
    fresh = await api.post(
        "/passkeys/login/verify", json={"ceremony_id": ceremony, "credential": answer}, headers=planted
    )
    assert fresh.status_code == 200, fresh.text
    issued = fresh.cookies["errand_session"]
    assert issued != "planted-by-an-attacker" and await _whoami(api, issued) == "alice"
    assert await _whoami(api, "planted-by-an-attacker") == 401
    # A refused sign-in sets no cookie and leaves the browser's session as it was.
    ceremony, answer = await _answer(api, _clone(alice, 0))
    refused = await api.post(
        "/passkeys/login/verify",
        json={"ceremony_id": ceremony, "credential": answer},
        headers={"Cookie": f"errand_session={issued}"},
    )
    assert refused.status_code == 401 and "set-cookie" not in refused.headers
    assert await _whoami(api, issued) == "alice"


async def test_the_session_cookie_is_httponly_strict_and_secure_off_loopback(
    other_api: Any, sandbox: SandboxProcess
) -> None:
    site = "https://shop.example"
    client = await other_api(web_url=site)
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=10) as operator:
        code = await operator.post(
            "/admin/shoppers/bob/enrolment-codes", headers={**_role(sandbox, "operator"), **key()}
        )
    phone = SoftAuthenticator("bob", rp_id="shop.example", origin=site)
    started = (await client.post("/passkeys/register/options", json={"shopper_id": "bob"})).json()
    registered = await client.post(
        "/passkeys/register/verify",
        json={
            "ceremony_id": started["ceremony_id"],
            "code": code.json()["code"],
            "credential": registration_json(phone, started["options"]["challenge"]),
        },
    )
    assert registered.status_code == 201, registered.text
    client.cookies.clear()
    signed_in = await _verify(client, *await _answer(client, phone))
    assert signed_in.status_code == 200, signed_in.text
    cookie = signed_in.headers["set-cookie"]
    flags = {part.strip().split("=")[0].lower() for part in cookie.split(";")}
    assert {"httponly", "secure", "samesite", "path"} <= flags and "samesite=strict" in cookie.lower(), cookie
    assert "domain" not in flags, cookie  # host-only: no sibling subdomain receives it
    session_id = cookie.split(";")[0].split("=", 1)[1]
    assert len(base64.urlsafe_b64decode(session_id + "=" * (-len(session_id) % 4))) >= 16
    # Another site's page cannot run the ceremony with the shopper's browser.
    for origin in ("https://evil.example", "http://shop.example", "null"):
        ceremony, challenge = await _started(client)
        answer = await client.post(
            "/passkeys/login/verify",
            headers={"Origin": origin},
            json={"ceremony_id": ceremony, "credential": assertion_json(phone.assertion(challenge))},
        )
        assert _refusal(answer) == (403, "cross_origin"), (origin, answer.text)
