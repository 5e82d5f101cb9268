"""One ASGI layer around every request: it makes the request known to ``auth.start_session``, sets a
rotated session cookie on whatever the answer is, adds the security headers (a Content-Security-Policy with
no inline script or style anywhere), and counts the request for ``/metrics``."""

from __future__ import annotations

import time

from fastapi import Request
from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .auth import SESSION_COOKIE, _secure, current_request
from .errors import error_body
from .state import ApiState

REGISTRY = CollectorRegistry(auto_describe=True)
REQUESTS = Counter("errand_api_requests", "API requests answered, by route template, method and status.",
                   ["route", "method", "status"], registry=REGISTRY)
LATENCY = Histogram("errand_api_request_seconds", "Time to the answer's start, by route template and method.",
                    ["route", "method"], registry=REGISTRY,
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(self), geolocation=(), microphone=()",
    "cross-origin-opener-policy": "same-origin",
}


MAX_BODY_BYTES = 6 * 5 * 1024 * 1024
"""Five photos of 5 MB and the form around them; a larger declared body is refused before it is read, and a
body sent without a length (chunked) is counted as it arrives and refused as soon as it passes this."""


class _BodyTooLarge(HTTPException):
    """Raised from ``receive`` when a streamed body passes ``MAX_BODY_BYTES``. An HTTPException, so that
    FastAPI's body parsing lets it through as it is rather than calling it a malformed body; whatever the
    app answers then, `RequestContext` answers the 413 in its place."""

    def __init__(self) -> None:
        super().__init__(413, f"the request body is over {MAX_BODY_BYTES} bytes")


def _too_large() -> JSONResponse:
    return JSONResponse(error_body("too_large", f"the request body is over {MAX_BODY_BYTES} bytes"),
                        status_code=413, headers=SECURITY_HEADERS)


def _route(scope: Scope) -> str:
    template = getattr(scope.get("route"), "path", None)
    return template if isinstance(template, str) else "unmatched"


class RequestContext:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            await _too_large()(scope, receive, send)
            return
        token = current_request.set(request)
        started = time.perf_counter()
        status = 500
        received = 0
        answered = overflowed = refused = False

        async def counted() -> Message:
            nonlocal received, overflowed
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_BODY_BYTES:
                    overflowed = True
                    raise _BodyTooLarge
            return message

        async def refuse() -> None:
            nonlocal refused
            refused = True
            await _too_large()(scope, receive, forward)

        async def sending(message: Message) -> None:
            if refused:
                return
            if overflowed and not answered:
                await refuse()  # the body passed the cap: the 413 goes out instead of what the app made of it
                return
            await forward(message)

        async def forward(message: Message) -> None:
            nonlocal status, answered
            if message["type"] == "http.response.start":
                answered = True
                status = int(message["status"])
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                rotated = scope.get("state", {}).get("rotated_session")
                if rotated:
                    state: ApiState = scope["app"].state.api
                    cookie = Response()
                    cookie.set_cookie(SESSION_COOKIE, rotated, max_age=int(state.session_lifetime.total_seconds()),
                                      httponly=True, secure=_secure(request), samesite="strict", path="/")
                    headers.append("set-cookie", cookie.headers["set-cookie"])
                route = _route(scope)
                REQUESTS.labels(route, scope["method"], str(status)).inc()
                LATENCY.labels(route, scope["method"]).observe(time.perf_counter() - started)
            await send(message)

        try:
            await self.app(scope, counted, sending)
        except _BodyTooLarge:
            if answered and not refused:
                raise
            if not refused:
                await refuse()
        finally:
            current_request.reset(token)
