"""After-sales routes: find a shopper, read orders and the catalogue, quote a change, apply it signed.

Every route under ``/aftersales/shoppers/{shopper_id}`` acts for that shopper, and only for the platform (its
credential naming the shopper in the path, as checkout names a buyer), an operator, or an identity-linked
token of that very shopper. Another shopper's order, quote or payment method is answered as one that does not
exist. Writes take an ``Idempotency-Key`` and share the request's transaction with its stored answer.

Operator levers under ``/admin/aftersales``: export the state in the data set's shape, reset it to the
loaded state, and record a return's goods as received (its refund moves then).
"""

from __future__ import annotations

import json
import time
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from sqlmodel import Session, select

from errand.domain.models import SignedApproval
from errand.sandbox.aftersales.plans import QuoteBody
from errand.sandbox.aftersales.quotes import apply_quote, issue_quote, quote_of
from errand.sandbox.aftersales.rules import POLICY_VERSION, Refusal
from errand.sandbox.aftersales.state import export_retail, is_retail, name_key, reset_retail
from errand.sandbox.aftersales.tables import RetailItemRow, RetailOrderRow, RetailProductRow, RetailShopperRow
from errand.sandbox.common.auth import caller_of, require, require_operator
from errand.sandbox.common.errors import UCPError
from errand.sandbox.datasets.retail import Address, Order, Transaction
from errand.sandbox.db import request_session, utcnow
from errand.sandbox.merchant.identity_server import BUYER_SCOPE, buyer_from_token
from errand.sandbox.wallet.payment_methods import PaymentMethodRow, method_view, methods_of, move_gift_card


class ApplyBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    approval: SignedApproval


def _acting_for(request: Request, shopper_id: str) -> None:
    """The platform or an operator may act for any shopper; a linked token only for its own (403 otherwise)."""
    if caller_of(request).role in ("platform", "operator"):
        return
    linked = buyer_from_token(request)
    if linked is None:
        raise UCPError(401, "unauthorized", "after-sales needs the platform's credential or a linked account's "
                       "token", "unrecoverable", headers={"WWW-Authenticate": "Bearer"})
    if linked[0] != shopper_id or BUYER_SCOPE not in linked[1]:
        raise UCPError(403, "forbidden", "this token acts for another shopper", "unrecoverable")


def _reader(request: Request) -> None:
    """Catalogue reads: any credential of the platform or an operator, or a live linked token."""
    if caller_of(request).role not in ("platform", "operator") and buyer_from_token(request) is None:
        raise UCPError(401, "unauthorized", "this route needs the platform's credential or a linked account's "
                       "token", "unrecoverable", headers={"WWW-Authenticate": "Bearer"})


def _currency(request: Request) -> str:
    currency: str = request.app.state.dataset.currency
    return currency


def _order_view(order: Order, currency: str) -> dict[str, Any]:
    return {**order.model_dump(mode="json"), "currency": currency, "total": order.total}


def _item_view(row: RetailItemRow) -> dict[str, Any]:
    return {"item_id": row.id, "product_id": row.product_id, "options": json.loads(row.options),
            "available": row.available, "price": row.price}


def _product_view(s: Session, product: RetailProductRow, currency: str) -> dict[str, Any]:
    items = s.exec(select(RetailItemRow).where(RetailItemRow.product_id == product.id)
                   .order_by(RetailItemRow.id)).all()
    return {"product_id": product.id, "name": product.name, "currency": currency,
            "variants": [_item_view(i) for i in items]}


def _shopper_view(s: Session, row: RetailShopperRow) -> dict[str, Any]:
    orders = s.exec(select(RetailOrderRow.id).where(RetailOrderRow.shopper_id == row.id)
                    .order_by(RetailOrderRow.id)).all()
    return {"shopper_id": row.id, "name": {"first_name": row.first_name, "last_name": row.last_name},
            "email": row.email, "address": json.loads(row.address),
            "payment_methods": [method_view(m) for m in methods_of(s, row.id)], "orders": list(orders)}


