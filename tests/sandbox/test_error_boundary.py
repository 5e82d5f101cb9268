"""The last-resort error handling: an unexpected exception is logged and answered with a UCP 500, and the
server is never handed the exception (which would make it drop the connection)."""

from __future__ import annotations

import logging

import httpx
import pytest
from fastapi import FastAPI

from errand.connectors.errors import BackendUnavailable, IdempotencyConflict, error_from_response
from errand.connectors.raw import RawResponse
from errand.sandbox.common.errors import ErrorBoundary, error_body, install_handlers
from errand.sandbox.common.limits import BodyLimit


def _app() -> FastAPI:
    app = FastAPI()
    install_handlers(app)

    @app.post("/boom")
    async def boom() -> dict:
        raise RuntimeError("a bug")

    @app.post("/fine")
    async def fine() -> dict:
        return {"ok": True}

    app.add_middleware(BodyLimit)
    app.add_middleware(ErrorBoundary)
    return app


async def test_an_unexpected_exception_is_a_logged_ucp_500(caplog: pytest.LogCaptureFixture) -> None:
    transport = httpx.ASGITransport(app=_app(), raise_app_exceptions=True)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
        with caplog.at_level(logging.ERROR, logger="sandbox.errors"):
            answer = await client.post("/boom")  # the exception never reaches the server
        assert answer.status_code == 500
        assert answer.json()["messages"][0]["code"] == "internal_error" and "a bug" not in answer.text
        assert any("unexpected error on POST /boom" in r.getMessage() and r.exc_info for r in caplog.records)
        assert (await client.post("/fine")).json() == {"ok": True}


def test_a_request_in_progress_is_retryable_and_a_reused_key_is_not() -> None:
    def answer(code: str) -> RawResponse:
        return RawResponse(409, httpx.Response(409, json=error_body(code, "x")).content, "application/json")

    assert isinstance(error_from_response(answer("idempotency_in_progress")), BackendUnavailable)
    assert isinstance(error_from_response(answer("idempotency_conflict")), IdempotencyConflict)
