"""Record a model planner's answers to every evaluation sentence, so `bench/planner_eval.py` can score the
model offline and repeatably: `python bench/record_planner_llm.py [--sets table,dev,dev-2,held-out]`.

Needs a live endpoint, read from the same settings the worker reads: ERRAND_PLANNER=anthropic with
ERRAND_ANTHROPIC_API_KEY, or ERRAND_PLANNER=openai with ERRAND_OPENAI_BASE_URL (a hosted OpenAI-compatible API
or a local server such as vLLM or Ollama). Each sentence is sent once with the evaluation's context and clock;
the first answer (a tool call, or the text when the model answered without one) is written to
bench/eval/recorded/<backend>-<model>.json. The file is rewritten as a whole, so a run is one recording.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.planner_eval import RECORDED, evaluation_sets
from errand.planner import AnthropicBackend, OpenAICompatibleBackend, PlannerRefused, PlannerUnavailable
from errand.planner.backends import Conversation
from errand.worker.settings import ErrandSettings


def _backend(settings: Any) -> Any:
    if settings.planner_backend == "anthropic" and settings.anthropic_api_key:
        return AnthropicBackend(api_key=settings.anthropic_api_key, model=settings.anthropic_model,
                                base_url=settings.anthropic_base_url or None)
    if settings.planner_backend == "openai" and settings.openai_base_url:
        return OpenAICompatibleBackend(base_url=settings.openai_base_url, model=settings.openai_model,
                                       api_key=settings.openai_api_key)
    return None


async def _record(backend: Any, names: set[str]) -> dict[str, Any]:
    responses: list[dict[str, Any]] = []
    for set_name, cases in evaluation_sets().items():
        if set_name not in names:
            continue
        for case in cases:
            entry: dict[str, Any] = {"set": set_name, "sentence": case.request.sentence}
            try:
                completion = await backend.complete(Conversation(request=case.request))
            except (PlannerUnavailable, PlannerRefused) as exc:
                entry["error"] = str(exc)[:300]
            else:
                call = completion.calls[0]
                entry.update(tool=call.name, arguments=call.arguments, text=call.text,
                             tokens_in=completion.tokens_in, tokens_out=completion.tokens_out,
                             latency_ms=completion.latency_ms)
            responses.append(entry)
    return {"backend": backend.name, "model": backend.model, "recorded_at": datetime.now(UTC).isoformat(),
            "responses": responses}


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="table,dev,dev-2,held-out", help="comma-separated evaluation sets")
    args = parser.parse_args()
    backend = _backend(ErrandSettings())
    if backend is None:
        print("no model endpoint configured (ERRAND_PLANNER=anthropic|openai with its key or base URL); "
              "nothing recorded")
        return 1
    try:
        recording = await _record(backend, set(args.sets.split(",")))
    finally:
        await backend.aclose()
    RECORDED.mkdir(parents=True, exist_ok=True)
    path = RECORDED / f"{backend.name}-{re.sub(r'[^A-Za-z0-9._-]+', '_', backend.model)}.json"
    path.write_text(json.dumps(recording, ensure_ascii=False, indent=1, default=str))
    failed = sum(1 for r in recording["responses"] if "error" in r)
    print(f"recorded {len(recording['responses'])} answers ({failed} failed) to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
