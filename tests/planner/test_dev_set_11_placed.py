"""The offline planner over the eleventh development set (dev_sentences_11_placed.py): new symptoms, a denied
fault, a delivery moved for an order named by its item, Chinese numeral dates, whether-arrived and bill questions,
and a past order named by an item it does not hold."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline

from .dev_sentences import DEV_ORDERS
from .dev_sentences_11_placed import PLACED

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])


def test_the_eleventh_dev_set_is_broad() -> None:
    kinds = {expected["kind"] for _, expected in PLACED}
    assert len(PLACED) >= 10 and kinds >= {"return", "reschedule", "question"}
    assert sum(1 for s, _ in PLACED if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 3


@pytest.mark.parametrize(("sentence", "expected"), PLACED, ids=[s[:40] for s, _ in PLACED])
def test_eleventh_dev_sentence(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    problems = planner_mismatches(expected, action.kind, fields)
    assert not problems, f"{sentence!r}: {problems}"
