"""The whole planner over the thirteenth development set (dev_sentences_13_zh.py): Chinese and mixed
Chinese–English purchases, drinks orders and price watches with chat slang, a verb or purpose glued to the
product, a place or an aside said first, English words, slips of voice input, colloquial counts, bullets, a
ramble, a chain glued to its drink and a place said after 送; slang or a slip with nothing named, a harmful or
someone else's purchase, and a count with nothing counted are asked about."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline

from .dev_sentences import DEV_ORDERS
from .dev_sentences_13_zh import ALL, ASKED

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
