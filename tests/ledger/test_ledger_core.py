"""Core ledger behaviour, run once on SQLite and once on PostgreSQL."""

from __future__ import annotations

import json
import math
from datetime import UTC

import pytest
from sqlalchemy.exc import DBAPIError

from errand.ledger import GENESIS_HASH, Ledger, compute_row_hash, format_report
from errand.ledger.store import PROBLEM_GAP, PROBLEM_HASH, PROBLEM_LINK
from tests.ledger.helpers import drop_triggers, raw_execute, record


def _fill(ledger: Ledger, count: int) -> None:
    for i in range(1, count + 1):
        ledger.append(record(f"k{i}"))


def test_appends_get_consecutive_seq_and_chain(ledger: Ledger) -> None:
    receipts = [ledger.append(record(f"k{i}")) for i in range(1, 4)]

    assert [r.seq for r in receipts] == [1, 2, 3]
    assert not any(r.duplicate for r in receipts)
    rows = ledger.entries()
    assert rows[0].prev_hash == GENESIS_HASH
    assert [row.prev_hash for row in rows[1:]] == [row.row_hash for row in rows[:-1]]
    assert [row.row_hash for row in rows] == [r.row_hash for r in receipts]
    assert ledger.head() == receipts[-1]


def test_same_key_twice_writes_one_row(ledger: Ledger) -> None:
    first = ledger.append(record("retry-me"))
    second = ledger.append(record("retry-me"))

    assert second.duplicate and not first.duplicate
    assert (second.seq, second.row_hash) == (first.seq, first.row_hash)
    assert len(ledger.entries()) == 1


def test_duplicate_with_other_content_keeps_the_first_write(ledger: Ledger) -> None:
    ledger.append(record("k", outcome="first"))
    again = ledger.append(record("k", outcome="second"))

    assert again.duplicate
    assert [e.outcome for e in ledger.entries()] == ["first"]


def test_verify_empty_and_filled(ledger: Ledger) -> None:
    assert ledger.verify().ok and ledger.verify().rows == 0
    _fill(ledger, 5)

    report = ledger.verify()
    assert report.ok and report.rows == 5 and report.first_bad_seq is None
    assert format_report(report) == "ledger ok: 5 rows, chain intact"


def test_entries_filter_by_errand(ledger: Ledger) -> None:
    ledger.append(record("a1", errand_id="A"))
    ledger.append(record("b1", errand_id="B"))
    ledger.append(record("a2", errand_id="A"))

    assert [e.idempotency_key for e in ledger.entries("A")] == ["a1", "a2"]
    assert [e.seq for e in ledger.entries("B")] == [2]
    assert ledger.entries("nope") == []


def test_created_at_round_trips_exactly(ledger: Ledger) -> None:
    receipt = ledger.append(record("k"))
    (entry,) = ledger.entries()

    moment = entry.created_at_utc()
    assert moment.tzinfo is not None and moment.utcoffset() == UTC.utcoffset(None)
    assert entry.created_at.endswith("+00:00") and len(entry.created_at.split(".")[1]) == len("123456+00:00")
    recomputed = compute_row_hash(
        seq=entry.seq,
        idempotency_key=entry.idempotency_key,
        errand_id=entry.errand_id,
        who=entry.who,
        what=entry.what,
        evidence=entry.evidence(),
        outcome=entry.outcome,
        created_at=moment.isoformat(timespec="microseconds"),
        prev_hash=entry.prev_hash,
    )
    assert recomputed == receipt.row_hash


