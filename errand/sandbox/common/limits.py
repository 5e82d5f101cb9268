"""Request body limits, enforced while the body streams in (never after reading all of it).

A declared ``Content-Length`` over the limit is refused before a byte of the body is read; a body sent in
chunks is counted as it arrives and refused with 413 as soon as it passes the limit.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from errand.sandbox.common.errors import UCPError, error_response

MAX_JSON_BYTES = 1024 * 1024
MAX_UPLOAD_BYTES = 8 * 1024 * 1024
UPLOAD_PATHS = ("/returns/photos",)
"""Routes that take a file (a photo) rather than a JSON document."""


def limit_for(path: str) -> int:
    return MAX_UPLOAD_BYTES if path in UPLOAD_PATHS else MAX_JSON_BYTES


class BodyTooLarge(UCPError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, "body_too_large", f"the request body is limited to {limit} bytes",
                         "unrecoverable")


class BodyLimit:
    """ASGI middleware: 413 for a body over ``limit_for(path)``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope["path"])
        declared = next((v for k, v in scope["headers"] if k.lower() == b"content-length"), None)
        if declared is not None:
            try:
                too_large = int(declared) > limit
            except ValueError:
                too_large = False  # the server itself refuses a malformed Content-Length
            if too_large:
                exc = BodyTooLarge(limit)
                await error_response(exc.status, exc.code, exc.content, exc.severity)(scope, receive, send)
                return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, counted, send)
