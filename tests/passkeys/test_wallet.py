"""The wallet's side of passkeys, over real HTTP against the sandbox: enrolment like any other key, and a hold
that verifies the assertion again and takes it once."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from errand.domain.approval import endorsement_message, key_id_of, public_key_b64, quote_digest, sign_b64
from errand.domain.models import Quote, SignedApproval
from errand.domain.passkey import passkey_approval
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from tests.keys import shopper_key
from tests.sandbox.helpers import key, open_checkout, quote_for, set_address

from .authenticator import SoftAuthenticator


@pytest.fixture
def http(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, timeout=10,
                      headers={"Authorization": f"Bearer {read_token(sandbox.home, 'platform')}"}) as client:
        yield client


def _code(http: httpx.Client, sandbox: SandboxProcess, shopper: str) -> str:
    r = http.post(f"/admin/shoppers/{shopper}/enrolment-codes",
                  headers={"Authorization": f"Bearer {read_token(sandbox.home, 'operator')}", **key()})
    assert r.status_code == 201, r.text
    return str(r.json()["code"])


def _enrol(http: httpx.Client, phone: SoftAuthenticator, **proof: object) -> httpx.Response:
    public_key, credential = phone.registered()
    return http.post(f"/wallet/shoppers/{phone.shopper_id}/passkeys",
                     headers=key(), json={**credential.model_dump(), "public_key": public_key, **proof})


def _quote(http: httpx.Client, shopper: str = "alice") -> Quote:
    checkout = open_checkout(http, "prd-00002", 1, buyer=shopper)
    assert checkout.status_code == 201, checkout.text
    return quote_for(set_address(http, checkout.json()["id"]))


def _authorize(http: httpx.Client, quote: Quote, approval: SignedApproval) -> httpx.Response:
    return http.post("/wallet/authorizations", headers=key(), json={
        "shopper_id": quote.shopper_id, "quote": quote.model_dump(mode="json"),
        "approval": approval.model_dump(mode="json")})


def _code_of(response: httpx.Response) -> str:
    return str(response.json()["messages"][0]["code"])


def test_a_passkey_needs_an_enrolment_code_or_an_endorsement(http: httpx.Client, sandbox: SandboxProcess) -> None:
    phone = SoftAuthenticator("alice")
    assert _enrol(http, phone).status_code == 401
    assert _code_of(_enrol(http, phone, code="AAAAAA-BBBBBB")) == "enrolment_code_invalid"
    bobs_code = _code(http, sandbox, "bob")
    assert _code_of(_enrol(http, phone, code=bobs_code)) == "enrolment_code_invalid"  # bob's code, alice's key
    # An endorsement by another shopper's key, or over another public key, does not enrol it.
    bob = shopper_key(sandbox, "bob")
    forged = {"key_id": key_id_of(public_key_b64(bob)),
              "signature": sign_b64(bob, endorsement_message("alice", phone.cose_public_key()))}
    assert _code_of(_enrol(http, phone, endorsement=forged)) == "endorsement_invalid"
    alice = shopper_key(sandbox, "alice")
    other_key = sign_b64(alice, endorsement_message("alice", SoftAuthenticator("alice").cose_public_key()))
    endorsement = {"key_id": key_id_of(public_key_b64(alice)), "signature": other_key}
    assert _code_of(_enrol(http, phone, endorsement=endorsement)) == "endorsement_invalid"
    endorsement["signature"] = sign_b64(alice, endorsement_message("alice", phone.cose_public_key()))
    r = _enrol(http, phone, endorsement=endorsement)
    assert r.status_code == 201 and r.json()["passkey"]["credential_id"] == phone.credential_id, r.text
    assert _code_of(_enrol(http, phone, code=_code(http, sandbox, "alice"))) == "key_conflict"
    keys = http.get("/wallet/shoppers/alice").json()["keys"]
    assert phone.key_id in [k["key_id"] for k in keys]


def test_bad_passkey_input_is_a_422(http: httpx.Client, sandbox: SandboxProcess) -> None:
    phone = SoftAuthenticator("bob")
    public_key, credential = phone.registered()
    body = {**credential.model_dump(), "public_key": public_key, "code": "x"}
    for change in ({"public_key": "bm90IGNib3I="}, {"public_key": "%%%"}, {"credential_id": "!!"},
                   {"origin": "http://evil.example"}, {"sign_count": -1}):
        r = http.post("/wallet/shoppers/bob/passkeys", headers=key(), json={**body, **change})
        assert r.status_code == 422, (change, r.text)


def test_the_wallet_verifies_a_passkey_approval_and_takes_it_once(http: httpx.Client,
                                                                   sandbox: SandboxProcess) -> None:
    phone, stranger = SoftAuthenticator("alice"), SoftAuthenticator("dana")
    assert _enrol(http, phone, code=_code(http, sandbox, "alice")).status_code == 201
    assert _enrol(http, stranger, code=_code(http, sandbox, "dana")).status_code == 201
    quote, other = _quote(http), _quote(http)
    # Another quote's assertion, another shopper's passkey, no user verification, another origin: refused.
    wrong = passkey_approval(quote, phone.approve(quote_digest(other)))
    assert _code_of(_authorize(http, quote, wrong)) == "other_quote"
    danas = passkey_approval(quote, stranger.approve(quote_digest(quote), user_handle=None))
    assert _code_of(_authorize(http, quote, danas)) == "unknown_key"
    unverified = passkey_approval(quote, phone.approve(quote_digest(quote), user_verified=False))
    assert _code_of(_authorize(http, quote, unverified)) == "not_user_verified"
    elsewhere = passkey_approval(quote, phone.approve(quote_digest(quote), origin="https://evil.example"))
    assert _code_of(_authorize(http, quote, elsewhere)) == "wrong_origin"
    # The real one makes a hold; presented again (a replay) it is refused; so is an older counter.
    stale = passkey_approval(quote, phone.approve(quote_digest(quote)))
    approval = passkey_approval(quote, phone.approve(quote_digest(quote)))
    held = _authorize(http, quote, approval)
    assert held.status_code == 201 and held.json()["status"] == "held", held.text
    replay = _authorize(http, quote, approval)
    assert replay.status_code == 403 and _code_of(replay) == "stale_sign_count", replay.text
    assert _code_of(_authorize(http, quote, stale)) == "stale_sign_count"
    # A fresh assertion for the same quote is still one approval too many.
    again = _authorize(http, quote, passkey_approval(quote, phone.approve(quote_digest(quote))))
    assert again.status_code == 409 and _code_of(again) == "approval_already_used", again.text
    # The counter the failed attempt carried was not recorded: the next quote still takes the next one.
    third = _quote(http)
    assert _authorize(http, third, passkey_approval(third, phone.approve(quote_digest(third)))).status_code == 201
    # A revoked passkey approves nothing.
    operator = {"Authorization": f"Bearer {read_token(sandbox.home, 'operator')}", **key()}
    assert http.post(f"/wallet/shoppers/alice/keys/{phone.key_id}/revoke", headers=operator,
                     json={}).status_code == 200
    fourth = _quote(http)
    revoked = _authorize(http, fourth, passkey_approval(fourth, phone.approve(quote_digest(fourth))))
    assert _code_of(revoked) == "unknown_key"


def test_a_counterless_passkey_is_still_single_use(http: httpx.Client, sandbox: SandboxProcess) -> None:
    phone = SoftAuthenticator("chen", counts=False)
    assert _enrol(http, phone, code=_code(http, sandbox, "chen")).status_code == 201
    quote = _quote(http, "chen")
    approval = passkey_approval(quote, phone.approve(quote_digest(quote)))
    assert _authorize(http, quote, approval).status_code == 201
    replay = _authorize(http, quote, approval)
    assert replay.status_code == 409 and _code_of(replay) == "approval_already_used", replay.text
