"""Whose purchase it is: every checkout, order, shipment, bulk quote, return, pickup and support message is
owned by the caller scope that made it (``Caller.scope``, kept in the row's ``owner`` column).

Only that scope, or an operator, reads or changes it; any other credential gets the 404 of a row that does not
exist (an id says nothing about whether it is in use), and a request without a credential gets 401. Orders
and their shipments belong to whoever owns the checkout they came from, branch orders to their bulk quote,
pickups and support messages to their return or order. Rows made before owners were recorded (``owner`` is
NULL) stay with the roles that could act for shoppers then: the platform and operators.

Naming a buyer (``dev.errand.buyer_id``, ``shopper_id``) is acting for a shopper: it needs the platform's
credential or an operator's (`for_shopper`).

A guest (``auth.caller_of``: no credential, a ``UCP-Agent`` profile, guest checkout on) owns the checkouts it
opens as ``guest:<profile>`` and reaches only those and their orders (`checkout`, `order`); every other
surface still wants a credential (401).

A linked shopper (``auth.caller_of``: an access token the merchant's Identity Linking server issued) owns the
checkouts it opens as ``shopper:<id>`` and reaches those and their orders the same way, nobody else's: not
the platform's, not a guest's, not another shopper's, and rows made before owners were recorded neither. Its
token's scopes bound what it reads: an order only with ``dev.ucp.shopping.order:read`` (403
``insufficient_scope`` otherwise, whatever the id, so the answer says nothing about the order).

Routes take the checks as FastAPI dependencies (``dependencies=[Depends(ownership.checkout)]``): each reads
the owner from its path or query parameter before the route runs, in its own short session.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request
from sqlmodel import Session

from errand.sandbox.common.auth import Caller, Role, caller_of, require
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import CheckoutRow, OrderRow, ShipmentRow
from errand.sandbox.merchant.identity_server import ORDER_READ_SCOPE

SHOPPER_ROLES: tuple[Role, ...] = ("platform", "operator")
"""The roles that act for shoppers (and own rows made before owners were recorded)."""
MISSING = object()
"""An owner lookup's answer when the row itself does not exist (the route answers its own 404)."""


def for_shopper(request: Request) -> Caller:
    """The caller, when it may act for a shopper (the platform or an operator): 401 or 403 otherwise."""
    return require(request, *SHOPPER_ROLES)


def signed_in(request: Request) -> Caller:
    """The caller, when it presented any known credential: 401 otherwise."""
    return require(request, "platform", "operator", "merchant")


def known_or_guest(request: Request) -> Caller:
    """The caller, when it presented a credential, is a linked shopper or is a guest: 401 otherwise."""
    return require(request, "platform", "operator", "merchant", "shopper", "guest")


def scope_of(request: Request) -> str:
    """The owner to record on a row made by this request."""
    return caller_of(request).scope


def may_use(caller: Caller, owner: str | None) -> bool:
    if caller.role == "operator":
        return True
    if owner is None:
        return caller.role in SHOPPER_ROLES
    return owner == caller.scope


def check(request: Request, owner: str | None | object, what: str, *, guests: bool = False) -> Caller:
    """Let the caller through when it may use a row owned by ``owner`` (or when there is no such row: the
    route then answers its own 404); 401 without a credential, 404 ``no <what>`` for any other caller."""
    caller = known_or_guest(request) if guests else signed_in(request)
    if owner is MISSING or may_use(caller, owner if isinstance(owner, str) else None):
        return caller
    raise UCPError(404, "not_found", f"no {what}", "unrecoverable")


# Owners of each kind of row (MISSING when the row does not exist) ------------------------------------------


def checkout_owner(s: Session, checkout_id: str) -> str | None | object:
    row = s.get(CheckoutRow, checkout_id)
    return MISSING if row is None else row.owner


def order_owner(s: Session, order_id: str) -> str | None | object:
    order = s.get(OrderRow, order_id)
    if order is None:
        return MISSING
    checkout = s.get(CheckoutRow, order.checkout_id)
    return None if checkout is None else checkout.owner


def quote_owner(s: Session, quote_id: str) -> str | None | object:
    from errand.sandbox.stores.tables import StoreQuoteRow

    row = s.get(StoreQuoteRow, quote_id)
    return MISSING if row is None else row.owner