def aftersales_router() -> APIRouter:
    router = APIRouter()

    @router.get("/shoppers")
    async def find_shopper(request: Request, email: str | None = None, first_name: str | None = None,
                           last_name: str | None = None, zip: str | None = None) -> dict[str, Any]:
        """By e-mail, or by first and last name (case-insensitive) with the zip (exact); never a near match."""
        require(request, "platform", "operator")  # a linked token already knows its shopper
        with request_session(request) as s:
            if email:
                rows = s.exec(select(RetailShopperRow).where(
                    RetailShopperRow.email_key == email.strip().casefold())).all()
            elif first_name and last_name and zip:
                rows = [r for r in s.exec(select(RetailShopperRow).where(
                    RetailShopperRow.name_key == name_key(first_name, last_name))).all()
                    if Address.model_validate_json(r.address).zip == zip.strip()]
            else:
                raise UCPError(422, "invalid_request", "give email, or first_name, last_name and zip")
            if len(rows) != 1:
                raise Refusal("identity.not_found", "no shopper matches" if not rows else "more than one matches")
            return {"shopper_id": rows[0].id, "policy_version": POLICY_VERSION}

    @router.get("/shoppers/{shopper_id}")
    async def get_shopper(shopper_id: str, request: Request) -> dict[str, Any]:
        _acting_for(request, shopper_id)
        with request_session(request) as s:
            row = s.get(RetailShopperRow, shopper_id)
            if row is None:
                raise Refusal("identity.not_found", f"no shopper {shopper_id}")
            return _shopper_view(s, row)

    @router.get("/shoppers/{shopper_id}/orders/{order_id}")
    async def get_order(shopper_id: str, order_id: str, request: Request) -> dict[str, Any]:
        _acting_for(request, shopper_id)
        with request_session(request) as s:
            row = s.get(RetailOrderRow, order_id)
            if row is None or row.shopper_id != shopper_id:
                raise Refusal("identity.own_orders", f"no order {order_id} for this shopper")
            return _order_view(Order.model_validate_json(row.body), _currency(request))

    @router.get("/products")
    async def list_products(request: Request) -> dict[str, Any]:
        _reader(request)
        with request_session(request) as s:
            rows = s.exec(select(RetailProductRow).order_by(RetailProductRow.id)).all()
            return {"products": [{"product_id": r.id, "name": r.name} for r in rows]}

    @router.get("/products/{product_id}")
    async def get_product(product_id: str, request: Request) -> dict[str, Any]:
        _reader(request)
        with request_session(request) as s:
            row = s.get(RetailProductRow, product_id)
            if row is None:
                raise UCPError(404, "not_found", f"no product {product_id}", "unrecoverable")
            return _product_view(s, row, _currency(request))

    @router.get("/items/{item_id}")
    async def get_item(item_id: str, request: Request) -> dict[str, Any]:
        _reader(request)
        with request_session(request) as s:
            row = s.get(RetailItemRow, item_id)
            if row is None:
                raise UCPError(404, "not_found", f"no item {item_id}", "unrecoverable")
            product = s.get(RetailProductRow, row.product_id)
            return {**_item_view(row), "name": product.name if product else row.product_id,
                    "currency": _currency(request)}

    @router.post("/shoppers/{shopper_id}/quotes", status_code=201)
    async def quote_change(shopper_id: str, request: Request) -> JSONResponse:
        """Quote one change (``{"change": {"operation": ..., ...}}``); a refusal names its rule."""
        _acting_for(request, shopper_id)
        body = QuoteBody.model_validate(await request.json())
        with request_session(request) as s:
            quote = issue_quote(s, shopper_id, body.change, _currency(request), utcnow())
            s.commit()
        return JSONResponse(quote, status_code=201)

    @router.get("/shoppers/{shopper_id}/quotes/{quote_id}")
    async def get_quote(shopper_id: str, quote_id: str, request: Request) -> dict[str, Any]:
        _acting_for(request, shopper_id)
        with request_session(request) as s:
            row = quote_of(s, shopper_id, quote_id)
            return {"quote": json.loads(row.body), "quote_digest": row.digest,
                    "status": "applied" if row.used_at else "open"}

    @router.post("/shoppers/{shopper_id}/quotes/{quote_id}/apply")
    async def apply_change(shopper_id: str, quote_id: str, request: Request) -> dict[str, Any]:
        """Apply a quoted change with the shopper's signed approval of it (single use)."""
        _acting_for(request, shopper_id)
        body = ApplyBody.model_validate(await request.json())
        currency = _currency(request)
        with request_session(request) as s:
            row = quote_of(s, shopper_id, quote_id)
            planned = apply_quote(s, row, body.approval, currency, utcnow())
            s.commit()
            shopper = s.get(RetailShopperRow, shopper_id)
            assert shopper is not None
            return {"quote_id": quote_id, "status": "applied", "operation": row.operation,
                    "money": planned.money, "summary": planned.summary,
                    "order": _order_view(planned.order_after, currency) if planned.order_after else None,
                    "shopper": _shopper_view(s, shopper)}

    return router


def aftersales_admin_router() -> APIRouter:
    """``/admin/aftersales``: operator only."""
    router = APIRouter(dependencies=[Depends(require_operator)])

    @router.get("/export")
    async def export(request: Request) -> dict[str, Any]:
        with Session(request.app.state.engine) as s:
            if not is_retail(s.connection()):
                raise UCPError(409, "not_retail", "this sandbox serves no retail data set", "unrecoverable")
            return export_retail(s.connection()).model_dump(mode="json")

    @router.post("/reset")
    async def reset(request: Request) -> dict[str, Any]:
        started = time.perf_counter()
        with Session(request.app.state.engine) as s:
            conn = s.connection()
            conn.exec_driver_sql("SELECT 1")
            if not is_retail(conn):
                raise UCPError(409, "not_retail", "this sandbox serves no retail data set", "unrecoverable")
            reset_retail(conn)
            s.commit()
        return {"status": "reset", "seconds": round(time.perf_counter() - started, 4)}

    @router.post("/orders/{order_id}/return-received")
    async def return_received(order_id: str, request: Request) -> dict[str, Any]:
        """The returned goods arrived: refund them to the method recorded with the return, once."""
        with Session(request.app.state.engine) as s:
            row = s.get(RetailOrderRow, order_id)
            if row is None:
                raise UCPError(404, "not_found", f"no order {order_id}", "unrecoverable")
            order = Order.model_validate_json(row.body)
            if order.status != "return requested" or order.return_refunded is not None:
                raise UCPError(409, "return_not_pending", f"order {order_id} has no return awaiting its goods",
                               "unrecoverable")
            assert order.return_items is not None and order.return_payment_method_id is not None
            left = list(order.return_items)
            amount = 0
            for item in order.items:
                if item.item_id in left:
                    left.remove(item.item_id)
                    amount += item.price
            method = s.get(PaymentMethodRow, order.return_payment_method_id)
            if method is not None and method.source == "gift_card":
                move_gift_card(s, method, amount)
            order = order.model_copy(update={"return_refunded": amount, "payment_history": order.payment_history + [
                Transaction(transaction_type="refund", amount=amount, payment_method_id=order.return_payment_method_id)]})
            row.body = order.model_dump_json()
            s.add(row)
            s.commit()
            return _order_view(order, _currency(request))

    return router


__all__ = ["aftersales_admin_router", "aftersales_router"]
