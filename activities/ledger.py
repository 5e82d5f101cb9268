"""The ledger activity: append one hash-chained row, idempotently under retries."""

from __future__ import annotations

import asyncio

from temporalio import activity

from ledger import Ledger, LedgerRecord

from .messages import LedgerWrite, LedgerWritten


class LedgerActivities:
    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    @activity.defn(name="record_ledger")
    async def record_ledger(self, write: LedgerWrite) -> LedgerWritten:
        # The store is synchronous (SQLAlchemy); keep the event loop free for other activities.
        receipt = await asyncio.to_thread(self._ledger.append, LedgerRecord(**write.model_dump()))
        return LedgerWritten(seq=receipt.seq, row_hash=receipt.row_hash, duplicate=receipt.duplicate)
