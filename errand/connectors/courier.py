"""Client for the sandbox courier."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from errand.domain.models import Shipment

from ._http import BaseClient


def _shipment(body: dict[str, Any]) -> Shipment:
    return Shipment(shipment_id=body["shipment_id"], order_id=body["order_id"], status=body["status"],
                    events=body.get("events", []))


@dataclass(frozen=True)
class WebhookSubscription:
    """A courier webhook subscription and the secret its deliveries are signed with (shown only once)."""

    subscription_id: str
    secret: str


class CourierClient(BaseClient):
    """Tracks shipments at ``base_url`` (e.g. ``<sandbox>/courier``).

    The ``admin`` calls (advancing a shipment, subscribing to webhooks) need an operator's token.
    """

    async def get_shipment(self, shipment_id: str) -> Shipment:
        return _shipment(await self._request("GET", f"/shipments/{shipment_id}"))

    async def advance(self, idempotency_key: str, shipment_id: str, steps: int = 1) -> Shipment:
        """Move a shipment forward now (a sandbox-only operator control)."""
        return _shipment(await self._request("POST", "/admin/advance", json={"shipment_id": shipment_id,
                                             "steps": steps}, idempotency_key=idempotency_key))

    async def open_subscription(self, idempotency_key: str, url: str) -> WebhookSubscription:
        """Register a webhook URL for every courier event; returns its id and its signing secret."""
        body = await self._request("POST", "/admin/subscriptions", json={"url": url},
                                   idempotency_key=idempotency_key)
        return WebhookSubscription(subscription_id=str(body["subscription_id"]), secret=str(body["secret"]))

    async def close_subscription(self, idempotency_key: str, subscription_id: str) -> None:
        await self._request("DELETE", f"/admin/subscriptions/{subscription_id}",
                            idempotency_key=idempotency_key)
