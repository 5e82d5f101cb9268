"""Who is calling the API: a shopper (a browser session cookie, or a shop app's bearer token) or an operator.

Shoppers:
    Browser: ``errand_session`` cookie holding an opaque random id; the server keeps its sha256 with the
    shopper and its end (``store.SESSION_LIFETIME``). HttpOnly, SameSite=Strict, Secure except on a loopback
    address served over plain http; rotated every ``SESSION_ROTATE_AFTER``. Made by ``start_session`` (called
    after a passkey sign-in), ended by ``end_session``.
    A shop's own app: ``Authorization: Bearer errand_st_…``, a token the operator issued with
    ``errand api-token issue --shopper S``, stored hashed.
Operator: ``Authorization: Bearer <operator token>``, the token the sandbox keeps for its operator role
    (``ERRAND_OPERATOR_TOKEN``, else the file under ``ERRAND_HOME``), compared in constant time.

A write authenticated by the cookie must come from this origin (its ``Origin`` header, which browsers send on
every cross-origin and every POST request): a page elsewhere cannot make the shopper's browser act.
"""

from __future__ import annotations

import hmac
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Literal

from fastapi import Depends, Request, Response

from .errors import ApiError
from .state import ApiState, api_state

SESSION_COOKIE = "errand_session"
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

current_request: ContextVar[Request | None] = ContextVar("errand_api_request", default=None)
"""The request being answered (set by ``app.RequestContext``), so ``start_session`` needs only the response."""


@dataclass(frozen=True)
class Shopper:
    """An authenticated shopper and how they proved it."""

    shopper_id: str
    via: Literal["session", "token"]

    @property
    def scope(self) -> str:
        """Whose idempotency keys these are."""
        return f"shopper:{self.shopper_id}"


@dataclass(frozen=True)
class Operator:
    scope: str = "operator"


def _secure(request: Request) -> bool:
    """Secure cookies everywhere but plain http on a loopback address (the local stack)."""
    return request.url.scheme == "https" or (request.url.hostname or "") not in _LOOPBACK


def _set_cookie(response: Response, request: Request, session_id: str, state: ApiState) -> None:
    response.set_cookie(SESSION_COOKIE, session_id, max_age=int(state.session_lifetime.total_seconds()),
                        httponly=True, secure=_secure(request), samesite="strict", path="/")


def start_session(response: Response, shopper_id: str, request: Request | None = None) -> str:
    """Sign ``shopper_id`` in on this browser: a fresh session id in the cookie set on ``response``.

    Call it only after the shopper proved who they are (a verified passkey assertion). Returns the id.
    """
    request = request or current_request.get()
    if request is None:
        raise RuntimeError("start_session outside a request")
    state = api_state(request)
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        state.store.end_session(old)  # a sign-in never keeps an id set before it (session fixation)
    session_id = state.store.create_session(shopper_id)
    _set_cookie(response, request, session_id, state)
    return session_id


def end_session(response: Response, request: Request) -> None:
    """Sign out: forget the session server-side and clear the cookie."""
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        api_state(request).store.end_session(old)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, secure=_secure(request), samesite="strict")


def same_origin(request: Request) -> bool:
    """Whether the request's ``Origin`` (else ``Referer``) is this server's own origin."""
    own = f"{request.url.scheme}://{request.url.netloc}"
    origin = request.headers.get("origin")
    if origin is None:
        referer = request.headers.get("referer", "")
        parts = referer.split("/")
        origin = "/".join(parts[:3]) if len(parts) >= 3 else ""
    return hmac.compare_digest(origin.encode(), own.encode())


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header[:7].lower() != "bearer ":
        return None
    return header[7:].strip() or None


def _is_operator_token(state: ApiState, token: str) -> bool:
    operator = state.settings.admin_token
    return bool(operator) and hmac.compare_digest(token.encode(), operator.encode())


def optional_shopper(request: Request) -> Shopper | None:
    """The shopper of this request, or None when it carries no valid shopper credential."""
    cached = getattr(request.state, "shopper", None)
    if isinstance(cached, Shopper):
        return cached
    state = api_state(request)
    token = _bearer(request)
    shopper: Shopper | None = None
    if token is not None:
        found = state.store.token_shopper(token)
        if found is not None:
            shopper = Shopper(found, "token")
    elif (session_id := request.cookies.get(SESSION_COOKIE)) is not None:
        session = state.store.session(session_id)
        if session is not None:
            shopper = Shopper(session.shopper_id, "session")
            if state.clock() - session.issued_at >= state.session_rotate_after:
                fresh = state.store.rotate_session(session_id)
                if fresh is not None:
                    request.state.rotated_session = fresh  # set on the answer by app.RequestContext
    if shopper is not None:
        request.state.shopper = shopper
    return shopper


def current_shopper(request: Request) -> Shopper:
    """FastAPI dependency: the signed-in shopper; 401 without a credential, 403 for a cross-site cookie write."""
    shopper = optional_shopper(request)
    if shopper is None:
        if (token := _bearer(request)) is not None and _is_operator_token(api_state(request), token):
            raise ApiError(403, "forbidden", "this route acts for a shopper; the operator token is not one")
        raise ApiError(401, "unauthenticated", "sign in (a session cookie) or send a shopper API token "
                       "(Authorization: Bearer …)", headers={"WWW-Authenticate": "Bearer"})
    if shopper.via == "session" and request.method not in _SAFE_METHODS and not same_origin(request):
        raise ApiError(403, "cross_origin", "a cookie-authenticated write must come from this site's own pages")
    return shopper


def require_operator(request: Request) -> Operator:
    """FastAPI dependency: the operator token; 401 without a credential, 403 with a shopper's."""
    token = _bearer(request)
    if token is not None and _is_operator_token(api_state(request), token):
        return Operator()
    if token is None and request.cookies.get(SESSION_COOKIE) is None:
        raise ApiError(401, "unauthenticated", "operator endpoints need the operator token "
                       "(Authorization: Bearer …)", headers={"WWW-Authenticate": "Bearer"})
    raise ApiError(403, "forbidden", "operator endpoints need the operator token")


ShopperDep = Depends(current_shopper)
OperatorDep = Depends(require_operator)

__all__ = ["SESSION_COOKIE", "Operator", "OperatorDep", "Shopper", "ShopperDep", "current_shopper", "end_session",
           "optional_shopper", "require_operator", "same_origin", "start_session"]
