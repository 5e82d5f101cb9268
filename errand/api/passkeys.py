"""Passkey ceremonies: register a passkey as a shopper key, sign in with one, and what the page needs to approve.

Registration and sign-in are WebAuthn ceremonies run by py_webauthn: the server issues a random challenge
(kept here for five minutes, usable once), the browser's authenticator answers, and the answer is verified
against the relying party this server is (its rp id and origin come from ``settings.web_url``). A verified
registration is enrolled in the wallet with the shopper's one-time enrolment code, exactly like any other
key: the API decides nothing about whose key it is. A sign-in's answer is verified by the wallet, which keeps
the credential and its signature counter (``errand.sandbox.wallet.sign_in``); when it accepts, a browser
session starts.

Approval needs no ceremony state: the challenge is ``passkey_challenge(quote digest)``, which the page
computes from the digest it shows and the errand and the wallet recompute (``errand.domain.passkey``); this
module only tells the page the rp id and which of the shopper's credentials may answer.
"""

from __future__ import annotations

import base64
import secrets
import time
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from webauthn import (
    generate_authentication_options,
    generate_registration_options,
    verify_registration_response,
)
from webauthn.helpers import options_to_json_dict, parse_authentication_credential_json
from webauthn.helpers.exceptions import WebAuthnException
from webauthn.helpers.structs import (
    AuthenticatorSelectionCriteria,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from errand.connectors import BackendError, BackendUnavailable, WalletClient
from errand.domain.models import PasskeyApproval, ShopperKey
from errand.domain.passkey import b64url
from errand.worker.settings import ErrandSettings

from .auth import Shopper, ShopperDep, same_origin, start_session
from .errors import ApiError
from .state import api_state

router = APIRouter(prefix="/passkeys", tags=["passkeys"])

CEREMONY_SECONDS = 300
MAX_CEREMONIES = 10_000
PER_CLIENT = 16
"""Open ceremonies one client address may hold: opening one more drops that client's oldest. Asking for sign-in
options needs no account, so without it one script could fill the table and refuse everyone's sign-in."""
_LOOPBACK_IPS = frozenset({"127.0.0.1", "::1"})
_NOT_OUR_CREDENTIAL = frozenset({"unauthorized", "forbidden", "invalid_token"})


@dataclass(frozen=True)
class RelyingParty:
    rp_id: str
    origin: str


def relying_party(settings: ErrandSettings) -> RelyingParty:
    """The rp id and origin passkeys are made for: ``settings.web_url``'s host. Browsers refuse an IP address
    as an rp id, so a loopback address is served as ``localhost`` (open the web app at localhost)."""
    parts = urlsplit(settings.web_url)
    host = parts.hostname or "localhost"
    if host in _LOOPBACK_IPS:
        host = "localhost"
    port = f":{parts.port}" if parts.port else ""
    return RelyingParty(rp_id=host, origin=f"{parts.scheme or 'https'}://{host}{port}")


@dataclass(frozen=True)
class _Ceremony:
    kind: Literal["register", "login"]
    challenge: bytes
    shopper_id: str
    expires: float
    client: str = ""


def _ceremonies(request: Request) -> dict[str, _Ceremony]:
    """The open ceremonies of this API process (a challenge is worth nothing once it is used or lapsed)."""
    app_state = request.app.state
    if not hasattr(app_state, "passkey_ceremonies"):
        app_state.passkey_ceremonies = {}
    ceremonies: dict[str, _Ceremony] = app_state.passkey_ceremonies
    return ceremonies


def _open(request: Request, kind: Literal["register", "login"], challenge: bytes, shopper_id: str = "") -> str:
    ceremonies = _ceremonies(request)
    now = time.monotonic()
    for stale in [key for key, c in ceremonies.items() if c.expires <= now]:
        del ceremonies[stale]
    client = request.client.host if request.client is not None else ""
    own = [key for key, c in ceremonies.items() if c.client == client]
    for oldest in own[:max(0, len(own) - PER_CLIENT + 1)]:  # the dict keeps opening order
        del ceremonies[oldest]
    if len(ceremonies) >= MAX_CEREMONIES:
        raise ApiError(429, "too_many_ceremonies", "too many passkey ceremonies are open; try again shortly")
    ceremony_id = secrets.token_urlsafe(24)
    ceremonies[ceremony_id] = _Ceremony(kind, challenge, shopper_id, now + CEREMONY_SECONDS, client)
    return ceremony_id


def _take(request: Request, kind: str, ceremony_id: str) -> _Ceremony:
    """The ceremony, removed: each challenge is answered once."""
    ceremony = _ceremonies(request).pop(ceremony_id, None)
    if ceremony is None or ceremony.kind != kind or ceremony.expires <= time.monotonic():
        raise ApiError(400, "ceremony_unknown", "this passkey ceremony is unknown, used or expired; start again")
    return ceremony


def _same_origin_only(request: Request) -> None:
    if not same_origin(request):
        raise ApiError(403, "cross_origin", "passkey ceremonies run from this site's own pages")


class RegisterOptionsBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    shopper_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.@-]+$")


class RegisterVerifyBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ceremony_id: str = Field(min_length=1, max_length=64)
    credential: dict[str, Any] = Field(description="the PublicKeyCredential as JSON (base64url fields)")
    code: str = Field(min_length=1, max_length=100, description="the one-time enrolment code the operator gave")


class LoginVerifyBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ceremony_id: str = Field(min_length=1, max_length=64)
    credential: dict[str, Any]


class CeremonyOptions(BaseModel):
    ceremony_id: str
    options: dict[str, Any] = Field(description="PublicKeyCredential{Creation,Request}Options as JSON")


class ApprovalOptions(BaseModel):
    shopper_id: str
    rp_id: str
    credentials: list[str] = Field(description="the shopper's registered passkeys (credential ids, base64url)")


def _wallet(request: Request) -> WalletClient:
    settings = api_state(request).settings
    return WalletClient(f"{settings.sandbox_url}/wallet", token=settings.platform_token)


async def _passkeys_of(request: Request, shopper_id: str) -> list[ShopperKey]:
    try:
        async with _wallet(request) as wallet:
            keys = await wallet.get_public_keys(shopper_id)
    except BackendUnavailable as exc:
        raise ApiError(503, "backend_unavailable", f"the wallet is not answering ({exc})") from exc
    except BackendError:
        return []
    return [key for key in keys if key.passkey is not None]


@router.post("/register/options", response_model=CeremonyOptions, summary="Start registering a passkey")
async def register_options(request: Request, body: RegisterOptionsBody) -> CeremonyOptions:
    _same_origin_only(request)
    rp = relying_party(api_state(request).settings)
    options = generate_registration_options(
        rp_id=rp.rp_id, rp_name="Errand", user_name=body.shopper_id, user_display_name=body.shopper_id,
        user_id=body.shopper_id.encode("utf-8"),
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.REQUIRED, user_verification=UserVerificationRequirement.REQUIRED))
    ceremony_id = _open(request, "register", options.challenge, body.shopper_id)
    return CeremonyOptions(ceremony_id=ceremony_id, options=options_to_json_dict(options))


@router.post("/register/verify", summary="Finish registering a passkey: enrolled with the wallet, signed in")
async def register_verify(request: Request, body: RegisterVerifyBody) -> Response:
    _same_origin_only(request)
    ceremony = _take(request, "register", body.ceremony_id)
    rp = relying_party(api_state(request).settings)
    try:
        verified = verify_registration_response(
            credential=body.credential, expected_challenge=ceremony.challenge, expected_rp_id=rp.rp_id,
            expected_origin=rp.origin, require_user_verification=True)
    except (WebAuthnException, ValueError, KeyError, TypeError) as exc:
        raise ApiError(422, "passkey_invalid", f"the passkey's registration did not verify: {exc}") from exc
    passkey = {"credential_id": b64url(verified.credential_id),
               "public_key": base64.b64encode(verified.credential_public_key).decode("ascii"),
               "rp_id": rp.rp_id, "origin": rp.origin, "sign_count": verified.sign_count, "code": body.code}
    try:
        async with _wallet(request) as wallet:
            key = await wallet.register_passkey(f"passkey/{body.ceremony_id}", ceremony.shopper_id, passkey)
    except BackendUnavailable as exc:
        raise ApiError(503, "backend_unavailable", f"the wallet is not answering ({exc})") from exc
    except BackendError as exc:
        status = exc.status if exc.status in (401, 403, 404, 409, 422) else 422
        raise ApiError(status or 422, exc.code, f"the wallet refused the passkey: {exc}") from exc
    # The enrolment code was the operator's word that this is the shopper: the browser is signed in too.
    response = JSONResponse({"shopper_id": ceremony.shopper_id, "key_id": key["key_id"]}, status_code=201)
    start_session(response, ceremony.shopper_id, request)
    return response


