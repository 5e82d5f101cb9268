"""Timeouts and retry policies for every activity call, in one place.

Reads retry a few times and then give up (the errand ends in a named state); money-moving writes retry
longer; compensations and ledger writes retry until they succeed, because giving up on them would lose
money or history.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TypedDict

from temporalio.common import RetryPolicy

_NON_RETRYABLE = ["ValidationError"]


class CallOptions(TypedDict, total=False):
    """The options a policy passes to ``execute_activity_method`` (and its local twin) as keywords: typed, so
    that the call's overloads resolve to the activity's own result type."""

    start_to_close_timeout: timedelta
    schedule_to_close_timeout: timedelta
    retry_policy: RetryPolicy


READ: CallOptions = {
    "start_to_close_timeout": timedelta(seconds=15),
    "retry_policy": RetryPolicy(
        initial_interval=timedelta(seconds=1), backoff_coefficient=2.0, maximum_interval=timedelta(seconds=20),
        maximum_attempts=6, non_retryable_error_types=_NON_RETRYABLE,
    ),
}

WRITE: CallOptions = {
    # A budget in time, not in attempts: a worker killed mid-call costs an attempt without the backend ever
    # refusing, and eight attempts could run out in a couple of minutes of crashes and 5xx while the shopper's
    # approval and the stock hold (45 minutes) were still good.
    "start_to_close_timeout": timedelta(seconds=30),
    "schedule_to_close_timeout": timedelta(minutes=10),
    "retry_policy": RetryPolicy(
        initial_interval=timedelta(seconds=1), backoff_coefficient=2.0, maximum_interval=timedelta(seconds=30),
        maximum_attempts=0, non_retryable_error_types=_NON_RETRYABLE,
    ),
}

MUST_SUCCEED: CallOptions = {
    "start_to_close_timeout": timedelta(seconds=30),
    "retry_policy": RetryPolicy(
        initial_interval=timedelta(seconds=1), backoff_coefficient=2.0, maximum_interval=timedelta(minutes=2),
        maximum_attempts=0,
    ),
}

LEDGER_LOCAL: CallOptions = {
    # A ledger row as a local activity: retried in the worker until it is written (the row's idempotency
    # key makes a retry after a crash a no-op); backoffs past a minute become durable timers.
    "start_to_close_timeout": timedelta(seconds=30),
    "retry_policy": MUST_SUCCEED["retry_policy"],
}

TRACKING: CallOptions = {
    "start_to_close_timeout": timedelta(seconds=15),
    "retry_policy": RetryPolicy(
        initial_interval=timedelta(seconds=2), backoff_coefficient=2.0, maximum_interval=timedelta(minutes=5),
        maximum_attempts=0,
    ),
}

PLANNER: CallOptions = {
    # A model call: rate limits and an overloaded provider back off through Temporal (the SDK itself never
    # retries); a refused key is non-retryable and ends the attempt at once.
    "start_to_close_timeout": timedelta(seconds=90),
    "retry_policy": RetryPolicy(
        initial_interval=timedelta(seconds=2), backoff_coefficient=2.0, maximum_interval=timedelta(seconds=60),
        maximum_attempts=6, non_retryable_error_types=["PlannerRefused", *_NON_RETRYABLE],
    ),
}
