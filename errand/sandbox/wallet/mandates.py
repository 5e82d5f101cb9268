"""Standing mandates in the wallet: register a shopper-signed mandate, then authorize purchases under it.

``POST /wallet/mandates`` registers a ``SignedMandate`` after checking the signature against the shopper's
registered key. ``POST /wallet/mandates/{id}/authorize`` holds a quote's total with nobody present, but only
if the quote is inside the mandate (product, unit price, quantity, merchant, expiry, a total the wallet
recomputes from the quote's lines and bounded adjustments, under the mandate's maximum); its uses and budget
are spent in the same transaction that creates the hold, by a conditional update, so two concurrent
authorizations cannot both succeed past them. The platform revokes a mandate (``POST .../revoke``); a
mandate id is the shopper's own (another shopper's is 404). Refusals carry a ``mandate_*`` code and hold
nothing; the wallet's spending caps apply as on every hold.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from pydantic import Field as PField
from sqlalchemy import update
from sqlmodel import Field, Session, SQLModel

from errand.domain.approval import quote_digest
from errand.domain.mandate import Mandate, SignedMandate, check_purchase, mandate_digest, signature_ok
from errand.domain.models import Quote
from errand.sandbox.admin.faults import check_fault
from errand.sandbox.common.auth import require
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import ShopperRow, request_session, utcnow
from errand.sandbox.wallet import payments
from errand.sandbox.wallet.api import auth_view, own_hosts
from errand.sandbox.wallet.keys import active_public_key

_STATUS = {"mandate_invalid_signature": 403, "mandate_scope_mismatch": 403, "mandate_expired": 422,
           "mandate_price_exceeded": 422, "mandate_quantity_exceeded": 422, "mandate_used": 409,
           "mandate_total_exceeded": 422, "mandate_budget_exceeded": 422, "mandate_revoked": 409}


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
    spent: int | None = None  # what holds under it added up to (for the budget)
    revoked_at: datetime | None = None


class AuthorizeUnderMandate(BaseModel):
    quote: Quote


class RevokeBody(BaseModel):
    shopper_id: str = PField(min_length=1, max_length=64)


def mandate_view(row: MandateRow) -> dict[str, Any]:
    mandate = Mandate.model_validate_json(row.body)
    return {"mandate_id": row.id, "shopper_id": row.shopper_id, "digest": row.digest, "status": row.status,
            "uses": row.uses, "spent": row.spent or 0, "last_authorization_id": row.last_authorization_id,
            "mandate": mandate.model_dump(mode="json"), "signature": row.signature}


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
        return request_session(request)

    @router.post("", status_code=201)
    async def register(request: Request) -> JSONResponse:
        await check_fault(request, "wallet.mandate.register")
        require(request, "platform")
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

    def _mine(s: Session, mandate_id: str, shopper_id: str | None) -> MandateRow:
        """The mandate if it is this shopper's: another shopper's mandate id is not found, to them."""
        row = s.get(MandateRow, mandate_id)
        if row is None or (shopper_id is not None and row.shopper_id != shopper_id):
            raise UCPError(404, "mandate_not_found", f"no mandate {mandate_id}", "unrecoverable")
        return row

    @router.get("/{mandate_id}")
    async def get(mandate_id: str, request: Request, shopper_id: str | None = None) -> dict[str, Any]:
        caller = require(request, "platform", "operator")
        if caller.role == "platform" and not shopper_id:
            raise UCPError(422, "invalid_request", "name the shopper whose mandate this is (shopper_id)")
        with session(request) as s:
            return mandate_view(_mine(s, mandate_id, shopper_id))

    @router.post("/{mandate_id}/revoke")
    async def revoke(mandate_id: str, request: Request) -> dict[str, Any]:
        """The platform revokes a shopper's mandate (a cancelled watch): nothing more is bought under it."""
        require(request, "platform", "operator")
        body: RevokeBody = await _parse(request, RevokeBody)
        with session(request) as s:
            row = _mine(s, mandate_id, body.shopper_id)
            if row.status != "revoked":
                s.execute(update(MandateRow).where(MandateRow.id == mandate_id)  # type: ignore[arg-type]
                          .values(status="revoked", revoked_at=utcnow()))
                s.commit()
                s.refresh(row)
            return mandate_view(row)

    @router.post("/{mandate_id}/authorize", status_code=201)
    async def authorize(mandate_id: str, request: Request) -> JSONResponse:
        await check_fault(request, "wallet.mandate.authorize")
        caller = require(request, "platform")
        body: AuthorizeUnderMandate = await _parse(request, AuthorizeUnderMandate)
        quote = body.quote
        settings = request.app.state.settings
        now = utcnow()
        with session(request) as s:
            row = _mine(s, mandate_id, quote.shopper_id)
            mandate = Mandate.model_validate_json(row.body)
            if row.status == "revoked":
                raise _refuse("mandate_revoked", "the mandate was revoked")
            if row.status != "active":
                raise _refuse("mandate_used", f"the mandate is {row.status}")
            payments.recompute_total(quote)  # the total checked below is one the lines and adjustments make
            verdict, why = check_purchase(mandate, quote, now)
            if verdict != "ok":
                raise _refuse(verdict, why)
            payee = payments.payee_of(quote.merchant, settings, own_hosts(request))
            auth = payments.open_hold(s, quote=quote, payee=payee,
                                      digest=f"mandate/{mandate_id}/{quote_digest(quote)}", made_by=caller.scope,
                                      now=now, settings=settings, mandate_id=mandate_id,
                                      detail=f"quote {quote.quote_id} under mandate {mandate_id}")
            spent_before = row.spent or 0
            if mandate.budget is not None and spent_before + auth.amount > mandate.budget:
                s.rollback()
                raise _refuse("mandate_budget_exceeded",
                              f"{auth.amount} on top of {spent_before} held under the mandate is over its "
                              f"budget of {mandate.budget}")
            limit = mandate.use_limit
            used_up = limit is not None and row.uses + 1 >= limit
            # Spend the mandate only if nobody else did since it was read: the row count is the test-and-set.
            spent = s.execute(
                update(MandateRow).where(MandateRow.id == mandate_id, MandateRow.status == "active",  # type: ignore[arg-type]
                                         MandateRow.uses == row.uses)  # type: ignore[arg-type]
                .values(status="used" if used_up else "active", uses=row.uses + 1,
                        spent=spent_before + auth.amount, last_authorization_id=auth.id))
            if spent.rowcount != 1:  # type: ignore[attr-defined]
                s.rollback()
                raise _refuse("mandate_used", "the mandate was used by another authorization")
            s.commit()
            return JSONResponse({**auth_view(auth, now), "mandate_id": mandate_id}, status_code=201)

    return router


__all__ = ["MandateRow", "mandate_view", "mandates_router"]
