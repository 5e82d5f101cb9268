"""Test helpers: build records and tamper with the table behind the ledger's back."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import create_engine, text

from errand.ledger import LedgerRecord
from errand.ledger.schema import (
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


def rewrite_and_rechain(url: str, seq: int, **changes: Any) -> None:
    """Change row ``seq`` and recompute every hash from it to the tail, as an attacker who dropped the
    triggers would: the chain then walks clean and only a checkpoint kept elsewhere can tell."""
    from errand.ledger.models import GENESIS_HASH, compute_row_hash

    engine = create_engine(normalize_url(url))
    try:
        with engine.begin() as conn:
            rows = [dict(row._mapping) for row in conn.execute(text(f"SELECT * FROM {TABLE_NAME} ORDER BY seq"))]
            prev = GENESIS_HASH
            for row in rows:
                if row["seq"] == seq:
                    row.update(changes)
                if row["seq"] >= seq:
                    row["prev_hash"] = prev
                    row["row_hash"] = compute_row_hash(
                        seq=row["seq"], idempotency_key=row["idempotency_key"], errand_id=row["errand_id"],
                        who=row["who"], what=row["what"], evidence=json.loads(row["evidence_json"]),
                        outcome=row["outcome"], created_at=row["created_at"], prev_hash=prev)
                    conn.execute(text(f"UPDATE {TABLE_NAME} SET evidence_json = :evidence_json, outcome = :outcome, "
                                      "what = :what, prev_hash = :prev_hash, row_hash = :row_hash WHERE seq = :seq"),
                                 row)
                prev = row["row_hash"]
    finally:
        engine.dispose()


def truncate_tail(url: str, keep: int) -> None:
    """Delete every row after ``keep``: what is left is still a valid chain."""
    raw_execute(url, f"DELETE FROM {TABLE_NAME} WHERE seq > :keep", params={"keep": keep})
