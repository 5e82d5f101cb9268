"""Every write carries an ``Idempotency-Key``; a replay of the same request gets the first answer.

The key is scoped to the caller (two shoppers never share keys). The same key with a different request is a
422; the same key while the first request is still being answered is a 409. A write that failed before it
changed anything (a 4xx, Temporal unreachable) forgets its key, so the client may retry it with the same one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from .errors import ApiError
from .state import api_state

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 200
REPLAYED_HEADER = "Idempotent-Replayed"


def idempotency_key(request: Request) -> str:
    key = request.headers.get(HEADER, "").strip()
    if not key:
        raise ApiError(400, "idempotency_key_required", f"every write needs an {HEADER} header (a fresh random "
                       "value per intended action; send the same one to retry)")
    if len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise ApiError(400, "invalid_idempotency_key", f"{HEADER} must be printable and at most {MAX_KEY_LENGTH} "
                       "characters")
    return key


def fingerprint(request: Request, body: BaseModel | bytes | None) -> str:
    """What makes two requests "the same": method, path and body."""
    raw = body.model_dump_json().encode() if isinstance(body, BaseModel) else (body or b"")
    return hashlib.sha256(request.method.encode() + b" " + request.url.path.encode() + b"\n" + raw).hexdigest()


async def once(request: Request, scope: str, body: BaseModel | bytes | None,
               produce: Callable[[], Awaitable[tuple[int, BaseModel]]]) -> JSONResponse:
    """Answer a write once per idempotency key: run ``produce`` the first time, replay its answer after."""
    key = idempotency_key(request)
    store = api_state(request).store
    seen = store.claim(scope, key, fingerprint(request, body))
    if seen is not None:
        if seen.fingerprint != fingerprint(request, body):
            raise ApiError(422, "idempotency_key_reused", f"this {HEADER} was used for a different request")
        if seen.status is None or seen.body is None:
            raise ApiError(409, "in_progress", f"a request with this {HEADER} is still being answered; retry "
                           "shortly")
        return JSONResponse(json.loads(seen.body), status_code=seen.status, headers={REPLAYED_HEADER: "true"})
    try:
        status, answer = await produce()
    except BaseException:
        store.release(scope, key)
        raise
    payload: Any = answer.model_dump(mode="json")
    store.keep(scope, key, status, json.dumps(payload))
    return JSONResponse(payload, status_code=status)
