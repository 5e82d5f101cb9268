"""The whole planner over the fourteenth development set (dev_sentences_14_zh.py): Cantonese, Taiwanese and
northern Chinese purchases, drinks orders, price watches, returns, reschedules and questions, with dialect
function words, a deadline or whom it is for said first, a broken thing before 'buy a new one', English words,
a hesitation, and a change of heart told as a story; a size, a chain or a hesitation with nothing named, and
harmful goods behind any framing, are asked about."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline

from .dev_sentences import DEV_ORDERS
from .dev_sentences_14_zh import ALL, ASKED

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(
    shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS]
)


@pytest.mark.parametrize(("sentence", "expected"), ALL, ids=[s[:40] for s, _ in ALL])
def test_dev_sentence(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    problems = planner_mismatches(expected, action.kind, fields)
    assert not problems, f"{sentence!r}: {problems}"


@pytest.mark.parametrize(("sentence", "expected"), ASKED, ids=[s[:40] for s, _ in ASKED])
def test_still_asked(sentence: str, expected: dict[str, Any]) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    assert action.kind == expected["kind"], f"{sentence!r}: {action}"
