"""The wallet's key registry: each shopper's public signing keys, with ids, status and times.

The wallet never holds a private key. A shopper's first key is enrolled with a one-time enrolment code that
an operator issues (``POST /admin/shoppers/{id}/enrolment-codes``; stored hashed, single use, 15 minutes),
the way a bank hands out an activation code. A further key (a new device, a rotation) is accepted with
either a code or an endorsement: a signature by an active key of the same shopper over
``endorsement_message(shopper, new key)``. A key is revoked by an operator or by a signature of an active
key of the shopper over ``revocation_message(shopper, key id, at)``, with ``at`` inside a short window and
each such signature accepted once. Approvals and mandates are verified only against ``active_public_key``.
A passkey (``errand.sandbox.wallet.passkeys``) is enrolled the same way, at ``.../passkeys``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field as Column
from sqlmodel import Session, SQLModel, select

from errand.domain.approval import endorsement_message, key_id_of, revocation_message, signature_valid
from errand.domain.passkey import passkey_key_id
from errand.sandbox.common.auth import caller_of, require_operator
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import ShopperRow, as_utc, request_session, utcnow
from errand.sandbox.wallet.passkeys import PasskeyRow, RegisterPasskey, passkey_view, valid_passkey

CODE_LIFETIME = timedelta(minutes=15)
REVOCATION_WINDOW = timedelta(minutes=5)


class ShopperKeyRow(SQLModel, table=True):
    __tablename__ = "wallet_shopper_key"
    key_id: str = Column(primary_key=True)
    shopper_id: str = Column(index=True)
    public_key: str
    status: str = "active"
    created_at: datetime
    revoked_at: datetime | None = None


class EnrolmentCodeRow(SQLModel, table=True):
    __tablename__ = "wallet_enrolment_code"
    code_hash: str = Column(primary_key=True)
    shopper_id: str = Column(index=True)
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None


class UsedRevocationRow(SQLModel, table=True):
    """Revocation signatures already accepted (by hash), kept while their window lasts: no replay."""

    __tablename__ = "wallet_used_revocation"
    signature_hash: str = Column(primary_key=True)
    at: datetime


class Endorsement(BaseModel):
    key_id: str = Field(min_length=1, max_length=64)
    signature: str = Field(min_length=1, max_length=200)


class RegisterKey(BaseModel):
    public_key: str = Field(min_length=1, max_length=100, description="raw 32-byte Ed25519 key, base64")
    code: str | None = Field(default=None, max_length=100)
    endorsement: Endorsement | None = None


class RevokeKey(BaseModel):
    signed_by: str | None = Field(default=None, max_length=64, description="the active key that signs")
    at: str | None = Field(default=None, max_length=40, description="ISO 8601 time the shopper signed")
    signature: str | None = Field(default=None, max_length=200)


def active_public_key(session: Session, shopper_id: str, key_id: str) -> str | None:
    """The shopper's active public key with this id, or None (unknown, revoked, another shopper's)."""
    if not key_id:
        return None
    row = session.get(ShopperKeyRow, key_id)
    if row is None or row.shopper_id != shopper_id or row.status != "active":
        return None
    return row.public_key


def active_keys(session: Session, shopper_id: str) -> list[dict[str, Any]]:
    """The shopper's active keys, public halves only."""
    rows = session.exec(select(ShopperKeyRow).where(ShopperKeyRow.shopper_id == shopper_id,
                                                    ShopperKeyRow.status == "active")
                        .order_by(ShopperKeyRow.created_at)).all()  # type: ignore[arg-type]
    return [key_view(row, session.get(PasskeyRow, row.key_id)) for row in rows]


def key_view(row: ShopperKeyRow, passkey: PasskeyRow | None = None) -> dict[str, Any]:
    view: dict[str, Any] = {"key_id": row.key_id, "public_key": row.public_key, "status": row.status,
            "created_at": as_utc(row.created_at).isoformat(),
            "revoked_at": as_utc(row.revoked_at).isoformat() if row.revoked_at else None}
    if passkey is not None:
        view["passkey"] = passkey_view(passkey)
    return view


def _code_hash(code: str) -> str:
    return hashlib.sha256(f"errand/enrolment-code/v1:{code.strip()}".encode()).hexdigest()


def _valid_public_key(text: str) -> str:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))
    except (binascii.Error, ValueError) as exc:
        raise UCPError(422, "invalid_public_key", "public_key must be a raw 32-byte Ed25519 key, base64",
                       "unrecoverable") from exc
    return text


async def _parse(request: Request, model: type[BaseModel]) -> Any:
    try:
        return model.model_validate_json(await request.body() or b"{}")
    except ValidationError as exc:
        raise UCPError(422, "invalid_request", str(exc.errors(include_url=False))[:1000]) from exc


