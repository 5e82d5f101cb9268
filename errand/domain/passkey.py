"""Passkey approvals: a WebAuthn assertion over the exact quote, checked against the registered credential.

The challenge the browser signs is ``passkey_challenge(digest)``, sha256 of ``approval_message(digest)``: it is
derived from the quote digest, not issued and remembered by a server, so the workflow and the wallet can both
recompute it, and an assertion made for one quote can never approve another. Everything else an assertion
carries is checked too: the origin in clientDataJSON against the origin the credential was enrolled on, the
rp id hash in authenticatorData against its rp id, the user-present and user-verified flags (the fingerprint,
face or PIN was asked), the signature counter (it must rise when the authenticator keeps one, so a cloned
authenticator or a replayed assertion is noticed), and the signature against the registered COSE key. A
sign-in's assertion, whose challenge is the relying party's random one, is checked by the same code
(``verify_passkey_sign_in``).

Parsing and signature checks are py_webauthn's (``webauthn``); nothing here reads CBOR or COSE by hand. The
functions are pure and deterministic, so the workflow runs them in its sandbox.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from webauthn import verify_authentication_response
from webauthn.helpers import (
    decode_credential_public_key,
    decoded_public_key_to_cryptography,
    parse_authenticator_data,
    parse_client_data_json,
    verify_signature,
)
from webauthn.helpers.exceptions import WebAuthnException
from webauthn.helpers.structs import ClientDataType

from .approval import ApprovalVerdict, approval_message, quote_digest
from .models import PasskeyApproval, PasskeyCredential, Quote, SignedApproval

PASSKEY_KEY_CONTEXT = b"errand/passkey/v1:"
_FROM_URLSAFE = str.maketrans("-_", "+/")


def b64url_decode(text: str) -> bytes:
    """Bytes of unpadded (or padded) base64url text; raises ValueError on anything else."""
    try:
        return base64.b64decode(text.translate(_FROM_URLSAFE) + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not base64url") from exc


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def passkey_challenge(digest: str) -> bytes:
    """The WebAuthn challenge that approves the quote with this digest (32 bytes)."""
    return hashlib.sha256(approval_message(digest)).digest()


def passkey_key_id(credential_id: str) -> str:
    """The wallet's key id of a passkey: base64url(sha256(context || raw credential id)), 43 characters, so it
    fits where Ed25519 thumbprints go and cannot collide with one."""
    return b64url(hashlib.sha256(PASSKEY_KEY_CONTEXT + b64url_decode(credential_id)).digest())


def user_handle_of(shopper_id: str) -> str:
    """The WebAuthn user handle of a shopper (base64url of the shopper id, an opaque identifier)."""
    return b64url(shopper_id.encode("utf-8"))


def passkey_approval(quote: Quote, assertion: PasskeyApproval) -> SignedApproval:
    """The approve signal carrying ``assertion`` for ``quote``."""
    return SignedApproval(shopper_id=quote.shopper_id, quote_digest=quote_digest(quote),
                          signature=assertion.signature, key_id=passkey_key_id(assertion.credential_id),
                          passkey=assertion)


def verify_passkey_approval(
    quote: Quote, approval: SignedApproval, registered: tuple[str, PasskeyCredential] | None, now: datetime,
) -> ApprovalVerdict:
    """Check a passkey approval against the exact quote. Pure and deterministic: safe in a workflow.

    ``registered`` is the active credential the approval names (its COSE public key as base64, and the
    credential), or None when the shopper has none by that id: ``unknown_key``. The credential's
    ``sign_count`` is the last counter accepted; an assertion must carry a higher one unless both are zero.
    """
    return verify_passkey_assertion(approval, shopper_id=quote.shopper_id, digest=quote_digest(quote),
                                    expires_at=quote.expires_at, registered=registered, now=now)


def verify_passkey_assertion(
    approval: SignedApproval, *, shopper_id: str, digest: str, expires_at: datetime,
    registered: tuple[str, PasskeyCredential] | None, now: datetime,
) -> ApprovalVerdict:
    """Check a passkey approval against whatever quote has this ``digest``, of ``shopper_id``, valid until
    ``expires_at``: a purchase quote (``verify_passkey_approval``) or an after-sales change quote. Pure."""
    assertion = approval.passkey
    if assertion is None:
        return "malformed"
    if approval.shopper_id != shopper_id:
        return "wrong_shopper"
    if approval.quote_digest != digest:
        return "other_quote"
    if now >= expires_at:
        return "expired"
    return _verify_assertion(assertion, shopper_id=shopper_id, challenge=passkey_challenge(digest),
                             registered=registered, named_key=approval.key_id)


def verify_passkey_sign_in(
    assertion: PasskeyApproval, *, shopper_id: str, challenge: bytes,
    registered: tuple[str, PasskeyCredential] | None,
) -> ApprovalVerdict:
    """Check a sign-in's assertion: ``challenge`` is the one the relying party issued for this ceremony
    (random, used once), and everything else is checked exactly as for an approval (credential, user handle,
    origin, rp id, user verification, a counter above ``registered``'s unless both are zero, signature).
    Pure; the wallet that keeps the credential runs it and moves the counter
    (``errand.sandbox.wallet.sign_in``)."""
    return _verify_assertion(assertion, shopper_id=shopper_id, challenge=challenge, registered=registered)


def _verify_assertion(
    assertion: PasskeyApproval, *, shopper_id: str, challenge: bytes,
    registered: tuple[str, PasskeyCredential] | None, named_key: str | None = None,
) -> ApprovalVerdict:
    """The assertion checked against the registered credential and the expected ``challenge``; ``named_key``:
    the key id an approval names, which must be the credential's."""
    if registered is None:
        return "unknown_key"
    public_key, credential = registered
    try:
        raw_credential_id = b64url_decode(assertion.credential_id)
        same_credential = raw_credential_id == b64url_decode(credential.credential_id)
        client_data_raw = b64url_decode(assertion.client_data_json)
        client_data = parse_client_data_json(client_data_raw)
        authenticator_data = parse_authenticator_data(b64url_decode(assertion.authenticator_data))
        cose_key = base64.b64decode(public_key, validate=True)
        user_handle = b64url_decode(assertion.user_handle) if assertion.user_handle else None
    except (ValueError, binascii.Error, WebAuthnException, RecursionError):  # RecursionError: JSON nested too deep
        return "malformed"
    named_other = named_key is not None and named_key != passkey_key_id(assertion.credential_id)
    if not same_credential or named_other:
        return "unknown_key"
    if user_handle is not None and user_handle != shopper_id.encode("utf-8"):
        return "wrong_shopper"
    if client_data.type != ClientDataType.WEBAUTHN_GET or client_data.challenge != challenge:
        return "other_quote"
    if client_data.origin != credential.origin or client_data.cross_origin:
        return "wrong_origin"
    if authenticator_data.rp_id_hash != hashlib.sha256(credential.rp_id.encode("utf-8")).digest():
        return "wrong_origin"
    if not (authenticator_data.flags.up and authenticator_data.flags.uv):
        return "not_user_verified"
    counted = authenticator_data.sign_count > 0 or credential.sign_count > 0
    if counted and authenticator_data.sign_count <= credential.sign_count:
        return "stale_sign_count"
    try:
        verify_authentication_response(
            credential={"id": assertion.credential_id, "rawId": assertion.credential_id, "type": "public-key",
                        "response": {"authenticatorData": assertion.authenticator_data,
                                     "clientDataJSON": assertion.client_data_json,
                                     "signature": assertion.signature,
                                     "userHandle": assertion.user_handle}},
            expected_challenge=challenge, expected_rp_id=credential.rp_id,
            expected_origin=credential.origin, credential_public_key=cose_key,
            credential_current_sign_count=credential.sign_count, require_user_verification=True)
    except (WebAuthnException, ValueError, KeyError, TypeError):
        return "bad_signature"
    return "ok"


def passkey_evidence_valid(public_key: str, digest: str, authenticator_data: str, client_data_json: str,
                           signature: str) -> bool:
    """Whether a passkey approval verifies from what the ledger recorded alone (``errand audit verify``): the
    challenge is this digest's, the user was present and verified, and the signature verifies under the COSE
    key (base64). Never raises."""
    try:
        raw_authenticator_data = b64url_decode(authenticator_data)
        raw_client_data = b64url_decode(client_data_json)
        client_data = parse_client_data_json(raw_client_data)
        flags = parse_authenticator_data(raw_authenticator_data).flags
        decoded = decode_credential_public_key(base64.b64decode(public_key, validate=True))
        verify_signature(public_key=decoded_public_key_to_cryptography(decoded), signature_alg=decoded.alg,
                         signature=b64url_decode(signature),
                         data=raw_authenticator_data + hashlib.sha256(raw_client_data).digest())
    except (ValueError, TypeError, KeyError, binascii.Error, InvalidSignature, WebAuthnException, RecursionError):
        return False
    return (client_data.type == ClientDataType.WEBAUTHN_GET and client_data.challenge == passkey_challenge(digest)
            and flags.up and flags.uv)


def passkey_evidence(approval: SignedApproval) -> dict[str, str | None]:
    """What an accepted passkey approval's ledger row adds, so ``errand audit verify`` checks the assertion again
    from the row alone: the key, and what the authenticator signed (nothing for an Ed25519 approval)."""
    if approval.passkey is None:
        return {}
    return {"key_id": approval.key_id, "kind": "passkey", "authenticator_data": approval.passkey.authenticator_data,
            "client_data_json": approval.passkey.client_data_json}


def assertion_sign_count(assertion: PasskeyApproval) -> int:
    """The signature counter an assertion carries (0 when unreadable: the verification has refused it)."""
    try:
        return parse_authenticator_data(b64url_decode(assertion.authenticator_data)).sign_count
    except (ValueError, WebAuthnException):
        return 0


__all__ = ["assertion_sign_count", "b64url", "b64url_decode", "passkey_approval", "passkey_challenge",
           "passkey_evidence", "passkey_evidence_valid", "passkey_key_id", "user_handle_of", "verify_passkey_approval",
           "verify_passkey_assertion", "verify_passkey_sign_in"]
