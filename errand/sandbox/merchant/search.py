"""Catalog search: FTS5 full-text match plus indexed filters and sorts, exact first, then closest.

The request body is validated by ``SearchBody`` (UCP's catalog search shape): wrong types, out-of-range
numbers and over-long text are refused with 422 before any SQL runs. Every query word becomes one full-text
term, so the text is bounded both in characters and in words (one search of 100,000 words took the
database seconds).

The text is first understood (``query.parse_query``): function words dropped, attributes and a price cap
recognised. A product matches exactly when it has every content word (or a synonym) and every attribute.
When none does, the search relaxes: products having all but one part of the query, else all but two, ... (at
least half the words) are ranked by how many words, then how many attributes they agree with, then bm25,
then price per unit. When not even half the words meet, the head noun alone is tried ("webcam" for "webcam
for zoom calls"); when a cap written in the text leaves nothing, the nearest above it are offered, labelled
with how far over they are. A total needing the product rows is counted up to ``COUNT_CAP``. The answer says
which it was (``match``: exact, close or none) and what each close product lacks,
so a caller can say "closest matches" and ask instead of passing a near miss off as the thing asked for.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import Field, field_validator
from sqlalchemy import Connection, Row, text

from errand.sandbox.merchant.query import ParsedQuery, brand_expression, parse_query, term_expression
from errand.sandbox.merchant.ranking import BM25, MATCHED, ranked_page, rows_of
from errand.sandbox.merchant.readings import read_by_catalogue
from errand.sandbox.merchant.search_body import _Extension, _Filters, _Loose, _Pagination, _Price
from errand.sandbox.merchant.spelling import correct_spelling

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TEXT_CHARS = 500
MAX_TEXT_WORDS = 32
SORTS = ("relevance", "price_asc", "price_desc", "rating")
RELAXED_POOL = 300
"""Candidates a relaxed search takes from each subset of the query's parts; under this many, all of them,
ranked by bm25 (a subset of common words may match 10^5 products at a million: those are taken unranked)."""
MAX_SUBSETS = 64
"""At most this many subsets are tried (a query of 32 words must not become 2^32 searches)."""


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
    filter_max_price: int | None = field(init=False)  # the caller's own cap, before the text's narrows it

    def __post_init__(self) -> None:
        self.filter_max_price = self.max_price
        # A cap written in the text ("under 60 yuan") narrows the one in the filters, never widens it.
        self.parsed = parse_query(self.text)
        if self.parsed.max_price is not None:
            self.max_price = min(self.max_price or self.parsed.max_price, self.parsed.max_price)
        if self.parsed.min_price is not None:
            self.min_price = max(self.min_price or 0, self.parsed.min_price)


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


def _filters(query: SearchQuery, col: str, params: dict[str, Any], alias: str = "p") -> list[str]:
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
        where.append(f"{alias}.stock - {alias}.held > 0")
    return where


def _exact_match(query: SearchQuery) -> str | None:
    groups = _groups(query.parsed)
    return " AND ".join(expr for _, _, expr in groups) if groups else None


def _order(query: SearchQuery, alias: str, match: str | None) -> str:
    order = {
        "price_asc": "{a}.price ASC, {a}.num ASC",
        "price_desc": "{a}.price DESC, {a}.num ASC",
        "rating": "{a}.rating DESC, {a}.review_count DESC, {a}.num ASC",
    }.get(query.sort, "{a}.review_count DESC, {a}.num ASC").format(a=alias)
    return f"{BM25} ASC, p.num ASC" if match is not None and query.sort not in _SORTED else order


_SORTED = ("price_asc", "price_desc", "rating")


def build_sql(query: SearchQuery) -> tuple[str, dict[str, Any]]:
    """The SELECT of exact matches for ``query`` and its parameters. Exposed so tests can EXPLAIN it."""
    params: dict[str, Any] = {"limit": query.limit, "offset": query.offset}
    match = _exact_match(query)
    if match is None:
        # A listing without text: the page's product numbers are chosen in a subquery that the
        # (category, price, review_count) index covers, so only the page's rows are read from the table; a
        # whole category's rows were read and sorted before (~200 ms for a category and a price range at a
        # million products).
        where = _filters(query, "q.", params, alias="q")
        inner = "SELECT q.num FROM product q" + (" WHERE " + " AND ".join(where) if where else "")
        inner += f" ORDER BY {_order(query, 'q', None)} LIMIT :limit OFFSET :offset"
        return f"SELECT p.* FROM product p WHERE p.num IN ({inner}) ORDER BY {_order(query, 'p', None)}", params
    params["match"] = match
    # With a text match the full-text index drives the query and the filters check its rows. A unary ``+``
    # keeps SQLite from starting at a filter's index instead and probing the full-text index once per row
    # of a whole category (seconds at a million products). The page's numbers are chosen from the narrow
    # ``ix_product_search`` (``MATCHED``) first; only the page's rows are read whole.
    where = ["product_fts MATCH :match", *_filters(query, "+p.", params)]
    relevance = query.sort not in _SORTED
    inner = (f"SELECT p.num AS num, {BM25 if relevance else '0.0'} AS score {MATCHED} WHERE "
             + " AND ".join(where) + f" ORDER BY {_order(query, 'p', match)} LIMIT :limit OFFSET :offset")
    order = "top.score ASC, p.num ASC" if relevance else _order(query, "p", match)
    return f"SELECT p.* FROM ({inner}) AS top JOIN product p ON p.num = top.num ORDER BY {order}", params


COUNT_CAP = 1000
"""A total beyond this many matches is not counted exactly when filters need the product rows: counting
15,000 earbuds by rating and stock at a million products cost more than the page. UCP's ``total_count`` is
given only "if available"; ``has_next_page`` stays exact (the bound always lies past the page). The page is
taken from the same matches, in the search's order: one pass over them gives both."""


