"""Returns with photos, price watches with their history, photos for a chat."""

from __future__ import annotations

import hashlib
import uuid
from typing import Annotated, Any, get_args

from fastapi import APIRouter, File, Form, Header, Request, UploadFile
from fastapi.responses import Response

from errand.activities.photos import MAX_BYTES, check_photo
from errand.cli import errands
from errand.connectors import BackendError, BackendUnavailable
from errand.connectors.returns import ReturnsClient
from errand.domain.intents import ReturnIntent, ReturnReason
from errand.domain.watch import PriceWatchStatus
from errand.worker.search_attributes import register_search_attributes
from errand.workflows import ReturnRequest, ReturnWorkflow, WatchCancel

from . import service
from .auth import Shopper, ShopperDep
from .charts import price_chart_svg
from .errors import ERROR_RESPONSES, ApiError
from .idempotency import once
from .models import Accepted, ErrandRef, PhotoRef, PricePointView, WatchCancelBody, WatchStart, WatchView
from .routes_errands import links
from .state import ApiState, api_state

router = APIRouter(responses=ERROR_RESPONSES)
REASONS: tuple[str, ...] = get_args(ReturnReason)
MAX_PHOTOS = 5


async def _read_photo(upload: UploadFile) -> tuple[bytes, str]:
    data = await upload.read(MAX_BYTES + 1)
    name = (upload.filename or "photo")[:100]
    if len(data) > MAX_BYTES:
        raise ApiError(413, "photo_too_large", f"photo “{name}” is over {MAX_BYTES} bytes")
    check = check_photo(name, data)
    if check.verdict == "invalid":
        raise ApiError(422, "photo_unusable", f"photo “{name}” is not usable: {check.detail}")
    return data, "image/png" if check.format == "png" else "image/jpeg"


async def _upload(state: ApiState, shopper: Shopper, order_id: str | None,
                  photos: list[tuple[bytes, str]]) -> list[str]:
    try:
        async with ReturnsClient(state.settings.sandbox_url, token=state.settings.platform_token) as returns:
            if order_id is not None:
                facts = await returns.order_facts(order_id)
                if facts.shopper_id != shopper.shopper_id:
                    raise ApiError(404, "not_found", f"no order “{order_id}”")
            return [await returns.upload_photo(f"photo-{order_id or shopper.shopper_id}-"
                                               f"{hashlib.sha256(data).hexdigest()}", data, kind,
                                               shopper_id=shopper.shopper_id, order_id=order_id)
                    for data, kind in photos]
    except BackendUnavailable as exc:
        raise ApiError(503, "backend_unavailable", f"the merchant is not answering ({exc})") from exc
    except BackendError as exc:
        if exc.status == 404:
            raise ApiError(404, "not_found", f"no order “{order_id}”") from exc
        raise ApiError(422, "refused", f"the merchant refused: {exc}") from exc


def _form_fingerprint(*parts: str | bytes) -> bytes:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode())
        digest.update(b"\0")
    return digest.hexdigest().encode()


@router.post("/returns", status_code=201, response_model=ErrandRef, tags=["returns"],
             summary="Return (part of) a delivered order, with up to five photos")
async def start_return(
    request: Request,
    order_id: Annotated[str, Form(min_length=1, max_length=64)],
    reason: Annotated[str, Form(description=f"one of: {', '.join(REASONS)}")],
    description: Annotated[str, Form(max_length=1000)] = "",
    product_id: Annotated[str | None, Form(max_length=64)] = None,
    photos: Annotated[list[UploadFile] | None, File(description="JPEG or PNG, 5 MB each")] = None,
    shopper: Shopper = ShopperDep,
    idempotency_key: str = Header(..., alias="Idempotency-Key"),
) -> Any:
    if reason not in REASONS:
        raise ApiError(422, "invalid_request", f"reason must be one of: {', '.join(REASONS)}")
    uploads = photos or []
    if len(uploads) > MAX_PHOTOS:
        raise ApiError(422, "invalid_request", f"at most {MAX_PHOTOS} photos")
    read = [await _read_photo(upload) for upload in uploads]
    state = api_state(request)
    fingerprint = _form_fingerprint(order_id, reason, description, product_id or "", *(data for data, _ in read))

    async def produce() -> tuple[int, ErrandRef]:
        intent = ReturnIntent(shopper_id=shopper.shopper_id, order_id=order_id, product_id=product_id or None,
                              reason=reason, description=description,
                              sentence=f"return order {order_id}: {reason.replace('_', ' ')}")
        ids = await _upload(state, shopper, order_id, read)
        intent = intent.model_copy(update={"photos": ids})
        client = await state.temporal()
        attributes = await register_search_attributes(client, state.settings.temporal_namespace)
        errand_id = f"return-{shopper.shopper_id}-{uuid.uuid4().hex[:8]}"
        summary = f"return order {order_id} ({reason.replace('_', ' ')}) for {shopper.shopper_id}"
        await service.guarded(client.start_workflow(
            ReturnWorkflow.run, ReturnRequest(intent=intent, search_attributes=attributes), id=errand_id,
            task_queue=state.settings.task_queue, static_summary=summary, static_details=f"“{intent.sentence}”",
            **errands.held_start(state.settings)))
        state.store.own(errand_id, shopper.shopper_id, "return", summary)
        return 201, ErrandRef(errand_id=errand_id, kind="return", summary=summary, links=links(errand_id))

    return await once(request, shopper.scope, fingerprint, produce)


