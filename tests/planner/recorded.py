"""Provider responses as the providers send them (shapes recorded from the Anthropic Messages API and an
OpenAI-compatible /v1/chat/completions endpoint), replayed through a mock transport in the tests."""

from __future__ import annotations

from typing import Any


def anthropic_tool_use(name: str, arguments: dict[str, Any], *, tokens_in: int = 1834,
                       tokens_out: int = 96) -> dict[str, Any]:
    return {
        "id": "msg_01XFDUDYJgAACzvnptvVoYEL", "type": "message", "role": "assistant",
        "model": "claude-sonnet-5",
        "content": [{"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": name, "input": arguments}],
        "stop_reason": "tool_use", "stop_sequence": None,
        "usage": {"input_tokens": tokens_in, "output_tokens": tokens_out, "cache_creation_input_tokens": 0,
                  "cache_read_input_tokens": 0},
    }


ANTHROPIC_TEXT_ONLY = {
    "id": "msg_01Aq9w938a90dw8q", "type": "message", "role": "assistant", "model": "claude-sonnet-5",
    "content": [{"type": "text", "text": "Sure! I'd be happy to help you buy batteries. How many would you like?"}],
    "stop_reason": "end_turn", "stop_sequence": None,
    "usage": {"input_tokens": 1790, "output_tokens": 21, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0},
}


def anthropic_error(kind: str, message: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message},
            "request_id": "req_011CSHoEeqs5C35K2UUqR7Fy"}


def openai_tool_call(name: str, arguments: str, *, tokens_in: int = 1702, tokens_out: int = 58) -> dict[str, Any]:
    """``arguments`` is a JSON *string*, as OpenAI-compatible servers send it (and may get wrong)."""
    return {
        "id": "chatcmpl-8f1c2b7e-5a1f-9d2e-a3b4-c5d6e7f8a9b0", "object": "chat.completion", "created": 1763769600,
        "model": "qwen-plus",
        "choices": [{"index": 0, "finish_reason": "tool_calls", "logprobs": None, "message": {
            "role": "assistant", "content": "",
            "tool_calls": [{"index": 0, "id": "call_5b8e2f1a9c3d4e7f", "type": "function",
                            "function": {"name": name, "arguments": arguments}}]}}],
        "usage": {"prompt_tokens": tokens_in, "completion_tokens": tokens_out, "total_tokens": tokens_in + tokens_out},
        "system_fingerprint": None,
    }


OPENAI_TEXT_ONLY = {
    "id": "chatcmpl-0a1b2c3d", "object": "chat.completion", "created": 1763769601, "model": "qwen-plus",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {
        "role": "assistant", "content": "Of course! Which batteries would you like?"}}],
    "usage": {"prompt_tokens": 1690, "completion_tokens": 12, "total_tokens": 1702},
}


def openai_error(message: str, kind: str, code: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}
