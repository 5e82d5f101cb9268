"""Activities that reach the commerce backends: marketplace (UCP merchant), wallet and courier.

Each is a thin wrapper over a connector call. Money moves only at its payee: the merchant captures when it
completes a checkout, so ``capture_payment``, ``void_authorization`` and ``refund_payment`` confirm (or ask
the payee for) the wallet state rather than move money with the platform's credential. Backend errors
become ``ApplicationError`` with the backend's code as the type; a permanent failure (a 4xx, a refused signature) is non-retryable, a transient
one (timeouts, 5xx, 429) is left to the workflow's retry policy. Every write passes the workflow's
idempotency key through, so a retried or replayed call never acts twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar
from urllib.parse import urlsplit

from temporalio import activity
from temporalio.exceptions import ApplicationError

from errand.connectors import BackendError, CourierClient, MerchantClient, WalletClient
from errand.connectors.delivery import DeliveryClient
from errand.connectors.stores import StoresClient
from errand.domain.models import Authorization, Order, Quote, Shipment, ShopperProfile

from .messages import (
    AuthorizeRequest,
    CaptureRequest,
    PlaceOrderRequest,
    QuoteRequest,
    RefundRequest,
    ReleaseRequest,
    ReleaseResult,
    SearchRequest,
    SearchResult,
    ShipmentRef,
    ShopperRef,
    VoidRequest,
)

T = TypeVar("T")

# The wallet's payees besides the sandbox merchant (``errand.sandbox.wallet.payments``).
STORES_PAYEE = "stores"
COURIER_PAYEE = "courier"


def _last_attempt() -> bool:
    """Whether the running activity will not be retried after this attempt fails (as far as the server
    says: without a retry policy in the task, assume it will be)."""
    info = activity.info()
    limit = info.retry_policy.maximum_attempts if info.retry_policy else 0
    return limit > 0 and info.attempt >= limit


async def _backend(call: Awaitable[T]) -> T:
    try:
        return await call
    except BackendError as exc:
        raise ApplicationError(
            str(exc), type=exc.code or type(exc).__name__, non_retryable=not exc.retryable
        ) from exc


class CommerceActivities:
    """Bound to one set of connector clients; register the methods with a worker."""

    def __init__(self, merchant: MerchantClient, wallet: WalletClient, courier: CourierClient, *,
                 stores: StoresClient | None = None, delivery: DeliveryClient | None = None) -> None:
        self._merchant = merchant
        self._wallet = wallet
        self._courier = courier
        self._stores = stores  # the payees besides the merchant, asked to settle or release their holds
        self._delivery = delivery

    @activity.defn(name="get_shopper_profile")
    async def get_shopper_profile(self, ref: ShopperRef) -> ShopperProfile:
        buyer = await _backend(self._merchant.get_buyer(ref.shopper_id))
        keys = await _backend(self._wallet.get_public_keys(ref.shopper_id))
        return ShopperProfile(
            shopper_id=ref.shopper_id, name=buyer.name, addresses=buyer.addresses,
            loyalty_points=buyer.loyalty_points, keys=keys,
        )

    @activity.defn(name="search_products")
    async def search_products(self, request: SearchRequest) -> SearchResult:
        products = await _backend(self._merchant.search(
            request.query, category=request.category, max_price=request.max_price, limit=request.limit))
        if not products and request.max_price is not None:
            # Nothing under the cap: fetch what there is, so the errand can say how far off the cap is.
            products = await _backend(self._merchant.search(
                request.query, category=request.category, limit=request.limit, sort="price_asc"))
        return SearchResult(products=products)

    @activity.defn(name="reserve_and_quote")
    async def reserve_and_quote(self, request: QuoteRequest) -> Quote:
        created = await _backend(
            self._merchant.create_checkout(
                f"{request.idempotency_key}/create", shopper_id=request.shopper_id,
                product_id=request.product_id, quantity=request.quantity,
            )
        )
        try:
            priced = await _backend(
                self._merchant.update_checkout(
                    f"{request.idempotency_key}/update", created.checkout_id,
                    address_label=request.address_label, loyalty_points=request.loyalty_points,
                )
            )
            if priced.address is None:
                raise ApplicationError("merchant did not accept the delivery address", type="address_rejected",
                                       non_retryable=True)
        except ApplicationError as err:
            # The workflow only learns the checkout's id from this activity's result: when this is the last
            # attempt, release the hold here, or the stock stays reserved until the reservation lapses.
            if err.non_retryable or _last_attempt():
                await self._abandon_checkout(f"{request.idempotency_key}/abandon", created.checkout_id)
            raise
        return Quote(
            quote_id=f"q-{priced.checkout_id}",
            errand_id=request.errand_id,
            shopper_id=request.shopper_id,
            merchant=(self._merchant.merchant_id
                      or urlsplit(self._merchant.endpoint or self._merchant.base_url).netloc),
            checkout_id=priced.checkout_id,
            lines=priced.lines,
            subtotal=priced.subtotal,
            adjustments=priced.adjustments,
            total=priced.total,
            currency=priced.currency,
            loyalty_points_used=priced.loyalty_points_used,
            address=priced.address,
            expires_at=min(priced.expires_at, request.approve_by),
        )

    async def _abandon_checkout(self, idempotency_key: str, checkout_id: str) -> None:
        """Best effort: cancel a checkout the workflow will never hear of (a few tries, then give up)."""
        for attempt in range(3):
            try:
                await self._merchant.cancel_checkout(idempotency_key, checkout_id)
                return
            except BackendError as exc:
                if not exc.retryable:
                    return
                await asyncio.sleep(0.5 * (attempt + 1))

    @activity.defn(name="release_stock")
    async def release_stock(self, request: ReleaseRequest) -> ReleaseResult:
        view = await _backend(self._merchant.cancel_checkout(request.idempotency_key, request.checkout_id))
        return ReleaseResult(checkout_id=view.checkout_id, status=view.status)

    @activity.defn(name="authorize_payment")
    async def authorize_payment(self, request: AuthorizeRequest) -> Authorization:
        return await _backend(self._wallet.authorize(request.idempotency_key, request.quote, request.approval))

    @activity.defn(name="place_order")
    async def place_order(self, request: PlaceOrderRequest) -> Order:
        return await _backend(
            self._merchant.complete_checkout(
                request.idempotency_key, request.checkout_id, authorization_id=request.authorization_id
            )
        )

    @activity.defn(name="capture_payment")
    async def capture_payment(self, request: CaptureRequest) -> Authorization:
        """Confirm the payee captured exactly ``amount`` for the order its hold was bound to.

        The platform never captures: the merchant does when it completes the checkout, the courier when it
        books the paid slot, the stores service when the bulk order settles (asked for here). This reads
        the wallet and fails (non-retryable) unless the money was taken as agreed."""
        view = await _backend(self._wallet.authorization(request.authorization_id))
        settle = view.status == "held" and view.payee == STORES_PAYEE and view.checkout_id
        if settle and self._stores is not None and view.checkout_id:
            await _backend(self._stores.settle(request.idempotency_key, view.checkout_id))
            view = await _backend(self._wallet.authorization(request.authorization_id))
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
        Fails (non-retryable) when the hold was captured for an order instead."""
        view = await _backend(self._wallet.authorization(request.authorization_id))
        if view.status == "held" and view.checkout_id:
            if view.payee == STORES_PAYEE:
                if self._stores is not None:
                    await _backend(self._stores.release_quote(request.idempotency_key, view.checkout_id))
            elif view.payee == COURIER_PAYEE:
                if self._delivery is not None:
                    await _backend(self._delivery.release_fee_hold(request.idempotency_key,
                                                                   view.authorization_id))
            else:
                await _backend(self._merchant.cancel_checkout(request.idempotency_key, view.checkout_id))
            view = await _backend(self._wallet.authorization(request.authorization_id))
        if view.status not in ("voided", "expired"):
            raise ApplicationError(f"authorization {view.authorization_id} is {view.status}"
                                   + (f" and pays order {view.order_id}" if view.order_id else ""),
                                   type=f"authorization_{view.status}", non_retryable=True)
        return view.as_authorization()

    @activity.defn(name="refund_payment")
    async def refund_payment(self, request: RefundRequest) -> Authorization:
        """Confirm the payee refunded at least ``amount`` (the merchant refunds a return when it receives
        the goods, an order when it cancels it); fails (non-retryable) otherwise."""
        view = await _backend(self._wallet.authorization(request.authorization_id))
        if view.refunded < request.amount:
            raise ApplicationError(f"authorization {view.authorization_id} has {view.refunded} refunded, not "
                                   f"{request.amount}", type="refund_not_confirmed", non_retryable=True)
        return view.as_authorization()

    @activity.defn(name="get_shipment")
    async def get_shipment(self, ref: ShipmentRef) -> Shipment:
        return await _backend(self._courier.get_shipment(ref.shipment_id))

    def all(self) -> list[object]:
        """Every activity of this class, for ``Worker(activities=...)``."""
        return [
            self.get_shopper_profile, self.search_products, self.reserve_and_quote, self.release_stock,
            self.authorize_payment, self.place_order, self.capture_payment, self.void_authorization,
            self.refund_payment, self.get_shipment,
        ]