@router.post("/login/options", response_model=CeremonyOptions, summary="Start signing in with a passkey")
async def login_options(request: Request) -> CeremonyOptions:
    _same_origin_only(request)
    rp = relying_party(api_state(request).settings)
    options = generate_authentication_options(rp_id=rp.rp_id,
                                              user_verification=UserVerificationRequirement.REQUIRED)
    ceremony_id = _open(request, "login", options.challenge)
    return CeremonyOptions(ceremony_id=ceremony_id, options=options_to_json_dict(options))


@router.post("/login/verify", summary="Finish signing in with a passkey: a browser session")
async def login_verify(request: Request, body: LoginVerifyBody) -> Response:
    """The wallet keeps the credential: it verifies the assertion against this ceremony's challenge and this
    relying party, and takes the credential's signature counter, exactly as for an approval. A counter already
    used (a replayed assertion, a cloned authenticator) is refused there, and so signs nobody in here."""
    _same_origin_only(request)
    ceremony = _take(request, "login", body.ceremony_id)
    refused = ApiError(401, "passkey_refused", "this passkey does not sign anyone in here")
    try:
        credential = parse_authentication_credential_json(body.credential)
        answer = credential.response
        user_handle = answer.user_handle or b""
        shopper_id = user_handle.decode("utf-8")
        assertion = PasskeyApproval(
            credential_id=b64url(credential.raw_id), authenticator_data=b64url(answer.authenticator_data),
            client_data_json=b64url(answer.client_data_json), signature=b64url(answer.signature),
            user_handle=b64url(user_handle) if user_handle else None)
    except (WebAuthnException, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise ApiError(422, "passkey_invalid", "the passkey's answer is not a WebAuthn assertion") from exc
    if not shopper_id:
        raise refused
    rp = relying_party(api_state(request).settings)
    try:
        async with _wallet(request) as wallet:
            await wallet.verify_sign_in(f"passkey-sign-in/{body.ceremony_id}", shopper_id,
                                        challenge=ceremony.challenge, rp_id=rp.rp_id, origin=rp.origin,
                                        assertion=assertion)
    except BackendUnavailable as exc:
        raise ApiError(503, "backend_unavailable", f"the wallet is not answering ({exc})") from exc
    except BackendError as exc:
        if exc.code in _NOT_OUR_CREDENTIAL:  # the wallet judged this server, not the passkey
            raise ApiError(503, "backend_unavailable", f"the wallet refused this server ({exc})") from exc
        raise refused from exc
    response = JSONResponse({"shopper_id": shopper_id})
    start_session(response, shopper_id, request)
    return response


@router.get("/approval-options", response_model=ApprovalOptions,
            summary="What the page needs to ask for a passkey approval (the challenge is the quote's)")
async def approval_options(request: Request, shopper: Shopper = ShopperDep) -> ApprovalOptions:
    rp = relying_party(api_state(request).settings)
    keys = await _passkeys_of(request, shopper.shopper_id)
    return ApprovalOptions(shopper_id=shopper.shopper_id, rp_id=rp.rp_id,
                           credentials=[k.passkey.credential_id for k in keys if k.passkey is not None])


__all__ = ["RelyingParty", "relying_party", "router"]
