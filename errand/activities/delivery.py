"""Activities that change a delivery at the courier: find the shipment, list slots and pickup points,
reschedule, redirect, and tag a shipment with the errand that follows it (so webhooks can find the errand).

Each merchant ships with its own courier; every call goes to the courier that carries the shipment
(``CourierDirectory``), since no other has heard of it.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from temporalio import activity
from temporalio.exceptions import ApplicationError

from errand.connectors.couriers import CourierDirectory
from errand.connectors.delivery import DeliveryClient
from errand.domain.delivery import DeliverySlot, PickupPoint, fee_quote
from errand.domain.models import Address, Quote, Shipment

from .calls import call_backend


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FindShipmentRequest(_Message):
    shopper_id: str
    order_id: str | None = Field(default=None, description="the latest undelivered order when absent")


class SlotsRequest(_Message):
    shipment_id: str


class SlotList(_Message):
    slots: list[DeliverySlot]


class PointList(_Message):
    points: list[PickupPoint]


class RescheduleCall(_Message):
    idempotency_key: str
    shipment_id: str
    slot_id: str
    accepted_fee: int = Field(ge=0)
    fee_authorization_id: str | None = None


class RedirectCall(_Message):
    idempotency_key: str
    shipment_id: str
    point_id: str


class WatchRequest(_Message):
    idempotency_key: str
    shipment_id: str
    errand_id: str


class FeeQuoteRequest(_Message):
    errand_id: str
    shopper_id: str
    shipment: Shipment
    slot: DeliverySlot
    address: Address
    expires_at: datetime


class DeliveryActivities:
    """Bound to the merchants' couriers (or one courier client); register ``all()`` with a worker."""

    def __init__(self, couriers: CourierDirectory | DeliveryClient) -> None:
        self._couriers = couriers if isinstance(couriers, CourierDirectory) else CourierDirectory([couriers])

    @activity.defn(name="find_shipment")
    async def find_shipment(self, request: FindShipmentRequest) -> Shipment:
        """The shopper's shipment for ``order_id`` (or their latest undelivered one); refuses delivered ones."""
        found = await call_backend(self._couriers.shipments_of(request.shopper_id, active=False))
        shipments = found.shipments
        wanted = [s for s in shipments if (s.order_id == request.order_id if request.order_id else not s.delivered)]
        if not wanted:
            # A courier that did not answer may carry it: try again later rather than say there is none.
            for unreachable in found.unreachable:
                raise ApplicationError(str(unreachable), type=unreachable.code, non_retryable=False)
        if request.order_id is None:
            pending = [s for s in shipments if not s.delivered]
            if not pending:
                raise ApplicationError(f"{request.shopper_id} has no undelivered order", type="unknown_order",
                                       non_retryable=True)
            return pending[0]
        for shipment in shipments:
            if shipment.order_id == request.order_id:
                if shipment.delivered:
                    raise ApplicationError(f"order {request.order_id} has already been delivered",
                                           type="already_delivered", non_retryable=True)
                return shipment
        raise ApplicationError(f"{request.shopper_id} has no order {request.order_id}", type="unknown_order",
                               non_retryable=True)

    @activity.defn(name="list_delivery_slots")
    async def list_delivery_slots(self, request: SlotsRequest) -> SlotList:
        courier = await call_backend(self._couriers.courier_of(request.shipment_id))
        return SlotList(slots=await call_backend(courier.slots(request.shipment_id)))

    @activity.defn(name="list_pickup_points")
    async def list_pickup_points(self, request: SlotsRequest) -> PointList:
        courier = await call_backend(self._couriers.courier_of(request.shipment_id))
        return PointList(points=await call_backend(courier.pickup_points(request.shipment_id)))

    @activity.defn(name="reschedule_delivery")
    async def reschedule_delivery(self, call: RescheduleCall) -> Shipment:
        courier = await call_backend(self._couriers.courier_of(call.shipment_id))
        return await call_backend(courier.reschedule(call.idempotency_key, call.shipment_id, call.slot_id,
                                                 call.accepted_fee, call.fee_authorization_id))

    @activity.defn(name="redirect_delivery")
    async def redirect_delivery(self, call: RedirectCall) -> Shipment:
        courier = await call_backend(self._couriers.courier_of(call.shipment_id))
        return await call_backend(courier.redirect(call.idempotency_key, call.shipment_id, call.point_id))

    @activity.defn(name="quote_delivery_fee")
    async def quote_delivery_fee(self, request: FeeQuoteRequest) -> Quote:
        """The fee for a slot as a quote to sign, issued here so the signed quote is a recorded fact."""
        return fee_quote(errand_id=request.errand_id, shopper_id=request.shopper_id, shipment=request.shipment,
                         slot=request.slot, address=request.address, expires_at=request.expires_at,
                         merchant="courier")  # the payee the wallet knows: the courier captures the fee

    @activity.defn(name="watch_shipment")
    async def watch_shipment(self, request: WatchRequest) -> Shipment:
        """Tag the shipment at the courier carrying it, so that courier's webhooks name the errand."""
        courier = await call_backend(self._couriers.courier_of(request.shipment_id))
        return await call_backend(courier.set_reference(request.idempotency_key, request.shipment_id,
                                                    request.errand_id))

    def all(self) -> list[object]:
        return [self.find_shipment, self.list_delivery_slots, self.list_pickup_points, self.reschedule_delivery,
                self.redirect_delivery, self.quote_delivery_fee, self.watch_shipment]
