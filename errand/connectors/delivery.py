"""Client for changing a delivery at the courier: slots, reschedule, pickup points, webhooks."""

from __future__ import annotations

from errand.domain.delivery import DeliverySlot, PickupPoint
from errand.domain.models import Shipment

from .courier import CourierClient, _shipment


class DeliveryClient(CourierClient):
    """The courier's delivery-change API at ``base_url`` (e.g. ``<sandbox>/courier``)."""

    async def shipments_of(self, shopper_id: str, *, active: bool = True) -> list[Shipment]:
        """The shopper's shipments, newest first (undelivered ones only when ``active``)."""
        body = await self._request("GET", "/shipments", params={"shopper_id": shopper_id,
                                                                 "active": str(active).lower()})
        return [_shipment(s) for s in body["shipments"]]

    async def slots(self, shipment_id: str) -> list[DeliverySlot]:
        body = await self._request("GET", f"/shipments/{shipment_id}/slots")
        return [DeliverySlot.model_validate(s) for s in body["slots"]]

    async def reschedule(self, idempotency_key: str, shipment_id: str, slot_id: str, accepted_fee: int,
                         fee_authorization_id: str | None = None) -> Shipment:
        """Book a slot; one with a fee needs a wallet hold of exactly the fee (``fee_authorization_id``)."""
        body: dict[str, object] = {"slot_id": slot_id, "accepted_fee": accepted_fee}
        if fee_authorization_id is not None:
            body["fee_authorization_id"] = fee_authorization_id
        return _shipment(await self._request("POST", f"/shipments/{shipment_id}/reschedule", json=body,
                                             idempotency_key=idempotency_key))

    async def release_fee_hold(self, idempotency_key: str, authorization_id: str) -> str:
        """Ask the courier to void a fee hold no booking used; returns the hold's status."""
        body = await self._request("POST", f"/fee-holds/{authorization_id}/release", json={},
                                   idempotency_key=idempotency_key)
        return str(body["status"])

    async def pickup_points(self, shipment_id: str) -> list[PickupPoint]:
        body = await self._request("GET", f"/shipments/{shipment_id}/pickup-points")
        return [PickupPoint.model_validate(p) for p in body["points"]]

    async def redirect(self, idempotency_key: str, shipment_id: str, point_id: str) -> Shipment:
        return _shipment(await self._request("POST", f"/shipments/{shipment_id}/redirect",
                                             json={"point_id": point_id}, idempotency_key=idempotency_key))

    async def set_reference(self, idempotency_key: str, shipment_id: str, reference: str) -> Shipment:
        """Tag the shipment with the errand that follows it; webhook events carry the tag back."""
        return _shipment(await self._request("POST", f"/shipments/{shipment_id}/reference",
                                             json={"reference": reference}, idempotency_key=idempotency_key))

    async def subscribe(self, idempotency_key: str, url: str) -> str:
        """Register a webhook URL for every courier event; returns the subscription id."""
        body = await self._request("POST", "/admin/subscriptions", json={"url": url},
                                   idempotency_key=idempotency_key)
        return str(body["subscription_id"])

    async def unsubscribe(self, idempotency_key: str, subscription_id: str) -> None:
        await self._request("DELETE", f"/admin/subscriptions/{subscription_id}", idempotency_key=idempotency_key)

    async def fail_next_attempt(self, idempotency_key: str, shipment_id: str) -> Shipment:
        """Sandbox control: the next delivery attempt of this shipment fails."""
        return _shipment(await self._request("POST", "/admin/fail-next-attempt", json={"shipment_id": shipment_id},
                                             idempotency_key=idempotency_key))

    async def hold(self, idempotency_key: str, shipment_id: str, hold: bool = True) -> Shipment:
        """Sandbox control: stop (or restart) the shipment's clock; manual advances still move it."""
        return _shipment(await self._request("POST", "/admin/hold", json={"shipment_id": shipment_id,
                                                                           "hold": hold},
                                             idempotency_key=idempotency_key))

    async def fill_slot(self, idempotency_key: str, slot_id: str) -> None:
        """Sandbox control: book every remaining place in a slot."""
        await self._request("POST", "/admin/slots/fill", json={"slot_id": slot_id}, idempotency_key=idempotency_key)

    async def set_attempt_failures(self, idempotency_key: str, rate: float, seed: int = 0) -> None:
        """Sandbox control: fail this share of delivery attempts, chosen by a seeded hash."""
        await self._request("POST", "/admin/attempt-failures", json={"rate": rate, "seed": seed},
                            idempotency_key=idempotency_key)
