"""Signing in with a passkey, checked by the wallet that keeps the credential.

The web API is the relying party's front: it issues a random challenge for each sign-in ceremony and hands the
browser's answer here (``POST /wallet/shoppers/{id}/passkeys/sign-in``, the platform's credential only). The
wallet checks it against the credential as registered, with the approvals' own verifier
(``errand.domain.passkey.verify_passkey_sign_in``: challenge, origin, rp id, user verification, signature, a
counter above the stored one unless both are zero), and moves the counter forward in the same transaction,
under the sandbox's write lock. A sign-in and an approval so take each counter value once between them: a
cloned authenticator or a replayed assertion is noticed at either, and two uses of one value never both pass.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlmodel import Session

from errand.domain.approval import ApprovalVerdict
from errand.domain.models import PasskeyApproval
from errand.domain.passkey import assertion_sign_count, b64url_decode, passkey_key_id, verify_passkey_sign_in
from errand.sandbox.common.auth import require
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import REQUEST_TRANSACTION, ShopperRow, request_session, take_write_lock
from errand.sandbox.wallet.keys import active_public_key
from errand.sandbox.wallet.passkeys import advance_sign_count, registered_passkey


class SignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    challenge: str = Field(
        min_length=22,
        max_length=128,
        pattern=r"^[A-Za-z0-9_-]+$",
        description="the ceremony's random challenge (16 bytes or more), base64url",
    )
    rp_id: str = Field(min_length=1, max_length=253, description="the relying party the sign-in is for")
    origin: str = Field(min_length=1, max_length=300, description="the page origin the ceremony ran on")
    assertion: PasskeyApproval


def sign_in_verdict(session: Session, shopper_id: str, body: SignIn) -> tuple[ApprovalVerdict, str]:
    """The verdict on a sign-in's assertion (and the key it names), the credential's counter moved forward in
    the caller's transaction when it is ``ok``. A credential made for another relying party or origin is
    refused."""
    try:
        key_id = passkey_key_id(body.assertion.credential_id)
        challenge = b64url_decode(body.challenge)
    except ValueError:
        return "malformed", ""
    public_key = active_public_key(session, shopper_id, key_id)  # None: unknown, revoked or another shopper's
    credential = registered_passkey(session, key_id) if public_key is not None else None
    if credential is not None and (credential.rp_id != body.rp_id or credential.origin != body.origin):
        return "wrong_origin", key_id
    registered = (public_key, credential) if public_key is not None and credential is not None else None
    verdict = verify_passkey_sign_in(
        body.assertion, shopper_id=shopper_id, challenge=challenge, registered=registered
    )
    if verdict == "ok" and not advance_sign_count(session, key_id, assertion_sign_count(body.assertion)):
        return "stale_sign_count", key_id
    return verdict, key_id


def _locked_session(request: Request) -> Session:
    """The request's session under the write lock: a joined request's transaction begins with it
    (``sandbox.common.idempotency``); a plain session takes it here."""
    if (request.scope.get("state") or {}).get(REQUEST_TRANSACTION) is not None:
        return request_session(request)
    return take_write_lock(request_session(request))


def sign_in_router() -> APIRouter:
    """``POST /wallet/shoppers/{id}/passkeys/sign-in``."""
    router = APIRouter()

    @router.post("/wallet/shoppers/{shopper_id}/passkeys/sign-in")
    async def sign_in(shopper_id: str, request: Request) -> dict[str, Any]:
        """Verify a passkey sign-in's assertion and take its counter: 200 with the key, 403 with the verdict
        as the code when refused (``stale_sign_count``: a counter already used, a replay or a clone)."""
        require(request, "platform")
        try:
            body = SignIn.model_validate_json(await request.body() or b"{}")
        except ValidationError as exc:
            raise UCPError(422, "invalid_request", str(exc.errors(include_url=False))[:1000]) from exc
        with _locked_session(request) as s:
            if s.get(ShopperRow, shopper_id) is None:
                raise UCPError(404, "not_found", f"no shopper {shopper_id}", "unrecoverable")
            verdict, key_id = sign_in_verdict(s, shopper_id, body)
            if verdict != "ok":
                raise UCPError(403, verdict, f"sign-in refused: {verdict}", "unrecoverable")
            s.commit()
            return {
                "shopper_id": shopper_id,
                "key_id": key_id,
                "sign_count": assertion_sign_count(body.assertion),
            }

    return router


__all__ = ["SignIn", "sign_in_router", "sign_in_verdict"]
