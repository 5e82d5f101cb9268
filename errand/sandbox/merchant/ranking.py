"""The first pages of a text search by relevance, taken from its best-ranked matches before any product row.

Ranking every match by bm25 cannot be avoided (FTS5 has no cheaper top-K), but reading every match's product
row to check the filters can: the best ``POOL`` matches by (bm25, num) are a prefix of the order the whole
search sorts by, so when that prefix holds a page's worth of matches that pass the filters, they are exactly
the page the whole search would return. At a million products "storage box" in household (9,000 matches)
then reads 500 entries of the search index instead of 9,000.

The whole search reads every match's filter columns but ranks only the matches that pass; ranking costs
about twice as much a match as reading its columns, so this way is taken when at least half of a sample of
the matches pass the filters (a sample in index order, 200 entries read), and there are more matches than
the sample. When the prefix holds too few passing matches all the same, or the page lies deep in the
results, the caller runs the whole search.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, text

BM25 = "bm25(product_fts, 10.0, 5.0, 2.0, 1.0)"
"""bm25 column weights: title, brand, category, attributes (a title hit matters most)."""
MATCHED = "FROM product_fts JOIN product p INDEXED BY ix_product_search ON p.num = product_fts.rowid"
"""A text search's matches joined with their filter and sort columns. Named, because SQLite prefers the table's
rows by primary key: at a million products the 15,000 scattered rows "wireless earbuds" matches cost more to read
than the index's entries (revision 0016)."""
POOL = 500
"""Best-ranked matches a page is taken from."""
SAMPLE = 200
"""Matches (in index order) whose filters are checked to estimate how many of the pool pass."""


@dataclass
class RankedPage:
    """A page's product numbers in order, and the total when the pool held every match (None: not counted)."""

    nums: list[int]
    total: int | None


def ranked_page(conn: Connection, match: str, filters: list[str], params: dict[str, Any],
                limit: int, offset: int) -> RankedPage | None:
    """The page ``offset:offset + limit`` of the matches of ``match`` passing ``filters`` (SQL on ``p``, with
    ``params``), by bm25 then num; None when the best ``POOL`` matches cannot tell it."""
    wanted = offset + limit
    if wanted * 2 > POOL:
        return None
    where = " AND ".join(filters)
    if filters:
        passed, seen = conn.execute(text(
            f"SELECT count(*) FILTER (WHERE {where}), count(*) FROM (SELECT rowid AS num FROM product_fts "
            "WHERE product_fts MATCH :match LIMIT :sample) AS m JOIN product p INDEXED BY ix_product_search "
            "ON p.num = m.num"), {**params, "match": match, "sample": SAMPLE}).one()
        if seen < SAMPLE or passed * 2 < seen:  # few matches (the whole search is cheap), or few pass
            return None
    pool = [int(num) for num in conn.execute(text(
        f"SELECT rowid FROM product_fts WHERE product_fts MATCH :match ORDER BY {BM25}, rowid LIMIT :pool"),
        {"match": match, "pool": POOL}).scalars()]
    if filters and pool:
        passing = set(conn.execute(text(
            "SELECT p.num FROM product p INDEXED BY ix_product_search "
            f"WHERE p.num IN ({', '.join(map(str, pool))}) AND {where}"), params).scalars())
        pool_passing = [num for num in pool if num in passing]
    else:
        pool_passing = pool
    complete = len(pool) < POOL
    if not complete and len(pool_passing) < wanted:
        return None
    return RankedPage(pool_passing[offset:wanted], len(pool_passing) if complete else None)


def rows_of(conn: Connection, nums: list[int]) -> list[Row[Any]]:
    """The product rows of ``nums``, in that order."""
    if not nums:
        return []
    found = {int(r.num): r for r in conn.execute(
        text(f"SELECT * FROM product WHERE num IN ({', '.join(map(str, nums))})")).all()}
    return [found[num] for num in nums]


__all__ = ["BM25", "MATCHED", "POOL", "RankedPage", "ranked_page", "rows_of"]
