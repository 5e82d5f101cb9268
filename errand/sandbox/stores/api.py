"""Local stores under ``/stores``: branch search by distance, menus, capacity, bulk quotes and branch orders.

A bulk quote reserves slot capacity at one or more branches (held until the quote expires) and prices every
branch order by its chain's rules. Each branch order is placed against the one wallet hold that the shopper
signed for the quote's total; a placed order gets a courier shipment from the branch to the door.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from sqlmodel import Session, select

from errand.sandbox.admin.faults import check_fault
from errand.sandbox.common import ownership
from errand.sandbox.common.auth import require, require_operator
from errand.sandbox.common.errors import UCPError
from errand.sandbox.courier.api import create_shipment
from errand.sandbox.db import AuthorizationRow, as_utc, request_session, utcnow
from errand.sandbox.stores.logic import (
    SHANGHAI,
    book,
    capacity,
    distance_km,
    earliest_delivery,
    match_item,
    price_branch,
    set_bookings,
    unit_price,
)
from errand.sandbox.stores.payments import check_authorization as _check_authorization
from errand.sandbox.stores.payments import refund_branch as _refund_branch
from errand.sandbox.stores.payments import void_unplaced as _void_unplaced
from errand.sandbox.stores.tables import (
    StoreBranchOrderRow,
    StoreBranchRow,
    StoreChainRow,
    StoreLoyaltyRow,
    StoreMenuRow,
    StoreQuoteRow,
)
from errand.sandbox.stores.views import (
    PlaceBody,
    QuoteBody,
    RejectNext,
    chain_matches,
    hhmm,
    options_text,
    order_row,
    order_view,
    quote_row,
    quote_view,
    release_order,
    saved_address,
)
from errand.sandbox.wallet import payments


def stores_router() -> APIRouter:
    router = APIRouter()

    def session(request: Request) -> Session:
        return request_session(request)

    @router.get("/branches")
    async def search(request: Request, lat: float | None = None, lng: float | None = None,
                     shopper_id: str | None = None, address_label: str = "office", chain: str | None = None,
                     item: str | None = None, deliver_by: datetime | None = None, limit: int = 10) -> dict[str, Any]:
        await check_fault(request, "stores.search")
        if shopper_id is not None:
            ownership.for_shopper(request)  # a shopper's address is not for strangers
        now = utcnow()
        with session(request) as s:
            if lat is None or lng is None:
                if shopper_id is None:
                    raise UCPError(422, "invalid_request", "give lat and lng, or shopper_id and address_label")
                origin = saved_address(s, shopper_id, address_label)
                lat, lng = origin["lat"], origin["lng"]
            chains = {c.id: c for c in s.exec(select(StoreChainRow)).all() if chain_matches(c, chain)}
            if chain and not chains:
                raise UCPError(404, "unknown_chain", f"no store chain called {chain!r}", "unrecoverable")
            menus: dict[str, StoreMenuRow | None] = {cid: match_item(s, cid, item) if item else None for cid in chains}
            found = []
            for branch in s.exec(select(StoreBranchRow)).all():
                if branch.chain_id not in chains or (item and menus[branch.chain_id] is None):
                    continue
                found.append((distance_km(lat, lng, branch.lat, branch.lng), branch))
            found.sort(key=lambda pair: (pair[0], pair[1].id))
            out = []
            for km, branch in found[:max(1, min(limit, 50))]:
                menu = menus.get(branch.chain_id)
                view: dict[str, Any] = {
                    "branch_id": branch.id, "chain_id": branch.chain_id, "chain": chains[branch.chain_id].name,
                    "name": branch.name, "city": branch.city, "lat": branch.lat, "lng": branch.lng,
                    "distance_km": round(km, 3), "opens": hhmm(branch.opens), "closes": hhmm(branch.closes),
                    "cups_per_slot": branch.cups_per_slot,
                    "item": None if menu is None else {"item_id": menu.id, "name": menu.name,
                                                       "price_regular": menu.price_regular,
                                                       "price_large": menu.price_large},
                    "capacity": None}
                if deliver_by is not None:
                    cap = capacity(s, branch, deliver_by, km, now)
                    view["capacity"] = {"available": cap.available, "ready_by": cap.ready_by.isoformat(),
                                        "window_start": cap.window_start.isoformat(),
                                        "delivery_minutes": cap.delivery_minutes}
                out.append(view)
            return {"origin": {"lat": lat, "lng": lng}, "branches": out}

    @router.get("/branches/{branch_id}/menu")
    async def menu(branch_id: str, request: Request) -> dict[str, Any]:
        with session(request) as s:
            branch = s.get(StoreBranchRow, branch_id)
            if branch is None:
                raise UCPError(404, "not_found", f"no branch {branch_id}", "unrecoverable")
            rows = s.exec(select(StoreMenuRow).where(StoreMenuRow.chain_id == branch.chain_id)).all()
            return {"branch_id": branch.id, "items": [
                {"item_id": r.id, "name": r.name, "price_regular": r.price_regular, "price_large": r.price_large,
                 "options": {"size": ["regular", "large"], "sugar": r.sugar.split(","), "ice": r.ice.split(",")}}
                for r in rows]}

    @router.get("/branches/{branch_id}/capacity")
    async def can_make(branch_id: str, request: Request, deliver_by: datetime, cups: int = 1,
                       lat: float | None = None, lng: float | None = None, shopper_id: str | None = None,
                       address_label: str = "office") -> dict[str, Any]:
        if shopper_id is not None:
            ownership.for_shopper(request)
        with session(request) as s:
            branch = s.get(StoreBranchRow, branch_id)
            if branch is None:
                raise UCPError(404, "not_found", f"no branch {branch_id}", "unrecoverable")
            if lat is None or lng is None:
                origin = saved_address(s, shopper_id or "", address_label)
                lat, lng = origin["lat"], origin["lng"]
            cap = capacity(s, branch, deliver_by, distance_km(lat, lng, branch.lat, branch.lng), utcnow())
            return {"branch_id": branch.id, "cups": cups, "available": cap.available,
                    "can_make": cap.available >= cups, "ready_by": cap.ready_by.isoformat(),
                    "window_start": cap.window_start.isoformat(), "delivery_minutes": cap.delivery_minutes}

    @router.get("/earliest")
    async def earliest(request: Request, shopper_id: Annotated[str, Query(min_length=1, max_length=64)],
                       item: Annotated[str, Query(min_length=1, max_length=120)],
                       cups: Annotated[int, Query(ge=1, le=500)], after: datetime,
                       address_label: Annotated[str, Query(max_length=64)] = "office",
                       chain: Annotated[str | None, Query(max_length=80)] = None,
                       limit: Annotated[int, Query(ge=1, le=50)] = 8,
                       max_branches: Annotated[int, Query(ge=1, le=10)] = 4) -> dict[str, Any]:
        """The earliest delivery time, after ``after``, by which the nearest ``limit`` branches selling the
        item can make all ``cups`` (one branch alone, or the nearest ``max_branches`` with room together),
        from their slot capacity as it stands; ``deliver_by`` is null when not within a day."""
        ownership.for_shopper(request)  # a shopper's address is not for strangers
        now = utcnow()
        with session(request) as s:
            origin = saved_address(s, shopper_id, address_label)
            chains = {c.id for c in s.exec(select(StoreChainRow)).all() if chain_matches(c, chain)}
            selling = {cid for cid in chains if match_item(s, cid, item) is not None}
            near = sorted(((distance_km(origin["lat"], origin["lng"], b.lat, b.lng), b)
                           for b in s.exec(select(StoreBranchRow)).all() if b.chain_id in selling),
                          key=lambda pair: (pair[0], pair[1].id))[:limit]
            found = earliest_delivery(s, near, cups, max(as_utc(after), now), now, max_branches)
            if found is None:
                return {"cups": cups, "deliver_by": None, "branches": []}
            when, available = found
            return {"cups": cups, "deliver_by": when.isoformat(), "branches": [
                {"branch_id": b.id, "name": b.name, "distance_km": round(km, 3), "available": free}
                for (km, b), free in zip(near, available, strict=True)]}

    @router.post("/quotes", status_code=201)
    async def create_quote(body: QuoteBody, request: Request) -> dict[str, Any]:
        await check_fault(request, "stores.quote")
        ownership.for_shopper(request)
        now = utcnow()
        expires = now + timedelta(minutes=request.app.state.settings.reservation_minutes)
        with session(request) as s:
            address = saved_address(s, body.shopper_id, body.address_label)
            quote = StoreQuoteRow(id=f"bq_{secrets.token_hex(8)}", shopper_id=body.shopper_id, status="open",
                                  total=0, address=json.dumps(address), deliver_by=as_utc(body.deliver_by),
                                  expires_at=expires, created_at=now, owner=ownership.scope_of(request))
            branches = []
            for alloc in body.allocations:
                branch = s.get(StoreBranchRow, alloc.branch_id)
                if branch is None:
                    raise UCPError(404, "not_found", f"no branch {alloc.branch_id}", "unrecoverable")
                branches.append((branch, alloc.quantity))
            # The bulk tier counts every cup of the order at the same chain, whichever branch makes it.
            chain_cups: dict[str, int] = {}
            for branch, qty in branches:
                chain_cups[branch.chain_id] = chain_cups.get(branch.chain_id, 0) + qty
            points_left = {cid: (s.get(StoreLoyaltyRow, (body.shopper_id, cid)) or StoreLoyaltyRow(
                shopper_id=body.shopper_id, chain_id=cid)).points if body.use_loyalty_points else 0
                for cid in chain_cups}
            total = 0
            for n, (branch, qty) in enumerate(branches):
                chain = s.get(StoreChainRow, branch.chain_id)
                menu = match_item(s, branch.chain_id, body.item)
                if chain is None or menu is None:
                    raise UCPError(404, "item_unavailable", f"{branch.name} has no {body.item!r}", "unrecoverable")
                for field, allowed in (("sugar", menu.sugar), ("ice", menu.ice)):
                    value = getattr(body.options, field)
                    if value is not None and value not in allowed.split(","):
                        raise UCPError(422, "invalid_option", f"{field} {value!r} is not offered")
                km = distance_km(address["lat"], address["lng"], branch.lat, branch.lng)
                cap = capacity(s, branch, body.deliver_by, km, now)
                if cap.available < qty:
                    raise UCPError(409, "insufficient_capacity", f"{branch.name} can make {cap.available} more "
                                   f"cups by then, not {qty}")
                price = price_branch(chain, unit_price(menu, body.options.size), qty, chain_cups[chain.id], km,
                                     points_left[chain.id])
                points_left[chain.id] -= price.points_used
                row_id = f"{quote.id}-{n + 1}"
                ready_at = book(s, row_id, branch.id, cap, qty, expires)
                extra = options_text(body.options)
                s.add(StoreBranchOrderRow(
                    id=row_id, quote_id=quote.id, branch_id=branch.id, chain_id=chain.id, item_id=menu.id,
                    title=f"{menu.name}" + (f" ({extra})" if extra else ""), quantity=qty,
                    options=body.options.model_dump_json(), unit_price=unit_price(menu, body.options.size),
                    line_total=price.line_total, discount=price.discount, discount_label=price.discount_label,
                    points_used=price.points_used, delivery_fee=price.delivery_fee, total=price.total,
                    ready_at=ready_at, status="reserved"))
                total += price.total
            quote.total = total
            s.add(quote)
            s.commit()
            return quote_view(s, quote)

    @router.get("/quotes/{quote_id}", dependencies=[Depends(ownership.quote)])
    async def get_quote(quote_id: str, request: Request) -> dict[str, Any]:
        with session(request) as s:
            return quote_view(s, quote_row(s, quote_id))

    @router.post("/quotes/{quote_id}/release", dependencies=[Depends(ownership.quote)])
    async def release_quote(quote_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "stores.release")
        with session(request) as s:
            quote = quote_row(s, quote_id)
            for row in s.exec(select(StoreBranchOrderRow).where(StoreBranchOrderRow.quote_id == quote_id)).all():
                if row.status == "reserved":
                    release_order(s, row, "released")
            quote.status = "released" if quote.status == "open" else quote.status
            s.add(quote)
            _void_unplaced(s, quote_id, utcnow())
            s.commit()
            return quote_view(s, quote)

    @router.post("/quotes/{quote_id}/settle", dependencies=[Depends(ownership.quote)])
    async def settle(quote_id: str, request: Request) -> dict[str, Any]:
        """The stores service, as payee, captures what its placed branch orders cost and releases the rest of
        the hold (or voids it when no branch took the order). Settling twice is fine."""
        await check_fault(request, "stores.settle")
        require(request, "platform", "operator")
        now = utcnow()
        with session(request) as s:
            quote_row(s, quote_id)
            placed = s.exec(select(StoreBranchOrderRow).where(StoreBranchOrderRow.quote_id == quote_id,
                                                              StoreBranchOrderRow.status == "placed")).all()
            auth_ids = {row.authorization_id for row in placed if row.authorization_id}
            if len(auth_ids) > 1:
                raise UCPError(409, "payment_failed", "branch orders were placed with different holds")
            if not placed:
                _void_unplaced(s, quote_id, now)
                s.commit()
                raise UCPError(409, "nothing_placed", "no branch order was placed; the hold is released",
                               "unrecoverable")
            auth = s.get(AuthorizationRow, auth_ids.pop())
            assert auth is not None
            if auth.status == "held":
                payments.capture(s, auth, payee=payments.STORES_PAYEE, amount=sum(r.total for r in placed),
                                 order_id=quote_id, now=now)
                s.commit()
            return {"quote_id": quote_id, "authorization_id": auth.id, "captured": auth.captured,
                    "status": payments.effective_status(auth, now)}

    @router.post("/orders", status_code=201)
    async def place(body: PlaceBody, request: Request) -> dict[str, Any]:
        await check_fault(request, "stores.place")
        ownership.owns(request, ownership.branch_order_owner, body.branch_order_id, "branch order")
        now = utcnow()
        with session(request) as s:
            row = order_row(s, body.branch_order_id)
            if row.status == "placed" and row.authorization_id == body.authorization_id:
                return order_view(row, s.get(StoreBranchRow, row.branch_id))
            if row.status != "reserved":
                raise UCPError(409, f"branch_order_{row.status}", f"branch order is {row.status}", "unrecoverable")
            quote = quote_row(s, row.quote_id)
            branch = s.get(StoreBranchRow, row.branch_id)
            assert branch is not None
            if as_utc(quote.expires_at) <= now:
                release_order(s, row, "released")
                s.commit()
                raise UCPError(409, "quote_expired", "the quote's reservation has lapsed", "unrecoverable")
            _check_authorization(s, s.get(AuthorizationRow, body.authorization_id), quote, now)
            if branch.reject_next > 0:
                # The branch says no (out of pearls, a rush): its reservation is freed at once.
                branch.reject_next -= 1
                s.add(branch)
                release_order(s, row, "rejected")
                s.commit()
                raise UCPError(409, "branch_rejected", f"{branch.name} cannot take the order", "unrecoverable")
            loyalty = s.get(StoreLoyaltyRow, (quote.shopper_id, row.chain_id))
            if row.points_used and (loyalty is None or loyalty.points < row.points_used):
                raise UCPError(409, "loyalty_points_unavailable", "loyalty points were spent elsewhere")
            if loyalty is not None and row.points_used:
                loyalty.points -= row.points_used
                s.add(loyalty)
            auth = s.get(AuthorizationRow, body.authorization_id)
            assert auth is not None
            auth.order_id = quote.id  # the hold now pays for this bulk quote and nothing else (see settle)
            s.add(auth)
            set_bookings(s, row.id, "placed")
            shipment = create_shipment(s, row.id, {**json.loads(quote.address), "from": branch.name}, now)
            row.status, row.authorization_id, row.shipment_id = "placed", auth.id, shipment.id
            s.add(row)
            s.commit()
            return order_view(row, branch)

    @router.post("/orders/{branch_order_id}/cancel", dependencies=[Depends(ownership.branch_order)])
    async def cancel(branch_order_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "stores.cancel")
        with session(request) as s:
            row = order_row(s, branch_order_id)
            if row.status == "placed":
                quote = quote_row(s, row.quote_id)
                loyalty = s.get(StoreLoyaltyRow, (quote.shopper_id, row.chain_id))
                if loyalty is not None and row.points_used:
                    loyalty.points += row.points_used
                    s.add(loyalty)
                release_order(s, row, "cancelled")
                _refund_branch(s, row, utcnow())
            elif row.status == "reserved":
                release_order(s, row, "released")
            s.commit()
            return order_view(row, s.get(StoreBranchRow, row.branch_id))

    @router.get("/orders/{branch_order_id}", dependencies=[Depends(ownership.branch_order)])
    async def get_order(branch_order_id: str, request: Request) -> dict[str, Any]:
        with session(request) as s:
            row = order_row(s, branch_order_id)
            return order_view(row, s.get(StoreBranchRow, row.branch_id))

    @router.get("/loyalty/{shopper_id}")
    async def loyalty(shopper_id: str, request: Request) -> dict[str, Any]:
        require(request, "platform", "operator")  # a shopper's points are not for strangers
        with session(request) as s:
            rows = s.exec(select(StoreLoyaltyRow).where(StoreLoyaltyRow.shopper_id == shopper_id)).all()
            return {"shopper_id": shopper_id, "points": {r.chain_id: r.points for r in rows}}

    @router.post("/admin/branches/{branch_id}/reject-next", dependencies=[Depends(require_operator)])
    async def reject_next(branch_id: str, body: RejectNext, request: Request) -> dict[str, Any]:
        with session(request) as s:
            branch = s.get(StoreBranchRow, branch_id)
            if branch is None:
                raise UCPError(404, "not_found", f"no branch {branch_id}", "unrecoverable")
            branch.reject_next = body.count
            s.add(branch)
            s.commit()
            return {"branch_id": branch_id, "reject_next": body.count}

    return router


__all__ = ["SHANGHAI", "order_view", "quote_view", "stores_router"]
