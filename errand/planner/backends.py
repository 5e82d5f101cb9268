"""Model backends: Anthropic (through the ``anthropic`` SDK) and any OpenAI-compatible endpoint (Qwen on
DashScope, vLLM, Ollama) through httpx. Each makes one request and returns the tool call it got.

Neither retries by itself (the SDK is built with ``max_retries=0``): a rate limit or an overloaded
provider raises ``PlannerUnavailable`` and Temporal retries the activity with backoff, so every attempt
shows in the workflow's history. A refused key raises ``PlannerRefused``, which no retry can fix.
"""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import httpx

if TYPE_CHECKING:
    import anthropic

from .context import PlanRequest
from .tools import SYSTEM_PROMPT, prompt_digest, tool_specs, user_message


class PlannerUnavailable(Exception):
    """The provider is busy, rate-limited or unreachable: worth retrying later."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PlannerRefused(Exception):
    """The provider refused the request itself (bad key, bad request): retrying cannot help."""


@dataclass
class ToolCall:
    name: str | None
    arguments: Any
    call_id: str = ""
    text: str = ""


@dataclass
class Completion:
    calls: list[ToolCall]
    tokens_in: int
    tokens_out: int
    digest: str
    latency_ms: int
    raw_assistant: Any = None


@dataclass
class Conversation:
    """The messages of one planning attempt; ``feedback`` turns are added when an answer was invalid."""

    request: PlanRequest
    turns: list[dict[str, Any]] = field(default_factory=list)


class ModelBackend(Protocol):
    name: str
    model: str

    async def complete(self, conversation: Conversation) -> Completion: ...

    def add_feedback(self, conversation: Conversation, completion: Completion, problem: str) -> None: ...


def _retry_after(headers: Any) -> float | None:
    try:
        value = headers.get("retry-after") if headers is not None else None
        return float(value) if value else None
    except (TypeError, ValueError):
        return None


def _classify(status: int, message: str, headers: Any = None) -> Exception:
    if status == 429 or status == 529 or status >= 500 or status == 408:
        return PlannerUnavailable(f"provider busy ({status}): {message}"[:300], retry_after=_retry_after(headers))
    return PlannerRefused(f"provider refused ({status}): {message}"[:300])


class AnthropicBackend:
    """Claude through the official SDK: one tool per action kind, ``tool_choice={"type": "any"}``."""

    name = "anthropic"

    def __init__(self, *, api_key: str, model: str, base_url: str | None = None, timeout: float = 60.0,
                 http_client: Any = None) -> None:
        self.model = model
        # The SDK is imported when a Claude planner is made, not with the planner package: every errand command,
        # the worker and the sandbox import the package, and the SDK alone takes longer to import than the rest.
        sdk: Any = importlib.import_module("anthropic")
        self._sdk = sdk
        self._client: anthropic.AsyncAnthropic = sdk.AsyncAnthropic(api_key=api_key, base_url=base_url, timeout=timeout, max_retries=0,
                                                http_client=http_client)

    async def aclose(self) -> None:
        await self._client.close()

    def _payload(self, conversation: Conversation) -> dict[str, Any]:
        return {
            "model": self.model, "max_tokens": 1024, "system": SYSTEM_PROMPT,
            "messages": [{"role": "user", "content": user_message(conversation.request)}, *conversation.turns],
            "tools": [{"name": t["name"], "description": t["description"], "input_schema": t["schema"]}
                      for t in tool_specs()],
            "tool_choice": {"type": "any"},
        }

    async def complete(self, conversation: Conversation) -> Completion:
        payload = self._payload(conversation)
        started = time.monotonic()
        try:
            message = await self._client.messages.create(**payload)
        except self._sdk.APIStatusError as exc:
            raise _classify(exc.status_code, str(exc.message), exc.response.headers) from exc
        except (self._sdk.APIConnectionError, self._sdk.APITimeoutError) as exc:
            raise PlannerUnavailable(f"provider unreachable: {exc}") from exc
        latency = int((time.monotonic() - started) * 1000)
        calls = [ToolCall(name=b.name, arguments=b.input, call_id=b.id) for b in message.content
                 if b.type == "tool_use"]
        if not calls:
            text = " ".join(getattr(b, "text", "") for b in message.content).strip()
            calls = [ToolCall(name=None, arguments=None, text=text)]
        assistant = [b.model_dump(mode="json", include={"type", "id", "name", "input", "text"})
                     for b in message.content]
        return Completion(calls=calls, tokens_in=message.usage.input_tokens, tokens_out=message.usage.output_tokens,
                          digest=prompt_digest(payload), latency_ms=latency, raw_assistant=assistant)

    def add_feedback(self, conversation: Conversation, completion: Completion, problem: str) -> None:
        conversation.turns.append({"role": "assistant", "content": completion.raw_assistant})
        ids = [c.call_id for c in completion.calls if c.call_id]
        if ids:
            content: list[dict[str, Any]] = [{"type": "tool_result", "tool_use_id": i, "is_error": True,
                                              "content": problem} for i in ids]
        else:
            content = [{"type": "text", "text": problem}]
        conversation.turns.append({"role": "user", "content": content})


class OpenAICompatibleBackend:
    """Any ``/v1/chat/completions`` endpoint with function tools and ``tool_choice="required"``.

    ``base_url`` ends with the API version, e.g. ``https://dashscope.aliyuncs.com/compatible-mode/v1`` or
    ``http://127.0.0.1:11434/v1``.
    """

    name = "openai"

    def __init__(self, *, base_url: str, model: str, api_key: str = "", timeout: float = 60.0,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.model = model
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.AsyncClient(base_url=base_url.rstrip("/"), headers=headers, transport=transport,
                                       timeout=httpx.Timeout(timeout, connect=10.0))

    async def aclose(self) -> None:
        await self._http.aclose()

    def _payload(self, conversation: Conversation) -> dict[str, Any]:
        return {
            "model": self.model, "temperature": 0,
            "messages": [{"role": "system", "content": SYSTEM_PROMPT},
                         {"role": "user", "content": user_message(conversation.request)}, *conversation.turns],
            "tools": [{"type": "function", "function": {"name": t["name"], "description": t["description"],
                                                        "parameters": t["schema"]}} for t in tool_specs()],
            "tool_choice": "required",
        }

    async def complete(self, conversation: Conversation) -> Completion:
        payload = self._payload(conversation)
        started = time.monotonic()
        try:
            response = await self._http.post("/chat/completions", json=payload)
        except httpx.TransportError as exc:
            raise PlannerUnavailable(f"provider unreachable: {exc!r}") from exc
        latency = int((time.monotonic() - started) * 1000)
        if response.status_code >= 400:
            raise _classify(response.status_code, response.text[:200], response.headers)
        try:
            body = response.json()
            message = body["choices"][0]["message"]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise PlannerUnavailable(f"provider sent an unreadable answer: {exc!r}") from exc
        calls = [ToolCall(name=c.get("function", {}).get("name"), arguments=c.get("function", {}).get("arguments"),
                          call_id=c.get("id", "")) for c in message.get("tool_calls") or []]
        if not calls:
            calls = [ToolCall(name=None, arguments=None, text=str(message.get("content") or ""))]
        usage = body.get("usage") or {}
        return Completion(calls=calls, tokens_in=int(usage.get("prompt_tokens", 0)),
                          tokens_out=int(usage.get("completion_tokens", 0)), digest=prompt_digest(payload),
                          latency_ms=latency, raw_assistant=message)

    def add_feedback(self, conversation: Conversation, completion: Completion, problem: str) -> None:
        assistant = {k: v for k, v in completion.raw_assistant.items() if k in ("role", "content", "tool_calls")}
        assistant.setdefault("role", "assistant")
        conversation.turns.append(assistant)
        ids = [c.call_id for c in completion.calls if c.call_id]
        for call_id in ids:
            conversation.turns.append({"role": "tool", "tool_call_id": call_id, "content": problem})
        if not ids:
            conversation.turns.append({"role": "user", "content": problem})


