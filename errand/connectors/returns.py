"""Client for returns: the merchant's policy, order facts, photos, RMAs and support desk, and the courier's
pickups. ``base_url`` is the backend's root (the sandbox serves ``/returns``, ``/support``,
``/courier/pickups`` and the test controls under ``/admin/returns``)."""

from __future__ import annotations

from typing import Any

from errand.activities.photos import PHOTO_ID
from errand.domain.returns import OrderFacts, Pickup, PickupSlot, ReturnPolicy, Rma

from ._http import BaseClient, path_segment
from .errors import BackendRejected, error_from_response


class ReturnsClient(BaseClient):
    """Returns at the merchant and pickups at the courier."""

    async def policy(self) -> ReturnPolicy:
        return ReturnPolicy.model_validate(await self._request("GET", "/returns/policy"))

    async def order_facts(self, order_id: str) -> OrderFacts:
        """The order's lines, categories, delivery and payment; raises BackendRejected(404) if unknown."""
        return OrderFacts.model_validate({"found": True, **await self._request("GET", f"/returns/orders/{order_id}")})

    async def upload_photo(self, idempotency_key: str, data: bytes, content_type: str, *,
                           shopper_id: str | None = None, order_id: str | None = None) -> str:
        """Store a photo with the merchant, for one shopper's return of one order when given; returns its id
        (derived from the content and those two)."""
        owner = {k: v for k, v in (("shopper_id", shopper_id), ("order_id", order_id)) if v}
        response = await self._send("POST", "/returns/photos", data=data, params=owner or None,
                                    headers={"Idempotency-Key": idempotency_key, "Content-Type": content_type})
        if response.status >= 400:
            raise error_from_response(response)
        return str(response.json()["photo_id"])

    async def get_photo(self, photo_id: str, shopper_id: str | None = None) -> bytes:
        """The photo's bytes; a photo id that is not one (``../../wallet/...``) is never put in a URL."""
        if not PHOTO_ID.match(photo_id):
            raise BackendRejected(f"no photo {photo_id[:40]!r}", status=404, code="not_found")
        response = await self._send("GET", f"/returns/photos/{photo_id}",
                                    params={"shopper_id": shopper_id} if shopper_id else None)
        if response.status >= 400:
            raise error_from_response(response)
        return response.body

    async def create_rma(self, idempotency_key: str, *, order_id: str, shopper_id: str, product_id: str | None,
                         reason: str, description: str, photos: list[str],
                         exception_note: str | None = None) -> Rma:
        body = {"order_id": order_id, "shopper_id": shopper_id, "product_id": product_id, "reason": reason,
                "description": description, "photos": photos, "exception_note": exception_note}
        return Rma.model_validate(await self._request("POST", "/returns", json=body, idempotency_key=idempotency_key))

    async def get_rma(self, rma_id: str) -> Rma:
        return Rma.model_validate(await self._request("GET", f"/returns/{rma_id}"))

    async def send_support_message(self, idempotency_key: str, *, order_id: str, shopper_id: str, body: str,
                                   rma_id: str | None = None, topic: str = "return") -> dict[str, Any]:
        """Write to the merchant's support desk; returns ``{message_id, reply, ...}``."""
        payload = {"order_id": order_id, "shopper_id": shopper_id, "rma_id": rma_id, "topic": topic, "body": body}
        sent: dict[str, Any] = await self._request("POST", "/support/messages", json=payload,
                                                   idempotency_key=idempotency_key)
        return sent

    async def support_messages(self, order_id: str) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = (await self._request("GET", "/support/messages",
                                                              params={"order_id": order_id}))["messages"]
        return messages

    async def pickup_slots(self) -> list[PickupSlot]:
        body = await self._request("GET", "/courier/pickups/slots")
        return [PickupSlot.model_validate(slot) for slot in body["slots"]]

    async def book_pickup(self, idempotency_key: str, rma_id: str, slot_id: str) -> Pickup:
        """Book a slot; a full slot is BackendRejected with code ``slot_taken`` (409)."""
        return Pickup.model_validate(await self._request(
            "POST", "/courier/pickups", json={"rma_id": rma_id, "slot_id": slot_id}, idempotency_key=idempotency_key))

    async def get_pickup(self, pickup_id: str) -> Pickup:
        return Pickup.model_validate(await self._request("GET", f"/courier/pickups/{pickup_id}"))

    async def advance_pickup(self, idempotency_key: str, pickup_id: str, steps: int = 1) -> Pickup:
        """Move a pickup forward now (a sandbox-only control)."""
        return Pickup.model_validate(await self._request(
            "POST", "/courier/pickups/admin/advance", json={"pickup_id": pickup_id, "steps": steps},
            idempotency_key=idempotency_key))

    async def record_decision(self, *, order_id: str, product_id: str | None, errand_id: str, approve: bool,
                              note: str, operator: str) -> dict[str, Any]:
        """An operator's decision on a return, recorded at the desk (needs the operator token)."""
        decision: dict[str, Any] = await self._request("POST", "/admin/returns/decisions", json={
            "order_id": order_id, "product_id": product_id, "errand_id": errand_id, "approve": approve,
            "note": note, "operator": operator})
        return decision

    async def get_decision(self, decision_id: str) -> dict[str, Any]:
        """An operator's recorded decision, as the desk keeps it (the platform's or an operator's token)."""
        decision: dict[str, Any] = await self._request("GET", f"/returns/decisions/{path_segment(decision_id)}")
        return decision

    async def backdate_delivery(self, order_id: str, delivered_days_ago: float) -> OrderFacts:
        """Make the order's parcel delivered that many days ago (a sandbox-only control)."""
        body = await self._request("POST", "/admin/returns/backdate",
                                   json={"order_id": order_id, "delivered_days_ago": delivered_days_ago})
        return OrderFacts.model_validate({"found": True, **body})

    async def fill_slot(self, slot_id: str) -> None:
        """Book out a slot as if other shoppers had (a sandbox-only control)."""
        await self._request("POST", "/admin/returns/slots/fill", json={"slot_id": slot_id})
