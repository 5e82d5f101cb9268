"""Discovery quality: nDCG@10 and wrong "no match" share over judged queries.

`python bench/search_eval.py` seeds a seed-7 catalogue of 20,000 products in a temporary directory and runs
every query of each set through the merchant's search (in process, first page of 10), scored apart: the
first judged set (bench/eval/search_queries.py, written apart from the search code; measured once at nDCG@10
0.831 with 11 of 134 wrongly "no match", then its misses read, so development data now), the second judged
set (bench/eval/search_queries2.py: written apart after that, measured once at 0.745 with 7 of 122 wrongly
"no match", then read: development data too), the third (bench/eval/search_queries3.py, when present: written
apart after the second was read, never read: the independent figure, its misses never listed) and the
development set (tests/sandbox/search_dev_queries.py). Relevance grades (2 exact, 1 near, 0) come from bench/eval/judging.py. Prints, per set:

* nDCG@10 (gain 2^grade - 1), averaged over the queries that have any relevant product in the catalogue;
* wrong "no match": queries whose catalogue holds a relevant or near product but whose search returned
  nothing, as a share of those queries;
* false exact: queries judged to have nothing exact ("close", "no_match", "ask") that the search answered
  as an exact match.
"""

from __future__ import annotations

import json
import math
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Connection, text

from bench.eval.judging import relevance
from bench.eval.search_queries import QUERIES
from errand.sandbox.db import make_engine
from errand.sandbox.merchant.search import SearchQuery, run_search
from errand.sandbox.seed import ensure_seeded
from tests.sandbox.search_dev_queries import DEV_QUERIES

K = 10


def _catalogue(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(text("SELECT num, title, brand, category, price, units_per_pack, attributes "
                             "FROM product")).all()
    return [{"num": r.num, "title": r.title, "brand": r.brand, "category": r.category, "price": r.price,
             "units_per_pack": r.units_per_pack, "attributes": json.loads(r.attributes)} for r in rows]


def _dcg(grades: list[int]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades[:K]))


def score(conn: Connection, catalogue: list[dict[str, Any]], cases: list[dict[str, Any]]) -> dict[str, Any]:
    """nDCG@10, wrong no-match and false-exact figures for ``cases`` (judgments as in bench/eval)."""
    by_num = {p["num"]: p for p in catalogue}
    ndcgs: list[float] = []
    answerable = wrong_none = inexact = false_exact = 0
    misses: list[str] = []
    for case in cases:
        outcome = run_search(conn, SearchQuery(text=case["query"], max_price=case.get("max_price"), limit=K))
        grades = [relevance(by_num[row.num], case) for row in outcome.rows]
        ideal = sorted((g for g in (relevance(p, case) for p in catalogue) if g), reverse=True)
        if ideal:
            answerable += 1
            ndcgs.append(_dcg(grades) / _dcg(ideal))
            if not outcome.rows:
                wrong_none += 1
                misses.append(case["query"])
        if case.get("outcome", "match" if 2 in ideal else "close") != "match":
            inexact += 1
            false_exact += outcome.match == "exact"
    return {"queries": len(cases), "ndcg": sum(ndcgs) / max(1, len(ndcgs)), "answerable": answerable,
            "wrong_none": wrong_none, "inexact": inexact, "false_exact": false_exact, "misses": misses}


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="errand-search-eval-"))
    try:
        ensure_seeded(home / "sandbox.db", 7, 20000)
        engine = make_engine(home / "sandbox.db")
        with engine.connect() as conn:
            catalogue = _catalogue(conn)
            sets = {"first judged set (bench/eval/search_queries.py)": QUERIES}
            from bench.eval.search_queries2 import QUERIES as SECOND
            sets["second judged set (bench/eval/search_queries2.py)"] = SECOND
            try:  # the third judged set, written after the second was measured and read
                from bench.eval.search_queries3 import QUERIES as THIRD
                sets["third judged set (bench/eval/search_queries3.py)"] = THIRD
            except ModuleNotFoundError:
                print("(bench/eval/search_queries3.py not present: no third judged set)")
            sets["development (tests/sandbox)"] = [q.judgment() for q in DEV_QUERIES]
            for name, cases in sets.items():
                r = score(conn, catalogue, cases)
                print(f"{name}: {r['queries']} queries; nDCG@{K} {r['ndcg']:.3f} over {len(cases) and r['answerable']} "
                      f"with relevant products; wrong 'no match' {r['wrong_none']}/{r['answerable']} "
                      f"({r['wrong_none'] / max(1, r['answerable']):.1%}); answered 'exact' where nothing is: "
                      f"{r['false_exact']}/{r['inexact']}")
                if not name.startswith("third"):  # the untouched set's misses are not listed
                    for query in r["misses"]:
                        print(f"    no match: {query}")
        engine.dispose()
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
