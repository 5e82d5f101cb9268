"""Catalog search: FTS5 full-text match plus indexed filters and sorts, exact first, then closest.

The request body is validated by ``SearchBody`` (UCP's catalog search shape): wrong types, out-of-range
numbers and over-long text are refused with 422 before any SQL runs. Every query word becomes one full-text
term, so the text is bounded both in characters and in words (one search of 100,000 words took the
database seconds).

The text is first understood (``query.parse_query``): function words dropped, attributes and a price cap
recognised. A product matches exactly when it has every content word (or a synonym) and every attribute.
When none does, the search relaxes: products having any of them are ranked by how many words, then how many
attributes they agree with, then bm25, then price per unit, and only those with at least half the words are
offered. The answer says which it was (``match``: exact, close or none) and what each close product lacks,
so a caller can say "closest matches" and ask instead of passing a near miss off as the thing asked for.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import Connection, Row, text

from errand.sandbox.merchant.query import ParsedQuery, brand_expression, parse_query, term_expression

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TEXT_CHARS = 500
MAX_TEXT_WORDS = 32
MAX_PRICE = 2**53
# bm25 column weights: title, brand, category, attributes (a title hit matters most).
_BM25 = "bm25(product_fts, 10.0, 5.0, 2.0, 1.0)"
SORTS = ("relevance", "price_asc", "price_desc", "rating")
RELAXED_POOL = 300
"""How many best bm25 candidates a relaxed search re-ranks (any of the words: a common one may match 10^5)."""


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
    parsed: ParsedQuery = field(init=False)

    def __post_init__(self) -> None:
        # A cap written in the text ("under 60 yuan") narrows the one in the filters, never widens it.
        self.parsed = parse_query(self.text)
        if self.parsed.max_price is not None:
            self.max_price = min(self.max_price or self.parsed.max_price, self.parsed.max_price)
        if self.parsed.min_price is not None:
            self.min_price = max(self.min_price or 0, self.parsed.min_price)


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


def _groups(parsed: ParsedQuery) -> list[tuple[str, str, str]]:
    """(kind, label, FTS5 expression) for every part of the query a product can match or lack."""
    groups = [("term", term, term_expression(term)) for term in parsed.terms]
    groups += [("attribute", parsed.describe(kind), f'"{parsed.attribute_token(kind)}"') for kind in parsed.attributes]
    if parsed.brand is not None:
        groups.append(("brand", f"brand {parsed.brand}", brand_expression(parsed.brand)))
    return groups


def fts_expression(text: str) -> str | None:
    """The exact-match expression: every content word (or a synonym), attribute and brand (implicit AND).

    Every word is quoted so user input can't inject FTS syntax."""
    groups = _groups(parse_query(text))
    return " AND ".join(expr for _, _, expr in groups) if groups else None


def _filters(query: SearchQuery, col: str, params: dict[str, Any]) -> list[str]:
    where: list[str] = []
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
    return where


def build_sql(query: SearchQuery) -> tuple[str, dict[str, Any]]:
    """The SELECT of exact matches for ``query`` and its parameters. Exposed so tests can EXPLAIN it."""
    params: dict[str, Any] = {}
    where: list[str] = []
    groups = _groups(query.parsed)
    match = " AND ".join(expr for _, _, expr in groups) if groups else None
    if match is not None:
        source = "product_fts JOIN product p ON p.num = product_fts.rowid"
        where.append("product_fts MATCH :match")
        params["match"] = match
    else:
        source = "product p"
    # With a text match the full-text index drives the query and the filters check its rows. A unary ``+``
    # keeps SQLite from starting at a filter's index instead and probing the full-text index once per row
    # of a whole category (seconds at a million products).
    where += _filters(query, "+p." if match is not None else "p.", params)
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


def count_sql(query: SearchQuery) -> tuple[str, dict[str, Any]]:
    """A COUNT(*) over the same filters, for pagination totals."""
    sql, params = build_sql(query)
    body = sql.split(" ORDER BY ")[0].replace("SELECT p.*", "SELECT COUNT(*)", 1)
    params = {k: v for k, v in params.items() if k not in ("limit", "offset")}
    return body, params


@dataclass
class SearchOutcome:
    """One page of results and how well they match.

    ``match`` is "exact" (every word and attribute), "close" (the best have at least half the words; what
    each lacks is in ``lacking`` by product num), "none" (text given, nothing close) or "all" (no text).
    """

    rows: list[Row[Any]]
    total: int
    match: Literal["exact", "close", "none", "all"]
    lacking: dict[int, list[str]] = field(default_factory=dict)

    def unmatched(self) -> list[str]:
        """What the best result lacks (nothing when exact)."""
        return self.lacking.get(self.rows[0].num, []) if self.rows else []


def understood(query: SearchQuery) -> dict[str, Any]:
    """The query as the search read it, for the answer (so a caller sees why words did not count)."""
    parsed = query.parsed
    out: dict[str, Any] = {"words": parsed.terms, "attributes": dict(parsed.attributes)}
    if parsed.brand is not None:
        out["brand"] = parsed.brand
    if parsed.corrected:
        out["read_as"] = dict(parsed.corrected)
    if parsed.max_price is not None:
        out["max_price"] = parsed.max_price
    if parsed.min_price is not None:
        out["min_price"] = parsed.min_price
    return out


_VOCABULARIES: dict[str, frozenset[str]] = {}


def _vocabulary(conn: Connection) -> frozenset[str]:
    # Written once when the catalogue is seeded; read once per database and process.
    key = str(conn.engine.url)
    if key not in _VOCABULARIES:
        row = conn.execute(text("SELECT value FROM meta WHERE key = 'search:vocabulary'")).fetchone()
        _VOCABULARIES[key] = frozenset(json.loads(row[0])) if row is not None else frozenset()
    return _VOCABULARIES[key]


