"""Client for the sandbox courier."""

from __future__ import annotations

from domain.models import Shipment

from ._http import BaseClient


def _shipment(body: dict) -> Shipment:
    return Shipment(shipment_id=body["shipment_id"], order_id=body["order_id"], status=body["status"],
                    events=body.get("events", []))


class CourierClient(BaseClient):
    """Tracks shipments at ``base_url`` (e.g. ``<sandbox>/courier``)."""

    async def get_shipment(self, shipment_id: str) -> Shipment:
        return _shipment(await self._request("GET", f"/shipments/{shipment_id}"))

    async def advance(self, idempotency_key: str, shipment_id: str, steps: int = 1) -> Shipment:
        """Move a shipment forward now (a sandbox-only control)."""
        return _shipment(await self._request("POST", "/admin/advance", json={"shipment_id": shipment_id,
                                             "steps": steps}, idempotency_key=idempotency_key))