def count_sql(query: SearchQuery, ordered: bool = False) -> tuple[str, dict[str, Any]]:
    """A COUNT(*) over the same filters; where the filters need the product rows, the matches themselves up to
    a bound (``params["bound"]``) for the caller to count (``ordered``: the first in order, for the page)."""
    params: dict[str, Any] = {}
    match = _exact_match(query)
    if match is None:
        where = _filters(query, "p.", params)
        return "SELECT COUNT(*) FROM product p" + (" WHERE " + " AND ".join(where) if where else ""), params
    params["match"] = match
    filters = _filters(query, "+p.", params)
    if not filters:  # the full-text index alone counts its matches (3 ms, not 85, for 15,000 of them)
        return "SELECT COUNT(*) FROM product_fts WHERE product_fts MATCH :match", params
    where = ["product_fts MATCH :match", *filters]
    params["bound"] = max(COUNT_CAP, query.offset + query.limit) + 1
    order = f" ORDER BY {_order(query, 'p', match)}" if ordered else ""
    return f"SELECT p.num {MATCHED} WHERE " + " AND ".join(where) + f"{order} LIMIT :bound", params


def _count(conn: Connection, query: SearchQuery) -> tuple[int, bool]:
    """The number of exact matches and whether it is exact (False: at least that many)."""
    sql, params = count_sql(query)
    if "bound" not in params:
        return int(conn.execute(text(sql), params).scalar_one()), True
    found = len(conn.execute(text(sql), params).all())
    return found, found < params["bound"]


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
    total_exact: bool = True  # False: ``total`` is a lower bound (more matches than were counted)

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


def run_search(conn: Connection, query: SearchQuery) -> SearchOutcome:
    """Exact matches when there are any; otherwise the closest, ranked and labelled with what they lack.

    When a price cap written in the text leaves nothing at all, the products that are nearest above it are
    offered instead, cheapest first, each labelled with how far over the cap it is (the caller's own price
    filter is never crossed)."""
    correct_spelling(conn, query.parsed)
    read_by_catalogue(conn, query.parsed)
    outcome = _search(conn, query)
    if outcome.match != "none" or query.parsed.max_price is None or query.max_price == query.filter_max_price:
        return outcome
    return _over_cap(conn, query)


def _search(conn: Connection, query: SearchQuery) -> SearchOutcome:
    rows, total, exact = _page(conn, query)
    if rows or query.offset > 0 or query.parsed.empty:
        if total is None and 0 < len(rows) < query.limit:  # a page short of full is the last one
            total = query.offset + len(rows)
        elif total is None:
            total, exact = _count(conn, query)
        return SearchOutcome(rows, total, "all" if query.parsed.empty else "exact", total_exact=exact)
    outcome = _relaxed(conn, query, _subsets(query.parsed))
    head = _head_group(query.parsed)
    if outcome.match == "none" and head is not None:
        # Nothing has even half the words: the thing itself ("webcam" for "webcam for zoom calls"), the rest
        # named as lacking.
        outcome = _relaxed(conn, query, [[(head,)]])
    return outcome


def _page(conn: Connection, query: SearchQuery) -> tuple[list[Row[Any]], int | None, bool]:
    """The page of exact matches, their total if it came with them (None: to be counted), whether it is exact."""
    match, params = _exact_match(query), dict[str, Any]()
    filters = _filters(query, "+p.", params) if match is not None else []
    if match is not None and query.sort not in _SORTED:
        ranked = ranked_page(conn, match, filters, params, query.limit, query.offset)
        if ranked is not None:
            return rows_of(conn, ranked.nums), ranked.total, True
    if filters:
        sql, params = count_sql(query, ordered=True)
        nums = [int(num) for num in conn.execute(text(sql), params).scalars()]
        page = nums[query.offset:query.offset + query.limit]
        return rows_of(conn, page), len(nums), len(nums) < params["bound"]
    sql, params = build_sql(query)
    return list(conn.execute(text(sql), params).all()), None, True


