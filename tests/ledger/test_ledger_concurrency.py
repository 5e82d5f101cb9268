"""Concurrent appends from threads and processes keep one gap-free, valid chain."""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from errand.activities.ledger import LedgerActivities
from errand.activities.messages import LedgerWrite
from errand.ledger import Ledger
from tests.ledger.helpers import record

THREADS = 8
PER_THREAD = 25
SHARED_KEYS = 5


def _worker_appends(url: str, worker: int, barrier: threading.Barrier | None = None) -> list[bool]:
    # Each worker opens its own Ledger (own engine and pool), like separate worker
    # processes would, so the database lock — not a Python lock — does the serialising.
    try:
        opened = Ledger(url)
    except BaseException:
        if barrier is not None:
            barrier.abort()  # the others fail at the barrier instead of waiting for this worker forever
        raise
    with opened as ledger:
        if barrier is not None:
            barrier.wait(timeout=120)
        duplicates = []
        for i in range(PER_THREAD):
            ledger.append(record(f"w{worker}-{i}", errand_id=f"errand-{worker}"))
            if i < SHARED_KEYS:
                # Everyone "retries" the same activities: exactly one write each must win.
                duplicates.append(ledger.append(record(f"shared-{i}", errand_id="shared")).duplicate)
        return duplicates


def _assert_chain(url: str, workers: int, shared_results: list[bool]) -> None:
    expected = workers * PER_THREAD + SHARED_KEYS
    with Ledger(url) as ledger:
        rows = ledger.entries()
        report = ledger.verify()
    assert [row.seq for row in rows] == list(range(1, expected + 1))
    assert len({row.idempotency_key for row in rows}) == expected
    assert report.ok and report.rows == expected
    assert shared_results.count(False) == SHARED_KEYS  # one real write per shared key


def test_threads_each_with_own_ledger(ledger_url: str) -> None:
    # No schema up front: all threads race to create table and triggers too.
    barrier = threading.Barrier(THREADS)
    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(lambda w: _worker_appends(ledger_url, w, barrier), range(THREADS)))

    _assert_chain(ledger_url, THREADS, [d for r in results for d in r])


def test_threads_sharing_one_ledger(ledger: Ledger, ledger_url: str) -> None:
    def work(worker: int) -> list[bool]:
        flags = []
        for i in range(PER_THREAD):
            ledger.append(record(f"w{worker}-{i}"))
            if i < SHARED_KEYS:
                flags.append(ledger.append(record(f"shared-{i}")).duplicate)
        return flags

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(work, range(THREADS)))

    _assert_chain(ledger_url, THREADS, [d for r in results for d in r])


def test_processes(ledger_url: str) -> None:
    processes = 4
    Ledger(ledger_url).close()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        futures = [pool.submit(_worker_appends, ledger_url, w) for w in range(processes)]
        results = [f.result(timeout=120) for f in futures]

    _assert_chain(ledger_url, processes, [d for r in results for d in r])


async def test_the_activity_commits_concurrent_rows_in_groups(ledger: Ledger) -> None:
    activities = LedgerActivities(ledger)
    writes = [LedgerWrite(idempotency_key=f"g-{i}", errand_id=f"errand-{i % 7}", who="agent", what="quote.offered",
                          evidence={"i": i}, outcome="") for i in range(60)]
    writes += writes[:5]  # retried activities arriving with the rest
    receipts = await asyncio.gather(*(activities.record_ledger(w) for w in writes))
    assert sorted(r.seq for r in receipts[:60]) == list(range(1, 61))
    assert [r.duplicate for r in receipts[60:]] == [True] * 5
    assert [r.seq for r in receipts[60:]] == [r.seq for r in receipts[:5]]
    assert ledger.verify().ok and ledger.verify().rows == 60
    assert activities.commits < 60  # the rows that queued behind a transaction shared the next one
    lone = await activities.record_ledger(LedgerWrite(idempotency_key="alone", errand_id="e", who="agent",
                                                      what="x", evidence={}, outcome=""))
    assert lone.seq == 61 and not lone.duplicate
