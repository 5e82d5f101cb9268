"""The local stores' request bodies, the views their API answers with, and the lookups its routes share."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlmodel import Session, select

from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import ShopperRow, as_utc
from errand.sandbox.stores.logic import set_bookings
from errand.sandbox.stores.tables import StoreBranchOrderRow, StoreBranchRow, StoreChainRow, StoreQuoteRow


class Options(BaseModel):
    size: Literal["regular", "large"] | None = None
    sugar: str | None = None
    ice: str | None = None


class Allocation(BaseModel):
    branch_id: str
    quantity: int = Field(ge=1, le=500)


class QuoteBody(BaseModel):
    shopper_id: str
    address_label: str
    item: str = Field(min_length=1, max_length=120)
    options: Options = Field(default_factory=Options)
    deliver_by: datetime
    allocations: list[Allocation] = Field(min_length=1, max_length=10)
    use_loyalty_points: bool = True


class PlaceBody(BaseModel):
    branch_order_id: str
    authorization_id: str


class RejectNext(BaseModel):
    count: int = Field(default=1, ge=0, le=100)


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def saved_address(session: Session, shopper_id: str, label: str) -> dict[str, Any]:
    shopper = session.get(ShopperRow, shopper_id)
    if shopper is None:
        raise UCPError(404, "buyer_not_found", f"unknown shopper {shopper_id}", "unrecoverable")
    addresses: list[dict[str, Any]] = json.loads(shopper.addresses)
    for address in addresses:
        if address["label"] == label:
            return address
    raise UCPError(422, "address_undeliverable", f"{shopper_id} has no address labelled {label!r}")


def chain_matches(chain: StoreChainRow, wanted: str | None) -> bool:
    if not wanted:
        return True
    w = wanted.lower().replace(" ", "")
    return w in (chain.id, chain.name.lower().replace(" ", ""))


def options_text(options: Options) -> str:
    parts = [options.size, f"{options.sugar} sugar" if options.sugar else None,
             {"hot": "hot", "none": "no ice", "less": "less ice"}.get(options.ice or "")]
    return ", ".join(p for p in parts if p)


def order_view(row: StoreBranchOrderRow, branch: StoreBranchRow | None = None) -> dict[str, Any]:
    return {"branch_order_id": row.id, "quote_id": row.quote_id, "branch_id": row.branch_id,
            "branch_name": branch.name if branch else "", "chain_id": row.chain_id, "item_id": row.item_id,
            "title": row.title, "quantity": row.quantity, "options": json.loads(row.options),
            "unit_price": row.unit_price, "line_total": row.line_total, "discount": row.discount,
            "discount_label": row.discount_label, "points_used": row.points_used,
            "delivery_fee": row.delivery_fee, "total": row.total, "ready_at": as_utc(row.ready_at).isoformat(),
            "status": row.status, "authorization_id": row.authorization_id, "shipment_id": row.shipment_id}


def quote_view(session: Session, quote: StoreQuoteRow) -> dict[str, Any]:
    rows = session.exec(select(StoreBranchOrderRow).where(StoreBranchOrderRow.quote_id == quote.id)
                        .order_by(StoreBranchOrderRow.id)).all()
    return {"quote_id": quote.id, "shopper_id": quote.shopper_id, "status": quote.status, "total": quote.total,
            "currency": quote.currency, "address": json.loads(quote.address),
            "deliver_by": as_utc(quote.deliver_by).isoformat(), "expires_at": as_utc(quote.expires_at).isoformat(),
            "branch_orders": [order_view(r, session.get(StoreBranchRow, r.branch_id)) for r in rows]}


def release_order(session: Session, row: StoreBranchOrderRow, status: str) -> None:
    row.status = status
    set_bookings(session, row.id, "released")
    session.add(row)


def quote_row(s: Session, quote_id: str) -> StoreQuoteRow:
    row = s.get(StoreQuoteRow, quote_id)
    if row is None:
        raise UCPError(404, "not_found", f"no bulk quote {quote_id}", "unrecoverable")
    return row


def order_row(s: Session, branch_order_id: str) -> StoreBranchOrderRow:
    row = s.get(StoreBranchOrderRow, branch_order_id)
    if row is None:
        raise UCPError(404, "not_found", f"no branch order {branch_order_id}", "unrecoverable")
    return row
