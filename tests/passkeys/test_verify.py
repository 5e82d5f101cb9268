"""verify_passkey_approval: the attacks first (another quote, another shopper's credential, a replay, another
origin or rp id, no user verification), then the one assertion that counts."""

from __future__ import annotations

from datetime import timedelta

from errand.domain.approval import quote_digest
from errand.domain.models import PasskeyCredential, SignedApproval
from errand.domain.passkey import passkey_approval, passkey_evidence_valid, verify_passkey_approval
from tests.domain.test_approval import NOW, make_quote

from .authenticator import SoftAuthenticator


def _check(approval: SignedApproval, authenticator: SoftAuthenticator, *, sign_count: int = 0,
           quote_changes: dict[str, object] | None = None) -> str:
    public_key, credential = authenticator.registered()
    credential = credential.model_copy(update={"sign_count": sign_count})
    return verify_passkey_approval(make_quote(**(quote_changes or {})), approval, (public_key, credential), NOW)


def test_an_assertion_for_another_quote_does_not_approve_this_one() -> None:
    phone = SoftAuthenticator("alice")
    other = make_quote(total=1)
    # Signed for the other quote, presented with this quote's digest: the challenge gives it away.
    approval = passkey_approval(make_quote(), phone.approve(quote_digest(other)))
    assert _check(approval, phone) == "other_quote"
    # Presented as the other quote's approval: the digest differs from this quote's.
    assert _check(passkey_approval(other, phone.approve(quote_digest(other))), phone) == "other_quote"


def test_another_shoppers_credential_or_a_credential_not_registered_is_refused() -> None:
    quote, bobs_phone, alices_phone = make_quote(), SoftAuthenticator("bob"), SoftAuthenticator("alice")
    approval = passkey_approval(quote, bobs_phone.approve(quote_digest(quote)))
    # Checked against alice's registered credential: the credential id is not hers.
    assert _check(approval, alices_phone) == "unknown_key"
    # Bob's own credential, but the user handle says the assertion is bob's, not alice's.
    assert _check(approval, bobs_phone) == "wrong_shopper"
    assert verify_passkey_approval(quote, approval, None, NOW) == "unknown_key"
    # A key id that names another credential than the one carried.
    renamed = approval.model_copy(update={"key_id": alices_phone.key_id})
    assert _check(renamed, bobs_phone) == "unknown_key"


def test_a_replayed_assertion_is_refused_once_its_counter_was_seen() -> None:
    quote, phone = make_quote(), SoftAuthenticator("alice")
    approval = passkey_approval(quote, phone.approve(quote_digest(quote)))
    assert _check(approval, phone, sign_count=0) == "ok"
    assert _check(approval, phone, sign_count=1) == "stale_sign_count"  # the wallet recorded 1
    assert _check(approval, phone, sign_count=7) == "stale_sign_count"  # a clone behind the real one


def test_an_authenticator_without_a_counter_is_accepted_with_zero() -> None:
    quote, phone = make_quote(), SoftAuthenticator("alice", counts=False)
    assert _check(passkey_approval(quote, phone.approve(quote_digest(quote))), phone) == "ok"
    # ...but one that reported a counter before and now reports zero is not.
    assert _check(passkey_approval(quote, phone.approve(quote_digest(quote))), phone,
                  sign_count=3) == "stale_sign_count"


def test_another_origin_or_rp_id_is_refused() -> None:
    quote, phone = make_quote(), SoftAuthenticator("alice")
    digest = quote_digest(quote)
    assert _check(passkey_approval(quote, phone.approve(digest, origin="https://evil.example")),
                  phone) == "wrong_origin"
    assert _check(passkey_approval(quote, phone.approve(digest, rp_id="evil.example")), phone) == "wrong_origin"
    assert _check(passkey_approval(quote, phone.approve(digest, cross_origin=True)), phone) == "wrong_origin"


def test_user_verification_and_presence_are_required() -> None:
    quote, phone = make_quote(), SoftAuthenticator("alice")
    digest = quote_digest(quote)
    assert _check(passkey_approval(quote, phone.approve(digest, user_verified=False)),
                  phone) == "not_user_verified"
    assert _check(passkey_approval(quote, phone.approve(digest, user_present=False)),
                  phone) == "not_user_verified"


def test_a_registration_ceremony_or_a_forged_signature_does_not_approve() -> None:
    quote, phone, thief = make_quote(), SoftAuthenticator("alice"), SoftAuthenticator("alice")
    digest = quote_digest(quote)
    assert _check(passkey_approval(quote, phone.approve(digest, kind="webauthn.create")), phone) == "other_quote"
    # Same credential id, another private key: the signature does not verify under the registered key.
    thief.raw_id = phone.raw_id
    assert _check(passkey_approval(quote, thief.approve(digest)), phone) == "bad_signature"


def test_malformed_and_expired_are_refused_without_raising() -> None:
    quote, phone = make_quote(), SoftAuthenticator("alice")
    good = phone.approve(quote_digest(quote))
    for field in ("authenticator_data", "client_data_json"):
        broken = passkey_approval(quote, good.model_copy(update={field: "!!!"}))
        assert _check(broken, phone) == "malformed", field
    truncated = passkey_approval(quote, good.model_copy(update={"authenticator_data": "AAAA"}))
    assert _check(truncated, phone) == "malformed"
    no_passkey = passkey_approval(quote, good).model_copy(update={"passkey": None})
    assert _check(no_passkey, phone) == "malformed"
    expired = quote_changes = {"expires_at": NOW - timedelta(seconds=1)}
    stale = passkey_approval(make_quote(**expired), phone.approve(quote_digest(make_quote(**expired))))
    assert _check(stale, phone, quote_changes=quote_changes) == "expired"


def test_the_credential_as_registered_is_what_counts() -> None:
    quote, phone = make_quote(), SoftAuthenticator("alice")
    approval = passkey_approval(quote, phone.approve(quote_digest(quote)))
    public_key, credential = phone.registered()
    moved = PasskeyCredential(**{**credential.model_dump(), "origin": "https://shop.example"})
    assert verify_passkey_approval(quote, approval, (public_key, moved), NOW) == "wrong_origin"
    assert verify_passkey_approval(quote, approval, (public_key, credential), NOW) == "ok"


def test_a_recorded_passkey_approval_verifies_from_the_row_alone() -> None:
    quote, phone = make_quote(), SoftAuthenticator("alice")
    digest = quote_digest(quote)
    assertion = phone.approve(digest)
    public_key = phone.cose_public_key()
    row = (assertion.authenticator_data, assertion.client_data_json, assertion.signature)
    assert passkey_evidence_valid(public_key, digest, *row)
    assert not passkey_evidence_valid(public_key, quote_digest(make_quote(total=1)), *row)  # another quote
    assert not passkey_evidence_valid(SoftAuthenticator("alice").cose_public_key(), digest, *row)  # another key
    unverified = phone.approve(digest, user_verified=False)
    assert not passkey_evidence_valid(public_key, digest, unverified.authenticator_data,
                                      unverified.client_data_json, unverified.signature)
    assert not passkey_evidence_valid("not a key", digest, *row)
    assert not passkey_evidence_valid(public_key, digest, row[0], row[1], "AAAA")
