"""Chaos run: errands under injected faults, SIGKILLed workers and a restarted Temporal server.

`python bench/chaos.py [--errands 50] [--kills 10] [--error-rate 0.2] [--timeout-rate 0.1] ...`

In a fresh home it starts a Temporal dev server persisted to a file, the sandbox with a seeded fault
profile (5xx before applying, timeouts held past the client's timeout and then applied, answers dropped
after commit) and worker subprocesses. It runs the errands (a mix from ``bench.drivers.DRIVERS``, answered
by a test signer holding the shoppers' keys) while killing a worker with SIGKILL at random moments and
starting it again, and restarts the Temporal server once mid-run. Then it checks, from the sandbox's
database and the ledger, that every errand ended, money was captured exactly once per delivered errand
and never without an order, no authorization or stock hold was left behind, voids match failures and the
ledger's chain is intact. Prints a table; exits 1 if an invariant fails.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bench.drivers import DRIVERS, ErrandDriver
from bench.harness import HarnessStack, connect
from bench.invariants import Check, check_run, format_table
from bench.runner import ErrandRun
from errand.sandbox.common.auth import read_token


@dataclass
class ChaosOptions:
    """One chaos run's size and violence."""

    errands: int = 50
    kills: int = 10
    restart_temporal: bool = True
    error_rate: float = 0.2
    timeout_rate: float = 0.1
    drop_rate: float = 0.05
    timeout_ms: int = 11000
    seed: int = 1
    workers: int = 2
    products: int = 2000
    kill_gap_seconds: tuple[float, float] = (3.0, 8.0)
    downtime_seconds: tuple[float, float] = (0.5, 3.0)
    deadline_seconds: float = 900.0
    home: Path | None = None
    keep_home: bool = False
    drivers: list[ErrandDriver] = field(default_factory=lambda: list(DRIVERS))


@dataclass
class ChaosReport:
    summary: list[tuple[str, str]]
    checks: list[Check]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def table(self) -> str:
        rows = self.summary + [("", "")] + [(("PASS " if c.ok else "FAIL ") + c.name, c.detail)
                                            for c in self.checks]
        return format_table(rows, "chaos run")


async def _monkey(stack: HarnessStack, run: ErrandRun, options: ChaosOptions, rng: random.Random) -> None:
    """Kill a worker at random moments (and restart Temporal once, halfway) while errands are open."""
    restart_after = max(1, options.kills // 2) if options.restart_temporal else None
    while stack.kills < options.kills:
        await asyncio.sleep(rng.uniform(*options.kill_gap_seconds))
        if run.errands and not run.open:
            return
        stack.kill_worker(rng)
        await asyncio.sleep(rng.uniform(*options.downtime_seconds))
        if restart_after is not None and stack.kills == restart_after and not stack.temporal_restarts:
            await asyncio.to_thread(stack.restart_temporal)
        stack.revive_workers()


async def _supervise(stack: HarnessStack) -> None:
    # A worker may also exit by itself (e.g. while the server is down): keep the pool full.
    while True:
        await asyncio.sleep(2.0)
        if all(w is not None for w in stack.workers):
            stack.revive_workers()


async def run_chaos(options: ChaosOptions) -> ChaosReport:
    """Run one chaos experiment end to end and return its report (the stack is stopped afterwards)."""
    home = options.home or Path(tempfile.mkdtemp(prefix="errand-chaos-"))
    stack = HarnessStack(home, products=options.products, workers=options.workers, courier_step_seconds=0.3)
    started = time.monotonic()
    await asyncio.to_thread(stack.start)
    try:
        profile = {"seed": options.seed, "routes": {"*": {
            "error_rate": options.error_rate, "timeout_rate": options.timeout_rate, "drop_rate": options.drop_rate,
            "timeout_ms": options.timeout_ms}}}
        operator = {"Authorization": f"Bearer {read_token(stack.sandbox.home, 'operator')}"}
        async with httpx.AsyncClient(base_url=stack.sandbox.url, timeout=10, headers=operator) as admin:
            (await admin.put("/admin/faults/profile", json=profile)).raise_for_status()
            stack.start_workers()
            client = await connect(stack.settings.temporal_address)
            run = ErrandRun(client, stack.settings, options.drivers, options.seed)
            rng = random.Random(options.seed)
            monkey = asyncio.create_task(_monkey(stack, run, options, rng))
            supervisor = asyncio.create_task(_supervise(stack))
            await run.start(options.errands)
            finished = await run.follow(options.deadline_seconds)
            await monkey if finished else monkey.cancel()
            stack.revive_workers()
            statuses = await run.collect()
            supervisor.cancel()
            injected = (await admin.get("/admin/faults")).json()["injected"]
    finally:
        await asyncio.to_thread(stack.stop)
    elapsed = time.monotonic() - started
    errands = list(run.errands.values())
    checks = check_run(errands, run.drivers, stack.sandbox_db, stack.settings.ledger_url)
    keep = options.keep_home or options.home is not None or not all(c.ok for c in checks)
    if not keep:
        shutil.rmtree(home, ignore_errors=True)
    by_kind = Counter(k.split(":")[0] for k in injected for _ in range(injected[k]))
    states = Counter(getattr(t.result, "state", "unknown") for t in errands)
    summary = [
        ("errands", f"{len(errands)} ({', '.join(f'{n} {p}' for p, n in sorted(Counter(t.plan for t in errands).items()))})"),
        ("final states", ", ".join(f"{n} {s}" for s, n in sorted(states.items()))),
        ("workflow statuses", ", ".join(f"{n} {s.lower()}" for s, n in sorted(statuses.items()))),
        ("why errands failed", "; ".join(f"{n}× {why}" for why, n in Counter(
            t.result.outcome[:70] for t in errands if getattr(t.result, "state", "") == "failed").most_common(4))
         or "none failed"),
        ("worker SIGKILLs", str(stack.kills)),
        ("Temporal restarts", str(stack.temporal_restarts)),
        ("faults injected", ", ".join(f"{n} {k}" for k, n in sorted(by_kind.items())) or "none"),
        ("fault rates", (f"5xx {options.error_rate:.0%}, timeouts {options.timeout_rate:.0%} "
                        f"(held {options.timeout_ms} ms), drops {options.drop_rate:.0%}, seed {options.seed}")),
        ("elapsed", f"{elapsed:.0f} s"),
        ("home", f"{home} (logs, databases)" if keep else "removed (all checks passed)"),
    ]
    return ChaosReport(summary=summary, checks=checks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errands", type=int, default=50)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--no-temporal-restart", action="store_true")
    parser.add_argument("--error-rate", type=float, default=0.2)
    parser.add_argument("--timeout-rate", type=float, default=0.1)
    parser.add_argument("--drop-rate", type=float, default=0.05)
    parser.add_argument("--timeout-ms", type=int, default=11000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--deadline", type=float, default=900.0, help="seconds to wait for every errand")
    parser.add_argument("--home", type=Path, help="run in this (fresh) directory and keep it")
    parser.add_argument("--keep", action="store_true", help="keep the temporary home even if all checks pass")
    args = parser.parse_args(argv)
    options = ChaosOptions(errands=args.errands, kills=args.kills, restart_temporal=not args.no_temporal_restart,
                           error_rate=args.error_rate, timeout_rate=args.timeout_rate, drop_rate=args.drop_rate,
                           timeout_ms=args.timeout_ms, workers=args.workers, products=args.products, seed=args.seed,
                           deadline_seconds=args.deadline, home=args.home,
                           keep_home=args.keep)
    report = asyncio.run(run_chaos(options))
    print(report.table())
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
