"""Sanity of the evaluation sets themselves: `python bench/eval/check_sets.py`.

Checks their size and mix, that every planner case is well formed (a known kind, only fields the schema has,
money as positive integer fen, deadlines as ISO text in +08:00 after the fixed clock, dates as dates), that
each fresh set shares the held-out set's context and no sentence with any set written before it, and that every search
judgment selects what its outcome says from the seed-7 catalogue (exact products for "match", close ones for
"close", nothing for "no_match" and "ask"). It scores no planner and no search; that is the benches' job.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import Counter
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pydantic import BaseModel

from bench.eval import (
    planner_fresh,
    planner_fresh2,
    planner_fresh3,
    planner_fresh4,
    planner_fresh5,
    planner_fresh6,
    planner_fresh7,
    planner_fresh8,
    planner_fresh9,
    planner_fresh10,
    planner_fresh11,
    planner_fresh12,
    planner_fresh13,
    planner_fresh14,
    planner_fresh15,
    planner_fresh16,
    planner_fresh17,
    planner_fresh18,
    planner_fresh19,
    planner_fresh20,
    planner_heldout,
)
from bench.eval.judging import TEXT_FIELDS, relevance
from bench.eval.search_queries import QUERIES
from bench.eval.search_queries2 import QUERIES as QUERIES_2
from bench.eval.search_queries3 import QUERIES as QUERIES_3
from errand.domain.intents import (
    BulkOrderIntent,
    Clarification,
    DrinkOptions,
    ErrandQuestion,
    PriceWatchIntent,
    RescheduleIntent,
    ReturnIntent,
)
from errand.domain.models import BuyIntent
from errand.sandbox.seed import generate_products

_CJK = re.compile(r"[\u4e00-\u9fff]")

_SCHEMA: dict[str, type[BaseModel]] = {
    "buy": BuyIntent, "bulk_order": BulkOrderIntent, "price_watch": PriceWatchIntent, "return": ReturnIntent,
    "reschedule": RescheduleIntent, "question": ErrandQuestion, "clarify": Clarification}
"""The model whose fields a case of each kind may judge."""

_MONEY = frozenset({"max_unit_price", "max_total", "target_price"})
_DATES = frozenset({"preferred_date"})
_DEADLINES = frozenset({"deliver_by"})

_OTHER_SETS = ("tests.planner.offline_table", "tests.planner.dev_sentences", "tests.planner.dev_sentences_2",
               "tests.planner.dev_sentences_3", "tests.planner.dev_sentences_4")
_ALL_DEV_SETS = ("tests.planner.offline_table",
                 *sorted(f"tests.planner.{p.stem}" for p in (Path(__file__).resolve().parents[2] / "tests" / "planner").glob("dev_sentences*.py")))
"""Sets a fresh sentence must not repeat, besides the judged sets before it: the ones the first fresh sets were
checked against when they were written, and every development set for the later ones."""


def _normal(sentence: str) -> str:
    """Case, spacing and punctuation set aside; a sentence of only emoji or signs is kept as it is."""
    return " ".join(re.findall(r"\w+", sentence.casefold())) or sentence.strip()


def _format_problems(module: ModuleType) -> list[str]:
    """Every case is (sentence, expected) with a known kind and only fields its schema has, in their units."""
    problems = []
    now = datetime.fromisoformat(module.NOW)
    for sentence, expected in module.CASES:
        where = f"{sentence!r}"
        if not isinstance(sentence, str) or not sentence.strip() or sentence != sentence.strip():
            problems.append(f"sentence not trimmed text: {where}")
        kind = expected.get("kind")
        if kind not in _SCHEMA:
            problems.append(f"unknown kind {kind!r}: {where}")
            continue
        allowed = set(_SCHEMA[kind].model_fields) - {"shopper_id", "sentence", "kind"}
        for name, want in expected.items():
            if name == "kind":
                continue
            if name not in allowed:
                problems.append(f"{kind} has no field {name!r}: {where}")
            elif want is None:
                continue
            elif name in _MONEY and not (isinstance(want, int) and want > 0):
                problems.append(f"{name} not positive fen: {where}")
            elif name in _DATES and (not isinstance(want, date) or isinstance(want, datetime)):
                problems.append(f"{name} not a date: {where}")
            elif name in _DEADLINES and not _deadline_ok(want, now):
                problems.append(f"{name} not ISO +08:00 after now: {where}")
            elif name in TEXT_FIELDS and not (isinstance(want, str) or isinstance(want, list) and want
                                              and all(isinstance(w, str) and w for w in want)):
                problems.append(f"{name} not words or a list of words: {where}")
            elif name == "options" and not (isinstance(want, dict) and set(want) <= set(DrinkOptions.model_fields)):
                problems.append(f"options {want!r} not drink options: {where}")
    return problems


def _deadline_ok(value: Any, now: datetime) -> bool:
    try:
        when = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return when.utcoffset() == now.utcoffset() and when > now


def _set_problems(module: ModuleType, sentences: int, chinese_share: float, asks: int) -> list[str]:
    name = module.__name__.rsplit(".", 1)[-1]
    cases = module.CASES
    problems = []
    texts = [s for s, _ in cases]
    chinese = sum(1 for s in texts if _CJK.search(s))
    must_ask = sum(1 for _, e in cases if e.get("kind") == "clarify")
    if len(cases) < sentences:
        problems.append(f"{name} has {len(cases)} sentences, fewer than {sentences}")
    if chinese < chinese_share * len(cases):
        problems.append(f"{name}: only {chinese} Chinese sentences, fewer than {chinese_share:.0%}")
    if must_ask < asks:
        problems.append(f"{name}: only {must_ask} sentences that must become a question, fewer than {asks}")
    if [c for cases_ in module.GROUPS.values() for c in cases_] != list(cases):
        problems.append(f"{name}: CASES is not its GROUPS in order")
    problems += [f"{name}: duplicate sentence {s!r}" for s, n in Counter(map(_normal, texts)).items() if n > 1]
    problems += [f"{name}: no kind: {s!r}" for s, e in cases if "kind" not in e]
    return problems + [f"{name}: {p}" for p in _format_problems(module)]


def planner_problems() -> list[str]:
    """The held-out set's checks as it was written (320 sentences, 30 % Chinese, 60 must-ask)."""
    return _set_problems(planner_heldout, 320, 0.30, 60)


