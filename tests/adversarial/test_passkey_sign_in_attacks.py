"""Attacks on passkey sign-in, over the API and the wallet that verifies it (a real sandbox).

The API issues a one-time random challenge per ceremony and hands the browser's answer to the wallet
(``POST /wallet/shoppers/{id}/passkeys/sign-in``, platform only), which checks it against the credential and
takes its signature counter. Each test is an attempt to sign in as someone else, to reuse an assertion where it
was not made for (another ceremony, a quote's approval and back), to get past origin, rp id, user verification
or the counter, to race, to replay the wallet's stored answer, or to make either service fail with a 5xx on
malformed input; and what the session cookie looks like once a sign-in succeeds.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from errand.domain.approval import quote_digest
from errand.domain.passkey import (
    b64url_decode,
    passkey_approval,
    user_handle_of,
)
from errand.sandbox.process import SandboxProcess
from tests.api.test_passkey_sign_in import (
    _answer,
    _authorize,
    _clone,
    _enrolled,
    _quote,
    _role,
    _stored_count,
    _verify,
    _wallet_sign_in,
    api,
    wallet,
)
from tests.passkeys.authenticator import assertion_json
from tests.sandbox.helpers import key

__all__ = ["api", "wallet"]  # the fixtures, shared with the API's own sign-in tests

WEB = "http://localhost:8800"
REFUSED = (401, "passkey_refused")


def _refusal(answer: httpx.Response) -> tuple[int, str]:
    return answer.status_code, answer.json()["error"]["code"]


def _wallet_code(answer: httpx.Response) -> tuple[int, str]:
    return answer.status_code, answer.json()["messages"][0]["code"]


async def _started(api: httpx.AsyncClient) -> tuple[str, bytes]:
    started = (await api.post("/passkeys/login/options", json={})).json()
    return started["ceremony_id"], b64url_decode(started["options"]["challenge"])


# Someone else's identity -----------------------------------------------------------------------------------


async def test_bobs_credential_does_not_sign_in_as_alice(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    alice, bob = await _enrolled(api, sandbox, "alice"), await _enrolled(api, sandbox, "bob")
    for handle in (
        user_handle_of("alice"),
        user_handle_of("alice/../bob"),
        user_handle_of("bob/../alice"),
        user_handle_of("alice%2F..%2Fbob"),
        user_handle_of("ALICE"),
        None,
    ):
        ceremony, challenge = await _started(api)
        answer = await _verify(api, ceremony, assertion_json(bob.assertion(challenge, user_handle=handle)))
        assert _refusal(answer) == REFUSED, (handle, answer.text)
        assert "errand_session" not in api.cookies
    # Alice's credential id on an assertion bob's key signed, and alice's signed one named under bob.
    ceremony, challenge = await _started(api)
    forged = dict(
        assertion_json(bob.assertion(challenge, user_handle=user_handle_of("alice"))),
        id=alice.credential_id,
        rawId=alice.credential_id,
    )
    assert _refusal(await _verify(api, ceremony, forged)) == REFUSED
    ceremony, challenge = await _started(api)
    named_bob = assertion_json(alice.assertion(challenge, user_handle=user_handle_of("bob")))
    assert _refusal(await _verify(api, ceremony, named_bob)) == REFUSED
    assert _stored_count(wallet, alice) == 0 and _stored_count(wallet, bob) == 0
    # In the wallet itself: bob's assertion in alice's path, alice's credential id in bob's.
    challenge = b"c" * 32
    for path, body in (
        ("alice", _wallet_sign_in(bob, challenge)),
        (
            "alice",
            _wallet_sign_in(
                bob,
                challenge,
                assertion={**bob.assertion(challenge, user_handle=user_handle_of("alice")).model_dump()},
            ),
        ),
        (
            "bob",
            _wallet_sign_in(
                alice,
                challenge,
                assertion={**alice.assertion(challenge, user_handle=user_handle_of("bob")).model_dump()},
            ),
        ),
    ):
        refused = wallet.post(f"/wallet/shoppers/{path}/passkeys/sign-in", json=body, headers=key())
        assert _wallet_code(refused) == (403, "unknown_key"), refused.text
    assert _stored_count(wallet, alice) == 0 and _stored_count(wallet, bob) == 0


async def test_a_revoked_passkey_signs_nobody_in(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    phone = await _enrolled(api, sandbox, "dana")
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=10) as operator:
        revoked = await operator.post(
            f"/wallet/shoppers/dana/keys/{phone.key_id}/revoke",
            json={},
            headers={**_role(sandbox, "operator"), **key()},
        )
    assert revoked.status_code == 200, revoked.text
    assert _refusal(await _verify(api, *await _answer(api, phone))) == REFUSED


# Assertions made for something else ------------------------------------------------------------------------


async def test_another_ceremonys_or_a_quotes_assertion_does_not_sign_in(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    phone = await _enrolled(api, sandbox, "chen")
    first, _ = await _started(api)
    _, second_challenge = await _started(api)
    swapped = await _verify(api, first, assertion_json(phone.assertion(second_challenge)))
    assert _refusal(swapped) == REFUSED, swapped.text
    # A registration ceremony's id is no sign-in's (and is spent by the try).
    register = (await api.post("/passkeys/register/options", json={"shopper_id": "chen"})).json()
    wrong_kind = await _verify(
        api,
        register["ceremony_id"],
        assertion_json(phone.assertion(b64url_decode(register["options"]["challenge"]))),
    )
    assert _refusal(wrong_kind) == (400, "ceremony_unknown"), wrong_kind.text
    # An approval of a quote, made by the shopper's own passkey, is not a sign-in.
    quote = _quote(wallet, "chen")
    ceremony, _ = await _started(api)
    approval = await _verify(api, ceremony, assertion_json(phone.approve(quote_digest(quote))))
    assert _refusal(approval) == REFUSED, approval.text
    assert "errand_session" not in api.cookies
    # A sign-in's assertion, not yet used, does not approve the quote; it still signs in afterwards.
    ceremony, challenge = await _started(api)
    sign_in = phone.assertion(challenge)
    held = _authorize_with(wallet, quote, sign_in)
    assert _wallet_code(held) == (403, "other_quote"), held.text
    assert (await _verify(api, ceremony, assertion_json(sign_in))).status_code == 200
    # ... nor once it was used.
    assert _wallet_code(_authorize_with(wallet, quote, sign_in)) == (403, "other_quote")
    assert _stored_count(wallet, phone) == phone.sign_count


def _authorize_with(wallet: httpx.Client, quote: Any, assertion: Any) -> httpx.Response:
    approval = passkey_approval(quote, assertion)
    return wallet.post(
        "/wallet/authorizations",
        headers=key(),
        json={
            "shopper_id": quote.shopper_id,
            "quote": quote.model_dump(mode="json"),
            "approval": approval.model_dump(mode="json"),
        },
    )


@pytest.mark.parametrize(
    "change",
    [
        {"origin": "http://evil.example"},
        {"origin": "http://localhost:8801"},
        {"rp_id": "evil.example"},
        {"cross_origin": True},
        {"kind": "webauthn.create"},
        {"user_verified": False},
        {"user_present": False},
    ],
)
async def test_origin_rp_id_type_and_user_verification_are_enforced(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client, change: dict[str, Any]
) -> None:
    phone = await _enrolled(api, sandbox, "bob")
    ceremony, challenge = await _started(api)
    answer = await _verify(api, ceremony, assertion_json(phone.assertion(challenge, **change)))
    assert _refusal(answer) == REFUSED, answer.text
    assert _stored_count(wallet, phone) == 0


# The signature counter ---------------------------------------------------------------------------------------


async def test_an_authenticator_without_a_counter_is_protected_by_the_challenge_alone(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    phone = await _enrolled(api, sandbox, "alice")
    phone.counts = False  # synced passkeys answer 0 every time
    kept = None
    for _ in range(2):
        ceremony, answer = await _answer(api, phone)
        assert (await _verify(api, ceremony, answer)).status_code == 200
        kept = answer
    assert _stored_count(wallet, phone) == 0
    fresh, _ = await _started(api)
    assert _refusal(await _verify(api, fresh, kept or {})) == REFUSED
    # Once a counter was seen, a zero is a clone's.
    phone.counts = True
    assert (await _verify(api, *await _answer(api, phone))).status_code == 200
    phone.counts, phone.sign_count = False, 0
    assert _refusal(await _verify(api, *await _answer(api, phone))) == REFUSED


async def test_a_clone_jumping_to_the_top_counter_locks_the_credential_not_the_shopper(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    """Only the private key makes a counter the wallet accepts: whoever jumps it holds the credential already.
    The owner's next assertion is then refused as a clone's, as WebAuthn §6.1.1 lets a relying party do (and
    py_webauthn, SimpleWebAuthn and Yubico's server do by default); the shopper enrols a new passkey with an
    enrolment code. No 5xx at the uint32 top."""
    phone = await _enrolled(api, sandbox, "dana")
    top = _clone(phone, 0xFFFFFFFE)
    assert (await _verify(api, *await _answer(api, top))).status_code == 200
    assert _stored_count(wallet, phone) == 0xFFFFFFFF
    assert _refusal(await _verify(api, *await _answer(api, phone))) == REFUSED
    assert _refusal(await _verify(api, *await _answer(api, _clone(phone, 0xFFFFFFFE)))) == REFUSED
    quote = _quote(wallet, "dana")
    assert _wallet_code(_authorize(wallet, quote, phone)) == (403, "stale_sign_count")
    other = await _enrolled(api, sandbox, "dana")  # the way back: a new passkey, enrolled with a code
    assert (await _verify(api, *await _answer(api, other))).status_code == 200


async def test_racing_sign_ins_take_one_counter_value_and_one_ceremony_once(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    phone = await _enrolled(api, sandbox, "chen")
    twins = [_clone(phone, phone.sign_count) for _ in range(5)]
    answers = await asyncio.gather(*[_verify(api, *await _answer(api, twin)) for twin in twins])
    assert sorted(a.status_code for a in answers) == [200, 401, 401, 401, 401], [a.text for a in answers]
    phone.sign_count += 1
    ceremony, answer = await _answer(api, phone)
    both = await asyncio.gather(_verify(api, ceremony, answer), _verify(api, ceremony, answer))
    assert sorted(a.status_code for a in both) == [200, 400], [a.text for a in both]
    assert _stored_count(wallet, phone) == phone.sign_count


# The wallet's endpoint and its idempotency key -----------------------------------------------------------------


async def test_the_stored_answer_is_replayed_only_to_the_platform_for_the_identical_request(
    api: httpx.AsyncClient, sandbox: SandboxProcess, wallet: httpx.Client
) -> None:
    phone = await _enrolled(api, sandbox, "bob")
    path, same_key = "/wallet/shoppers/bob/passkeys/sign-in", {"Idempotency-Key": "passkey-sign-in/known-id"}
    body = _wallet_sign_in(phone, b"k" * 32)
    assert wallet.post(path, json=body, headers=same_key).status_code == 200
    again = wallet.post(path, json=body, headers=same_key)  # a retry after a lost answer: the same 200, once
    assert again.status_code == 200 and again.json()["sign_count"] == _stored_count(wallet, phone) == 1
    other = _wallet_sign_in(phone, b"j" * 32)  # another assertion under the known key: no stored 200
    assert _wallet_code(wallet.post(path, json=other, headers=same_key)) == (409, "idempotency_conflict")
    async with httpx.AsyncClient(base_url=sandbox.url, timeout=10) as others:
        assert (await others.post(path, json=body, headers=same_key)).status_code == 401
        for role in ("merchant", "operator"):
            answer = await others.post(path, json=body, headers={**_role(sandbox, role), **same_key})
            assert answer.status_code == 403 and "sign_count" not in answer.text, (role, answer.text)
    # Through the API a ceremony id is answered once, whatever the wallet keeps under its key.
    ceremony, credential = await _answer(api, phone)
    assert (await _verify(api, ceremony, credential)).status_code == 200
    api.cookies.clear()
    assert _refusal(await _verify(api, ceremony, credential)) == (400, "ceremony_unknown")
    assert "errand_session" not in api.cookies
