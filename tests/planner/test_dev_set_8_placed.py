"""The offline planner over the eighth development set (dev_sentences_8_placed.py): errand ids glued to Chinese
text, shorthand, formal letters, a refused day next to the wanted one, 下下周 and 月底, and what is wrong
with a returned item said as a mistaken brand, a tripped fuse or a broken promise of newness."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline

from .dev_sentences import DEV_ORDERS
from .dev_sentences_8_placed import PLACED

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])


def test_the_eighth_dev_set_is_broad() -> None:
    kinds = {expected["kind"] for _, expected in PLACED}
    assert len(PLACED) >= 25 and kinds >= {"return", "reschedule", "question"}
    assert sum(1 for s, _ in PLACED if any("\u4e00" <= c <= "\u9fff" for c in s)) >= 8


@pytest.mark.parametrize(("sentence", "expected"), PLACED, ids=[s[:40] for s, _ in PLACED])
def test_eighth_dev_sentence(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    problems = planner_mismatches(expected, action.kind, fields)
    assert not problems, f"{sentence!r}: {problems}"
