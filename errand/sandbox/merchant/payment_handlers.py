"""Payment handlers: how a completing checkout is paid, one class per handler a data set declares.

``WalletHandler`` is the wallet's signed-approval path (a hold the shopper approved for exactly this
checkout's terms, captured by the merchant's own identity); only a shopper's checkout (the platform, naming
the buyer) can use it. ``MockHandler`` is the UCP sample's test handler: tokens from the data set's
``payment_instruments.csv`` (``fail_token`` declines with 402) and test card numbers only. A card number is
checked and forgotten: it is never stored, logged or echoed; what the checkout keeps of an instrument is its
display (brand, last four digits).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlmodel import Session, select

from errand.sandbox.common.errors import UCPError
from errand.sandbox.datasets import PaymentHandlerSpec
from errand.sandbox.db import AuthorizationRow, CheckoutRow, PaymentTokenRow
from errand.sandbox.wallet import payments
from errand.sandbox.wallet.payment_methods import method_display

TEST_CARD_NUMBERS = frozenset({
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
    "378282246310005", "371449635398431", "6011111111111117", "3056930009020004", "36227206271667",
    "3566002020360505", "6200000000000005",
})
"""The card networks' published test numbers: the only card numbers the test handler accepts."""
DECLINED_TEST_CARDS = frozenset({"4000000000000002"})
"""A published test number that is declined (402), so a platform can try the failure path with a card."""


@dataclass
class Payment:
    """A payment the handler has accepted for this checkout, to be taken once the order exists."""

    handler_id: str
    display: dict[str, Any]
    authorization: AuthorizationRow | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PaymentContext:
    session: Session
    checkout: CheckoutRow
    amount: int
    currency: str
    merchant_id: str
    now: datetime
    approved_lines: list[tuple[str, int, int]]
    address: dict[str, Any] | None


class PaymentHandler(Protocol):
    spec: PaymentHandlerSpec

    def authorize(self, ctx: PaymentContext, instrument: dict[str, Any]) -> Payment:
        """Accept the instrument for ``ctx.amount`` or raise the UCPError that says why not."""

    def capture(self, ctx: PaymentContext, payment: Payment, order_id: str) -> None:
        """Take the money for ``order_id`` (in the order's transaction)."""


def _credential(instrument: dict[str, Any]) -> dict[str, Any]:
    credential = instrument.get("credential")
    if not isinstance(credential, dict):
        raise UCPError(422, "invalid_request", "payment.instruments[0].credential must be an object")
    return credential


class WalletHandler:
    """The wallet hold the shopper approved, bound to this payee, checkout and terms."""

    def __init__(self, spec: PaymentHandlerSpec) -> None:
        self.spec = spec

    def authorize(self, ctx: PaymentContext, instrument: dict[str, Any]) -> Payment:
        if ctx.checkout.buyer_id is None:
            raise UCPError(422, "payment_handler_unavailable",
                           f"{self.spec.id} pays only a shopper's checkout made by the platform", "unrecoverable")
        authorization_id = _credential(instrument).get("authorization_id")
        if not isinstance(authorization_id, str) or not authorization_id:
            raise UCPError(422, "payment_required", f"a {self.spec.id} instrument with authorization_id is needed")
        auth = payments.check_payable(ctx.session.get(AuthorizationRow, authorization_id), payee=ctx.merchant_id,
                                      checkout_id=ctx.checkout.id, amount=ctx.amount, currency=ctx.currency,
                                      now=ctx.now, shopper_id=ctx.checkout.buyer_id)
        if ctx.address is None:
            raise UCPError(422, "address_undeliverable", "the checkout has no delivery address")
        # What is about to be sold and shipped must be what the shopper approved, field by field.
        payments.check_terms(auth, payments.approved_terms(
            checkout_id=ctx.checkout.id, lines=ctx.approved_lines, address=ctx.address, currency=ctx.currency,
            total=ctx.amount))
        display: dict[str, Any] = {"id": f"pi_{auth.id}", "handler_id": self.spec.id, "type": "wallet_authorization"}
        if auth.payment_method_id is not None:  # the shopper's method the wallet holds the money on, as it reads
            display["payment_method"] = method_display(ctx.session, auth)
        return Payment(self.spec.id, display, authorization=auth)

    def capture(self, ctx: PaymentContext, payment: Payment, order_id: str) -> None:
        assert payment.authorization is not None
        # The order exists if and only if it is paid: the hold is bound to it and captured in this transaction.
        payments.capture(ctx.session, payment.authorization, payee=ctx.merchant_id, amount=ctx.amount,
                         order_id=order_id, now=ctx.now)


