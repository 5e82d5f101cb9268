"""The wallet: verifies the shopper's signed approval, then holds, captures, voids and refunds money."""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from sqlmodel import Session, select

from domain.approval import verify_approval
from domain.models import Quote, SignedApproval

from .db import AuthorizationRow, ShopperRow, WalletOperationRow, as_utc, request_session, utcnow
from .errors import UCPError
from .faults import check_fault
from .wallet_keys import active_keys, active_public_key

# Verdicts that mean "not this shopper's consent" are 403; an expired quote is a 422 (ask again).
_VERDICT_STATUS = {"malformed": 403, "wrong_shopper": 403, "other_quote": 403, "bad_signature": 403,
                   "expired": 422}


class AuthorizeBody(BaseModel):
    shopper_id: str
    quote: Quote
    approval: SignedApproval


class CaptureBody(BaseModel):
    amount: int = Field(gt=0)


class RefundBody(BaseModel):
    amount: int = Field(gt=0)
    reason: str = ""


def auth_view(row: AuthorizationRow) -> dict[str, Any]:
    return {"authorization_id": row.id, "shopper_id": row.shopper_id, "amount": row.amount,
            "currency": row.currency, "status": row.status, "captured": row.captured, "refunded": row.refunded,
            "quote_id": row.quote_id, "checkout_id": row.checkout_id, "order_id": row.order_id}


def _op(session: Session, row: AuthorizationRow, kind: str, amount: int, detail: str = "") -> None:
    session.add(WalletOperationRow(authorization_id=row.id, shopper_id=row.shopper_id, kind=kind, amount=amount,
                                   currency=row.currency, at=utcnow(), detail=detail))


def _get(session: Session, authorization_id: str) -> AuthorizationRow:
    row = session.get(AuthorizationRow, authorization_id)
    if row is None:
        raise UCPError(404, "not_found", f"no authorization {authorization_id}", "unrecoverable")
    return row


async def _body(request: Request, model: type[BaseModel]) -> Any:
    try:
        return model.model_validate_json(await request.body())
    except ValidationError as exc:
        raise UCPError(422, "invalid_request", str(exc.errors(include_url=False))[:1000]) from exc


def wallet_router() -> APIRouter:
    router = APIRouter()

    def session(request: Request) -> Session:
        return request_session(request)

    @router.get("/shoppers/{shopper_id}")
    async def shopper(shopper_id: str, request: Request) -> dict:
        with session(request) as s:
            row = s.get(ShopperRow, shopper_id)
            if row is None:
                raise UCPError(404, "not_found", f"no shopper {shopper_id}", "unrecoverable")
            return {"shopper_id": row.id, "keys": active_keys(s, row.id)}

    @router.post("/authorizations", status_code=201)
    async def authorize(request: Request) -> JSONResponse:
        await check_fault(request, "wallet.authorize")
        body: AuthorizeBody = await _body(request, AuthorizeBody)
        with session(request) as s:
            shopper = s.get(ShopperRow, body.shopper_id)
            if shopper is None:
                raise UCPError(404, "not_found", f"no shopper {body.shopper_id}", "unrecoverable")
            verdict = "wrong_shopper" if body.quote.shopper_id != body.shopper_id else verify_approval(
                body.quote, body.approval, active_public_key(s, body.shopper_id, body.approval.key_id), now=utcnow())
            if verdict != "ok":
                raise UCPError(_VERDICT_STATUS.get(verdict, 403), verdict,
                               f"approval rejected: {verdict}", "requires_buyer_review")
            row = AuthorizationRow(id=f"auth_{secrets.token_hex(8)}", shopper_id=body.shopper_id,
                                   amount=body.quote.total, currency=body.quote.currency, status="held",
                                   quote_id=body.quote.quote_id, checkout_id=body.quote.checkout_id,
                                   created_at=utcnow())
            s.add(row)
            _op(s, row, "authorize", row.amount, f"quote {body.quote.quote_id}")
            s.commit()
            return JSONResponse(auth_view(row), status_code=201)

    @router.get("/authorizations/{authorization_id}")
    async def get(authorization_id: str, request: Request) -> dict:
        with session(request) as s:
            return auth_view(_get(s, authorization_id))

    @router.post("/authorizations/{authorization_id}/capture")
    async def capture(authorization_id: str, request: Request) -> dict:
        await check_fault(request, "wallet.capture")
        body: CaptureBody = await _body(request, CaptureBody)
        with session(request) as s:
            row = _get(s, authorization_id)
            if row.status != "held":
                raise UCPError(409, "already_captured" if row.captured else f"authorization_{row.status}",
                               f"cannot capture an authorization that is {row.status}", "unrecoverable")
            if body.amount > row.amount:
                raise UCPError(409, "capture_exceeds_hold", f"capture {body.amount} > held {row.amount}",
                               "unrecoverable")
            row.captured = body.amount
            row.status = "captured"
            s.add(row)
            _op(s, row, "capture", body.amount)
            s.commit()
            return auth_view(row)

    @router.post("/authorizations/{authorization_id}/void")
    async def void(authorization_id: str, request: Request) -> dict:
        await check_fault(request, "wallet.void")
        with session(request) as s:
            row = _get(s, authorization_id)
            if row.status != "held":
                raise UCPError(409, f"authorization_{row.status}", f"cannot void an authorization that is "
                               f"{row.status}", "unrecoverable")
            row.status = "voided"
            s.add(row)
            _op(s, row, "void", row.amount)
            s.commit()
            return auth_view(row)

    @router.post("/authorizations/{authorization_id}/refund")
    async def refund(authorization_id: str, request: Request) -> dict:
        await check_fault(request, "wallet.refund")
        body: RefundBody = await _body(request, RefundBody)
        with session(request) as s:
            row = _get(s, authorization_id)
            if row.status not in ("captured", "partially_refunded"):
                raise UCPError(409, "not_captured", f"cannot refund an authorization that is {row.status}",
                               "unrecoverable")
            if body.amount > row.captured - row.refunded:
                raise UCPError(409, "refund_exceeds_captured",
                               f"refund {body.amount} > refundable {row.captured - row.refunded}", "unrecoverable")
            row.refunded += body.amount
            row.status = "refunded" if row.refunded == row.captured else "partially_refunded"
            s.add(row)
            _op(s, row, "refund", body.amount, body.reason)
            s.commit()
            return auth_view(row)

    @router.get("/operations")
    async def operations(request: Request, authorization_id: str | None = None,
                         shopper_id: str | None = None) -> dict:
        with session(request) as s:
            query = select(WalletOperationRow)
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
