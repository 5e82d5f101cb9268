"""The quote digest and the shopper's signature over it.

The digest is sha256 over the canonical JSON of the quote (sorted keys, no whitespace, UTF-8). The shopper
signs ``approval_message(digest)`` with Ed25519; the workflow and the wallet both verify it against the
registered, active public key the approval names (``key_id``), so neither a model nor an operator can approve
on the shopper's behalf.

A key id is the key's thumbprint in the manner of RFC 7638: base64url (unpadded) of sha256 of the raw public
key. Registering a further key and revoking one are signed over their own domain-separated messages
(``endorsement_message``, ``revocation_message``) so no signature can be replayed as another kind.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import datetime
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel

from .models import Quote, SignedApproval

APPROVAL_CONTEXT = "errand/approve/v1:"
ENDORSE_CONTEXT = "errand/endorse-key/v1:"
REVOKE_CONTEXT = "errand/revoke-key/v1:"

ApprovalVerdict = Literal["ok", "malformed", "wrong_shopper", "other_quote", "expired", "bad_signature",
                          "unknown_key", "wrong_origin", "not_user_verified", "stale_sign_count", "bad_mandate"]
"""Why an approval counts or not; ``wrong_origin`` to ``stale_sign_count`` are a passkey's
(``errand.domain.passkey``), ``bad_mandate`` an AP2 checkout mandate's (``errand.domain.mandate_ap2``)."""


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON: sorted keys, compact separators, UTF-8, datetimes as ISO 8601."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def quote_digest(quote: Quote | dict[str, Any]) -> str:
    """Hex sha256 of the quote's canonical JSON."""
    if isinstance(quote, dict):
        quote = Quote.model_validate(quote)
    return hashlib.sha256(canonical_json(quote)).hexdigest()


def approval_message(digest: str) -> bytes:
    return (APPROVAL_CONTEXT + digest).encode("ascii")


def key_id_of(public_key: str) -> str:
    """The key id of a base64 raw Ed25519 public key: base64url(sha256(raw key)) without padding."""
    raw = base64.b64decode(public_key, validate=True)
    return base64.urlsafe_b64encode(hashlib.sha256(raw).digest()).rstrip(b"=").decode("ascii")


def endorsement_message(shopper_id: str, new_public_key: str) -> bytes:
    """What an active key signs to let ``new_public_key`` join ``shopper_id``'s keys."""
    return f"{ENDORSE_CONTEXT}{shopper_id}:{new_public_key}".encode()


def revocation_message(shopper_id: str, key_id: str, at: str) -> bytes:
    """What an active key signs to revoke ``key_id``; ``at`` (ISO 8601) bounds when it may be presented."""
    return f"{REVOKE_CONTEXT}{shopper_id}:{key_id}:{at}".encode()


def sign_quote(private_key: Ed25519PrivateKey, quote: Quote) -> SignedApproval:
    digest = quote_digest(quote)
    signature = private_key.sign(approval_message(digest))
    return SignedApproval(
        shopper_id=quote.shopper_id, quote_digest=digest,
        signature=base64.b64encode(signature).decode("ascii"), key_id=key_id_of(public_key_b64(private_key)),
    )


def verify_approval(
    quote: Quote, approval: SignedApproval, public_key_b64: str | None, now: datetime
) -> ApprovalVerdict:
    """Check a signed approval against the exact quote. Pure and deterministic: safe in a workflow.

    ``public_key_b64`` is the registered, active key the approval names, or None when there is none (an
    unknown or revoked key id): that is ``unknown_key``.
    """
    if approval.shopper_id != quote.shopper_id:
        return "wrong_shopper"
    if approval.quote_digest != quote_digest(quote):
        return "other_quote"
    if now >= quote.expires_at:
        return "expired"
    if public_key_b64 is None:
        return "unknown_key"
    try:
        signature = base64.b64decode(approval.signature, validate=True)
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64, validate=True))
    except (binascii.Error, ValueError):
        return "malformed"
    if len(signature) != 64:
        return "malformed"
    try:
        key.verify(signature, approval_message(approval.quote_digest))
    except InvalidSignature:
        return "bad_signature"
    return "ok"


def new_key_pair() -> tuple[Ed25519PrivateKey, str]:
    """A fresh Ed25519 key and its public half as base64 raw bytes."""
    private = Ed25519PrivateKey.generate()
    return private, public_key_b64(private)


def public_key_b64(private: Ed25519PrivateKey) -> str:
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def private_key_from_b64(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text, validate=True))


def private_key_to_b64(private: Ed25519PrivateKey) -> str:
    raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return base64.b64encode(raw).decode("ascii")


def signature_valid(public_key: str, signature: str, message: bytes) -> bool:
    """Whether base64 ``signature`` over ``message`` verifies under base64 ``public_key``; never raises."""
    try:
        raw = base64.b64decode(signature, validate=True)
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(raw, message)
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def sign_b64(private_key: Ed25519PrivateKey, message: bytes) -> str:
    return base64.b64encode(private_key.sign(message)).decode("ascii")
