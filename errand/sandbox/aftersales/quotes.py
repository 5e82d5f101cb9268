"""Quotes of changes and their signed approvals: the two steps every after-sales change takes.

A quote (``kind`` ``errand/after-sales-change/v1``) names the shopper, the order, the request as the policy
read it, what changes, the money that moves and when it expires. Its digest is sha256 over its canonical JSON
(``errand.domain.approval.canonical_json``, exactly the bytes a purchase quote's digest is taken over), so a
client recomputes it from the quote it was shown before the shopper signs ``approval_message(digest)`` with a
key registered in the wallet. The ``kind`` field keeps a change's digest from ever being a purchase's.

Applying verifies the approval against the quote kept here (shopper, digest, active key, signature, expiry),
spends the quote (single use, by a conditional update under the request's write lock), plans the request
again over the state as it is now, and writes only when that plan is the one signed.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, TypeAdapter
from sqlalchemy import update
from sqlmodel import Session, select

from errand.domain.approval import approval_message, canonical_json, signature_valid
from errand.domain.models import SignedApproval
from errand.sandbox.aftersales.plans import ChangeRequest, Item, Method, Plan, World, plan
from errand.sandbox.aftersales.rules import POLICY_VERSION, Refusal
from errand.sandbox.aftersales.state import shopper_book
from errand.sandbox.aftersales.tables import (
    ChangeQuoteRow,
    RetailItemRow,
    RetailOrderRow,
    RetailProductRow,
    RetailShopperRow,
)
from errand.sandbox.datasets.retail import Address, Name, Order
from errand.sandbox.db import ShopperRow, as_utc
from errand.sandbox.wallet.keys import active_public_key
from errand.sandbox.wallet.passkeys import passkey_verdict
from errand.sandbox.wallet.payment_methods import PaymentMethodRow, held_on, methods_of, move_gift_card

QUOTE_KIND = "errand/after-sales-change/v1"
QUOTE_LIFETIME = timedelta(minutes=15)
_REQUEST: TypeAdapter[Any] = TypeAdapter(ChangeRequest)


def change_digest(quote: dict[str, Any]) -> str:
    """Hex sha256 of the quote's canonical JSON: what the shopper's approval signs (as ``quote_digest``)."""
    return hashlib.sha256(canonical_json(quote)).hexdigest()


def _order_of(session: Session, shopper_id: str, order_id: str) -> tuple[RetailOrderRow, Order]:
    row = session.get(RetailOrderRow, order_id)
    if row is None or row.shopper_id != shopper_id:
        raise Refusal("identity.own_orders", f"no order {order_id} for this shopper")
    return row, Order.model_validate_json(row.body)


def world_of(session: Session, shopper_id: str, request: BaseModel, currency: str) -> World:
    """What ``request`` reads, loaded for ``shopper_id``: another shopper's order is not found (404)."""
    shopper = session.get(RetailShopperRow, shopper_id)
    if shopper is None:
        raise Refusal("identity.not_found", f"no shopper {shopper_id}")
    order_id = getattr(request, "order_id", None)
    order = _order_of(session, shopper_id, order_id)[1] if order_id else None
    methods = {m.id: Method(m.id, m.source, m.balance) for m in methods_of(session, shopper_id)}
    wanted = set(getattr(request, "new_item_ids", []))
    items: dict[str, Item] = {}
    if wanted:
        rows = session.exec(select(RetailItemRow).where(RetailItemRow.id.in_(wanted))).all()  # type: ignore[attr-defined]
        names = {p.id: p.name for p in session.exec(select(RetailProductRow).where(
            RetailProductRow.id.in_({r.product_id for r in rows}))).all()}  # type: ignore[attr-defined]
        items = {r.id: Item(r.id, r.product_id, names.get(r.product_id, r.product_id), json.loads(r.options),
                            bool(r.available), r.price) for r in rows}
    return World(order=order, methods=methods, items=items,
                 default_address=Address.model_validate_json(shopper.address), currency=currency)


def issue_quote(session: Session, shopper_id: str, request: BaseModel, currency: str, now: datetime) -> dict[str, Any]:
    """Plan ``request`` and keep its quote; returns the quote with its digest beside it (a refusal raises)."""
    planned = plan(request, world_of(session, shopper_id, request, currency))
    _check_held(session, planned, now)
    quote_id = f"asq_{secrets.token_hex(12)}"
    expires_at = now + QUOTE_LIFETIME
    quote = {"kind": QUOTE_KIND, "policy_version": POLICY_VERSION, "quote_id": quote_id, "shopper_id": shopper_id,
             "order_id": getattr(request, "order_id", None), "operation": request.operation,  # type: ignore[attr-defined]
             "request": request.model_dump(mode="json"), **planned.signed_part(), "currency": currency,
             "expires_at": expires_at.isoformat()}
    quote = json.loads(canonical_json(quote))  # exactly what is signed: no float or tuple survives differently
    digest = change_digest(quote)
    session.add(ChangeQuoteRow(id=quote_id, shopper_id=shopper_id, order_id=quote["order_id"],
                               operation=quote["operation"], body=canonical_json(quote).decode(), digest=digest,
                               created_at=now, expires_at=expires_at))
    return {"quote": quote, "quote_digest": digest, "approval_message": approval_message(digest).decode()}


