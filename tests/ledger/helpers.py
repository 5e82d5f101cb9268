"""Test helpers: build records and tamper with the table behind the ledger's back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, text

from ledger import LedgerRecord
from ledger.schema import (
    PG_ROW_TRIGGER,
    PG_TRUNCATE_TRIGGER,
    SQLITE_DELETE_TRIGGER,
    SQLITE_UPDATE_TRIGGER,
    TABLE_NAME,
    normalize_url,
)


def record(key: str, errand_id: str = "errand-1", **overrides: Any) -> LedgerRecord:
    """Build a valid record with sensible defaults."""
    fields: dict[str, Any] = {
        "idempotency_key": key,
        "errand_id": errand_id,
        "who": "agent",
        "what": "quote.offered",
        "evidence": {"quote_digest": f"sha256:{key}"},
        "outcome": "offered",
    }
    fields.update(overrides)
    return LedgerRecord(**fields)


def raw_execute(url: str, *statements: str, params: dict[str, Any] | None = None) -> None:
    """Run SQL on a separate connection, as an attacker with database access would."""
    engine = create_engine(normalize_url(url))
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement), params or {})
    finally:
        engine.dispose()


def drop_triggers(url: str) -> None:
    """Remove the append-only protection."""
    if url.startswith("sqlite"):
        raw_execute(url, f"DROP TRIGGER {SQLITE_UPDATE_TRIGGER}", f"DROP TRIGGER {SQLITE_DELETE_TRIGGER}")
    else:
        raw_execute(
            url,
            f"DROP TRIGGER {PG_ROW_TRIGGER} ON {TABLE_NAME}",
            f"DROP TRIGGER {PG_TRUNCATE_TRIGGER} ON {TABLE_NAME}",
        )
