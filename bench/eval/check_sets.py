"""Sanity of the evaluation sets themselves: `python bench/eval/check_sets.py`.

Checks their size and mix, and that every search judgment selects what its outcome says from the seed-7
catalogue (exact products for "match", close ones for "close", nothing for "no_match" and "ask"). It
scores no planner and no search; that is the benches' job.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.eval.judging import relevance
from bench.eval.planner_heldout import CASES, GROUPS
from bench.eval.search_queries import QUERIES
from errand.sandbox.seed import generate_products

_CJK = re.compile(r"[\u4e00-\u9fff]")


def planner_problems() -> list[str]:
    problems = []
    sentences = [s for s, _ in CASES]
    chinese = sum(1 for s in sentences if _CJK.search(s))
    asks = sum(1 for _, e in CASES if e["kind"] == "clarify")
    if len(CASES) < 320:
        problems.append(f"planner set has {len(CASES)} sentences, fewer than 320")
    if chinese < 0.3 * len(CASES):
        problems.append(f"only {chinese} Chinese sentences")
    if asks < 60:
        problems.append(f"only {asks} sentences that must become a question")
    problems += [f"duplicate sentence {s!r}" for s, n in Counter(sentences).items() if n > 1]
    problems += [f"no kind: {s!r}" for s, e in CASES if "kind" not in e]
    return problems


def search_problems(products: int = 20_000) -> list[str]:
    catalogue = [asdict(p) for p in generate_products(7, products)]
    problems = []
    if len(QUERIES) < 110:
        problems.append(f"search set has {len(QUERIES)} queries, fewer than 110")
    if sum(1 for q in QUERIES if q["outcome"] in ("no_match", "ask")) < 15:
        problems.append("fewer than 15 queries that must end in no match or a question")
    for case in QUERIES:
        grades = Counter(relevance(p, case) for p in catalogue)
        outcome = case["outcome"]
        if outcome == "match" and not grades[2] or outcome == "close" and (grades[2] or not grades[1]) \
                or outcome in ("no_match", "ask") and (grades[1] or grades[2]):
            problems.append(f"{case['query']!r} ({outcome}) selects {dict(grades)}")
    return problems


def main() -> None:
    zh = sum(1 for s, _ in CASES if _CJK.search(s))
    print(f"planner: {len(CASES)} sentences ({zh} Chinese), "
          + ", ".join(f"{name} {len(cases)}" for name, cases in GROUPS.items()))
    print(f"search: {len(QUERIES)} queries, " + ", ".join(f"{k} {v}" for k, v in
                                                      Counter(q['outcome'] for q in QUERIES).items()))
    problems = planner_problems() + search_problems()
    for problem in problems:
        print("problem:", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
