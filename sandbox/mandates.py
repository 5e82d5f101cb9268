"""Standing mandates in the wallet: register a shopper-signed mandate, then authorize purchases under it.

``POST /wallet/mandates`` registers a ``SignedMandate`` after checking the signature against the shopper's
registered key. ``POST /wallet/mandates/{id}/authorize`` holds a quote's total with nobody present, but only
if the quote is inside the mandate (product, unit price, quantity, merchant, expiry); a single-use mandate
is spent in the same transaction that creates the hold, by a conditional update, so two concurrent
authorizations cannot both succeed. Refusals carry a ``mandate_*`` code and hold nothing.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from sqlalchemy import update
from sqlmodel import Field, Session, SQLModel

from domain.mandate import Mandate, SignedMandate, check_purchase, mandate_digest, signature_ok
from domain.models import Quote

from .db import AuthorizationRow, ShopperRow, WalletOperationRow, utcnow
from .errors import UCPError
from .faults import check_fault
from .wallet import auth_view
from .wallet_keys import active_public_key

_STATUS = {"mandate_invalid_signature": 403, "mandate_scope_mismatch": 403, "mandate_expired": 422,
           "mandate_price_exceeded": 422, "mandate_quantity_exceeded": 422, "mandate_used": 409}


class MandateRow(SQLModel, table=True):
    __tablename__ = "wallet_mandate"
    id: str = Field(primary_key=True)
    shopper_id: str = Field(index=True)
    digest: str
    body: str
    signature: str
    status: str = "active"
    uses: int = 0
    last_authorization_id: str | None = None
    created_at: datetime


class AuthorizeUnderMandate(BaseModel):
    quote: Quote


def mandate_view(row: MandateRow) -> dict[str, Any]:
    mandate = Mandate.model_validate_json(row.body)
    return {"mandate_id": row.id, "shopper_id": row.shopper_id, "digest": row.digest, "status": row.status,
            "uses": row.uses, "last_authorization_id": row.last_authorization_id,
            "mandate": mandate.model_dump(mode="json")}


async def _parse(request: Request, model: type[BaseModel]) -> Any:
    try:
        return model.model_validate_json(await request.body())
    except ValidationError as exc:
        raise UCPError(422, "invalid_request", str(exc.errors(include_url=False))[:1000]) from exc


def _refuse(code: str, content: str) -> UCPError:
    return UCPError(_STATUS.get(code, 403), code, content, "requires_buyer_review")


def mandates_router() -> APIRouter:
    router = APIRouter()

    def session(request: Request) -> Session:
        return Session(request.app.state.engine)

    @router.post("", status_code=201)
    async def register(request: Request) -> JSONResponse:
        await check_fault(request, "wallet.mandate.register")
        signed: SignedMandate = await _parse(request, SignedMandate)
        mandate = signed.mandate
        digest = mandate_digest(mandate)
        with session(request) as s:
            shopper = s.get(ShopperRow, mandate.shopper_id)
            if shopper is None:
                raise UCPError(404, "not_found", f"no shopper {mandate.shopper_id}", "unrecoverable")
            if not signature_ok(signed, active_public_key(s, mandate.shopper_id, signed.key_id)):
                raise _refuse("mandate_invalid_signature", "the mandate is not signed by its shopper")
            if utcnow() >= mandate.expires_at:
                raise _refuse("mandate_expired", "the mandate has already expired")
            existing = s.get(MandateRow, mandate.mandate_id)
            if existing is not None:
                if existing.digest != digest:
                    raise UCPError(409, "mandate_conflict", f"mandate {mandate.mandate_id} exists with other terms",
                                   "unrecoverable")
                return JSONResponse(mandate_view(existing), status_code=200)
            row = MandateRow(id=mandate.mandate_id, shopper_id=mandate.shopper_id, digest=digest,
                             body=mandate.model_dump_json(), signature=signed.signature, created_at=utcnow())
            s.add(row)
            s.commit()
            s.refresh(row)
            return JSONResponse(mandate_view(row), status_code=201)

    @router.get("/{mandate_id}")
    async def get(mandate_id: str, request: Request) -> dict:
        with session(request) as s:
            row = s.get(MandateRow, mandate_id)
            if row is None:
                raise UCPError(404, "mandate_not_found", f"no mandate {mandate_id}", "unrecoverable")
            return mandate_view(row)

    @router.post("/{mandate_id}/authorize", status_code=201)
    async def authorize(mandate_id: str, request: Request) -> JSONResponse:
        await check_fault(request, "wallet.mandate.authorize")
        body: AuthorizeUnderMandate = await _parse(request, AuthorizeUnderMandate)
        quote = body.quote
        with session(request) as s:
            row = s.get(MandateRow, mandate_id)
            if row is None:
                raise UCPError(404, "mandate_not_found", f"no mandate {mandate_id}", "unrecoverable")
            mandate = Mandate.model_validate_json(row.body)
            if row.status != "active":
                raise _refuse("mandate_used", f"the mandate is {row.status}")
            verdict, why = check_purchase(mandate, quote, utcnow())
            if verdict != "ok":
                raise _refuse(verdict, why)
            auth = AuthorizationRow(id=f"auth_{secrets.token_hex(8)}", shopper_id=quote.shopper_id,
                                    amount=quote.total, currency=quote.currency, status="held",
                                    quote_id=quote.quote_id, checkout_id=quote.checkout_id, created_at=utcnow())
            # Spend the mandate only if it is still active: the row count is the atomic test-and-set.
            spent = s.execute(
                update(MandateRow).where(MandateRow.id == mandate_id, MandateRow.status == "active")  # type: ignore[arg-type]
                .values(status="used" if mandate.single_use else "active", uses=MandateRow.uses + 1,
                        last_authorization_id=auth.id))
            if spent.rowcount != 1:  # type: ignore[attr-defined]
                s.rollback()
                raise _refuse("mandate_used", "the mandate was used by another authorization")
            s.add(auth)
            s.add(WalletOperationRow(authorization_id=auth.id, shopper_id=auth.shopper_id, kind="authorize",
                                     amount=auth.amount, currency=auth.currency, at=utcnow(),
                                     detail=f"quote {quote.quote_id} under mandate {mandate_id}"))
            s.commit()
            s.refresh(auth)
            return JSONResponse({**auth_view(auth), "mandate_id": mandate_id}, status_code=201)

    return router


__all__ = ["MandateRow", "mandate_view", "mandates_router"]
