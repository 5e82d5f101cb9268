"""The append-only, hash-chained ledger store.

Every append runs in one transaction that first takes a database-wide write lock
(SQLite ``BEGIN IMMEDIATE``; PostgreSQL ``pg_advisory_xact_lock``), then checks the
idempotency key, reads the chain tail and inserts ``tail + 1``. Holding the lock across
read-tail-then-insert is what keeps seq gap-free and prev_hash consistent when several
worker threads or processes append at once.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Self

from sqlalchemy import Connection, Row, select, text

from errand.ledger.install import install_schema
from errand.ledger.models import (
    GENESIS_HASH,
    LedgerEntry,
    LedgerReceipt,
    LedgerRecord,
    VerifyReport,
    canonical_json,
    compute_row_hash,
    format_created_at,
)
from errand.ledger.schema import (
    APPEND_LOCK_KEY,
    DEFAULT_DATABASE_URL,
    SQLITE_IMMEDIATE,
    build_engine,
    is_memory_sqlite,
    ledger_table,
    normalize_url,
)

PROBLEM_HASH = "hash mismatch (the row was changed after it was written)"
PROBLEM_LINK = "broken link (prev_hash does not match the previous row's hash)"
PROBLEM_GAP = "gap in seq (a row is missing)"
PROBLEM_UNREADABLE = "unreadable evidence (evidence_json is not a JSON object)"

_VERIFY_BATCH = 1000


class Ledger:
    """Append-only audit ledger backed by SQLite or PostgreSQL.

    Thread-safe; several `Ledger` instances (threads or processes) may share one database.

    Example:
        >>> ledger = Ledger("sqlite:///~/.errand/ledger.db")
        >>> ledger.append(LedgerRecord(idempotency_key="wf-1/quote", errand_id="e1",
        ...                            who="agent", what="quote.offered"))
    """

    def __init__(self, database_url: str = DEFAULT_DATABASE_URL) -> None:
        """Open (and if needed create) the ledger.

        Args:
            database_url: ``sqlite:///path`` (``~`` expanded, parent dir created) or
                ``postgresql://...`` (driven by psycopg 3).
        """
        url = normalize_url(database_url)
        self._engine = build_engine(url)
        self._is_pg = self._engine.dialect.name == "postgresql"
        # A private in-memory SQLite DB is one shared connection: serialise in-process too.
        self._memory_lock = threading.Lock() if is_memory_sqlite(url) else None
        try:
            install_schema(self._engine)
        except BaseException:
            self._engine.dispose()
            raise

    @property
    def dialect(self) -> str:
        """Name of the backing database dialect (``"sqlite"`` or ``"postgresql"``)."""
        return str(self._engine.dialect.name)

    def append(self, record: LedgerRecord) -> LedgerReceipt:
        """Append a record, or return the existing row if its idempotency key was seen.

        A retried Temporal activity therefore records its event exactly once. The
        existing row is returned as-is even if the retry carried different content:
        the first write is the one that happened.

        Args:
            record: The decision or action to record.

        Returns:
            Receipt with the row's seq and hash; ``duplicate`` is True if nothing was written.

        Raises:
            ValueError: If the evidence is not JSON-serialisable.
        """
        result = self.append_many([record])[0]
        if isinstance(result, ValueError):
            raise result
        return result

    def append_many(self, records: Sequence[LedgerRecord]) -> list[LedgerReceipt | ValueError]:
        """Append several records in order in one transaction (one lock, one commit): group commit.

        Each record is handled as ``append`` would: an idempotency key seen before (or earlier in the same
        batch) returns the existing row as a duplicate. A record whose evidence is not JSON-serialisable gets
        a ``ValueError`` in its place and is not written; the others are. A database error fails the whole
        batch (nothing is written) and is raised.
        """
        prepared: list[tuple[LedgerRecord, str, dict[str, Any]] | ValueError] = []
        for record in records:
            # Serialise before taking the lock so bad evidence fails fast and cheaply.
            try:
                evidence_json = canonical_json(record.evidence)
            except (TypeError, ValueError) as exc:  # a set, an object; NaN or infinity
                prepared.append(ValueError(f"evidence is not JSON-serialisable: {exc}"))
                continue
            prepared.append((record, evidence_json, json.loads(evidence_json)))
        results: list[LedgerReceipt | ValueError] = []
        written: dict[str, LedgerReceipt] = {}
        keys = sorted({item[0].idempotency_key for item in prepared if not isinstance(item, ValueError)})
        with self._write_tx() as conn:
            tail = conn.execute(
                select(ledger_table.c.seq, ledger_table.c.row_hash)
                .order_by(ledger_table.c.seq.desc())
                .limit(1)
            ).first()
            seq = 0 if tail is None else tail.seq
            prev_hash = GENESIS_HASH if tail is None else tail.row_hash
            # One look-up for the whole group's keys and one multi-row insert: per-row statements were most
            # of a group's cost.
            existing = {
                row.idempotency_key: LedgerReceipt(seq=row.seq, row_hash=row.row_hash, duplicate=True)
                for row in conn.execute(
                    select(ledger_table.c.idempotency_key, ledger_table.c.seq, ledger_table.c.row_hash).where(
                        ledger_table.c.idempotency_key.in_(keys)
                    )
                )
            } if keys else {}
            new_rows: list[dict[str, Any]] = []
            for item in prepared:
                if isinstance(item, ValueError):
                    results.append(item)
                    continue
                record, evidence_json, evidence = item
                if record.idempotency_key in existing:
                    results.append(existing[record.idempotency_key])
                    continue
                if record.idempotency_key in written:
                    earlier = written[record.idempotency_key]
                    results.append(LedgerReceipt(seq=earlier.seq, row_hash=earlier.row_hash, duplicate=True))
                    continue
                seq += 1
                created_at = format_created_at(datetime.now(UTC))
                row_hash = compute_row_hash(
                    seq=seq,
                    idempotency_key=record.idempotency_key,
                    errand_id=record.errand_id,
                    who=record.who,
                    what=record.what,
                    evidence=evidence,
                    outcome=record.outcome,
                    created_at=created_at,
                    prev_hash=prev_hash,
                )
                new_rows.append({
                    "seq": seq,
                    "idempotency_key": record.idempotency_key,
                    "errand_id": record.errand_id,
                    "who": record.who,
                    "what": record.what,
                    "evidence_json": evidence_json,
                    "outcome": record.outcome,
                    "created_at": created_at,
                    "prev_hash": prev_hash,
                    "row_hash": row_hash,
                    "trace_id": record.trace_id,
                })
                prev_hash = row_hash
                written[record.idempotency_key] = LedgerReceipt(seq=seq, row_hash=row_hash, duplicate=False)
                results.append(written[record.idempotency_key])
            if new_rows:
                conn.execute(ledger_table.insert(), new_rows)
        return results

    def entries(self, errand_id: str | None = None) -> list[LedgerEntry]:
        """List rows in seq order.

        Args:
            errand_id: Only rows of this errand; all rows when None.

        Returns:
            Detached `LedgerEntry` objects (safe to use after the call returns).
        """
        query = select(ledger_table).order_by(ledger_table.c.seq)
        if errand_id is not None:
            query = query.where(ledger_table.c.errand_id == errand_id)
        with self._read_conn() as conn:
            return [_to_entry(row) for row in conn.execute(query)]

    def evidence_rows(self, whats: Sequence[str], evidence_key: str) -> list[LedgerEntry]:
        """Rows whose ``what`` is one of ``whats`` or whose evidence has ``evidence_key``, in seq order.

        The key test is a textual pre-filter on the canonical JSON; callers check the parsed evidence.
        """
        pattern = "%" + canonical_json(evidence_key) + ":%"
        query = select(ledger_table).where(
            ledger_table.c.what.in_(list(whats)) | ledger_table.c.evidence_json.like(pattern)
        ).order_by(ledger_table.c.seq)
        with self._read_conn() as conn:
            return [_to_entry(row) for row in conn.execute(query)]

    def row_hashes(self, seqs: Sequence[int]) -> dict[int, str]:
        """The stored row_hash of each of ``seqs`` that exists (checkpoints are compared against these)."""
        if not seqs:
            return {}
        query = select(ledger_table.c.seq, ledger_table.c.row_hash).where(ledger_table.c.seq.in_(sorted(set(seqs))))
        with self._read_conn() as conn:
            return {row.seq: row.row_hash for row in conn.execute(query)}

    def head(self) -> LedgerReceipt | None:
        """Return the last row's seq and hash, or None for an empty ledger.

        A hash chain cannot notice rows removed from its end; publishing the head
        somewhere else (a log line, a signed receipt) is what pins the tail.
        """
        with self._read_conn() as conn:
            tail = conn.execute(
                select(ledger_table.c.seq, ledger_table.c.row_hash)
                .order_by(ledger_table.c.seq.desc())
                .limit(1)
            ).first()
        return None if tail is None else LedgerReceipt(seq=tail.seq, row_hash=tail.row_hash)

    def verify(self) -> VerifyReport:
        """Walk the whole chain and report the first row that does not check out.

        Checks, per row in seq order: seq is exactly previous + 1 (first row is 1),
        the stored hash equals the recomputed one, and prev_hash equals the previous
        row's hash (genesis: 64 zeros). It reads the data itself, so it catches edits
        made by someone who dropped the append-only triggers.

        Returns:
            The report; ``first_bad_seq`` is the missing seq for a gap.
        """
        expected_seq = 1
        prev_hash = GENESIS_HASH
        rows = 0
        with self._read_conn() as conn:
            result = conn.execution_options(yield_per=_VERIFY_BATCH).execute(
                select(ledger_table).order_by(ledger_table.c.seq)
            )
            for row in result:
                rows += 1
                entry = _to_entry(row)
                if entry.seq != expected_seq:
                    problem = f"{PROBLEM_GAP}: expected row {expected_seq}, found row {entry.seq}"
                    return VerifyReport(ok=False, rows=rows, first_bad_seq=expected_seq, problem=problem)
                try:
                    recomputed = entry.expected_hash()
                except (ValueError, TypeError):
                    return VerifyReport(ok=False, rows=rows, first_bad_seq=entry.seq, problem=PROBLEM_UNREADABLE)
                if recomputed != entry.row_hash:
                    return VerifyReport(ok=False, rows=rows, first_bad_seq=entry.seq, problem=PROBLEM_HASH)
                if entry.prev_hash != prev_hash:
                    return VerifyReport(ok=False, rows=rows, first_bad_seq=entry.seq, problem=PROBLEM_LINK)
                prev_hash = entry.row_hash
                expected_seq += 1
        return VerifyReport(ok=True, rows=rows)

    def close(self) -> None:
        """Release pooled connections. The object must not be used afterwards."""
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _write_tx(self) -> Iterator[Connection]:
        with self._maybe_memory_lock(), self._engine.connect() as raw:
            if self._is_pg:
                # READ COMMITTED takes a fresh snapshot per statement, so the tail read
                # after the lock sees the previous writer's commit even if the server
                # default is REPEATABLE READ (whose snapshot would predate the lock).
                conn = raw.execution_options(isolation_level="READ COMMITTED")
            else:
                conn = raw.execution_options(**{SQLITE_IMMEDIATE: True})
            with conn.begin():
                if self._is_pg:
                    # Transaction-scoped: released by commit/rollback, so a crashed append
                    # cannot leave the ledger locked.
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": APPEND_LOCK_KEY})
                yield conn

    @contextmanager
    def _read_conn(self) -> Iterator[Connection]:
        with self._maybe_memory_lock(), self._engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _maybe_memory_lock(self) -> Iterator[None]:
        if self._memory_lock is None:
            yield
            return
        with self._memory_lock:
            yield


def _to_entry(row: Row[Any]) -> LedgerEntry:
    return LedgerEntry.model_validate(dict(row._mapping))
