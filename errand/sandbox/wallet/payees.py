"""Merchants the wallet pays that are not served from its own sandbox: the payment provider's side of
several merchants on one machine (``errand up --merchants N``).

An operator registers a merchant id; the wallet answers a credential made for that merchant, once, and keeps
only its digest (in ``meta``, so no table is added for it). A request that presents the credential is that
merchant as a payee (``Caller("merchant", <id>)``): like the sandbox's own merchant it captures, voids and
refunds only holds made for it, over HTTP, and the platform's holds may name it as payee. Registering an id
again issues a new credential and retires the old one; the sandbox's own merchant, the stores service and
the courier are not registrable (their payments are the sandbox's own).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from sqlmodel import Session, col, select

from errand.sandbox.common.auth import Caller, require
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import Meta, request_session
from errand.sandbox.wallet.payments import COURIER_PAYEE, STORES_PAYEE

_ID_KEY = "wallet:payee:"
_TOKEN_KEY = "wallet:payee-token:"
MERCHANT_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")


class PayeeBody(BaseModel):
    merchant_id: str = Field(pattern=MERCHANT_ID.pattern)
    base_url: str = Field(default="", max_length=300, description="where the merchant serves UCP, for operators")


def _digest(token: str) -> str:
    return hashlib.sha256(f"errand/wallet/payee/v1:{token.strip()}".encode()).hexdigest()


def registered_payee(session: Session, merchant: str) -> str | None:
    """``merchant`` when it is a payee registered with this wallet, else None."""
    return merchant if MERCHANT_ID.match(merchant) and session.get(Meta, _ID_KEY + merchant) else None


def payee_caller(request: Request) -> Caller | None:
    """The registered merchant whose credential the request's bearer token is, or None (not this module's to
    judge). The digest is the lookup key, so nothing compares the token itself."""
    header = request.headers.get("authorization") or ""
    if not header.lower().startswith("bearer ") or not header[7:].strip():
        return None
    with Session(request.app.state.engine) as db:
        row = db.get(Meta, _TOKEN_KEY + _digest(header[7:]))
    return Caller("merchant", row.value) if row is not None else None


def register(session: Session, merchant_id: str, base_url: str, own_merchant_id: str) -> str:
    """Record ``merchant_id`` as a payee and return its new credential (any earlier one stops working)."""
    if merchant_id in (own_merchant_id, STORES_PAYEE, COURIER_PAYEE):
        raise UCPError(409, "payee_reserved", f"{merchant_id!r} is paid by this sandbox itself", "unrecoverable")
    old = session.get(Meta, _ID_KEY + merchant_id)
    if old is not None:
        retired = json.loads(old.value).get("token_digest")
        stale = session.get(Meta, _TOKEN_KEY + str(retired))
        if stale is not None:
            session.delete(stale)
        session.delete(old)
        session.flush()
    token = secrets.token_urlsafe(32)
    session.add(Meta(key=_ID_KEY + merchant_id,
                     value=json.dumps({"base_url": base_url, "token_digest": _digest(token)})))
    session.add(Meta(key=_TOKEN_KEY + _digest(token), value=merchant_id))
    return token


def payees_router() -> APIRouter:
    router = APIRouter()

    @router.post("/payees", status_code=201)
    async def register_payee(request: Request) -> JSONResponse:
        """Register a merchant as a payee (operator only); the answer carries its credential, shown once."""
        require(request, "operator")
        try:
            body = PayeeBody.model_validate_json(await request.body())
        except ValidationError as exc:
            raise UCPError(422, "invalid_request", str(exc.errors(include_url=False))[:1000]) from exc
        with request_session(request) as s:
            token = register(s, body.merchant_id, body.base_url, request.app.state.settings.merchant_id)
            s.commit()
        return JSONResponse({"merchant_id": body.merchant_id, "token": token}, status_code=201,
                            headers={"Cache-Control": "no-store"})

    @router.get("/payees")
    async def list_payees(request: Request) -> dict[str, object]:
        require(request, "operator")
        with request_session(request) as s:
            rows = s.exec(select(Meta).where(col(Meta.key).startswith(_ID_KEY))).all()
            return {"payees": [{"merchant_id": r.key.removeprefix(_ID_KEY),
                                "base_url": json.loads(r.value).get("base_url", "")} for r in rows]}

    return router


__all__ = ["MERCHANT_ID", "payee_caller", "payees_router", "register", "registered_payee"]
