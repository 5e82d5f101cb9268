"""The offline planner's understanding, scored on three sets in one run: `python bench/planner_eval.py [-v]`.

* the training table (tests/planner/offline_table.py), the sentences the rules were written from;
* the development set (tests/planner/dev_sentences.py), written apart from the table before the rules were
  generalised, and used to check them;
* the held-out set (bench/eval/planner_heldout.py, when present), written by someone else and never used to
  write rules, scored by its own judge (bench/eval/judging.py).

For each: intent accuracy (the action kind is right), field accuracy (kind and every judged field right), and
the share of sentences that must be asked about which became a question back; the held-out set also by
group. ``-v`` lists the misses (never write rules from the held-out ones).
Asserts nothing; prints one line a set.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from errand.domain.intents import BuyAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline
from tests.planner.dev_sentences import DEV_ORDERS, KIND_OF_DEV
from tests.planner.offline_table import KIND_OF_TABLE
from tests.planner.scoring import Outcome, score_table

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _context(orders: list[dict[str, Any]]) -> ShopperContext:
    return ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in orders])


def _heldout() -> tuple[list[Outcome], dict[str, list[Outcome]]] | None:
    try:
        held = importlib.import_module("bench.eval.planner_heldout")
        judging = importlib.import_module("bench.eval.judging")
    except ModuleNotFoundError:
        return None
    context = ShopperContext.model_validate(held.CONTEXT)
    now = datetime.fromisoformat(held.NOW)
    groups: dict[str, list[Outcome]] = {}
    for group, cases in held.GROUPS.items():
        for sentence, expected in cases:
            action = plan_offline(PlanRequest(sentence=sentence, context=context, now=now)).action
            fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
            problems = judging.planner_mismatches(expected, action.kind, fields)
            groups.setdefault(group, []).append(
                Outcome(kind=expected["kind"], sentence=sentence, got_kind=action.kind, problems=problems))
    return [o for outcomes in groups.values() for o in outcomes], groups


def _line(name: str, outcomes: list[Outcome]) -> str:
    n = len(outcomes)
    asks = [o for o in outcomes if o.kind == "clarify"]
    asked = sum(1 for o in asks if o.got_kind == "clarify")
    return (f"{name:<10} {n:>4} sentences  intent {sum(o.kind_right for o in outcomes) / n:6.1%}  "
            f"fields {sum(o.right for o in outcomes) / n:6.1%}  questions {asked}/{len(asks)}"
            f" ({asked / len(asks) if asks else 1:.0%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the sentences planned wrong")
    args = parser.parse_args()
    held = _heldout()
    sets: list[tuple[str, list[Outcome] | None]] = [
        ("table", score_table(KIND_OF_TABLE, _context(DEV_ORDERS[:3]), NOW)),
        ("dev", score_table(KIND_OF_DEV, _context(DEV_ORDERS), NOW)),
        ("held-out", held[0] if held else None),
    ]
    for name, outcomes in sets:
        if outcomes is None:
            print(f"{name:<10} (bench/eval/planner_heldout.py not present)")
            continue
        print(_line(name, outcomes))
        if name == "held-out" and held:
            for group, group_outcomes in held[1].items():
                print("  " + _line(group, group_outcomes))
        if args.verbose:
            for o in outcomes:
                if not o.right:
                    print(f"    {o.kind:<12} {o.sentence!r}: {'; '.join(o.problems)[:160]}")


if __name__ == "__main__":
    main()
