"""Signing in with a passkey moves the credential's signature counter, in the wallet that keeps the
credential: the API's sign-in is verified by the wallet (challenge, origin, rp id, user verification,
signature, a counter above the stored one) under its write lock. So an approval, or another sign-in, that
carries a counter a sign-in already used is a cloned authenticator's or a replay, and refused; and only the
platform may ask."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from errand.api.app import create_app
from errand.api.store import ApiStore
from errand.domain.approval import quote_digest
from errand.domain.models import Quote
from errand.domain.passkey import b64url, b64url_decode, passkey_approval
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from tests.passkeys.authenticator import SoftAuthenticator, assertion_json, registration_json
from tests.sandbox.helpers import key, open_checkout, quote_for, set_address

WEB = "http://localhost:8800"
SAME_SITE = {"Origin": WEB}


@pytest.fixture
async def api(sandbox: SandboxProcess, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    settings = ErrandSettings(
        home=sandbox.home,
        sandbox_url=sandbox.url,
        web_url=WEB,
        temporal_address="127.0.0.1:1",
        database_url=f"sqlite:///{tmp_path / 'l.db'}",
    )
    store = ApiStore(f"sqlite:///{tmp_path / 'api.db'}")
    app = create_app(settings, store=store)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=WEB, headers=SAME_SITE
    ) as client:
        yield client
    store.close()


@pytest.fixture
def wallet(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    """The sandbox as the platform calls it."""
    with httpx.Client(
        base_url=sandbox.url,
        timeout=10,
        headers={"Authorization": f"Bearer {read_token(sandbox.home, 'platform')}"},
    ) as client:
        yield client


def _role(sandbox: SandboxProcess, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {read_token(sandbox.home, role)}"}  # type: ignore[arg-type]


async def _enrolled(api: httpx.AsyncClient, sandbox: SandboxProcess, shopper: str) -> SoftAuthenticator:
    """A passkey registered through the API (which signs the browser in; the cookie is dropped)."""
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=10) as operator:
        code = await operator.post(
            f"/admin/shoppers/{shopper}/enrolment-codes", headers={**_role(sandbox, "operator"), **key()}
        )
    code.raise_for_status()
    phone = SoftAuthenticator(shopper, origin=WEB)
    started = (await api.post("/passkeys/register/options", json={"shopper_id": shopper})).json()
    done = await api.post(
        "/passkeys/register/verify",
        json={
            "ceremony_id": started["ceremony_id"],
            "code": code.json()["code"],
            "credential": registration_json(phone, started["options"]["challenge"]),
        },
    )
    assert done.status_code == 201, done.text
    api.cookies.clear()
    return phone


async def _answer(api: httpx.AsyncClient, phone: SoftAuthenticator) -> tuple[str, dict[str, Any]]:
    """A fresh sign-in ceremony, answered by ``phone``."""
    started = (await api.post("/passkeys/login/options", json={})).json()
    assertion = phone.assertion(b64url_decode(started["options"]["challenge"]))
    return started["ceremony_id"], assertion_json(assertion)


async def _verify(api: httpx.AsyncClient, ceremony: str, credential: dict[str, Any]) -> httpx.Response:
    return await api.post("/passkeys/login/verify", json={"ceremony_id": ceremony, "credential": credential})


def _stored_count(wallet: httpx.Client, phone: SoftAuthenticator) -> int:
    keys = wallet.get(f"/wallet/shoppers/{phone.shopper_id}/keys").json()["keys"]
    return int(next(k for k in keys if k["key_id"] == phone.key_id)["passkey"]["sign_count"])


def _quote(wallet: httpx.Client, shopper: str) -> Quote:
    checkout = open_checkout(wallet, "prd-00002", 1, buyer=shopper)
    assert checkout.status_code == 201, checkout.text
    return quote_for(set_address(wallet, checkout.json()["id"]))


def _authorize(wallet: httpx.Client, quote: Quote, phone: SoftAuthenticator) -> httpx.Response:
    approval = passkey_approval(quote, phone.approve(quote_digest(quote)))
    return wallet.post(
        "/wallet/authorizations",
        headers=key(),
        json={
            "shopper_id": quote.shopper_id,
            "quote": quote.model_dump(mode="json"),
            "approval": approval.model_dump(mode="json"),
        },
    )


def _clone(phone: SoftAuthenticator, sign_count: int) -> SoftAuthenticator:
    """The same key and credential id, its counter at ``sign_count`` (the next assertion carries one more)."""
    return dataclasses.replace(phone, sign_count=sign_count)


async def test_a_sign_in_moves_the_counter_an_approval_is_checked_against(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    phone = await _enrolled(api, sandbox, "alice")
    before = phone.sign_count
    signed_in = await _verify(api, *await _answer(api, phone))
    assert signed_in.status_code == 200 and signed_in.json() == {"shopper_id": "alice"}, signed_in.text
    assert _stored_count(wallet, phone) == phone.sign_count == before + 1
    # An approval carrying the counter value the sign-in used is a clone's (or a replay's): no hold.
    quote = _quote(wallet, "alice")
    stale = _authorize(wallet, quote, _clone(phone, before))
    assert stale.status_code == 403 and stale.json()["messages"][0]["code"] == "stale_sign_count", stale.text
    # The authenticator itself, its counter moving on, still approves.
    held = _authorize(wallet, quote, phone)
    assert held.status_code == 201, held.text
    assert _stored_count(wallet, phone) == phone.sign_count


async def test_a_replayed_or_cloned_sign_in_is_refused(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    phone = await _enrolled(api, sandbox, "bob")
    ceremony, good = await _answer(api, phone)
    assert (await _verify(api, ceremony, good)).status_code == 200
    assert (await _verify(api, *await _answer(api, phone))).status_code == 200
    api.cookies.clear()
    # The same assertion again: its ceremony is spent, and a fresh ceremony's challenge is another.
    again = await _verify(api, ceremony, good)
    assert again.status_code == 400 and again.json()["error"]["code"] == "ceremony_unknown", again.text
    fresh = (await api.post("/passkeys/login/options", json={})).json()["ceremony_id"]
    replayed = await _verify(api, fresh, good)
    assert replayed.status_code == 401 and replayed.json()["error"]["code"] == "passkey_refused", (
        replayed.text
    )
    # A clone answering a fresh ceremony with the counter the wallet holds, or one below it: refused.
    stored = _stored_count(wallet, phone)
    for behind in (stored - 1, stored - 2):
        cloned = await _verify(api, *await _answer(api, _clone(phone, behind)))
        assert cloned.status_code == 401 and cloned.json()["error"]["code"] == "passkey_refused", cloned.text
        assert "errand_session" not in api.cookies
    assert _stored_count(wallet, phone) == stored
    assert (await _verify(api, *await _answer(api, phone))).status_code == 200


async def test_two_sign_ins_with_one_counter_value_do_not_both_pass(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    phone = await _enrolled(api, sandbox, "chen")
    for _ in range(3):
        twin = _clone(phone, phone.sign_count)
        first, second = await _answer(api, phone), await _answer(api, twin)
        answers = await asyncio.gather(_verify(api, *first), _verify(api, *second))
        assert sorted(a.status_code for a in answers) == [200, 401], [a.text for a in answers]
        assert _stored_count(wallet, phone) == phone.sign_count


def _wallet_sign_in(phone: SoftAuthenticator, challenge: bytes, **changes: Any) -> dict[str, Any]:
    return {
        "challenge": b64url(challenge),
        "rp_id": phone.rp_id,
        "origin": phone.origin,
        "assertion": phone.assertion(challenge).model_dump(),
        **changes,
    }


async def test_the_wallets_sign_in_check_answers_the_platform_only(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    phone = await _enrolled(api, sandbox, "alice")
    path, challenge = "/wallet/shoppers/alice/passkeys/sign-in", uuid.uuid4().bytes * 2
    body = _wallet_sign_in(phone, challenge)
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=10) as others:
        stranger = await others.post(path, json=body, headers=key())
        assert stranger.status_code == 401, stranger.text
        for role in ("merchant", "operator"):
            other = await others.post(path, json=body, headers={**_role(sandbox, role), **key()})
            assert other.status_code == 403, (role, other.text)
    assert _stored_count(wallet, phone) == 0
    # The platform: another relying party's, another shopper's or a malformed request is refused; the real one
    # passes once.
    refused = {"rp_id": "evil.example", "origin": "https://evil.example"}
    assert wallet.post(path, json={**body, **refused}, headers=key()).status_code == 403
    assert wallet.post("/wallet/shoppers/bob/passkeys/sign-in", json=body, headers=key()).status_code == 403
    assert wallet.post(path, json={**body, "challenge": "!!"}, headers=key()).status_code == 422
    accepted = wallet.post(path, json=body, headers=key())
    assert accepted.status_code == 200, accepted.text
    assert accepted.json() == {"shopper_id": "alice", "key_id": phone.key_id, "sign_count": phone.sign_count}
    replayed = wallet.post(path, json=body, headers=key())
    assert replayed.status_code == 403 and replayed.json()["messages"][0]["code"] == "stale_sign_count"