def test_unicode_evidence(ledger: Ledger) -> None:
    evidence = {"名前": "café ☕", "cart": ["🛒", "Grüße"], "nested": {"ß": {"ü": 1.5}}, "empty": ""}
    ledger.append(record("uni", what="approval.rejected_invalid", evidence=evidence, outcome="naïve ✗"))
    (entry,) = ledger.entries()

    assert entry.evidence() == evidence
    assert entry.outcome == "naïve ✗"
    assert "☕" in entry.evidence_json  # stored as raw unicode, not \u escapes
    assert entry.evidence_json == json.dumps(evidence, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert ledger.verify().ok


@pytest.mark.parametrize("bad", [{"x": math.nan}, {"x": {1, 2}}])
def test_unserialisable_evidence_is_rejected_and_nothing_written(ledger: Ledger, bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        ledger.append(record("bad", evidence=bad))
    assert ledger.entries() == []


def test_trigger_blocks_update_and_delete(ledger: Ledger, ledger_url: str) -> None:
    _fill(ledger, 2)

    with pytest.raises(DBAPIError, match="append-only"):
        raw_execute(ledger_url, "UPDATE ledger_entries SET outcome = 'forged' WHERE seq = 1")
    with pytest.raises(DBAPIError, match="append-only"):
        raw_execute(ledger_url, "DELETE FROM ledger_entries WHERE seq = 2")
    assert [e.outcome for e in ledger.entries()] == ["offered", "offered"]
    assert ledger.verify().ok


def test_edit_after_dropping_trigger_is_named(ledger: Ledger, ledger_url: str) -> None:
    _fill(ledger, 5)
    drop_triggers(ledger_url)
    raw_execute(ledger_url, "UPDATE ledger_entries SET outcome = 'refunded' WHERE seq = 3")

    report = ledger.verify()
    assert not report.ok
    assert (report.first_bad_seq, report.problem) == (3, PROBLEM_HASH)
    assert format_report(report) == (
        "ledger BROKEN at row 3: hash mismatch (the row was changed after it was written)"
    )


def test_evidence_edit_is_detected(ledger: Ledger, ledger_url: str) -> None:
    _fill(ledger, 3)
    drop_triggers(ledger_url)
    raw_execute(ledger_url, """UPDATE ledger_entries SET evidence_json = '{"quote_digest":"x"}' WHERE seq = 2""")

    assert ledger.verify().first_bad_seq == 2


def test_rehashed_forgery_breaks_the_next_link(ledger: Ledger, ledger_url: str) -> None:
    _fill(ledger, 4)
    drop_triggers(ledger_url)
    row = ledger.entries()[1]
    forged_hash = compute_row_hash(
        seq=row.seq,
        idempotency_key=row.idempotency_key,
        errand_id=row.errand_id,
        who=row.who,
        what=row.what,
        evidence=row.evidence(),
        outcome="forged",
        created_at=row.created_at,
        prev_hash=row.prev_hash,
    )
    raw_execute(
        ledger_url,
        "UPDATE ledger_entries SET outcome = 'forged', row_hash = :h WHERE seq = 2",
        params={"h": forged_hash},
    )

    report = ledger.verify()
    assert (report.first_bad_seq, report.problem) == (3, PROBLEM_LINK)


def test_deleted_middle_row_is_a_gap(ledger: Ledger, ledger_url: str) -> None:
    _fill(ledger, 5)
    drop_triggers(ledger_url)
    raw_execute(ledger_url, "DELETE FROM ledger_entries WHERE seq = 3")

    report = ledger.verify()
    assert not report.ok and report.first_bad_seq == 3
    assert report.problem.startswith(PROBLEM_GAP)
    assert format_report(report).startswith("ledger BROKEN at row 3: gap in seq")


def test_deleted_first_row_is_a_gap(ledger: Ledger, ledger_url: str) -> None:
    _fill(ledger, 2)
    drop_triggers(ledger_url)
    raw_execute(ledger_url, "DELETE FROM ledger_entries WHERE seq = 1")

    assert ledger.verify().first_bad_seq == 1


def test_reopen_keeps_chain_and_reinstalls_triggers(ledger_url: str) -> None:
    with Ledger(ledger_url) as first:
        _fill(first, 3)
    drop_triggers(ledger_url)
    with Ledger(ledger_url) as second:
        assert second.append(record("k4")).seq == 4
        assert second.verify().ok and second.verify().rows == 4
    with pytest.raises(DBAPIError, match="append-only"):
        raw_execute(ledger_url, "DELETE FROM ledger_entries")


def test_truncate_is_blocked_on_postgresql(ledger: Ledger, ledger_url: str) -> None:
    if ledger.dialect != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL-only (SQLite's DELETE trigger covers it)")
    _fill(ledger, 1)

    with pytest.raises(DBAPIError, match="append-only"):
        raw_execute(ledger_url, "TRUNCATE ledger_entries")
    assert ledger.verify().rows == 1


def test_append_many_chains_a_group_in_one_transaction(ledger: Ledger) -> None:
    ledger.append(record("before"))
    results = ledger.append_many([
        record("g1"), record("g2", evidence={"bad": math.nan}), record("before"), record("g1"), record("g3")])

    first, bad, seen_before, repeated, third = results
    assert isinstance(bad, ValueError)
    assert seen_before.duplicate and seen_before.seq == 1  # written by an earlier transaction
    assert repeated.duplicate and (repeated.seq, repeated.row_hash) == (first.seq, first.row_hash)
    assert (first.seq, third.seq) == (2, 3) and not first.duplicate and not third.duplicate
    assert [e.idempotency_key for e in ledger.entries()] == ["before", "g1", "g3"]
    assert ledger.verify().ok and ledger.head() == third
