"""A typed client for the local stores service (branch search, capacity, bulk quotes, branch orders)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from errand.domain.models import Address

from ._http import BaseClient


class BranchCapacity(BaseModel):
    available: int
    ready_by: datetime
    window_start: datetime
    delivery_minutes: int


class MenuItem(BaseModel):
    item_id: str
    name: str
    price_regular: int
    price_large: int


class Branch(BaseModel):
    """A branch near a point, nearest first; ``item`` and ``capacity`` when asked for."""

    branch_id: str
    chain_id: str
    chain: str
    name: str
    city: str
    distance_km: float
    opens: str
    closes: str
    cups_per_slot: int
    item: MenuItem | None = None
    capacity: BranchCapacity | None = None


class BranchOrderView(BaseModel):
    branch_order_id: str
    quote_id: str
    branch_id: str
    branch_name: str = ""
    chain_id: str
    item_id: str
    title: str
    quantity: int
    unit_price: int
    line_total: int
    discount: int
    discount_label: str = ""
    points_used: int
    delivery_fee: int
    total: int
    ready_at: datetime
    status: str
    authorization_id: str | None = None
    shipment_id: str | None = None


class EarliestView(BaseModel):
    """The earliest time the nearest branches can make a whole order (None: not within a day)."""

    cups: int
    deliver_by: datetime | None = None


class StoreQuoteView(BaseModel):
    quote_id: str
    shopper_id: str
    status: str
    total: int
    currency: str
    address: Address
    deliver_by: datetime
    expires_at: datetime
    branch_orders: list[BranchOrderView] = Field(default_factory=list)


class StoresClient(BaseClient):
    """Client for ``/stores``; every write carries the caller's Idempotency-Key."""

    async def search(self, *, shopper_id: str, address_label: str, item: str | None = None,
                     chain: str | None = None, deliver_by: datetime | None = None, limit: int = 10) -> list[Branch]:
        params: dict[str, Any] = {"shopper_id": shopper_id, "address_label": address_label, "limit": limit}
        if item:
            params["item"] = item
        if chain:
            params["chain"] = chain
        if deliver_by is not None:
            params["deliver_by"] = deliver_by.isoformat()
        body = await self._request("GET", "/branches", params=params)
        return [Branch.model_validate(b) for b in body["branches"]]

    async def menu(self, branch_id: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = (await self._request("GET", f"/branches/{branch_id}/menu"))["items"]
        return items

    async def capacity(self, branch_id: str, *, deliver_by: datetime, cups: int, shopper_id: str,
                       address_label: str) -> dict[str, Any]:
        capacity: dict[str, Any] = await self._request("GET", f"/branches/{branch_id}/capacity", params={
            "deliver_by": deliver_by.isoformat(), "cups": cups, "shopper_id": shopper_id,
            "address_label": address_label})
        return capacity

    async def earliest(self, *, shopper_id: str, address_label: str, item: str, cups: int, after: datetime,
                       chain: str | None = None, limit: int = 8, max_branches: int = 4) -> EarliestView:
        params: dict[str, Any] = {"shopper_id": shopper_id, "address_label": address_label, "item": item,
                                  "cups": cups, "after": after.isoformat(), "limit": limit,
                                  "max_branches": max_branches}
        if chain:
            params["chain"] = chain
        return EarliestView.model_validate(await self._request("GET", "/earliest", params=params))

    async def create_quote(self, idempotency_key: str, *, shopper_id: str, address_label: str, item: str,
                           options: dict[str, Any], deliver_by: datetime, allocations: list[tuple[str, int]],
                           use_loyalty_points: bool = True) -> StoreQuoteView:
        """Reserve slot capacity at every branch and price the whole order; all or nothing."""
        body = {"shopper_id": shopper_id, "address_label": address_label, "item": item, "options": options,
                "deliver_by": deliver_by.isoformat(), "use_loyalty_points": use_loyalty_points,
                "allocations": [{"branch_id": b, "quantity": q} for b, q in allocations]}
        return StoreQuoteView.model_validate(await self._request("POST", "/quotes", json=body,
                                                                 idempotency_key=idempotency_key))

    async def get_quote(self, quote_id: str) -> StoreQuoteView:
        return StoreQuoteView.model_validate(await self._request("GET", f"/quotes/{quote_id}"))

    async def release_quote(self, idempotency_key: str, quote_id: str) -> StoreQuoteView:
        return StoreQuoteView.model_validate(await self._request("POST", f"/quotes/{quote_id}/release", json={},
                                                                 idempotency_key=idempotency_key))

    async def settle(self, idempotency_key: str, quote_id: str) -> dict[str, Any]:
        """Ask the stores service to capture what the placed branch orders cost and release the rest."""
        settled: dict[str, Any] = await self._request("POST", f"/quotes/{quote_id}/settle", json={},
                                                      idempotency_key=idempotency_key)
        return settled

    async def place(self, idempotency_key: str, branch_order_id: str, authorization_id: str) -> BranchOrderView:
        return BranchOrderView.model_validate(await self._request(
            "POST", "/orders", json={"branch_order_id": branch_order_id, "authorization_id": authorization_id},
            idempotency_key=idempotency_key))

    async def cancel(self, idempotency_key: str, branch_order_id: str) -> BranchOrderView:
        return BranchOrderView.model_validate(await self._request(
            "POST", f"/orders/{branch_order_id}/cancel", json={}, idempotency_key=idempotency_key))

    async def get_order(self, branch_order_id: str) -> BranchOrderView:
        return BranchOrderView.model_validate(await self._request("GET", f"/orders/{branch_order_id}"))

    async def loyalty(self, shopper_id: str) -> dict[str, int]:
        points: dict[str, int] = (await self._request("GET", f"/loyalty/{shopper_id}"))["points"]
        return points

    async def reject_next(self, idempotency_key: str, branch_id: str, count: int = 1) -> dict[str, Any]:
        """Sandbox admin: make a branch refuse its next ``count`` orders."""
        rejecting: dict[str, Any] = await self._request(
            "POST", f"/admin/branches/{branch_id}/reject-next", json={"count": count},
            idempotency_key=idempotency_key)
        return rejecting