def _head_group(parsed: ParsedQuery) -> int | None:
    # Only a head read as typed: one that spelling correction replaced ("fillet" read as "file") is no evidence.
    head = parsed.head
    terms = [i for i, group in enumerate(_groups(parsed)) if group[0] == "term"]
    found = [i for i in terms if _groups(parsed)[i][1] == head]
    return found[0] if found and len(terms) > 2 else None


def _yuan(fen: int) -> str:
    return f"{fen / 100:.2f}".removesuffix(".00")


def _over_cap(conn: Connection, query: SearchQuery) -> SearchOutcome:
    uncapped = copy.copy(query)
    uncapped.max_price = query.filter_max_price
    uncapped.sort = "price_asc" if query.sort == "relevance" else query.sort
    outcome = _search(conn, uncapped)
    if outcome.match == "none":
        return outcome
    cap = query.max_price or 0
    lacking = {row.num: [*outcome.lacking.get(row.num, []),
                         f"under ¥{_yuan(cap)} (over the cap by ¥{_yuan(row.price - cap)})"] for row in outcome.rows}
    return SearchOutcome(outcome.rows, outcome.total, "close", lacking)


def _subsets(parsed: ParsedQuery) -> Iterator[list[tuple[int, ...]]]:
    # Drop parts of the query, fewest first: every subset of one part fewer, then two fewer, ..., down to
    # half the words (at most MAX_SUBSETS of them).
    groups = _groups(parsed)
    words = {i for i, group in enumerate(groups) if group[0] == "term"}
    need_words = (len(words) + 1) // 2
    tried = 0
    for size in range(len(groups) - 1, 0, -1):
        level = []
        for subset in itertools.combinations(range(len(groups)), size):
            if len(words.intersection(subset)) >= need_words and tried < MAX_SUBSETS:
                tried += 1
                level.append(subset)
        yield level


def _relaxed(conn: Connection, query: SearchQuery, levels: Iterable[list[tuple[int, ...]]]) -> SearchOutcome:
    # Each subset is an AND match (cheap, unlike an OR of common words at a million products), and a product
    # it finds has exactly those parts, so how many words and attributes each candidate agrees with comes
    # free. The first level that finds anything is the closest one.
    groups = _groups(query.parsed)
    words = {i for i, group in enumerate(groups) if group[0] == "term"}
    has: dict[int, set[int]] = {}
    score: dict[int, float] = {}
    for level in levels:
        for subset in level:
            params: dict[str, Any] = {"match": " AND ".join(groups[i][2] for i in subset), "pool": RELAXED_POOL}
            where = ["product_fts MATCH :match", *_filters(query, "+p.", params)]
            body = f"{MATCHED} WHERE " + " AND ".join(where)
            rows = conn.execute(text(f"SELECT p.num, 0.0 AS score {body} LIMIT :pool"), params).all()
            if 0 < len(rows) < RELAXED_POOL:  # few enough to rank them all by bm25
                rows = conn.execute(text(f"SELECT p.num, {BM25} AS score {body} ORDER BY score"), params).all()
            for row in rows:
                has.setdefault(int(row.num), set()).update(subset)
                score[int(row.num)] = min(score.get(int(row.num), 0.0), float(row.score))
        if has:
            break
    if not has:
        return SearchOutcome([], 0, "none")
    facts = conn.execute(text("SELECT num, price, units_per_pack, rating, review_count FROM product "
                              f"WHERE num IN ({', '.join(map(str, has))})")).all()
    close = []
    for row in facts:
        got = has[int(row.num)]
        word_hits = len(words & got)
        order: tuple[float, ...] = {
            "price_asc": (row.price,), "price_desc": (-row.price,),
            "rating": (-row.rating, -row.review_count),
        }.get(query.sort, (round(score[int(row.num)], 6), row.price / row.units_per_pack))
        close.append(((-word_hits, -(len(got) - word_hits)), order, int(row.num)))
    close.sort()
    page = [num for _, _, num in close[query.offset:query.offset + query.limit]]
    if not page:
        return SearchOutcome([], len(close), "close")
    lacking = {num: [groups[i][1] for i in range(len(groups)) if i not in has[num]] for num in page}
    return SearchOutcome(rows_of(conn, page), len(close), "close", lacking)


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
