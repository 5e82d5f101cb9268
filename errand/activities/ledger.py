"""The ledger activity: append one hash-chained row, idempotently under retries.

Rows are chained, so appends are serialised; each is also a durable commit. Under load the activity commits
in groups: while one transaction is being written, the rows that arrive meanwhile wait and go together in
the next one (one lock, one fsync). A lone row is written at once, as before.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from opentelemetry import trace
from temporalio import activity

from errand.ledger import Ledger, LedgerReceipt, LedgerRecord

from .messages import LedgerWrite, LedgerWritten

MAX_GROUP = 128


def _current_trace_id() -> str | None:
    """The trace this write runs in (the errand's, when tracing is on), as 32 hex digits; None when off."""
    span_context = trace.get_current_span().get_span_context()
    return format(span_context.trace_id, "032x") if span_context.is_valid else None


class LedgerActivities:
    def __init__(self, ledger: Ledger, on_written: Callable[[LedgerRecord], None] | None = None) -> None:
        self._ledger = ledger
        self._on_written = on_written  # told of each row newly written (not of duplicates): metrics
        self._waiting: list[tuple[LedgerRecord, asyncio.Future[LedgerReceipt]]] = []
        self._writer: asyncio.Task[None] | None = None
        self.commits = 0  # transactions written, for tests and benchmarks

    @activity.defn(name="record_ledger")
    async def record_ledger(self, write: LedgerWrite) -> LedgerWritten:
        record = LedgerRecord(**write.model_dump(), trace_id=_current_trace_id())
        receipt = await self._append(record)
        if self._on_written is not None and not receipt.duplicate:
            self._on_written(record)
        return LedgerWritten(seq=receipt.seq, row_hash=receipt.row_hash, duplicate=receipt.duplicate)

    async def _append(self, record: LedgerRecord) -> LedgerReceipt:
        done: asyncio.Future[LedgerReceipt] = asyncio.get_running_loop().create_future()
        self._waiting.append((record, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_groups())
        # A cancelled activity stops waiting; its row may still be written, which its retry then finds.
        return await asyncio.shield(done)

    async def _write_groups(self) -> None:
        while self._waiting:
            group, self._waiting = self._waiting[:MAX_GROUP], self._waiting[MAX_GROUP:]
            try:
                # The store is synchronous (SQLAlchemy); keep the event loop free for other activities.
                results = await asyncio.to_thread(self._ledger.append_many, [record for record, _ in group])
            except Exception as exc:  # noqa: BLE001 - the database failed the whole group: every waiter retries
                for _, done in group:
                    if not done.done():
                        done.set_exception(exc)
                continue
            self.commits += 1
            for (_, done), result in zip(group, results, strict=True):
                if done.done():
                    continue
                if isinstance(result, Exception):
                    done.set_exception(result)
                else:
                    done.set_result(result)
