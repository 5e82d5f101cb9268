"""Reading the authoritative state after an ambiguous failure, and the one merchant-side compensation.

A timeout, a lost answer or a 409 does not say whether the change happened. Before a workflow compensates
or tells the shopper anything about money it reads what the wallet and the merchant actually hold: the
authorization (held, captured, voided, expired, refunded; its checkout and order), the checkout session
(completed, with its order, once placed) and the order. The reads change nothing; ``cancel_order`` asks the
merchant to cancel a placed order that could not be paid, which refunds whatever the order captured.
"""

from __future__ import annotations

from typing import Any

from temporalio import activity

from connectors import MerchantClient, WalletClient
from connectors._http import path_segment
from connectors.merchant import EXT
from domain.models import Order

from .commerce import _backend
from .messages import (
    AuthorizationRef,
    AuthorizationState,
    CancelOrderRequest,
    CheckoutRef,
    CheckoutState,
    OrderCancellation,
    OrderRef,
)


def _authorization_state(body: dict[str, Any]) -> AuthorizationState:
    return AuthorizationState(
        authorization_id=body["authorization_id"], amount=int(body["amount"]), currency=body["currency"],
        status=body["status"], captured=int(body.get("captured") or 0), refunded=int(body.get("refunded") or 0),
        checkout_id=body.get("checkout_id"), order_id=body.get("order_id"),
    )


class ReconcileActivities:
    """Read-only views of the wallet and the merchant (and the order cancellation), for the compensations."""

    def __init__(self, merchant: MerchantClient, wallet: WalletClient) -> None:
        self._merchant = merchant
        self._wallet = wallet

    async def _merchant_call(self, method: str, path: str, **kwargs: Any) -> Any:
        url = await _backend(self._merchant._ep(path))
        return await _backend(self._merchant._request(method, url, **kwargs))

    @activity.defn(name="read_authorization")
    async def read_authorization(self, ref: AuthorizationRef) -> AuthorizationState:
        body = await _backend(self._wallet._request(
            "GET", f"/authorizations/{path_segment(ref.authorization_id)}"))
        return _authorization_state(body)

    @activity.defn(name="read_checkout")
    async def read_checkout(self, ref: CheckoutRef) -> CheckoutState:
        body = await self._merchant_call("GET", f"/checkout-sessions/{path_segment(ref.checkout_id)}")
        return CheckoutState(checkout_id=body["id"], status=body["status"],
                             order_id=(body.get("order") or {}).get("id"))

    @activity.defn(name="read_order")
    async def read_order(self, ref: OrderRef) -> Order:
        return await _backend(self._merchant.get_order(ref.order_id))

    @activity.defn(name="cancel_order")
    async def cancel_order(self, request: CancelOrderRequest) -> OrderCancellation:
        body = await self._merchant_call(
            "POST", f"/orders/{path_segment(request.order_id)}/cancel", json={"reason": request.reason},
            idempotency_key=request.idempotency_key)
        status = (body.get(EXT) or {}).get("status") or body.get("status") or "canceled"
        return OrderCancellation(order_id=body.get("id", request.order_id), status=str(status))

    def all(self) -> list[object]:
        """Every activity of this class, for ``Worker(activities=...)``."""
        return [self.read_authorization, self.read_checkout, self.read_order, self.cancel_order]
