"""The merchant: UCP discovery, catalog, checkout sessions, orders, plus a buyer-profile extension.

Checkout and order routes serve the platform (its bearer token; a shopper's checkout names the buyer in
``dev.errand.buyer_id``), shoppers who linked their account (Identity Linking: the token's shopper, with its
scopes) and, where the data set allows guest checkout, guests identified by ``UCP-Agent``.
Business outcomes that refuse the request (an unknown product, no stock, an unpaid or unready checkout) are
UCP error bodies with a 4xx status and a ``detail``; what the merchant adjusts on its own (a quantity
lowered to the stock, a code that is not valid, an option that is not offered) is a warning in ``messages``.
"""

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

from errand.domain.mandate_ap2 import AP2_MANDATE
from errand.sandbox.admin.faults import check_fault
from errand.sandbox.common import ownership
from errand.sandbox.common.auth import negotiate_version, require, ucp_agent_of
from errand.sandbox.common.errors import UCP_VERSION, UCPError
from errand.sandbox.courier.api import shipment_view
from errand.sandbox.datasets import Descriptor
from errand.sandbox.db import (
    CheckoutRow,
    OrderRow,
    ProductRow,
    ShipmentRow,
    ShopperRow,
    request_session,
    utcnow,
)
from errand.sandbox.merchant import ap2, holds
from errand.sandbox.merchant import checkout as co
from errand.sandbox.merchant.discounts import codes_from
from errand.sandbox.merchant.identity import CAPABILITY as IDENTITY_LINKING
from errand.sandbox.merchant.identity import identity_linking_capability, linked_buyer
from errand.sandbox.merchant.order_events import queue_order_event
from errand.sandbox.merchant.payment_handlers import discovery_config
from errand.sandbox.merchant.remote_wallet import merchant_handler, wallet_remote
from errand.sandbox.merchant.search import SearchBody, SearchOutcome, SearchQuery, match_report, run_search
from errand.sandbox.merchant.shapes import EXT, checkout_to_ucp, order_to_ucp, product_to_ucp, ucp_meta
from errand.sandbox.merchant.signing_key import signing_jwks

MAX_BUYER_BYTES = 4096


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


def order_body(s: Session, order: OrderRow, request: Request) -> dict[str, Any]:
    """The order as ``GET /orders/{id}`` renders it (also the body of its webhooks)."""
    ship = s.get(ShipmentRow, order.shipment_id) if order.shipment_id else None
    view = shipment_view(ship, request.app.state.settings.courier_step_seconds, utcnow()) if ship else None
    return order_to_ucp(order, _base(request), view)


CAPABILITIES = ("dev.ucp.shopping.catalog.search", "dev.ucp.shopping.catalog.lookup", "dev.ucp.shopping.checkout",
                "dev.ucp.shopping.fulfillment", "dev.ucp.shopping.discount", "dev.ucp.shopping.buyer_consent",
                "dev.ucp.shopping.order")


def payment_handlers(dataset: Descriptor, base: str, *, guest: bool = False, wallet_url: str = "") -> dict[str, Any]:
    """The data set's payment handlers as UCP lists them, by reverse-DNS name; a guest is not offered the
    wallet, which pays only a shopper's checkout."""
    out: dict[str, Any] = {}
    for spec in dataset.payment_handlers:
        if guest and spec.kind == "wallet":
            continue
        out.setdefault(spec.name, []).append({"id": spec.id, "version": UCP_VERSION,
                                              "config": discovery_config(spec, base, wallet_url)})
    return out


