"""The activities that hold an errand's money and confirm where it went: captured by its payee, voided, refunded.

The platform never moves money with its own credential: the merchant captures when it completes a checkout,
the courier when it books a paid slot, the stores service when a bulk order settles. These read the wallet
(asking the stores service to settle or a payee to release a hold where that is the platform's part) and fail,
non-retryable, unless the money is where the errand agreed it would be.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from temporalio import activity
from temporalio.exceptions import ApplicationError

from errand.connectors import MerchantClient, WalletClient
from errand.connectors.delivery import DeliveryClient
from errand.connectors.payment_tokens import TokenSource, is_token_hold
from errand.connectors.stores import StoresClient
from errand.domain.approval import verify_approval
from errand.domain.models import Authorization

from .calls import T, call_backend, refused
from .messages import AuthorizeRequest, CaptureRequest, RefundRequest, VoidRequest

# The wallet's payees besides the sandbox merchant (``errand.sandbox.wallet.payments``).
STORES_PAYEE = "stores"
COURIER_PAYEE = "courier"


class SettlementActivities:
    """Mixed into ``CommerceActivities``, which provides the clients, ``_merchant_for`` and ``_at_checkout``."""

    _wallet: WalletClient
    _stores: StoresClient | None
    _delivery: DeliveryClient | None

    _tokens: TokenSource | None

    async def _merchant_for(self, key: str) -> MerchantClient:
        raise NotImplementedError

    async def _at_checkout(self, key: str, call: Callable[[MerchantClient], Awaitable[T]]) -> T:
        raise NotImplementedError

    @activity.defn(name="authorize_payment")
    async def authorize_payment(self, request: AuthorizeRequest) -> Authorization:
        """Hold the signed total: in the wallet (which verifies the signature), or, for a merchant paid by a
        token handler, as a token hold bound to this checkout and amount once the signature verifies here."""
        quote = request.quote
        merchant = await self._merchant_for(quote.merchant)
        handler = merchant.payment_handler
        if handler is None or handler.kind == "wallet":
            return await call_backend(self._wallet.authorize(request.idempotency_key, quote, request.approval,
                                                         daily_cap=request.daily_cap))
        if self._tokens is None:
            raise refused(f"no token source for {handler.handler_id}", "no_payment_handler")
        keys = await call_backend(self._wallet.get_public_keys(quote.shopper_id))
        key = next((k.public_key for k in keys if k.key_id == request.approval.key_id and k.passkey is None), None)
        verdict = verify_approval(quote, request.approval, key, datetime.now(UTC))
        if verdict != "ok":
            raise refused(f"the approval does not hold for this quote: {verdict}", f"approval_{verdict}")
        hold = self._tokens.authorize(merchant.key, quote.checkout_id, quote.total, quote.currency)
        return Authorization(authorization_id=hold, amount=quote.total, currency=quote.currency, status="held")

    @activity.defn(name="capture_payment")
    async def capture_payment(self, request: CaptureRequest) -> Authorization:
        """Confirm the payee captured exactly ``amount`` for the order its hold was bound to.

        The platform never captures: the merchant does when it completes the checkout, the courier when it
        books the paid slot, the stores service when the bulk order settles (asked for here). This reads
        the wallet and fails (non-retryable) unless the money was taken as agreed. A token payment was taken
        by the merchant's handler with the order: the order must exist for exactly ``amount``."""
        if is_token_hold(request.authorization_id):
            if request.order_id is None:
                raise refused("a token payment is confirmed by its order", "capture_not_confirmed")
            order_id = request.order_id
            order = await self._at_checkout(request.merchant, lambda merchant: merchant.get_order(order_id))
            if order.total != request.amount:
                raise refused(f"order {order.order_id} totals {order.total}, not {request.amount}",
                              "capture_not_confirmed")
            return Authorization(authorization_id=request.authorization_id, amount=order.total,
                                 currency=order.currency, status="captured")
        view = await call_backend(self._wallet.authorization(request.authorization_id))
        settle = view.status == "held" and view.payee == STORES_PAYEE and view.checkout_id
        if settle and self._stores is not None and view.checkout_id:
            await call_backend(self._stores.settle(request.idempotency_key, view.checkout_id))
            view = await call_backend(self._wallet.authorization(request.authorization_id))
        taken = view.status in ("captured", "partially_refunded", "refunded")
        if not taken or view.captured != request.amount or view.order_id is None:
            raise ApplicationError(
                f"authorization {view.authorization_id} is {view.status} with {view.captured} captured, not "
                f"{request.amount} for an order", type="capture_not_confirmed", non_retryable=True)
        return view.as_authorization()

    @activity.defn(name="void_authorization")
    async def void_authorization(self, request: VoidRequest) -> Authorization:
        """Have the payee release a hold that pays nothing: the merchant by cancelling the checkout it was
        made for, the stores service by releasing the bulk quote, the courier by releasing the fee hold.
        Fails (non-retryable) when the hold was captured for an order instead. A token hold took nothing
        yet: cancelling the checkout it was bound to is the whole release."""
        if is_token_hold(request.authorization_id):
            if request.checkout_id:
                checkout_id = request.checkout_id
                await self._at_checkout(request.merchant, lambda merchant: merchant.cancel_checkout(
                    request.idempotency_key, checkout_id))
            return Authorization(authorization_id=request.authorization_id, amount=0, currency="", status="voided")
        view = await call_backend(self._wallet.authorization(request.authorization_id))
        if view.status == "held" and view.checkout_id:
            if view.payee == STORES_PAYEE:
                if self._stores is not None:
                    await call_backend(self._stores.release_quote(request.idempotency_key, view.checkout_id))
            elif view.payee == COURIER_PAYEE:
                if self._delivery is not None:
                    await call_backend(self._delivery.release_fee_hold(request.idempotency_key,
                                                                   view.authorization_id))
            else:
                held_for = view.checkout_id
                await self._at_checkout(request.merchant, lambda merchant: merchant.cancel_checkout(
                    request.idempotency_key, held_for))
            view = await call_backend(self._wallet.authorization(request.authorization_id))
        if view.status not in ("voided", "expired"):
            raise ApplicationError(f"authorization {view.authorization_id} is {view.status}"
                                   + (f" and pays order {view.order_id}" if view.order_id else ""),
                                   type=f"authorization_{view.status}", non_retryable=True)
        return view.as_authorization()

    @activity.defn(name="refund_payment")
    async def refund_payment(self, request: RefundRequest) -> Authorization:
        """Confirm the payee refunded at least ``amount`` (the merchant refunds a return when it receives
        the goods, an order when it cancels it); fails (non-retryable) otherwise."""
        view = await call_backend(self._wallet.authorization(request.authorization_id))
        if view.refunded < request.amount:
            raise ApplicationError(f"authorization {view.authorization_id} has {view.refunded} refunded, not "
                                   f"{request.amount}", type="refund_not_confirmed", non_retryable=True)
        return view.as_authorization()
