"""Backend errors shared by every connector, and the one function that maps HTTP failures to them."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .raw import RawResponse


class BackendError(Exception):
    """A call to a backend (merchant, wallet, courier) failed.

    Attributes:
        retryable: whether trying again later may succeed.
        status: HTTP status, or None when no response arrived.
        code: machine-readable error code (the UCP message code when there is one).
        message: human-readable detail.
    """

    retryable: bool = False

    def __init__(self, message: str, *, status: int | None = None, code: str = "error") -> None:
        super().__init__(f"[{status}] {code}: {message}" if status else f"{code}: {message}")
        self.status = status
        self.code = code
        self.message = message


class BackendUnavailable(BackendError):
    """Connection failure, timeout, 5xx or 429: retry later."""

    retryable = True


class BackendRejected(BackendError):
    """The backend said no (4xx): retrying the same request will not help."""

    retryable = False


class IdempotencyConflict(BackendRejected):
    """The Idempotency-Key was already used for a different request (409)."""


def _code_and_message(response: RawResponse) -> tuple[str, str]:
    try:
        body = response.json()
    except ValueError:
        return "http_error", response.text[:500]
    if isinstance(body, dict):
        messages = body.get("messages")
        if isinstance(messages, list) and messages and isinstance(messages[0], dict):
            return str(messages[0].get("code", "error")), str(messages[0].get("content", ""))
        if "detail" in body:
            return "http_error", str(body["detail"])[:500]
    return "http_error", str(body)[:500]


def error_from_response(response: RawResponse) -> BackendError:
    """Map a non-2xx response to the right BackendError subclass."""
    code, message = _code_and_message(response)
    status = response.status
    if status >= 500 or status == 429:
        return BackendUnavailable(message, status=status, code=code)
    if status == 409 and code == "idempotency_conflict":
        return IdempotencyConflict(message, status=status, code=code)
    if status == 409 and code == "idempotency_in_progress":  # the first attempt is still running: retry later
        return BackendUnavailable(message, status=status, code=code)
    return BackendRejected(message, status=status, code=code)


def error_from_transport(exc: BaseException) -> BackendError:
    """Connection refused, timeouts and other transport failures are all retryable."""
    code = "timeout" if isinstance(exc, asyncio.TimeoutError) else "unavailable"
    return BackendUnavailable(f"{type(exc).__name__}: {exc}", status=None, code=code)