def _sentences(module: ModuleType) -> list[str]:
    """Every sentence a development module holds: its (sentence, expected) cases, in lists or in tables of them."""
    found: list[str] = []
    for value in vars(module).values():
        groups = value.values() if isinstance(value, dict) else [value] if isinstance(value, list) else []
        for group in groups:
            if isinstance(group, list):
                found += [c[0] for c in group if isinstance(c, tuple) and c and isinstance(c[0], str)]
    return found


def _fresh_problems(module: ModuleType, earlier: tuple[ModuleType, ...],
                    others: tuple[str, ...] = _OTHER_SETS) -> list[str]:
    """A fresh set: 320 sentences, 35 % Chinese, every action, the held-out context, nothing reused.

    ``earlier`` are the judged sets written before it; with the training table and development sets they
    hold the sentences it must not repeat.
    """
    name = module.__name__.rsplit(".", 1)[-1]
    problems = []
    kinds = Counter(e["kind"] for _, e in module.CASES)
    problems += [f"{name}: only {kinds[k]} {k} sentences, fewer than 10" for k in _SCHEMA if kinds[k] < 10]
    for group in sorted(module.MUST_ASK_GROUPS):
        cases = module.GROUPS.get(group)
        if not cases:
            problems.append(f"{name}: no {group} group")
        problems += [f"{name}: {group} case is not clarify: {s!r}" for s, e in cases or []
                     if e["kind"] != "clarify"]
    if module.NOW != planner_heldout.NOW or module.CONTEXT != planner_heldout.CONTEXT:
        problems.append(f"{name}: NOW or CONTEXT differs from the held-out set's")
    seen: dict[str, str] = {}
    for other in earlier:
        seen.update({_normal(s): other.__name__.rsplit(".", 1)[-1] for s, _ in other.CASES})
    for module_name in others:
        try:
            table_module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        seen.update({_normal(sentence): module_name for sentence in _sentences(table_module)})
    problems += [f"{name}: {s!r} is already in {seen[_normal(s)]}" for s, _ in module.CASES
                 if _normal(s) in seen]
    return problems


def fresh_problems() -> list[str]:
    """The first fresh set: 320 sentences, 35 % Chinese, 90 must-ask, nothing from the held-out set or tables."""
    return _set_problems(planner_fresh, 320, 0.35, 90) + _fresh_problems(planner_fresh, (planner_heldout,))


def fresh2_problems() -> list[str]:
    """The second fresh set: 320 sentences, 35 % Chinese, 100 must-ask, nothing from any earlier set."""
    return _set_problems(planner_fresh2, 320, 0.35, 100) + _fresh_problems(
        planner_fresh2, (planner_heldout, planner_fresh))


def fresh3_problems() -> list[str]:
    """The third fresh set: 320 sentences, 40 % Chinese, 120 must-ask, nothing from any earlier set."""
    return _set_problems(planner_fresh3, 320, 0.40, 120) + _fresh_problems(
        planner_fresh3, (planner_heldout, planner_fresh, planner_fresh2))


