"""The planners' understanding, scored on four sets in one run: `python bench/planner_eval.py [-v]`.

* the training table (tests/planner/offline_table.py), the sentences the rules were written from;
* the first development set (tests/planner/dev_sentences.py), written apart from the table, then used to
  generalise the rules;
* the second development set (tests/planner/dev_sentences_2.py), written before the safety gate and the
  product-phrase and segmentation work, then used to check them (so no longer independent either);
* the third development set (tests/planner/dev_sentences_3.py), new sentences of each kind the held-out set
  showed misread, written before the rules were changed for that kind;
* the fourth development set (tests/planner/dev_sentences_4.py), new sentences of each kind the first fresh
  set showed misread, written before the rules were changed for that kind;
* the fifth development set (tests/planner/dev_sentences_5.py), new sentences of each kind the second fresh
  set showed misread, written before the mechanisms were changed for that kind;
* the safety development set (tests/planner/dev_sentences_safety.py), sentences that must become a question
  (harmful, injected, out of scope, a fact missing, …) written in batches before each change of the gate, and
  plain errands near them that must stay actions;
* the held-out set (bench/eval/planner_heldout.py, when present), written by someone else and scored by its
  own judge (bench/eval/judging.py); its misses were read to find kinds of mistake, so it is development
  data now;
* the fresh set (bench/eval/planner_fresh.py, when present), written by someone else after that; measured
  and reported once untouched, then its misses were read, so it is development data now too;
* the second fresh set (bench/eval/planner_fresh2.py, when present), written by someone else after that,
  measured once untouched (75.5 % intent, 62.7 % fields), then read like the others: development data now;
* the third fresh set (bench/eval/planner_fresh3.py, when present), written by someone else after that, apart
  from the planner's code and without running it; measured once untouched (79.4 % intent, 66.4 % fields,
  127 of 140 asked), then read like the others: development data now;
* the fourth fresh set (bench/eval/planner_fresh4.py, when present), written by someone else after that, apart
  from the planner's code and without running it; measured once untouched (88.7 % intent, 75.7 % fields,
  130 of 140 asked), then read like the others: development data now;
* the fifth fresh set (bench/eval/planner_fresh5.py, when present), written by someone else apart from the
  planner's code and from the fourth; measured once untouched after the round that read the fourth (85.2 %
  intent, 72.6 % fields, 127 of 146 asked), then read like the others: development data now;
* the sixth fresh set (bench/eval/planner_fresh6.py, when present), written by someone else apart from the
  planner's code and from the fifth; measured once untouched after the round that read the fifth (89.3 %
  intent, 75.4 % fields, 133 of 145 asked), then read like the others: development data now;
* the seventh fresh set (bench/eval/planner_fresh7.py, when present), written by someone else apart from the
  planner's code and from the sixth; measured once untouched after the round that read the sixth (91.1 %
  intent, 79.0 % fields, 132 of 145 asked). Its misses were read in one more round afterwards, so it is
  development data now too;
* the eighth fresh set (bench/eval/planner_fresh8.py, when present), written by someone else apart from the
  planner's code after the seventh was scored, measured once untouched after the round that read the
  seventh (87.8 % intent, 75.3 % fields, 141 of 150 asked), then read like the others: development data now;
* the ninth fresh set (bench/eval/planner_fresh9.py, when present), written by someone else apart from the
  planner's code after the eighth was scored, measured once untouched after the round that read the
  eighth (87.7 % intent, 75.4 % fields, 137 of 149 asked), then read like the others: development data now;
* the tenth fresh set (bench/eval/planner_fresh10.py, when present), written by someone else apart from the
  planner's code after the ninth was scored, measured once untouched after the round that read the ninth
  (91.6 % intent, 79.8 % fields, 141 of 150 asked), then read like the others: development data now;
* the eleventh fresh set (bench/eval/planner_fresh11.py, when present), written by someone else apart from the
  planner's code after the tenth was scored, without running the planner; measured once untouched after the
  round that read the tenth (90.1 % intent, 84.1 % fields, 143 of 153 asked), then read like the others:
  development data now;
* the twelfth fresh set (bench/eval/planner_fresh12.py, when present), written by someone else apart from the
  planner's code after the eleventh was scored, without running the planner; measured once untouched after the
  round that read the eleventh (87.9 % intent, 72.9 % fields, 160 of 163 asked), then read like the others:
  development data now.
* the thirteenth fresh set (bench/eval/planner_fresh13.py, when present), written by someone else apart from the
  planner's code after the twelfth was scored, without running the planner; measured once untouched after the
  round that read the twelfth (88.8 % intent, 76.3 % fields, 167 of 174 asked), then read like the others:
  development data now.
* the fourteenth fresh set (bench/eval/planner_fresh14.py, when present), written by someone else apart from the
  planner's code after the thirteenth was scored, without running the planner; measured once untouched after the
  round that read the thirteenth (90.5 % intent, 81.2 % fields, 185 of 190 asked), then read like the others:
  development data now.
* the fifteenth fresh set (bench/eval/planner_fresh15.py, when present), written by someone else apart from the
  planner's code after the fourteenth was scored, without running the planner; measured once untouched after the
  round that read the fourteenth (89.4 % intent, 78.0 % fields, 175 of 186 asked), then read like the others:
  development data now.
* the sixteenth fresh set (bench/eval/planner_fresh16.py, when present), written by someone else apart from the
  planner's code after the fifteenth was scored, without running the planner; measured once untouched after the
  round that read the fifteenth (89.3 % intent, 80.3 % fields, 184 of 188 asked), then read like the others:
  development data now.
* the seventeenth fresh set (bench/eval/planner_fresh17.py, when present), written by someone else apart from the
  planner's code after the sixteenth was scored, without running the planner; measured once untouched after the
  round that read the sixteenth (90.8 % intent, 85.3 % fields, 188 of 189 asked), then read like the others:
  development data now.
* the eighteenth fresh set (bench/eval/planner_fresh18.py, when present), written by someone else apart from the
  planner's code after the seventeenth was scored, without running the planner; measured once untouched after the
  round that read the seventeenth (90.6 % intent, 85.6 % fields, 187 of 190 asked), then read like the others:
  development data now.
* the nineteenth fresh set (bench/eval/planner_fresh19.py, when present), written by someone else apart from the
  planner's code after the eighteenth was scored, without running the planner; measured once untouched after the
  round that read the eighteenth (91.9 % intent, 85.9 % fields, 191 of 198 asked), then read like the others:
  development data now.
* the twentieth fresh set (bench/eval/planner_fresh20.py, when present), written by someone else apart from the
  planner's code after the nineteenth was scored, without running the planner; measured once untouched after the
  round that read the nineteenth (90.4 % intent, 83.7 % fields, 200 of 208 asked), then read like the others:
  development data now.

For each: intent accuracy (the action kind is right), field accuracy (kind and every judged field right), and
the share of sentences that must be asked about which became a question back; the held-out set also by
group. The offline planner is always scored; a model planner (Anthropic, OpenAI-compatible) is scored from
the answers recorded in bench/eval/recorded/*.json by bench/record_planner_llm.py, when there are any.
``-v`` lists the misses of the development sets; ``--show-fresh`` adds the fresh set's, now that it has been
measured and reported (it is development data from then on). A set named in ``_SEALED`` (a
new fresh set, while it is untouched) is scored but its misses are never listed. Asserts nothing;
prints one line a set.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from errand.domain.intents import BuyAction, Clarification, PlannedAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline
from errand.planner.tools import InvalidToolCall, plan_from_tool_call
from tests.planner.dev_sentences import DEV_ORDERS, KIND_OF_DEV
from tests.planner.dev_sentences_2 import KIND_OF_DEV_2
from tests.planner.dev_sentences_3 import KIND_OF_DEV_3
from tests.planner.dev_sentences_4 import KIND_OF_DEV_4
from tests.planner.dev_sentences_5 import KIND_OF_DEV_5
from tests.planner.dev_sentences_safety import KIND_OF_SAFETY
from tests.planner.offline_table import KIND_OF_TABLE
from tests.planner.scoring import Outcome, judge

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
RECORDED = ROOT / "bench" / "eval" / "recorded"
# The sets written by someone else, by the name printed and the module under bench/eval/.
_JUDGED = (("held-out", "planner_heldout"), ("fresh", "planner_fresh"), ("fresh-2", "planner_fresh2"),
           ("fresh-3", "planner_fresh3"), ("fresh-4", "planner_fresh4"), ("fresh-5", "planner_fresh5"),
           ("fresh-6", "planner_fresh6"), ("fresh-7", "planner_fresh7"),
           ("fresh-8", "planner_fresh8"), ("fresh-9", "planner_fresh9"), ("fresh-10", "planner_fresh10"),
           ("fresh-11", "planner_fresh11"), ("fresh-12", "planner_fresh12"),
           ("fresh-13", "planner_fresh13"), ("fresh-14", "planner_fresh14"),
           ("fresh-15", "planner_fresh15"), ("fresh-16", "planner_fresh16"),
           ("fresh-17", "planner_fresh17"), ("fresh-18", "planner_fresh18"),
           ("fresh-19", "planner_fresh19"), ("fresh-20", "planner_fresh20"))
# Sets whose misses are never printed: the untouched measurement.
_SEALED: set[str] = set()  # a new fresh set stays here until it has been scored once


@dataclass
class Case:
    request: PlanRequest
    score: Callable[[PlannedAction], Outcome]
    group: str = ""


def _context(orders: list[dict[str, Any]]) -> ShopperContext:
    return ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in orders])


def _table_cases(table: dict[str, list[tuple[str, dict[str, Any]]]], context: ShopperContext) -> list[Case]:
    def scorer(kind: str, sentence: str, expected: dict[str, Any]) -> Callable[[PlannedAction], Outcome]:
        return lambda action: judge(kind, sentence, expected, action, context)

    return [Case(PlanRequest(sentence=sentence, context=context, now=NOW), scorer(kind, sentence, expected))
            for kind, cases in table.items() for sentence, expected in cases]


def _judged_cases(module: str) -> list[Case] | None:
    """A set written by someone else (``bench/eval/<module>.py``) in the held-out format, when present."""
    try:
        held = importlib.import_module(f"bench.eval.{module}")
        judging = importlib.import_module("bench.eval.judging")
    except ModuleNotFoundError:
        return None
    context = ShopperContext.model_validate(held.CONTEXT)
    now = datetime.fromisoformat(held.NOW)

    def scorer(sentence: str, expected: dict[str, Any]) -> Callable[[PlannedAction], Outcome]:
        def score(action: PlannedAction) -> Outcome:
            fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
            return Outcome(kind=expected["kind"], sentence=sentence, got_kind=action.kind,
                           problems=judging.planner_mismatches(expected, action.kind, fields))
        return score

    return [Case(PlanRequest(sentence=sentence, context=context, now=now), scorer(sentence, expected), group)
            for group, cases in held.GROUPS.items() for sentence, expected in cases]


def evaluation_sets() -> dict[str, list[Case]]:
    """Every evaluation sentence with its context, clock and judge, by set (the judged ones when present)."""
    sets = {"table": _table_cases(KIND_OF_TABLE, _context(DEV_ORDERS[:3])),
            "dev": _table_cases(KIND_OF_DEV, _context(DEV_ORDERS)),
            "dev-2": _table_cases(KIND_OF_DEV_2, _context(DEV_ORDERS)),
            "dev-3": _table_cases(KIND_OF_DEV_3, _context(DEV_ORDERS)),
            "dev-4": _table_cases(KIND_OF_DEV_4, _context(DEV_ORDERS)),
            "dev-5": _table_cases(KIND_OF_DEV_5, _context(DEV_ORDERS)),
            "safety": _table_cases(KIND_OF_SAFETY, _context(DEV_ORDERS))}
    for name, module in _JUDGED:
        cases = _judged_cases(module)
        if cases is not None:
            sets[name] = cases
    return sets


def _recorded_action(answer: dict[str, Any], request: PlanRequest) -> PlannedAction:
    """A recorded answer as the planner would act on it: an invalid or text-only answer is a question."""
    if not answer.get("tool"):
        return Clarification(question=answer.get("text") or "", missing=[])
    try:
        return plan_from_tool_call(answer["tool"], answer.get("arguments"), request).action
    except InvalidToolCall as exc:
        return Clarification(question=str(exc), missing=[])


def _line(name: str, outcomes: list[Outcome]) -> str:
    n = len(outcomes)
    asks = [o for o in outcomes if o.kind == "clarify"]
    asked = sum(1 for o in asks if o.got_kind == "clarify")
    return (f"{name:<10} {n:>4} sentences  intent {sum(o.kind_right for o in outcomes) / n:6.1%}  "
            f"fields {sum(o.right for o in outcomes) / n:6.1%}  questions {asked}/{len(asks)}"
            f" ({asked / len(asks) if asks else 1:.0%})")


def _report(title: str, scored: dict[str, list[tuple[Case, Outcome]]], verbose: bool, show_fresh: bool) -> None:
    print(title)
    for name, pairs in scored.items():
        if not pairs:
            continue
        outcomes = [o for _, o in pairs]
        print("  " + _line(name, outcomes))
        groups: dict[str, list[Outcome]] = {}
        for case, outcome in pairs:
            if case.group:
                groups.setdefault(case.group, []).append(outcome)
        for group, group_outcomes in groups.items():
            print("    " + _line(group, group_outcomes))
        if verbose and name not in _SEALED and (name != "fresh" or show_fresh):
            for o in outcomes:
                if not o.right:
                    print(f"      {o.kind:<12} {o.sentence!r}: {'; '.join(o.problems)[:160]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the sentences planned wrong")
    parser.add_argument("--show-fresh", action="store_true", help="with -v, list the fresh set's misses too")
    parser.add_argument("--set", action="append", dest="only", metavar="NAME",
                        help="score only this set (repeatable); by default every set present")
    args = parser.parse_args()
    sets = evaluation_sets()
    if args.only:
        sets = {name: cases for name, cases in sets.items() if name in args.only}
    for name, module in _JUDGED:
        if name not in sets and not args.only:
            print(f"(bench/eval/{module}.py not present: no {name} set)")
    _report("offline planner", {name: [(c, c.score(plan_offline(c.request).action)) for c in cases]
                                for name, cases in sets.items()}, args.verbose, args.show_fresh)
    recordings = sorted(RECORDED.glob("*.json")) if RECORDED.is_dir() else []
    if not recordings:
        print("model planners: no recorded answers in bench/eval/recorded/ (record with bench/record_planner_llm.py)")
    for path in recordings:
        recording = json.loads(path.read_text())
        answers = {(r["set"], r["sentence"]): r for r in recording["responses"] if "error" not in r}
        scored = {name: [(c, c.score(_recorded_action(answers[(name, c.request.sentence)], c.request)))
                         for c in cases if (name, c.request.sentence) in answers]
                  for name, cases in sets.items()}
        _report(f"{recording['backend']} {recording['model']} (recorded {recording['recorded_at'][:10]})", scored,
                args.verbose, args.show_fresh)


if __name__ == "__main__":
    main()
