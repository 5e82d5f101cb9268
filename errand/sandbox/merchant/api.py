"""The merchant: UCP discovery, catalog, checkout sessions, orders, plus a buyer-profile extension."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlmodel import Session, select
from starlette.concurrency import run_in_threadpool

from errand.sandbox.admin.faults import check_fault
from errand.sandbox.common import ownership
from errand.sandbox.common.auth import require
from errand.sandbox.common.errors import UCP_VERSION, UCPError
from errand.sandbox.courier.api import shipment_view
from errand.sandbox.db import OrderRow, ProductRow, ShipmentRow, ShopperRow, request_session, utcnow
from errand.sandbox.merchant import checkout as co
from errand.sandbox.merchant.search import SearchBody, SearchOutcome, SearchQuery, match_report, run_search
from errand.sandbox.merchant.shapes import EXT, checkout_to_ucp, order_to_ucp, product_to_ucp, ucp_meta


async def _json(request: Request) -> dict[str, Any]:
    try:
        body = json.loads((await request.body()).decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # not UTF-8, not JSON, or nested beyond reason
        raise UCPError(400, "invalid_request", "body must be a UTF-8 JSON document") from exc
    if not isinstance(body, dict):
        raise UCPError(400, "invalid_request", "body must be a JSON object")
    return body


@contextlib.contextmanager
def _shape(what: str) -> Iterator[None]:
    """Fields read by hand from a body: a value of the wrong JSON type there is the caller's 422."""
    try:
        yield
    except (AttributeError, TypeError, ValueError, KeyError) as exc:
        raise UCPError(422, "invalid_request", f"{what} has the wrong shape") from exc


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def discovery_profile(base: str) -> dict[str, Any]:
    """The business profile served at ``/.well-known/ucp``."""
    cap = {"version": UCP_VERSION, "spec": "https://ucp.dev/specification"}
    return {"ucp": {
        "version": UCP_VERSION,
        "services": {"dev.ucp.shopping": [{"version": UCP_VERSION, "transport": "rest", "endpoint": base,
                                           "schema": "https://ucp.dev/services/shopping/rest.openapi.json"}]},
        "capabilities": {name: [cap] for name in (
            "dev.ucp.shopping.catalog.search", "dev.ucp.shopping.catalog.lookup", "dev.ucp.shopping.checkout",
            "dev.ucp.shopping.fulfillment", "dev.ucp.shopping.discount", "dev.ucp.shopping.order")},
        "payment_handlers": {"dev.errand.wallet": [{
            "id": "dev.errand.wallet", "version": UCP_VERSION,
            "config": {"base_url": f"{base}/wallet", "instrument_type": "wallet_authorization"},
        }]},
    }}


def _parse_search(body: dict[str, Any]) -> SearchQuery:
    try:
        return SearchBody.model_validate(body).to_query()
    except ValidationError as exc:
        raise UCPError(422, "invalid_request", str(exc.errors(include_url=False))[:1000]) from exc