def _luhn(number: str) -> bool:
    digits = [int(d) for d in reversed(number)]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


class MockHandler:
    """The UCP sample's test handler: known tokens and published test card numbers, nothing real."""

    def __init__(self, spec: PaymentHandlerSpec) -> None:
        self.spec = spec

    def authorize(self, ctx: PaymentContext, instrument: dict[str, Any]) -> Payment:
        credential = _credential(instrument)
        binding = credential.get("binding")
        if binding is not None and (not isinstance(binding, dict) or binding.get("checkout_id") != ctx.checkout.id):
            raise UCPError(422, "binding_mismatch", "the credential is bound to another checkout", "unrecoverable")
        kind = credential.get("type")
        if kind == "token":
            return self._token(ctx, instrument, credential.get("token"))
        if kind == "card":
            return self._card(instrument, credential.get("number"))
        raise UCPError(422, "invalid_request", f"{self.spec.id} takes a token or a test card credential")

    def _token(self, ctx: PaymentContext, instrument: dict[str, Any], token: Any) -> Payment:
        if not isinstance(token, str) or not token:
            raise UCPError(422, "invalid_request", "credential.token must be a non-empty string")
        row = ctx.session.exec(select(PaymentTokenRow).where(
            PaymentTokenRow.token == token, PaymentTokenRow.handler_id == self.spec.id)).first()
        if row is None:
            raise UCPError(402, "payment_failed", f"{self.spec.id} does not know this token")
        if not row.approved:
            raise UCPError(402, "payment_failed", f"payment declined by {self.spec.id}")
        return Payment(self.spec.id, self._display(instrument, row.brand, row.last_digits))

    def _card(self, instrument: dict[str, Any], number: Any) -> Payment:
        digits = number.replace(" ", "") if isinstance(number, str) else ""
        if not digits.isdigit() or not 12 <= len(digits) <= 19 or not _luhn(digits):
            raise UCPError(422, "invalid_request", "credential.number is not a card number")
        if digits in DECLINED_TEST_CARDS:
            raise UCPError(402, "payment_failed", f"payment declined by {self.spec.id}")
        if digits not in TEST_CARD_NUMBERS:
            raise UCPError(402, "payment_failed", f"{self.spec.id} accepts published test card numbers only")
        display = instrument.get("display")
        display = display if isinstance(display, dict) else {}
        return Payment(self.spec.id, self._display(instrument, str(display.get("brand") or "card"), digits[-4:]))

    def _display(self, instrument: dict[str, Any], brand: str, last_digits: str) -> dict[str, Any]:
        ident = instrument.get("id")
        return {"id": ident if isinstance(ident, str) and len(ident) <= 100 else "instrument_1",
                "handler_id": self.spec.id, "type": "card",
                "display": {"brand": brand[:40], "last_digits": last_digits}}

    def capture(self, ctx: PaymentContext, payment: Payment, order_id: str) -> None:
        """Nothing moves: the test handler's approval is the whole payment."""


def handler_for(spec: PaymentHandlerSpec) -> PaymentHandler:
    return WalletHandler(spec) if spec.kind == "wallet" else MockHandler(spec)


def discovery_config(spec: PaymentHandlerSpec, base_url: str, wallet_url: str = "") -> dict[str, Any]:
    """How discovery describes the handler under ``ucp.payment_handlers[<name>]``; the wallet's is the payment
    provider's (``wallet_url``) when this merchant is paid through another sandbox's."""
    if spec.kind == "wallet":
        return {"base_url": wallet_url.rstrip("/") or f"{base_url}/wallet", "instrument_type": "wallet_authorization"}
    return {"credential_types": ["token", "card"], "test_only": True}


__all__ = ["MockHandler", "Payment", "PaymentContext", "PaymentHandler", "WalletHandler", "discovery_config",
           "handler_for"]
