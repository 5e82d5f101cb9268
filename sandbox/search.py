"""Catalog search: FTS5 full-text match plus indexed filters and sorts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r"\w+", re.UNICODE)
# bm25 column weights: title, brand, category, attributes (a title hit matters most).
_BM25 = "bm25(product_fts, 10.0, 5.0, 2.0, 1.0)"
SORTS = ("relevance", "price_asc", "price_desc", "rating")


@dataclass
class SearchQuery:
    """A parsed search request (prices in fen)."""

    text: str = ""
    categories: list[str] = field(default_factory=list)
    min_price: int | None = None
    max_price: int | None = None
    min_rating: float | None = None
    in_stock: bool = False
    sort: str = "relevance"
    limit: int = 50
    offset: int = 0


def fts_expression(text: str) -> str | None:
    """Quote every word so user input can't inject FTS syntax; all words must match (implicit AND)."""
    tokens = _TOKEN.findall(text.lower())
    if not tokens:
        return None
    return " ".join('"' + token.replace('"', "") + '"' for token in tokens)


def build_sql(query: SearchQuery) -> tuple[str, dict]:
    """The SELECT for ``query`` and its parameters. Exposed so tests can EXPLAIN it."""
    params: dict = {}
    where: list[str] = []
    match = fts_expression(query.text)
    if match is not None:
        source = "product_fts JOIN product p ON p.num = product_fts.rowid"
        where.append("product_fts MATCH :match")
        params["match"] = match
    else:
        source = "product p"
    # With a text match the full-text index drives the query and the filters check its rows. A unary ``+``
    # keeps SQLite from starting at a filter's index instead and probing the full-text index once per row
    # of a whole category (seconds at a million products).
    col = "+p." if match is not None else "p."
    if query.categories:
        names = []
        for i, category in enumerate(query.categories):
            params[f"cat{i}"] = category
            names.append(f":cat{i}")
        where.append(f"{col}category IN ({', '.join(names)})")
    if query.min_price is not None:
        where.append(f"{col}price >= :min_price")
        params["min_price"] = query.min_price
    if query.max_price is not None:
        where.append(f"{col}price <= :max_price")
        params["max_price"] = query.max_price
    if query.min_rating is not None:
        where.append(f"{col}rating >= :min_rating")
        params["min_rating"] = query.min_rating
    if query.in_stock:
        where.append("p.stock - p.held > 0")
    order = {
        "price_asc": "p.price ASC, p.num ASC",
        "price_desc": "p.price DESC, p.num ASC",
        "rating": "p.rating DESC, p.review_count DESC, p.num ASC",
    }.get(query.sort)
    if order is None:
        order = f"{_BM25} ASC, p.num ASC" if match is not None else "p.review_count DESC, p.num ASC"
    sql = f"SELECT p.* FROM {source}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order} LIMIT :limit OFFSET :offset"
    params["limit"] = query.limit
    params["offset"] = query.offset
    return sql, params


def count_sql(query: SearchQuery) -> tuple[str, dict]:
    """A COUNT(*) over the same filters, for pagination totals."""
    sql, params = build_sql(query)
    body = sql.split(" ORDER BY ")[0].replace("SELECT p.*", "SELECT COUNT(*)", 1)
    params = {k: v for k, v in params.items() if k not in ("limit", "offset")}
    return body, params
