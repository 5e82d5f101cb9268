"""Load: many concurrent buy errands against one worker on the local stack.

`python bench/load.py [--errands 1000] [--concurrency 1000]`

Starts a Temporal dev server (file-backed), the sandbox (couriers deliver at once) and one worker process,
then starts the errands (all approved by a test signer the moment their quote is offered) and follows them
to their end. Reports: lost or stuck errands (must be none), final states, throughput, and latency
percentiles for sentence → quote offered and approval sent → order placed. Prints figures; asserts nothing
but exits 1 if an errand is lost or stuck.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.drivers import BuyDriver
from bench.harness import HarnessStack, connect, wait_for_pollers
from bench.invariants import check_run, format_table
from bench.runner import ErrandRun, percentile

# Quantity one of everyday things with deep stock, so a thousand errands do not empty the shelves.
LOAD_SENTENCES = (
    "one pack of AA batteries",
    "a kettle under ¥300",
    "a power bank under ¥400",
    "one pack of AA batteries to the office",
    "a usb-c charger under ¥200",
)


def _ms(values: list[float]) -> str:
    if not values:
        return "n/a"
    return (f"p50 {percentile(values, 0.5) * 1000:.0f} ms, p95 {percentile(values, 0.95) * 1000:.0f} ms, "
            f"p99 {percentile(values, 0.99) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms")


async def run_load(errands: int, concurrency: int, products: int, seed: int, deadline: float,
                   keep: bool, persistent: bool = True, pragmas: tuple[str, ...] = ()) -> int:
    home = Path(tempfile.mkdtemp(prefix="errand-load-"))
    stack = HarnessStack(home, products=products, workers=1, courier_step_seconds=0.0, persistent=persistent,
                         sqlite_pragmas=pragmas)
    await asyncio.to_thread(stack.start)
    driver = BuyDriver(plans={"approve": 1.0}, sentences=LOAD_SENTENCES, use_loyalty_points=False)
    try:
        stack.start_workers()
        client = await connect(stack.settings.temporal_address)
        await wait_for_pollers(client, stack.settings.task_queue)
        run = ErrandRun(client, stack.settings, [driver], seed)
        started = time.monotonic()
        follower = asyncio.create_task(run.follow(deadline))
        await run.start(errands, concurrency=concurrency)
        start_seconds = time.monotonic() - started
        finished = await follower
        elapsed = time.monotonic() - started
        statuses = await run.collect(grace_seconds=30 if finished else 5)
    finally:
        await asyncio.to_thread(stack.stop)
    tracked = list(run.errands.values())
    checks = check_run(tracked, run.drivers, stack.sandbox_db, stack.settings.ledger_url)
    to_quote = [(t.offered_at - t.started_at).total_seconds() for t in tracked if t.offered_at]
    to_order = [(t.placed_at - t.answered_at).total_seconds() for t in tracked if t.placed_at and t.answered_at]
    states = Counter(getattr(t.result, "state", "unknown") for t in tracked)
    lost = errands - len(tracked)
    stuck = sum(n for s, n in statuses.items() if s != "COMPLETED")
    rows = [
        ("errands", f"{errands} started in {start_seconds:.1f} s (concurrency {concurrency}), one worker, "
                    f"Temporal {'file-backed' if persistent else 'in memory'} {' '.join(pragmas)}".rstrip()),
        ("final states", ", ".join(f"{n} {s}" for s, n in sorted(states.items()))),
        ("why errands failed", "; ".join(f"{n}× {why}" for why, n in Counter(
            t.result.outcome[:80] for t in tracked if getattr(t.result, "state", "") == "failed").most_common(3))
         or "none failed"),
        ("lost / stuck", f"{lost} / {stuck}"),
        ("wall time", f"{elapsed:.1f} s"),
        ("throughput", f"{len(tracked) / elapsed:.1f} errands/s (start → every errand ended)"),
        ("sentence → quote offered", _ms(to_quote)),
        ("approval sent → order placed", _ms(to_order)),
    ] + [(("PASS " if c.ok else "FAIL ") + c.name, c.detail) for c in checks]
    print(format_table(rows, "load run"))
    if not keep and not lost and not stuck:
        shutil.rmtree(home, ignore_errors=True)
    else:
        print(f"home kept: {home}")
    return 0 if not lost and not stuck and all(c.ok for c in checks) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errands", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=1000, help="errands being started at once")
    parser.add_argument("--products", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--deadline", type=float, default=1800.0)
    parser.add_argument("--keep", action="store_true", help="keep the run's home directory")
    parser.add_argument("--in-memory", action="store_true", help="Temporal without --db-filename")
    parser.add_argument("--sqlite-pragma", action="append", default=[], help="e.g. synchronous=normal (repeatable)")
    args = parser.parse_args(argv)
    return asyncio.run(run_load(args.errands, args.concurrency, args.products, args.seed, args.deadline, args.keep,
                                not args.in_memory, tuple(args.sqlite_pragma)))


if __name__ == "__main__":
    sys.exit(main())
