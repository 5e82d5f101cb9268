"""Calls from activities to the commerce backends, and what the running activity knows of its errand.

``call_backend`` turns a connector's ``BackendError`` into the ``ApplicationError`` Temporal retries by: a
permanent failure (a 4xx, a refused signature) non-retryable, a transient one (timeouts, 5xx, 429) left to the
workflow's retry policy, the backend's code as the error type.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from temporalio import activity
from temporalio.exceptions import ApplicationError

from errand.connectors import BackendError

T = TypeVar("T")
_HEX = frozenset("0123456789abcdef")


def errand_shopper() -> str | None:
    """The shopper the running errand is for, by the workflow id convention ``<kind>-<shopper>-<8 hex>``
    (the id its starter chose and the API checks; not an activity input a caller could set); None for an
    id that does not follow it, or outside an activity."""
    try:
        workflow_id = activity.info().workflow_id or ""
    except RuntimeError:
        return None
    kind, _, rest = workflow_id.partition("-")
    shopper, suffix = rest[:-9], rest[-9:]
    if not kind or not shopper or suffix[:1] != "-" or len(suffix) != 9 or not set(suffix[1:]) <= _HEX:
        return None
    return shopper


def last_attempt() -> bool:
    """Whether the running activity will not be retried after this attempt fails (as far as the server
    says: without a retry policy in the task, assume it will be)."""
    info = activity.info()
    limit = info.retry_policy.maximum_attempts if info.retry_policy else 0
    return limit > 0 and info.attempt >= limit


async def call_backend(call: Awaitable[T]) -> T:
    try:
        return await call
    except BackendError as exc:
        raise ApplicationError(
            str(exc), type=exc.code or type(exc).__name__, non_retryable=not exc.retryable
        ) from exc


def refused(message: str, kind: str) -> ApplicationError:
    return ApplicationError(message, type=kind, non_retryable=True)
