"""Activities of the return errand: order facts, photo checks, the vision seam, RMA, support, pickups.

Thin wrappers over ``connectors.returns.ReturnsClient``. Backend errors become ``ApplicationError`` typed
with the backend's code (non-retryable for a 4xx); the expected "no" answers of this process (an unknown
order, a slot someone else took) are results, not errors, so the workflow can say what happened.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field
from temporalio import activity
from temporalio.exceptions import ApplicationError

from errand.connectors import BackendError
from errand.connectors.returns import ReturnsClient
from errand.domain.returns import OrderFacts, PhotoCheck, Pickup, PickupSlot, Rma, VisionAssessment

from .calls import call_backend
from .photos import check_photo

T = TypeVar("T")

VisionCheck = Callable[[str, bytes, str], Awaitable[VisionAssessment]]
"""(photo id, image bytes, what the shopper reported) -> assessment: a vision model, when one is set up."""


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OrderRef(_Message):
    order_id: str


class PhotoCheckRequest(_Message):
    photo_ids: list[str]


class PhotoChecks(_Message):
    checks: list[PhotoCheck]


class VisionRequest(_Message):
    photo_id: str
    reason: str
    description: str = ""


class RmaRequest(_Message):
    idempotency_key: str
    order_id: str
    shopper_id: str
    product_id: str | None
    reason: str
    description: str = ""
    photos: list[str] = Field(default_factory=list)
    exception_note: str | None = None


class DecisionRef(_Message):
    decision_id: str


class RecordedDecision(_Message):
    """An operator's decision as the returns desk recorded it (``found`` False when it has none by that id)."""

    found: bool
    order_id: str = ""
    product_id: str | None = None
    approve: bool = False
    note: str = ""
    operator: str = ""


class SupportRequest(_Message):
    idempotency_key: str
    order_id: str
    shopper_id: str
    rma_id: str | None
    body: str


class SupportResult(_Message):
    message_id: int
    reply: str


class SlotsRequest(_Message):
    rma_id: str


class SlotList(_Message):
    slots: list[PickupSlot]


class BookPickupRequest(_Message):
    idempotency_key: str
    rma_id: str
    slot_id: str


class BookPickupResult(_Message):
    pickup: Pickup | None = None
    taken: bool = False
    detail: str = ""


class PickupRef(_Message):
    pickup_id: str


class RmaRef(_Message):
    rma_id: str


class ReturnActivities:
    """Bound to one returns client; ``vision`` is the optional vision-model check (unavailable when None)."""

    def __init__(self, returns: ReturnsClient, vision: VisionCheck | None = None) -> None:
        self._returns = returns
        self._vision = vision

    @activity.defn(name="get_return_facts")
    async def get_return_facts(self, ref: OrderRef) -> OrderFacts:
        try:
            return await self._returns.order_facts(ref.order_id)
        except BackendError as exc:
            if exc.status == 404:
                return OrderFacts(found=False, order_id=ref.order_id)
            raise ApplicationError(str(exc), type=exc.code, non_retryable=not exc.retryable) from exc

    @activity.defn(name="check_return_photos")
    async def check_return_photos(self, request: PhotoCheckRequest) -> PhotoChecks:
        checks = []
        for photo_id in request.photo_ids:
            try:
                data = await self._returns.get_photo(photo_id)
            except BackendError as exc:
                if exc.retryable:
                    raise ApplicationError(str(exc), type=exc.code) from exc
                checks.append(PhotoCheck(photo_id=photo_id, verdict="invalid", detail="no such photo attached"))
                continue
            checks.append(check_photo(photo_id, data))
        return PhotoChecks(checks=checks)

    @activity.defn(name="assess_photo_with_vision")
    async def assess_photo_with_vision(self, request: VisionRequest) -> VisionAssessment:
        """The vision model's reading of a photo; "unavailable" until a model is configured."""
        if self._vision is None:
            return VisionAssessment(photo_id=request.photo_id, status="unavailable",
                                    detail="no vision model configured")
        data = await call_backend(self._returns.get_photo(request.photo_id))
        return await self._vision(request.photo_id, data, f"{request.reason}: {request.description}"[:500])

    @activity.defn(name="create_rma")
    async def create_rma(self, request: RmaRequest) -> Rma:
        return await call_backend(self._returns.create_rma(
            request.idempotency_key, order_id=request.order_id, shopper_id=request.shopper_id,
            product_id=request.product_id, reason=request.reason, description=request.description,
            photos=request.photos, exception_note=request.exception_note))

    @activity.defn(name="contact_merchant_support")
    async def contact_merchant_support(self, request: SupportRequest) -> SupportResult:
        body = await call_backend(self._returns.send_support_message(
            request.idempotency_key, order_id=request.order_id, shopper_id=request.shopper_id,
            rma_id=request.rma_id, body=request.body))
        return SupportResult(message_id=int(body["message_id"]), reply=str(body["reply"]))

    @activity.defn(name="list_pickup_slots")
    async def list_pickup_slots(self, request: SlotsRequest) -> SlotList:
        return SlotList(slots=await call_backend(self._returns.pickup_slots()))

    @activity.defn(name="book_return_pickup")
    async def book_return_pickup(self, request: BookPickupRequest) -> BookPickupResult:
        try:
            pickup = await self._returns.book_pickup(request.idempotency_key, request.rma_id, request.slot_id)
        except BackendError as exc:
            if exc.code == "slot_taken":
                return BookPickupResult(taken=True, detail=exc.message)
            raise ApplicationError(str(exc), type=exc.code, non_retryable=not exc.retryable) from exc
        return BookPickupResult(pickup=pickup)

    @activity.defn(name="get_return_pickup")
    async def get_return_pickup(self, ref: PickupRef) -> Pickup:
        return await call_backend(self._returns.get_pickup(ref.pickup_id))

    @activity.defn(name="get_return_decision")
    async def get_return_decision(self, ref: DecisionRef) -> RecordedDecision:
        try:
            body = await self._returns.get_decision(ref.decision_id)
        except BackendError as exc:
            if exc.status == 404:
                return RecordedDecision(found=False)
            raise ApplicationError(str(exc), type=exc.code, non_retryable=not exc.retryable) from exc
        return RecordedDecision(found=True, **{k: body[k] for k in RecordedDecision.model_fields if k != "found"})

    @activity.defn(name="get_rma")
    async def get_rma(self, ref: RmaRef) -> Rma:
        return await call_backend(self._returns.get_rma(ref.rma_id))

    def all(self) -> list[object]:
        """Every activity of this class, for ``Worker(activities=...)``."""
        return [self.get_return_facts, self.check_return_photos, self.assess_photo_with_vision, self.create_rma,
                self.contact_merchant_support, self.list_pickup_slots, self.book_return_pickup,
                self.get_return_pickup, self.get_rma, self.get_return_decision]
