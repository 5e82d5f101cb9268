"""Every UCP merchant Errand is configured with, discovered through ``/.well-known/ucp`` and searched at once.

A merchant that is slow, down or answers nonsense is reported and skipped: it never fails a search that
another merchant can answer. Each merchant is named by a key (its advertised id, or its host when two
claim the same id) that quotes carry, so the checkout goes back to the merchant that offered the product.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from pydantic import BaseModel

from errand.domain.models import Product

from .errors import BackendError, BackendRejected, BackendUnavailable
from .merchant import MerchantClient

T = TypeVar("T")

DEFAULT_SEARCH_TIMEOUT_SECONDS = 5.0


class SkippedMerchant(BaseModel):
    """A merchant left out of one search, and why (for the errand's ledger)."""

    merchant: str
    url: str
    reason: str


class FannedSearch(BaseModel):
    """What every merchant that answered in time offered, each product tagged with its merchant's key."""

    products: list[Product]
    skipped: list[SkippedMerchant]


class MerchantDirectory:
    """The configured merchants; the first is the default a quote without a merchant key goes to.

    Args:
        merchants: clients in configuration order (at least one).
        search_timeout: seconds each merchant has to discover and answer a search.
    """

    def __init__(self, merchants: list[MerchantClient], *,
                 search_timeout: float = DEFAULT_SEARCH_TIMEOUT_SECONDS) -> None:
        if not merchants:
            raise ValueError("a directory needs at least one merchant")
        self.merchants = merchants
        self.search_timeout = search_timeout
        self._keys_settled = False

    @property
    def default(self) -> MerchantClient:
        return self.merchants[0]

    @property
    def several(self) -> bool:
        return len(self.merchants) > 1

    async def _discovered(self, merchant: MerchantClient) -> bool:
        if merchant.profile is not None:
            return True
        try:
            await asyncio.wait_for(merchant.discover(), self.search_timeout)
        except (BackendError, TimeoutError):
            return False
        return True

    async def _settle_keys(self) -> None:
        """Discover every merchant (in parallel) and make their keys unique: a second merchant claiming an
        id already taken is named by its host instead."""
        if self._keys_settled:
            return
        found = await asyncio.gather(*(self._discovered(m) for m in self.merchants))
        taken: set[str] = set()
        for merchant in self.merchants:
            if merchant.key in taken:
                merchant.key_override = merchant.base_url.split("://", 1)[-1]
            taken.add(merchant.key)
        self._keys_settled = all(found)

    async def discover(self) -> None:
        """Discover every merchant now (a worker start), so each is known by its own id even if it is down
        by the time an errand searches; one that does not answer is discovered on a later search."""
        if self.several:
            await self._settle_keys()

    async def client(self, key: str) -> MerchantClient:
        """The merchant a quote names (``""``: the default one)."""
        if not key or not self.several:  # one merchant: every quote is its
            return self.default
        await self._settle_keys()
        for merchant in self.merchants:
            if key in (merchant.key, merchant.merchant_id, merchant.base_url):
                return merchant
        raise BackendRejected(f"no configured merchant is called {key!r}", code="unknown_merchant")

    async def search(self, query: str, *, category: str | None = None, max_price: int | None = None,
                     limit: int = 50) -> FannedSearch:
        """Search every merchant concurrently, each within ``search_timeout``; with one merchant its
        products keep an empty merchant key (the default), so a single-merchant errand reads as before."""
        async def one(merchant: MerchantClient) -> list[Product]:
            products = await merchant.search(query, category=category, max_price=max_price, limit=limit)
            if not products and max_price is not None:
                # Nothing under the cap: what there is, so the errand can say how far off the cap is.
                products = await merchant.search(query, category=category, limit=limit, sort="price_asc")
            if not self.several:
                return products
            return [p.model_copy(update={"merchant": merchant.key}) for p in products]

        if not self.several:  # its errors are the errand's, as they always were
            return FannedSearch(products=await one(self.default), skipped=[])
        await self._settle_keys()
        answers = await asyncio.gather(*(self._bounded(m, one) for m in self.merchants))
        products: list[Product] = []
        skipped: list[SkippedMerchant] = []
        for merchant, answer in zip(self.merchants, answers, strict=True):
            if isinstance(answer, SkippedMerchant):
                skipped.append(answer)
            else:
                products.extend(answer)
        if len(skipped) == len(self.merchants):
            raise BackendUnavailable("no merchant answered: "
                                     + "; ".join(f"{s.merchant}: {s.reason}" for s in skipped),
                                     code="no_merchant_answered")
        return FannedSearch(products=products, skipped=skipped)

    async def _bounded(self, merchant: MerchantClient,
                       call: Callable[[MerchantClient], Awaitable[T]]) -> T | SkippedMerchant:
        try:
            return await asyncio.wait_for(call(merchant), self.search_timeout)
        except TimeoutError:
            reason = f"no answer within {self.search_timeout:g} s"
        except BackendError as exc:
            reason = exc.message[:200]
        return SkippedMerchant(merchant=merchant.key, url=merchant.base_url, reason=reason)

    async def aclose(self) -> None:
        for merchant in self.merchants:
            await merchant.aclose()