@router.post("/photos", status_code=201, response_model=PhotoRef, tags=["chat"],
             summary="Upload a photo to mention in a chat message")
async def upload_photo(request: Request, photo: Annotated[UploadFile, File()], shopper: Shopper = ShopperDep,
                       idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    data = await _read_photo(photo)

    async def produce() -> tuple[int, PhotoRef]:
        ids = await _upload(api_state(request), shopper, None, [data])
        return 201, PhotoRef(photo_id=ids[0])

    return await once(request, shopper.scope, _form_fingerprint(data[0]), produce)


# Price watches

async def _watch(state: ApiState, shopper: Shopper, errand_id: str) -> PriceWatchStatus:
    status = await service.owned_status(state, shopper, errand_id)
    if not isinstance(status, PriceWatchStatus):
        raise service.not_found(errand_id)
    return status


@router.post("/watches", status_code=201, response_model=ErrandRef, tags=["watches"],
             summary="Watch a product's price and tell when it is at or below a target")
async def start_watch(request: Request, body: WatchStart, shopper: Shopper = ShopperDep,
                      idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    from errand.cli.cmd_watch import start_watch as start

    state = api_state(request)

    async def produce() -> tuple[int, ErrandRef]:
        minutes = max(1, round(body.every_hours * 60))
        errand_id = await service.guarded(start(
            await state.temporal(), state.settings, body.product, below=f"{body.target_price / 100:.2f}",
            days=body.days, shopper=shopper.shopper_id, every=f"{minutes}m"))
        summary = f"watch {body.product} for ≤ {body.target_price / 100:.2f}"
        state.store.own(errand_id, shopper.shopper_id, "watch", summary)
        return 201, ErrandRef(errand_id=errand_id, kind="watch", summary=summary, links=links(errand_id))

    return await once(request, shopper.scope, body, produce)


def watch_view(status: PriceWatchStatus) -> WatchView:
    track = status.track
    return WatchView(
        errand_id=status.errand_id, state=status.state, product_title=status.product_title,
        target_price=status.intent.target_price, currency=track.currency, current=track.current,
        low_30d=track.low_30d, history=[PricePointView(at=p.at, price=p.price) for p in track.recent],
        daily_lows=[d.model_dump(mode="json") for d in track.daily_lows], status=status.model_dump(mode="json"))


@router.get("/watches/{errand_id}", response_model=WatchView, tags=["watches"],
            summary="A price watch with its price history")
async def get_watch(request: Request, errand_id: str, shopper: Shopper = ShopperDep) -> WatchView:
    return watch_view(await _watch(api_state(request), shopper, errand_id))


@router.get("/watches/{errand_id}/chart.svg", tags=["watches"], summary="The watch's price history as SVG",
            response_class=Response, responses={200: {"content": {"image/svg+xml": {}}}})
async def watch_chart(request: Request, errand_id: str, shopper: Shopper = ShopperDep) -> Response:
    status = await _watch(api_state(request), shopper, errand_id)
    return Response(price_chart_svg(status), media_type="image/svg+xml")


@router.post("/watches/{errand_id}/cancel", status_code=202, response_model=Accepted, tags=["watches"],
             summary="Stop watching")
async def cancel_watch(request: Request, errand_id: str, body: WatchCancelBody, shopper: Shopper = ShopperDep,
                       idempotency_key: str = Header(..., alias="Idempotency-Key")) -> Any:
    state = api_state(request)

    async def produce() -> tuple[int, Accepted]:
        status = await _watch(state, shopper, errand_id)
        if status.finished:
            raise ApiError(409, "already_ended", f"the watch {errand_id} has already ended ({status.state})")
        client = await state.temporal()
        await service.guarded(client.get_workflow_handle(errand_id).signal("cancel", WatchCancel(reason=body.reason)))
        return 202, Accepted(errand_id=errand_id, accepted="cancel", state=status.state)

    return await once(request, shopper.scope, body, produce)
