"""The baseline for the throughput ratio: a workflow that runs a chain of no-op activities."""

from __future__ import annotations

from datetime import timedelta

from pydantic import BaseModel
from temporalio import activity, workflow


class NoopStep(BaseModel):
    index: int


class ChainRequest(BaseModel):
    steps: int


class ChainResult(BaseModel):
    steps: int


@activity.defn(name="bench_noop")
async def noop(step: NoopStep) -> NoopStep:
    """Does nothing: the cost measured is Temporal's and the worker's, not the activity's."""
    return step


@workflow.defn(name="bench_chain")
class ChainWorkflow:
    """``steps`` no-op activities one after the other, like an errand's chain of side effects."""

    @workflow.run
    async def run(self, request: ChainRequest) -> ChainResult:
        for index in range(request.steps):
            await workflow.execute_activity(noop, NoopStep(index=index), start_to_close_timeout=timedelta(seconds=30))
        return ChainResult(steps=request.steps)