def branch_order_owner(s: Session, branch_order_id: str) -> str | None | object:
    from errand.sandbox.stores.tables import StoreBranchOrderRow

    row = s.get(StoreBranchOrderRow, branch_order_id)
    return MISSING if row is None else quote_owner(s, row.quote_id)


def shipment_owner(s: Session, shipment_id: str) -> str | None | object:
    """A shipment belongs to the owner of the order (or branch order) it carries; one handed to the courier
    on its own, to whoever handed it over."""
    row = s.get(ShipmentRow, shipment_id)
    if row is None:
        return MISSING
    for find in (order_owner, branch_order_owner):
        owner = find(s, row.order_id)
        if owner is not MISSING:
            return owner
    return row.owner


def rma_owner(s: Session, rma_id: str) -> str | None | object:
    from errand.sandbox.returns.tables import RmaRow

    row = s.get(RmaRow, rma_id)
    return MISSING if row is None else row.owner


Finder = Callable[[Session, str], str | None | object]


def owns(request: Request, find: Finder, ident: str, what: str, *, guests: bool = False) -> Caller:
    """`check` the owner ``find`` reads for ``ident`` (``guests``: a guest may be its owner)."""
    # No credential: 401 before anything is looked up.
    known_or_guest(request) if guests else signed_in(request)
    with Session(request.app.state.engine) as s:
        owner = find(s, ident)
    return check(request, owner, f"{what} {ident}", guests=guests)


# FastAPI dependencies, by the name of the parameter that carries the id ---------------------------------


def checkout(checkout_id: str, request: Request) -> Caller:
    return owns(request, checkout_owner, checkout_id, "checkout session", guests=True)


def order(order_id: str, request: Request) -> Caller:
    return owns(request, order_owner, order_id, "order", guests=True)


def order_read(order_id: str, request: Request) -> Caller:
    """`order` for a read: a linked shopper's token must carry the order:read scope (403 ``insufficient_scope``,
    RFC 6750), asked before the order is looked up so that the answer is the same for every id."""
    caller = known_or_guest(request)
    if caller.role == "shopper" and ORDER_READ_SCOPE not in caller.scopes:
        raise UCPError(403, "insufficient_scope", f"this token lacks {ORDER_READ_SCOPE}", "unrecoverable",
                       headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{ORDER_READ_SCOPE}"'})
    return order(order_id, request)


def shipment(shipment_id: str, request: Request) -> Caller:
    return owns(request, shipment_owner, shipment_id, "shipment")


def shipment_read(shipment_id: str, request: Request) -> Caller:
    """`shipment` for a read, which a linked shopper may also make of its own orders' shipments when its token
    carries order:read (403 ``insufficient_scope`` otherwise, asked before the shipment is looked up)."""
    caller = known_or_guest(request)
    if caller.role == "guest":
        return signed_in(request)  # 401: a guest follows its order, not the courier
    if caller.role == "shopper" and ORDER_READ_SCOPE not in caller.scopes:
        raise UCPError(403, "insufficient_scope", f"this token lacks {ORDER_READ_SCOPE}", "unrecoverable",
                       headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{ORDER_READ_SCOPE}"'})
    with Session(request.app.state.engine) as s:
        owner = shipment_owner(s, shipment_id)
    if owner is MISSING or may_use(caller, owner if isinstance(owner, str) else None):
        return caller
    raise UCPError(404, "not_found", f"no shipment {shipment_id}", "unrecoverable")


def quote(quote_id: str, request: Request) -> Caller:
    return owns(request, quote_owner, quote_id, "bulk quote")


def branch_order(branch_order_id: str, request: Request) -> Caller:
    return owns(request, branch_order_owner, branch_order_id, "branch order")


def rma(rma_id: str, request: Request) -> Caller:
    return owns(request, rma_owner, rma_id, "return")


__all__ = ["SHOPPER_ROLES", "branch_order", "check", "checkout", "for_shopper", "known_or_guest", "order",
           "order_read", "owns", "quote", "rma", "scope_of", "shipment", "shipment_read", "signed_in"]
