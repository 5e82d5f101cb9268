"""Client for the merchant's current-price read and the sandbox's price controls."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel

from ._http import BaseClient


class PriceReading(BaseModel):
    """One product's unit price (minor units) as the merchant quoted it at ``as_of``."""

    product_id: str
    price: int
    currency: str
    day: int
    as_of: datetime


class PriceClient(BaseClient):
    """``base_url`` is the merchant's root; ``current`` is the one call a price watch makes per sample."""

    async def current(self, product_id: str) -> PriceReading:
        body = await self._request("POST", "/catalog/price", json={"id": product_id})
        return PriceReading.model_validate({k: body[k] for k in PriceReading.model_fields})


class PriceAdmin(BaseClient):
    """The sandbox's operator surface for prices (``base_url`` is the sandbox root).

    Every call needs the operator's token: ``PriceAdmin(url, token=settings.admin_token)``.
    """

    async def set_price(self, product_id: str, price: int) -> dict[str, Any]:
        answer: dict[str, Any] = await self._request("POST", "/admin/prices/set",
                                                     json={"product_id": product_id, "price": price})
        return answer

    async def advance(self, days: int = 1, product_ids: list[str] | None = None) -> dict[str, Any]:
        """Move the simulated day on; only ``product_ids`` move when given (the day counter stays)."""
        answer: dict[str, Any] = await self._request("POST", "/admin/prices/advance",
                                                     json={"days": days, "product_ids": product_ids})
        return answer

    async def reads(self, product_id: str | None = None) -> dict[str, Any]:
        """How many price reads the sandbox has served, per product, since the last reset."""
        reads: dict[str, Any] = await self._request("GET", "/admin/prices",
                                                    params={"product_id": product_id} if product_id else None)
        return reads

    async def reset_reads(self) -> dict[str, Any]:
        answer: dict[str, Any] = await self._request("DELETE", "/admin/prices/reads")
        return answer


__all__ = ["PriceAdmin", "PriceClient", "PriceReading"]
