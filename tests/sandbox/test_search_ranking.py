"""A relevance page taken from the best-ranked matches (``merchant.ranking``) is the page the whole search
returns: same products in the same order, same total, for filters that pass most or few matches and for
pages past the first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection

from errand.sandbox.db import make_engine
from errand.sandbox.merchant import ranking
from errand.sandbox.merchant.search import SearchQuery, run_search
from errand.sandbox.seed import ensure_seeded

TEXTS = ["batteries", "phone case", "storage box", "wireless earbuds", "kettle", "running shoes", "usb charger"]
FILTERS: list[dict[str, Any]] = [
    {}, {"min_rating": 4.5, "in_stock": True}, {"min_rating": 3.0}, {"categories": ["household"]},
    {"max_price": 5000}, {"in_stock": True, "limit": 10, "offset": 10}, {"limit": 5, "offset": 15},
]


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    db = Path(tmp_path_factory.mktemp("search-ranking")) / "sandbox.db"
    ensure_seeded(db, 7, 3000)
    engine = make_engine(db)
    with engine.connect() as connection:
        yield connection
    engine.dispose()


def _answers(conn: Connection) -> list[tuple[Any, ...]]:
    out = []
    for text in TEXTS:
        for filters in FILTERS:
            outcome = run_search(conn, SearchQuery(text=text, **filters))
            out.append((text, filters, [row.num for row in outcome.rows], outcome.total, outcome.total_exact,
                        outcome.match))
    return out


def test_a_ranked_page_is_the_whole_searchs_page(conn: Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[bool] = []
    real = ranking.ranked_page

    def spy(*args: Any, **kwargs: Any) -> ranking.RankedPage | None:
        page = real(*args, **kwargs)
        taken.append(page is not None)
        return page

    monkeypatch.setattr("errand.sandbox.merchant.search.ranked_page", spy)
    ranked = _answers(conn)
    # A pool and a sample this small leave some pages undecided (taken whole) and decide others from a
    # prefix of the matches: both must agree with the whole search.
    monkeypatch.setattr(ranking, "POOL", 60)
    monkeypatch.setattr(ranking, "SAMPLE", 8)
    small_pool = _answers(conn)
    monkeypatch.setattr(ranking, "POOL", 0)  # every page from the whole search
    whole = _answers(conn)
    assert ranked == whole
    assert small_pool == whole
    assert any(taken) and not all(taken)
