"""Photos for returns, at the merchant: uploaded as evidence, read back by the errand that checks them.

An upload is read as it streams (refused past ``MAX_PHOTO_BYTES``), and only its header is read: it must
be a PNG or JPEG within the pixel budget (``activities.photos.image_header``), so a decompression bomb is
refused before anything inflates it. Its id is ``ph_`` and 20 hex digits, derived from the bytes and from
the shopper and order it was uploaded for; ids are checked against that pattern and looked up in the
database, never used to build a path. A photo is served only as the image type its header says, with
``nosniff``, and one bound to a shopper only to those who act for shoppers with a credential.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlmodel import Field as SQLField
from sqlmodel import Session, SQLModel

from errand.activities.photos import IMAGE_TYPES, PHOTO_ID, ImageError, image_header
from errand.sandbox.common import ownership
from errand.sandbox.common.auth import caller_of
from errand.sandbox.common.errors import UCPError
from errand.sandbox.db import request_session, utcnow

MAX_PHOTO_BYTES = 8 * 1024 * 1024


class ReturnPhotoRow(SQLModel, table=True):
    __tablename__ = "return_photo"
    id: str = SQLField(primary_key=True)
    sha256: str
    content_type: str
    size_bytes: int
    data: bytes
    uploaded_at: datetime
    # The shopper and the order (the return) a photo was uploaded for: only they see it or attach it.
    shopper_id: str | None = None
    order_id: str | None = None


_OWNER = r"^[A-Za-z0-9_.-]+$"
_PHOTO_HEADERS = {"X-Content-Type-Options": "nosniff", "Content-Disposition": "inline",
                  "Content-Security-Policy": "default-src 'none'", "Cache-Control": "private, no-store"}


async def _read_capped(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it passes ``limit`` while it streams in."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise UCPError(413, "photo_too_large", f"photos are limited to {limit} bytes", "unrecoverable")
        chunks.append(chunk)
    return b"".join(chunks)


def _may_see(request: Request, row: ReturnPhotoRow, shopper_id: str | None) -> bool:
    """A photo bound to a shopper is read only with a credential of those who act for shoppers (the platform,
    an operator), and, when they name the shopper they act for, only that shopper's. A bare ``shopper_id`` is
    a claim anyone can make, so it opens nothing by itself."""
    if row.shopper_id is None:
        return True
    if caller_of(request).role not in ("platform", "operator"):
        return False
    return shopper_id in (None, row.shopper_id)


def check_attached(session: Session, shopper_id: str, order_id: str, photos: list[str]) -> None:
    """Every photo attached to a return exists and was uploaded for this shopper and this order (or, made
    before photos were bound, for no one)."""
    for photo_id in photos:
        row = session.get(ReturnPhotoRow, photo_id) if PHOTO_ID.match(photo_id) else None
        if row is None or row.shopper_id not in (None, shopper_id) or row.order_id not in (None, order_id):
            raise UCPError(422, "photo_not_found", f"no photo {photo_id[:40]} uploaded for this return",
                           "unrecoverable")


def photos_router() -> APIRouter:
    """``/returns/photos``: upload and read back."""
    router = APIRouter()

    @router.post("/photos", status_code=201)
    async def upload_photo(request: Request,
                           shopper_id: str | None = Query(None, pattern=_OWNER, max_length=64),
                           order_id: str | None = Query(None, pattern=_OWNER, max_length=64)) -> JSONResponse:
        if shopper_id is not None:
            ownership.for_shopper(request)  # naming a shopper is acting for one
        if order_id is not None:
            ownership.owns(request, ownership.order_owner, order_id, "order")
        data = await _read_capped(request, MAX_PHOTO_BYTES)
        if not data:
            raise UCPError(422, "empty_photo", "the photo is empty")
        try:
            media_type, _width, _height = image_header(data)  # the header only: no pixel is decoded here
        except ImageError as exc:
            raise UCPError(415, "not_an_image", f"the photo is not usable: {exc}", "unrecoverable") from exc
        digest = hashlib.sha256(data).hexdigest()
        # Content-addressed within its owner: the same bytes for another shopper or order are another photo.
        owner = f"{shopper_id or ''}/{order_id or ''}/".encode() if shopper_id or order_id else b""
        photo_id = f"ph_{hashlib.sha256(owner + data).hexdigest()[:20]}"
        # In the request's transaction: the same photo uploaded twice at once is stored by the first and found
        # by the second.
        with request_session(request) as s:
            if s.get(ReturnPhotoRow, photo_id) is None:
                s.add(ReturnPhotoRow(id=photo_id, sha256=digest, size_bytes=len(data), data=data,
                                     uploaded_at=utcnow(), content_type=media_type, shopper_id=shopper_id,
                                     order_id=order_id))
                s.commit()
        return JSONResponse({"photo_id": photo_id, "sha256": digest, "size_bytes": len(data)},
                            status_code=201)

    @router.get("/photos/{photo_id}")
    async def get_photo(photo_id: str, request: Request, shopper_id: str | None = None) -> Response:
        with Session(request.app.state.engine) as s:
            row = s.get(ReturnPhotoRow, photo_id) if PHOTO_ID.match(photo_id) else None
            if row is None or not _may_see(request, row, shopper_id):
                raise UCPError(404, "not_found", "no such photo", "unrecoverable")
            if row.content_type not in IMAGE_TYPES.values():
                raise UCPError(404, "not_found", "no such photo", "unrecoverable")
            return Response(row.data, media_type=row.content_type, headers=_PHOTO_HEADERS)

    return router
