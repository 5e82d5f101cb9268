"""The planner activity: one shopper message to one validated action, with a record of the call.

A model call is a side effect like any other: it runs here, never in a workflow. Provider trouble is
mapped to Temporal's vocabulary: a rate limit or an overloaded provider is a retryable error (the
workflow's policy backs off), a refused key is non-retryable.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import activity
from temporalio.exceptions import ApplicationError

from errand.planner import Planner, PlannerRefused, PlannerUnavailable, PlanRequest, PlanResult


class PlannerActivities:
    def __init__(self, planner: Planner) -> None:
        self._planner = planner

    @activity.defn(name="plan_errand")
    async def plan_errand(self, request: PlanRequest) -> PlanResult:
        """Plan one message. The result carries the trace (backend, model, prompt digest, tokens, latency)."""
        try:
            result = await self._planner.plan(request)
        except PlannerUnavailable as exc:
            delay = timedelta(seconds=min(exc.retry_after, 120)) if exc.retry_after else None
            raise ApplicationError(str(exc), type="PlannerUnavailable", next_retry_delay=delay) from exc
        except PlannerRefused as exc:
            raise ApplicationError(str(exc), type="PlannerRefused", non_retryable=True) from exc
        activity.logger.info("planned %s with %s", result.trace.action, self._planner.describe)
        return result
