"""The planner: a shopper's message and context in, exactly one validated action out.

Backends: the offline rule planner (the default, no network), Anthropic through its SDK, and any
OpenAI-compatible endpoint. Model answers are tool calls validated against the intent schemas; what does
not validate after one retry becomes a clarifying question.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from .backends import AnthropicBackend, OpenAICompatibleBackend, PlannerRefused, PlannerUnavailable
from .context import DataBlock, OrderItem, OrderSummary, PlannerTrace, PlanRequest, PlanResult, ShopperContext
from .offline import plan_offline
from .runner import Planner

__all__ = [
    "AnthropicBackend", "DataBlock", "OpenAICompatibleBackend", "OrderItem", "OrderSummary", "PlanRequest",
    "PlanResult", "Planner", "PlannerRefused", "PlannerTrace", "PlannerUnavailable", "ShopperContext",
    "open_planner", "plan_offline",
]


@contextlib.asynccontextmanager
async def open_planner(settings: Any, *, anthropic_http_client: Any = None,
                       openai_transport: Any = None) -> AsyncIterator[Planner]:
    """The planner the settings choose (``ErrandSettings``), its network client closed on exit."""
    kind = settings.planner_backend
    if kind == "anthropic":
        if not settings.anthropic_api_key:
            raise ValueError("ERRAND_PLANNER=anthropic needs ERRAND_ANTHROPIC_API_KEY")
        backend: Any = AnthropicBackend(api_key=settings.anthropic_api_key, model=settings.anthropic_model,
                                        base_url=settings.anthropic_base_url or None,
                                        http_client=anthropic_http_client)
    elif kind == "openai":
        if not settings.openai_base_url:
            raise ValueError("ERRAND_PLANNER=openai needs ERRAND_OPENAI_BASE_URL")
        backend = OpenAICompatibleBackend(base_url=settings.openai_base_url, model=settings.openai_model,
                                          api_key=settings.openai_api_key, transport=openai_transport)
    else:
        yield Planner(None)
        return
    try:
        yield Planner(backend)
    finally:
        await backend.aclose()