def quote_of(session: Session, shopper_id: str, quote_id: str) -> ChangeQuoteRow:
    row = session.get(ChangeQuoteRow, quote_id)
    if row is None or row.shopper_id != shopper_id:
        raise Refusal("identity.own_orders", f"no quote {quote_id} for this shopper")
    return row


def check_approval(session: Session, row: ChangeQuoteRow, approval: SignedApproval, now: datetime) -> None:
    """The approval signs this very quote with an active key of its shopper (an Ed25519 signature, or a
    passkey's assertion checked as the wallet checks one for a purchase, its counter moved forward), before the
    quote expires."""
    if approval.shopper_id != row.shopper_id or approval.quote_digest != row.digest:
        raise Refusal("approval.signed", "the approval is for another shopper or another quote")
    public_key = active_public_key(session, row.shopper_id, approval.key_id)
    if approval.passkey is not None:
        verdict = passkey_verdict(session, approval, public_key, shopper_id=row.shopper_id, digest=row.digest,
                                  expires_at=as_utc(row.expires_at), now=now)
        if verdict not in ("ok", "expired"):
            raise Refusal("approval.signed", f"the passkey's assertion does not verify: {verdict.replace('_', ' ')}")
    elif public_key is None or not signature_valid(public_key, approval.signature, approval_message(row.digest)):
        raise Refusal("approval.signed", "the signature does not verify under an active key of the shopper")
    if row.used_at is not None:
        raise Refusal("approval.single_use", f"quote {row.id} was applied at {as_utc(row.used_at).isoformat()}")
    if now >= as_utc(row.expires_at):
        raise Refusal("approval.expired", f"quote {row.id} expired at {as_utc(row.expires_at).isoformat()}")


def apply_quote(session: Session, row: ChangeQuoteRow, approval: SignedApproval, currency: str,
                now: datetime) -> Plan:
    """Verify, spend and apply quote ``row``; a refusal leaves everything (the quote too) as it was."""
    check_approval(session, row, approval, now)
    signed = json.loads(row.body)
    request = _REQUEST.validate_python(signed["request"])
    planned = plan(request, world_of(session, row.shopper_id, request, currency))
    if json.loads(canonical_json(planned.signed_part())) != {k: signed[k] for k in ("changes", "money", "summary")}:
        raise Refusal("change.stale", f"quote {row.id} no longer describes what the change would do")
    spent = session.connection().execute(
        update(ChangeQuoteRow).where(ChangeQuoteRow.id == row.id, ChangeQuoteRow.used_at.is_(None))  # type: ignore[arg-type, union-attr]
        .values(used_at=now, key_id=approval.key_id))
    if spent.rowcount != 1:
        raise Refusal("approval.single_use", f"quote {row.id} was already applied")
    _check_held(session, planned, now)
    _write(session, row.shopper_id, planned)
    return planned


def _check_held(session: Session, planned: Plan, now: datetime) -> None:
    """A gift card the change pays from keeps what the wallet's open holds on it are still to capture: the plan
    reads the card's whole balance, and a purchase's hold is a promise of part of it."""
    for method_id, balance in planned.balances_after.items():
        method = session.get(PaymentMethodRow, method_id)
        if method is None or balance >= (method.balance or 0):
            continue  # credited, or untouched
        kept = held_on(session, method, now)
        if balance < kept:
            raise Refusal("payment.gift_card_covers", f"gift card {method_id} holds {method.balance or 0}, of which "
                          f"{kept} is held for a purchase; the change would leave {balance}")


def _write(session: Session, shopper_id: str, planned: Plan) -> None:
    if planned.order_after is not None:
        order = planned.order_after
        stored = session.get(RetailOrderRow, order.order_id)
        assert stored is not None
        stored.status, stored.body = order.status, order.model_dump_json()
        session.add(stored)
    for method_id, balance in planned.balances_after.items():
        method = session.get(PaymentMethodRow, method_id)
        assert method is not None
        move_gift_card(session, method, balance - (method.balance or 0))
    if planned.default_address_after is not None:
        shopper = session.get(RetailShopperRow, shopper_id)
        wallet_shopper = session.get(ShopperRow, shopper_id)
        assert shopper is not None and wallet_shopper is not None
        shopper.address = planned.default_address_after.model_dump_json()
        wallet_shopper.addresses = shopper_book(Name(first_name=shopper.first_name, last_name=shopper.last_name),
                                                planned.default_address_after)
        session.add(shopper)
        session.add(wallet_shopper)


__all__ = ["QUOTE_KIND", "QUOTE_LIFETIME", "apply_quote", "change_digest", "check_approval", "issue_quote",
           "quote_of", "world_of"]
