"""Which courier carries a shipment: the sandbox's first, then the other merchants'; never a guess."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from errand.connectors import BackendRejected, BackendUnavailable
from errand.connectors.couriers import CourierDirectory
from errand.connectors.delivery import DeliveryClient
from errand.domain.models import Shipment, TrackingEvent

pytestmark = pytest.mark.asyncio


class _Courier(DeliveryClient):
    """A courier that knows some shipments (or is down), counting what it was asked."""

    def __init__(self, name: str, *shipments: Shipment, down: bool = False) -> None:
        super().__init__(f"http://{name}.invalid/courier")
        self.known = {s.shipment_id: s for s in shipments}
        self.down = down
        self.asked: list[str] = []

    async def get_shipment(self, shipment_id: str) -> Shipment:
        self.asked.append(shipment_id)
        if self.down:
            raise BackendUnavailable("connection refused", code="unavailable")
        if shipment_id not in self.known:
            raise BackendRejected(f"no shipment {shipment_id}", status=404, code="not_found")
        return self.known[shipment_id]

    async def shipments_of(self, shopper_id: str, *, active: bool = True) -> list[Shipment]:
        if self.down:
            raise BackendUnavailable("connection refused", code="unavailable")
        return list(self.known.values())


def _shipment(shipment_id: str, order_id: str, day: int = 1) -> Shipment:
    return Shipment(shipment_id=shipment_id, order_id=order_id, status="in_transit",
                    events=[TrackingEvent(at=datetime(2025, 1, day, tzinfo=UTC), status="label_created",
                                          description="label")])


async def test_the_sandbox_courier_is_asked_first_and_alone_when_it_carries_the_parcel() -> None:
    home, other = _Courier("home", _shipment("shp_1", "ord_1")), _Courier("other")
    couriers = CourierDirectory([home, other])
    assert (await couriers.get_shipment("shp_1")).order_id == "ord_1"
    assert other.asked == []  # another merchant never hears of the sandbox's parcels


async def test_another_merchants_parcel_is_found_at_its_courier_and_remembered() -> None:
    home, other = _Courier("home"), _Courier("other", _shipment("shp_2", "ord_2"))
    couriers = CourierDirectory([home, other, _Courier("third")])
    assert await couriers.courier_of("shp_2") is other
    assert await couriers.courier_of("shp_2") is other
    assert home.asked == ["shp_2"]


async def test_two_couriers_claiming_one_parcel_are_refused_not_guessed() -> None:
    # A merchant that was asked about another's parcel creates that id at its own courier.
    real, impostor = _Courier("real", _shipment("shp_3", "ord_3")), _Courier("impostor", _shipment("shp_3", "x"))
    couriers = CourierDirectory([_Courier("home"), real, impostor])
    with pytest.raises(BackendRejected) as refused:
        await couriers.get_shipment("shp_3")
    assert refused.value.code == "ambiguous_shipment" and not refused.value.retryable
    listed = await couriers.shipments_of("alice")
    assert len(listed.shipments) == 2
    with pytest.raises(BackendRejected):  # listing it did not settle it on either
        await couriers.courier_of("shp_3")


async def test_an_unknown_parcel_is_not_found_unless_a_courier_did_not_answer() -> None:
    with pytest.raises(BackendRejected) as missing:
        await CourierDirectory([_Courier("home"), _Courier("other")]).get_shipment("shp_none")
    assert missing.value.status == 404
    with pytest.raises(BackendUnavailable):  # it may be at the courier that is down: try again later
        await CourierDirectory([_Courier("home"), _Courier("down", down=True)]).get_shipment("shp_none")


async def test_a_shoppers_parcels_at_every_courier_newest_first() -> None:
    home = _Courier("home", _shipment("shp_old", "ord_old", day=1))
    other = _Courier("other", _shipment("shp_new", "ord_new", day=5))
    down = _Courier("down", down=True)
    listed = await CourierDirectory([home, other, down]).shipments_of("alice")
    assert [s.shipment_id for s in listed.shipments] == ["shp_new", "shp_old"]
    assert [e.code for e in listed.unreachable] == ["unavailable"]