def correct_spelling(conn: Connection, parsed: ParsedQuery) -> None:
    """Read words the index has never seen as the nearest it has, recording each reading in the query.

    Two words that the catalogue writes as one are joined ("ear buds" -> "earbuds"); a word that matches
    no product at all, even stemmed, is split into two catalogue words ("powerbank"), else replaced by the
    closest one of the same length roughly ("blutooth" -> "bluetooth"). Words under four letters and
    Chinese are left as typed.
    """
    vocabulary = _vocabulary(conn)
    if not vocabulary:
        return
    terms: list[str] = []
    for term in parsed.terms:
        if terms and term.isascii() and terms[-1].isascii() and terms[-1] + term in vocabulary:
            parsed.corrected[f"{terms[-1]} {term}"] = terms[-1] + term
            terms[-1] += term
        else:
            terms.append(term)
    read: list[str] = []
    for term in terms:
        if len(term) < 4 or not term.isascii() or not term.isalpha() or term in vocabulary or conn.execute(
                text("SELECT 1 FROM product_fts WHERE product_fts MATCH :t LIMIT 1"),
                {"t": term_expression(term)}).fetchone() is not None:
            read.append(term)
            continue
        halves = next(((term[:k], term[k:]) for k in range(3, len(term) - 2)
                       if term[:k] in vocabulary and term[k:] in vocabulary), None)
        close = list(halves) if halves else difflib.get_close_matches(term, vocabulary, n=1, cutoff=0.8)
        if close:
            parsed.corrected[term] = " ".join(close)
        read += close or [term]
    parsed.terms = list(dict.fromkeys(read))


def run_search(conn: Connection, query: SearchQuery) -> SearchOutcome:
    """Exact matches when there are any; otherwise the closest, ranked and labelled with what they lack."""
    correct_spelling(conn, query.parsed)
    sql, params = build_sql(query)
    rows = list(conn.execute(text(sql), params).all())
    if rows or query.offset > 0 or query.parsed.empty:
        csql, cparams = count_sql(query)
        total = int(conn.execute(text(csql), cparams).scalar_one())
        return SearchOutcome(rows, total, "all" if query.parsed.empty else "exact")
    return _relaxed(conn, query)


def _relaxed(conn: Connection, query: SearchQuery) -> SearchOutcome:
    groups = _groups(query.parsed)
    params: dict[str, Any] = {"match": " OR ".join(f"({expr})" for _, _, expr in groups), "pool": RELAXED_POOL}
    where = ["product_fts MATCH :match", *_filters(query, "+p.", params)]
    pool = conn.execute(text(
        f"SELECT p.num, p.price, p.units_per_pack, p.rating, p.review_count, {_BM25} AS score "
        "FROM product_fts JOIN product p ON p.num = product_fts.rowid WHERE " + " AND ".join(where)
        + " ORDER BY score ASC, p.num ASC LIMIT :pool"), params).all()
    if not pool:
        return SearchOutcome([], 0, "none")
    nums = ", ".join(str(int(row.num)) for row in pool)
    has: dict[int, set[int]] = {int(row.num): set() for row in pool}
    for index, (_, _, expr) in enumerate(groups):
        # Which candidates have this part: one full-text lookup restricted to the pool's rowids.
        for (num,) in conn.execute(text(f"SELECT rowid FROM product_fts WHERE product_fts MATCH :g "
                                        f"AND rowid IN ({nums})"), {"g": expr}).all():
            has[int(num)].add(index)
    words = [i for i, group in enumerate(groups) if group[0] == "term"]
    need_words = (len(words) + 1) // 2
    close = []
    for row in pool:
        got = has[int(row.num)]
        word_hits = sum(1 for i in words if i in got)
        if word_hits < need_words or not got:
            continue
        tier = (-word_hits, -(len(got) - word_hits))
        order: tuple[float, ...] = {
            "price_asc": (row.price,), "price_desc": (-row.price,),
            "rating": (-row.rating, -row.review_count),
        }.get(query.sort, (round(row.score, 6), row.price / row.units_per_pack))
        close.append((tier, order, int(row.num)))
    close.sort()
    page = [num for _, _, num in close[query.offset:query.offset + query.limit]]
    if not page:
        return SearchOutcome([], len(close), "none" if not close else "close")
    found = {int(r.num): r for r in conn.execute(
        text(f"SELECT * FROM product WHERE num IN ({', '.join(map(str, page))})")).all()}
    lacking = {num: [groups[i][1] for i in range(len(groups)) if i not in has[num]] for num in page}
    return SearchOutcome([found[num] for num in page], len(close), "close", lacking)


def match_report(query: SearchQuery, outcome: SearchOutcome,
                 products: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """The answer's ``dev.errand`` extension and messages; marks each product with what it lacks.

    ``products`` are the UCP shapes of ``outcome.rows``, in order; each gains ``dev.errand.match`` and
    ``dev.errand.lacking`` (the words and attributes of the query it does not have).
    """
    for row, product in zip(outcome.rows, products, strict=True):
        lacking = outcome.lacking.get(row.num, [])
        product["dev.errand"] = {"match": "close" if lacking else "exact", "lacking": lacking}
    extension = {"match": outcome.match, "unmatched": outcome.unmatched(), "understood": understood(query)}
    messages: list[dict[str, str]] = []
    if outcome.match == "close":
        messages.append({"type": "info", "code": "closest_matches", "content": (
            f"No product has everything in “{query.text}”; these are the closest. The best lacks: "
            + ", ".join(outcome.unmatched()) + ".")})
    elif outcome.match == "none":
        messages.append({"type": "info", "code": "no_match",
                         "content": f"Nothing in the catalogue is close to “{query.text}”."})
    return extension, messages