def _shopper(session: Session, shopper_id: str) -> ShopperRow:
    row = session.get(ShopperRow, shopper_id)
    if row is None:
        raise UCPError(404, "not_found", f"no shopper {shopper_id}", "unrecoverable")
    return row


def _spend_code(session: Session, shopper_id: str, code: str) -> bool:
    """Mark the code used if it is this shopper's, unused and unexpired: one conditional update, so two
    requests presenting the same code cannot both succeed."""
    row = EnrolmentCodeRow
    unspent = (row.code_hash == _code_hash(code), row.shopper_id == shopper_id,
               row.used_at.is_(None), row.expires_at > utcnow())  # type: ignore[union-attr]
    spent = session.execute(update(row).where(*unspent).values(used_at=utcnow()))  # type: ignore[arg-type]
    # sqlmodel types execute() as a plain Result; an UPDATE answers a CursorResult, which has rowcount.
    updated: int = spent.rowcount  # type: ignore[attr-defined]
    return updated == 1


def _endorsed(session: Session, shopper_id: str, public_key: str, endorsement: Endorsement) -> bool:
    signer = active_public_key(session, shopper_id, endorsement.key_id)
    return signer is not None and signature_valid(signer, endorsement.signature,
                                                  endorsement_message(shopper_id, public_key))


def _check_signed_revocation(session: Session, shopper_id: str, key_id: str, body: RevokeKey) -> None:
    if not (body.signed_by and body.at and body.signature):
        raise UCPError(401, "unauthorized", "revoking a key needs an operator credential or a signature by "
                       "an active key of the shopper", "unrecoverable",
                       headers={"WWW-Authenticate": "Bearer"})
    try:
        at = datetime.fromisoformat(body.at)
    except ValueError as exc:
        raise UCPError(422, "invalid_request", "at must be an ISO 8601 time with a zone") from exc
    if at.tzinfo is None or abs(utcnow() - at) > REVOCATION_WINDOW:
        raise UCPError(403, "revocation_stale", "the revocation is not signed within the last few minutes",
                       "unrecoverable")
    signer = active_public_key(session, shopper_id, body.signed_by)
    if signer is None or not signature_valid(signer, body.signature,
                                             revocation_message(shopper_id, key_id, body.at)):
        raise UCPError(403, "revocation_invalid",
                       "the revocation is not signed by an active key of the shopper", "unrecoverable")
    lapsed = UsedRevocationRow.at < utcnow() - 2 * REVOCATION_WINDOW
    session.execute(delete(UsedRevocationRow).where(lapsed))  # type: ignore[arg-type]
    # Keyed by the signature's bytes, not its text: base64 has more than one spelling of the same bytes.
    used = hashlib.sha256(base64.b64decode(body.signature, validate=True)).hexdigest()
    session.add(UsedRevocationRow(signature_hash=used, at=at))
    try:
        session.flush()
    except IntegrityError as exc:
        session.rollback()
        raise UCPError(409, "revocation_replayed", "this revocation was already presented",
                       "unrecoverable") from exc