# The later fresh sets: (set, fewest sentences, Chinese share, fewest must-ask, the earlier judged sets it must
# not repeat). Each was written apart from the one just before it, so that one is not among them.
_LATER_FRESH: tuple[tuple[ModuleType, int, float, int, tuple[ModuleType, ...]], ...] = (
    (planner_fresh4, 340, 0.45, 135, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3)),
    (planner_fresh5, 340, 0.45, 135, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3)),
    (planner_fresh6, 340, 0.45, 135, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4)),
    (planner_fresh7, 320, 0.45, 135, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                      planner_fresh5)),
    (planner_fresh8, 320, 0.45, 135, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                      planner_fresh5, planner_fresh6, planner_fresh7)),
    (planner_fresh9, 330, 0.45, 140, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                      planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8)),
    (planner_fresh10, 330, 0.45, 140, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                       planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8, planner_fresh9)),
    (planner_fresh11, 340, 0.45, 140, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                       planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8, planner_fresh9,
                                       planner_fresh10)),
    (planner_fresh12, 350, 0.45, 145, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                       planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8, planner_fresh9,
                                       planner_fresh10, planner_fresh11)),
    (planner_fresh13, 370, 0.45, 150, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                       planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8, planner_fresh9,
                                       planner_fresh10, planner_fresh11, planner_fresh12)),
    (planner_fresh14, 370, 0.45, 150, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                       planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8, planner_fresh9,
                                       planner_fresh10, planner_fresh11, planner_fresh12, planner_fresh13)),
    (planner_fresh15, 370, 0.45, 150, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                       planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8, planner_fresh9,
                                       planner_fresh10, planner_fresh11, planner_fresh12, planner_fresh13,
                                       planner_fresh14)),
    (planner_fresh16, 370, 0.45, 150, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                       planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8, planner_fresh9,
                                       planner_fresh10, planner_fresh11, planner_fresh12, planner_fresh13,
                                       planner_fresh14, planner_fresh15)),
    (planner_fresh17, 370, 0.45, 150, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                       planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8, planner_fresh9,
                                       planner_fresh10, planner_fresh11, planner_fresh12, planner_fresh13,
                                       planner_fresh14, planner_fresh15, planner_fresh16)),
    (planner_fresh18, 370, 0.45, 150, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                       planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8, planner_fresh9,
                                       planner_fresh10, planner_fresh11, planner_fresh12, planner_fresh13,
                                       planner_fresh14, planner_fresh15, planner_fresh16, planner_fresh17)),
    (planner_fresh19, 370, 0.45, 150, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                       planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8, planner_fresh9,
                                       planner_fresh10, planner_fresh11, planner_fresh12, planner_fresh13,
                                       planner_fresh14, planner_fresh15, planner_fresh16, planner_fresh17,
                                       planner_fresh18)),
    (planner_fresh20, 370, 0.45, 150, (planner_heldout, planner_fresh, planner_fresh2, planner_fresh3, planner_fresh4,
                                       planner_fresh5, planner_fresh6, planner_fresh7, planner_fresh8, planner_fresh9,
                                       planner_fresh10, planner_fresh11, planner_fresh12, planner_fresh13,
                                       planner_fresh14, planner_fresh15, planner_fresh16, planner_fresh17,
                                       planner_fresh18, planner_fresh19)),
)


def later_fresh_problems() -> list[str]:
    """The fourth to twentieth fresh sets: their size and mix, and nothing from any development set or earlier
    judged set."""
    problems: list[str] = []
    for module, sentences, chinese, asks, earlier in _LATER_FRESH:
        problems += _set_problems(module, sentences, chinese, asks) + _fresh_problems(module, earlier, _ALL_DEV_SETS)
    return problems


def search_problems(products: int = 20_000) -> list[str]:
    """Every judged search set: ≥ 110 queries, ≥ 15 that must end in no match or a question, and every
    judgment selects what its outcome says over the seed-7 catalogue."""
    catalogue = [asdict(p) for p in generate_products(7, products)]
    problems = []
    for name, queries in (("search set", QUERIES), ("second search set", QUERIES_2), ("third search set", QUERIES_3)):
        if len(queries) < 110:
            problems.append(f"{name} has {len(queries)} queries, fewer than 110")
        if sum(1 for q in queries if q["outcome"] in ("no_match", "ask")) < 15:
            problems.append(f"{name}: fewer than 15 queries that must end in no match or a question")
        for case in queries:
            grades = Counter(relevance(p, case) for p in catalogue)
            outcome = case["outcome"]
            if outcome == "match" and not grades[2] or outcome == "close" and (grades[2] or not grades[1]) \
                    or outcome in ("no_match", "ask") and (grades[1] or grades[2]):
                problems.append(f"{name}: {case['query']!r} ({outcome}) selects {dict(grades)}")
    return problems


def _summary(label: str, module: ModuleType) -> str:
    cases = module.CASES
    zh = sum(1 for s, _ in cases if _CJK.search(s))
    asks = sum(1 for _, e in cases if e["kind"] == "clarify")
    return (f"{label}: {len(cases)} sentences ({zh} Chinese, {asks} must ask), "
            + ", ".join(f"{name} {len(group)}" for name, group in module.GROUPS.items()))


def main() -> None:
    print(_summary("planner held-out", planner_heldout))
    print(_summary("planner fresh", planner_fresh))
    print(_summary("planner fresh-2", planner_fresh2))
    print(_summary("planner fresh-3", planner_fresh3))
    for number, (module, *_) in enumerate(_LATER_FRESH, start=4):
        print(_summary(f"planner fresh-{number}", module))
    print(f"search: {len(QUERIES)} queries, " + ", ".join(f"{k} {v}" for k, v in
                                                      Counter(q['outcome'] for q in QUERIES).items()))
    problems = (planner_problems() + fresh_problems() + fresh2_problems() + fresh3_problems() + later_fresh_problems()
                + search_problems())
    for problem in problems:
        print("problem:", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
