"""The offline planner over the thirteenth development set (dev_sentences_13_placed.py): return reasons read from
how the fault or the change of heart is described, returns said as forms, words a voice keyboard heard wrong, new
delivery times in a commit message, a tool's arrow or a misspelt verb, questions naming their order by the product
or asking after an errand by its id, and the controls that must stay questions."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline

from .dev_sentences import DEV_ORDERS
from .dev_sentences_13_placed import ASKED, PLACED

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(
    shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS]
)


def test_the_thirteenth_dev_set_is_broad() -> None:
    kinds = {expected["kind"] for _, expected in PLACED}
    assert len(PLACED) >= 40 and len(ASKED) >= 10 and kinds >= {"return", "reschedule", "question"}
    assert sum(1 for s, _ in PLACED if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 15


@pytest.mark.parametrize(("sentence", "expected"), PLACED, ids=[s[:40] for s, _ in PLACED])
def test_thirteenth_dev_sentence(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    problems = planner_mismatches(expected, action.kind, fields)
    assert not problems, f"{sentence!r}: {problems}"


@pytest.mark.parametrize("sentence", ASKED, ids=[s[:40] for s in ASKED])
def test_thirteenth_dev_control_is_asked(sentence: str) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    assert action.kind == "clarify", f"{sentence!r}: {action.kind}"
