"""The wallet payment handler for a merchant the wallet does not share a database with.

With ``errand up --merchants N`` one sandbox is the payment provider (its wallet) and the others are
merchants only, as with a real provider: each offers ``dev.errand.wallet`` with the provider's wallet URL in
the handler's config, the platform gets the hold from that wallet after the shopper signs (payee: this
merchant, this checkout, the signed amount), and this merchant checks and captures it over HTTP with the
credential the wallet issued to it (``errand.sandbox.wallet.payees``). A checkout it cancels has its hold
voided the same way.

The order and the capture cannot share a transaction here: the capture is the last thing done before the
order's transaction commits, and a refused capture rolls the order back. Its idempotency key is the checkout,
so a retried completion never captures twice.
"""

from __future__ import annotations

from typing import Any

import httpx

from errand.sandbox.common.errors import UCPError
from errand.sandbox.datasets import PaymentHandlerSpec
from errand.sandbox.merchant.payment_handlers import Payment, PaymentContext, PaymentHandler, handler_for
from errand.sandbox.settings import SandboxSettings
from errand.sandbox.wallet import payments

TIMEOUT = httpx.Timeout(5.0, connect=2.0)


class WalletRemote:
    """The provider's wallet as this merchant (a payee) calls it."""

    def __init__(self, wallet_url: str, token: str, *, transport: httpx.BaseTransport | None = None) -> None:
        self.wallet_url = wallet_url.rstrip("/")
        self._token = token
        self._transport = transport

    def _call(self, method: str, path: str, *, json: Any = None, idempotency_key: str | None = None) -> Any:
        if not self._token:
            raise UCPError(503, "payment_unavailable", "this merchant holds no credential at its wallet")
        headers = {"Authorization": f"Bearer {self._token}"}
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        try:
            with httpx.Client(timeout=TIMEOUT, transport=self._transport) as client:
                response = client.request(method, f"{self.wallet_url}{path}", json=json, headers=headers)
        except httpx.HTTPError as exc:
            raise UCPError(503, "payment_unavailable", f"the wallet did not answer: {type(exc).__name__}") from exc
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.status_code >= 400:
            # The wallet's refusal is the merchant's: a hold it will not pay is a failed payment, not a 5xx.
            messages = body.get("messages") if isinstance(body, dict) else None
            first = messages[0] if isinstance(messages, list) and messages and isinstance(messages[0], dict) else {}
            code, text = str(first.get("code") or "payment_failed"), str(first.get("content") or "")
            status = 503 if response.status_code >= 500 else 422
            raise UCPError(status, code, f"the wallet refused: {text or response.status_code}")
        return body

    def authorization(self, authorization_id: str) -> dict[str, Any]:
        found: dict[str, Any] = self._call("GET", f"/authorizations/{authorization_id}")
        return found

    def capture(self, authorization_id: str, *, amount: int, order_id: str, checkout_id: str,
                terms: dict[str, object]) -> dict[str, Any]:
        found: dict[str, Any] = self._call(
            "POST", f"/authorizations/{authorization_id}/capture", idempotency_key=f"capture:{checkout_id}",
            json={"amount": amount, "order_id": order_id, "checkout_id": checkout_id, "terms": terms})
        return found

    def void_checkout(self, checkout_id: str) -> None:
        self._call("POST", f"/checkouts/{checkout_id}/void", idempotency_key=f"void:{checkout_id}")

    def refund(self, authorization_id: str, amount: int, reason: str, *, key: str) -> dict[str, Any]:
        found: dict[str, Any] = self._call("POST", f"/authorizations/{authorization_id}/refund",
                                           json={"amount": amount, "reason": reason}, idempotency_key=key)
        return found


class RemoteWalletHandler:
    """``dev.errand.wallet`` paid through the provider's wallet over HTTP: the same checks as ``WalletHandler``
    (a shopper's checkout, a held authorization for this payee, checkout, amount and shopper, the approved
    terms), the last of them made by the wallet in the capture itself."""

    def __init__(self, spec: PaymentHandlerSpec, wallet: WalletRemote) -> None:
        self.spec = spec
        self.wallet = wallet

    def authorize(self, ctx: PaymentContext, instrument: dict[str, Any]) -> Payment:
        if ctx.checkout.buyer_id is None:
            raise UCPError(422, "payment_handler_unavailable",
                           f"{self.spec.id} pays only a shopper's checkout made by the platform", "unrecoverable")
        credential = instrument.get("credential")
        authorization_id = credential.get("authorization_id") if isinstance(credential, dict) else None
        if not isinstance(authorization_id, str) or not authorization_id.replace("_", "").isalnum():
            raise UCPError(422, "payment_required", f"a {self.spec.id} instrument with authorization_id is needed")
        if ctx.address is None:
            raise UCPError(422, "address_undeliverable", "the checkout has no delivery address")
        view = self.wallet.authorization(authorization_id)
        problems = []
        if view.get("status") != "held":
            problems.append(f"authorization is {view.get('status')}, not held")
        if view.get("payee") != ctx.merchant_id:
            problems.append("authorization was made for another payee")
        if view.get("checkout_id") != ctx.checkout.id:
            problems.append("authorization was made for another checkout")
        if view.get("shopper_id") != ctx.checkout.buyer_id:
            problems.append("authorization belongs to another shopper")
        if view.get("order_id") is not None:
            problems.append("authorization already paid for another order")
        if view.get("amount") != ctx.amount or view.get("currency") != ctx.currency:
            problems.append(f"authorization is {view.get('amount')} {view.get('currency')}, the total is "
                            f"{ctx.amount} {ctx.currency}")
        if problems:
            raise UCPError(422, "payment_failed", "; ".join(problems))
        terms = payments.approved_terms(checkout_id=ctx.checkout.id, lines=ctx.approved_lines, address=ctx.address,
                                        currency=ctx.currency, total=ctx.amount)
        return Payment(self.spec.id, {"id": f"pi_{authorization_id}", "handler_id": self.spec.id,
                                      "type": "wallet_authorization"},
                       extra={"authorization_id": authorization_id, "terms": terms})

    def capture(self, ctx: PaymentContext, payment: Payment, order_id: str) -> None:
        self.wallet.capture(str(payment.extra["authorization_id"]), amount=ctx.amount, order_id=order_id,
                            checkout_id=ctx.checkout.id, terms=payment.extra["terms"])


def wallet_remote(settings: SandboxSettings) -> WalletRemote | None:
    """The provider's wallet this merchant is paid through, or None when it is paid by its own."""
    return WalletRemote(settings.wallet_url, settings.wallet_merchant_token) if settings.wallet_url else None


def merchant_handler(spec: PaymentHandlerSpec, settings: SandboxSettings) -> PaymentHandler:
    """The handler that takes ``spec``'s payments at this merchant: the wallet over HTTP when it is another
    sandbox's, else the in-process one."""
    remote = wallet_remote(settings)
    return RemoteWalletHandler(spec, remote) if spec.kind == "wallet" and remote is not None else handler_for(spec)


__all__ = ["RemoteWalletHandler", "WalletRemote", "merchant_handler", "wallet_remote"]
