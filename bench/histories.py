"""History size per errand and replay time of the recorded corpus: `python bench/histories.py`.

Reads every ``tests/histories/*.json`` (one recorded errand each), prints its event count and size, then
replays the whole corpus against today's workflow code with the worker's sandboxed runner and prints how
long that took (best of ``--repeat`` runs). Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer

from bench.invariants import format_table
from errand.worker.run import workflow_runner
from errand.workflows import ALL_WORKFLOWS


async def main(folder: Path, repeat: int) -> None:
    paths = sorted(folder.glob("*.json"))
    histories = [WorkflowHistory.from_json(p.stem, p.read_text()) for p in paths]
    rows = [(p.stem, f"{len(h.events):>4} events, {p.stat().st_size / 1024:7.1f} KiB")
            for p, h in zip(paths, histories, strict=True)]
    best = float("inf")
    failures = 0
    for _ in range(repeat):
        replayer = Replayer(workflows=ALL_WORKFLOWS, data_converter=pydantic_data_converter,
                            workflow_runner=workflow_runner())
        started = time.perf_counter()
        failures = 0
        for history in histories:
            result = await replayer.replay_workflow(history, raise_on_replay_failure=False)
            failures += result.replay_failure is not None
        best = min(best, time.perf_counter() - started)
    events = sum(len(h.events) for h in histories)
    size = sum(p.stat().st_size for p in paths)
    rows += [("", ""), ("corpus", (f"{len(paths)} histories, {events} events, {size / 1024:.0f} KiB; "
                                  f"mean {events / len(paths):.0f} events, {size / len(paths) / 1024:.1f} KiB")),
             ("replay", (f"{best * 1000:.0f} ms for the whole corpus (best of {repeat}), "
                        f"{best / len(paths) * 1000:.0f} ms per history; {failures} failed"))]
    print(format_table(rows, f"recorded histories in {folder.relative_to(ROOT)}"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "tests" / "histories")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(main(args.dir, args.repeat))
