"""Run a mix of errands to their end, answering them as their shoppers would.

The harness follows errands through the ledger (new rows since the last read) rather than by querying each
workflow: a query needs a live worker, and the worker is what the chaos run keeps killing. An offer row
(``quote.offered`` for a buy) is answered by the errand's driver; an ``errand.<state>`` row other than
``errand.started`` marks the end. At the end every errand's workflow result is fetched from Temporal.
"""

from __future__ import annotations

import asyncio
import json
import random
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from temporalio.client import Client, WorkflowExecutionStatus, WorkflowFailureError
from temporalio.service import RPCError

from errand.domain.models import TERMINAL_STATES
from errand.worker.settings import ErrandSettings

from .drivers import ErrandDriver, Tracked, with_retries

PLACED_EVENTS = frozenset({"order.placed"})


class LedgerFeed:
    """Reads the ledger's rows in order, a batch at a time, straight from its SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.last_seq = 0

    def read(self) -> list[tuple[int, str, str, dict[str, Any], datetime]]:
        if not self.path.exists():
            return []
        try:
            with sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5) as conn:
                rows = conn.execute("SELECT seq, errand_id, what, evidence_json, created_at FROM ledger_entries "
                                    "WHERE seq > ? ORDER BY seq", (self.last_seq,)).fetchall()
        except sqlite3.OperationalError:  # not created yet, or busy: read next time
            return []
        if rows:
            self.last_seq = rows[-1][0]
        return [(seq, errand, what, json.loads(evidence), datetime.fromisoformat(at))
                for seq, errand, what, evidence, at in rows]


class ErrandRun:
    """Starts ``count`` errands drawn from ``drivers`` and follows them until each has ended.

    Args:
        client: Temporal client.
        settings: where the worker, sandbox and ledger are.
        drivers: the errand kinds to mix.
        seed: the run's random seed (shoppers, sentences, plans, errand ids).
    """

    def __init__(self, client: Client, settings: ErrandSettings, drivers: Sequence[ErrandDriver], seed: int) -> None:
        self.client = client
        self.settings = settings
        self.drivers = {d.kind: d for d in drivers}
        self.rng = random.Random(seed)
        self.errands: dict[str, Tracked] = {}
        self.feed = LedgerFeed(Path(settings.ledger_url.removeprefix("sqlite:///")))
        self._answers: set[asyncio.Task[None]] = set()

    async def start(self, count: int, concurrency: int = 50) -> None:
        gate = asyncio.Semaphore(concurrency)
        choices = [self.rng.choice(list(self.drivers.values())) for _ in range(count)]
        seeds = [self.rng.getrandbits(64) for _ in range(count)]

        async def one(driver: ErrandDriver, seed: int) -> None:
            async with gate:
                tracked = await driver.start(self.client, self.settings, random.Random(seed))
                self.errands[tracked.errand_id] = tracked

        await asyncio.gather(*(one(d, s) for d, s in zip(choices, seeds, strict=True)))

    @property
    def open(self) -> list[Tracked]:
        return [t for t in self.errands.values() if t.terminal is None]

    def poll(self) -> None:
        """Read new ledger rows: answer offers, note order placements and endings."""
        for _seq, errand_id, what, evidence, at in self.feed.read():
            tracked = self.errands.get(errand_id)
            if tracked is None:
                continue
            driver = self.drivers[tracked.kind]
            if what in driver.offer_events and tracked.offered_at is None:
                tracked.offered_at = at
                task = asyncio.create_task(driver.respond(self.client, self.settings, tracked, evidence))
                self._answers.add(task)
                task.add_done_callback(self._answers.discard)
            elif what in PLACED_EVENTS and tracked.placed_at is None:
                tracked.placed_at = at
            elif what.startswith("errand.") and what.removeprefix("errand.") in TERMINAL_STATES:
                tracked.terminal = what.removeprefix("errand.")

    async def follow(self, deadline_seconds: float, interval: float = 0.1) -> bool:
        """Poll until every errand has ended (True) or the deadline passes (False)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + deadline_seconds
        while loop.time() < deadline:
            self.poll()
            if self.errands and not self.open:
                return True
            await asyncio.sleep(interval)
        return False

    async def collect(self, grace_seconds: float = 60.0) -> dict[str, int]:
        """Fetch every errand's workflow result; count workflow statuses (a stuck errand shows RUNNING).

        An errand whose last ledger row is written may still be finishing its workflow (the worker may just
        have been killed): each gets ``grace_seconds`` to complete before it counts as stuck.
        """
        counts: dict[str, int] = {}
        gate = asyncio.Semaphore(20)

        async def one(tracked: Tracked) -> None:
            driver = self.drivers[tracked.kind]
            handle = self.client.get_workflow_handle(tracked.errand_id, result_type=driver.status_model)
            async with gate:
                try:
                    tracked.result = await asyncio.wait_for(with_retries(handle.result), grace_seconds)
                except (TimeoutError, RPCError, WorkflowFailureError) as exc:
                    tracked.problems.append(f"no result: {type(exc).__name__}")
                description = await with_retries(handle.describe)
                name = description.status.name if description.status else "UNKNOWN"
                counts[name] = counts.get(name, 0) + 1
                if description.status != WorkflowExecutionStatus.COMPLETED:
                    tracked.problems.append(f"workflow is {name.lower()}, not completed")

        await asyncio.gather(*(one(t) for t in self.errands.values()))
        if self._answers:
            await asyncio.gather(*self._answers, return_exceptions=True)
        return counts


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` in 0..1) of a non-empty sequence."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered)) - 1))]