def discovery_profile(base: str, dataset: Descriptor, wallet_url: str = "") -> dict[str, Any]:
    """The business profile served at ``/.well-known/ucp``."""
    def cap(name: str) -> dict[str, Any]:
        path = name.removeprefix("dev.ucp.shopping.").replace(".", "/")
        return {"version": UCP_VERSION, "spec": f"https://ucp.dev/{UCP_VERSION}/specification/{path}",
                "schema": f"https://ucp.dev/{UCP_VERSION}/schemas/shopping/{path}.json"}

    return {"ucp": {
        "version": UCP_VERSION,
        "services": {"dev.ucp.shopping": [{"version": UCP_VERSION, "transport": "rest", "endpoint": base,
                                           "schema": "https://ucp.dev/services/shopping/rest.openapi.json"}]},
        "capabilities": {**{name: [cap(name)] for name in CAPABILITIES},
                         IDENTITY_LINKING: [identity_linking_capability()], AP2_MANDATE: [ap2.capability()]},
        "payment_handlers": payment_handlers(dataset, base, wallet_url=wallet_url),
    }}


def _changes(body: dict[str, Any], *, lines_required: bool) -> co.Changes:
    """What a create or update body asks for; response-only fields (totals, status, links, ucp, options,
    handlers) are ignored."""
    lines = co.wanted_lines(body.get("line_items")) if lines_required or "line_items" in body else None
    buyer = body.get("buyer")
    if buyer is not None and (not isinstance(buyer, dict) or len(json.dumps(buyer)) > MAX_BUYER_BYTES):
        raise UCPError(422, "invalid_request", f"buyer must be an object of at most {MAX_BUYER_BYTES} bytes")
    fulfillment = body.get("fulfillment")
    if fulfillment is not None and not isinstance(fulfillment, dict):
        raise UCPError(422, "invalid_request", "fulfillment must be an object")
    discounts = body.get("discounts")
    if discounts is not None and not isinstance(discounts, dict):
        raise UCPError(422, "invalid_request", "discounts must be an object")
    with _shape(f"{EXT}.loyalty_points"):
        points = (body.get(EXT) or {}).get("loyalty_points")
        points = None if points is None else int(points)
    return co.Changes(lines=lines, buyer=buyer or None, methods=(fulfillment or {}).get("methods"),
                      codes=codes_from((discounts or {}).get("codes")), loyalty_points=points)


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
    async def well_known(request: Request) -> dict[str, Any]:
        # The merchant's identity is configured (ERRAND_SANDBOX_MERCHANT_ID), never taken from the Host header:
        # quotes and mandates name it, and it must not depend on the name a caller used to reach the sandbox.
        settings = request.app.state.settings
        return {**discovery_profile(_base(request), request.app.state.dataset, settings.wallet_url),
                "signing_keys": signing_jwks(settings), EXT: {"merchant_id": settings.merchant_id}}

    @router.post("/catalog/search")
    async def search(request: Request) -> dict[str, Any]:
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
        pagination: dict[str, Any] = {"has_next_page": has_next}
        if outcome.total_exact:  # UCP gives total_count "if available": a huge filtered total is not counted
            pagination["total_count"] = total
        if has_next:
            pagination["cursor"] = str(query.offset + len(rows))
        products = [product_to_ucp(r, base) for r in rows]
        extension, messages = match_report(query, outcome, products)
        return {"ucp": ucp_meta("catalog.search"), "products": products, "pagination": pagination,
                "messages": messages, EXT: extension}

    @router.post("/catalog/lookup")
    async def lookup(request: Request) -> dict[str, Any]:
        """UCP ``lookup_catalog``: products by id, each variant carrying the ``inputs`` (the request ids that
        resolved to it, and how) a platform needs to tell which of its ids found what."""
        await check_fault(request, "catalog.lookup")
        body = await _json(request)
        ids = body.get("ids")
        if not isinstance(ids, list) or not ids or not all(isinstance(i, str) and i for i in ids):
            raise UCPError(422, "invalid_request", "ids must be a non-empty list of product or variant ids")
        ids = list(dict.fromkeys(ids))[:200]  # each id answered once, in the order asked
        with session(request) as s:
            rows = s.exec(select(ProductRow).where(ProductRow.id.in_(ids))).all()  # type: ignore[attr-defined]
        by_id = {r.id: r for r in rows}
        base = _base(request)
        messages = [{"type": "warning", "code": "not_found", "path": f"$.ids[{n}]", "content": f"no product {i}"}
                    for n, i in enumerate(ids) if i not in by_id]
        products = []
        for i in ids:
            if i in by_id:
                product = product_to_ucp(by_id[i], base)
                # One variant per product, whose id is the product's: the id names that variant exactly.
                for variant in product["variants"]:
                    variant["inputs"] = [{"id": i, "match": "exact"}]
                products.append(product)
        return {"ucp": ucp_meta("catalog.lookup"), "products": products, "messages": messages}

    @router.post("/catalog/product")
    async def product(request: Request) -> dict[str, Any]:
        await check_fault(request, "catalog.product")
        body = await _json(request)
        product_id = str(body.get("id") or "")
        with session(request) as s:
            row = s.exec(select(ProductRow).where(ProductRow.id == product_id)).first()
        if row is None:
            raise UCPError(404, "not_found", f"no product {product_id}", "unrecoverable")
        return {"ucp": ucp_meta("catalog.lookup"), "product": product_to_ucp(row, _base(request), detail=True)}

    def render(s: Session, row: CheckoutRow, request: Request, extra: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        priced = co.quote(s, row)
        shopper = co.shopper_of(s, row.buyer_id) if row.buyer_id is not None else None
        messages = (extra or []) + priced.messages
        if row.status == "canceled":
            messages.append({"type": "info", "code": "hold_released", "content": "stock hold released"})
        elif row.status == "incomplete" and not priced.ready:
            messages.append({"type": "info", "code": "fulfillment_required", "path": "$.fulfillment",
                             "content": "choose a destination and a shipping option for every line"})
        handlers = payment_handlers(request.app.state.dataset, _base(request), guest=row.buyer_id is None,
                                    wallet_url=request.app.state.settings.wallet_url)
        # Every checkout carries the merchant's signature over its terms (the AP2 extension).
        return ap2.signed(checkout_to_ucp(row, shopper, priced, _base(request), messages, handlers),
                          request.app.state.settings)

    @router.post("/checkout-sessions", status_code=201)
    async def create_checkout(request: Request) -> JSONResponse:
        await check_fault(request, "checkout.create")
        negotiate_version(request)
        body = await _json(request)
        dataset: Descriptor = request.app.state.dataset
        with _shape(f"{EXT}.buyer_id"):
            buyer_id = (body.get(EXT) or {}).get("buyer_id") or (body.get("buyer") or {}).get("id")
        caller = ownership.known_or_guest(request)
        if caller.role == "shopper":  # a linked account's token: its own shopper, with exactly its scopes
            buyer_id = linked_buyer((caller.id, caller.scopes), str(buyer_id) if buyer_id else None)
        elif buyer_id:
            ownership.for_shopper(request)  # naming a buyer is acting for a shopper
        if buyer_id and not any(h.kind == "wallet" for h in dataset.payment_handlers):
            raise UCPError(422, "identity_required", "this merchant keeps no buyer accounts: check out as a guest",
                           "unrecoverable")
        changes = _changes(body, lines_required=True)
        agent = ucp_agent_of(request)
        now = utcnow()
        with session(request) as s:
            holds.release_expired(s, now, request.app.state.settings.merchant_id)
            row, messages = co.create(s, str(buyer_id) if buyer_id else None, changes, now,
                                      request.app.state.settings.reservation_minutes, currency=dataset.currency,
                                      owner=ownership.scope_of(request),
                                      platform_profile=agent.profile if agent else None)
            s.commit()
            return JSONResponse(render(s, row, request, messages), status_code=201)

    @router.get("/checkout-sessions/{checkout_id}", dependencies=[Depends(ownership.checkout)])
    async def get_checkout(checkout_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "checkout.get")
        negotiate_version(request)
        with session(request) as s:
            holds.release_expired(s, utcnow(), request.app.state.settings.merchant_id)
            row = co.get(s, checkout_id, utcnow())
            s.commit()
            return render(s, row, request)

    @router.put("/checkout-sessions/{checkout_id}", dependencies=[Depends(ownership.checkout)])
    async def update_checkout(checkout_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "checkout.update")
        negotiate_version(request)
        changes = _changes(await _json(request), lines_required=False)
        now, merchant_id = utcnow(), request.app.state.settings.merchant_id
        with session(request) as s:
            holds.release_expired(s, now, merchant_id)
            row = co.get(s, checkout_id, now)
            messages = co.update(s, row, changes, merchant_id=merchant_id, now=now)
            s.commit()
            return render(s, row, request, messages)

    @router.post("/checkout-sessions/{checkout_id}/complete", dependencies=[Depends(ownership.checkout)])
    async def complete_checkout(checkout_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "checkout.complete")
        negotiate_version(request)
        body = await _json(request)
        dataset: Descriptor = request.app.state.dataset
        with _shape("payment.instruments"):
            instruments = (body.get("payment") or {}).get("instruments") or []
            chosen = next(((i, dataset.handler(i.get("handler_id"))) for i in instruments
                           if dataset.handler(i.get("handler_id")) is not None), None)
        if chosen is None:
            raise UCPError(422, "payment_required", "an instrument for one of this merchant's payment handlers "
                           f"({', '.join(h.id for h in dataset.payment_handlers)}) is needed")
        instrument, spec = chosen
        assert spec is not None
        now = utcnow()
        merchant_id = request.app.state.settings.merchant_id
        with session(request) as s:
            opened = s.get(CheckoutRow, checkout_id)
            profile = opened.platform_profile if opened is not None else None
        mandated = await ap2.negotiated(request, profile)  # read outside the transaction: it may fetch
        with session(request) as s:
            holds.release_expired(s, now, merchant_id)
            row = co.get(s, checkout_id, now)
            if mandated and row.status in holds.OPEN:
                ap2.check_mandate(s, row, body, render(s, row, request), request.app.state.settings, now)
            order = co.complete(s, row, instrument, merchant_handler(spec, request.app.state.settings), now,
                                merchant_id)
            s.commit()
            queue_order_event(s, order.id, "order_placed", order_body(s, order, request))
            s.commit()
            return render(s, row, request)

    @router.post("/checkout-sessions/{checkout_id}/cancel", dependencies=[Depends(ownership.checkout)])
    async def cancel_checkout(checkout_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "checkout.cancel")
        negotiate_version(request)
        now, merchant_id = utcnow(), request.app.state.settings.merchant_id
        with session(request) as s:
            holds.release_expired(s, now, merchant_id)
            row = co.get(s, checkout_id, now)
            co.cancel(s, row, merchant_id, now)
            remote = wallet_remote(request.app.state.settings)
            if remote is not None:  # the hold is the provider's: it voids it for us, before we say canceled
                remote.void_checkout(row.id)
            s.commit()
            return render(s, row, request)

    @router.post("/orders/{order_id}/cancel", dependencies=[Depends(ownership.order)])
    async def cancel_order(order_id: str, request: Request) -> dict[str, Any]:
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
            return order_body(s, order, request)

    @router.get("/orders/{order_id}", dependencies=[Depends(ownership.order_read)])
    async def get_order(order_id: str, request: Request) -> dict[str, Any]:
        await check_fault(request, "order.get")
        negotiate_version(request)
        with session(request) as s:
            order = s.get(OrderRow, order_id)
            if order is None:
                raise UCPError(404, "not_found", f"no order {order_id}", "unrecoverable")
            return order_body(s, order, request)

    @router.get("/buyers/{shopper_id}")
    async def buyer(shopper_id: str, request: Request) -> dict[str, Any]:
        require(request, "platform", "operator")  # addresses and points are not for strangers
        with session(request) as s:
            row = s.get(ShopperRow, shopper_id)
            if row is None:
                raise UCPError(404, "not_found", f"no buyer {shopper_id}", "unrecoverable")
            return {"shopper_id": row.id, "name": row.name, "addresses": json.loads(row.addresses),
                    "loyalty_points": row.loyalty_points,
                    "loyalty_points_held": holds.points_held(s, row.id)}

    return router
