"""Every merchant's courier, and which of them carries a shipment.

Each merchant ships with its own courier (``<merchant base>/courier``): a parcel is tracked, tagged and
changed only at the courier that carries it, since no other has heard of it. Errand's activities name a
shipment by its id alone (that is what recorded workflow histories pass), so this directory finds the
courier: the home sandbox's first (it carries every single-merchant errand's and the stores' parcels, which
are found there with one call, as before), then every other merchant's at once. Exactly one courier must
know a shipment; two claiming the same id is refused rather than guessed, so a merchant that has been asked
about another's parcel cannot take over its tracking by creating that id itself. A courier found for a
shipment is remembered for the life of the worker.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, datetime

from errand.domain.models import Shipment

from .courier import CourierClient
from .delivery import DeliveryClient
from .errors import BackendError, BackendRejected, BackendUnavailable

REMEMBERED_SHIPMENTS = 50_000
"""Shipments whose courier is remembered at most (the oldest are found again when asked for)."""


@dataclass
class ShopperShipments:
    """A shopper's shipments at every courier that answered, newest first, and the couriers that did not."""

    shipments: list[Shipment] = field(default_factory=list)
    unreachable: list[BackendError] = field(default_factory=list)


def _not_found(exc: BackendError) -> bool:
    return isinstance(exc, BackendRejected) and exc.status == 404


def _shipped_at(shipment: Shipment) -> datetime:
    return shipment.events[0].at if shipment.events else datetime.min.replace(tzinfo=UTC)


class CourierDirectory:
    """The couriers of the configured merchants, the home sandbox's first.

    Args:
        couriers: one client per merchant (``<merchant base>/courier`` with the credential that merchant
            issued the platform), the home sandbox's first; the directory does not close them.
    """

    def __init__(self, couriers: list[DeliveryClient]) -> None:
        if not couriers:
            raise ValueError("a courier directory needs at least the home sandbox's courier")
        self.couriers = couriers
        self._carrier: OrderedDict[str, DeliveryClient] = OrderedDict()

    @property
    def home(self) -> DeliveryClient:
        return self.couriers[0]

    def _remember(self, shipment_id: str, courier: DeliveryClient) -> None:
        self._carrier[shipment_id] = courier
        self._carrier.move_to_end(shipment_id)
        while len(self._carrier) > REMEMBERED_SHIPMENTS:
            self._carrier.popitem(last=False)

    async def _find(self, shipment_id: str) -> tuple[DeliveryClient, Shipment | None]:
        """The courier carrying ``shipment_id``, with the shipment when finding it meant reading it."""
        if (known := self._carrier.get(shipment_id)) is not None:
            return known, None
        try:
            shipment = await self.home.get_shipment(shipment_id)
        except BackendError as exc:
            if not _not_found(exc) or len(self.couriers) == 1:
                raise
            unknown_at_home = exc
        else:
            self._remember(shipment_id, self.home)
            return self.home, shipment
        others = self.couriers[1:]
        answers = await asyncio.gather(*(c.get_shipment(shipment_id) for c in others), return_exceptions=True)
        found = [(c, a) for c, a in zip(others, answers, strict=True) if isinstance(a, Shipment)]
        if len(found) > 1:
            raise BackendRejected(f"shipment {shipment_id} is claimed by more than one courier ("
                                  + ", ".join(c.base_url for c, _ in found) + "): not tracked at any",
                                  status=409, code="ambiguous_shipment")
        if found:
            courier, shipment = found[0]
            self._remember(shipment_id, courier)
            return courier, shipment
        for answer in answers:
            if isinstance(answer, BackendError) and answer.retryable:
                raise BackendUnavailable(f"shipment {shipment_id} is at no courier that answered "
                                         f"({answer.message})", status=answer.status, code=answer.code)
            if isinstance(answer, BaseException) and not isinstance(answer, BackendError):
                raise answer
        raise unknown_at_home

    async def courier_of(self, shipment_id: str) -> DeliveryClient:
        """The courier that carries ``shipment_id`` (``not_found`` when none does, retryable when one that
        might did not answer)."""
        courier, _ = await self._find(shipment_id)
        return courier

    async def get_shipment(self, shipment_id: str) -> Shipment:
        """The shipment as the courier carrying it tracks it."""
        courier, shipment = await self._find(shipment_id)
        return shipment if shipment is not None else await courier.get_shipment(shipment_id)

    async def shipments_of(self, shopper_id: str, *, active: bool = True) -> ShopperShipments:
        """The shopper's shipments at every courier, newest first; a courier that did not answer is listed
        apart, so a caller that does not find what it looks for can try again rather than say it is not
        there."""
        answers = await asyncio.gather(*(c.shipments_of(shopper_id, active=active) for c in self.couriers),
                                       return_exceptions=True)
        found = ShopperShipments()
        claimed: dict[str, DeliveryClient] = {}
        for courier, answer in zip(self.couriers, answers, strict=True):
            if isinstance(answer, BackendError):
                found.unreachable.append(answer)
            elif isinstance(answer, BaseException):
                raise answer
            else:
                for shipment in answer:
                    claimed.setdefault(shipment.shipment_id, courier)
                    if claimed[shipment.shipment_id] is courier:
                        self._remember(shipment.shipment_id, courier)
                    else:  # two couriers claim it: forgotten, so the next call on it is refused as ambiguous
                        self._carrier.pop(shipment.shipment_id, None)
                found.shipments.extend(answer)
        if len(self.couriers) > 1:
            found.shipments.sort(key=_shipped_at, reverse=True)
        return found


class RoutedCourier(CourierClient):
    """A ``CourierClient`` whose shipment reads go to the courier carrying the shipment, for code written
    against one courier (the commerce activities' ``get_shipment``); anything else is the home courier's."""

    def __init__(self, couriers: CourierDirectory) -> None:
        super().__init__(couriers.home.base_url)
        self._auth_headers = couriers.home._auth_headers  # the home courier's credential, for the rest
        self._couriers = couriers

    async def get_shipment(self, shipment_id: str) -> Shipment:
        return await self._couriers.get_shipment(shipment_id)
