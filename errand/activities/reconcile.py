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

from errand.connectors import MerchantClient, WalletClient
from errand.connectors._http import path_segment
from errand.connectors.directory import MerchantDirectory
from errand.connectors.wallet import AuthorizationView
from errand.domain.models import Order

from .calls import call_backend
from .messages import (
    AuthorizationRef,
    AuthorizationState,
    CancelOrderRequest,
    CheckoutRef,
    CheckoutState,
    OrderCancellation,
    OrderRef,
)


def _authorization_state(view: AuthorizationView) -> AuthorizationState:
    return AuthorizationState(
        authorization_id=view.authorization_id, amount=view.amount, currency=view.currency, status=view.status,
        captured=view.captured, refunded=view.refunded, checkout_id=view.checkout_id, order_id=view.order_id,
    )


class ReconcileActivities:
    """Read-only views of the wallet and the merchant (and the order cancellation), for the compensations."""

    def __init__(self, merchant: MerchantClient, wallet: WalletClient, *,
                 directory: MerchantDirectory | None = None) -> None:
        self._merchant = merchant
        self._wallet = wallet
        self._directory = directory or MerchantDirectory([merchant])

    async def _merchant_for(self, key: str) -> MerchantClient:
        """The merchant the checkout or order was made at (empty: the default one)."""
        return await call_backend(self._directory.client(key))

    @activity.defn(name="read_authorization")
    async def read_authorization(self, ref: AuthorizationRef) -> AuthorizationState:
        return _authorization_state(await call_backend(self._wallet.authorization(ref.authorization_id)))

    @activity.defn(name="read_checkout")
    async def read_checkout(self, ref: CheckoutRef) -> CheckoutState:
        # The raw UCP body: the connector's checkout view leaves out the order a completed checkout names.
        merchant = await self._merchant_for(ref.merchant)
        url = await call_backend(merchant._ep(f"/checkout-sessions/{path_segment(ref.checkout_id)}"))
        body: dict[str, Any] = await call_backend(merchant._request("GET", url))
        return CheckoutState(checkout_id=body["id"], status=body["status"],
                             order_id=(body.get("order") or {}).get("id"))

    @activity.defn(name="read_order")
    async def read_order(self, ref: OrderRef) -> Order:
        return await call_backend((await self._merchant_for(ref.merchant)).get_order(ref.order_id))

    @activity.defn(name="cancel_order")
    async def cancel_order(self, request: CancelOrderRequest) -> OrderCancellation:
        merchant = await self._merchant_for(request.merchant)
        order = await call_backend(merchant.cancel_order(request.idempotency_key, request.order_id, request.reason))
        return OrderCancellation(order_id=order.order_id, status=order.status)

    def all(self) -> list[object]:
        """Every activity of this class, for ``Worker(activities=...)``."""
        return [self.read_authorization, self.read_checkout, self.read_order, self.cancel_order]
