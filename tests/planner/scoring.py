"""Scoring the offline planner over a table of (kind, sentence, expected fields), shared by the tests and
``bench/planner_eval.py``: a case passes when the action kind is right and every expected field equals what
was planned (product words compared without regard to case or spacing)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from errand.domain.intents import BuyAction, PlannedAction
from errand.planner import PlanRequest, ShopperContext, plan_offline

_LOOSE = {"query", "item"}


@dataclass
class Outcome:
    kind: str
    sentence: str
    got_kind: str
    problems: list[str] = field(default_factory=list)

    @property
    def kind_right(self) -> bool:
        return self.kind == self.got_kind

    @property
    def right(self) -> bool:
        return self.kind_right and not self.problems


def _same(name: str, got: Any, want: Any) -> bool:
    if isinstance(got, datetime):
        got = got.isoformat()
    if isinstance(want, date) and not isinstance(want, datetime) and isinstance(got, str):
        want = want.isoformat()
    if isinstance(want, dict) and isinstance(got, dict):
        got = {k: v for k, v in got.items() if v is not None}
    if name in _LOOSE and isinstance(got, str) and isinstance(want, str):
        return " ".join(got.lower().split()) == " ".join(want.lower().split())
    return bool(got == want)


def score_case(kind: str, sentence: str, expected: dict[str, Any], context: ShopperContext,
               now: datetime) -> Outcome:
    action = plan_offline(PlanRequest(sentence=sentence, context=context, now=now)).action
    return judge(kind, sentence, expected, action, context)


def judge(kind: str, sentence: str, expected: dict[str, Any], action: PlannedAction, context: ShopperContext) -> Outcome:
    """One planned action against what the table expects, whichever planner produced it."""
    expected = dict(expected)
    want_kind = expected.pop("kind", kind)
    outcome = Outcome(kind=want_kind, sentence=sentence, got_kind=action.kind)
    if action.kind != want_kind:
        outcome.problems.append(f"kind {action.kind} ({action!r})")
        return outcome
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    if want_kind == "clarify":
        outcome.problems += [f"does not ask for {name}" for name in expected.get("missing", [])
                             if name not in fields["missing"]]
        return outcome
    if fields.get("shopper_id", context.shopper_id) != context.shopper_id:
        outcome.problems.append("another shopper")
    for name, value in expected.items():
        if not _same(name, fields.get(name), value):
            outcome.problems.append(f"{name} = {fields.get(name)!r}, expected {value!r}")
    return outcome


def score_table(table: dict[str, list[tuple[str, dict[str, Any]]]], context: ShopperContext,
                now: datetime) -> list[Outcome]:
    return [score_case(kind, sentence, expected, context, now)
            for kind, cases in table.items() for sentence, expected in cases]
