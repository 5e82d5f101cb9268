"""Attacks on the HTTP API's front door, against the app itself (httpx over ASGI, no Temporal behind it): a body
that hides its size, another site signing a browser in or starting a passkey ceremony, a ceremony answered
twice, hostile text in a page's address."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from errand.api.app import create_app
from errand.api.middleware import MAX_BODY_BYTES
from errand.api.store import ApiStore
from errand.worker.settings import ErrandSettings
from tests.api.conftest import OPERATOR, bearer

OWN = {"Origin": "http://127.0.0.1:8800"}
EVIL = {"Origin": "https://evil.example"}
CHUNK = 1024 * 1024


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ApiStore]:
    made = ApiStore(f"sqlite:///{tmp_path / 'api.db'}")
    yield made
    made.close()


@pytest.fixture
async def app(tmp_path: Path, store: ApiStore) -> AsyncIterator[httpx.AsyncClient]:
    """The app with no Temporal behind it, as ``tests/api`` runs it offline."""
    settings = ErrandSettings(home=tmp_path, temporal_address="127.0.0.1:1", operator_token=OPERATOR,
                              sandbox_url="http://127.0.0.1:1")
    transport = httpx.ASGITransport(app=create_app(settings, store=store))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8800") as client:
        yield client


async def test_a_chunked_body_over_the_cap_is_refused_while_it_streams(app: httpx.AsyncClient,
                                                                     store: ApiStore) -> None:
    """A body sent without ``Content-Length`` (chunked) used to be read to its end, whatever its size: the cap
    looked only at the declared length. It is now counted as it arrives and refused past the cap."""
    sent = 0

    async def endless() -> AsyncIterator[bytes]:
        nonlocal sent
        while sent < MAX_BODY_BYTES + 8 * CHUNK:
            sent += CHUNK
            yield b" " * CHUNK

    headers = {**bearer(store.issue_token("alice")), "Idempotency-Key": "chunked-1",
               "Content-Type": "application/json"}
    answer = await app.post("/errands", content=endless(), headers=headers)
    assert answer.status_code == 413, answer.text[:300]
    assert answer.json()["error"]["code"] == "too_large"
    assert sent <= MAX_BODY_BYTES + 2 * CHUNK, f"read {sent} bytes of a body refused at {MAX_BODY_BYTES}"
    assert answer.headers["content-security-policy"]  # the refusal still carries the security headers


async def test_a_chunked_body_under_the_cap_still_reaches_the_route(app: httpx.AsyncClient,
                                                                  store: ApiStore) -> None:
    async def small() -> AsyncIterator[bytes]:
        yield b'{"sentence": '
        yield b'""}'

    headers = {**bearer(store.issue_token("alice")), "Idempotency-Key": "chunked-2",
               "Content-Type": "application/json"}
    answer = await app.post("/errands", content=small(), headers=headers)
    assert answer.status_code == 422 and "sentence" in answer.json()["error"]["message"]


async def test_no_other_site_signs_a_browser_in_or_opens_a_ceremony(app: httpx.AsyncClient,
                                                                  store: ApiStore) -> None:
    """Login CSRF: another site posting the attacker's own token (or starting a passkey ceremony) from the
    victim's browser, which holds no session yet."""
    attackers = store.issue_token("mallory")
    for headers in (EVIL, {}, {"Origin": "null"}, {"Referer": "https://evil.example/x"},
                    {"Origin": "http://127.0.0.1:8800.evil.example"}):
        signed_in = await app.post("/session", json={"token": attackers}, headers=headers)
        assert signed_in.status_code == 403 and "set-cookie" not in signed_in.headers, (headers, signed_in.text)
        for path, body in (("/passkeys/login/options", None), ("/passkeys/register/options", {"shopper_id": "bob"}),
                           ("/passkeys/login/verify", {"ceremony_id": "x", "credential": {}})):
            answer = await app.post(path, json=body, headers=headers)
            assert answer.status_code == 403 and "set-cookie" not in answer.headers, (path, headers, answer.text)


async def test_a_passkey_ceremony_is_answered_once_and_only_as_its_kind(app: httpx.AsyncClient) -> None:
    login = await app.post("/passkeys/login/options", headers=OWN)
    assert login.status_code == 200, login.text
    ceremony = login.json()["ceremony_id"]
    forged = {"id": "AAAA", "rawId": "AAAA", "type": "public-key",
              "response": {"clientDataJSON": "e30", "authenticatorData": "AAAA", "signature": "AAAA",
                           "userHandle": "Ym9i"}}
    first = await app.post("/passkeys/login/verify", json={"ceremony_id": ceremony, "credential": forged},
                               headers=OWN)
    assert first.status_code in (401, 422, 503) and "set-cookie" not in first.headers, first.text
    again = await app.post("/passkeys/login/verify", json={"ceremony_id": ceremony, "credential": forged},
                               headers=OWN)
    assert again.status_code == 400 and again.json()["error"]["code"] == "ceremony_unknown", again.text
    # A registration's ceremony is no sign-in's.
    register = await app.post("/passkeys/register/options", json={"shopper_id": "bob"}, headers=OWN)
    assert register.status_code == 200, register.text
    crossed = await app.post("/passkeys/login/verify", headers=OWN, json={
        "ceremony_id": register.json()["ceremony_id"], "credential": forged})
    assert crossed.status_code == 400 and crossed.json()["error"]["code"] == "ceremony_unknown", crossed.text


async def test_hostile_text_in_a_page_address_is_escaped(app: httpx.AsyncClient, store: ApiStore) -> None:
    session = store.create_session("alice")
    hostile = "buy-<script>alert(1)</script>"
    answer = await app.get(f"/app/errands/{hostile}", headers={"Cookie": f"errand_session={session}"})
    assert answer.status_code in (200, 404, 503), answer.text[:300]
    assert "<script>alert(1)</script>" not in answer.text
    assert "script-src 'self'" in answer.headers["content-security-policy"]


async def test_an_idempotency_key_is_never_shared_between_shoppers(app: httpx.AsyncClient,
                                                                  store: ApiStore) -> None:
    """Bob sending the key Alice used gets his own answer (here: his own validation error), never hers."""
    key = {"Idempotency-Key": "shared-key-1"}
    alice = await app.post("/errands", json={"sentence": ""},
                               headers={**bearer(store.issue_token("alice")), **key})
    bob = await app.post("/errands", json={"sentence": "x", "intent": {"query": "AA"}},
                             headers={**bearer(store.issue_token("bob")), **key})
    assert alice.status_code == 422 and bob.status_code == 422
    assert "Idempotent-Replayed" not in bob.headers and alice.json() != bob.json()
