"""The wallet's payment model, shared by every payee in the sandbox (merchant, stores service, courier).

A hold is bound to one payee, one checkout (or store quote, or order for a courier fee), the digest of the
quote the shopper approved, the amount the wallet itself recomputed from that quote, and an expiry. It also
keeps the approved terms (`approved_terms`): the quote's lines, address, checkout, currency and total. The
payee rebuilds those from its own records when it is paid and refuses (`check_terms`) if they differ: the
digest alone cannot be checked by the payee, which does not know the quote's id, errand or expiry. Only
the payee moves its money afterwards: the merchant captures when it completes the checkout the hold was
made for (in the same transaction that creates the order), cancels or refunds; the stores service and the
courier do the same for their own payments. Nobody else can, and a lapsed hold holds nothing.

Spending caps are decided here for every hold, serialized per shopper: the first statement of the
transaction updates the shopper's row, which takes SQLite's single write lock (``SELECT ... FOR UPDATE``
on a database with row locks), so concurrent errands cannot all pass the daily cap.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime, bindparam, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from errand.domain.models import Address, Quote
from errand.domain.payment import WalletMethod, display_of
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import ApprovalUseRow, AuthorizationRow, WalletOperationRow, as_utc
from errand.sandbox.settings import SandboxSettings
from errand.sandbox.wallet.payment_methods import PaymentMethodRow, held_on, move_gift_card, owned_method

STORES_PAYEE = "stores"
COURIER_PAYEE = "courier"
# Adjustments a quote may carry, and how far each may move the total (minor units, per adjustment).
SHIPPING_BOUND = 10_000  # a far branch of the stores service charges delivery by the km
FEE_BOUND = 5000

_OPEN_AND_SPENT = text(
    "SELECT coalesce(sum(CASE WHEN status = 'held' AND (expires_at IS NULL OR expires_at > :now) THEN amount "
    "WHEN status IN ('captured', 'partially_refunded', 'refunded') THEN captured ELSE 0 END), 0) "
    "FROM wallet_authorization WHERE shopper_id = :shopper AND created_at >= :since"
).bindparams(bindparam("now", type_=DateTime), bindparam("since", type_=DateTime))
_SPENDING = text(
    "SELECT coalesce(sum(CASE WHEN status = 'held' AND (expires_at IS NULL OR expires_at > :now) THEN amount "
    "ELSE 0 END), 0), coalesce(sum(captured), 0), coalesce(sum(refunded), 0) "
    "FROM wallet_authorization WHERE shopper_id = :shopper AND created_at >= :since"
).bindparams(bindparam("now", type_=DateTime), bindparam("since", type_=DateTime))
_LOCK_SHOPPER = text("UPDATE shopper SET loyalty_points = loyalty_points WHERE id = :shopper")


def payee_of(merchant: str, settings: SandboxSettings, own_hosts: set[str]) -> str:
    """The payee a quote's ``merchant`` names, if the wallet knows it: the sandbox's merchant (by id, or by
    the host it is served from, as quotes name it), the stores service, or the courier."""
    if merchant == settings.merchant_id or merchant in own_hosts:
        return settings.merchant_id
    if merchant.startswith("stores:"):
        return STORES_PAYEE
    if merchant == COURIER_PAYEE:
        return COURIER_PAYEE
    raise UCPError(422, "unknown_merchant", f"the wallet has no merchant {merchant!r}", "unrecoverable")


def recompute_total(quote: Quote) -> int:
    """The total the quote's lines and adjustments add up to; an inconsistent or unbounded quote is refused.

    The wallet holds what it computed, never a total it was told: lines are unit price times quantity,
    discounts and loyalty only take off (together at most the subtotal), shipping and fees are bounded.
    """
    problems = []
    subtotal = 0
    for line in quote.lines:
        if line.quantity < 1 or line.unit_price < 0 or line.line_total != line.unit_price * line.quantity:
            problems.append(f"line {line.product_id} does not add up")
        subtotal += line.unit_price * line.quantity
    if subtotal != quote.subtotal:
        problems.append(f"subtotal {quote.subtotal} is not the lines' {subtotal}")
    taken_off = 0
    for adj in quote.adjustments:
        if adj.kind in ("discount", "loyalty"):
            if adj.amount > 0:
                problems.append(f"a {adj.kind} cannot add {adj.amount}")
            taken_off -= adj.amount
        elif adj.kind == "shipping" and not 0 <= adj.amount <= SHIPPING_BOUND:
            problems.append(f"shipping {adj.amount} is outside 0..{SHIPPING_BOUND}")
        elif adj.kind == "fee" and not 0 <= adj.amount <= FEE_BOUND:
            problems.append(f"fee {adj.amount} is outside 0..{FEE_BOUND}")
    if taken_off > subtotal:
        problems.append("discounts exceed the subtotal")
    total = subtotal + sum(adj.amount for adj in quote.adjustments)
    if total != quote.total:
        problems.append(f"total {quote.total} is not the {total} its lines and adjustments make")
    if problems:
        raise UCPError(422, "amount_mismatch", "; ".join(problems), "requires_buyer_review")
    return total


def approved_terms(*, checkout_id: str, lines: Iterable[tuple[str, int, int]], address: Address | Mapping[str, Any],
                   currency: str, total: int) -> dict[str, object]:
    """What a payee can rebuild of a quote from its own records: its checkout, its lines (product, quantity,
    unit price; in any order), the full delivery address, currency and total. Both the wallet (from the
    approved quote) and the payee (from its checkout) describe a purchase with this."""
    if not isinstance(address, Address):
        address = Address.model_validate({k: v for k, v in address.items() if k in Address.model_fields})
    rows = sorted((str(product_id), int(quantity), int(unit_price)) for product_id, quantity, unit_price in lines)
    return {"checkout_id": checkout_id,
            "lines": [{"product_id": p, "quantity": q, "unit_price": u} for p, q, u in rows],
            "address": address.model_dump(mode="json"), "currency": currency, "total": total}


def terms_of(quote: Quote) -> dict[str, object]:
    """The approved terms of ``quote``, as the wallet keeps them with the hold."""
    return approved_terms(checkout_id=quote.checkout_id, address=quote.address, currency=quote.currency,
                          total=quote.total,
                          lines=[(line.product_id, line.quantity, line.unit_price) for line in quote.lines])


def check_terms(row: AuthorizationRow, rebuilt: Mapping[str, object]) -> None:
    """Refuse (422 ``checkout_changed``) to be paid by a hold whose approved terms differ from ``rebuilt``,
    what the payee is about to deliver (see `approved_terms`): other lines, another address, another total."""
    if row.approved_terms is None:
        raise UCPError(422, "checkout_changed", "the authorization carries no approved terms: a new approval "
                       "is needed", "requires_buyer_review")
    approved = json.loads(row.approved_terms)
    changed = [name for name in ("checkout_id", "lines", "address", "currency", "total")
               if approved.get(name) != rebuilt.get(name)]
    if changed:
        raise UCPError(422, "checkout_changed", f"the {', '.join(changed)} differ from what the shopper "
                       "approved: cancel and start again with a new approval", "requires_buyer_review")


def effective_status(row: AuthorizationRow, now: datetime) -> str:
    """``expired`` for a held authorization past its expiry (whether or not the sweep has marked it yet)."""
    if row.status == "held" and row.expires_at is not None and as_utc(row.expires_at) <= now:
        return "expired"
    return row.status


def _op(session: Session, row: AuthorizationRow, kind: str, amount: int, now: datetime,
        detail: str = "") -> None:
    session.add(WalletOperationRow(authorization_id=row.id, shopper_id=row.shopper_id, kind=kind,
                                   amount=amount, currency=row.currency, at=now, detail=detail))


def _day_start(now: datetime, timezone: str) -> datetime:
    """Local midnight of ``now`` in ``timezone`` (the worker's caps count the same day), as UTC."""
    local = now.astimezone(ZoneInfo(timezone))
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def spending(session: Session, shopper_id: str, now: datetime, settings: SandboxSettings) -> dict[str, object]:
    """What the daily cap counts for this shopper today: open holds and captures (refunds shown beside)."""
    since = _day_start(now, settings.cap_timezone)
    held, captured, refunded = session.connection().execute(
        _SPENDING, {"shopper": shopper_id, "now": now, "since": since}).one()
    return {"shopper_id": shopper_id, "since": since.isoformat(), "held": int(held), "captured": int(captured),
            "refunded": int(refunded), "counted": int(held) + int(captured),
            "cap_per_day": settings.cap_per_day, "cap_per_authorization": settings.cap_per_authorization}


def lock_shopper(session: Session, shopper_id: str) -> None:
    """Begin the write transaction with the shopper's row: this shopper's holds are decided one at a time."""
    session.connection().execute(_LOCK_SHOPPER, {"shopper": shopper_id})


def check_caps(session: Session, shopper_id: str, amount: int, now: datetime,
               settings: SandboxSettings, requested_daily_cap: int | None = None) -> None:
    """Refuse (422 ``spending_cap_exceeded``) a hold over the per-authorization cap, or one that with the
    shopper's open holds and captures of today would pass the daily cap. Call after ``lock_shopper``.

    ``requested_daily_cap``: the errand's own daily cap, carried by the hold request. The smaller of it and the
    wallet's own binds, in this same serialized transaction; it can only lower the limit, never raise it."""
    if settings.cap_per_authorization and amount > settings.cap_per_authorization:
        raise UCPError(422, "spending_cap_exceeded", f"cap_per_authorization: {amount} is over the "
                       f"per-authorization cap of {settings.cap_per_authorization}", "requires_buyer_review")
    limits = [(settings.cap_per_day, "the daily cap")] if settings.cap_per_day else []
    if requested_daily_cap is not None:
        limits.append((requested_daily_cap, "the errand's daily cap"))
    if limits:
        cap, name = min(limits, key=lambda limit: limit[0])
        session.flush()  # fixed SQL does not autoflush: holds added earlier in this transaction count
        used = int(session.connection().execute(
            _OPEN_AND_SPENT, {"shopper": shopper_id, "now": now, "since": _day_start(now, settings.cap_timezone)}).scalar_one())
        if used + amount > cap:
            raise UCPError(422, "spending_cap_exceeded", f"cap_per_day: {amount} on top of {used} held or "
                           f"spent today is over {name} of {cap}", "requires_buyer_review")


def check_method(session: Session, quote: Quote, amount: int, now: datetime) -> str | None:
    """The shopper's method the quote names (its id), after checking it may pay ``amount``: the shopper's own
    (another shopper's is answered 404, as one that does not exist), of the kind the quote shows, and for a
    gift card a balance that covers the amount beside its other open holds (422 ``payment.gift_card_covers``).
    None when the quote names no method: the wallet's default way, as before methods existed."""
    chosen = quote.payment_method
    if chosen is None:
        return None
    row = owned_method(session, quote.shopper_id, chosen.method_id)
    if row is None:
        raise UCPError(404, "not_found", f"no payment method {chosen.method_id}", "unrecoverable")
    if row.source != chosen.kind:
        raise UCPError(422, "payment_method_mismatch", f"payment method {row.id} is a {row.source}, the quote "
                       f"says {chosen.kind}", "requires_buyer_review")
    if not _reads_as(row, chosen.display):
        raise UCPError(422, "payment_method_mismatch", f"payment method {row.id} reads “{_display(row)}”, the "
                       f"quote the shopper signed shows “{chosen.display}”", "requires_buyer_review")
    if row.source == "gift_card":
        if row.currency != quote.currency:
            raise UCPError(422, "currency_mismatch", f"gift card {row.id} holds {row.currency}, the quote is in "
                           f"{quote.currency}", "requires_buyer_review")
        free = (row.balance or 0) - held_on(session, row, now)
        if free < amount:
            raise UCPError(422, "payment.gift_card_covers", f"a gift card must hold at least the total: gift card "
                           f"{row.id} has {free} free, the total is {amount}", "requires_buyer_review")
    return row.id


def _display(row: PaymentMethodRow) -> str:
    return display_of(WalletMethod(id=row.id, source=row.source, balance=row.balance, brand=row.brand,
                                   last_four=row.last_four, currency=row.currency))


def _reads_as(row: PaymentMethodRow, shown: str) -> bool:
    """Whether the quote shows the method as the wallet reads it (``errand.domain.payment.display_of``), so the
    signature approves that very method: a card by its brand and last four, PayPal as PayPal; a gift card as a
    gift card (the balance it showed was the balance when quoted)."""
    if row.source == "gift_card":
        return shown.startswith("Gift card")
    return shown == _display(row)


def _gift_card_of(session: Session, row: AuthorizationRow) -> PaymentMethodRow | None:
    """The gift card a hold is paid with, or None (no method chosen, or PayPal or a card: settled outside)."""
    if row.payment_method_id is None:
        return None
    method = owned_method(session, row.shopper_id, row.payment_method_id)
    return method if method is not None and method.source == "gift_card" else None


def open_hold(session: Session, *, quote: Quote, payee: str, digest: str | None, made_by: str, now: datetime,
              settings: SandboxSettings, mandate_id: str | None = None, detail: str = "",
              daily_cap: int | None = None) -> AuthorizationRow:
    """Hold the quote's recomputed total for ``payee`` inside the caller's transaction: the shopper's row is
    locked first, then caps are checked (``daily_cap``: the errand's own, see `check_caps`), then (for a signed
    approval) the approval is recorded as used."""
    amount = recompute_total(quote)
    lock_shopper(session, quote.shopper_id)
    lapse_expired(session, now, shopper_id=quote.shopper_id)
    check_caps(session, quote.shopper_id, amount, now, settings, daily_cap)
    method_id = check_method(session, quote, amount, now)
    row = AuthorizationRow(id=f"auth_{secrets.token_hex(8)}", shopper_id=quote.shopper_id, amount=amount,
                           currency=quote.currency, status="held", quote_id=quote.quote_id,
                           checkout_id=quote.checkout_id, created_at=now, payee=payee, quote_digest=digest,
                           expires_at=now + timedelta(minutes=settings.hold_minutes), made_by=made_by,
                           mandate_id=mandate_id, approved_terms=json.dumps(terms_of(quote)),
                           payment_method_id=method_id)
    if digest is not None:
        session.add(ApprovalUseRow(shopper_id=quote.shopper_id, quote_digest=digest, authorization_id=row.id,
                                   at=now))
        try:
            session.flush()
        except IntegrityError as exc:
            session.rollback()
            raise UCPError(409, "approval_already_used", "this approval already made an authorization; a new "
                           "one needs a new approval", "requires_buyer_review") from exc
    session.add(row)
    _op(session, row, "authorize", amount, now, detail or f"quote {quote.quote_id}")
    return row


def open_hold_for(session: Session, *, payee: str, checkout_id: str, now: datetime) -> AuthorizationRow | None:
    """A hold of ``payee`` for ``checkout_id`` that still holds money and pays no order yet, if any."""
    rows = session.exec(select(AuthorizationRow).where(
        AuthorizationRow.checkout_id == checkout_id, AuthorizationRow.payee == payee,
        AuthorizationRow.status == "held", AuthorizationRow.order_id.is_(None))).all()  # type: ignore[union-attr]
    return next((row for row in rows if effective_status(row, now) == "held"), None)


def _owned(row: AuthorizationRow, payee: str) -> None:
    if row.payee != payee:
        raise UCPError(404, "not_found", f"no authorization {row.id} for this payee", "unrecoverable")


def check_payable(row: AuthorizationRow | None, *, payee: str, checkout_id: str, amount: int, currency: str,
                  now: datetime, shopper_id: str | None = None) -> AuthorizationRow:
    """The hold, if it may pay this checkout: held, unexpired, made for this payee and this checkout, unbound,
    for exactly ``amount``. Otherwise 422 ``payment_failed`` (``amount_mismatch`` when only the sum
    differs)."""
    if row is None:
        raise UCPError(422, "payment_failed", "no such wallet authorization")
    problems = []
    if shopper_id is not None and row.shopper_id != shopper_id:
        problems.append("authorization belongs to another shopper")
    status = effective_status(row, now)
    if status != "held":
        problems.append(f"authorization is {status}, not held")
    if row.payee != payee:
        problems.append("authorization was made for another payee")
    if row.checkout_id != checkout_id:
        problems.append("authorization was made for another checkout")
    if row.order_id is not None:
        problems.append("authorization already paid for another order")
    if row.currency != currency or row.amount != amount:
        problems.append(f"authorization is {row.amount} {row.currency}, the total is {amount} {currency}")
    if problems:
        only_amount = len(problems) == 1 and row.amount != amount
        raise UCPError(422, "amount_mismatch" if only_amount else "payment_failed", "; ".join(problems))
    return row


def capture(session: Session, row: AuthorizationRow, *, payee: str, amount: int, order_id: str,
            now: datetime) -> AuthorizationRow:
    """The payee takes ``amount`` (at most the hold) for ``order_id``; the rest of the hold is released."""
    _owned(row, payee)
    status = effective_status(row, now)
    if status != "held":
        raise UCPError(409, "already_captured" if row.captured else f"authorization_{status}",
                       f"cannot capture an authorization that is {status}", "unrecoverable")
    if row.order_id is not None and row.order_id != order_id:
        raise UCPError(409, "authorization_bound", f"the hold pays order {row.order_id}", "unrecoverable")
    if not 0 < amount <= row.amount:
        raise UCPError(409, "capture_exceeds_hold", f"capture {amount} of a {row.amount} hold",
                       "unrecoverable")
    row.captured, row.status, row.order_id = amount, "captured", order_id
    session.add(row)
    if (gift_card := _gift_card_of(session, row)) is not None:
        move_gift_card(session, gift_card, -amount)  # the hold kept it free: the balance pays now
    _op(session, row, "capture", amount, now, f"order {order_id}")
    return row


def void(session: Session, row: AuthorizationRow, *, payee: str, now: datetime,
         detail: str = "") -> AuthorizationRow:
    """Release a hold that pays no order; voiding twice is fine, a bound or captured one is 409."""
    _owned(row, payee)
    status = effective_status(row, now)
    if status in ("voided", "expired"):
        if status != row.status:
            row.status = status
            session.add(row)
        return row
    if row.order_id is not None or status != "held":
        raise UCPError(409, "authorization_bound" if row.order_id else f"authorization_{status}",
                       f"cannot void an authorization that is {status}"
                       + (f" and pays order {row.order_id}" if row.order_id else ""), "unrecoverable")
    row.status = "voided"
    session.add(row)
    _op(session, row, "void", row.amount, now, detail)
    return row


def refund(session: Session, row: AuthorizationRow, *, payee: str, amount: int, reason: str,
           now: datetime) -> AuthorizationRow:
    """Give back up to what was captured and not yet refunded."""
    _owned(row, payee)
    if row.status not in ("captured", "partially_refunded"):
        raise UCPError(409, "not_captured", f"cannot refund an authorization that is {row.status}",
                       "unrecoverable")
    if not 0 < amount <= row.captured - row.refunded:
        raise UCPError(409, "refund_exceeds_captured",
                       f"refund {amount} > refundable {row.captured - row.refunded}", "unrecoverable")
    row.refunded += amount
    row.status = "refunded" if row.refunded == row.captured else "partially_refunded"
    session.add(row)
    if (gift_card := _gift_card_of(session, row)) is not None:
        move_gift_card(session, gift_card, amount)  # back to the card that paid, at once
    _op(session, row, "refund", amount, now, reason)
    return row


def lapse_expired(session: Session, now: datetime, *, shopper_id: str | None = None) -> None:
    """Mark lapsed holds expired (reads already treat them so; this keeps the stored status honest)."""
    where = "status = 'held' AND order_id IS NULL AND expires_at IS NOT NULL AND expires_at <= :now"
    params: dict[str, object] = {"now": now}
    if shopper_id is not None:
        where += " AND shopper_id = :shopper"
        params["shopper"] = shopper_id
    session.connection().execute(
        text(f"UPDATE wallet_authorization SET status = 'expired' WHERE {where}").bindparams(
            bindparam("now", type_=DateTime)), params)


__all__ = ["COURIER_PAYEE", "STORES_PAYEE", "approved_terms", "capture", "check_caps", "check_method",
           "check_payable",
           "check_terms", "effective_status", "lapse_expired", "lock_shopper", "open_hold", "open_hold_for",
           "payee_of", "recompute_total", "refund", "spending", "terms_of", "void"]
