"""Worker interceptors: guards that apply to every errand workflow at once."""

from __future__ import annotations

from temporalio import workflow
from temporalio.worker import (
    HandleSignalInput,
    Interceptor,
    WorkflowInboundInterceptor,
    WorkflowInterceptorClassInput,
)


class _NullSignalGuard(WorkflowInboundInterceptor):
    async def handle_signal(self, input: HandleSignalInput) -> None:
        # `temporal workflow signal --input null` decodes to None for a model parameter. No errand signal
        # takes None, and a handler that assumed its model would fail the workflow task on every retry,
        # wedging the errand; such a signal is dropped like any other undecodable payload.
        if any(arg is None for arg in input.args):
            workflow.logger.warning("signal %r with an empty payload ignored", input.signal)
            return
        await super().handle_signal(input)


class NullSignalInterceptor(Interceptor):
    """Drop signals whose payload is null before any handler sees them."""

    def workflow_interceptor_class(
        self, input: WorkflowInterceptorClassInput
    ) -> type[WorkflowInboundInterceptor] | None:
        return _NullSignalGuard
