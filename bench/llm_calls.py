"""LLM calls and tokens per completed errand: `python bench/llm_calls.py [--errands 5]`.

Runs whole conversations ("two packs of AA batteries under ¥40, delivered home" → quote → signed approval →
delivered) on the time-skipping test server against a fresh sandbox, with the planner on the real
`anthropic` SDK whose network answers with a recorded tool-use response (no provider is contacted), then
with the offline planner. Reports planner calls and tokens per completed errand; the target is one call.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx2
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from errand.activities.planner import PlannerActivities
from errand.cli.enrolment import enrol_seeded_shoppers
from errand.cli.keystore import KeyStore
from errand.planner import AnthropicBackend, Planner
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker import run as worker_run
from errand.worker.settings import ErrandSettings
from errand.workflows import ALL_WORKFLOWS, BuyWorkflow, ChatEnd, ConversationWorkflow
from tests.planner.chat_helpers import approve_inline, say, start_chat, wait_turn
from tests.planner.recorded import anthropic_tool_use
from tests.scenarios.buy import deliver

SENTENCE = "two packs of AA batteries under ¥40, delivered home"
RECORDED = anthropic_tool_use("buy", {"query": "AA batteries", "quantity": 2, "max_unit_price": 4000,
                                      "address_label": "home"}, tokens_in=1834, tokens_out=96)


async def _one_errand(env: WorkflowEnvironment, settings: ErrandSettings, sandbox: SandboxProcess) -> tuple[int, int, int]:
    chat = await start_chat(env.client, settings.task_queue, "alice")
    n = await say(chat, SENTENCE)
    started = await wait_turn(chat, lambda t: t.kind == "started", n, timeout=60)
    await wait_turn(chat, lambda t: t.kind == "quote", n, timeout=60)
    await approve_inline(env.client, started.errand_id or "", sandbox)
    await deliver(env.client.get_workflow_handle_for(BuyWorkflow.run, started.errand_id or ""), sandbox.url)
    await wait_turn(chat, lambda t: t.kind == "done", n, timeout=60)
    await chat.signal(ConversationWorkflow.end, ChatEnd())
    status = await chat.result()
    return status.planner_calls, status.tokens_in, status.tokens_out


async def _run(backend_name: str, errands: int, home: str, sandbox: SandboxProcess) -> dict[str, float]:
    env = await WorkflowEnvironment.start_time_skipping(
        test_server_existing_path=str(Path(sys.executable).parent / "temporal-test-server"),
        data_converter=pydantic_data_converter)
    settings = ErrandSettings(home=Path(home), sandbox_url=sandbox.url, task_queue=f"bench-llm-{backend_name}",
                              database_url=f"sqlite:///{home}/ledger-{backend_name}.db")
    backend = None
    if backend_name == "anthropic":
        backend = AnthropicBackend(api_key="recorded", model="claude-sonnet-5", http_client=httpx2.AsyncClient(
            transport=httpx2.MockTransport(lambda request: httpx2.Response(200, json=RECORDED))))
    try:
        async with contextlib.AsyncExitStack() as stack:
            activities = [a for a in await worker_run._activities(settings, stack)
                          if getattr(a, "__temporal_activity_definition").name != "plan_errand"]
            async with Worker(env.client, task_queue=settings.task_queue, workflows=ALL_WORKFLOWS,
                              workflow_runner=worker_run.workflow_runner(),
                              activities=[*activities, PlannerActivities(Planner(backend)).plan_errand]):
                results = [await _one_errand(env, settings, sandbox) for _ in range(errands)]
    finally:
        if backend is not None:
            await backend.aclose()
        await env.shutdown()
    return {"errands": len(results), "calls": statistics.mean(r[0] for r in results),
            "tokens_in": statistics.mean(r[1] for r in results), "tokens_out": statistics.mean(r[2] for r in results)}


async def main(errands: int) -> None:
    with tempfile.TemporaryDirectory() as home, SandboxProcess(Path(home)) as sandbox:
        enrol_seeded_shoppers(KeyStore(Path(home)), sandbox.url, read_token(Path(home), "operator"))
        print(f"{'planner':<28} {'errands':>7} {'calls/errand':>13} {'tokens in/errand':>17} {'tokens out/errand':>18}")
        for name in ("anthropic", "offline"):
            row = await _run(name, errands, home, sandbox)
            label = "anthropic (recorded)" if name == "anthropic" else "offline rules"
            print(f"{label:<28} {row['errands']:>7} {row['calls']:>13.2f} {row['tokens_in']:>17.0f} "
                  f"{row['tokens_out']:>18.0f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errands", type=int, default=5)
    asyncio.run(main(parser.parse_args().errands))
