"""URL handling, SQLite pragmas, in-memory use and report formatting."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from errand.ledger import Ledger, VerifyReport, format_report
from errand.ledger.schema import normalize_url
from tests.ledger.helpers import record


@pytest.mark.parametrize(
    ("given", "driver"),
    [
        ("postgresql://u:p@db:5432/errand", "postgresql+psycopg"),
        ("postgres://u@db/errand", "postgresql+psycopg"),
        ("postgresql+psycopg://u@db/errand", "postgresql+psycopg"),
    ],
)
def test_postgres_urls_use_psycopg3(given: str, driver: str) -> None:
    url = normalize_url(given)
    assert url.drivername == driver and url.database == "errand"


def test_unsupported_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        normalize_url("mysql://u@h/db")


def test_sqlite_home_is_expanded_and_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    with Ledger("sqlite:///~/.errand/ledger.db") as ledger:
        ledger.append(record("k"))
    assert (tmp_path / ".errand" / "ledger.db").is_file()


def test_sqlite_uses_wal(sqlite_url: str) -> None:
    Ledger(sqlite_url).close()
    engine = create_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        engine.dispose()


def test_in_memory_sqlite_works_across_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with Ledger("sqlite://") as ledger, ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda i: ledger.append(record(f"k{i}")), range(40)))
        assert ledger.verify().rows == 40 and ledger.verify().ok


def test_format_report() -> None:
    assert format_report(VerifyReport(ok=True, rows=1)) == "ledger ok: 1 row, chain intact"
    assert format_report(VerifyReport(ok=True, rows=42)) == "ledger ok: 42 rows, chain intact"
    broken = VerifyReport(
        ok=False, rows=17, first_bad_seq=17, problem="hash mismatch (the row was changed after it was written)"
    )
    assert format_report(broken) == (
        "ledger BROKEN at row 17: hash mismatch (the row was changed after it was written)"
    )
