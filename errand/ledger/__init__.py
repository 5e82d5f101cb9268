"""Append-only, hash-chained audit ledger of every errand decision and action.

Rows are written from Temporal activities through `Ledger.append`, which is idempotent
on `LedgerRecord.idempotency_key`; `Ledger.verify` re-walks the hash chain to detect
tampering. A chain alone cannot show a rewrite whose hashes were recomputed, or a cut tail:
`ledger.checkpoint` publishes witness-signed checkpoints of the head outside the table, and
`ledger.audit` checks the ledger against them and re-verifies the approval signatures it holds.
"""

from errand.ledger.cli_support import format_report
from errand.ledger.models import (
    GENESIS_HASH,
    Actor,
    LedgerEntry,
    LedgerReceipt,
    LedgerRecord,
    VerifyReport,
    canonical_json,
    compute_row_hash,
)
from errand.ledger.schema import DEFAULT_DATABASE_URL
from errand.ledger.store import Ledger

__all__ = [
    "DEFAULT_DATABASE_URL",
    "GENESIS_HASH",
    "Actor",
    "Ledger",
    "LedgerEntry",
    "LedgerReceipt",
    "LedgerRecord",
    "VerifyReport",
    "canonical_json",
    "compute_row_hash",
    "format_report",
]
