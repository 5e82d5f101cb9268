"""The wallet: verifies the shopper's signed approval (an Ed25519 signature or a passkey's assertion), then
holds money for one purchase.

The platform (Errand's worker) creates holds; each approval makes at most one. Capture, void and refund
belong to the payee: over HTTP they need the merchant credential and touch only that merchant's payments
(the merchant captures when it completes the checkout, see ``errand.sandbox.merchant.checkout``). Reads are for the
platform that made a hold, its payee and an operator. The model itself is in ``errand.sandbox.wallet.payments``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import or_
from sqlmodel import Session, col, select

from errand.domain.approval import ApprovalVerdict, quote_digest, verify_approval
from errand.domain.models import Quote, SignedApproval
from errand.sandbox.admin.faults import check_fault
from errand.sandbox.common.auth import Caller, require
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import (
    AuthorizationRow,
    OrderRow,
    ShopperRow,
    WalletOperationRow,
    as_utc,
    request_session,
    utcnow,
)
from errand.sandbox.wallet import payments
from errand.sandbox.wallet.keys import active_keys, active_public_key
from errand.sandbox.wallet.passkeys import passkey_verdict
from errand.sandbox.wallet.payees import registered_payee
from errand.sandbox.wallet.payments import effective_status, payee_of

# Verdicts that mean "not this shopper's consent" are 403; an expired quote is a 422 (ask again).
_VERDICT_STATUS = {"malformed": 403, "wrong_shopper": 403, "other_quote": 403, "bad_signature": 403,
                   "expired": 422}


class AuthorizeBody(BaseModel):
    shopper_id: str
    quote: Quote
    approval: SignedApproval
    # The errand's own daily cap (minor units): the wallet holds to the smaller of it and its own.
    daily_cap_minor: int | None = Field(default=None, ge=0)


class CaptureBody(BaseModel):
    amount: int = Field(gt=0)
    order_id: str | None = Field(default=None, max_length=80)
    # A merchant served elsewhere (``payees``) names what it is about to deliver: the wallet cannot see its orders.
    checkout_id: str | None = Field(default=None, max_length=80)
    terms: dict[str, Any] | None = None


class RefundBody(BaseModel):
    amount: int = Field(gt=0)
    reason: str = ""


def auth_view(row: AuthorizationRow, now: datetime | None = None) -> dict[str, Any]:
    view = _auth_fields(row, now)
    if row.payment_method_id is not None:  # the shopper's chosen method (none chosen: as before methods existed)
        view["payment_method_id"] = row.payment_method_id
    return view


def _auth_fields(row: AuthorizationRow, now: datetime | None) -> dict[str, Any]:
    return {"authorization_id": row.id, "shopper_id": row.shopper_id, "amount": row.amount,
            "currency": row.currency, "status": effective_status(row, now or utcnow()),
            "captured": row.captured,
            "refunded": row.refunded, "quote_id": row.quote_id, "checkout_id": row.checkout_id,
            "order_id": row.order_id, "payee": row.payee,
            "expires_at": as_utc(row.expires_at).isoformat() if row.expires_at else None}


def _get(session: Session, authorization_id: str) -> AuthorizationRow:
    row = session.get(AuthorizationRow, authorization_id)
    if row is None:
        raise UCPError(404, "not_found", f"no authorization {authorization_id}", "unrecoverable")
    return row


def _readable(row: AuthorizationRow, caller: Caller) -> bool:
    """The platform that made it, its payee, and an operator may read an authorization."""
    return (caller.role == "operator" or (caller.role == "merchant" and row.payee == caller.id)
            or (caller.role == "platform" and row.made_by in (None, caller.scope)))


def own_hosts(request: Request) -> set[str]:
    settings = request.app.state.settings
    return {request.url.netloc, f"{settings.host}:{settings.port}"}


async def _body(request: Request, model: type[BaseModel]) -> Any:
    try:
        return model.model_validate_json(await request.body())
    except ValidationError as exc:
        raise UCPError(422, "invalid_request", str(exc.errors(include_url=False))[:1000]) from exc


def _passkey_verdict(session: Session, body: AuthorizeBody, public_key: str | None) -> ApprovalVerdict:
    """Verify a passkey approval of the quote against the credential as registered, its counter moved forward
    in the hold's transaction."""
    return passkey_verdict(session, body.approval, public_key, shopper_id=body.quote.shopper_id,
                           digest=quote_digest(body.quote), expires_at=body.quote.expires_at, now=utcnow())


