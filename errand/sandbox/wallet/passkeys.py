"""Passkeys in the wallet's key registry: a WebAuthn credential enrolled as one of a shopper's keys.

A passkey is a ``ShopperKeyRow`` like any other key (same enrolment, listing and revocation; its public key is
the credential's COSE key) with a ``PasskeyRow`` beside it holding what an assertion is checked against: the
credential id, the rp id and origin it was created for, and the signature counter last accepted. The counter
moves forward only through ``advance_sign_count``, one conditional update, so two holds cannot both accept
the same counter value.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import update
from sqlmodel import Field as Column
from sqlmodel import Session, SQLModel, col
from webauthn.helpers import decode_credential_public_key
from webauthn.helpers.exceptions import WebAuthnException

from errand.domain.approval import ApprovalVerdict
from errand.domain.models import PasskeyCredential, SignedApproval
from errand.domain.passkey import assertion_sign_count, b64url_decode, verify_passkey_assertion
from errand.sandbox.common.errors import UCPError


class PasskeyRow(SQLModel, table=True):
    __tablename__ = "wallet_passkey"
    key_id: str = Column(primary_key=True)
    shopper_id: str = Column(index=True)
    credential_id: str = Column(unique=True)
    rp_id: str
    origin: str
    sign_count: int = 0
    created_at: datetime


class PasskeyEndorsement(BaseModel):
    key_id: str = Field(min_length=1, max_length=64)
    signature: str = Field(min_length=1, max_length=200)


class RegisterPasskey(BaseModel):
    credential_id: str = Field(min_length=1, max_length=1400, description="base64url credential id")
    public_key: str = Field(min_length=1, max_length=2000, description="the credential's COSE key, base64")
    rp_id: str = Field(min_length=1, max_length=253)
    origin: str = Field(min_length=1, max_length=300)
    sign_count: int = Field(default=0, ge=0, lt=2**32)
    code: str | None = Field(default=None, max_length=100)
    endorsement: PasskeyEndorsement | None = None


def valid_passkey(body: RegisterPasskey) -> None:
    """Refuse (422) a credential id that is not base64url or a public key py_webauthn cannot use."""
    try:
        b64url_decode(body.credential_id)
        decode_credential_public_key(base64.b64decode(body.public_key, validate=True))
    except (binascii.Error, ValueError, KeyError, TypeError, WebAuthnException) as exc:
        raise UCPError(422, "invalid_public_key", "the passkey's credential id must be base64url and its "
                       "public key a COSE key, base64", "unrecoverable") from exc
    if not body.origin.startswith(("https://", "http://localhost", "http://127.0.0.1")):
        raise UCPError(422, "invalid_origin", "a passkey's origin is https (or a loopback http origin)",
                       "unrecoverable")


def passkey_view(row: PasskeyRow) -> dict[str, Any]:
    return PasskeyCredential(credential_id=row.credential_id, rp_id=row.rp_id, origin=row.origin,
                             sign_count=row.sign_count).model_dump()


def registered_passkey(session: Session, key_id: str) -> PasskeyCredential | None:
    row = session.get(PasskeyRow, key_id)
    return None if row is None else PasskeyCredential.model_validate(passkey_view(row))


def advance_sign_count(session: Session, key_id: str, seen: int) -> bool:
    """Record ``seen`` as the credential's counter if it is higher than the one kept (or both are zero: an
    authenticator that keeps no counter); False when another request got there first."""
    row = PasskeyRow
    rising = col(row.sign_count) == 0 if seen == 0 else col(row.sign_count) < seen
    result = session.execute(update(row).where(col(row.key_id) == key_id, rising).values(sign_count=seen))
    # sqlmodel types execute() as a plain Result; an UPDATE answers a CursorResult, which has rowcount.
    updated: int = result.rowcount  # type: ignore[attr-defined]
    return updated == 1


def passkey_verdict(session: Session, approval: SignedApproval, public_key: str | None, *, shopper_id: str,
                    digest: str, expires_at: datetime, now: datetime) -> ApprovalVerdict:
    """Verify a passkey approval of the quote with ``digest`` (a purchase's or a change's) against the credential
    as registered (``public_key``: the active key the approval names, None if none), then move its counter
    forward in the caller's transaction (a counter already seen is a replay or a cloned authenticator)."""
    assert approval.passkey is not None
    credential = registered_passkey(session, approval.key_id) if public_key is not None else None
    registered = (public_key, credential) if public_key is not None and credential is not None else None
    verdict = verify_passkey_assertion(approval, shopper_id=shopper_id, digest=digest, expires_at=expires_at,
                                       registered=registered, now=now)
    if verdict == "ok" and not advance_sign_count(session, approval.key_id, assertion_sign_count(approval.passkey)):
        return "stale_sign_count"
    return verdict


__all__ = ["PasskeyRow", "RegisterPasskey", "advance_sign_count", "passkey_verdict", "passkey_view",
           "registered_passkey", "valid_passkey"]
