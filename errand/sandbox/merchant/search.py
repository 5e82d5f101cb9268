"""Catalog search: FTS5 full-text match plus indexed filters and sorts.

The request body is validated by ``SearchBody`` (UCP's catalog search shape): wrong types, out-of-range
numbers and over-long text are refused with 422 before any SQL runs. Every query word becomes one full-text
term, so the text is bounded both in characters and in words (one search of 100,000 words took the
database seconds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TEXT_CHARS = 500
MAX_TEXT_WORDS = 32
MAX_PRICE = 2**53
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


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class _Price(_Loose):
    min: int | None = Field(default=None, ge=0, le=MAX_PRICE)
    max: int | None = Field(default=None, ge=0, le=MAX_PRICE)


class _Filters(_Loose):
    categories: list[str] | None = Field(default=None, max_length=50)
    price: _Price | None = None


class _Extension(_Loose):
    sort: Literal["relevance", "price_asc", "price_desc", "rating"] = "relevance"
    min_rating: float | None = Field(default=None, ge=0, le=5, allow_inf_nan=False)
    in_stock: bool = False


class _Pagination(_Loose):
    limit: int = Field(default=50, ge=-(2**31), le=2**31)
    cursor: int | None = Field(default=None, ge=0, le=2**31)

    @field_validator("cursor", mode="before")
    @classmethod
    def _empty_cursor(cls, value: object) -> object:
        return None if value == "" else value


class SearchBody(_Loose):
    """The body of ``POST /catalog/search``; prices in fen."""

    query: str | None = Field(default=None, max_length=MAX_TEXT_CHARS)
    filters: _Filters | None = None
    extension: _Extension | None = Field(default=None, alias="dev.errand")
    pagination: _Pagination | None = None

    @field_validator("query")
    @classmethod
    def _few_words(cls, value: str | None) -> str | None:
        if value and len(_TOKEN.findall(value)) > MAX_TEXT_WORDS:
            raise ValueError(f"at most {MAX_TEXT_WORDS} words")
        return value

    def to_query(self) -> SearchQuery:
        filters, ext, page = self.filters or _Filters(), self.extension or _Extension(), self.pagination
        price = filters.price or _Price()
        return SearchQuery(text=self.query or "", categories=list(filters.categories or []),
                           min_price=price.min, max_price=price.max, min_rating=ext.min_rating,
                           in_stock=ext.in_stock, sort=ext.sort,
                           limit=max(1, min(200, page.limit if page else 50)),
                           offset=(page.cursor or 0) if page else 0)


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
