"""UCP-shaped errors for every router (merchant, wallet, courier, admin)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

UCP_VERSION = "2026-04-08"


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


def error_body(code: str, content: str, severity: str = "recoverable") -> dict:
    """The UCP error_response body with one error message."""
    return {
        "ucp": {"version": UCP_VERSION, "status": "error"},
        "messages": [{"type": "error", "code": code, "content": content, "severity": severity}],
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