def _check_remote_capture(row: AuthorizationRow, body: CaptureBody) -> None:
    """A merchant served elsewhere captures only for the checkout the hold was made for, the exact amount, and
    terms that are the ones the shopper approved (it rebuilt them from its checkout)."""
    if not body.order_id or body.checkout_id != row.checkout_id or body.terms is None:
        raise UCPError(409, "order_mismatch", "a capture names the order, the checkout the hold was made for and "
                       "the terms being delivered", "unrecoverable")
    if body.amount != row.amount:
        raise UCPError(422, "amount_mismatch", f"capture {body.amount} of a {row.amount} hold", "unrecoverable")
    payments.check_terms(row, body.terms)


def wallet_router() -> APIRouter:
    router = APIRouter()

    def session(request: Request) -> Session:
        return request_session(request)

    @router.get("/shoppers/{shopper_id}")
    async def shopper(shopper_id: str, request: Request) -> dict[str, Any]:
        with session(request) as s:
            row = s.get(ShopperRow, shopper_id)
            if row is None:
                raise UCPError(404, "not_found", f"no shopper {shopper_id}", "unrecoverable")
            return {"shopper_id": row.id, "keys": active_keys(s, row.id)}

    @router.get("/shoppers/{shopper_id}/spending")
    async def spending(shopper_id: str, request: Request) -> dict[str, Any]:
        """What the wallet's daily cap counts for the shopper today (the platform checks it before quoting)."""
        require(request, "platform", "operator")
        with session(request) as s:
            if s.get(ShopperRow, shopper_id) is None:
                raise UCPError(404, "not_found", f"no shopper {shopper_id}", "unrecoverable")
            return payments.spending(s, shopper_id, utcnow(), request.app.state.settings)

    @router.post("/authorizations", status_code=201)
    async def authorize(request: Request) -> JSONResponse:
        await check_fault(request, "wallet.authorize")
        caller = require(request, "platform")
        body: AuthorizeBody = await _body(request, AuthorizeBody)
        with session(request) as s:
            shopper = s.get(ShopperRow, body.shopper_id)
            if shopper is None:
                raise UCPError(404, "not_found", f"no shopper {body.shopper_id}", "unrecoverable")
            signer = active_public_key(s, body.shopper_id, body.approval.key_id)  # None: unknown or revoked
            if body.quote.shopper_id != body.shopper_id:
                verdict: ApprovalVerdict = "wrong_shopper"
            elif body.approval.passkey is not None:
                verdict = _passkey_verdict(s, body, signer)
            else:
                verdict = verify_approval(body.quote, body.approval, signer, now=utcnow())
            if verdict != "ok":
                raise UCPError(_VERDICT_STATUS.get(verdict, 403), verdict,
                               f"approval rejected: {verdict}", "requires_buyer_review")
            now = utcnow()
            payee = (registered_payee(s, body.quote.merchant)
                     or payee_of(body.quote.merchant, request.app.state.settings, own_hosts(request)))
            row = payments.open_hold(s, quote=body.quote, payee=payee, digest=quote_digest(body.quote),
                                     made_by=caller.scope, now=now, settings=request.app.state.settings,
                                     daily_cap=body.daily_cap_minor)
            s.commit()
            return JSONResponse(auth_view(row, now), status_code=201)

    @router.get("/authorizations/{authorization_id}")
    async def get(authorization_id: str, request: Request) -> dict[str, Any]:
        caller = require(request, "platform", "merchant", "operator")
        with session(request) as s:
            row = _get(s, authorization_id)
            if not _readable(row, caller):
                raise UCPError(404, "not_found", f"no authorization {authorization_id}", "unrecoverable")
            return auth_view(row)

    def _payee_row(s: Session, authorization_id: str, request: Request) -> tuple[AuthorizationRow, str]:
        """The authorization if the calling merchant is its payee (any other is not found, to it)."""
        caller = require(request, "merchant")
        row = _get(s, authorization_id)
        if row.payee != caller.id:
            raise UCPError(404, "not_found", f"no authorization {authorization_id}", "unrecoverable")
        return row, caller.id

    @router.post("/authorizations/{authorization_id}/capture")
    async def capture(authorization_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "wallet.capture")
        require(request, "merchant")
        body: CaptureBody = await _body(request, CaptureBody)
        with session(request) as s:
            row, payee = _payee_row(s, authorization_id, request)
            if payee == request.app.state.settings.merchant_id:
                order = s.get(OrderRow, body.order_id) if body.order_id else None
                if order is None or order.authorization_id != row.id or order.checkout_id != row.checkout_id:
                    raise UCPError(409, "order_mismatch", "a capture pays the order placed with this hold",
                                   "unrecoverable")
            else:
                _check_remote_capture(row, body)
            assert body.order_id is not None
            payments.capture(s, row, payee=payee, amount=body.amount, order_id=body.order_id, now=utcnow())
            s.commit()
            return auth_view(row)

    @router.post("/authorizations/{authorization_id}/void")
    async def void(authorization_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "wallet.void")
        require(request, "merchant")
        with session(request) as s:
            row, payee = _payee_row(s, authorization_id, request)
            payments.void(s, row, payee=payee, now=utcnow())
            s.commit()
            return auth_view(row)

    @router.post("/checkouts/{checkout_id}/void")
    async def void_checkout(checkout_id: str, request: Request) -> dict[str, Any]:
        """The calling merchant cancelled ``checkout_id``: release its unbound holds made for it (none is fine)."""
        caller = require(request, "merchant")
        with session(request) as s:
            now = utcnow()
            held = payments.open_hold_for(s, payee=caller.id, checkout_id=checkout_id, now=now)
            if held is not None:
                payments.void(s, held, payee=caller.id, now=now, detail="checkout canceled")
            s.commit()
            return {"checkout_id": checkout_id, "voided": [held.id] if held is not None else []}

    @router.post("/authorizations/{authorization_id}/refund")
    async def refund(authorization_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "wallet.refund")
        require(request, "merchant")
        body: RefundBody = await _body(request, RefundBody)
        with session(request) as s:
            row, payee = _payee_row(s, authorization_id, request)
            payments.refund(s, row, payee=payee, amount=body.amount, reason=body.reason, now=utcnow())
            s.commit()
            return auth_view(row)

    @router.get("/operations")
    async def operations(request: Request, authorization_id: str | None = None,
                         shopper_id: str | None = None) -> dict[str, Any]:
        caller = require(request, "platform", "merchant", "operator")
        with session(request) as s:
            query = select(WalletOperationRow)
            if caller.role != "operator":  # a merchant sees its payments, the platform the holds it made
                mine = select(AuthorizationRow.id).where(
                    AuthorizationRow.payee == caller.id if caller.role == "merchant"
                    else or_(col(AuthorizationRow.made_by) == caller.scope,
                             col(AuthorizationRow.made_by).is_(None)))
                query = query.where(WalletOperationRow.authorization_id.in_(mine))  # type: ignore[attr-defined]
            if authorization_id:
                query = query.where(WalletOperationRow.authorization_id == authorization_id)
            if shopper_id:
                query = query.where(WalletOperationRow.shopper_id == shopper_id)
            rows = s.exec(query.order_by(WalletOperationRow.id)).all()  # type: ignore[arg-type]
            return {"operations": [{
                "operation_id": r.id, "authorization_id": r.authorization_id, "shopper_id": r.shopper_id,
                "kind": r.kind, "amount": r.amount, "currency": r.currency, "at": as_utc(r.at).isoformat(),
                "detail": r.detail} for r in rows]}

    return router
