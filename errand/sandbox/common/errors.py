"""UCP-shaped errors for every router (merchant, wallet, courier, admin).

Bad input is the caller's fault and gets a 4xx: FastAPI's and pydantic's validation errors, integers SQLite
cannot store (beyond 64 bits), aware-versus-naive datetime mix-ups, bodies that are not JSON or not UTF-8.
Anything else unexpected is logged and answered with a UCP-shaped 500 by ``ErrorBoundary``, which, unlike
Starlette's own last-resort handler, does not re-raise: the server keeps the connection open.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import StatementError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("sandbox.errors")

UCP_VERSION = "2026-04-08"
SUPPORTED_VERSIONS: tuple[str, ...] = (UCP_VERSION,)
"""The protocol versions this business speaks (a platform naming another gets 422 ``version_unsupported``)."""


class UCPError(Exception):
    """A failure reported to the caller as a UCP error response.

    Args:
        status: HTTP status code.
        code: machine-readable UCP error code (e.g. ``out_of_stock``, ``bad_signature``).
        content: human-readable explanation.
        severity: UCP message severity.
    """

    def __init__(self, status: int, code: str, content: str, severity: str = "recoverable",
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {code}: {content}")
        self.headers = headers
        self.status = status
        self.code = code
        self.content = content
        self.severity = severity


def error_body(code: str, content: str, severity: str = "recoverable") -> dict[str, Any]:
    """The UCP error_response body with one error message; ``detail`` repeats its content for clients that
    read the Problem Details field of an HTTP error."""
    return {
        "ucp": {"version": UCP_VERSION, "status": "error"},
        "messages": [{"type": "error", "code": code, "content": content, "severity": severity}],
        "detail": content,
    }


def error_response(status: int, code: str, content: str, severity: str = "recoverable",
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, content, severity), status_code=status, headers=headers)


def install_handlers(app: FastAPI) -> None:
    """Turn every failure (ours, FastAPI's validation, 404s) into the UCP error shape."""

    @app.exception_handler(UCPError)
    async def _ucp(_request: Request, exc: UCPError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.content, exc.severity, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "invalid_request", str(exc.errors())[:1000])

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = "not_found" if exc.status_code == 404 else "http_error"
        return error_response(exc.status_code, code, str(exc.detail), "unrecoverable")

    @app.exception_handler(ValidationError)
    async def _pydantic(_request: Request, exc: ValidationError) -> JSONResponse:
        # A body parsed by hand with model_validate: the caller's input did not fit the model.
        return error_response(422, "invalid_request", str(exc.errors(include_url=False))[:1000])

    @app.exception_handler(OverflowError)
    async def _overflow(_request: Request, exc: OverflowError) -> JSONResponse:
        return error_response(422, "number_out_of_range", "a number in the request is too large")

    @app.exception_handler(UnicodeDecodeError)
    async def _encoding(_request: Request, exc: UnicodeDecodeError) -> JSONResponse:
        return error_response(400, "invalid_request", "the body must be UTF-8")

    @app.exception_handler(json.JSONDecodeError)
    async def _not_json(_request: Request, exc: json.JSONDecodeError) -> JSONResponse:
        return error_response(400, "invalid_request", "the body must be JSON")

    @app.exception_handler(RecursionError)
    async def _nested(_request: Request, exc: RecursionError) -> JSONResponse:
        return error_response(400, "invalid_request", "the body is nested too deeply")

    @app.exception_handler(StatementError)
    async def _statement(request: Request, exc: StatementError) -> JSONResponse:
        # SQLite stores 64-bit integers; a bigger one from the request fails while binding parameters.
        if isinstance(exc.orig, OverflowError) or "too large" in str(exc.orig):
            return error_response(422, "number_out_of_range", "a number in the request is too large")
        return _unexpected(request, exc)

    @app.exception_handler(TypeError)
    async def _naive(request: Request, exc: TypeError) -> JSONResponse:
        # Comparing a request's naive datetime with the server's aware clock (or the reverse).
        if "offset-naive and offset-aware" in str(exc):
            return error_response(422, "invalid_request", "datetimes must carry a UTC offset")
        return _unexpected(request, exc)


def _unexpected(request: Request, exc: BaseException) -> JSONResponse:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "an unexpected error occurred; it was logged", "recoverable")


class ErrorBoundary:
    """Outermost ASGI middleware: an unexpected exception becomes a logged UCP 500, and the connection stays.

    Starlette's ``ServerErrorMiddleware`` answers 500 too but re-raises, and the server then closes the
    connection; here the exception ends with the answer.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except UCPError as exc:  # raised outside a route (a body that grew too large while streaming)
            if not started:
                await error_response(exc.status, exc.code, exc.content, exc.severity, exc.headers)(
                    scope, receive, send)
        except Exception as exc:  # the last resort: log, answer, keep serving
            log.error("unexpected error on %s %s", scope.get("method"), scope.get("path"), exc_info=exc)
            if not started:
                await error_response(500, "internal_error", "an unexpected error occurred; it was logged")(
                    scope, receive, send)
