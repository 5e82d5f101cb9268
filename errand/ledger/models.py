"""Data shapes of the audit ledger.

`LedgerRecord` is what callers hand to `Ledger.append`; `LedgerEntry` is the stored,
hash-chained row; `LedgerReceipt` and `VerifyReport` are what the store answers with.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import BigInteger, Column, Text
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

Actor = Literal["agent", "shopper", "system", "operator"]
"""Who made a decision or took an action."""

GENESIS_HASH = "0" * 64
"""prev_hash of the first row: there is nothing before it to link to."""


def canonical_json(value: Any) -> str:
    """Serialise a value the one way the ledger hashes and stores it.

    Args:
        value: Any JSON-compatible value.

    Returns:
        JSON text with sorted keys, no insignificant whitespace and raw unicode.

    Raises:
        ValueError: If the value holds NaN/Infinity, which JSON cannot carry portably.
        TypeError: If the value is not JSON-serialisable.
    """
    # allow_nan=False: NaN would hash fine here but break strict JSON readers later.
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def format_created_at(moment: datetime) -> str:
    """Render a timestamp exactly as the ledger stores and hashes it.

    Args:
        moment: A timezone-aware datetime.

    Returns:
        ISO-8601 text in UTC with microseconds, e.g. ``2025-01-31T12:00:00.000001+00:00``.

    Raises:
        ValueError: If the datetime is naive.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("created_at must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def compute_row_hash(
    *,
    seq: int,
    idempotency_key: str,
    errand_id: str,
    who: str,
    what: str,
    evidence: dict[str, Any],
    outcome: str,
    created_at: str,
    prev_hash: str,
) -> str:
    """Hash one row's content together with the hash of the row before it.

    Args:
        seq: Position of the row in the chain (1-based).
        idempotency_key: The row's idempotency key.
        errand_id: Errand the row belongs to.
        who: Actor.
        what: Verb phrase, e.g. ``"quote.offered"``.
        evidence: Evidence object (hashed in parsed form, so storage whitespace is irrelevant).
        outcome: Short outcome string.
        created_at: Timestamp text as produced by `format_created_at`.
        prev_hash: row_hash of the previous row, or `GENESIS_HASH`.

    Returns:
        Lower-case sha256 hex digest.
    """
    payload = {
        "seq": seq,
        "idempotency_key": idempotency_key,
        "errand_id": errand_id,
        "who": who,
        "what": what,
        "evidence": evidence,
        "outcome": outcome,
        "created_at": created_at,
        "prev_hash": prev_hash,
    }
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


class LedgerRecord(BaseModel):
    """One decision or action to append to the ledger.

    Attributes:
        idempotency_key: Unique per logical event; a Temporal activity should derive it from
            workflow id + activity id (+ a step name) so retries land on the same row.
        errand_id: Errand the event belongs to.
        who: Actor: agent, shopper, system or operator.
        what: Short verb phrase such as ``"payment.authorized"``.
        evidence: JSON object backing the decision (digests, ids, amounts).
        outcome: Short result string.
        trace_id: The OpenTelemetry trace the event was recorded in (32 hex digits), None when tracing is
            off. Operational metadata for finding the errand's trace: stored beside the row, not hashed.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    idempotency_key: str = Field(min_length=1, max_length=255)
    errand_id: str = Field(min_length=1, max_length=255)
    who: Actor
    what: str = Field(min_length=1, max_length=255)
    evidence: dict[str, Any] = Field(default_factory=dict)
    outcome: str = Field(default="", max_length=1000)
    trace_id: str | None = Field(default=None, pattern=r"^[0-9a-f]{32}$")


class LedgerEntry(SQLModel, table=True):
    """A stored ledger row. Never updated or deleted once written.

    ``created_at`` is kept as ISO-8601 text (see `format_created_at`) rather than a
    timestamp column: the hash covers its exact text, and text survives SQLite and
    PostgreSQL identically (no driver timezone or precision conversions).
    """

    __tablename__ = "ledger_entries"

    # The store assigns seq itself (tail + 1 under a lock) so the chain has no gaps;
    # a database sequence could skip values on rolled-back transactions.
    seq: int = SQLField(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    idempotency_key: str = SQLField(max_length=255, unique=True)
    errand_id: str = SQLField(max_length=255, index=True)
    who: str = SQLField(max_length=16)
    what: str = SQLField(max_length=255)
    evidence_json: str = SQLField(sa_column=Column(Text, nullable=False))
    outcome: str = SQLField(max_length=1000)
    created_at: str = SQLField(max_length=40)
    prev_hash: str = SQLField(max_length=64)
    row_hash: str = SQLField(max_length=64)
    # Nullable, outside the hash: rows written with tracing off (and every row before the column) have none.
    trace_id: str | None = SQLField(default=None, max_length=32, nullable=True)

    def evidence(self) -> dict[str, Any]:
        """Return the evidence object parsed from its stored canonical JSON."""
        parsed: dict[str, Any] = json.loads(self.evidence_json)
        return parsed

    def created_at_utc(self) -> datetime:
        """Return ``created_at`` as an aware UTC datetime."""
        return datetime.fromisoformat(self.created_at)

    def expected_hash(self) -> str:
        """Recompute the row hash from the stored content (used by verification)."""
        return compute_row_hash(
            seq=self.seq,
            idempotency_key=self.idempotency_key,
            errand_id=self.errand_id,
            who=self.who,
            what=self.what,
            evidence=self.evidence(),
            outcome=self.outcome,
            created_at=self.created_at,
            prev_hash=self.prev_hash,
        )


class LedgerReceipt(BaseModel):
    """What `Ledger.append` returns.

    Attributes:
        seq: Position of the row in the chain.
        row_hash: Hash of the row; anchoring it elsewhere pins everything before it.
        duplicate: True when the idempotency key already existed and nothing was written.
    """

    model_config = ConfigDict(frozen=True)

    seq: int
    row_hash: str
    duplicate: bool = False


class VerifyReport(BaseModel):
    """Result of walking the chain.

    Attributes:
        ok: True when every row hashes correctly and links to its predecessor.
        rows: Rows examined (all rows when ok; up to and including the bad one otherwise).
        first_bad_seq: Seq of the first bad (or missing) row, None when ok.
        problem: Human description of what is wrong, empty when ok.
    """

    model_config = ConfigDict(frozen=True)

    ok: bool
    rows: int
    first_bad_seq: int | None = None
    problem: str = ""
