"""A sandbox home seeded before model codes were indexed gains them on its next start.

Seeds a small catalogue, takes every model-code token out of its index rows and forgets that they were
added (the state a home written by the previous release is in), then opens it again: the search finds a
product by its code written without the hyphen, and a second start changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from errand.sandbox.db import make_engine
from errand.sandbox.merchant.query import code_tokens
from errand.sandbox.merchant.search import SearchQuery, run_search
from errand.sandbox.seed import ensure_seeded


def _coded(conn) -> tuple[int, str, list[str]]:  # type: ignore[no-untyped-def]
    for num, title in conn.execute(text("SELECT num, title FROM product ORDER BY num")).all():
        codes = [c for c in code_tokens(title) if c[0].isalpha() and any(ch.isdigit() for ch in c) and len(c) > 4]
        if codes:
            return num, title, codes
    raise AssertionError("no product title with a model code in the catalogue")


def _finds(conn, code: str, num: int) -> bool:  # type: ignore[no-untyped-def]
    outcome = run_search(conn, SearchQuery(text=code, limit=50))
    return outcome.match == "exact" and any(r.num == num for r in outcome.rows)


def test_an_older_home_gains_model_codes(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    assert ensure_seeded(db, 7, 3000)
    engine = make_engine(db)
    try:
        with engine.begin() as conn:
            num, title, codes = _coded(conn)
            assert _finds(conn, codes[0], num), (title, codes)
            # As the previous release wrote it: no code tokens in the index, no mark.
            for row_num, attributes in conn.execute(text("SELECT rowid, attributes FROM product_fts")).all():
                kept = " ".join(w for w in attributes.split() if w not in set(code_tokens(title)) or row_num != num)
                if row_num == num:
                    conn.execute(text("UPDATE product_fts SET attributes = :a WHERE rowid = :n"),
                                 {"a": kept, "n": row_num})
            conn.execute(text("DELETE FROM meta WHERE key = 'seed:model_codes'"))
            assert not _finds(conn, codes[0], num)
    finally:
        engine.dispose()

    assert not ensure_seeded(db, 7, 3000)  # the catalogue is not seeded again; the codes are added
    engine = make_engine(db)
    try:
        with engine.begin() as conn:
            assert _finds(conn, codes[0], num)
            marked = conn.execute(text("SELECT value FROM meta WHERE key = 'seed:model_codes'")).fetchone()
            assert marked is not None
            before = conn.execute(text("SELECT attributes FROM product_fts WHERE rowid = :n"), {"n": num}).scalar()
    finally:
        engine.dispose()
    ensure_seeded(db, 7, 3000)
    engine = make_engine(db)
    try:
        with engine.begin() as conn:
            after = conn.execute(text("SELECT attributes FROM product_fts WHERE rowid = :n"), {"n": num}).scalar()
            assert after == before  # once only
    finally:
        engine.dispose()
