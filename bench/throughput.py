"""Throughput ratio: buy errands/s ÷ chains of as many no-op activities/s, same server, worker and run.

`python bench/throughput.py [--errands 100] [--concurrency 100]`

One Temporal dev server, one sandbox (couriers deliver at once) and one in-process worker serving both the
buy workflow and a baseline chain workflow (``bench.chain``), with the worker settings the real worker
uses. First a few buy errands are run to count how many activities an errand schedules (local ones
included); then ``errands`` chains of that many no-op activities, ``errands`` buy errands (approved by a
test signer as soon as they are quoted) and the chains again; the ratio uses the mean of the two chain
runs. The ratio says how much of the errand's cost is the errand's own work (sandbox calls,
ledger, approval) rather than Temporal's. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from typing import Self

from temporalio.api.enums.v1 import EventType
from temporalio.worker import Worker

from bench.chain import ChainRequest, ChainWorkflow, noop
from bench.drivers import BuyDriver
from bench.harness import HarnessStack, connect
from bench.invariants import format_table
from bench.runner import ErrandRun
from errand.worker.run import _activities, workflow_runner
from errand.workflows import ALL_WORKFLOWS

_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


class CpuMeter:
    """CPU seconds per process over a phase: where an errand's cost goes, beside its wall time."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self._start: dict[str, float] = {}

    def __enter__(self) -> Self:
        self._start = {name: _cpu_seconds(pid) for name, pid in self.pids.items()}
        self.used: dict[str, float] = {}
        return self

    def __exit__(self, *exc: object) -> None:
        self.used = {name: _cpu_seconds(pid) - self._start[name] for name, pid in self.pids.items()}

    def per(self, count: int) -> str:
        return ", ".join(f"{name} {seconds * 1000 / count:.0f}" for name, seconds in self.used.items())


THROUGHPUT_SENTENCES = ("one pack of AA batteries", "one pack of AA batteries to the office",
                        "a pack of Duracell AA batteries")


async def _activities_per_errand(client, errand_ids: list[str]) -> tuple[int, int]:
    """Median (activities, of which local) per errand. Ledger notes run as local activities; the chain runs
    the whole count as ordinary activities, so the errand is measured against as many side effects."""
    counts, local = [], []
    for errand_id in errand_ids:
        history = await client.get_workflow_handle(errand_id).fetch_history()
        scheduled = sum(1 for e in history.events if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        markers = sum(1 for e in history.events if e.event_type == EventType.EVENT_TYPE_MARKER_RECORDED
                      and e.marker_recorded_event_attributes.marker_name == "core_local_activity")
        counts.append(scheduled + markers)
        local.append(markers)
    return round(statistics.median(counts)), round(statistics.median(local))


async def _buy_phase(client, settings, count: int, concurrency: int, seed: int) -> tuple[float, ErrandRun]:
    # Deep-stock products only: an errand that fails on an empty shelf does less work and would flatter the rate.
    driver = BuyDriver(plans={"approve": 1.0}, sentences=THROUGHPUT_SENTENCES, use_loyalty_points=False)
    run = ErrandRun(client, settings, [driver], seed)
    started = time.monotonic()
    follower = asyncio.create_task(run.follow(1800))
    await run.start(count, concurrency=concurrency)
    await follower
    return time.monotonic() - started, run


async def _chain_phase(client, task_queue: str, count: int, steps: int, concurrency: int) -> float:
    gate = asyncio.Semaphore(concurrency)
    started = time.monotonic()

    async def one(index: int) -> None:
        async with gate:
            handle = await client.start_workflow(ChainWorkflow.run, ChainRequest(steps=steps),
                                                 id=f"chain-{index}-{time.monotonic_ns()}", task_queue=task_queue)
        await handle.result()

    await asyncio.gather(*(one(i) for i in range(count)))
    return time.monotonic() - started


async def main(errands: int, concurrency: int, products: int, persistent: bool, pragmas: tuple[str, ...]) -> None:
    home = Path(tempfile.mkdtemp(prefix="errand-throughput-"))
    stack = HarnessStack(home, products=products, courier_step_seconds=0.0, persistent=persistent,
                         sqlite_pragmas=pragmas)
    await asyncio.to_thread(stack.start)
    try:
        client = await connect(stack.settings.temporal_address)
        async with contextlib.AsyncExitStack() as exits:
            # The same Worker arguments errand_worker uses, plus the baseline workflow and its activity.
            activities = await _activities(stack.settings, exits)
            worker = Worker(client, task_queue=stack.settings.task_queue, workflows=[*ALL_WORKFLOWS, ChainWorkflow],
                            workflow_runner=workflow_runner(), activities=[*activities, noop],
                            max_concurrent_activities=200)
            async with worker:
                _, warm = await _buy_phase(client, stack.settings, 5, 5, seed=99)
                steps, local_steps = await _activities_per_errand(client, list(warm.errands))
                await _chain_phase(client, stack.settings.task_queue, 5, steps, 5)
                assert stack.temporal is not None and stack.sandbox._proc is not None
                pids = {"Temporal": stack.temporal.pid, "sandbox": stack.sandbox._proc.pid,
                        "worker": os.getpid()}
                # Chains before and after the buy errands: the server's store grows during the run, so a
                # phase that always came second would always be measured on a bigger file.
                with CpuMeter(pids) as chain_cpu:
                    chain_before = await _chain_phase(client, stack.settings.task_queue, errands, steps,
                                                      concurrency)
                with CpuMeter(pids) as buy_cpu:
                    buy_seconds, run = await _buy_phase(client, stack.settings, errands, concurrency, seed=1)
                chain_after = await _chain_phase(client, stack.settings.task_queue, errands, steps, concurrency)
    finally:
        await asyncio.to_thread(stack.stop)
        shutil.rmtree(home, ignore_errors=True)
    delivered = sum(1 for t in run.errands.values() if t.terminal == "delivered")
    buy_rate = delivered / buy_seconds
    chain_rates = (errands / chain_before, errands / chain_after)
    chain_rate = statistics.mean(chain_rates)
    print(format_table([
        ("activities per buy errand", (f"{steps}, {local_steps} of them local (ledger notes); median of the "
                                      "warm-up errands' histories")),
        ("buy errands", f"{delivered}/{errands} delivered in {buy_seconds:.1f} s → {buy_rate:.2f} errands/s"),
        ("no-op chains", (f"{errands} × {steps} ordinary activities, before and after: {chain_before:.1f} s and "
                         f"{chain_after:.1f} s → {chain_rates[0]:.2f} and {chain_rates[1]:.2f}, mean "
                         f"{chain_rate:.2f} chains/s")),
        ("throughput ratio", f"{buy_rate / chain_rate:.2f} (target ≥ 0.85)"),
        ("CPU ms per buy errand", buy_cpu.per(errands) + " (worker includes this script's shopper)"),
        ("CPU ms per chain (the run before)", chain_cpu.per(errands)),
    ], f"throughput, concurrency {concurrency}, one in-process worker, Temporal "
       f"{'file-backed' if persistent else 'in memory'}{' ' + ', '.join(pragmas) if pragmas else ''}"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errands", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--products", type=int, default=20000)
    parser.add_argument("--in-memory", action="store_true", help="Temporal without --db-filename")
    parser.add_argument("--sqlite-pragma", action="append", default=[], help="e.g. synchronous=off (repeatable)")
    args = parser.parse_args()
    asyncio.run(main(args.errands, args.concurrency, args.products, not args.in_memory, tuple(args.sqlite_pragma)))
