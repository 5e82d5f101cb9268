"""Operators' decisions on returns: the only source of an exception to the return policy.

A decision is recorded at the returns desk by a caller holding the operator credential
(``POST /admin/returns/decisions``) and read back by anyone who acts on it (``GET
/admin/returns/decisions/{id}`` for operators, ``GET /returns/decisions/{id}`` for the platform). When an
RMA is requested outside the policy, the desk grants it only if an operator approved a return of that order
(and item); a note in the shopper's request grants nothing.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlmodel import Field as SQLField
from sqlmodel import Session, SQLModel, col, select

from errand.sandbox.common.auth import caller_of, require, require_operator
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import as_utc, utcnow


class ReturnDecisionRow(SQLModel, table=True):
    __tablename__ = "return_decision"
    id: str = SQLField(primary_key=True)
    order_id: str = SQLField(index=True)
    product_id: str | None = None
    errand_id: str = ""
    approve: bool
    note: str = ""
    operator: str
    decided_by: str
    created_at: datetime


class NewDecision(BaseModel):
    order_id: str = Field(min_length=1, max_length=64)
    product_id: str | None = Field(default=None, max_length=64)
    errand_id: str = Field(default="", max_length=128)
    approve: bool
    note: str = Field(default="", max_length=500)
    operator: str = Field(default="operator", min_length=1, max_length=64)


def decision_view(row: ReturnDecisionRow) -> dict[str, Any]:
    return {"decision_id": row.id, "order_id": row.order_id, "product_id": row.product_id,
            "errand_id": row.errand_id, "approve": row.approve, "note": row.note, "operator": row.operator,
            "decided_by": row.decided_by, "at": as_utc(row.created_at).isoformat()}


def approved_exception(session: Session, order_id: str, product_id: str | None) -> str | None:
    """The note of the latest operator decision for this order (and item) if it approves, else None."""
    rows = session.exec(select(ReturnDecisionRow).where(ReturnDecisionRow.order_id == order_id)
                        .order_by(col(ReturnDecisionRow.created_at).desc())).all()
    for row in rows:
        if row.product_id in (None, product_id):
            return f"approved by {row.operator}: {row.note}"[:500] if row.approve else None
    return None


def _get(request: Request, decision_id: str) -> dict[str, Any]:
    with Session(request.app.state.engine) as s:
        row = s.get(ReturnDecisionRow, decision_id)
        if row is None:
            raise UCPError(404, "not_found", f"no decision {decision_id}", "unrecoverable")
        return decision_view(row)


def decisions_admin_router() -> APIRouter:
    """``/admin/returns/decisions``: operators record and read decisions."""
    router = APIRouter(dependencies=[Depends(require_operator)])

    @router.post("/decisions", status_code=201)
    async def record(body: NewDecision, request: Request) -> dict[str, Any]:
        caller = caller_of(request)
        with Session(request.app.state.engine) as s:
            row = ReturnDecisionRow(id=f"dec_{secrets.token_hex(8)}", order_id=body.order_id,
                                    product_id=body.product_id, errand_id=body.errand_id,
                                    approve=body.approve, note=body.note, operator=body.operator,
                                    decided_by=caller.scope, created_at=utcnow())
            s.add(row)
            s.commit()
            s.refresh(row)
            return decision_view(row)

    @router.get("/decisions/{decision_id}")
    async def read(decision_id: str, request: Request) -> dict[str, Any]:
        return _get(request, decision_id)

    return router


def decisions_router() -> APIRouter:
    """``/returns/decisions/{id}``: the platform reads a decision before it acts on it."""
    router = APIRouter()

    @router.get("/decisions/{decision_id}")
    async def read(decision_id: str, request: Request) -> dict[str, Any]:
        require(request, "platform", "operator")
        return _get(request, decision_id)

    return router


__all__ = ["ReturnDecisionRow", "approved_exception", "decision_view", "decisions_admin_router",
           "decisions_router"]