def wallet_keys_router() -> APIRouter:
    """Routes under ``/wallet/shoppers/{id}/keys``, and the operator's
    ``/admin/shoppers/{id}/enrolment-codes`` (``require_operator``)."""
    router = APIRouter()

    def session(request: Request) -> Session:
        # Under /wallet/ a key's registration or revocation joins the request's transaction: two requests
        # enrolling the same key are one after the other, and the later finds it registered.
        return request_session(request)

    @router.post("/admin/shoppers/{shopper_id}/enrolment-codes", status_code=201,
                 dependencies=[Depends(require_operator)])
    async def issue_code(shopper_id: str, request: Request) -> dict[str, Any]:
        code = "-".join(secrets.token_hex(3).upper() for _ in range(4))  # 96 bits, readable aloud
        now = utcnow()
        with session(request) as s:
            _shopper(s, shopper_id)
            s.add(EnrolmentCodeRow(code_hash=_code_hash(code), shopper_id=shopper_id, created_at=now,
                                   expires_at=now + CODE_LIFETIME))
            s.commit()
        return {"shopper_id": shopper_id, "code": code, "expires_at": (now + CODE_LIFETIME).isoformat()}

    @router.get("/wallet/shoppers/{shopper_id}/keys")
    async def list_keys(shopper_id: str, request: Request) -> dict[str, Any]:
        with session(request) as s:
            _shopper(s, shopper_id)
            rows = s.exec(select(ShopperKeyRow).where(ShopperKeyRow.shopper_id == shopper_id)
                          .order_by(ShopperKeyRow.created_at)).all()  # type: ignore[arg-type]
            return {"shopper_id": shopper_id,
                    "keys": [key_view(row, s.get(PasskeyRow, row.key_id)) for row in rows]}

    @router.post("/wallet/shoppers/{shopper_id}/keys", status_code=201)
    async def register(shopper_id: str, request: Request) -> JSONResponse:
        body: RegisterKey = await _parse(request, RegisterKey)
        public_key = _valid_public_key(body.public_key)
        key_id = key_id_of(public_key)
        with session(request) as s:
            _shopper(s, shopper_id)
            existing = s.get(ShopperKeyRow, key_id)
            if existing is not None and existing.shopper_id != shopper_id:
                raise UCPError(409, "key_conflict", "this key is registered to another shopper",
                               "unrecoverable")
            if existing is not None and existing.status != "active":
                raise UCPError(409, "key_revoked", f"key {key_id} was revoked; enrol a new key",
                               "unrecoverable")
            if body.code:
                allowed = _spend_code(s, shopper_id, body.code)
                refusal = ("enrolment_code_invalid", "the enrolment code is unknown, used, expired or for "
                           + "another shopper")
            elif body.endorsement is not None:
                allowed = _endorsed(s, shopper_id, public_key, body.endorsement)
                refusal = ("endorsement_invalid",
                           "the endorsement is not signed by an active key of the shopper")
            else:
                raise UCPError(401, "enrolment_required", "registering a key needs an enrolment code or an "
                               "endorsement by an active key", "unrecoverable")
            if not allowed:
                raise UCPError(403, *refusal, "unrecoverable")
            if existing is not None:
                return JSONResponse(key_view(existing), status_code=200)
            row = ShopperKeyRow(key_id=key_id, shopper_id=shopper_id, public_key=public_key,
                                created_at=utcnow())
            s.add(row)
            s.commit()
            s.refresh(row)
            return JSONResponse(key_view(row), status_code=201)

    @router.post("/wallet/shoppers/{shopper_id}/passkeys", status_code=201)
    async def register_passkey(shopper_id: str, request: Request) -> JSONResponse:
        """Enrol a WebAuthn credential as a key: an enrolment code, or an endorsement by an active Ed25519
        key over ``endorsement_message(shopper, COSE key as base64)``, exactly as for any other key."""
        body: RegisterPasskey = await _parse(request, RegisterPasskey)
        valid_passkey(body)
        key_id = passkey_key_id(body.credential_id)
        with session(request) as s:
            _shopper(s, shopper_id)
            existing = s.get(ShopperKeyRow, key_id)
            if existing is not None:
                raise UCPError(409, "key_conflict", "this passkey is already registered", "unrecoverable")
            if body.code:
                allowed = _spend_code(s, shopper_id, body.code)
                refusal = ("enrolment_code_invalid", "the enrolment code is unknown, used, expired or for "
                           + "another shopper")
            elif body.endorsement is not None:
                endorsement = Endorsement(key_id=body.endorsement.key_id, signature=body.endorsement.signature)
                allowed = _endorsed(s, shopper_id, body.public_key, endorsement)
                refusal = ("endorsement_invalid",
                           "the endorsement is not signed by an active key of the shopper")
            else:
                raise UCPError(401, "enrolment_required", "registering a passkey needs an enrolment code or an "
                               "endorsement by an active key", "unrecoverable")
            if not allowed:
                raise UCPError(403, *refusal, "unrecoverable")
            now = utcnow()
            row = ShopperKeyRow(key_id=key_id, shopper_id=shopper_id, public_key=body.public_key, created_at=now)
            passkey = PasskeyRow(key_id=key_id, shopper_id=shopper_id, credential_id=body.credential_id,
                                 rp_id=body.rp_id, origin=body.origin, sign_count=body.sign_count,
                                 created_at=now)
            s.add(row)
            s.add(passkey)
            try:
                s.commit()
            except IntegrityError as exc:
                raise UCPError(409, "key_conflict", "this passkey is already registered",
                               "unrecoverable") from exc
            s.refresh(row)
            s.refresh(passkey)
            return JSONResponse(key_view(row, passkey), status_code=201)

    @router.post("/wallet/shoppers/{shopper_id}/keys/{key_id}/revoke")
    async def revoke(shopper_id: str, key_id: str, request: Request) -> dict[str, Any]:
        body: RevokeKey = await _parse(request, RevokeKey)
        with session(request) as s:
            _shopper(s, shopper_id)
            row = s.get(ShopperKeyRow, key_id)
            if row is None or row.shopper_id != shopper_id:
                raise UCPError(404, "key_not_found", f"{shopper_id} has no key {key_id}", "unrecoverable")
            if caller_of(request).role != "operator":
                _check_signed_revocation(s, shopper_id, key_id, body)
            if row.status == "active":
                row.status, row.revoked_at = "revoked", utcnow()
                s.add(row)
            s.commit()
            s.refresh(row)
            return key_view(row)

    return router


__all__ = ["CODE_LIFETIME", "REVOCATION_WINDOW", "EnrolmentCodeRow", "ShopperKeyRow", "active_keys",
           "active_public_key", "key_view", "wallet_keys_router"]
