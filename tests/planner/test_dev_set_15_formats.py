"""The whole planner over the fifteenth development set, for times, dates and amounts written in forms once misread
(dev_sentences_15_formats.py): a morning clock with a leading nought or an 'h' read exactly on a day to come, an
afternoon clock, a date with this year's year, an amount with a code and cents beside the product, 'one fifty',
蚊 and 'bucks' read as yuan. A clock in the night or already past today, a clock no day has, a year gone, 29
February in a year without one, an amount of nothing or an absurd one, New Taiwan dollars and a count no household
orders are asked about."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline

from .dev_sentences import DEV_ORDERS
from .dev_sentences_15_formats import ASKED, READ

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])


def _problems(sentence: str, expected: dict[str, Any]) -> list[str]:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    return planner_mismatches(expected, action.kind, fields)


@pytest.mark.parametrize(("sentence", "expected"), READ, ids=[s[:40] for s, _ in READ])
def test_written_form_is_read(sentence: str, expected: dict[str, Any]) -> None:
    problems = _problems(sentence, expected)
    assert not problems, f"{sentence!r}: {problems}"


@pytest.mark.parametrize(("sentence", "expected"), ASKED, ids=[s[:40] for s, _ in ASKED])
def test_still_asked(sentence: str, expected: dict[str, Any]) -> None:
    problems = _problems(sentence, expected)
    assert not problems, f"{sentence!r}: {problems}"
