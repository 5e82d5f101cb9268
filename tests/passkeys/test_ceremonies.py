"""The API's passkey ceremonies against a real sandbox wallet: registration needs the enrolment code and a
verified user on this origin; a ceremony's challenge is answered once; sign-in takes only an enrolled
passkey's fresh assertion; a page on another site cannot run them."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from errand.api.app import create_app
from errand.api.store import ApiStore
from errand.domain.passkey import b64url_decode
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings

from .authenticator import SoftAuthenticator, assertion_json, registration_json

WEB = "http://localhost:8800"
SAME_SITE = {"Origin": WEB}


@pytest.fixture
async def api(sandbox: SandboxProcess, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    settings = ErrandSettings(home=sandbox.home, sandbox_url=sandbox.url, web_url=WEB,
                              temporal_address="127.0.0.1:1", database_url=f"sqlite:///{tmp_path / 'l.db'}")
    store = ApiStore(f"sqlite:///{tmp_path / 'api.db'}")
    app = create_app(settings, store=store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=WEB,
                                 headers=SAME_SITE) as client:
        yield client
    store.close()


def _code(sandbox: SandboxProcess, shopper: str) -> str:
    r = httpx.post(f"{sandbox.url}/admin/shoppers/{shopper}/enrolment-codes", timeout=10, headers={
        "Authorization": f"Bearer {read_token(sandbox.home, 'operator')}", "Idempotency-Key": uuid.uuid4().hex})
    r.raise_for_status()
    return str(r.json()["code"])


async def _register(api: httpx.AsyncClient, phone: SoftAuthenticator, code: str,
                    **changes: object) -> httpx.Response:
    started = (await api.post("/passkeys/register/options", json={"shopper_id": phone.shopper_id})).json()
    credential = registration_json(phone, started["options"]["challenge"], **changes)  # type: ignore[arg-type]
    return await api.post("/passkeys/register/verify",
                          json={"ceremony_id": started["ceremony_id"], "credential": credential, "code": code})


async def _login(api: httpx.AsyncClient, phone: SoftAuthenticator, **changes: object) -> tuple[str, dict]:
    started = (await api.post("/passkeys/login/options", json={})).json()
    assert started["options"]["rpId"] == "localhost" and started["options"]["userVerification"] == "required"
    assertion = phone.assertion(b64url_decode(started["options"]["challenge"]), **changes)  # type: ignore[arg-type]
    return started["ceremony_id"], assertion_json(assertion)


async def test_registration_needs_the_code_this_origin_and_user_verification(
        api: httpx.AsyncClient, sandbox: SandboxProcess) -> None:
    phone = SoftAuthenticator("dana", origin=WEB)
    wrong = await _register(api, phone, "AAAAAA-BBBBBB-CCCCCC-DDDDDD")
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "enrolment_code_invalid", wrong.text
    elsewhere = await _register(api, phone, _code(sandbox, "dana"), origin="https://evil.example")
    assert elsewhere.status_code == 422 and elsewhere.json()["error"]["code"] == "passkey_invalid"
    unverified = await _register(api, phone, _code(sandbox, "dana"), user_verified=False)
    assert unverified.status_code == 422 and unverified.json()["error"]["code"] == "passkey_invalid"
    cross = await api.post("/passkeys/register/options", json={"shopper_id": "dana"},
                           headers={"Origin": "https://evil.example"})
    assert cross.status_code == 403
    assert (await api.post("/passkeys/register/options", json={"shopper_id": "<script>"})).status_code == 422
    # With the code, on this origin: enrolled in the wallet and signed in.
    done = await _register(api, phone, _code(sandbox, "dana"))
    assert done.status_code == 201 and done.json()["shopper_id"] == "dana", done.text
    assert "errand_session" in done.cookies
    options = await api.get("/passkeys/approval-options")
    # dana's passkeys: this one among them (the session's sandbox is shared, and other tests enrol dana too)
    listed = options.json()
    assert (listed["shopper_id"], listed["rp_id"]) == ("dana", "localhost") and phone.credential_id in listed["credentials"]


async def test_a_ceremony_is_answered_once(api: httpx.AsyncClient, sandbox: SandboxProcess) -> None:
    phone = SoftAuthenticator("chen", origin=WEB)
    started = (await api.post("/passkeys/register/options", json={"shopper_id": "chen"})).json()
    body = {"ceremony_id": started["ceremony_id"], "code": _code(sandbox, "chen"),
            "credential": registration_json(phone, started["options"]["challenge"])}
    assert (await api.post("/passkeys/register/verify", json=body)).status_code == 201
    again = await api.post("/passkeys/register/verify", json=body)
    assert again.status_code == 400 and again.json()["error"]["code"] == "ceremony_unknown"


async def test_sign_in_takes_only_an_enrolled_passkeys_fresh_assertion(
        api: httpx.AsyncClient, sandbox: SandboxProcess) -> None:
    phone = SoftAuthenticator("bob", origin=WEB)
    assert (await _register(api, phone, _code(sandbox, "bob"))).status_code == 201
    api.cookies.clear()
    # A passkey never enrolled, one claiming to be alice's, another origin, no user verification: refused.
    ceremony, stranger = await _login(api, SoftAuthenticator("bob", origin=WEB))
    r = await api.post("/passkeys/login/verify", json={"ceremony_id": ceremony, "credential": stranger})
    assert r.status_code == 401
    ceremony, as_alice = await _login(api, phone, user_handle="YWxpY2U")
    assert (await api.post("/passkeys/login/verify",
                           json={"ceremony_id": ceremony, "credential": as_alice})).status_code == 401
    ceremony, elsewhere = await _login(api, phone, origin="https://evil.example")
    assert (await api.post("/passkeys/login/verify",
                           json={"ceremony_id": ceremony, "credential": elsewhere})).status_code == 401
    ceremony, unverified = await _login(api, phone, user_verified=False)
    assert (await api.post("/passkeys/login/verify",
                           json={"ceremony_id": ceremony, "credential": unverified})).status_code == 401
    assert "errand_session" not in api.cookies
    # The real one signs bob in; replayed against a new ceremony (another challenge) it does not.
    ceremony, good = await _login(api, phone)
    r = await api.post("/passkeys/login/verify", json={"ceremony_id": ceremony, "credential": good})
    assert r.status_code == 200 and r.json() == {"shopper_id": "bob"}, r.text
    api.cookies.clear()
    fresh = (await api.post("/passkeys/login/options", json={})).json()["ceremony_id"]
    replay = await api.post("/passkeys/login/verify", json={"ceremony_id": fresh, "credential": good})
    assert replay.status_code == 401 and "errand_session" not in api.cookies
    garbage = await api.post("/passkeys/login/verify", json={"ceremony_id": "x", "credential": {"id": 1}})
    assert garbage.status_code in (400, 422)