def merchant_router() -> APIRouter:
    router = APIRouter()

    def session(request: Request) -> Session:
        return request_session(request)

    @router.get("/.well-known/ucp")
    async def well_known(request: Request) -> dict:
        # The merchant's identity is configured (ERRAND_SANDBOX_MERCHANT_ID), never taken from the Host header:
        # quotes and mandates name it, and it must not depend on the name a caller used to reach the sandbox.
        return {**discovery_profile(_base(request)), EXT: {"merchant_id": request.app.state.settings.merchant_id}}

    @router.post("/catalog/search")
    async def search(request: Request) -> dict:
        await check_fault(request, "catalog.search")
        query = _parse_search(await _json(request))

        def run() -> SearchOutcome:
            with session(request) as s:
                # Rows go straight to the UCP shape: validating 50 table models per search was a fifth of it.
                return run_search(s.connection(), query)

        # Off the event loop: a slow search must not stall the wallet and the courier served beside it.
        outcome = await run_in_threadpool(run)
        rows, total = outcome.rows, outcome.total
        base = _base(request)
        has_next = query.offset + len(rows) < total
        pagination: dict[str, Any] = {"has_next_page": has_next, "total_count": total}
        if has_next:
            pagination["cursor"] = str(query.offset + len(rows))
        products = [product_to_ucp(r, base) for r in rows]
        extension, messages = match_report(query, outcome, products)
        return {"ucp": ucp_meta("catalog.search"), "products": products, "pagination": pagination,
                "messages": messages, EXT: extension}

    @router.post("/catalog/lookup")
    async def lookup(request: Request) -> dict:
        await check_fault(request, "catalog.lookup")
        body = await _json(request)
        ids = body.get("ids") or []
        if not isinstance(ids, list):
            raise UCPError(422, "invalid_request", "ids must be a list of product ids")
        ids = [str(i) for i in ids][:200]
        with session(request) as s:
            rows = s.exec(select(ProductRow).where(ProductRow.id.in_(ids))).all()  # type: ignore[attr-defined]
        by_id = {r.id: r for r in rows}
        base = _base(request)
        messages = [{"type": "warning", "code": "not_found", "content": f"no product {i}"}
                    for i in ids if i not in by_id]
        return {"ucp": ucp_meta("catalog.lookup"),
                "products": [product_to_ucp(by_id[i], base) for i in ids if i in by_id], "messages": messages}

    @router.post("/catalog/product")
    async def product(request: Request) -> dict:
        await check_fault(request, "catalog.product")
        body = await _json(request)
        product_id = str(body.get("id") or "")
        with session(request) as s:
            row = s.exec(select(ProductRow).where(ProductRow.id == product_id)).first()
        if row is None:
            raise UCPError(404, "not_found", f"no product {product_id}", "unrecoverable")
        return {"ucp": ucp_meta("catalog.lookup"), "product": product_to_ucp(row, _base(request), detail=True)}

    def render(s: Session, row, request: Request) -> dict:
        totals = co.price(s, row)
        shopper = co.shopper_of(s, row.buyer_id)
        messages = [{"type": "warning", "code": "loyalty_adjusted", "content": m} for m in totals.messages]
        if row.status == "canceled":
            messages.append({"type": "info", "code": "hold_released", "content": "stock hold released"})
        return checkout_to_ucp(row, shopper, totals, _base(request), messages)

    @router.post("/checkout-sessions", status_code=201)
    async def create_checkout(request: Request) -> JSONResponse:
        await check_fault(request, "checkout.create")
        body = await _json(request)
        with _shape(f"{EXT}.buyer_id"):
            buyer_id = (body.get(EXT) or {}).get("buyer_id") or (body.get("buyer") or {}).get("id")
        if not buyer_id:
            raise UCPError(422, "identity_required", f"set {EXT}.buyer_id")
        ownership.for_shopper(request)  # naming a buyer is acting for a shopper
        try:
            items = [(str(li["item"]["id"]), int(li.get("quantity", 1))) for li in body.get("line_items") or []]
        except (KeyError, TypeError, ValueError) as exc:
            raise UCPError(422, "invalid_request", "line_items need item.id and quantity") from exc
        now = utcnow()
        with session(request) as s:
            co.release_expired(s, now, request.app.state.settings.merchant_id)
            row = co.create(s, str(buyer_id), items, now, request.app.state.settings.reservation_minutes)
            row.owner = ownership.scope_of(request)
            s.commit()
            return JSONResponse(render(s, row, request), status_code=201)

    @router.get("/checkout-sessions/{checkout_id}", dependencies=[Depends(ownership.checkout)])
    async def get_checkout(checkout_id: str, request: Request) -> dict:
        await check_fault(request, "checkout.get")
        with session(request) as s:
            co.release_expired(s, utcnow(), request.app.state.settings.merchant_id)
            s.commit()
            return render(s, co.get(s, checkout_id), request)

    @router.put("/checkout-sessions/{checkout_id}", dependencies=[Depends(ownership.checkout)])
    async def update_checkout(checkout_id: str, request: Request) -> dict:
        await check_fault(request, "checkout.update")
        body = await _json(request)
        with _shape(f"fulfillment.methods or {EXT}.loyalty_points"):
            methods = (body.get("fulfillment") or {}).get("methods") or []
            label = next((m.get("selected_destination_id") for m in methods if m.get("selected_destination_id")),
                         None)
            points = (body.get(EXT) or {}).get("loyalty_points")
            points = None if points is None else int(points)
        now, merchant_id = utcnow(), request.app.state.settings.merchant_id
        with session(request) as s:
            co.release_expired(s, now, merchant_id)
            row = co.get(s, checkout_id)
            co.update(s, row, label, points, merchant_id=merchant_id, now=now)
            s.commit()
            return render(s, row, request)

    @router.post("/checkout-sessions/{checkout_id}/complete", dependencies=[Depends(ownership.checkout)])
    async def complete_checkout(checkout_id: str, request: Request) -> dict:
        await check_fault(request, "checkout.complete")
        body = await _json(request)
        with _shape("payment.instruments"):
            instruments = (body.get("payment") or {}).get("instruments") or []
            auth_id = next((i.get("credential", {}).get("authorization_id") for i in instruments
                            if i.get("handler_id") == "dev.errand.wallet"), None)
        if not auth_id:
            raise UCPError(422, "payment_required", "a dev.errand.wallet instrument with authorization_id is needed")
        now = utcnow()
        merchant_id = request.app.state.settings.merchant_id
        with session(request) as s:
            co.release_expired(s, now, merchant_id)
            row = co.get(s, checkout_id)
            co.complete(s, row, str(auth_id), now, merchant_id)
            s.commit()
            return render(s, row, request)

    @router.post("/checkout-sessions/{checkout_id}/cancel", dependencies=[Depends(ownership.checkout)])
    async def cancel_checkout(checkout_id: str, request: Request) -> dict:
        await check_fault(request, "checkout.cancel")
        now, merchant_id = utcnow(), request.app.state.settings.merchant_id
        with session(request) as s:
            co.release_expired(s, now, merchant_id)
            row = co.get(s, checkout_id)
            co.cancel(s, row, merchant_id, now)
            s.commit()
            return render(s, row, request)

    @router.post("/orders/{order_id}/cancel", dependencies=[Depends(ownership.order)])
    async def cancel_order(order_id: str, request: Request) -> dict:
        """Cancel an order that has not shipped; the merchant refunds what it captured for it."""
        await check_fault(request, "order.cancel")
        require(request, "platform", "operator")
        body = await _json(request)
        settings = request.app.state.settings
        with session(request) as s:
            order = s.get(OrderRow, order_id)
            if order is None:
                raise UCPError(404, "not_found", f"no order {order_id}", "unrecoverable")
            co.cancel_order(s, order, settings.merchant_id, utcnow(), settings.courier_step_seconds,
                            str(body.get("reason") or "")[:200])
            s.commit()
            ship = s.get(ShipmentRow, order.shipment_id) if order.shipment_id else None
            view = shipment_view(ship, settings.courier_step_seconds, utcnow()) if ship else None
            return order_to_ucp(order, _base(request), view)

    @router.get("/orders/{order_id}", dependencies=[Depends(ownership.order)])
    async def get_order(order_id: str, request: Request) -> dict:
        await check_fault(request, "order.get")
        with session(request) as s:
            order = s.get(OrderRow, order_id)
            if order is None:
                raise UCPError(404, "not_found", f"no order {order_id}", "unrecoverable")
            ship = s.get(ShipmentRow, order.shipment_id) if order.shipment_id else None
            view = shipment_view(ship, request.app.state.settings.courier_step_seconds, utcnow()) if ship else None
            return order_to_ucp(order, _base(request), view)

    @router.get("/buyers/{shopper_id}")
    async def buyer(shopper_id: str, request: Request) -> dict:
        require(request, "platform", "operator")  # addresses and points are not for strangers
        with session(request) as s:
            row = s.get(ShopperRow, shopper_id)
            if row is None:
                raise UCPError(404, "not_found", f"no buyer {shopper_id}", "unrecoverable")
            return {"shopper_id": row.id, "name": row.name, "addresses": json.loads(row.addresses),
                    "loyalty_points": row.loyalty_points,
                    "loyalty_points_held": co.points_held(s, row.id)}

    return router
