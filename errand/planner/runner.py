"""Planning one message: the configured backend, one retry with the validation error fed back, and a
clarifying question when the model still does not answer with one valid action.
"""

from __future__ import annotations

import hashlib
import time

from errand.domain.intents import Clarification, Plan

from .backends import Conversation, ModelBackend
from .context import PlannerTrace, PlanRequest, PlanResult
from .offline import plan_offline
from .tools import InvalidToolCall, read_tool_call

_EXACTLY_ONE = "Answer by calling exactly one of the tools, once."


def _action_name(plan: Plan) -> str:
    return plan.action.kind


class Planner:
    """Plans with a model backend, or with the offline rule planner when ``backend`` is None."""

    def __init__(self, backend: ModelBackend | None = None) -> None:
        self.backend = backend

    @property
    def describe(self) -> str:
        return "offline" if self.backend is None else f"{self.backend.name}:{self.backend.model}"

    async def plan(self, request: PlanRequest) -> PlanResult:
        if self.backend is None:
            started = time.monotonic()
            plan = plan_offline(request)
            return PlanResult(plan=plan, trace=PlannerTrace(
                backend="offline", model="rules", action=_action_name(plan),
                prompt_digest=hashlib.sha256(request.model_dump_json().encode()).hexdigest(),
                latency_ms=int((time.monotonic() - started) * 1000)))
        return await self._plan_with_model(self.backend, request)

    async def _plan_with_model(self, backend: ModelBackend, request: PlanRequest) -> PlanResult:
        conversation = Conversation(request=request)
        tokens_in = tokens_out = latency = 0
        digest, problem = "", ""
        for attempt in range(2):
            completion = await backend.complete(conversation)
            tokens_in += completion.tokens_in
            tokens_out += completion.tokens_out
            latency += completion.latency_ms
            digest = digest or completion.digest
            try:
                if len(completion.calls) != 1 or completion.calls[0].name is None:
                    raise InvalidToolCall(_EXACTLY_ONE)
                call = completion.calls[0]
                plan, aftersales = read_tool_call(call.name or "", call.arguments, request)
            except InvalidToolCall as exc:
                problem = str(exc)
                if attempt == 0:
                    backend.add_feedback(conversation, completion, f"{problem}. {_EXACTLY_ONE}")
                continue
            return PlanResult(plan=plan, aftersales=aftersales, trace=PlannerTrace(
                backend=backend.name, model=backend.model, prompt_digest=digest, tokens_in=tokens_in,
                tokens_out=tokens_out, latency_ms=latency, calls=attempt + 1,
                action=(call.name or "") if aftersales is not None else _action_name(plan)))
        plan = Plan(action=Clarification(
            question="Sorry, I did not quite get that. Could you say it again in one sentence: what, how many, "
                     "and where to?", missing=["intent"]))
        return PlanResult(plan=plan, trace=PlannerTrace(
            backend=backend.name, model=backend.model, prompt_digest=digest, tokens_in=tokens_in,
            tokens_out=tokens_out, latency_ms=latency, calls=2, action="clarify", note=f"invalid twice: {problem}"[:300]))
