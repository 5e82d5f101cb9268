"""The offline planner over the seventh development set (dev_sentences_7_watch.py): price watches framed by a
negated buy, targets and intervals in many notations, standing buys, and drinks orders with options, negated
chains, dozens and budgets said first. Every sentence is planned right; the ones that name nothing to act on
stay questions."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import PlanRequest, ShopperContext, plan_offline

from .dev_sentences_7_watch import DRINKS, WATCH_AND_DRINKS, WATCHES

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice")


def test_the_seventh_dev_set_is_broad() -> None:
    assert len(WATCHES) >= 12 and len(DRINKS) >= 8
    assert sum(1 for s, _ in WATCH_AND_DRINKS if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 12


@pytest.mark.parametrize(("sentence", "expected"), WATCH_AND_DRINKS, ids=[s[:40] for s, _ in WATCH_AND_DRINKS])
def test_seventh_dev_sentence(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    problems = planner_mismatches(expected, action.kind, fields)
    assert not problems, f"{sentence!r}: {problems}"
