"""Activities of the price watch: find the product, sample its price (shared per interval), mandates.

Many watches of one product must not multiply calls to the merchant. Watches sample at interval-bucket
boundaries (aligned to the epoch) and pass the bucket; ``PriceSampler`` keeps one in-flight or finished read
per (product, bucket, interval) in this worker, so N watches of a product cost one backend call per interval
per worker. The price a watch sees is therefore up to one interval old: a watch that starts mid-interval
gets the reading its neighbours got at that interval's first sample. The workflow records the price it was
given, so replay never calls again.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from temporalio import activity
from temporalio.exceptions import ApplicationError

from errand.connectors import MerchantClient
from errand.connectors.mandates import MandateClient
from errand.connectors.merchant_shapes import product_from_ucp
from errand.connectors.prices import PriceClient, PriceReading
from errand.domain.mandate import SignedMandate
from errand.domain.models import Authorization, Product, Quote

from .calls import call_backend


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class WatchProductRequest(_Message):
    query: str
    product_id: str | None = None


class WatchProduct(_Message):
    """The watched product and its last 30 daily prices (oldest first), for the trailing low."""

    product: Product
    history: list[int] = Field(default_factory=list)


class PriceSampleRequest(_Message):
    product_id: str
    bucket: datetime = Field(description="start of the sampling interval; the cache key with the product")
    interval_seconds: int = Field(default=0, ge=0, description="the interval's length, also in the cache key")


class PriceSample(_Message):
    product_id: str
    price: int
    currency: str
    bucket: datetime


class RegisterMandateRequest(_Message):
    idempotency_key: str
    signed: SignedMandate


class MandateRegistered(_Message):
    mandate_id: str
    digest: str
    status: str


class MandateAuthorizeRequest(_Message):
    idempotency_key: str
    mandate_id: str
    quote: Quote


class RevokeMandateRequest(_Message):
    idempotency_key: str
    mandate_id: str
    shopper_id: str


class PriceSampler:
    """One price read per (product, bucket) per worker, shared by every watch that asks for it.

    Args:
        prices: the merchant's price client.
        max_entries: how many (product, bucket) readings to keep; the oldest go first.
    """

    def __init__(self, prices: PriceClient, max_entries: int = 50_000) -> None:
        self._prices = prices
        self._max = max_entries
        self._reads: OrderedDict[tuple[str, datetime, int], asyncio.Task[PriceReading]] = OrderedDict()

    async def read(self, product_id: str, bucket: datetime, interval_seconds: int = 0) -> PriceReading:
        """The product's price for this interval bucket: read once, then shared until evicted."""
        key = (product_id, bucket, interval_seconds)
        task = self._reads.get(key)
        if task is None:
            task = asyncio.create_task(self._prices.current(product_id))
            # A failed read is forgotten, so the activity's retry really asks the merchant again.
            task.add_done_callback(lambda t: self._forget_failed(key, t))
            self._reads[key] = task
            while len(self._reads) > self._max:
                self._reads.popitem(last=False)
        # Shielded: one cancelled watch must not cancel the read the others are waiting for.
        return await asyncio.shield(task)

    def _forget_failed(self, key: tuple[str, datetime, int], task: asyncio.Task[PriceReading]) -> None:
        failed = task.cancelled() or task.exception() is not None
        if failed and self._reads.get(key) is task:
            del self._reads[key]


class PriceWatchActivities:
    """Bound to the merchant, its price read and the wallet's mandates; register ``all()`` with a worker."""

    def __init__(self, merchant: MerchantClient, prices: PriceClient, mandates: MandateClient) -> None:
        self._merchant = merchant
        self._sampler = PriceSampler(prices)
        self._mandates = mandates

    @activity.defn(name="resolve_watch_product")
    async def resolve_watch_product(self, request: WatchProductRequest) -> WatchProduct:
        product_id = request.product_id
        if product_id is None:
            found = await call_backend(self._merchant.search(request.query, limit=5))
            if not found:
                raise ApplicationError(f"nothing in the catalogue matches “{request.query}”", type="no_match",
                                       non_retryable=True)
            product_id = found[0].product_id
        raw = await call_backend(self._merchant.get_product(product_id))
        product = product_from_ucp(raw)
        daily = ((raw.get("metadata") or {}).get("price_history") or {}).get("daily") or []
        return WatchProduct(product=product, history=[int(p) for p in daily])

    @activity.defn(name="sample_price")
    async def sample_price(self, request: PriceSampleRequest) -> PriceSample:
        reading = await call_backend(self._sampler.read(request.product_id, request.bucket, request.interval_seconds))
        return PriceSample(product_id=reading.product_id, price=reading.price, currency=reading.currency,
                           bucket=request.bucket)

    @activity.defn(name="register_mandate")
    async def register_mandate(self, request: RegisterMandateRequest) -> MandateRegistered:
        view = await call_backend(self._mandates.register(request.idempotency_key, request.signed))
        return MandateRegistered(mandate_id=view.mandate_id, digest=view.digest, status=view.status)

    @activity.defn(name="authorize_under_mandate")
    async def authorize_under_mandate(self, request: MandateAuthorizeRequest) -> Authorization:
        return await call_backend(self._mandates.authorize(request.idempotency_key, request.mandate_id, request.quote))

    @activity.defn(name="revoke_mandate")
    async def revoke_mandate(self, request: RevokeMandateRequest) -> MandateRegistered:
        """Revoke the watch's mandate (it was cancelled): the wallet buys nothing more under it."""
        view = await call_backend(self._mandates.revoke(request.idempotency_key, request.mandate_id,
                                                    request.shopper_id))
        return MandateRegistered(mandate_id=view.mandate_id, digest=view.digest, status=view.status)

    def all(self) -> list[object]:
        """Every activity of this class, for ``Worker(activities=...)``."""
        return [self.resolve_watch_product, self.sample_price, self.register_mandate,
                self.authorize_under_mandate, self.revoke_mandate]


__all__ = ["MandateAuthorizeRequest", "MandateRegistered", "PriceSample", "PriceSampleRequest", "PriceSampler",
           "PriceWatchActivities", "RegisterMandateRequest", "WatchProduct", "WatchProductRequest"]
